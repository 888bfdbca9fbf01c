"""The security a holder lodges with the chamber, from the schedule's rate card.

Each destination and transit country requires an amount: its rate (the most specific line of
the rate card for the country, its customs territory and the use; the schedule's default
otherwise) on the general-list value, goods under a special rule (road vehicles...) at their
own rate, and at least the minimum. The carnet takes the highest requirement, never less than
the schedule's minimum (which is all an itinerary with no foreign destination yet requires);
the result says which country and which rule set it. Adding a destination can therefore never
lower the amount. Money is Decimal, rounded to the currency's minor unit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from carnet_app.domain.countries import CountryTable
from carnet_app.domain.messages import Joined, Message, say
from carnet_app.domain.schedules import (
    PenaltyMode,
    RateRule,
    SecurityMethod,
    SecuritySchedule,
    SpecialRule,
    round_money,
)
from carnet_app.domain.types import GoodsLine, ItineraryKind, ItineraryStop

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class DestinationSecurity:
    """What one destination or transit country requires."""

    country: str
    kind: ItineraryKind
    percent: Decimal  # the rate on ordinary goods
    said_rule: Message | Joined  # "CH: default rate 40 %"
    amount: Decimal

    @property
    def rule(self) -> str:
        return str(self.said_rule)


@dataclass(frozen=True)
class SecurityForm:
    form: str  # cash, bank-guarantee, insurance-bond, indemnity-scheme
    cost: Decimal  # what the holder pays to put it up (the bond premium), 0 otherwise
    said: Message

    @property
    def explanation(self) -> str:
        return str(self.said)


@dataclass(frozen=True)
class SecurityQuote:
    amount: Decimal
    currency: str
    country: str | None  # the country whose requirement set the amount
    said_rule: Message | Joined
    said_explanation: Joined
    per_destination: tuple[DestinationSecurity, ...]
    forms: tuple[SecurityForm, ...]

    @property
    def rule(self) -> str:
        """Which rule set the amount, in the chosen language."""
        return str(self.said_rule)

    @property
    def explanation(self) -> str:
        """How the amount was reached, one line each, in the chosen language."""
        return str(self.said_explanation)

    def form(self, name: str) -> SecurityForm | None:
        return next((f for f in self.forms if f.form == name), None)


def compute_security(
    goods: Sequence[GoodsLine],
    itinerary: Iterable[ItineraryStop],
    uses: Sequence[str],
    schedule: SecuritySchedule,
    table: CountryTable,
    home_country: str,
    currency: str,
    *,
    flags: Iterable[str] = (),
    individual_holder: bool = False,
) -> SecurityQuote:
    total = sum((line.value for line in goods), Decimal(0))
    home = table.home_territory(home_country)
    places: list[tuple[str, ItineraryKind]] = []
    for stop in itinerary:
        if table.destination_territory(stop.country, home_country) == home:
            continue  # needs no carnet (refused by the checks), so no security either
        if (stop.country, stop.kind) not in places:
            places.append((stop.country, stop.kind))
    requirements = tuple(
        _requirement(
            country, kind, goods, uses, schedule, table, currency, set(flags), individual_holder
        )
        for country, kind in places
    )
    if requirements:
        top = max(requirements, key=lambda r: r.amount)  # first of equals: itinerary order
        amount, country, rule = top.amount, top.country, top.said_rule
    else:  # no country requires anything yet; only the floor below applies
        amount, country = round_money(Decimal(0), currency), None
        rule = say("security.no-destination")
    if schedule.minimum > amount:
        amount = round_money(schedule.minimum, currency)
        rule = say("security.schedule-minimum", minimum=amount, currency=currency)
    lines: list[Message] = [
        say(
            "security.summary",
            amount=round_money(amount, currency),
            currency=currency,
            rule=rule,
            total=round_money(total, currency),
        )
    ]
    if len(requirements) > 1:
        highest = tuple(
            say(
                "security.requirement",
                country=r.country,
                kind=say(f"itinerary.{r.kind.value}"),
                amount=round_money(r.amount, currency),
                currency=currency,
            )
            for r in requirements
        )
        lines.append(say("security.highest-of", requirements=Joined(highest)))
    return SecurityQuote(
        amount=amount,
        currency=currency,
        country=country,
        said_rule=rule,
        said_explanation=Joined(tuple(lines), separator="\n"),
        per_destination=requirements,
        forms=tuple(_form(form, amount, schedule, currency) for form in schedule.forms),
    )


def rate_for(
    country: str, use: str, schedule: SecuritySchedule, table: CountryTable
) -> tuple[Decimal, RateRule | None]:
    """The card's rate for one country and use: the most specific matching line wins
    (country over its territory over any; a use over any use; then the higher rate)."""
    code = country.upper()
    territory = table.territory_of(code)
    best: tuple[int, int, Decimal] | None = None
    chosen: RateRule | None = None
    for rate in schedule.rates:
        if rate.country not in (None, code, territory):
            continue
        if rate.use not in (None, use):
            continue
        country_score = 2 if rate.country == code else 1 if rate.country else 0
        key = (country_score, 1 if rate.use else 0, rate.percent)
        if best is None or key > best:
            best, chosen = key, rate
    return (chosen.percent if chosen else schedule.default_percent), chosen


def flagged_lines(goods: Sequence[GoodsLine], rule: SpecialRule, flags: set[str]) -> list[int]:
    """Item numbers a special rule covers: all of them when the application carries the
    rule's flag, else the lines whose description holds one of its words."""
    if rule.flag in flags:
        return [line.item_no for line in goods]
    if not rule.description_words:
        return []
    pattern = re.compile(
        r"\b(" + "|".join(re.escape(word) for word in rule.description_words) + r")s?\b",
        re.IGNORECASE,
    )
    return [line.item_no for line in goods if pattern.search(line.description)]


def _requirement(
    country: str,
    kind: ItineraryKind,
    goods: Sequence[GoodsLine],
    uses: Sequence[str],
    schedule: SecuritySchedule,
    table: CountryTable,
    currency: str,
    flags: set[str],
    individual_holder: bool,
) -> DestinationSecurity:
    best_percent, best_rule = Decimal(-1), None
    for use in uses or ("",):
        percent, rate = rate_for(country, use, schedule, table)
        if percent > best_percent:
            best_percent, best_rule = percent, rate
    percent = _effective(schedule, best_percent)
    source = _rate_card_words(best_rule) if best_rule else say("security.default-rate")
    parts: list[Message | Joined | str] = [
        say(
            "security.destination-rule",
            country=country,
            source=source,
            rate=_rate_text(schedule, best_percent),
        )
    ]
    special = _special_rates(country, goods, schedule, table, flags, individual_holder)
    raw = Decimal(0)
    for line in goods:
        line_percent, _ = special.get(line.item_no, (percent, ""))
        raw += line.value * max(line_percent, percent) / HUNDRED
    above = {name.text("en"): name for _, (p, name) in special.items() if p > percent}
    specials = tuple(above[key] for key in sorted(above))
    if specials:
        parts.append(Joined(specials, separator=", "))
    amount = round_money(raw, currency)
    minimum = best_rule.minimum if best_rule else Decimal(0)
    if minimum > amount:
        amount = round_money(minimum, currency)
        parts.append(say("security.minimum", minimum=amount, currency=currency))
    return DestinationSecurity(country, kind, percent, Joined(tuple(parts)), amount)


def _rate_card_words(rate: RateRule) -> Message:
    """The rate card's line that applied: "rate card CH PE (note)"."""
    scope = " ".join(part for part in (rate.country, rate.use) if part)
    return say(
        "security.rate-card-note" if rate.note else "security.rate-card",
        scope=scope or say("security.any-country"),
        note=rate.note,
    )


def _special_rates(
    country: str,
    goods: Sequence[GoodsLine],
    schedule: SecuritySchedule,
    table: CountryTable,
    flags: set[str],
    individual_holder: bool,
) -> Mapping[int, tuple[Decimal, Message]]:
    territory = table.territory_of(country)
    rates: dict[int, tuple[Decimal, Message]] = {}
    for rule in schedule.special:
        if rule.countries and not {country.upper(), territory} & set(rule.countries):
            continue
        percent = rule.percent
        holder = "company"
        if individual_holder and rule.individual_percent is not None:
            percent, holder = rule.individual_percent, "individual"
        name = say(f"security.special.{holder}", name=rule.name, percent=_pct(percent))
        for item in flagged_lines(goods, rule, flags):
            if item not in rates or rates[item][0] < percent:
                rates[item] = (percent, name)
    return rates


def _effective(schedule: SecuritySchedule, percent: Decimal) -> Decimal:
    """The % of value taken: the card's rate, plus the penalty under the duty method."""
    if schedule.method is not SecurityMethod.DUTY or not schedule.penalty_percent:
        return percent
    if schedule.penalty_mode is PenaltyMode.POINTS:
        return percent + schedule.penalty_percent
    return percent * (HUNDRED + schedule.penalty_percent) / HUNDRED


def _rate_text(schedule: SecuritySchedule, percent: Decimal) -> Message:
    if schedule.method is SecurityMethod.DUTY:
        effective = _effective(schedule, percent)
        penalty: Message | str = ""
        if schedule.penalty_percent:
            of_duty = schedule.penalty_mode is PenaltyMode.OF_DUTY
            penalty = say(
                "security.penalty-of-duty" if of_duty else "security.penalty",
                percent=_pct(schedule.penalty_percent),
            )
        return say(
            "security.duty-rate", percent=_pct(percent), penalty=penalty, effective=_pct(effective)
        )
    return say("security.value-rate", percent=_pct(percent))


def _form(form: str, amount: Decimal, schedule: SecuritySchedule, currency: str) -> SecurityForm:
    if form == "insurance-bond" and schedule.bond is not None:
        bond = schedule.bond
        premium = round_money(amount * bond.rate_per_thousand / 1000, currency)
        minimum: Message | str = ""
        if bond.minimum_premium > premium:
            premium = round_money(bond.minimum_premium, currency)
            minimum = say("security.bond-minimum", minimum=premium, currency=currency)
        said = say(
            "security.bond",
            rate=round_money(bond.rate_per_thousand, currency),
            currency=currency,
            minimum=minimum,
            premium=premium,
        )
        return SecurityForm(form, premium, said)
    label = say(f"security.form.{form}") if form in _FORM_WORDS else form
    return SecurityForm(
        form,
        round_money(Decimal(0), currency),
        say("security.form", form=label, amount=round_money(amount, currency), currency=currency),
    )


_FORM_WORDS = ("cash", "bank-guarantee", "indemnity-scheme")


def _pct(percent: Decimal) -> str:
    return f"{percent.normalize():f} %"

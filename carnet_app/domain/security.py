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
    rule: str  # "CH: default rate 40 %"
    amount: Decimal


@dataclass(frozen=True)
class SecurityForm:
    form: str  # cash, bank-guarantee, insurance-bond, indemnity-scheme
    cost: Decimal  # what the holder pays to put it up (the bond premium), 0 otherwise
    explanation: str


@dataclass(frozen=True)
class SecurityQuote:
    amount: Decimal
    currency: str
    country: str | None  # the country whose requirement set the amount
    rule: str
    explanation: str
    per_destination: tuple[DestinationSecurity, ...]
    forms: tuple[SecurityForm, ...]

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
        amount, country, rule = top.amount, top.country, top.rule
    else:  # no country requires anything yet; only the floor below applies
        amount, country = round_money(Decimal(0), currency), None
        rule = "no destination outside the home territory yet"
    if schedule.minimum > amount:
        amount, rule = (
            round_money(schedule.minimum, currency),
            (f"the schedule's minimum security {_money(schedule.minimum, currency)}"),
        )
    lines = [
        f"security {_money(amount, currency)}: {rule}, on a general-list value of "
        f"{_money(total, currency)}"
    ]
    if len(requirements) > 1:
        lines.append(
            "highest of: "
            + "; ".join(
                f"{r.country} {r.kind.value} {_money(r.amount, currency)}" for r in requirements
            )
        )
    return SecurityQuote(
        amount=amount,
        currency=currency,
        country=country,
        rule=rule,
        explanation="\n".join(lines),
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
    source = best_rule.describe() if best_rule else "default rate"
    rule = f"{country}: {source} {_rate_text(schedule, best_percent)}"
    special = _special_rates(country, goods, schedule, table, flags, individual_holder)
    raw = Decimal(0)
    for line in goods:
        line_percent, _ = special.get(line.item_no, (percent, ""))
        raw += line.value * max(line_percent, percent) / HUNDRED
    specials = sorted({name for item, (p, name) in special.items() if p > percent})
    if specials:
        rule += "; " + ", ".join(specials)
    amount = round_money(raw, currency)
    minimum = best_rule.minimum if best_rule else Decimal(0)
    if minimum > amount:
        amount = round_money(minimum, currency)
        rule += f"; minimum {_money(minimum, currency)}"
    return DestinationSecurity(country, kind, percent, rule, amount)


def _special_rates(
    country: str,
    goods: Sequence[GoodsLine],
    schedule: SecuritySchedule,
    table: CountryTable,
    flags: set[str],
    individual_holder: bool,
) -> Mapping[int, tuple[Decimal, str]]:
    territory = table.territory_of(country)
    rates: dict[int, tuple[Decimal, str]] = {}
    for rule in schedule.special:
        if rule.countries and not {country.upper(), territory} & set(rule.countries):
            continue
        percent = rule.percent
        holder = "company"
        if individual_holder and rule.individual_percent is not None:
            percent, holder = rule.individual_percent, "individual"
        name = f"{rule.name} at {_pct(percent)} ({holder} holder)"
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


def _rate_text(schedule: SecuritySchedule, percent: Decimal) -> str:
    if schedule.method is SecurityMethod.DUTY:
        effective = _effective(schedule, percent)
        penalty = f" + {_pct(schedule.penalty_percent)} penalty" + (
            " of the duty" if schedule.penalty_mode is PenaltyMode.OF_DUTY else ""
        )
        return (
            f"duty and tax {_pct(percent)}"
            + (penalty if schedule.penalty_percent else "")
            + f" = {_pct(effective)} of value"
        )
    return f"{_pct(percent)} of value"


def _form(form: str, amount: Decimal, schedule: SecuritySchedule, currency: str) -> SecurityForm:
    if form == "insurance-bond" and schedule.bond is not None:
        bond = schedule.bond
        premium = round_money(amount * bond.rate_per_thousand / 1000, currency)
        text = f"premium {_money(bond.rate_per_thousand, currency)} per 1,000 of bond"
        if bond.minimum_premium > premium:
            premium = round_money(bond.minimum_premium, currency)
            text += f", minimum {_money(bond.minimum_premium, currency)}"
        return SecurityForm(form, premium, f"insurance bond: {text} → {_money(premium, currency)}")
    labels = {
        "cash": "cash or cheque deposit",
        "bank-guarantee": "bank guarantee",
        "indemnity-scheme": "indemnity scheme",
    }
    return SecurityForm(
        form,
        round_money(Decimal(0), currency),
        f"{labels.get(form, form)} of {_money(amount, currency)}",
    )


def _pct(percent: Decimal) -> str:
    return f"{percent.normalize():f} %"


def _money(amount: Decimal, currency: str) -> str:
    return f"{round_money(amount, currency):,f} {currency}"

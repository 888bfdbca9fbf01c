"""Can this itinerary use a carnet for these uses? The checks ``apply``, ``issue`` and the
issuing wizard run on an application, against the country table.

Each finding is a refusal (the carnet cannot be issued like this) or a warning (the clerk
should tell the holder), with a message naming the country and the rule, and the field.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from carnet_app.domain.application import Application
from carnet_app.domain.countries import AtaStatus, CountryRule, CountryTable, UseAcceptance
from carnet_app.domain.goods_checks import MONEY_DECIMALS, check_lines
from carnet_app.domain.goods_checks import Column as ListColumn
from carnet_app.domain.goods_checks import Severity as ListSeverity
from carnet_app.domain.messages import InEachLanguage, Message, say
from carnet_app.domain.types import CarnetFormat, ItineraryKind, ItineraryStop


class Severity(StrEnum):
    REFUSAL = "refusal"
    WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    severity: Severity
    said: Message  # ``message`` says it in the chosen language
    field: str
    rule: str  # short rule name, e.g. "use-not-accepted"

    @property
    def message(self) -> str:
        return str(self.said)

    @property
    def code(self) -> str:
        return self.said.code

    @property
    def is_refusal(self) -> bool:
        return self.severity is Severity.REFUSAL

    def to_dict(self) -> dict[str, str]:
        return {
            "severity": self.severity.value,
            "field": self.field,
            "rule": self.rule,
            "message": self.message,
        }


@dataclass(frozen=True)
class FormatDecision:
    needed: CarnetFormat
    digital_ready: tuple[str, ...]  # territories accepting eATA on the day
    paper_only: tuple[str, ...]
    said: Message

    @property
    def explanation(self) -> str:
        return str(self.said)


def check_application(
    application: Application, home_country: str, table: CountryTable, today: date
) -> list[Finding]:
    """Every refusal and warning for an application, in itinerary order."""
    findings: list[Finding] = []
    for index, use in enumerate(application.uses):
        if not table.knows_use(use):
            known = [u.code for u in table.use_definitions()]
            findings.append(
                _refusal(
                    f"uses[{index}]",
                    "unknown-use",
                    say("app-check.unknown-use", use=use, known=known),
                )
            )
    findings.extend(_application_facts(application, table))
    if not application.itinerary:
        findings.append(_warning("itinerary", "no-destination", say("app-check.no-destination")))
    stay_warned: set[str] = set()
    for index, stop in enumerate(application.itinerary):
        where = f"itinerary[{index}].country"
        rule = table.get(stop.country)
        if rule is None:
            findings.append(
                _refusal(
                    where,
                    "unknown-country",
                    say("app-check.unknown-country", country=stop.country),
                )
            )
            continue
        problems = _membership(rule, stop, home_country, table, where)
        findings.extend(problems)
        if any(p.is_refusal for p in problems):
            continue
        if stop.kind is ItineraryKind.TRANSIT:
            findings.extend(_transit(rule, table, where))
        else:
            findings.extend(_uses(rule, application.uses, table, where))
            findings.extend(_uses_at_once(rule, application.uses, where))
            if rule.code not in stay_warned:
                stay_warned.add(rule.code)
                findings.extend(_stay_limits(rule, application.uses, table, where))
    decision = carnet_format_needed(application.itinerary, home_country, table, today)
    if application.itinerary and decision.needed is not application.format:
        findings.append(
            _warning(
                "format",
                "format-differs",
                say(
                    "app-check.format-differs",
                    explanation=decision.said,
                    format=say(f"show.format.{application.format.value}"),
                ),
            )
        )
    return findings


EVENT_USES = ("EF",)  # uses whose carnet names the event (importation vouchers, box C)


def _application_facts(application: Application, table: CountryTable) -> list[Finding]:
    """The holder, the event and the general list, checked as ``import-goods`` checks a list:
    one set of rules however the list arrives."""
    findings: list[Finding] = []
    country = application.holder.country
    if country and table.get(country) is None:
        findings.append(
            _refusal(
                "holder.country",
                "unknown-holder-country",
                say("app-check.holder-country", country=country),
            )
        )
    for use in application.uses:
        if use in EVENT_USES and not (application.event or "").strip():
            findings.append(
                _refusal(
                    "event",
                    "event-missing",
                    say("app-check.event-missing", use=table.use_label(use)),
                )
            )
    problems = check_lines(
        application.goods,
        known_country_codes=[rule.code for rule in table.rules()],
        money_decimals=min(MONEY_DECIMALS, _currency_digits(application.currency)),
    )
    for problem in problems:
        where = f"goods[{problem.row - 1}]" + (
            f".{_GOODS_FIELDS.get(problem.column, problem.column.value)}" if problem.column else ""
        )
        text = say("app-check.general-list", where=where, item=problem.row, problem=problem.said)
        if problem.severity is ListSeverity.ERROR:
            findings.append(_refusal(where, "general-list", text))
        else:
            findings.append(_warning(where, "general-list", text))
    return findings


_GOODS_FIELDS = {ListColumn.SERIAL: "marks", ListColumn.WEIGHT: "weight"}


def _currency_digits(currency: str) -> int:
    from carnet_app.domain.schedules import minor_unit_digits

    try:
        return minor_unit_digits(currency)
    except Exception:  # an unknown code: the stored scale decides
        return MONEY_DECIMALS


def _uses_at_once(rule: CountryRule, uses: tuple[str, ...], where: str) -> list[Finding]:
    if rule.uses_at_once is None or len(uses) <= rule.uses_at_once:
        return []
    allowed = (
        say("app-check.one-use")
        if rule.uses_at_once == 1
        else say("app-check.some-uses", count=rule.uses_at_once)
    )
    return [
        _refusal(
            where,
            "uses-at-once",
            say(
                "app-check.uses-at-once",
                label=_said_label(rule),
                allowed=allowed,
                count=len(uses),
                uses=list(uses),
            ),
        )
    ]


def check_replacement(country: str, table: CountryTable) -> list[Finding]:
    """May a replacement carnet take over goods that stay in ``country``?"""
    where = "country"
    rule = table.get(country)
    if rule is None:
        return [_refusal(where, "unknown-country", say("app-check.not-in-table", country=country))]
    if rule.status is AtaStatus.NOT_ATA:
        return [_refusal(where, "not-ata", say("app-check.not-ata", label=_said_label(rule)))]
    own = rule.replacement
    territory = table.territory_rule(rule.code)
    accepted = own if own is not None else (territory.replacement if territory else None)
    conditions = rule.replacement_conditions or (
        territory.replacement_conditions if territory else ""
    )
    if accepted is False:
        return [
            _refusal(
                where,
                "replacement-not-accepted",
                say("app-check.replacement-refused", label=_said_label(rule), notes=_noted(rule)),
            )
        ]
    if accepted is None:
        return [
            _warning(
                where,
                "replacement-unverified",
                say("app-check.replacement-unverified", label=_said_label(rule)),
            )
        ]
    if conditions:
        return [
            _warning(
                where,
                "replacement-conditions",
                say(
                    "app-check.replacement-conditions",
                    label=_said_label(rule),
                    conditions=conditions,
                ),
            )
        ]
    return []


def carnet_format_needed(
    itinerary: Iterable[ItineraryStop], home_country: str, table: CountryTable, today: date
) -> FormatDecision:
    """Paper, digital or both, from each territory's eATA readiness on ``today``.

    The home territory counts too: its customs validate the carnet at first departure.
    """
    places = [table.home_territory(home_country)]
    for stop in itinerary:
        place = table.destination_territory(stop.country, home_country)
        if place not in places:
            places.append(place)
    ready = tuple(p for p in places if _digital_ready(p, table, today))
    paper = tuple(p for p in places if p not in ready)
    if not paper:
        needed = CarnetFormat.DIGITAL
        text = say("app-check.format-digital", ready=_join(ready), on=today)
    elif not ready:
        needed = CarnetFormat.PAPER
        text = say("app-check.format-paper", paper=_join(paper), on=today)
    else:
        needed = CarnetFormat.BOTH
        text = say("app-check.format-both", ready=_join(ready), on=today, paper=_join(paper))
    return FormatDecision(needed, ready, paper, text)


def _join(codes: tuple[str, ...]) -> Message | str:
    """ "CH", "CH and FR", "CH, DE and FR"."""
    if len(codes) == 1:
        return codes[0]
    return say("app-check.and", first=", ".join(codes[:-1]), last=codes[-1])


def _noted(rule: CountryRule) -> str:
    """The country table's note, in brackets after a sentence (as the table says it)."""
    return f" ({rule.notes})" if rule.notes else ""


def _digital_ready(territory: str, table: CountryTable, today: date) -> bool:
    rule = table.get(territory)
    if rule is None or rule.status is AtaStatus.NOT_ATA:
        return False
    return rule.eata_from is not None and rule.eata_from <= today


def _membership(
    rule: CountryRule, stop: ItineraryStop, home_country: str, table: CountryTable, where: str
) -> list[Finding]:
    if rule.status is AtaStatus.NOT_ATA:
        return [
            _refusal(
                where,
                "not-ata",
                say("app-check.not-ata-noted", label=_said_label(rule), notes=rule.notes)
                if rule.notes
                else say("app-check.not-ata", label=_said_label(rule)),
            )
        ]
    if home_country.upper() in rule.refused_for_homes:
        return [
            _refusal(
                where,
                "refused-for-home",
                say(
                    "app-check.refused-for-home",
                    home=_said_code(table, home_country),
                    label=_said_label(rule),
                    notes=_noted(rule),
                ),
            )
        ]
    home_territory = table.home_territory(home_country)
    if table.destination_territory(rule.code, home_country) == home_territory:
        return [
            _refusal(
                where,
                "home-territory",
                say("app-check.home-territory", label=_said_label(rule), territory=home_territory),
            )
        ]
    if rule.status is AtaStatus.SUSPENDED:
        return [
            _warning(
                where,
                "suspended",
                say("app-check.suspended", label=_said_label(rule), notes=_noted(rule)),
            )
        ]
    return []


def _uses(
    rule: CountryRule, uses: tuple[str, ...], table: CountryTable, where: str
) -> list[Finding]:
    territory = table.territory_rule(rule.code)
    findings = []
    for use in uses:
        acceptance = rule.use_acceptance(use)
        if acceptance is UseAcceptance.UNKNOWN and territory is not None:
            acceptance = territory.use_acceptance(use)
        label = table.use_label(use)
        if acceptance is UseAcceptance.NO:
            findings.append(
                _refusal(
                    where,
                    "use-not-accepted",
                    say("app-check.use-not-accepted", label=_said_label(rule), use=label),
                )
            )
        elif acceptance is UseAcceptance.NATIONAL_LAW:
            findings.append(
                _warning(
                    where,
                    "use-national-law",
                    say("app-check.use-national-law", label=_said_label(rule), use=label),
                )
            )
        elif acceptance is UseAcceptance.LIMITED:
            findings.append(
                _warning(
                    where,
                    "use-limited",
                    say(
                        "app-check.use-limited",
                        label=_said_label(rule),
                        use=label,
                        notes=_noted(rule),
                    ),
                )
            )
        elif acceptance is UseAcceptance.UNKNOWN:
            findings.append(
                _warning(
                    where,
                    "use-unverified",
                    say("app-check.use-unverified", label=_said_label(rule), use=label),
                )
            )
    return findings


def _transit(rule: CountryRule, table: CountryTable, where: str) -> list[Finding]:
    territory = table.territory_rule(rule.code)
    accepted = rule.transit
    if accepted is None and territory is not None:
        accepted = territory.transit
    if accepted is False:
        return [
            _refusal(
                where,
                "transit-not-accepted",
                say("app-check.transit-not-accepted", label=_said_label(rule)),
            )
        ]
    if accepted is None:
        return [
            _warning(
                where,
                "transit-unverified",
                say("app-check.transit-unverified", label=_said_label(rule)),
            )
        ]
    if rule.transit_conditions:
        return [
            _warning(
                where,
                "transit-conditions",
                say(
                    "app-check.transit-conditions",
                    label=_said_label(rule),
                    conditions=rule.transit_conditions,
                ),
            )
        ]
    return []


def _stay_limits(
    rule: CountryRule, uses: tuple[str, ...], table: CountryTable, where: str
) -> list[Finding]:
    limits = {use: rule.stay_limit_for(use) for use in uses}
    known = {use: months for use, months in limits.items() if months is not None and months < 12}
    if not known:
        return []
    months = min(known.values())
    return [
        _warning(
            where,
            "stay-limit",
            say("app-check.stay-limit", label=_said_label(rule), months=months, uses=list(known)),
        )
    ]


def _refusal(where: str, rule: str, message: Message) -> Finding:
    return Finding(Severity.REFUSAL, message, where, rule)


def _warning(where: str, rule: str, message: Message) -> Finding:
    return Finding(Severity.WARNING, message, where, rule)


def _said_label(rule: CountryRule) -> InEachLanguage:
    """``KR (South Korea)``, ``KR (Corée du Sud)`` in a French message: the table's name in
    English, the common French name (CLDR, through babel) in French."""
    from babel import Locale

    french = Locale("fr").territories.get(rule.code)
    return InEachLanguage(
        {"en": rule.label, "fr": f"{rule.code} ({french})" if french else rule.label}
    )


def _said_code(table: CountryTable, code: str) -> InEachLanguage | str:
    rule = table.get(code)
    return _said_label(rule) if rule is not None else table.label(code)

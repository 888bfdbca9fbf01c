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
from carnet_app.domain.types import CarnetFormat, ItineraryKind, ItineraryStop


class Severity(StrEnum):
    REFUSAL = "refusal"
    WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    severity: Severity
    message: str
    field: str
    rule: str  # short rule name, e.g. "use-not-accepted"

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
    explanation: str


def check_application(
    application: Application, home_country: str, table: CountryTable, today: date
) -> list[Finding]:
    """Every refusal and warning for an application, in itinerary order."""
    findings: list[Finding] = []
    for index, use in enumerate(application.uses):
        if not table.knows_use(use):
            known = ", ".join(u.code for u in table.use_definitions())
            findings.append(
                _refusal(
                    f"uses[{index}]",
                    "unknown-use",
                    f"{use} is not a known intended use (known: {known})",
                )
            )
    findings.extend(_application_facts(application, table))
    if not application.itinerary:
        findings.append(
            _warning("itinerary", "no-destination", "no destination or transit country listed yet")
        )
    stay_warned: set[str] = set()
    for index, stop in enumerate(application.itinerary):
        where = f"itinerary[{index}].country"
        rule = table.get(stop.country)
        if rule is None:
            findings.append(
                _refusal(
                    where,
                    "unknown-country",
                    f"{stop.country} is not in the country table: carnets are "
                    "not known to be accepted there",
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
                f"{decision.explanation}; the application asks for {application.format.value}",
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
                f"holder.country: {country} is not a known country (ISO 3166 code)",
            )
        )
    for use in application.uses:
        if use in EVENT_USES and not (application.event or "").strip():
            findings.append(
                _refusal(
                    "event",
                    "event-missing",
                    f"event: a carnet for {table.use_label(use)} names the event (name and place)",
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
        text = f"{where} (item {problem.row}): {problem.message}"
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
    allowed = "one intended use" if rule.uses_at_once == 1 else f"{rule.uses_at_once} uses"
    return [
        _refusal(
            where,
            "uses-at-once",
            f"{rule.label} accepts only {allowed} in box C; the application names "
            f"{len(uses)} ({', '.join(uses)}): issue one carnet per use",
        )
    ]


def check_replacement(country: str, table: CountryTable) -> list[Finding]:
    """May a replacement carnet take over goods that stay in ``country``?"""
    where = "country"
    rule = table.get(country)
    if rule is None:
        return [_refusal(where, "unknown-country", f"{country} is not in the country table")]
    if rule.status is AtaStatus.NOT_ATA:
        return [_refusal(where, "not-ata", f"{rule.label} is outside the ATA carnet system")]
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
                f"{rule.label} does not accept replacement carnets"
                + (f" ({rule.notes})" if rule.notes else ""),
            )
        ]
    if accepted is None:
        return [
            _warning(
                where,
                "replacement-unverified",
                f"whether {rule.label} accepts replacement carnets is not verified: "
                "ask its customs for written consent first",
            )
        ]
    if conditions:
        return [
            _warning(
                where,
                "replacement-conditions",
                f"{rule.label} accepts replacement carnets only {conditions}",
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
    on = today.isoformat()
    if not paper:
        needed = CarnetFormat.DIGITAL
        text = f"a digital carnet is possible: eATA is live in {_join(ready)} on {on}"
    elif not ready:
        needed = CarnetFormat.PAPER
        text = f"a paper carnet is needed: eATA is not live in {_join(paper)} on {on}"
    else:
        needed = CarnetFormat.BOTH
        text = (
            f"a paper and a digital carnet are needed (both): eATA is live in {_join(ready)} "
            f"on {on}, not in {_join(paper)}"
        )
    return FormatDecision(needed, ready, paper, text)


def _join(codes: tuple[str, ...]) -> str:
    return codes[0] if len(codes) == 1 else f"{', '.join(codes[:-1])} and {codes[-1]}"


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
                f"{rule.label} is outside the ATA carnet system"
                + (f": {rule.notes}" if rule.notes else ""),
            )
        ]
    if home_country.upper() in rule.refused_for_homes:
        return [
            _refusal(
                where,
                "refused-for-home",
                f"carnets issued in {table.label(home_country)} may not be used in "
                f"{rule.label}" + (f" ({rule.notes})" if rule.notes else ""),
            )
        ]
    home_territory = table.home_territory(home_country)
    if table.destination_territory(rule.code, home_country) == home_territory:
        return [
            _refusal(
                where,
                "home-territory",
                f"{rule.label} is inside the {home_territory} customs territory, the "
                f"carnet's home territory: goods do not need a carnet inside the "
                f"{home_territory} customs territory",
            )
        ]
    if rule.status is AtaStatus.SUSPENDED:
        return [
            _warning(
                where,
                "suspended",
                f"{rule.label}: issuing associations have suspended carnets for it"
                + (f" ({rule.notes})" if rule.notes else ""),
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
                    where, "use-not-accepted", f"{rule.label} does not accept carnets for {label}"
                )
            )
        elif acceptance is UseAcceptance.NATIONAL_LAW:
            findings.append(
                _warning(
                    where,
                    "use-national-law",
                    f"{rule.label} accepts {label} only under its national "
                    "law: check the conditions with its customs",
                )
            )
        elif acceptance is UseAcceptance.LIMITED:
            findings.append(
                _warning(
                    where,
                    "use-limited",
                    f"{rule.label} accepts {label} only in limited cases"
                    + (f" ({rule.notes})" if rule.notes else ""),
                )
            )
        elif acceptance is UseAcceptance.UNKNOWN:
            findings.append(
                _warning(
                    where,
                    "use-unverified",
                    f"whether {rule.label} accepts carnets for {label} is not verified",
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
                f"{rule.label} does not accept carnets for transit (no blue vouchers)",
            )
        ]
    if accepted is None:
        return [
            _warning(
                where,
                "transit-unverified",
                f"whether {rule.label} accepts carnets for transit is not verified",
            )
        ]
    if rule.transit_conditions:
        return [
            _warning(
                where,
                "transit-conditions",
                f"{rule.label} accepts carnets for transit only {rule.transit_conditions}",
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
            f"{rule.label} customs usually limit the stay to {months} months "
            f"({', '.join(known)}): the goods must leave by then or an extension "
            "must be asked for before that date",
        )
    ]


def _refusal(where: str, rule: str, message: str) -> Finding:
    return Finding(Severity.REFUSAL, message, where, rule)


def _warning(where: str, rule: str, message: str) -> Finding:
    return Finding(Severity.WARNING, message, where, rule)

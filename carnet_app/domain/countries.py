"""Country rules and customs territories (reference data, editable by the administrator).

The rows come from ``resources/reference/countries.toml`` and then from the database. Code that
needs a rule asks a ``CountryTable``; nothing about a particular country is written in code.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from carnet_app.domain.messages import InEachLanguage, say
from carnet_app.errors import UserError


class AtaStatus(StrEnum):
    ACTIVE = "active"  # in the ATA chain, carnets accepted
    SUSPENDED = "suspended"  # in the chain, but issuers have stopped issuing for it
    NOT_ATA = "not-ata"  # outside the ATA system (e.g. Taiwan) or left it (Brazil)


class UseAcceptance(StrEnum):
    YES = "Y"
    NO = "N"
    NATIONAL_LAW = "NL"  # only under national law
    LIMITED = "Ltd"
    UNKNOWN = "?"


@dataclass(frozen=True)
class CountryRule:
    """What one country or customs territory accepts. ``None`` means not verified."""

    code: str  # ISO 3166 alpha-2, or "EU" for the Union
    name: str
    territory: str  # the customs territory it belongs to ("EU" for DE, "CH" for LI)
    status: AtaStatus = AtaStatus.ACTIVE
    uses: Mapping[str, UseAcceptance] = field(default_factory=dict)
    transit: bool | None = None
    postal: bool | None = None
    split_shipments: bool | None = None
    replacement: bool | None = None
    stay_limit_months: int | None = None
    eata_from: date | None = None
    notes: str = ""
    last_verified: date | None = None
    # Added for the calculators (issue 3); every one optional, so older callers are unchanged.
    use_stay_limits: Mapping[str, int] = field(default_factory=dict)  # per use, months
    transit_conditions: str = ""  # transit accepted only under these conditions
    replacement_conditions: str = ""  # replacement carnets only under these conditions
    refused_for_homes: tuple[str, ...] = ()  # carnets from these home countries not usable here
    carnet_needed_from: tuple[str, ...] = ()  # same customs territory, yet a carnet is used
    sources: tuple[str, ...] = ()  # source keys (S1..S19) of the table's notes
    confidence: str = ""  # high / medium / low
    uses_at_once: int | None = None  # intended uses box C may name together here (CN: 1)

    def use_acceptance(self, use: str) -> UseAcceptance:
        return self.uses.get(use, UseAcceptance.UNKNOWN)

    def stay_limit_for(self, use: str) -> int | None:
        """Months customs usually allow for this use, if a limit is known."""
        return self.use_stay_limits.get(use, self.stay_limit_months)

    @property
    def label(self) -> str:
        """``DE (Germany)``: how messages name a country."""
        return f"{self.code} ({self.name})" if self.name and self.name != self.code else self.code


@dataclass(frozen=True)
class UseDefinition:
    """An intended use (box C): a code, a label a clerk reads, the convention annex."""

    code: str
    label: str
    annex: str = ""
    label_fr: str = ""  # the label in French, where the table gives it


class CountryTable:
    """Lookup over the country rows; resolves countries to customs territories."""

    def __init__(
        self, rules: Iterable[CountryRule], use_definitions: Iterable[UseDefinition] = ()
    ) -> None:
        self._rules: dict[str, CountryRule] = {rule.code: rule for rule in rules}
        self._uses: dict[str, UseDefinition] = {use.code: use for use in use_definitions}

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code.upper() in self._rules

    def __iter__(self) -> Iterator[CountryRule]:
        return iter(sorted(self._rules.values(), key=lambda r: r.code))

    def rules(self) -> list[CountryRule]:
        return sorted(self._rules.values(), key=lambda r: r.code)

    def get(self, code: str) -> CountryRule | None:
        return self._rules.get(code.upper())

    def territory_of(self, code: str) -> str:
        """The customs territory of a country code; unknown codes stand for themselves."""
        rule = self._rules.get(code.upper())
        return rule.territory if rule else code.upper()

    def territory_rule(self, code: str) -> CountryRule | None:
        """The rule of the territory itself (the "EU" row for DE), else the country's own."""
        territory = self.territory_of(code)
        return self._rules.get(territory) or self._rules.get(code.upper())

    def members_of(self, territory: str) -> list[str]:
        return sorted(
            rule.code
            for rule in self._rules.values()
            if rule.territory == territory and rule.code != territory
        )

    def destination_territory(self, code: str, home_country: str) -> str:
        """The territory a destination counts as for a carnet issued in ``home_country``.

        Usually its customs territory; a few territories inside the home territory still need
        a carnet from their parent (metropolitan France and the French overseas regions).
        """
        rule = self._rules.get(code.upper())
        if rule is not None and home_country.upper() in rule.carnet_needed_from:
            return rule.code
        return self.territory_of(code)

    def home_territory(self, home_country: str) -> str:
        return self.territory_of(home_country)

    def label(self, code: str) -> str:
        """``DE (Germany)`` for a known code, the code itself otherwise."""
        rule = self._rules.get(code.upper())
        return rule.label if rule else code.upper()

    def use_definitions(self) -> list[UseDefinition]:
        return list(self._uses.values())

    def use_label(self, code: str) -> InEachLanguage:
        """``CS (Commercial samples)``, said in the language of the message it goes into."""
        use = self._uses.get(code.upper())
        if use is None:
            return InEachLanguage({"en": code.upper()})
        return InEachLanguage(
            {"en": f"{use.code} ({use.label})", "fr": f"{use.code} ({use.label_fr or use.label})"}
        )

    def knows_use(self, code: str) -> bool:
        """True when the use is defined, or when no use list was loaded at all."""
        return not self._uses or code.upper() in self._uses


# --- reading and writing rows as plain data (the TOML file, the database, the CLI) ----------

_BOOL_FIELDS = ("transit", "postal", "split_shipments", "replacement")
_TEXT_FIELDS = ("notes", "transit_conditions", "replacement_conditions", "confidence")
_CODE_LIST_FIELDS = ("refused_for_homes", "carnet_needed_from", "sources")
ROW_FIELDS = (
    "name",
    "territory",
    "status",
    "uses",
    *_BOOL_FIELDS,
    "stay_limit_months",
    "use_stay_limits",
    "eata_from",
    *_TEXT_FIELDS,
    *_CODE_LIST_FIELDS,
    "last_verified",
    "uses_at_once",
)


def parse_country_rule(code: str, data: Mapping[str, Any], where: str) -> CountryRule:
    """One row from plain data; raise UserError naming the key (``countries.DE.transit``)."""
    unknown = sorted(set(data) - set(ROW_FIELDS))
    if unknown:
        raise UserError(
            say("data.unknown-row-key", where=f"{where}.{unknown[0]}", known=", ".join(ROW_FIELDS)),
            field=f"{where}.{unknown[0]}",
        )
    code = _code(code, where)
    status_text = data.get("status", AtaStatus.ACTIVE.value)
    try:
        status = AtaStatus(status_text)
    except ValueError:
        raise UserError(
            say(
                "data.not-one-of",
                where=f"{where}.status",
                value=status_text,
                allowed=", ".join(s.value for s in AtaStatus),
            ),
            field=f"{where}.status",
        ) from None
    uses = {
        _code(use, f"{where}.uses", letters_only=False): _acceptance(value, f"{where}.uses.{use}")
        for use, value in _mapping(data.get("uses", {}), f"{where}.uses").items()
    }
    stay_limits = {
        _code(use, f"{where}.use_stay_limits", letters_only=False): _months(
            value, f"{where}.use_stay_limits.{use}"
        )
        for use, value in _mapping(
            data.get("use_stay_limits", {}), f"{where}.use_stay_limits"
        ).items()
    }
    stay = data.get("stay_limit_months")
    at_once = data.get("uses_at_once")
    if at_once is not None and (
        isinstance(at_once, bool) or not isinstance(at_once, int) or not 1 <= at_once <= 20
    ):
        raise UserError(
            say("data.uses-at-once", where=f"{where}.uses_at_once"), field=f"{where}.uses_at_once"
        )
    name = data.get("name", code)
    if not isinstance(name, str) or not name.strip():
        raise UserError(say("field.not-text", where=f"{where}.name"), field=f"{where}.name")
    return CountryRule(
        code=code,
        name=name.strip(),
        territory=_code(data.get("territory", code), f"{where}.territory"),
        status=status,
        uses=uses,
        stay_limit_months=None if stay is None else _months(stay, f"{where}.stay_limit_months"),
        use_stay_limits=stay_limits,
        eata_from=_optional_date(data.get("eata_from"), f"{where}.eata_from"),
        last_verified=_optional_date(data.get("last_verified"), f"{where}.last_verified"),
        transit=_optional_bool(data.get("transit"), f"{where}.transit"),
        postal=_optional_bool(data.get("postal"), f"{where}.postal"),
        split_shipments=_optional_bool(data.get("split_shipments"), f"{where}.split_shipments"),
        replacement=_optional_bool(data.get("replacement"), f"{where}.replacement"),
        notes=_text(data.get("notes", ""), f"{where}.notes"),
        transit_conditions=_text(data.get("transit_conditions", ""), f"{where}.transit_conditions"),
        replacement_conditions=_text(
            data.get("replacement_conditions", ""), f"{where}.replacement_conditions"
        ),
        confidence=_text(data.get("confidence", ""), f"{where}.confidence"),
        refused_for_homes=_code_list(
            data.get("refused_for_homes", []), f"{where}.refused_for_homes"
        ),
        carnet_needed_from=_code_list(
            data.get("carnet_needed_from", []), f"{where}.carnet_needed_from"
        ),
        sources=_code_list(data.get("sources", []), f"{where}.sources", sources=True),
        uses_at_once=at_once,
    )


def country_rule_to_dict(rule: CountryRule) -> dict[str, Any]:
    """Plain data for one row (dates as ISO text, unknown booleans left out)."""
    data: dict[str, Any] = {
        "name": rule.name,
        "territory": rule.territory,
        "status": rule.status.value,
        "uses": {use: acceptance.value for use, acceptance in rule.uses.items()},
    }
    for key in _BOOL_FIELDS:
        value = getattr(rule, key)
        if value is not None:
            data[key] = value
    if rule.stay_limit_months is not None:
        data["stay_limit_months"] = rule.stay_limit_months
    if rule.use_stay_limits:
        data["use_stay_limits"] = dict(rule.use_stay_limits)
    if rule.eata_from is not None:
        data["eata_from"] = rule.eata_from.isoformat()
    for key in _TEXT_FIELDS:
        if getattr(rule, key):
            data[key] = getattr(rule, key)
    for key in _CODE_LIST_FIELDS:
        if getattr(rule, key):
            data[key] = list(getattr(rule, key))
    if rule.last_verified is not None:
        data["last_verified"] = rule.last_verified.isoformat()
    if rule.uses_at_once is not None:
        data["uses_at_once"] = rule.uses_at_once
    return data


def parse_country_document(document: Mapping[str, Any]) -> tuple[CountryTable, int]:
    """The shipped country file as data: ``(table, data_version)``."""
    version = document.get("data_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise UserError(say("data.version"), field="data_version")
    uses = [
        UseDefinition(
            code=_code(code, "uses", letters_only=False),
            label=_text(_mapping(entry, f"uses.{code}").get("label", code), f"uses.{code}.label"),
            annex=_text(_mapping(entry, f"uses.{code}").get("annex", ""), f"uses.{code}.annex"),
            label_fr=_text(
                _mapping(entry, f"uses.{code}").get("label_fr", ""), f"uses.{code}.label_fr"
            ),
        )
        for code, entry in _mapping(document.get("uses", {}), "uses").items()
    ]
    rows = _mapping(document.get("countries"), "countries")
    rules = [
        parse_country_rule(code, _mapping(row, f"countries.{code}"), f"countries.{code}")
        for code, row in rows.items()
    ]
    return CountryTable(rules, uses), version


def _mapping(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise UserError(say("data.not-a-mapping", where=where), field=where)
    return value


def _code(value: Any, where: str, *, letters_only: bool = True) -> str:
    text = value.strip().upper() if isinstance(value, str) else ""
    valid = 2 <= len(text) <= 8 and (text.isalpha() if letters_only else text.isalnum())
    if not valid:
        raise UserError(say("data.not-a-code", where=where, value=value), field=where)
    return text


def _code_list(value: Any, where: str, *, sources: bool = False) -> tuple[str, ...]:
    if not isinstance(value, list | tuple):
        raise UserError(say("field.not-a-list", where=where), field=where)
    if sources:  # free-form source keys such as "S12(2014)"
        return tuple(_text(item, f"{where}[{i}]") for i, item in enumerate(value))
    return tuple(_code(item, f"{where}[{i}]") for i, item in enumerate(value))


def _acceptance(value: Any, where: str) -> UseAcceptance:
    try:
        return UseAcceptance(value)
    except ValueError:
        raise UserError(
            say(
                "data.not-one-of",
                where=where,
                value=value,
                allowed=", ".join(u.value for u in UseAcceptance),
            ),
            field=where,
        ) from None


def _months(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 120:
        raise UserError(say("data.months", where=where), field=where)
    return value


def _optional_bool(value: Any, where: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise UserError(say("data.bool-or-unknown", where=where), field=where)


def _optional_date(value: Any, where: str) -> date | None:
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise UserError(say("data.not-a-date", where=where, value=value), field=where)


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise UserError(say("field.not-text", where=where), field=where)
    return value.strip()

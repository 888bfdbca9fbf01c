"""Country rules and customs territories (reference data, editable by the administrator).

The rows come from ``resources/reference/countries.toml`` and then from the database. Code that
needs a rule asks a ``CountryTable``; nothing about a particular country is written in code.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


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

    def use_acceptance(self, use: str) -> UseAcceptance:
        return self.uses.get(use, UseAcceptance.UNKNOWN)


class CountryTable:
    """Lookup over the country rows; resolves countries to customs territories."""

    def __init__(self, rules: Iterable[CountryRule]) -> None:
        self._rules: dict[str, CountryRule] = {rule.code: rule for rule in rules}

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code.upper() in self._rules

    def __iter__(self) -> Iterable[CountryRule]:  # type: ignore[override]
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

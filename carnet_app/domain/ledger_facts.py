"""What the movement ledger reads and returns: a carnet's facts, the entries it replays and
the outcome of each (``ledger.py`` replays them)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from carnet_app.domain.messages import Message
from carnet_app.domain.types import GoodsEventKind, MovementAction, VoucherColour

Quantities = Mapping[int, int | None]


@dataclass(frozen=True)
class CarriedImportation:
    """An importation made under the original carnet, still open when a duplicate took over."""

    voucher_no: int
    territory: str
    final_date: date | None
    quantities: Mapping[int, int]

    @property
    def key(self) -> int:
        return -self.voucher_no


@dataclass(frozen=True)
class CarnetFacts:
    """What the ledger needs to know about a carnet, prepared by the service layer."""

    number: str
    issued_on: date
    valid_until: date
    home_territory: str
    pieces: Mapping[int, int]  # item no → pieces on the general list
    voucher_sets: Mapping[VoucherColour, int]
    visit_territories: frozenset[str]
    transit_territories: frozenset[str]
    # territory → why an importation (or a transit) there is refused
    refused_territories: Mapping[str, str | Message] = field(default_factory=dict)
    transit_refused: Mapping[str, str | Message] = field(default_factory=dict)
    split_forbidden: frozenset[str] = frozenset()
    opening: Mapping[int, Mapping[str, int]] | None = None  # duplicates and replacements
    # importations a duplicate takes over from the carnet it replaces, keyed by the original's
    # voucher number (stored as its negative in ``refers_to``)
    opening_importations: tuple[CarriedImportation, ...] = ()
    # territory → months customs usually allow (country table): the final date when customs
    # leave box H b) blank
    stay_limits: Mapping[str, int] = field(default_factory=dict)
    # the sheets of each action actually bound in the booklet (a registered carnet's cover
    # says so); None: every set holds one sheet of each of its colour's two actions
    sheets_by_action: Mapping[MovementAction, int] | None = None
    # colours whose sheets are counterfoils only (US yellow): their stamps need no voucher
    counterfoils_only: frozenset[VoucherColour] = frozenset()

    def sheets_for(self, action: MovementAction) -> int:
        """The sheets of ``action`` in the booklet."""
        if self.sheets_by_action is not None and action in self.sheets_by_action:
            return self.sheets_by_action[action]
        return self.voucher_sets.get(action.colour, 0)


@dataclass(frozen=True)
class Entry:
    """A customs action or a goods event as recorded (or about to be)."""

    seq: int
    kind: MovementAction | GoodsEventKind
    on: date
    territory: str | None = None
    quantities: Quantities = field(default_factory=dict)
    final_date: date | None = None
    refers_to: tuple[int, ...] = ()
    voucher_no: int | None = None


@dataclass(frozen=True)
class Outcome:
    """What applying one entry did. ``said_warnings`` are the irregularities as messages;
    ``warnings`` says them in the chosen language."""

    entry: Entry
    moved: Mapping[int, int]
    moves: tuple[tuple[int, str, str, int], ...]  # (item, from, to, quantity)
    voucher_colour: VoucherColour | None
    voucher_no: int | None
    refers_to: tuple[int, ...]
    said_warnings: tuple[Message, ...]

    @property
    def warnings(self) -> tuple[str, ...]:
        return tuple(str(warning) for warning in self.said_warnings)

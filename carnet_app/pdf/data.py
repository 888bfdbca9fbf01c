"""Plain, frozen input records for the printed carnet and its trip packs.

The pdf layer never sees the database: a service (or ``from_view.print_data_from_view``) builds
these records and hands them to ``render_carnet``. Money and weights are ``Decimal``; dates are
``date``; country codes are ISO 3166 alpha-2 (``EU`` for the Union).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from carnet_app.domain.types import CarnetKind, GoodsLine, MovementAction
from carnet_app.pdf.proof_code import ProofCode


@dataclass(frozen=True)
class Country:
    code: str
    name: str


@dataclass(frozen=True)
class Party:
    """A holder or an issuing association: name, postal address, country code."""

    name: str
    address: str = ""
    country: str = ""


def heading_texts(line: GoodsLine) -> list[str]:
    """The group headings printed before a goods line ("CASE 1 – CAMERA KIT"), one row each:
    the non-empty lines of its ``heading``. They stay on the page of the line they open."""
    return [text.strip() for text in line.heading.splitlines() if text.strip()]


@dataclass(frozen=True)
class VoucherSets:
    """Sets issued per colour. A yellow set is one exportation and one re-importation voucher;
    a white set one importation and one re-exportation voucher; a blue set two transit vouchers
    (numbered 2n-1 and 2n for set n)."""

    yellow: int = 0
    white: int = 0
    blue: int = 0
    # A booklet issued elsewhere holds the sheets its cover lists: per action (more importation
    # than re-exportation vouchers, say), and some colours as counterfoils only (no voucher to
    # detach: a US carnet's yellow sheets). Empty: every set holds both vouchers.
    by_action: tuple[tuple[MovementAction, int], ...] = ()
    counterfoils_only: frozenset[str] = frozenset()

    def holds(self, action: MovementAction, number: int) -> bool:
        """Whether the booklet has voucher ``number`` of ``action`` to fill in (a carnet
        issued here: every voucher of its sets; a registered one: the sheets it listed)."""
        if action.colour in self.counterfoils_only:
            return False
        listed = dict(self.by_action)
        return action not in listed or number <= listed[action]

    def vouchers(self, colour: str, action: MovementAction) -> int:
        """How many vouchers of ``action`` the booklet holds (``colour``: the action's)."""
        if colour in self.counterfoils_only:
            return 0
        sets: int = getattr(self, colour)
        return dict(self.by_action).get(action, sets)


@dataclass(frozen=True)
class CarnetPrintData:
    """Everything the carnet forms print.

    ``countries`` are the countries/customs territories of validity (marked with an X in cover
    box P). ``replaces`` is the number of the carnet this one replaces or duplicates.
    ``place_of_issue`` is printed in cover box I; the association's address is used when empty.
    """

    number: str
    association: Party
    holder: Party
    goods: tuple[GoodsLine, ...]
    currency: str
    issued_on: date | None = None
    valid_until: date | None = None
    kind: CarnetKind = CarnetKind.ORIGINAL
    replaces: str | None = None
    representatives: tuple[str, ...] = ()
    uses: tuple[str, ...] = ()
    use_description: str = ""
    event: str | None = None
    countries: tuple[Country, ...] = ()
    voucher_sets: VoucherSets = field(default_factory=VoucherSets)
    place_of_issue: str = ""
    proof: ProofCode | None = None  # the chamber's signed code on the cover and each voucher


@dataclass(frozen=True)
class TripVoucher:
    """One voucher a trip uses: the action and the voucher number within its colour."""

    action: MovementAction
    voucher_no: int


@dataclass(frozen=True)
class TripItem:
    """An item travelling, by general-list number; ``quantity`` None means all its pieces."""

    item_no: int
    quantity: int | None = None


@dataclass(frozen=True)
class TripSelection:
    """A planned trip: the vouchers it needs and the goods that travel.

    The holder's declaration F is filled from these fields; customs box H stays empty.
    ``referenced_vouchers`` are the opening vouchers a closing voucher refers to (importation
    vouchers for a re-exportation, exportation vouchers for a re-importation); by default the
    closing voucher's own number, as sets are used in numerical order.
    """

    vouchers: tuple[TripVoucher, ...]
    items: tuple[TripItem, ...]
    declarant: str = ""
    place: str = ""
    declared_on: date | None = None
    intended_use_at: str = ""
    transit_destination: str = ""
    means_of_transport: str = ""
    packaging: str = ""
    referenced_vouchers: tuple[int, ...] = ()

"""Value types shared by every layer."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


class CarnetStatus(StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"
    ACTIVE = "active"
    RETURNED = "returned"
    DISCHARGED = "discharged"
    CANCELLED = "cancelled"
    SUPERSEDED = "superseded"
    REPLACED = "replaced"


# A carnet in use: issued and not yet back, or replaced while goods stay under it.
IN_USE_STATUSES: tuple[str, ...] = (
    CarnetStatus.ISSUED.value,
    CarnetStatus.ACTIVE.value,
    CarnetStatus.REPLACED.value,
)


class CarnetKind(StrEnum):
    ORIGINAL = "original"
    DUPLICATE = "duplicate"
    REPLACEMENT = "replacement"


class CarnetFormat(StrEnum):
    PAPER = "paper"
    DIGITAL = "digital"
    BOTH = "both"


class VoucherColour(StrEnum):
    YELLOW = "yellow"
    WHITE = "white"
    BLUE = "blue"


class MovementAction(StrEnum):
    EXPORTATION = "exportation"
    IMPORTATION = "importation"
    RE_EXPORTATION = "re-exportation"
    RE_IMPORTATION = "re-importation"
    TRANSIT_IN = "transit-in"
    TRANSIT_OUT = "transit-out"

    @property
    def colour(self) -> VoucherColour:
        return _ACTION_COLOUR[self]

    @property
    def opens_set(self) -> bool:
        """True for the first voucher of a set (exportation, importation, transit-in)."""
        return self in (
            MovementAction.EXPORTATION,
            MovementAction.IMPORTATION,
            MovementAction.TRANSIT_IN,
        )


_ACTION_COLOUR = {
    MovementAction.EXPORTATION: VoucherColour.YELLOW,
    MovementAction.RE_IMPORTATION: VoucherColour.YELLOW,
    MovementAction.IMPORTATION: VoucherColour.WHITE,
    MovementAction.RE_EXPORTATION: VoucherColour.WHITE,
    MovementAction.TRANSIT_IN: VoucherColour.BLUE,
    MovementAction.TRANSIT_OUT: VoucherColour.BLUE,
}


class GoodsEventKind(StrEnum):
    SOLD = "sold"  # cleared for home use with duty paid
    DESTROYED = "destroyed"
    STOLEN = "stolen"
    SEIZED = "seized"
    LOST = "lost"
    REPLACED = "replaced"  # taken over by a replacement carnet (recorded by the system)
    # left the country, proven by another document than this carnet's voucher (a claim's proof)
    RE_EXPORTED = "re-exported"


class ClaimStatus(StrEnum):
    OPEN = "open"
    SETTLED_PROOF = "settled-proof"  # proof of re-exportation furnished
    SETTLED_PAID = "settled-paid"  # duties paid


class ItineraryKind(StrEnum):
    VISIT = "visit"
    TRANSIT = "transit"


# Places where goods can be, as the command-line contract names them.
HOME = "home"
EN_ROUTE = "en-route"
DISPOSED = "disposed"
TRANSFERRED = "transferred"  # shown for pieces a replacement carnet took over (ledger: disposed)
TRANSIT_PREFIX = "transit-"


def transit_place(territory: str) -> str:
    return f"{TRANSIT_PREFIX}{territory}"


def is_out_of_home(place: str) -> bool:
    """Pieces there have left the home territory and are still under the carnet: abroad, in
    transit or en route (not home, not disposed of, not taken over by a replacement)."""
    return place not in (HOME, DISPOSED, TRANSFERRED)


def is_foreign_place(place: str) -> bool:
    """A place that is a foreign customs territory the goods were imported into."""
    return place not in (HOME, EN_ROUTE, DISPOSED) and not place.startswith(TRANSIT_PREFIX)


@dataclass(frozen=True)
class ItineraryStop:
    country: str
    kind: ItineraryKind
    times: int = 1


@dataclass(frozen=True)
class GoodsLine:
    """One line of a general list as the holder wrote it."""

    item_no: int
    description: str
    pieces: int
    value: Decimal
    origin: str = ""
    weight: Decimal | None = None
    weight_unit: str = "kg"
    marks: str = ""
    heading: str = ""  # group heading(s) printed before this line ("CASE 1 – CAMERA KIT")

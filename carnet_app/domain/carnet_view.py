"""What a screen, a command or a printed form reads of one carnet: frozen views the services
build once from the records (``services.views.carnet_view``), read by attribute in the GUI and
the PDF layer, and written as the ``show`` contract's JSON by ``domain.show_contract``.

Money and weights are ``Decimal``, dates are ``date``, kinds and statuses the domain's enums.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from carnet_app.domain.messages import Message, say
from carnet_app.domain.types import (
    CarnetFormat,
    CarnetKind,
    CarnetStatus,
    ClaimStatus,
    GoodsEventKind,
    ItineraryKind,
    MovementAction,
    VoucherColour,
)


def message_code(said: Message | str) -> str | None:
    """The code of a stored message; None for a text written before messages had codes."""
    return said.code if isinstance(said, Message) else None


@dataclass(frozen=True, slots=True)
class PartyView:
    """The holder, or the issuing association (its ``code`` and ``currency`` empty for a
    holder)."""

    name: str
    address: str
    country: str
    code: str = ""
    currency: str = ""


@dataclass(frozen=True, slots=True)
class RegisteredView:
    """A carnet issued elsewhere and followed here: how it came (``typed`` from its cover or
    ``received`` as a signed file), the sheets its booklet holds by colour and action
    (``{"yellow": {"exportation": 2, ...}, "white": {"counterfoils_only": 1}}``), the key
    of the chamber that signed it."""

    source: str
    sheets: Mapping[str, Mapping[str, int]]
    issuer_key: str | None


@dataclass(frozen=True, slots=True)
class ItineraryStopView:
    """A country of the itinerary; ``added_on`` and ``security_top_up`` for a destination
    added after issue."""

    country: str
    kind: ItineraryKind
    times: int = 1
    added_on: dt.date | None = None
    security_top_up: Decimal | None = None


@dataclass(frozen=True, slots=True)
class FeeAfterIssueView:
    """Voucher sets added after issue, and their fee."""

    date: dt.date
    colour: VoucherColour
    sets: int
    amount: Decimal


@dataclass(frozen=True, slots=True)
class CarriedImportationView:
    """An importation still open when a duplicate took over, carried by the duplicate."""

    voucher: int
    territory: str
    final_date: dt.date | None
    items: Mapping[str, int]


@dataclass(frozen=True, slots=True)
class VoucherCountView:
    """One colour's vouchers: sets, vouchers issued (two per set), used and left, and for
    each action of the colour the sheets left."""

    colour: VoucherColour
    sets: int
    issued: int
    used: int
    left: int
    left_by_action: Mapping[MovementAction, int]


@dataclass(frozen=True, slots=True)
class ItemView:
    """One line of the general list and, once issued, where its pieces are (``where``:
    place → pieces; empty for a draft) and how many a replacement carnet took over
    (``transferred_to``: replacement number → pieces)."""

    item_no: int
    description: str
    marks: str
    pieces: int
    weight: Decimal | None
    weight_unit: str
    value: Decimal
    origin: str
    heading: str = ""
    where: Mapping[str, int] = field(default_factory=dict)
    transferred_to: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListEntryView:
    """A row of the printed general list: a group heading, or an item by number."""

    heading: str | None = None
    item_no: int | None = None


@dataclass(frozen=True, slots=True)
class MovementView:
    """A customs act on a voucher: the pieces it moved by item number (``items``)."""

    seq: int
    action: MovementAction
    date: dt.date
    country: str | None
    territory: str | None
    office: str
    place: str
    reference: str
    final_date: dt.date | None
    final_date_from_stay_limit: dt.date | None
    voucher_colour: VoucherColour
    voucher_no: int
    refers_to: tuple[int, ...]
    items: Mapping[str, int]
    remarks: str
    recorded_by: str


@dataclass(frozen=True, slots=True)
class GoodsEventView:
    """Goods that left the carnet without a customs act (sold, lost, taken over by a
    replacement: ``transferred_to`` names it)."""

    seq: int
    kind: GoodsEventKind
    date: dt.date
    country: str
    document: str
    transferred_to: str | None
    items: Mapping[str, int]

    @property
    def said_document(self) -> Message | str:
        """The event's document for people: a replacement carnet's number in the reader's
        language ("carnet de remplacement …"), otherwise the document as recorded."""
        if self.transferred_to:
            return say("goods-event.replacement-document", number=self.transferred_to)
        return self.document


@dataclass(frozen=True, slots=True)
class ClaimView:
    id: int
    country: str
    notified: dt.date
    amount: Decimal
    currency: str
    proof_due: dt.date
    payment_final: dt.date
    status: ClaimStatus
    settled_on: dt.date | None
    proof: str
    paid: Decimal | None
    items: Mapping[str, int | None]
    handling_fee: Decimal | None

    @property
    def is_open(self) -> bool:
        return self.status is ClaimStatus.OPEN


@dataclass(frozen=True, slots=True)
class IrregularityView:
    id: int
    # a coded message said in the reader's language; the English text of one written before
    # irregularities had codes
    message: Message | str
    found_on: dt.date
    resolved_on: dt.date | None
    # the desk's own words (accepted at discharge) as a coded message; what a clerk typed,
    # or a resolution written before resolutions had codes, as text
    resolution: Message | str


@dataclass(frozen=True, slots=True)
class CarnetView:
    """One carnet, or a draft (``number`` None, no ledger: every item's ``where`` empty)."""

    id: int
    number: str | None
    status: CarnetStatus
    kind: CarnetKind
    follows: str | None
    format: CarnetFormat
    eata_id: str | None
    version: int
    holder: PartyView
    representatives: tuple[str, ...]
    association: PartyView
    registered: RegisteredView | None
    issued_on: dt.date | None
    valid_until: dt.date | None
    uses: tuple[str, ...]
    use_description: str
    event: str | None
    itinerary: tuple[ItineraryStopView, ...]
    trips: int
    currency: str
    total_value: Decimal
    total_pieces: int
    security: Decimal | None
    security_form: str | None
    fees: Decimal | None
    fees_after_issue: tuple[FeeAfterIssueView, ...]
    replacement_consent: str | None
    carried_importations: tuple[CarriedImportationView, ...]
    returned_on: dt.date | None
    discharged_on: dt.date | None
    vouchers: tuple[VoucherCountView, ...]
    items: tuple[ItemView, ...]
    general_list: tuple[ListEntryView, ...]
    movements: tuple[MovementView, ...]
    events: tuple[GoodsEventView, ...]
    claims: tuple[ClaimView, ...]
    claim_window_closes: dt.date | None
    irregularities: tuple[IrregularityView, ...]

    @property
    def open_claims(self) -> tuple[ClaimView, ...]:
        return tuple(claim for claim in self.claims if claim.is_open)

    @property
    def open_irregularities(self) -> tuple[IrregularityView, ...]:
        return tuple(found for found in self.irregularities if not found.resolved_on)

    def voucher_count(self, colour: VoucherColour) -> VoucherCountView | None:
        return next((count for count in self.vouchers if count.colour is colour), None)


@dataclass(frozen=True, slots=True)
class ListedCarnetView:
    """A carnet as ``carnet list`` lists it (``number`` None for a draft)."""

    id: int
    number: str | None
    status: CarnetStatus
    kind: CarnetKind
    holder: str
    issued_on: dt.date | None
    valid_until: dt.date | None
    goods_abroad: bool


@dataclass(frozen=True, slots=True)
class AuditEntryView:
    """One event of the audit trail (``hash`` chains it to the one before)."""

    id: int
    at: dt.datetime
    user: str
    action: str
    carnet: str | None
    # a coded message said in the reader's language; the English text of an event written
    # before summaries had codes, shown as it was written
    summary: Message | str
    hash: str

    @property
    def code(self) -> str | None:
        return message_code(self.summary)


@dataclass(frozen=True, slots=True)
class CarnetDetailView:
    """What the desk's detail page reads: the carnet, its days left before expiry, its audit
    history, the actions this desk offers on it now and the title it shows under."""

    carnet: CarnetView
    days_left: int | None
    history: tuple[AuditEntryView, ...]
    actions: frozenset[str]
    label: str

"""The derived rows of a demo carnet, worked out from what the demo writes instead of read back
and rebuilt: its deadlines (the domain's ``carnet_alerts`` on the facts the demo knows), its
list columns, its carnet codes and its goods position. They are exactly what the desk's own
builders give (``deadlines.rebuild_all``, ``list_columns``, ``carnet_codes``,
``positions.rebuild_positions``); a test compares them on a demo database.

A demo carnet's ledger is simple: every piece exported, imported into the first destination
under importation voucher 1, and maybe brought back; nothing else. Rows are tuples in the
order of the ``*_COLUMNS`` names (every table the demo writes has its layout here), money as
integer cents (what the database stores)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from carnet_app.db.code_models import CarnetCode
from carnet_app.db.models import (
    Carnet,
    Claim,
    Deadline,
    GoodsItem,
    Movement,
    MovementLine,
    VoucherSet,
)
from carnet_app.db.position_models import GoodsPosition
from carnet_app.domain.alerts import (
    CarnetDeadlineFacts,
    OpenClaim,
    OpenFinalDate,
    carnet_alerts,
)
from carnet_app.domain.messages import say
from carnet_app.domain.stored_messages import message_to_json
from carnet_app.domain.types import CarnetStatus
from carnet_app.services.carnet_codes import codes_of
from carnet_app.services.deadlines import category_of, countries_key
from carnet_app.services.list_columns import first_country

# one row of a derived table, its columns in the table's order
Row = tuple[object, ...]

DEADLINE_COLUMNS = (
    "carnet_id",
    "number",
    "holder_id",
    "category",
    "kind",
    "due",
    "countries",
    "message",
    "focus",
)
CODE_COLUMNS = (
    "carnet_id",
    "kind",
    "code",
    "status",
    "currency",
    "issued_on",
    "security_amount",
    "security_released_on",
)
POSITION_COLUMNS = ("carnet_id", "place", "pieces", "value", "since")
# the list columns are written with the carnet row itself
LIST_COLUMNS = ("item_count", "value_total", "first_country", "open_claims")
DERIVED_TABLES = {
    Deadline.__tablename__: DEADLINE_COLUMNS,
    CarnetCode.__tablename__: CODE_COLUMNS,
    GoodsPosition.__tablename__: POSITION_COLUMNS,
}
_STATUSES = {status.value: status for status in CarnetStatus}


@dataclass(frozen=True)
class StillAbroad:
    """The goods of a demo carnet left in its first destination: where, since when, until
    which customs final date."""

    territory: str
    since: date
    final_date: date
    pieces: int


@dataclass(frozen=True)
class DemoCarnet:
    """What the derived rows of one demo carnet depend on."""

    carnet_id: int
    number: str | None
    holder_id: int
    status: str
    issued_on: date | None
    valid_until: date | None
    itinerary: Sequence[Mapping[str, object]]
    uses: Sequence[str]
    currency: str
    security_cents: int | None
    value_cents: int
    abroad: StillAbroad | None = None
    open_claim: OpenClaim | None = None


def list_columns(
    itinerary: Sequence[Mapping[str, object]], items: int, value_cents: int, open_claims: int
) -> tuple[int, int, str, int]:
    """The carnet row's list columns, in ``LIST_COLUMNS`` order."""
    return items, value_cents, first_country(itinerary), open_claims


def deadline_rows(carnet: DemoCarnet, hold_months: int) -> list[Row]:
    if carnet.valid_until is None:  # a draft: no alerts
        return []
    abroad = carnet.abroad
    # what the alerts depend on besides the number: over a million carnets, a few thousand
    # expiry dates and statuses, so each is worked out once (a claim's id is its own)
    key = (
        carnet.status,
        carnet.valid_until,
        None if abroad is None else (abroad.territory, abroad.final_date, abroad.pieces),
        carnet.open_claim,
        hold_months,
    )
    alerts = _ALERTS.get(key) if carnet.open_claim is None else None
    if alerts is None:
        alerts = _alerts(carnet, hold_months)
        if carnet.open_claim is None:
            if len(_ALERTS) >= _ALERTS_KEPT:
                _ALERTS.clear()
            _ALERTS[key] = alerts
    countries = countries_key(carnet.itinerary)
    number = carnet.number or ""
    return [
        (carnet.carnet_id, number, carnet.holder_id, category, kind, due, countries, said, focus)
        for category, kind, due, said, focus in alerts
    ]


# the alerts of a carnet as (category, kind, due, message as stored, focus), by what they
# depend on (``deadline_rows``)
_ALERTS: dict[tuple[object, ...], list[tuple[str, str, date, str, str]]] = {}
_ALERTS_KEPT = 50_000


def _alerts(carnet: DemoCarnet, hold_months: int) -> list[tuple[str, str, date, str, str]]:
    """The domain's alerts of the carnet, without its number (which the rows add)."""
    assert carnet.valid_until is not None
    abroad = carnet.abroad
    facts = CarnetDeadlineFacts(
        number="",
        status=_STATUSES[carnet.status],
        valid_until=carnet.valid_until,
        goods_abroad=abroad is not None,
        open_final_dates=()
        if abroad is None
        else (
            OpenFinalDate(
                abroad.territory,
                abroad.final_date,
                say("alert.voucher-importation", no=1),
                abroad.pieces,
            ),
        ),
        open_claims=() if carnet.open_claim is None else (carnet.open_claim,),
        security_hold_months=hold_months,
    )
    return [
        (
            category_of(alert.kind.value),
            alert.kind.value,
            alert.due,
            message_to_json(alert.message),
            alert.focus,
        )
        for alert in carnet_alerts(facts, today=date.min)  # urgency is not stored
    ]


def code_rows(carnet: DemoCarnet) -> list[Row]:
    return [
        (
            carnet.carnet_id,
            kind,
            code,
            carnet.status,
            carnet.currency,
            carnet.issued_on,
            carnet.security_cents,
            None,
        )
        for kind, code in sorted(codes_of(carnet.itinerary, carnet.uses))
    ]


def position_rows(carnet: DemoCarnet) -> list[Row]:
    """What the ledger's replay gives: every piece in the first destination since its
    importation."""
    abroad = carnet.abroad
    if abroad is None:
        return []
    return [(carnet.carnet_id, abroad.territory, abroad.pieces, carnet.value_cents, abroad.since)]


CARNET_COLUMNS = (
    "id",
    "number",
    "status",
    "kind",
    "follows_id",
    "format",
    "eata_id",
    "association_id",
    "holder_id",
    "representatives",
    "uses",
    "use_description",
    "event",
    "itinerary",
    "trips",
    "departure",
    "member",
    "currency",
    "issued_on",
    "valid_until",
    "security_amount",
    "security_form",
    "security_released_on",
    "fees_total",
    "quote",
    "opening_positions",
    "returned_on",
    "discharged_on",
    "cancelled_on",
    "goods_abroad",
    *LIST_COLUMNS,
    "created_at",
    "updated_at",
    "version",
)
ITEM_COLUMNS = (
    "carnet_id",
    "item_no",
    "description",
    "marks",
    "pieces",
    "weight",
    "weight_unit",
    "value",
    "origin",
)
VOUCHER_COLUMNS = ("carnet_id", "colour", "sets", "at_issue", "added_on", "fee")
MOVEMENT_COLUMNS = (
    "id",
    "carnet_id",
    "seq",
    "action",
    "date",
    "country",
    "territory",
    "customs_office",
    "place",
    "reference",
    "final_date",
    "remarks",
    "voucher_colour",
    "voucher_no",
    "refers_to",
    "recorded_at",
    "recorded_by",
)
LINE_COLUMNS = ("movement_id", "item_no", "quantity")
CLAIM_COLUMNS = (
    "id",
    "carnet_id",
    "country",
    "notified_on",
    "amount",
    "currency",
    "proof_due",
    "payment_final",
    "status",
    "settled_on",
    "proof",
    "paid_amount",
)
# money and weights written as the integer units the database keeps (cents, grams)
STORED = frozenset(
    {"security_amount", "fees_total", "value_total", "value", "weight", "amount", "paid_amount"}
    # JSON columns: their stored form, made once per distinct value
    | {"representatives", "uses", "itinerary", "quote", "opening_positions", "refers_to"}
)
FEES_CENTS = 34_000


# a batch's movements that move every item of their carnet: (carnet id, first movement id,
# movements, each item's pieces)
Moved = tuple[int, int, int, list[int]]


class Rows:
    """Rows waiting to be written, per table, in the order the foreign keys need."""

    def __init__(self) -> None:
        self.tables: dict[str, list[Row]] = {name: [] for name, _ in TABLES}
        # their lines are written from the goods lines in SQL
        self.moved: list[Moved] = []
        self.moved_lines = 0

    def size(self) -> int:
        t = self.tables
        lines = len(t["movement_lines"]) + self.moved_lines
        return len(t["carnets"]) + len(t["goods_items"]) + lines


TABLES: list[tuple[str, tuple[str, ...]]] = [
    ("carnets", CARNET_COLUMNS),
    ("goods_items", ITEM_COLUMNS),
    ("voucher_sets", VOUCHER_COLUMNS),
    ("movements", MOVEMENT_COLUMNS),
    ("movement_lines", LINE_COLUMNS),
    ("claims", CLAIM_COLUMNS),
    *DERIVED_TABLES.items(),
]
MODELS: dict[str, Any] = {
    model.__tablename__: model
    for model in (
        Carnet,
        GoodsItem,
        VoucherSet,
        Movement,
        MovementLine,
        Claim,
        Deadline,
        CarnetCode,
        GoodsPosition,
    )
}

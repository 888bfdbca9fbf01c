"""Realistic demo databases: holders, general lists of 1–300 items, carnets in every state,
movements that the ledger accepts, claims. Bulk inserts so 100,000 carnets take well under
two minutes on a small machine."""

from __future__ import annotations

import operator
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, text
from sqlalchemy.orm import Session

from carnet_app.db.bulk import search_index_suspended
from carnet_app.db.models import (
    Association,
    Carnet,
    Claim,
    GoodsItem,
    Holder,
    Movement,
    MovementLine,
    VoucherSet,
)
from carnet_app.db.position_models import GoodsPosition
from carnet_app.domain.calendar import claim_deadlines, valid_until
from carnet_app.domain.countries import AtaStatus, UseAcceptance
from carnet_app.domain.numbering import format_number
from carnet_app.services import deadlines as deadline_table
from carnet_app.services import list_columns
from carnet_app.services.audit import record_audit
from carnet_app.services.audit_bulk import prove_carnets
from carnet_app.services.carnet_codes import refresh_codes
from carnet_app.services.portability import advance_id_sequences
from carnet_app.services.reference import country_table

BATCH = 2_000

FIRST = [
    "Atelier",
    "Studio",
    "Maison",
    "Ateliers",
    "Société",
    "Groupe",
    "Compagnie",
    "Bureau",
    "Werkstatt",
    "Fabbrica",
    "Estudio",
    "Laboratoire",
    "Productions",
    "Optique",
]
SECOND = [
    "Lumière",
    "Horizon",
    "Boréal",
    "Vallée",
    "Atlas",
    "Mistral",
    "Orion",
    "Cèdre",
    "Granit",
    "Azur",
    "Rhône",
    "Loire",
    "Alpes",
    "Nordique",
    "Sirocco",
    "Opale",
    "Северная нить",
    "東京",
    "Ελληνική",
    "Κύκλος",
]
FORMS = ["SARL", "SAS", "SA", "GmbH", "S.r.l.", "Ltd", "S.L.", "& Fils"]
CITIES = [
    ("Lyon", "69001"),
    ("Paris", "75011"),
    ("Marseille", "13002"),
    ("Lille", "59000"),
    ("Nantes", "44000"),
    ("Bordeaux", "33000"),
    ("Grenoble", "38000"),
    ("Strasbourg", "67000"),
    ("Toulouse", "31000"),
    ("Rennes", "35000"),
]
PRODUCTS = [
    ("Digital cinema camera body ARRI Alexa Mini LF", "DE", 62000),
    ("Prime lens Zeiss Supreme Prime 50 mm", "DE", 14200),
    ("Zoom lens Angenieux Optimo 24-290 mm", "FR", 71000),
    ("LED panel ARRI SkyPanel S60-C", "DE", 5900),
    ("Wireless video transmitter Teradek Bolt 6", "US", 7400),
    ("Field monitor SmallHD Cine 7", "US", 2900),
    ("Audio recorder Sound Devices 833", "US", 4300),
    ("Laptop Apple MacBook Pro 16", "CN", 3600),
    ("Espresso machine Aurora 2 groups", "IT", 8900),
    ("LED screen Samsung QM55B 55 inch", "KR", 2900),
    ("Demonstration turbine model 1:10", "FR", 18500),
    ("Fabric sample book spring collection", "FR", 180),
    ("Watch prototype steel case", "CH", 4200),
    ("Drone DJI Inspire 3", "CN", 16500),
    ("Tripod legs Sachtler flowtech 100", "DE", 2100),
    ("Measuring instrument Keysight N9020B", "MY", 39000),
    ("Surgical microscope demonstrator", "DE", 54000),
    ("Electric guitar Fender Stratocaster", "US", 1900),
    ("Grand piano Steinway model B", "DE", 98000),
    ("Mannequin with evening dress", "FR", 1400),
]
DESTINATIONS = [
    "CH",
    "NO",
    "GB",
    "US",
    "JP",
    "KR",
    "SG",
    "AU",
    "CA",
    "TR",
    "IL",
    "ZA",
    "AE",
    "CN",
    "HK",
    "NZ",
    "MA",
    "RS",
]
USES = ["PE", "PE", "PE", "EF", "EF", "CS"]
USE_DESCRIPTIONS = {
    "PE": "Professional equipment",
    "EF": "Goods for display at a trade fair",
    "CS": "Commercial samples",
}
# an EF carnet names its event (box C): a fair's name and place
EVENTS = [
    "Salon international de l'audiovisuel, Genève",
    "Baselworld, Messe Basel",
    "Oslo Design Fair, Lillestrøm",
    "Tokyo International Gift Show, Big Sight",
    "Milano Design Week, Fiera Milano Rho",
]


@dataclass
class _Rows:
    carnets: list[dict[str, Any]] = field(default_factory=list)
    items: list[dict[str, Any]] = field(default_factory=list)
    vouchers: list[dict[str, Any]] = field(default_factory=list)
    movements: list[dict[str, Any]] = field(default_factory=list)
    lines: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    positions: list[dict[str, Any]] = field(default_factory=list)

    def size(self) -> int:
        return len(self.lines) + len(self.items) + len(self.carnets)


@dataclass(frozen=True)
class DemoSummary:
    carnets: int
    holders: int
    items: int
    movements: int
    claims: int
    by_status: dict[str, int]


def _item_count(rng: random.Random) -> int:
    roll = rng.random()
    if roll < 0.80:
        return rng.randint(1, 8)
    if roll < 0.97:
        return rng.randint(9, 40)
    return rng.randint(41, 300)


def _ensure_association(session: Session) -> Association:
    association = session.execute(select(Association).order_by(Association.id)).scalars().first()
    if association is None:
        association = Association(
            name="Chambre de commerce et d'industrie de démonstration",
            country="FR",
            code="DEMO",
            currency="EUR",
            address="2 place de la Bourse, 69002 Lyon, France",
            number_format="{country}/{code}/{serial:06d}",
            next_serial=1,
        )
        session.add(association)
        session.flush()
    return association


def fill_demo_data(
    session: Session, *, carnets: int, seed: int = 1, today: date, user: str
) -> DemoSummary:
    """Add ``carnets`` demo carnets (and their holders) in one transaction."""
    with search_index_suspended(session):
        summary = _fill(session, carnets=carnets, seed=seed, today=today, user=user)
    advance_id_sequences(session)  # rows went in with explicit ids: PostgreSQL's counters follow
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("ANALYZE"))  # fresh statistics: the planner uses the new indexes
    return summary


def _fill(session: Session, *, carnets: int, seed: int = 1, today: date, user: str) -> DemoSummary:
    rng = random.Random(seed)
    association = _ensure_association(session)
    table = country_table(session)
    destinations_for = {
        use: [
            code
            for code in DESTINATIONS
            if (rule := table.territory_rule(code)) is not None
            and rule.use_acceptance(use) is UseAcceptance.YES
            and rule.status is AtaStatus.ACTIVE
        ]
        for use in set(USES)
    }
    connection = session.connection()
    now = datetime.now(UTC)
    holder_count = max(1, min(5_000, carnets // 20 + 1))
    first_holder = _next_id(session, Holder)
    holders = []
    for n in range(holder_count):
        city, postcode = rng.choice(CITIES)
        holders.append(
            {
                "id": first_holder + n,
                "name": f"{rng.choice(FIRST)} {rng.choice(SECOND)} {rng.choice(FORMS)} {n + 1}",
                "address": f"{rng.randint(1, 120)} rue de la République, {postcode} {city}, France",
                "country": "FR",
            }
        )
    _insert(connection, Holder.__table__, holders)

    carnet_id = _next_id(session, Carnet)
    first_carnet = carnet_id
    movement_id = _next_id(session, Movement)
    serial = association.next_serial
    rows = _Rows()
    by_status: dict[str, int] = {}
    totals = {"items": 0, "movements": 0, "claims": 0}
    for _ in range(carnets):
        status, issued = _pick_status(rng, today)
        holder = holders[rng.randrange(holder_count)]
        use = rng.choice(USES)
        allowed = destinations_for[use]
        visits = rng.sample(allowed, min(len(allowed), rng.choice([1, 1, 1, 2, 2, 3])))
        transit = "CH" if "CH" not in visits and rng.random() < 0.15 else None
        itinerary = [{"country": c, "kind": "visit", "times": 1} for c in visits]
        if transit:
            itinerary.append({"country": transit, "kind": "transit", "times": 1})
        number = None
        until = None
        if status != "draft":
            number = format_number(
                association.number_format,
                country=association.country,
                code=association.code,
                serial=serial,
                issued_on=issued,
            )
            serial += 1
            until = valid_until(issued)
        count = _item_count(rng)
        pieces: list[int] = []
        value_total = Decimal(0)
        for item_no in range(1, count + 1):
            name, origin, price = PRODUCTS[rng.randrange(len(PRODUCTS))]
            quantity = rng.choice([1, 1, 1, 2, 4])
            value = Decimal(price) * quantity
            value_total += value
            pieces.append(quantity)
            rows.items.append(
                {
                    "carnet_id": carnet_id,
                    "item_no": item_no,
                    "description": f"{name}, S/N {rng.randint(10**6, 10**7 - 1)}",
                    "marks": "",
                    "pieces": quantity,
                    "weight": Decimal(rng.randint(1, 400)) / 10,
                    "weight_unit": "kg",
                    "value": value,
                    "origin": origin,
                }
            )
        totals["items"] += count
        goods_abroad = False
        if status not in ("draft", "cancelled"):
            assert until is not None
            rows.vouchers.extend(
                [
                    {
                        "carnet_id": carnet_id,
                        "colour": "yellow",
                        "sets": 1,
                        "at_issue": True,
                        "added_on": issued,
                        "fee": None,
                    },
                    {
                        "carnet_id": carnet_id,
                        "colour": "white",
                        "sets": len(visits),
                        "at_issue": True,
                        "added_on": issued,
                        "fee": None,
                    },
                ]
            )
            if transit:
                rows.vouchers.append(
                    {
                        "carnet_id": carnet_id,
                        "colour": "blue",
                        "sets": 1,
                        "at_issue": True,
                        "added_on": issued,
                        "fee": None,
                    }
                )
            plan = list(_movement_plan(rng, status, issued, until, today, visits[0], pieces))
            for seq, (action, on, territory, quantities, final, colour, voucher) in enumerate(
                plan, start=1
            ):
                rows.movements.append(
                    {
                        "id": movement_id,
                        "carnet_id": carnet_id,
                        "seq": seq,
                        "action": action,
                        "date": on,
                        "country": territory,
                        "territory": territory,
                        "customs_office": f"{territory or 'FR'} customs office",
                        "place": "",
                        "reference": f"REF{rng.randint(10000, 99999)}",
                        "final_date": final,
                        "remarks": "",
                        "voucher_colour": colour,
                        "voucher_no": voucher,
                        "refers_to": [1] if action == "re-exportation" else [],
                        "recorded_at": now,
                        "recorded_by": user,
                    }
                )
                for item_no, quantity in quantities.items():
                    rows.lines.append(
                        {"movement_id": movement_id, "item_no": item_no, "quantity": quantity}
                    )
                movement_id += 1
            totals["movements"] += len(plan)
            goods_abroad = status == "active" and bool(plan) and plan[-1][0] != "re-importation"
            rows.positions += _positions(carnet_id, goods_abroad, plan, pieces, value_total)
            if status in ("returned", "discharged") and rng.random() < 0.04:
                notified = min(today, until + timedelta(days=rng.randint(30, 300)))
                deadlines = claim_deadlines(notified)
                open_claim = status == "returned"
                rows.claims.append(
                    {
                        "carnet_id": carnet_id,
                        "country": visits[0],
                        "notified_on": notified,
                        "amount": (value_total * Decimal("0.2")).quantize(Decimal("0.01")),
                        "currency": "EUR",
                        "proof_due": deadlines.proof_due,
                        "payment_final": deadlines.payment_final,
                        "status": "open" if open_claim else "settled-proof",
                        "settled_on": None if open_claim else notified + timedelta(days=40),
                        "proof": "" if open_claim else "re-exportation counterfoil stamped",
                        "paid_amount": None,
                    }
                )
                totals["claims"] += 1
        rows.carnets.append(
            {
                "id": carnet_id,
                "number": number,
                "status": status,
                "kind": "original",
                "follows_id": None,
                "format": rng.choice(["paper", "paper", "both"]),
                "eata_id": None,
                "association_id": association.id,
                "holder_id": holder["id"],
                "representatives": [],
                "uses": [use],
                "use_description": USE_DESCRIPTIONS[use],
                "event": EVENTS[carnet_id % len(EVENTS)] if use == "EF" else None,
                "itinerary": itinerary,
                "trips": 1,
                "departure": None,
                "member": True,
                "currency": "EUR",
                "issued_on": None if status == "draft" else issued,
                "valid_until": until,
                "security_amount": None
                if status == "draft"
                else (value_total * Decimal("0.4")).quantize(Decimal("0.01")),
                "security_form": "bank-guarantee",
                "security_released_on": None,
                "fees_total": None if status == "draft" else Decimal("340.00"),
                "quote": None,
                "opening_positions": None,
                "returned_on": until - timedelta(days=20)
                if status in ("returned", "discharged") and until
                else None,
                "discharged_on": until if status == "discharged" else None,
                "cancelled_on": issued if status == "cancelled" else None,
                "goods_abroad": goods_abroad,
                "created_at": now,
                "updated_at": now,
                "version": 1,
            }
        )
        by_status[status] = by_status.get(status, 0) + 1
        carnet_id += 1
        if rows.size() >= BATCH * 20:
            _flush(connection, rows)
            rows = _Rows()
    _flush(connection, rows)
    # bulk inserts bypass the ORM's write hook: the new carnets' deadlines, in this transaction
    # (the goods positions went in with the rows: what the ledger's replay gives for the demo's
    # movement plans, without replaying 100,000 ledgers)
    list_columns.refresh_list_columns(session, range(first_carnet, carnet_id))
    deadline_table.refresh_carnets(session, range(first_carnet, carnet_id))
    refresh_codes(session, range(first_carnet, carnet_id))
    association.next_serial = serial
    prove_carnets(session, range(first_carnet, carnet_id), user=user)  # under the audit chain
    record_audit(
        session,
        user=user,
        action="demo-data",
        summary=f"{carnets} demo carnets added (seed {seed})",
        after={"carnets": carnets, "by_status": by_status},
    )
    return DemoSummary(
        carnets=carnets,
        holders=holder_count,
        items=totals["items"],
        movements=totals["movements"],
        claims=totals["claims"],
        by_status=by_status,
    )


def _positions(
    carnet_id: int,
    goods_abroad: bool,
    plan: list[tuple[str, date, str | None, dict[int, int], date | None, str, int]],
    pieces: list[int],
    value_total: Decimal,
) -> list[dict[str, Any]]:
    """The goods-positions row the ledger's replay gives for a demo plan: every piece imported
    into the first destination, still there since that day."""
    if not goods_abroad:
        return []
    _, imported_on, territory, _, _, _, _ = plan[-1]
    return [
        {
            "carnet_id": carnet_id,
            "place": territory,
            "pieces": sum(pieces),
            "value": value_total.quantize(Decimal("0.01")),
            "since": imported_on,
        }
    ]


def _pick_status(rng: random.Random, today: date) -> tuple[str, date]:
    roll = rng.random()
    if roll < 0.04:
        return "draft", today
    if roll < 0.07:
        return "cancelled", today - timedelta(days=rng.randint(1, 600))
    if roll < 0.20:
        return "issued", today - timedelta(days=rng.randint(0, 200))
    if roll < 0.55:
        return "active", today - timedelta(days=rng.randint(5, 360))
    if roll < 0.68:
        return "returned", today - timedelta(days=rng.randint(370, 700))
    return "discharged", today - timedelta(days=rng.randint(400, 1000))


def _movement_plan(
    rng: random.Random,
    status: str,
    issued: date,
    until: date,
    today: date,
    country: str,
    pieces: list[int],
) -> Iterator[tuple[str, date, str | None, dict[int, int], date | None, str, int]]:
    """Movements the ledger accepts: out, into the first destination, and maybe back."""
    if status in ("issued", "cancelled"):
        return
    everything = {n: q for n, q in enumerate(pieces, start=1)}
    last_day = min(today, until)
    span = max(1, (last_day - issued).days)
    out = issued + timedelta(days=rng.randint(0, max(0, min(span, 30) - 1)))
    final = min(until, out + timedelta(days=rng.choice([90, 180, 365])))
    yield "exportation", out, None, everything, None, "yellow", 1
    yield "importation", out, country, everything, final, "white", 1
    if status == "active" and rng.random() < 0.6:
        return
    back = min(last_day, out + timedelta(days=rng.randint(3, 60)))
    yield "re-exportation", back, country, everything, None, "white", 1
    yield "re-importation", back, None, everything, None, "yellow", 1


def _flush(connection: Connection, rows: _Rows) -> None:
    _insert(connection, Carnet.__table__, rows.carnets)
    _insert(connection, GoodsItem.__table__, rows.items)
    _insert(connection, VoucherSet.__table__, rows.vouchers)
    _insert(connection, Movement.__table__, rows.movements)
    _insert(connection, MovementLine.__table__, rows.lines)
    _insert(connection, Claim.__table__, rows.claims)
    _insert(connection, GoodsPosition.__table__, rows.positions)


def _insert(connection: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    """Many rows at once, straight to the driver's executemany: each column's bind processor
    (dates, money, JSON) applied once per value, none of SQLAlchemy's per-row statement work
    (five times faster on 20 million goods lines)."""
    assert isinstance(table, Table)
    if not rows:
        return
    names = list(rows[0])
    style = connection.dialect.paramstyle
    if style not in ("qmark", "format", "pyformat") or any(len(r) != len(names) for r in rows):
        for start in range(0, len(rows), BATCH * 5):
            connection.execute(insert(table), rows[start : start + BATCH * 5])
        return
    processors = [table.c[name].type._cached_bind_processor(connection.dialect) for name in names]
    quote = connection.dialect.identifier_preparer.quote
    mark = "?" if style == "qmark" else "%s"
    statement = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
        f"VALUES ({', '.join(mark for _ in names)})"
    )
    # the values in column order at C speed, then only the columns that need converting
    values_of = operator.itemgetter(*names) if len(names) > 1 else lambda row: (row[names[0]],)
    converted = [(n, process) for n, process in enumerate(processors) if process is not None]
    for start in range(0, len(rows), BATCH * 5):
        values: list[Any] = []
        for row in rows[start : start + BATCH * 5]:
            found = values_of(row)
            if converted:
                found = list(found)
                for n, process in converted:
                    found[n] = process(found[n])
            values.append(tuple(found))
        connection.exec_driver_sql(statement, values)


def _next_id(session: Session, model: Any) -> int:
    return int(session.execute(select(func.coalesce(func.max(model.id), 0))).scalar_one()) + 1

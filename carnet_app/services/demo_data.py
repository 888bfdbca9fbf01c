"""Realistic demo databases: holders, general lists of 1–300 items, carnets in every state,
movements that the ledger accepts, claims. Rows go to the driver in bulk as tuples, with their
derived rows (deadlines, list columns, carnet codes, goods positions) worked out on the way
(``demo_rows``) instead of rebuilt from the tables afterwards."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from carnet_app.db.bulk import (
    analyze_filled,
    analyze_others,
    bulk_page_cache,
    indexes_suspended,
    insert_rows,
    search_index_suspended,
    stored_rows,
)
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
from carnet_app.db.search_documents import TABLE as SEARCH_DOCUMENTS
from carnet_app.db.search_documents import has_search_documents
from carnet_app.domain.alerts import OpenClaim
from carnet_app.domain.calendar import SECURITY_HOLD_MONTHS, claim_deadlines, valid_until
from carnet_app.domain.countries import AtaStatus, UseAcceptance
from carnet_app.domain.messages import say
from carnet_app.domain.numbering import format_number
from carnet_app.services import demo_rows
from carnet_app.services.audit import record_audit
from carnet_app.services.audit_bulk import prove_carnets
from carnet_app.services.bundle_hasher import BundleHasher
from carnet_app.services.demo_catalogue import (
    CITIES,
    DESTINATIONS,
    EVENTS,
    FIRST,
    FORMS,
    PRODUCTS,
    SECOND,
    USE_DESCRIPTIONS,
    USES,
)
from carnet_app.services.demo_draws import Plan, item_count, movement_plan, pick_status
from carnet_app.services.demo_rows import FEES_CENTS, MODELS, STORED, TABLES, Rows
from carnet_app.services.demo_writer import Batch, BatchWriter, table_of
from carnet_app.services.drawn_bundles import DrawnBundles
from carnet_app.services.portability import advance_id_sequences
from carnet_app.services.reference import country_table

QUANTITIES = (1, 1, 1, 2, 4)
# their indexes are made again after the load rather than kept up to date row by row
BULK_INDEXED = tuple(name for name, _ in TABLES)
ROWS_PER_FLUSH = 40_000


@dataclass(frozen=True)
class DemoSummary:
    carnets: int
    holders: int
    items: int
    movements: int
    claims: int
    by_status: dict[str, int]


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
    with search_index_suspended(session, items_by_range=True) as indexed, bulk_page_cache(session):
        filler = _Filler(session, seed=seed, today=today, user=user, items_search=indexed)
        documents = (SEARCH_DOCUMENTS,) if filler.documents else ()
        with indexes_suspended(session, BULK_INDEXED + documents):
            filler.load(carnets)
        analyze_filled(session, BULK_INDEXED + documents)
        summary = filler.prove()
    advance_id_sequences(session)  # rows went in with explicit ids: PostgreSQL's counters follow
    analyze_others(session, BULK_INDEXED + documents)  # the planner knows every table's size
    return summary


class _Filler:
    """One demo load: draws each carnet, keeps its rows (and its derived rows) and writes
    them in batches."""

    def __init__(
        self, session: Session, *, seed: int, today: date, user: str, items_search: bool
    ) -> None:
        self.session = session
        self.items_search = items_search  # SQLite's item index, filled batch by batch
        self.rng = random.Random(seed)
        self.seed = seed
        self.today = today
        self.user = user
        self.association = _ensure_association(session)
        self.hold_months = self.association.security_hold_months or SECURITY_HOLD_MONTHS
        table = country_table(session)
        self.destinations_for = {
            use: [
                code
                for code in DESTINATIONS
                if (rule := table.territory_rule(code)) is not None
                and rule.use_acceptance(use) is UseAcceptance.YES
                and rule.status is AtaStatus.ACTIVE
            ]
            for use in set(USES)
        }
        self.connection = session.connection()
        self.now = datetime.now(UTC)
        itinerary = table_of(Carnet).c.itinerary
        json_form = itinerary.type._cached_bind_processor(self.connection.dialect)
        self._as_json: Callable[[Any], Any] = json_form or (lambda value: value)
        if self.connection.dialect.name == "postgresql":  # COPY writes the text the driver would
            self._as_json = json.dumps
        self._json_forms: dict[Any, Any] = {}
        self.rows = Rows()
        self.carnets = 0
        self.holders: list[int] = []
        self.first_carnet = self.carnet_id = self.movement_id = self.claim_id = 0
        self.line_id = 0
        self.serial = self.association.next_serial
        self.by_status: dict[str, int] = {}
        self.totals = {"items": 0, "movements": 0, "claims": 0}
        self.drawn: DrawnBundles | None = None  # the load's digests, once every batch is in
        self.hasher: BundleHasher | None = None
        self.writer: BatchWriter | None = None
        self.batch_first = 0  # the first carnet of the batch being drawn
        self.documents = has_search_documents(session)  # PostgreSQL's, filled batch by batch

    def load(self, carnets: int) -> None:
        """Draw and write the carnets, their holders and every row under them."""
        session, rng = self.session, self.rng
        self.carnets = carnets
        self.holders = self._holders(carnets)
        self.first_carnet = self.carnet_id = _next_id(session, Carnet)
        self.movement_id = _next_id(session, Movement)
        self.claim_id = _next_id(session, Claim)
        self.serial = self.association.next_serial
        self.batch_first = self.first_carnet
        # the proof from the rows as written: the ids the database assigns are worked out,
        # so PostgreSQL's sequences first hand out the next id after the highest
        advance_id_sequences(session)
        self.line_id = _next_id(session, MovementLine)
        hasher = BundleHasher(
            self.first_carnet,
            {
                model.__tablename__: _next_id(session, model)
                for model in (GoodsItem, VoucherSet, MovementLine)
            },
            carnets=carnets,
        )
        with hasher:
            self.hasher = hasher
            with BatchWriter(
                self.connection, documents=self.documents, items_search=self.items_search
            ) as writer:
                self.writer = writer
                for _ in range(carnets):
                    self._carnet(self.holders[rng.randrange(len(self.holders))])
                    if self.rows.size() >= ROWS_PER_FLUSH:
                        self._flush()
                self._flush()
            self.drawn = hasher.result()
        self.writer = None
        self.hasher = None
        self.association.next_serial = self.serial

    def prove(self) -> DemoSummary:
        """The loaded rows, final, under the audit chain; what was added."""
        session = self.session
        drawn = self.drawn
        prove_carnets(
            session,
            range(self.first_carnet, self.carnet_id),
            user=self.user,
            known=drawn.batch if drawn is not None and drawn.ids_hold(session) else None,
        )
        record_audit(
            session,
            user=self.user,
            action="demo-data",
            summary=say("trail.demo-data", carnets=self.carnets, seed=self.seed),
            after={"carnets": self.carnets, "by_status": self.by_status},
        )
        return DemoSummary(
            carnets=self.carnets,
            holders=len(self.holders),
            items=self.totals["items"],
            movements=self.totals["movements"],
            claims=self.totals["claims"],
            by_status=self.by_status,
        )

    def _holders(self, carnets: int) -> list[int]:
        rng = self.rng
        first = _next_id(self.session, Holder)
        rows = []
        for n in range(max(1, min(5_000, carnets // 20 + 1))):
            city, postcode = rng.choice(CITIES)
            name = f"{rng.choice(FIRST)} {rng.choice(SECOND)} {rng.choice(FORMS)} {n + 1}"
            address = f"{rng.randint(1, 120)} rue de la République, {postcode} {city}, France"
            rows.append((first + n, name, address, "FR"))
        holders = table_of(Holder)
        insert_rows(self.connection, holders, ("id", "name", "address", "country"), rows)
        return [row[0] for row in rows]

    def _carnet(self, holder_id: int) -> None:
        rng, association, tables = self.rng, self.association, self.rows.tables
        carnet_id = self.carnet_id
        status, issued = pick_status(rng, self.today)
        use = rng.choice(USES)
        allowed = self.destinations_for[use]
        visits = rng.sample(allowed, min(len(allowed), rng.choice([1, 1, 1, 2, 2, 3])))
        transit = "CH" if "CH" not in visits and rng.random() < 0.15 else None
        itinerary: list[dict[str, Any]] = [
            {"country": c, "kind": "visit", "times": 1} for c in visits
        ]
        if transit:
            itinerary.append({"country": transit, "kind": "transit", "times": 1})
        number = None
        until = None
        if status != "draft":
            number = format_number(
                association.number_format,
                country=association.country,
                code=association.code,
                serial=self.serial,
                issued_on=issued,
            )
            self.serial += 1
            until = _valid_until(issued)
        pieces, value_euros = self._items(carnet_id)
        value_cents = value_euros * 100
        abroad = None
        open_claim = None
        if status not in ("draft", "cancelled"):
            assert until is not None
            self._vouchers(carnet_id, issued, len(visits), transit is not None)
            plan = list(movement_plan(rng, status, issued, until, self.today, visits[0], pieces))
            self._movements(carnet_id, plan, pieces)
            if status == "active" and plan and plan[-1][0] != "re-importation":
                _, since, territory, _, final, _, _ = plan[-1]
                assert territory is not None and final is not None
                abroad = demo_rows.StillAbroad(territory, since, final, sum(pieces))
            if status in ("returned", "discharged") and rng.random() < 0.04:
                open_claim = self._claim(carnet_id, status, until, visits[0], value_euros)
        tables["carnets"].append(
            (
                carnet_id,
                number,
                status,
                "original",
                None,
                rng.choice(["paper", "paper", "both"]),
                None,
                association.id,
                holder_id,
                self._json((), []),
                self._json(use, [use]),
                USE_DESCRIPTIONS[use],
                EVENTS[carnet_id % len(EVENTS)] if use == "EF" else None,
                self._json((tuple(visits), transit), itinerary),
                1,
                None,
                True,
                "EUR",
                None if status == "draft" else issued,
                until,
                None if status == "draft" else value_euros * 40,  # 40 % of the value, in cents
                "bank-guarantee",
                None,
                None if status == "draft" else FEES_CENTS,
                self._json(None, None),
                self._json(None, None),
                until - timedelta(days=20)
                if status in ("returned", "discharged") and until
                else None,
                until if status == "discharged" else None,
                issued if status == "cancelled" else None,
                abroad is not None,
                *demo_rows.list_columns(
                    itinerary, len(pieces), value_cents, int(open_claim is not None)
                ),
                self.now,
                self.now,
                1,
            )
        )
        carnet = demo_rows.DemoCarnet(
            carnet_id=carnet_id,
            number=number,
            holder_id=holder_id,
            status=status,
            issued_on=None if status == "draft" else issued,
            valid_until=until,
            itinerary=itinerary,
            uses=[use],
            currency="EUR",
            security_cents=None if status == "draft" else value_euros * 40,
            value_cents=value_cents,
            abroad=abroad,
            open_claim=open_claim,
        )
        tables["deadlines"] += demo_rows.deadline_rows(carnet, self.hold_months)
        tables["carnet_codes"] += demo_rows.code_rows(carnet)
        tables["goods_positions"] += demo_rows.position_rows(carnet)
        self.by_status[status] = self.by_status.get(status, 0) + 1
        self.carnet_id += 1

    def _json(self, key: Any, value: Any) -> Any:
        """A JSON column's stored form, made once per distinct value (``key`` names it): a
        demo repeats a few itineraries and uses over a million carnets."""
        found = self._json_forms.get(key)
        if found is None:
            found = self._json_forms[key] = self._as_json(value)
        return found

    def _items(self, carnet_id: int) -> tuple[list[int], int]:
        """The carnet's general list: each item's pieces, and the value of them all (euros).
        One draw of 64 random bits per item gives its product, quantity, serial number and
        weight (a fifth of the time four draws took, over 13 million items)."""
        draw = self.rng.getrandbits
        count = item_count(self.rng)
        pieces: list[int] = []
        value_total = 0
        items = self.rows.tables["goods_items"]
        products = len(PRODUCTS)
        for item_no in range(1, count + 1):
            bits, product = divmod(draw(64), products)
            bits, quantity = divmod(bits, len(QUANTITIES))
            bits, serial = divmod(bits, 9 * 10**6)
            name, origin, price = PRODUCTS[product]
            quantity = QUANTITIES[quantity]
            value = price * quantity
            value_total += value
            pieces.append(quantity)
            items.append(
                (
                    carnet_id,
                    item_no,
                    f"{name}, S/N {10**6 + serial}",
                    "",
                    quantity,
                    (1 + bits % 400) * 100,  # 0.1 to 40 kg, in grams
                    "kg",
                    value * 100,
                    origin,
                )
            )
        self.totals["items"] += count
        return pieces, value_total

    def _vouchers(self, carnet_id: int, issued: date, visits: int, transit: bool) -> None:
        vouchers = self.rows.tables["voucher_sets"]
        vouchers.append((carnet_id, "yellow", 1, True, issued, None))
        vouchers.append((carnet_id, "white", visits, True, issued, None))
        if transit:
            vouchers.append((carnet_id, "blue", 1, True, issued, None))

    def _movements(self, carnet_id: int, plan: list[Plan], pieces: list[int]) -> None:
        rng, tables = self.rng, self.rows.tables
        if plan:  # the lines from the goods lines, in SQL (``demo_writer.moved_lines``)
            assert all(len(quantities) == len(pieces) for *_, quantities, _, _, _ in plan)
            self.rows.moved.append((carnet_id, self.movement_id, len(plan), pieces))
            self.rows.moved_lines += len(plan) * len(pieces)
        for seq, (action, on, territory, _quantities, final, colour, voucher) in enumerate(
            plan, start=1
        ):
            movement_id = self.movement_id
            tables["movements"].append(
                (
                    movement_id,
                    carnet_id,
                    seq,
                    action,
                    on,
                    territory,
                    territory,
                    f"{territory or 'FR'} customs office",
                    "",
                    f"REF{rng.randint(10000, 99999)}",
                    final,
                    "",
                    colour,
                    voucher,
                    self._json((1,), [1]) if action == "re-exportation" else self._json((), []),
                    self.now,
                    self.user,
                )
            )
            self.movement_id += 1
        self.totals["movements"] += len(plan)

    def _claim(
        self, carnet_id: int, status: str, until: date, country: str, value_euros: int
    ) -> OpenClaim | None:
        """A claim from the first destination: open on a returned carnet, settled by proof on
        a discharged one; the open one, for the deadlines."""
        notified = min(self.today, until + timedelta(days=self.rng.randint(30, 300)))
        deadlines = claim_deadlines(notified)
        is_open = status == "returned"
        claim_id = self.claim_id
        self.rows.tables["claims"].append(
            (
                claim_id,
                carnet_id,
                country,
                notified,
                value_euros * 20,  # 20 % of the value, in cents
                "EUR",
                deadlines.proof_due,
                deadlines.payment_final,
                "open" if is_open else "settled-proof",
                None if is_open else notified + timedelta(days=40),
                "" if is_open else "re-exportation counterfoil stamped",
                None,
            )
        )
        self.claim_id += 1
        self.totals["claims"] += 1
        if not is_open:
            return None
        return OpenClaim(claim_id, country, deadlines.proof_due, deadlines.payment_final)

    def _flush(self) -> None:
        """Each row made stored once, handed to the proof's hasher (``bundle_hasher``: for a
        large load, another process) and written as it is (``demo_writer``)."""
        assert self.hasher is not None, "load() opens the hasher"
        written = {
            name: (
                columns,
                stored_rows(
                    self.connection,
                    table_of(MODELS[name]),
                    columns,
                    self.rows.tables[name],
                    stored=STORED,
                ),
            )
            for name, columns in TABLES
        }
        self.hasher.add(written, self.rows.moved)
        assert self.writer is not None, "load() opens the writer"
        carnets = (self.batch_first, self.carnet_id - 1)
        self.writer.write(Batch(written, self.rows.moved, self.line_id, carnets))
        self.line_id += self.rows.moved_lines
        self.rows = Rows()
        self.batch_first = self.carnet_id


_valid_until = cache(valid_until)  # a few thousand distinct issue dates over a million carnets


def _next_id(session: Session, model: Any) -> int:
    return int(session.execute(select(func.coalesce(func.max(model.id), 0))).scalar_one()) + 1

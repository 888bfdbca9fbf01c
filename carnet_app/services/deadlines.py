"""Deadlines kept in a table: every write brings its carnets' alerts in step, the dashboard reads
the table through its indexes and never scans the carnets.

``refresh_carnets`` runs the domain's per-carnet alert computation (``carnet_alerts``) for the
carnets a transaction touched and replaces their rows, just before that transaction commits
(``db/touched.py`` calls it). ``rebuild_all`` does every carnet (migration, bulk loads). What
the domain returns is stored as it is (kind, due date, message, focus); urgency is worked out
at read time, since it depends on today. The page and count queries are in
``services/deadline_views.py``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from carnet_app.db import queries
from carnet_app.db.exchange_models import RegisteredCarnet
from carnet_app.db.models import (
    Association,
    Carnet,
    Claim,
    Deadline,
    GoodsEvent,
    GoodsEventLine,
    GoodsItem,
    Holder,
    Irregularity,
    Movement,
    MovementLine,
    Setting,
    VoucherSet,
)
from carnet_app.db.touched import follow_carnet_writes
from carnet_app.db.uow import Database
from carnet_app.domain.alerts import (
    Alert,
    AlertKind,
    CarnetDeadlineFacts,
    OpenClaim,
    OpenFinalDate,
    OpenIrregularity,
    PaidClaim,
    carnet_alerts,
    due_within,
    urgency_for,
)
from carnet_app.domain.calendar import SECURITY_HOLD_MONTHS, days_after
from carnet_app.domain.countries import CountryTable
from carnet_app.domain.ledger import Entry, replay
from carnet_app.domain.messages import say
from carnet_app.domain.stored_messages import (
    is_stored_message,
    message_from_json,
    message_from_parts,
    message_to_json,
)
from carnet_app.domain.types import (
    CarnetStatus,
    ClaimStatus,
    GoodsEventKind,
    MovementAction,
    VoucherColour,
)
from carnet_app.services.carnet_rules import carried_from_rows
from carnet_app.services.loading import facts_from_values
from carnet_app.services.reference import country_table

CHUNK = 900  # ids per IN (...) list, under SQLite's parameter limits
DEADLINE = "deadline"
NOTICE = "notice"
# What may be done, not what must be: kept apart from the deadlines on the dashboard. Any
# other kind the domain returns (customs final dates, expiry, proof due, payment...) is a
# deadline.
NOTICE_KINDS = frozenset({AlertKind.SECURITY_RELEASE.value})
NOTICE_WORDS = ("reminder", "notice", "release")


def category_of(kind: str) -> str:
    if kind in NOTICE_KINDS or any(word in kind for word in NOTICE_WORDS):
        return NOTICE
    return DEADLINE


def refresh_carnets(session: Session, carnet_ids: Iterable[int]) -> None:
    """Replace the deadline rows of these carnets by what the domain computes now."""
    ids = sorted(set(carnet_ids))
    table = country_table(session) if ids else None
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        session.execute(delete(Deadline).where(Deadline.carnet_id.in_(chunk)))
        assert table is not None
        _insert_rows(session, _deadline_rows(session, chunk, table))


def rebuild_all(session: Session) -> int:
    """Every carnet's deadlines from scratch (after a bulk load or a migration); how many."""
    session.execute(delete(Deadline))
    table: CountryTable | None = None
    written = 0
    for chunk in queries.carnet_id_batches(session, CHUNK):
        table = table or country_table(session)
        rows = _deadline_rows(session, chunk, table)
        _insert_rows(session, rows)
        written += len(rows)
    return written


def _insert_rows(session: Session, rows: list[dict[str, Any]]) -> None:
    if rows:
        session.execute(insert(Deadline), rows)


follow_carnet_writes(refresh_carnets)

REBUILD_KEY = "maintenance.rebuild-derived"  # left by migration 0008
CODES_ONLY = "0014_carnet_codes"  # the note's value when 0014 alone left it


def rebuild_if_pending(database: Database) -> bool:
    """After a migration that adds a derived table (0008, 0011, 0014): fill the deadline table,
    the list's totals, the goods positions and the carnet codes, once (a migration cannot: it
    does not import the services). True if it was done now."""
    with database.read() as session:
        pending = session.get(Setting, REBUILD_KEY) is not None
        worded = not pending and _alerts_in_words(session)
    if worded:  # written before alerts were codes: said again as codes, in any language
        with database.write() as session:
            rebuild_all(session)
        return True
    if not pending:
        return False
    with database.write() as session:
        note = session.get(Setting, REBUILD_KEY)
        if note is None:  # another desk did it meanwhile
            return False
        from carnet_app.services.carnet_codes import rebuild_codes
        from carnet_app.services.list_columns import refresh_all_list_columns
        from carnet_app.services.positions import rebuild_positions

        rebuild_codes(session)
        if note.value == CODES_ONLY:  # left by 0014 alone: the other tables are in step
            session.delete(note)
            return True
        refresh_all_list_columns(session)
        rebuild_all(session)
        rebuild_positions(session)
        session.delete(note)
    return True


def _alerts_in_words(session: Session) -> bool:
    """True if the table holds alerts written as English sentences (before codes): the oldest
    row tells, since every refresh deletes a carnet's rows and inserts them anew."""
    oldest = session.execute(select(Deadline.message).order_by(Deadline.id).limit(1)).scalar()
    return oldest is not None and not is_stored_message(oldest)


def alerts(session: Session, *, today: date, within_days: int = 30) -> list[Alert]:
    """Everything overdue or due within ``within_days``, soonest first (from the table)."""
    horizon = days_after(today, within_days)
    query = (
        select(Deadline.number, Deadline.kind, Deadline.due, Deadline.message, Deadline.focus)
        .where(Deadline.due <= horizon)
        .order_by(Deadline.due, Deadline.number, Deadline.kind)
    )
    found = [
        Alert(
            number,
            AlertKind(kind),
            due,
            message_from_json(message),
            urgency_for(AlertKind(kind), due, today),
            focus,
        )
        for number, kind, due, message, focus in session.execute(query)
        if kind in _KNOWN_KINDS
    ]
    return due_within(found, today=today, within_days=within_days)


_KNOWN_KINDS = frozenset(kind.value for kind in AlertKind)


def computed_alerts(session: Session, carnet_ids: Sequence[int]) -> list[Alert]:
    """The domain's alerts for these carnets, computed now (what the table must hold)."""
    table = country_table(session)
    found: list[Alert] = []
    for start in range(0, len(carnet_ids), CHUNK):
        chunk = list(carnet_ids[start : start + CHUNK])
        for facts, _row in _facts_for(session, chunk, table):
            found.extend(carnet_alerts(facts, today=date.min))
    return found


def _deadline_rows(session: Session, ids: list[int], table: CountryTable) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for facts, row in _facts_for(session, ids, table):
        # urgency is not stored: any day serves for the computation of the alerts themselves
        for alert in carnet_alerts(facts, today=date.min):
            kind = alert.kind.value
            rows.append(
                {
                    "carnet_id": row[0],
                    "number": alert.carnet,
                    "holder_id": row[12],
                    "category": category_of(kind),
                    "kind": kind,
                    "due": alert.due,
                    "countries": countries_key(row[7]),
                    "message": message_to_json(alert.message),
                    "focus": alert.focus,
                }
            )
    return rows


def countries_key(itinerary: Sequence[object] | None) -> str:
    """The itinerary's countries as ",CH,DE," (the dashboard's country filter)."""
    codes = [
        str(stop.get("country", "")).upper()
        for stop in (itinerary or [])
        if isinstance(stop, dict) and stop.get("country")
    ]
    return "," + ",".join(dict.fromkeys(codes)) + "," if codes else ""


def _facts_for(
    session: Session, ids: list[int], table: CountryTable
) -> list[tuple[CarnetDeadlineFacts, Any]]:
    query = (
        select(
            Carnet.id,
            Carnet.number,
            Carnet.status,
            Carnet.issued_on,
            Carnet.valid_until,
            Carnet.goods_abroad,
            Carnet.security_released_on,
            Carnet.itinerary,
            Carnet.uses,
            Carnet.opening_positions,
            func.coalesce(Carnet.issuer_country, Association.country),
            Holder.country,
            Carnet.holder_id,
            Association.security_hold_months,
            Carnet.opening_importations,
            RegisteredCarnet.issuer_country,
            RegisteredCarnet.sheets,
        )
        .join(Holder, Holder.id == Carnet.holder_id)
        .outerjoin(Association, Association.id == Carnet.association_id)
        .outerjoin(RegisteredCarnet, RegisteredCarnet.carnet_id == Carnet.id)
        .where(Carnet.id.in_(ids), Carnet.valid_until.is_not(None))
    )
    rows = session.execute(query).all()
    claims = _open_claims(session, ids)
    paid = _paid_claims(session, ids)
    irregularities = _open_irregularities(session, ids)
    abroad = [row[0] for row in rows if row[5]]
    ledgers = _ledger_inputs(session, abroad) if abroad else {}
    return [
        (
            replace(
                _deadline_facts(row, claims.get(row[0], ()), ledgers.get(row[0]), table),
                paid_claims=tuple(paid.get(row[0], ())),
                open_irregularities=tuple(irregularities.get(row[0], ())),
                security_hold_months=SECURITY_HOLD_MONTHS if row[13] is None else row[13],
            ),
            row,
        )
        for row in rows
    ]


def _open_claims(session: Session, ids: Sequence[int]) -> dict[int, list[OpenClaim]]:
    result: dict[int, list[OpenClaim]] = defaultdict(list)
    query = select(
        Claim.carnet_id, Claim.id, Claim.country, Claim.proof_due, Claim.payment_final
    ).where(Claim.carnet_id.in_(ids), Claim.status == ClaimStatus.OPEN.value)
    for carnet_id, claim_id, country, proof_due, payment_final in session.execute(query):
        result[carnet_id].append(OpenClaim(claim_id, country, proof_due, payment_final))
    return result


def _paid_claims(session: Session, ids: Sequence[int]) -> dict[int, list[PaidClaim]]:
    result: dict[int, list[PaidClaim]] = defaultdict(list)
    query = select(Claim.carnet_id, Claim.id, Claim.country, Claim.settled_on).where(
        Claim.carnet_id.in_(ids), Claim.status == ClaimStatus.SETTLED_PAID.value
    )
    for carnet_id, claim_id, country, settled_on in session.execute(query):
        if settled_on is not None:
            result[carnet_id].append(PaidClaim(claim_id, country, settled_on))
    return result


def _open_irregularities(session: Session, ids: Sequence[int]) -> dict[int, list[OpenIrregularity]]:
    result: dict[int, list[OpenIrregularity]] = defaultdict(list)
    query = select(
        Irregularity.carnet_id,
        Irregularity.id,
        Irregularity.found_on,
        Irregularity.message,
        Irregularity.code,
        Irregularity.params,
    ).where(Irregularity.carnet_id.in_(ids), Irregularity.resolved_on.is_(None))
    for carnet_id, irregularity_id, found_on, message, code, params in session.execute(query):
        said = message_from_parts(code, params, message)
        result[carnet_id].append(OpenIrregularity(irregularity_id, found_on, said))
    return result


class _LedgerInput:
    def __init__(self) -> None:
        self.pieces: dict[int, int] = {}
        self.sets: dict[VoucherColour, int] = {colour: 0 for colour in VoucherColour}
        self.entries: list[Entry] = []


def _ledger_inputs(session: Session, ids: Sequence[int]) -> dict[int, _LedgerInput]:
    inputs: dict[int, _LedgerInput] = defaultdict(_LedgerInput)
    for carnet_id, item_no, pieces in session.execute(
        select(GoodsItem.carnet_id, GoodsItem.item_no, GoodsItem.pieces).where(
            GoodsItem.carnet_id.in_(ids)
        )
    ):
        inputs[carnet_id].pieces[item_no] = pieces
    for carnet_id, colour, sets in session.execute(
        select(VoucherSet.carnet_id, VoucherSet.colour, VoucherSet.sets).where(
            VoucherSet.carnet_id.in_(ids)
        )
    ):
        inputs[carnet_id].sets[VoucherColour(colour)] += sets
    movement_lines = _quantities(session, ids, MovementLine.movement_id, Movement)
    movements = _entry_rows(session, ids, Movement, Movement.action, extra=_MOVEMENT_EXTRA)
    for movement_id, carnet_id, seq, action, on, territory, final, refers in movements:
        inputs[carnet_id].entries.append(
            Entry(
                seq=seq,
                kind=MovementAction(action),
                on=on,
                territory=territory,
                quantities=movement_lines[movement_id],
                final_date=final,
                refers_to=tuple(refers or ()),
            )
        )
    event_lines = _quantities(session, ids, GoodsEventLine.event_id, GoodsEvent)
    for event_id, carnet_id, seq, kind, on, territory in _entry_rows(
        session, ids, GoodsEvent, GoodsEvent.kind
    ):
        entry = Entry(seq, GoodsEventKind(kind), on, territory, quantities=event_lines[event_id])
        inputs[carnet_id].entries.append(entry)
    return inputs


_MOVEMENT_EXTRA = (Movement.final_date, Movement.refers_to)


def _entry_rows(
    session: Session,
    ids: Sequence[int],
    table: type[Movement] | type[GoodsEvent],
    kind: InstrumentedAttribute[str],
    extra: Sequence[InstrumentedAttribute[Any]] = (),
) -> Iterable[Any]:
    """(id, carnet id, seq, kind, on, territory, *extra) of a ledger table's entries (movements
    or goods events) for these carnets."""
    columns = (table.id, table.carnet_id, table.seq, kind, table.on, table.territory, *extra)
    return session.execute(select(*columns).where(table.carnet_id.in_(ids)))


def _quantities(
    session: Session,
    ids: Sequence[int],
    parent: InstrumentedAttribute[int],
    entry_table: type[Movement] | type[GoodsEvent],
) -> dict[int, dict[int, int]]:
    """Item quantities by ledger entry (a movement or a goods event, whose id ``parent`` on the
    line table names) for these carnets."""
    line_table = parent.class_
    lines: dict[int, dict[int, int]] = defaultdict(dict)
    for entry_id, item_no, quantity in session.execute(
        select(parent, line_table.item_no, line_table.quantity)
        .join(entry_table, entry_table.id == parent)
        .where(entry_table.carnet_id.in_(ids))
    ):
        lines[entry_id][item_no] = quantity
    return lines


def _deadline_facts(
    row: Any,
    claims: Iterable[OpenClaim],
    ledger: _LedgerInput | None,
    table: CountryTable,
) -> CarnetDeadlineFacts:
    (
        _id,
        number,
        status,
        issued_on,
        valid_until,
        goods_abroad,
        released,
        itinerary,
        uses,
        opening,
        association_country,
        holder_country,
        _holder_id,
        _hold,
        carried,
        registered_issuer_country,
        registered_sheets,
    ) = row
    finals: list[OpenFinalDate] = []
    if goods_abroad and ledger is not None:
        facts = facts_from_values(
            number=number or "",
            issued_on=issued_on,
            valid_until=valid_until,
            home=registered_issuer_country or association_country or holder_country,
            itinerary=itinerary or [],
            uses=uses or [],
            pieces=ledger.pieces,
            voucher_sets=ledger.sets,
            opening_positions=opening,
            table=table,
            opening_importations=carried_from_rows(carried),
            registered_sheets=registered_sheets,
        )
        state, _ = replay(facts, ledger.entries)
        for no, territory, final, pieces in state.open_importations():
            if final is not None:
                voucher = (
                    say("alert.voucher-importation", no=no)
                    if no > 0
                    else say("alert.voucher-original-importation", no=-no)
                )
                finals.append(OpenFinalDate(territory, final, voucher, pieces))
        for territory, final, pieces in state.open_transits():
            if final is not None:
                finals.append(
                    OpenFinalDate(
                        say("alert.transit-territory", territory=territory),
                        final,
                        say("alert.voucher-transit"),
                        pieces,
                    )
                )
    return CarnetDeadlineFacts(
        number=number or "",
        status=CarnetStatus(status),
        valid_until=valid_until,
        goods_abroad=bool(goods_abroad),
        open_final_dates=tuple(finals),
        open_claims=tuple(claims),
        security_released=released is not None,
    )

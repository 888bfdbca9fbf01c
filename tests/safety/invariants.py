"""What must hold in a desk's database whatever happened to the programs writing it."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import selectinload

from carnet_app.db.models import (
    Association,
    AuditEvent,
    Carnet,
    GoodsItem,
    Movement,
    MovementLine,
    VoucherSet,
)
from carnet_app.db.uow import Database
from carnet_app.domain.ledger import replay
from carnet_app.services.audit import verify_chain
from carnet_app.services.loading import carnet_facts, recorded_entries
from carnet_app.services.reference import country_table
from carnet_app.services.row_digests import verify_rows

SERIAL = re.compile(r"(\d+)$")


@dataclass
class Acks:
    """What the writers said they committed (their JSON lines)."""

    drafts: set[int] = field(default_factory=set)
    issued: dict[int, str] = field(default_factory=dict)
    stamps: set[tuple[str, int, str]] = field(default_factory=set)
    sets: dict[tuple[str, str], int] = field(default_factory=dict)  # (number, colour) -> total
    count: int = 0

    def add(self, line: dict[str, Any]) -> None:
        act = line.get("act")
        if act == "draft":
            self.drafts.add(line["id"])
        elif act == "issued":
            self.issued[line["id"]] = line["number"]
        elif act == "stamp":
            self.stamps.add((line["number"], line["seq"], line["action"]))
        elif act in ("vouchers", "blue"):
            colour = line.get("colour", "blue")
            key = (line["number"], colour)
            self.sets[key] = max(self.sets.get(key, 0), line["total"])
        else:
            return
        self.count += 1


def parse_lines(raw: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in raw.splitlines() if line.strip()]


def check_database(database: Database, acks: Acks | None = None) -> dict[str, int]:
    """Assert every invariant; return what was counted."""
    counts: dict[str, int] = {}
    engine = database.engine
    if engine.dialect.name == "sqlite":
        with engine.connect() as connection:
            result = connection.execute(text("PRAGMA integrity_check")).scalars().all()
        assert result == ["ok"], f"integrity_check: {result[:5]}"
    with database.read() as session:
        association = session.execute(select(Association)).scalar_one()
        carnets = (
            session.execute(
                select(Carnet)
                .order_by(Carnet.id)
                .options(
                    selectinload(Carnet.items),
                    selectinload(Carnet.voucher_sets),
                    selectinload(Carnet.movements).selectinload(Movement.lines),
                    selectinload(Carnet.goods_events),
                    selectinload(Carnet.association),
                )
            )
            .scalars()
            .all()
        )
        table = country_table(session)
        numbered = [c for c in carnets if c.number is not None]
        serials = sorted(int(SERIAL.search(c.number or "").group(1)) for c in numbered)
        assert serials == list(range(1, len(serials) + 1)), f"numbering has a gap: {serials}"
        assert association.next_serial == len(serials) + 1, "counter out of step with numbers"
        for carnet in numbered:
            assert carnet.status != "draft", f"{carnet.number} numbered but still a draft"
            assert carnet.issued_on and carnet.valid_until, f"{carnet.number} half issued"
            assert carnet.items, f"{carnet.number} has no general list"
            assert carnet.voucher_sets, f"{carnet.number} has no voucher sets"
            seqs = [m.seq for m in carnet.movements]
            assert seqs == list(range(1, len(seqs) + 1)), f"{carnet.number} movements {seqs}"
            assert (carnet.status == "active") == bool(seqs), f"{carnet.number} {carnet.status}"
            replay(carnet_facts(carnet, table), recorded_entries(carnet))  # a refusal raises
        for carnet in carnets:
            if carnet.number is None:
                assert carnet.status == "draft" and carnet.issued_on is None
        lineless = session.execute(
            select(func.count())
            .select_from(Movement)
            .where(~select(MovementLine.id).where(MovementLine.movement_id == Movement.id).exists())
        ).scalar_one()
        assert lineless == 0, f"{lineless} movement(s) without item lines"
        itemless = [c.id for c in carnets if not c.items]
        assert not [i for i in itemless if i in {c.id for c in numbered}]
        # one audit event per committed action, written in the same transaction
        actions = Counter(session.execute(select(AuditEvent.action)).scalars().all())
        movements_total = session.execute(select(func.count()).select_from(Movement)).scalar_one()
        added_sets = session.execute(
            select(func.count()).select_from(VoucherSet).where(VoucherSet.at_issue.is_(False))
        ).scalar_one()
        assert actions["carnet.apply"] == len(carnets), (actions, len(carnets))
        assert actions["carnet.issue"] == len(numbered), (actions, len(numbered))
        stamped = sum(n for a, n in actions.items() if a.startswith("movement."))
        assert stamped == movements_total, (actions, movements_total)
        assert actions["carnet.vouchers"] == added_sets, (actions, added_sets)
        chain = verify_chain(session)
        assert chain.intact, chain.problem
        rows = verify_rows(session)
        assert rows.problem is None, rows.problem
        counts.update(
            carnets=len(carnets),
            issued=len(numbered),
            movements=movements_total,
            audit_events=chain.events,
            items=session.execute(select(func.count()).select_from(GoodsItem)).scalar_one(),
        )
        if acks is not None:
            counts["acks_checked"] = _check_acks(session, acks, carnets)
    return counts


def _check_acks(session: Any, acks: Acks, carnets: list[Carnet]) -> int:
    by_id = {c.id: c for c in carnets}
    for draft_id in acks.drafts:
        assert draft_id in by_id, f"acknowledged draft {draft_id} is missing"
    for draft_id, number in acks.issued.items():
        assert by_id[draft_id].number == number, f"acknowledged issue of {number} is missing"
    stamps = {
        (number, seq, action)
        for number, seq, action in session.execute(
            select(Carnet.number, Movement.seq, Movement.action).join(Movement.carnet)
        ).all()
    }
    missing = acks.stamps - stamps
    assert not missing, f"acknowledged stamps missing: {sorted(missing)[:5]}"
    totals: dict[tuple[str, str], int] = defaultdict(int)
    for number, colour, sets in session.execute(
        select(Carnet.number, VoucherSet.colour, VoucherSet.sets).join(VoucherSet.carnet)
    ).all():
        totals[(number, colour)] += sets
    for key, total in acks.sets.items():
        assert totals[key] >= total, f"acknowledged voucher sets of {key} missing"
    return len(acks.drafts) + len(acks.issued) + len(acks.stamps) + len(acks.sets)

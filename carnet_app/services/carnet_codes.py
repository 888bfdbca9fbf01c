"""The carnet-codes table: each carnet's destinations (every country of its itinerary) and its
intended uses as rows, with copies of the carnet fields the management view sums; refreshed in
the same transaction as each write that touches the carnet (``db/touched.py``) and rebuilt once
for databases that predate it. The management view groups and filters by them through an index."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from carnet_app.db import queries
from carnet_app.db.code_models import DESTINATION, USE, CarnetCode
from carnet_app.db.models import Carnet
from carnet_app.db.touched import follow_carnet_writes

CHUNK = 900


def codes_of(
    itinerary: Sequence[object] | None, uses: Sequence[object] | None
) -> set[tuple[str, str]]:
    """(kind, code) pairs of one carnet: each destination and use once, upper case."""
    pairs: set[tuple[str, str]] = set()
    for entry in itinerary or ():
        country = entry.get("country") if isinstance(entry, dict) else None
        if isinstance(country, str) and country.strip():
            pairs.add((DESTINATION, country.strip().upper()))
    for use in uses or ():
        if isinstance(use, str) and use.strip():
            pairs.add((USE, use.strip().upper()))
    return pairs


def refresh_codes(session: Session, carnet_ids: Iterable[int]) -> None:
    """Replace the rows of these carnets with what their itinerary and uses say now."""
    ids = sorted(set(carnet_ids))
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        session.execute(delete(CarnetCode).where(CarnetCode.carnet_id.in_(chunk)))
        rows = [
            {
                "carnet_id": carnet.id,
                "kind": kind,
                "code": code,
                "status": carnet.status,
                "currency": carnet.currency,
                "issued_on": carnet.issued_on,
                "security_amount": carnet.security_amount,
                "security_released_on": carnet.security_released_on,
            }
            for carnet in session.execute(
                select(
                    Carnet.id,
                    Carnet.itinerary,
                    Carnet.uses,
                    Carnet.status,
                    Carnet.currency,
                    Carnet.issued_on,
                    Carnet.security_amount,
                    Carnet.security_released_on,
                ).where(Carnet.id.in_(chunk))
            )
            for kind, code in sorted(codes_of(carnet.itinerary, carnet.uses))
        ]
        if rows:
            session.execute(insert(CarnetCode), rows)


def rebuild_codes(session: Session) -> None:
    """Every carnet's rows from scratch (a database that predates the table)."""
    session.execute(delete(CarnetCode))
    for chunk in queries.carnet_id_batches(session, CHUNK * 10):
        refresh_codes(session, chunk)


def _follow(session: Session, carnet_ids: frozenset[int]) -> None:
    refresh_codes(session, carnet_ids)


follow_carnet_writes(_follow)

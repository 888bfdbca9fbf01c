"""The carnet list's summary columns (items, value, first country, open claims), kept in step
with the goods and claims by every write, in the same transaction (``db/touched.py``).

Sorting 100,000 carnets by value used to sum the goods of every carnet for each sort; with the
totals stored on the carnet row, every list column sorts through an index.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from sqlalchemy import Table, bindparam, func, select
from sqlalchemy.orm import Session

from carnet_app.db import queries
from carnet_app.db.models import Carnet, Claim, GoodsItem
from carnet_app.db.touched import follow_carnet_writes

CHUNK = 900
_CARNETS = cast(Table, Carnet.__table__)


def refresh_list_columns(session: Session, carnet_ids: Iterable[int]) -> None:
    ids = sorted(set(carnet_ids))
    for start in range(0, len(ids), CHUNK):
        _refresh(session, ids[start : start + CHUNK])


def refresh_all_list_columns(session: Session) -> None:
    """Every carnet (a migration, a bulk load)."""
    for chunk in queries.carnet_id_batches(session, CHUNK * 10):
        refresh_list_columns(session, chunk)


def _refresh(session: Session, ids: list[int]) -> None:
    items = (
        select(func.count(GoodsItem.id)).where(GoodsItem.carnet_id == _CARNETS.c.id)
    ).scalar_subquery()
    value = (
        select(func.coalesce(func.sum(GoodsItem.__table__.c.value), 0)).where(
            GoodsItem.carnet_id == _CARNETS.c.id
        )
    ).scalar_subquery()
    claims = (
        select(func.count(Claim.id)).where(Claim.carnet_id == _CARNETS.c.id, Claim.status == "open")
    ).scalar_subquery()
    session.execute(
        _CARNETS.update()
        .where(_CARNETS.c.id.in_(ids))
        .values(item_count=items, value_total=value, open_claims=claims)
    )
    firsts = [
        {"carnet": carnet_id, "first": first_country(itinerary)}
        for carnet_id, itinerary in session.execute(
            select(Carnet.id, Carnet.itinerary).where(Carnet.id.in_(ids))
        )
    ]
    if firsts:
        session.execute(
            _CARNETS.update()
            .where(_CARNETS.c.id == bindparam("carnet"))
            .values(first_country=bindparam("first")),
            firsts,
        )


def first_country(itinerary: object) -> str:
    if not isinstance(itinerary, list | tuple):
        return ""
    for stop in itinerary or []:
        if isinstance(stop, dict) and stop.get("country"):
            return str(stop["country"]).upper()[:2]
    return ""


follow_carnet_writes(refresh_list_columns)

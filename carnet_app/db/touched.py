"""The carnets a write transaction touched, and what must follow them before it commits.

Every flush reports the rows it wrote; a carnet, or a row with a ``carnet_id`` (goods, voucher
sets, movements, events, claims, audit events), marks that carnet touched. Just before the
transaction commits, each registered follower brings its own rows in step for those carnets
(the deadline table: ``services/deadlines.py`` registers itself), inside the same transaction:
a write and what follows from it commit or roll back together.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import chain
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, UOWTransaction

Follower = Callable[[Session, frozenset[int]], None]
_KEY = "carnet_app.touched_carnets"
_FOLLOWERS: list[Follower] = []
_NOT_TRACKED = {"deadlines", "goods_positions", "carnet_codes"}  # the followers' own tables


def follow_carnet_writes(follower: Follower) -> None:
    """Run ``follower(session, carnet_ids)`` before each commit that touched carnets."""
    if follower not in _FOLLOWERS:
        _FOLLOWERS.append(follower)


def mark_touched(session: Session, carnet_ids: set[int] | frozenset[int]) -> None:
    """For writes that bypass the ORM (bulk inserts): these carnets changed too."""
    session.info.setdefault(_KEY, set()).update(carnet_ids)


def _carnet_of(row: Any) -> int | None:
    table = getattr(row, "__tablename__", None)
    if table in _NOT_TRACKED:
        return None
    found = row.id if table == "carnets" else getattr(row, "carnet_id", None)
    return found if isinstance(found, int) else None


@event.listens_for(Session, "after_flush")
def _collect(session: Session, _flush: UOWTransaction) -> None:
    if not _FOLLOWERS:
        return
    touched = {_carnet_of(row) for row in chain(session.new, session.dirty, session.deleted)}
    touched.discard(None)
    if touched:
        mark_touched(session, {t for t in touched if t is not None})


@event.listens_for(Session, "before_commit")
def _follow(session: Session) -> None:
    if not _FOLLOWERS:
        return
    for _round in range(3):  # a follower's own writes touch no carnet; one round is the rule
        session.flush()
        touched = session.info.pop(_KEY, None)
        if not touched:
            return
        for follower in _FOLLOWERS:
            follower(session, frozenset(touched))


@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop(_KEY, None)

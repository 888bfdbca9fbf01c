"""The audit trail is hash-chained: an event altered, removed or slipped in afterwards is found,
and ``carnet audit --verify`` names the first one. On every backend."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from carnet_app.db.uow import Database
from carnet_app.services.audit import event_hash, verify_chain
from tests.safety.conftest import Cli
from tests.safety.desk_worker import issue_one, stamp_one


@pytest.fixture
def trail(database: Database) -> list[int]:
    """Ten events or so: the association, three carnets applied and issued, some stamps."""
    rng = random.Random(3)
    for _ in range(3):
        issue_one(database, rng, "clerk")
    for _ in range(3):
        stamp_one(database, "FR/LY/000002", "clerk")
    return event_ids(database)


def event_ids(database: Database) -> list[int]:
    with database.engine.connect() as connection:
        return [
            int(i)
            for i in connection.execute(text("SELECT id FROM audit_events ORDER BY id")).scalars()
        ]


def tamper(database: Database, sql: str, **params: object) -> None:
    with database.engine.begin() as connection:
        connection.execute(text(sql), params)


def check(database: Database) -> tuple[int | None, str]:
    with database.read() as session:
        found = verify_chain(session)
    return found.first_bad_id, str(found.problem or "")


def forged_row(database: Database, *, previous_hash: str, summary: str) -> dict[str, object]:
    """An event computed exactly as the program would, chained onto ``previous_hash``."""
    at = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    fields = {"user": "mallory", "action": "carnet.cancel", "carnet_number": None}
    digest = event_hash(
        previous_hash,
        at=at,
        summary=summary,
        before=None,
        after=None,
        **fields,  # type: ignore[arg-type]
    )
    return {
        "at": at.replace(tzinfo=None),
        "summary": summary,
        "previous_hash": previous_hash,
        "hash": digest,
        **fields,
    }


def hash_of(database: Database, event_id: int) -> str:
    with database.engine.connect() as connection:
        return str(
            connection.execute(
                text("SELECT hash FROM audit_events WHERE id = :id"), {"id": event_id}
            ).scalar_one()
        )


INSERT = (
    "INSERT INTO audit_events (id, at, {user}, action, carnet_number, summary, previous_hash, hash)"
    " VALUES (:id, :at, :user, :action, :carnet_number, :summary, :previous_hash, :hash)"
)


def insert(database: Database, row: dict[str, object], event_id: int) -> None:
    # "user" is a reserved word on PostgreSQL
    tamper(database, INSERT.format(user='"user"'), id=event_id, **row)


def test_an_intact_trail_verifies(database: Database, trail: list[int]) -> None:
    assert check(database) == (None, "")
    assert len(trail) >= 10


def test_an_altered_event_is_named(database: Database, trail: list[int]) -> None:
    target = trail[4]
    tamper(
        database, "UPDATE audit_events SET summary = 'nothing happened' WHERE id = :id", id=target
    )
    assert check(database) == (target, f"event {target} was altered after it was written")


def test_an_altered_snapshot_is_named(database: Database, trail: list[int]) -> None:
    target = trail[5]
    tamper(
        database,
        "UPDATE audit_events SET after = :after WHERE id = :id",
        id=target,
        after=json.dumps({"status": "cancelled"}),
    )
    assert check(database)[0] == target


def test_a_removed_event_is_found_at_the_next_one(database: Database, trail: list[int]) -> None:
    removed = trail[3]
    tamper(database, "DELETE FROM audit_events WHERE id = :id", id=removed)
    first_bad, problem = check(database)
    assert first_bad == trail[4]
    assert "removed or inserted" in problem


def test_the_first_event_removed_is_found(database: Database, trail: list[int]) -> None:
    tamper(database, "DELETE FROM audit_events WHERE id = :id", id=trail[0])
    assert check(database)[0] == trail[1]


def test_an_inserted_event_is_found_even_when_its_own_hash_is_right(
    database: Database, trail: list[int]
) -> None:
    """A forger who knows the algorithm chains the new event onto the one before it; the event
    after it no longer follows."""
    tamper(database, "UPDATE audit_events SET id = id + 1000 WHERE id > :id", id=trail[5])
    row = forged_row(database, previous_hash=hash_of(database, trail[5]), summary="forged")
    insert(database, row, trail[5] + 1)
    assert check(database) == (
        trail[6] + 1000,
        f"event {trail[6] + 1000} does not follow the one before it "
        "(an event was removed or inserted)",
    )


def test_an_inserted_event_with_a_made_up_link_is_found_at_itself(
    database: Database, trail: list[int]
) -> None:
    tamper(database, "UPDATE audit_events SET id = id + 1000 WHERE id > :id", id=trail[2])
    insert(database, forged_row(database, previous_hash="f" * 64, summary="x"), trail[2] + 1)
    assert check(database)[0] == trail[2] + 1


def test_two_events_swapped_are_found(database: Database, trail: list[int]) -> None:
    a, b = trail[6], trail[7]
    tamper(database, "UPDATE audit_events SET id = -1 WHERE id = :a", a=a)
    tamper(database, "UPDATE audit_events SET id = :a WHERE id = :b", a=a, b=b)
    tamper(database, "UPDATE audit_events SET id = :b WHERE id = -1", b=b)
    assert check(database)[0] == a


def test_the_command_names_the_first_bad_event_and_exits_2(
    database: Database, trail: list[int], cli: Cli
) -> None:
    verified = cli("audit", "--verify", "--json").json
    assert (verified["intact"], verified["events"]) == (True, len(trail))
    tamper(database, "DELETE FROM audit_events WHERE id = :id", id=trail[7])
    result = cli("audit", "--verify")
    assert result.code == 2
    assert f"event {trail[8]} does not follow" in result.stderr
    assert result.stderr.count("\n") == 1

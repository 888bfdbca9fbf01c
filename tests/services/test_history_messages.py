"""Issue 12: the audit trail and the irregularities keep message codes, so that each reader
sees them in their own language; the chain covers the codes, and trails written before codes
(English sentences only) still verify and are shown as written."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import text

from carnet_app.db.migrate import alembic_config
from carnet_app.db.uow import Database
from carnet_app.domain.messages import set_message_language
from carnet_app.domain.show_contract import audit_dict
from carnet_app.domain.types import MovementAction as A
from carnet_app.keys import KeyStore
from carnet_app.paths import AppPaths
from carnet_app.services import audit, movements, portability, row_digests, views
from carnet_app.services.database import open_database
from carnet_app.services.movements import StampRequest
from tests.services.conftest import TODAY, issue_sample
from tests.services.older_exports import as_written_at


def a_carnet_with_an_irregularity(database: Database) -> str:
    number = issue_sample(database)
    with database.write() as session:  # items named with nothing en route: confirmed irregular
        movements.record_stamp(
            session,
            number,
            StampRequest(action=A.IMPORTATION, on=date(2026, 3, 10), country="CH", items="1-20"),
            confirm=True,
            user="clerk",
            today=TODAY,
        )
    return number


def sql(database: Database, statement: str, **params: Any) -> None:
    with database.engine.begin() as connection:
        connection.execute(text(statement), params)


def chain_intact(database: Database) -> bool:
    with database.read() as session:
        return audit.verify_chain(session).intact


def test_history_and_irregularities_speak_the_readers_language(database: Database) -> None:
    number = a_carnet_with_an_irregularity(database)
    try:
        set_message_language("fr")
        with database.read() as session:
            history = views.audit_entries(session, number)
            carnet = views.carnet_view(session, number)
            trail = [audit_dict(e) for e in views.audit_entries(session, number)]
        said = [str(entry.summary) for entry in history]
        assert any(s.startswith("brouillon 1 créé pour") for s in said), said
        assert any("délivré, valable jusqu'au" in s for s in said), said
        assert any("importation (CH) le 10/03/2026, volet blanc" in s for s in said), said
        assert "irrégularité confirmée" in said[-1]
        (found,) = carnet.irregularities
        assert str(found.message) != found.message.text("en")  # type: ignore[union-attr]
        # the JSON keeps its keys, and adds the code an integrator matches
        assert [e["code"] for e in trail] == [
            "trail.draft-created",
            "trail.carnet-issued",
            "trail.with-irregularities",
        ]
        assert trail[-1]["summary"] == said[-1]
    finally:
        set_message_language("en")
    with database.read() as session:
        english = [str(e.summary) for e in views.audit_entries(session, number)]
        stored = [row[0] for row in session.execute(text("SELECT summary FROM audit_events"))]
    assert english[1].startswith(f"carnet {number} issued, valid until ")
    assert english == stored[-3:]  # the column keeps the English text for readers of the table


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("code", "'trail.carnet-cancelled'"),
        ("params", """'{"draft": 99, "holder": "X", "items": 1}'"""),
    ],
)
def test_a_changed_code_or_parameter_breaks_the_chain(
    database: Database, column: str, value: str
) -> None:
    issue_sample(database)
    assert chain_intact(database)
    sql(database, f"UPDATE audit_events SET {column} = {value} WHERE action = 'carnet.apply'")
    assert not chain_intact(database)


def test_a_changed_irregularity_code_is_caught_by_the_row_digests(database: Database) -> None:
    a_carnet_with_an_irregularity(database)
    with database.read() as session:
        assert row_digests.verify_rows(session).problem is None
    sql(database, "UPDATE irregularities SET code = 'irregularity.checkin'")
    with database.read() as session:
        check = row_digests.verify_rows(session)
    assert check.problem is not None and check.first_bad == "irregularities:1"


# -------------------------------------------------------------------- trails written before codes

# the columns a desk before 0015 did not have (0016 added the resolution's)
OLDER_CODES = ("code", "params", "resolution_code", "resolution_params")


def _digest_before_codes(table: str, row: dict[str, Any]) -> str:
    """A row's digest as the desk computed it before 0015 (every column the table had)."""
    values = {k: v for k, v in row.items() if k not in OLDER_CODES}
    dumped = json.dumps([table, values], sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(dumped.encode("utf-8")).hexdigest()[:32]


def _hash_before_codes(previous: str, row: dict[str, Any], rows: Any) -> str:
    """An event's hash as the desk computed it before 0015 (no code, no parameters)."""
    fields = {
        "previous": previous,
        "at": row["at"].isoformat(timespec="microseconds"),
        "user": row["user"],
        "action": row["action"],
        "carnet": row["carnet_number"],
        "summary": row["summary"],
        "before": row["before"],
        "after": row["after"],
    }
    if rows is not None:
        fields["rows"] = rows
    dumped = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(dumped.encode("utf-8")).hexdigest()


def _as_written_before_codes(database: Database) -> None:
    """Turn the trail into what a desk before 0015 wrote: English sentences, no codes, the
    irregularity's digest and every hash in their old form."""
    with database.read() as session:
        irregularity = dict(session.execute(text("SELECT * FROM irregularities")).mappings().one())
    for key in ("found_on", "resolved_on"):
        value = irregularity[key]
        irregularity[key] = date.fromisoformat(value).isoformat() if value else None
    old_digest = _digest_before_codes("irregularities", irregularity)
    sql(database, "UPDATE irregularities SET code = NULL, params = NULL")
    with database.engine.begin() as connection:
        events = connection.execute(text("SELECT * FROM audit_events ORDER BY id")).mappings()
        previous = audit.GENESIS_HASH
        for event in [dict(e) for e in events]:
            for key in ("before", "after", "rows"):
                event[key] = json.loads(event[key]) if event[key] else None
            event["at"] = datetime.fromisoformat(str(event["at"])).replace(tzinfo=None)
            rows = event["rows"]
            if rows and "irregularities:1" in rows:
                rows["irregularities:1"] = old_digest
            digest = _hash_before_codes(previous, event, rows)
            connection.execute(
                text(
                    "UPDATE audit_events SET code = NULL, params = NULL, rows = :rows, "
                    "previous_hash = :previous, hash = :hash WHERE id = :id"
                ),
                {
                    "rows": json.dumps(rows) if rows is not None else None,
                    "previous": previous,
                    "hash": digest,
                    "id": event["id"],
                },
            )
            previous = digest


def test_a_trail_written_before_codes_still_verifies_and_reads_as_written(
    database: Database,
) -> None:
    if database.engine.dialect.name != "sqlite":
        pytest.skip("the old trail is rebuilt with SQLite's text forms")
    number = a_carnet_with_an_irregularity(database)
    with database.read() as session:
        english = [str(e.summary) for e in views.audit_entries(session)]
    _as_written_before_codes(database)
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0014_carnet_codes")  # the database as that desk left it
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    with database.read() as session:
        assert audit.verify_chain(session).intact
        assert row_digests.verify_rows(session).problem is None
    set_message_language("fr")
    try:
        with database.read() as session:
            history = views.audit_entries(session, number)
            trail = [audit_dict(e) for e in views.audit_entries(session)]
            carnet = views.carnet_view(session, number)
    finally:
        set_message_language("en")
    assert [e.summary for e in history] == english[-3:]  # shown as written, in English
    assert all("code" not in entry for entry in trail)
    assert isinstance(carnet.irregularities[0].message, str)


def test_an_export_written_before_codes_imports_and_verifies(
    database: Database, tmp_path: Path
) -> None:
    if database.engine.dialect.name != "sqlite":
        pytest.skip("the old trail is rebuilt with SQLite's text forms")
    number = a_carnet_with_an_irregularity(database)
    _as_written_before_codes(database)
    keys = KeyStore.for_paths(AppPaths.from_base_dir(tmp_path / "keys"))
    exported = tmp_path / "export.json"
    portability.export_database(database, exported, keys=keys)
    document = json.loads(exported.read_text(encoding="utf-8"))
    as_written_at(document, "0014_carnet_codes")  # a desk before codes: no code columns
    assert "code" not in document["tables"]["audit_events"]["columns"]
    older = tmp_path / "older-export.json"
    older.write_text(json.dumps(document), encoding="utf-8")
    fresh = open_database(
        f"sqlite:///{tmp_path / 'fresh.sqlite3'}", AppPaths.from_base_dir(tmp_path)
    )
    try:
        done = portability.import_database(fresh, older, user="admin")
        assert done.audit.intact and not done.unverified
        with fresh.read() as session:
            assert audit.verify_chain(session).intact
            assert row_digests.verify_rows(session).problem is None
            history = views.audit_entries(session, number)
        assert all(isinstance(entry.summary, str) for entry in history)  # as written
    finally:
        fresh.dispose()

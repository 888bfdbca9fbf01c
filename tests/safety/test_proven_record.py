"""A record that proves itself: the business rows under the audit chain, a signed head kept
outside the database, checksummed backups, and imports that refuse what does not add up."""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Boolean, select, text

from carnet_app.db.models import AuditEvent
from carnet_app.db.text_fold import SQL_FUNCTION, fold
from carnet_app.db.uow import Database
from carnet_app.domain.types import MovementAction
from carnet_app.errors import EnvironmentProblem
from carnet_app.paths import AppPaths
from carnet_app.services import audit, backups, carnets, movements, settings
from carnet_app.services.database import open_database
from carnet_app.services.movements import StampRequest
from tests.examples import examples
from tests.safety.conftest import Cli, cli_for, set_up_chamber
from tests.safety.desk_worker import ISSUED_ON, TODAY, issue_one, stamp_one
from tests.show_json import show_json

NUMBER = "FR/LY/000001"


@pytest.fixture
def desk(tmp_path: Path) -> tuple[Database, Cli, AppPaths]:
    """A SQLite desk with three carnets, a few stamps, its CLI on the same data folder."""
    paths = AppPaths.from_base_dir(tmp_path / "data")
    url = f"sqlite:///{tmp_path / 'carnets.sqlite3'}"
    database = open_database(url, paths)
    set_up_chamber(database)
    rng = random.Random(5)
    for _ in range(3):
        issue_one(database, rng, "clerk")
    for _ in range(3):
        stamp_one(database, NUMBER, "clerk")
    yield database, cli_for(url, paths.data_dir), paths
    database.dispose()


def sql(database: Database, statement: str, **params: Any) -> None:
    with database.engine.begin() as connection:
        connection.execute(text(statement), params)


def rehash_everything(database: Database) -> None:
    """What a forger who knows the algorithm does after editing: recompute every hash."""
    with database.engine.begin() as connection:
        rows = connection.execute(text("SELECT * FROM audit_events ORDER BY id")).mappings().all()
        previous = audit.GENESIS_HASH
        for row in rows:
            from datetime import UTC, datetime

            at = row["at"]
            moment = datetime.fromisoformat(str(at)).replace(tzinfo=UTC)

            def loads(value: Any) -> Any:
                return json.loads(value) if isinstance(value, str) else value

            digest = audit.event_hash(
                previous,
                at=moment,
                user=row["user"],
                action=row["action"],
                carnet_number=row["carnet_number"],
                summary=row["summary"],
                before=loads(row["before"]),
                after=loads(row["after"]),
                rows=loads(row["rows"]),
                code=row["code"],
                params=loads(row["params"]),
            )
            connection.execute(
                text("UPDATE audit_events SET previous_hash = :p, hash = :h WHERE id = :id"),
                {"p": previous, "h": digest, "id": row["id"]},
            )
            previous = digest


def verify(cli: Cli) -> tuple[int, str]:
    result = cli("audit", "--verify")
    assert "Traceback" not in result.stderr
    return result.code, result.stderr + result.stdout


def test_the_audit_counts_every_set_of_a_colour(desk: tuple[Database, Cli, AppPaths]) -> None:
    database, _, _ = desk
    with database.read() as session:
        yellow = show_json(session, NUMBER)["vouchers"]["yellow"]["sets"]
    with database.write() as session:
        carnets.add_vouchers(session, NUMBER, colour="yellow", sets=1, user="clerk", today=TODAY)
    with database.read() as session:
        last = session.execute(
            select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)
        ).scalar_one()
        assert last.action == "carnet.vouchers"
        assert last.before is not None and last.after is not None
        assert last.before["vouchers"]["yellow"] == yellow
        assert last.after["vouchers"]["yellow"] == yellow + 1


def test_an_intact_record_verifies_with_its_signed_head(
    desk: tuple[Database, Cli, AppPaths],
) -> None:
    _, cli, paths = desk
    result = cli("audit", "--verify", "--json")
    assert result.code == 0, result.stderr
    assert result.json["intact"] is True
    assert result.json["head"]["signed"] is True
    heads = list(paths.backups_dir.glob("*.head.json"))
    assert len(heads) == 1


@pytest.mark.parametrize(
    ("edit", "named"),
    [
        ("UPDATE goods_items SET value = value * 10 WHERE id = 2", "goods_items row 2"),
        ("UPDATE carnets SET security_amount = 1 WHERE id = 1", "carnets row 1"),
        ("UPDATE movements SET date = '2026-01-01' WHERE id = 2", "movements row 2"),
        ("DELETE FROM movements WHERE id = 3", "movements row 3"),
        ("UPDATE voucher_sets SET sets = sets + 5 WHERE id = 1", "voucher_sets row 1"),
        ("UPDATE settings SET value = '\"x\"'", "settings row"),
    ],
)
def test_a_business_row_changed_behind_the_desk_is_named(
    desk: tuple[Database, Cli, AppPaths], edit: str, named: str
) -> None:
    database, cli, _ = desk
    with database.write() as session:
        settings.set_desk_role(session, settings.DeskRole.CHAMBER, user="admin")
    sql(database, edit)
    code, message = verify(cli)
    assert code == 2 and named in message, message


def test_a_rehashed_chain_is_caught_by_the_signed_head(
    desk: tuple[Database, Cli, AppPaths],
) -> None:
    database, cli, _ = desk
    sql(database, "UPDATE audit_events SET summary = 'nothing happened' WHERE id = 2")
    rehash_everything(database)
    with database.read() as session:
        assert audit.verify_chain(session).intact  # the chain alone is fooled
    code, message = verify(cli)
    assert code == 2 and "signed head" in message, message


@pytest.mark.parametrize("removed", [1, 5, "all"])
def test_a_truncated_tail_is_caught(
    desk: tuple[Database, Cli, AppPaths], removed: int | str
) -> None:
    database, cli, _ = desk
    if removed == "all":
        sql(database, "DELETE FROM audit_events")
    else:
        sql(
            database,
            "DELETE FROM audit_events WHERE id IN "
            "(SELECT id FROM audit_events ORDER BY id DESC LIMIT :n)",
            n=removed,
        )
    code, message = verify(cli)
    assert code == 2 and "signed head" in message, message


def test_each_backup_records_its_checksum_and_a_changed_copy_is_refused(
    desk: tuple[Database, Cli, AppPaths], tmp_path: Path
) -> None:
    _, cli, _ = desk
    made = cli("backup", "--json")
    assert made.code == 0, made.stderr
    copy = Path(made.json["backup"])
    manifest = json.loads(backups.manifest_of(copy).read_text("utf-8"))
    assert len(manifest["sha256"]) == 64 and manifest["audit"]["head"]
    with sqlite3.connect(copy) as connection:
        connection.execute("UPDATE goods_items SET value = value * 10 WHERE id = 1")
    connection.close()
    refused = cli("restore", str(copy))
    assert refused.code == 2 and "checksum" in refused.stderr, refused.stderr


def export(cli: Cli, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    target = tmp_path / "all.json"
    done = cli("export-all", str(target))
    assert done.code == 0, done.stderr
    return target, json.loads(target.read_text("utf-8"))


def test_import_all_refuses_a_tampered_chain_and_counts_every_event(
    desk: tuple[Database, Cli, AppPaths], tmp_path: Path
) -> None:
    _, cli, _ = desk
    source, document = export(cli, tmp_path)
    total = document["audit"]["events"]
    rows = document["tables"]["audit_events"]["rows"]
    summary = document["tables"]["audit_events"]["columns"].index("summary")
    rows[1][summary] = "nothing happened"
    source.write_text(json.dumps(document), "utf-8")
    target = cli_for(f"sqlite:///{tmp_path / 'new.sqlite3'}", tmp_path / "n")
    refused = target("import-all", str(source))
    assert refused.code == 2 and "audit trail" in refused.stderr, refused.stderr
    accepted = target("import-all", str(source), "--accept-unverified", "--json")
    assert accepted.code == 0, accepted.stderr
    assert accepted.json["audit"]["events"] == total
    assert accepted.json["audit"]["intact"] is False
    trail = target("audit", "--json").json["events"]
    assert trail[-1]["action"] == "database.import" and "unverified" in trail[-1]["summary"]


@pytest.mark.parametrize("change", ["events", "head", "signature"])
def test_import_all_checks_the_count_the_head_and_the_signature(
    desk: tuple[Database, Cli, AppPaths], tmp_path: Path, change: str
) -> None:
    _, cli, _ = desk
    source, document = export(cli, tmp_path)
    if change == "events":
        document["audit"]["events"] += 1
    elif change == "head":
        document["audit"]["head"] = "0" * 64
    else:
        document["audit"]["signature"] = "A" * 88
    source.write_text(json.dumps(document), "utf-8")
    target = cli_for(f"sqlite:///{tmp_path / 'new.sqlite3'}", tmp_path / "n")
    refused = target("import-all", str(source))
    assert refused.code == 2, refused.stderr
    assert target("list", "--json").json.get("carnets", []) == []


def test_import_all_replays_every_ledger_before_committing(
    desk: tuple[Database, Cli, AppPaths], tmp_path: Path
) -> None:
    database, cli, _ = desk
    with database.write() as session:
        movements.record_stamp(
            session,
            "FR/LY/000002",
            StampRequest(action=MovementAction.EXPORTATION, on=ISSUED_ON + timedelta(days=3)),
            confirm=False,
            user="clerk",
            today=TODAY,
        )
    source, document = export(cli, tmp_path)
    lines = document["tables"]["movement_lines"]
    quantity = lines["columns"].index("quantity")
    lines["rows"][-1][quantity] = 5  # 5 pieces of a 1-piece item
    source.write_text(json.dumps(document), "utf-8")
    target = cli_for(f"sqlite:///{tmp_path / 'new.sqlite3'}", tmp_path / "n")
    refused = target("import-all", str(source), "--accept-unverified")
    assert refused.code == 2 and "FR/LY/000002" in refused.stderr, refused.stderr
    assert "Traceback" not in refused.stderr and refused.stderr.count("\n") == 1


def test_a_foreign_sqlite_file_is_not_called_newer(tmp_path: Path) -> None:
    path = tmp_path / "invoices.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total TEXT)")
    connection.close()
    with pytest.raises(EnvironmentProblem, match="not a Carnet Desk database") as caught:
        open_database(f"sqlite:///{path}", AppPaths.from_base_dir(tmp_path / "d"))
    assert "newer" not in caught.value.message


def covered_cells(database: Database) -> list[tuple[str, str, str, str, bool]]:
    """(table, key column, key, column) of every value of every row under the chain."""
    from carnet_app.services.row_digests import business_tables

    with database.read() as session:
        recorded: set[str] = set()
        for rows in session.execute(select(AuditEvent.rows)).scalars():
            if isinstance(rows, dict):
                recorded |= {k for k, v in rows.items() if v is not None}
    cells = []
    for table in business_tables():
        (key_column,) = table.primary_key.columns
        for column in table.columns:
            if column.primary_key or column.foreign_keys:
                continue
            for key in sorted(recorded):
                if key.startswith(f"{table.name}:"):
                    flag = isinstance(column.type, Boolean)
                    cells.append(
                        (table.name, key_column.name, key.split(":", 1)[1], column.name, flag)
                    )
    return cells


def changed(value: Any, flag: bool) -> Any:
    import re

    if value is None:
        return None
    if flag:
        return 0 if value else 1
    if isinstance(value, int):
        return value + 1
    if isinstance(value, float):
        return value + 0.5
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return "2020-01-01" if value != "2020-01-01" else "2020-01-02"
    return value + "x"


def test_any_value_changed_under_the_chain_is_caught(
    desk: tuple[Database, Cli, AppPaths],
) -> None:
    """Property: whichever value of whichever row under the chain is changed behind the
    desk's back, the rows check names that row (or says the value cannot be read)."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from carnet_app.services.row_digests import verify_rows

    database, _, _ = desk
    path = Path(str(database.engine.url.database))
    cells = covered_cells(database)
    assert len(cells) > 100

    @settings(max_examples=examples(60), deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.sampled_from(cells))
    def one_change(cell: tuple[str, str, str, str, bool]) -> None:
        table, key_column, key, column, flag = cell
        connection = sqlite3.connect(path)
        # the search index's triggers fold text through the desk's own SQL function
        connection.create_function(SQL_FUNCTION, 1, fold, deterministic=True)
        try:
            where = f'FROM "{table}" WHERE "{key_column}" = ?'
            (original,) = connection.execute(f'SELECT "{column}" {where}', (key,)).fetchone()
            new = changed(original, flag)
            if new is None:
                return
            try:
                with connection:
                    connection.execute(
                        f'UPDATE "{table}" SET "{column}" = ? WHERE "{key_column}" = ?', (new, key)
                    )
            except sqlite3.IntegrityError:
                return  # the database itself refuses this change
            try:
                with database.read() as session:
                    found = verify_rows(session)
                assert found.problem is not None, cell
                assert found.first_bad in (f"{table}:{key}", table), (cell, found)
            finally:
                with connection:
                    connection.execute(
                        f'UPDATE "{table}" SET "{column}" = ? WHERE "{key_column}" = ?',
                        (original, key),
                    )
        finally:
            connection.close()

    one_change()


def test_a_copy_that_cannot_be_verified_is_restored_only_when_accepted_and_that_is_recorded(
    desk: tuple[Database, Cli, AppPaths],
) -> None:
    _, cli, _ = desk
    made = cli("backup", "--json")
    assert made.code == 0, made.stderr
    copy = Path(made.json["backup"])
    manifest = backups.manifest_of(copy)
    recorded = json.loads(manifest.read_text("utf-8"))
    recorded["sha256"] = "0" * 64
    manifest.write_text(json.dumps(recorded), "utf-8")
    refused = cli("restore", str(copy))
    assert refused.code == 2 and "--accept-unverified" in refused.stderr, refused.stderr
    accepted = cli("restore", str(copy), "--accept-unverified", "--json")
    assert accepted.code == 0, accepted.stderr
    assert accepted.json["verified"] is False
    trail = cli("audit", "--json").json["events"]
    assert trail[-1]["action"] == "database.restore" and "unverified" in trail[-1]["summary"]
    assert cli("audit", "--verify").code == 0

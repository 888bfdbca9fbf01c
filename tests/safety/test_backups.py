"""Backups on demand, daily and rotated; a restore that checks the file before touching anything."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from carnet_app.db.uow import Database
from carnet_app.domain.types import MovementAction
from carnet_app.errors import UserError
from carnet_app.paths import AppPaths
from carnet_app.services import backups, movements, views
from carnet_app.services.database import open_database
from carnet_app.services.movements import StampRequest
from tests.safety.conftest import Cli, cli_for
from tests.safety.desk_worker import ISSUED_ON, TODAY, issue_one
from tests.show_json import show_json


def issue(database: Database) -> str:
    import random

    issue_one(database, random.Random(1), "clerk")
    with database.read() as session:
        return str(views.list_carnets(session)[0].number)


def export(database: Database, number: str) -> None:
    with database.write() as session:
        movements.record_stamp(
            session,
            number,
            StampRequest(action=MovementAction.EXPORTATION, on=ISSUED_ON + timedelta(days=3)),
            confirm=False,
            user="clerk",
            today=TODAY,
        )


def shown(database: Database, number: str) -> dict[str, object]:
    with database.read() as session:
        return show_json(session, number)


def snapshot(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_each_kind_of_copy_keeps_its_own_newest_n(database: Database, tmp_path: Path) -> None:
    folder = tmp_path / "copies"
    folder.mkdir()
    stem = backups.backup_stem(database)
    upgrade_copy = folder / f"{stem}-before-upgrade-0001_initial-20260101T000000Z.sqlite3"
    upgrade_copy.write_bytes(b"kept")
    made = [backups.backup(database, folder, keep=3) for _ in range(5)]
    dailies = [
        backups.backup(database, folder, keep=2, label=f"daily-2026-11-{d:02d}")
        for d in range(1, 5)
    ]
    everything = listing(folder)
    names = [n for n in everything if not n.endswith(backups.MANIFEST_SUFFIX)]
    assert [m.name for m in made[-3:]] == [n for n in names if n in {m.name for m in made}]
    assert [d.name for d in dailies[-2:]] == [n for n in names if "daily" in n]
    assert upgrade_copy.name in names  # a copy made before a schema upgrade is kept
    assert len(names) == 3 + 2 + 1
    # each copy kept has its manifest, and a rotated copy's manifest went with it
    assert sorted(everything) == sorted(
        [*names, *(backups.manifest_of(folder / n).name for n in names if n != upgrade_copy.name)]
    )


def test_automatic_backup_makes_one_copy_a_day(database: Database, paths: AppPaths) -> None:
    first = backups.automatic_backup(database, paths, date(2026, 11, 27))
    assert first is not None and first.exists()
    assert backups.automatic_backup(database, paths, date(2026, 11, 27)) is None
    days = [date(2026, 11, 28) + timedelta(days=n) for n in range(4)]
    for day in days:
        assert backups.automatic_backup(database, paths, day, keep=3) is not None
    kept = [c for c in backups.backup_copies(paths.backups_dir, backups.backup_stem(database))]
    assert [c.label for c in kept] == [f"daily-{d.isoformat()}" for d in days[-3:]]
    suffix = ".sqlite3" if database.engine.dialect.name == "sqlite" else ".json"
    assert all(c.path.suffix == suffix for c in kept)


def test_a_postgresql_backup_is_an_export_that_a_new_database_can_import(
    database: Database, paths: AppPaths, tmp_path: Path
) -> None:
    if database.engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only: SQLite copies the file")
    number = issue(database)
    copy = backups.backup(database, tmp_path)
    assert copy.suffix == ".json"
    target = cli_for(f"sqlite:///{tmp_path / 'from-backup.sqlite3'}", tmp_path / "t")
    assert target("import-all", str(copy)).code == 0
    assert target("show", number, "--json").json["number"] == number
    refused = cli_for(database.url, paths.data_dir)("restore", str(copy))
    assert refused.code == 2 and "import-all" in refused.stderr


def sqlite_only(database: Database) -> Path:
    if database.engine.dialect.name != "sqlite":
        pytest.skip("restore replaces a SQLite file; PostgreSQL restores with import-all")
    return backups.database_file(database)


def test_restore_from_the_command_line_brings_back_the_copy(
    database: Database, cli: Cli, paths: AppPaths, tmp_path: Path
) -> None:
    sqlite_only(database)
    number = issue(database)
    before = shown(database, number)
    made = cli("backup", str(tmp_path / "copies"), "--json")
    assert made.code == 0, made.stderr
    export(database, number)
    assert shown(database, number)["status"] == "active"
    restored = cli("restore", made.json["backup"], "--json")
    assert restored.code == 0, restored.stderr
    assert shown(database, number) == before
    verified = cli("audit", "--verify", "--json")
    assert verified.code == 0 and verified.json["intact"] is True, verified.stderr
    # the state before the restore was kept, and holds the exportation
    previous = Path(restored.json["previous_copy"])
    kept = open_database(f"sqlite:///{previous}", AppPaths.from_base_dir(tmp_path / "k"))
    assert shown(kept, number)["status"] == "active"
    kept.dispose()


def test_a_desk_that_stays_open_sees_the_restored_data(
    database: Database, paths: AppPaths, tmp_path: Path
) -> None:
    """Restore from the app: the other desks keep their connection and read the copy."""
    path = sqlite_only(database)
    number = issue(database)
    copy = backups.backup(database, tmp_path / "copies")
    other_desk = open_database(f"sqlite:///{path}", AppPaths.from_base_dir(tmp_path / "o"))
    try:
        export(other_desk, number)
        assert shown(other_desk, number)["status"] == "active"
        backups.restore(database, copy, paths.backups_dir)
        assert shown(other_desk, number)["status"] == "issued"
        export(other_desk, number)  # and can go on writing
        assert shown(database, number)["status"] == "active"
    finally:
        other_desk.dispose()


def damaged_copies(good: Path, folder: Path) -> dict[str, Path]:
    folder.mkdir()
    made: dict[str, Path] = {}

    def write(name: str, data: bytes) -> None:
        made[name] = folder / f"{name}.sqlite3"
        made[name].write_bytes(data)

    data = good.read_bytes()
    write("truncated", data[: len(data) // 2])
    scrambled = bytearray(data)
    page = 4096
    for index in range(3 * page, min(len(data), 9 * page)):
        scrambled[index] = (scrambled[index] * 7 + 13) % 256
    write("scrambled pages", bytes(scrambled))
    write("text", b"ITEM;DESCRIPTION\n1;camera\n")
    write("empty", b"")
    write("header only", data[:100])
    foreign = folder / "foreign.sqlite3"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total TEXT)")
        connection.execute("INSERT INTO invoices VALUES (1, '12.00')")
    connection.close()
    made["foreign"] = foreign
    newer = folder / "newer.sqlite3"
    shutil.copyfile(good, newer)
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    made["newer"] = newer
    made["folder"] = folder
    made["missing"] = folder / "missing.sqlite3"
    return made


REASONS = {
    "truncated": "damaged",
    "scrambled pages": "damaged",
    "text": "not a SQLite database",
    "empty": "not a SQLite database",
    "header only": "damaged",
    "foreign": "not a Carnet Desk database",
    "newer": "newer Carnet Desk",
    "folder": "is a folder",
    "missing": "not found",
}


def test_a_damaged_or_foreign_file_is_refused_and_nothing_changes(
    database: Database, paths: AppPaths, tmp_path: Path, cli: Cli
) -> None:
    live = sqlite_only(database)
    number = issue(database)
    good = backups.backup(database, tmp_path / "good")
    export(database, number)
    copies = damaged_copies(good, tmp_path / "bad")
    rows = snapshot(live)
    folder_before = listing(paths.backups_dir)
    for name, path in copies.items():
        with pytest.raises(UserError, match=REASONS[name]):
            backups.restore(database, path, paths.backups_dir)
        assert snapshot(live) == rows, name
        assert listing(paths.backups_dir) == folder_before, name
    result = cli("restore", str(copies["scrambled pages"]))
    assert result.code == 2 and result.stderr.count("\n") == 1, result.stderr
    assert "damaged" in result.stderr
    assert snapshot(live) == rows and listing(paths.backups_dir) == folder_before
    assert shown(database, number)["status"] == "active"


def test_restoring_the_live_file_onto_itself_is_refused(
    database: Database, paths: AppPaths
) -> None:
    live = sqlite_only(database)
    with pytest.raises(UserError, match="database itself"):
        backups.restore(database, live, paths.backups_dir)


def test_check_backup_file_reads_without_writing(database: Database, tmp_path: Path) -> None:
    sqlite_only(database)
    copy = backups.backup(database, tmp_path / "copies")
    before = copy.read_bytes()
    assert backups.check_backup_file(copy)
    assert copy.read_bytes() == before
    assert listing(copy.parent) == [copy.name, backups.manifest_of(copy).name]

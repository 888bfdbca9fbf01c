"""Restore always brings the desk back: a candidate is checked whole (schema as the migrations
build it, integrity, audit chain) before anything is replaced, and restore works when the live
database itself is damaged or truncated, without ever opening it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from carnet_app.errors import EnvironmentProblem, UserError
from carnet_app.paths import AppPaths
from carnet_app.services import backups, views
from carnet_app.services.database import open_database
from tests.safety.conftest import cli_for, set_up_chamber
from tests.safety.desk_worker import issue_one


def new_desk(tmp_path: Path, name: str = "live") -> tuple[str, AppPaths]:
    paths = AppPaths.from_base_dir(tmp_path / f"{name}-data")
    url = f"sqlite:///{tmp_path / f'{name}.sqlite3'}"
    database = open_database(url, paths)
    set_up_chamber(database)
    import random

    issue_one(database, random.Random(1), "clerk")
    database.dispose()
    return url, paths


def numbers(url: str, paths: AppPaths) -> list[str]:
    database = open_database(url, paths)
    try:
        with database.read() as session:
            return [str(c.number) for c in views.list_carnets(session) if c.number]
    finally:
        database.dispose()


def test_a_copy_missing_one_table_is_refused_before_anything_is_replaced(
    tmp_path: Path,
) -> None:
    """The issue's case: carnets, audit_events and alembic_version are there, not the rest."""
    url, paths = new_desk(tmp_path)
    live = Path(url.removeprefix("sqlite:///"))
    copy = backups.backup_file(live, tmp_path / "copies")
    backups.manifest_of(copy).unlink()  # a copy from elsewhere: no recorded checksum
    with sqlite3.connect(copy) as connection:
        connection.execute("DROP TABLE country_rules")
    connection.close()
    before = live.read_bytes()
    with pytest.raises(UserError, match=r"not a whole Carnet Desk database.*country_rules"):
        backups.restore_file(live, copy, paths.backups_dir)
    assert live.read_bytes() == before
    assert numbers(url, paths) == ["FR/LY/000001"]


def test_a_copy_whose_audit_chain_is_broken_is_refused(tmp_path: Path) -> None:
    url, paths = new_desk(tmp_path)
    live = Path(url.removeprefix("sqlite:///"))
    copy = backups.backup_file(live, tmp_path / "copies")
    backups.manifest_of(copy).unlink()  # a copy from elsewhere: no recorded checksum
    with sqlite3.connect(copy) as connection:
        connection.execute("UPDATE audit_events SET summary = 'nothing' WHERE id = 2")
    connection.close()
    with pytest.raises(UserError, match=r"audit trail.*event 2"):
        backups.restore_file(live, copy, paths.backups_dir)


def damage(live: Path, how: str) -> None:
    data = live.read_bytes()
    if how == "truncated":
        live.write_bytes(data[: len(data) // 3])
    elif how == "scrambled":
        scrambled = bytearray(data)
        for index in range(4096, len(data)):
            scrambled[index] = (scrambled[index] * 7 + 13) % 256
        live.write_bytes(bytes(scrambled))
    else:
        live.write_bytes(b"")
    for side in ("-wal", "-shm"):
        Path(str(live) + side).unlink(missing_ok=True)


@pytest.mark.parametrize("how", ["truncated", "scrambled", "emptied"])
def test_restore_brings_back_a_damaged_live_database(tmp_path: Path, how: str) -> None:
    url, paths = new_desk(tmp_path)
    live = Path(url.removeprefix("sqlite:///"))
    made = cli_for(url, paths.data_dir)("backup", "--json")
    assert made.code == 0, made.stderr
    damage(live, how)
    cli = cli_for(url, paths.data_dir)
    if how != "emptied":  # an empty file is a new, empty database to SQLite
        broken = cli("list")
        assert broken.code == 1 and "Traceback" not in broken.stderr, broken.stderr
        assert broken.stderr.count("\n") == 1 and "restore" in broken.stderr, broken.stderr
    restored = cli("restore", made.json["backup"], "--json")
    assert restored.code == 0, restored.stderr
    # the damaged bytes were kept aside, never lost
    assert Path(restored.json["previous_copy"]).exists()
    assert numbers(url, paths) == ["FR/LY/000001"]
    assert cli("audit", "--verify").code == 0


def test_every_command_on_a_damaged_database_is_one_line_without_a_traceback(
    tmp_path: Path,
) -> None:
    url, paths = new_desk(tmp_path)
    live = Path(url.removeprefix("sqlite:///"))
    damage(live, "scrambled")
    cli = cli_for(url, paths.data_dir)
    for args in (["list"], ["show", "FR/LY/000001"], ["audit", "--verify"], ["backup"]):
        result = cli(*args)
        assert result.code == 1, (args, result.stderr)
        assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1, result.stderr


def test_the_restore_service_never_opens_the_live_file(tmp_path: Path) -> None:
    """A live file that SQLite cannot read at all is replaced, and kept aside byte for byte."""
    url, paths = new_desk(tmp_path)
    live = Path(url.removeprefix("sqlite:///"))
    copy = backups.backup_file(live, tmp_path / "copies")
    live.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    garbage = live.read_bytes()
    done = backups.restore_file(live, copy, paths.backups_dir)
    assert done.previous is not None and done.previous.read_bytes() == garbage
    assert numbers(url, paths) == ["FR/LY/000001"]


def test_opening_a_damaged_file_is_an_environment_problem_that_names_restore(
    tmp_path: Path,
) -> None:
    url, paths = new_desk(tmp_path)
    damage(Path(url.removeprefix("sqlite:///")), "scrambled")
    with pytest.raises(EnvironmentProblem, match="restore"):
        open_database(url, paths).dispose()

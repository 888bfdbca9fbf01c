"""The signed head lives in two places (beside the backups and in the desk's data folder), and
a record that no signed head vouches for is never called intact: deleting the latest events
cannot be ruled out, and ``audit --verify`` says so."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from carnet_app.db.uow import Database
from carnet_app.paths import AppPaths
from carnet_app.services.database import open_database
from carnet_app.services.signed_head import NO_HEAD_WARNING, read_head
from tests.safety.conftest import Cli, cli_for, set_up_chamber
from tests.safety.desk_worker import issue_one, stamp_one

NUMBER = "FR/LY/000001"

Desk = tuple[Database, Cli, AppPaths]


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    """A SQLite desk with two carnets and a few stamps; its CLI on the same data folder."""
    paths = AppPaths.from_base_dir(tmp_path / "data")
    url = f"sqlite:///{tmp_path / 'carnets.sqlite3'}"
    database = open_database(url, paths)
    set_up_chamber(database)
    rng = random.Random(7)
    for _ in range(2):
        issue_one(database, rng, "clerk")
    for _ in range(3):
        stamp_one(database, NUMBER, "clerk")
    yield database, cli_for(url, paths.data_dir), paths
    database.dispose()


def head_files(paths: AppPaths) -> list[Path]:
    """The head files beside the backups, then those in the data folder."""
    return [*paths.backups_dir.glob("*.head.json"), *paths.data_dir.glob("*.head.json")]


def drop_last_events(database: Database, count: int) -> None:
    with database.engine.begin() as connection:
        connection.execute(
            text(
                "DELETE FROM audit_events WHERE id IN "
                "(SELECT id FROM audit_events ORDER BY id DESC LIMIT :n)"
            ),
            {"n": count},
        )


def verify(cli: Cli) -> Any:
    result = cli("audit", "--verify", "--json")
    assert "Traceback" not in result.stderr
    return result


def test_each_write_keeps_the_signed_head_beside_the_backups_and_in_the_data_folder(
    desk: Desk,
) -> None:
    database, _, paths = desk
    beside_backups, in_data = head_files(paths)
    assert beside_backups.parent == paths.backups_dir and in_data.parent == paths.data_dir
    heads = [read_head(beside_backups), read_head(in_data)]
    assert all(h is not None and h.signature_holds() for h in heads)
    with database.read() as session:
        events = session.execute(text("SELECT count(*) FROM audit_events")).scalar_one()
    assert [h.events for h in heads if h] == [events, events]
    assert all(p.stat().st_mode & 0o077 == 0 for p in (beside_backups, in_data))


@pytest.mark.parametrize("deleted", ["beside the backups", "in the data folder"])
def test_a_truncated_tail_is_caught_when_one_head_file_was_deleted(
    desk: Desk, deleted: str
) -> None:
    database, cli, paths = desk
    beside_backups, in_data = head_files(paths)
    (beside_backups if deleted == "beside the backups" else in_data).unlink()
    drop_last_events(database, 3)
    result = verify(cli)
    assert result.code == 2, result.stdout
    assert "events were removed" in result.stderr and "signed head" in result.stderr


def test_with_no_signed_head_left_the_tail_is_not_vouched_for(desk: Desk) -> None:
    _, cli, paths = desk
    for path in head_files(paths):
        path.unlink()  # no backups either: a cleanly cut tail would go unseen
    result = verify(cli)
    assert result.code == 0, result.stderr
    assert result.json["intact"] is False
    assert result.json["warning"] == NO_HEAD_WARNING
    assert result.json["head"]["signed"] is False
    plain = cli("audit", "--verify")
    assert plain.code == 0
    assert "intact" not in plain.stdout
    assert f"WARNING: {NO_HEAD_WARNING}" in plain.stdout


def test_the_next_write_puts_both_head_files_back(desk: Desk) -> None:
    database, cli, paths = desk
    for path in head_files(paths):
        path.unlink()
    stamp_one(database, NUMBER, "clerk")
    assert len(head_files(paths)) == 2
    result = verify(cli)
    assert result.code == 0 and result.json["intact"] is True, result.stderr
    assert result.json["warning"] is None


def test_after_a_restore_the_old_head_in_the_data_folder_no_longer_binds(
    desk: Desk, tmp_path: Path
) -> None:
    database, cli, paths = desk
    made = cli("backup", str(tmp_path / "copies"), "--json")
    assert made.code == 0, made.stderr
    for _ in range(2):
        stamp_one(database, "FR/LY/000002", "clerk")
    database.dispose()
    restored = cli("restore", made.json["backup"], "--json")
    assert restored.code == 0, restored.stderr
    assert all((h := read_head(p)) is not None and h.restored_at for p in head_files(paths))
    result = verify(cli)
    assert result.code == 0 and result.json["intact"] is True, result.stderr

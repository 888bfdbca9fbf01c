"""Backups named and rotated per database (its identity, not its file name), leaks of killed
backups, restores and upgrades cleaned at start, and carnet data private to its owner."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import text

from carnet_app.paths import AppPaths
from carnet_app.services import backups
from carnet_app.services.database import open_database
from tests.safety.conftest import cli_for, set_up_chamber


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_two_databases_with_the_same_file_name_keep_their_own_copies(tmp_path: Path) -> None:
    paths = AppPaths.from_base_dir(tmp_path / "data")
    live = open_database(f"sqlite:///{tmp_path / 'live' / 'carnets.sqlite3'}", paths)
    training = open_database(f"sqlite:///{tmp_path / 'training' / 'carnets.sqlite3'}", paths)
    try:
        assert backups.database_identity(live) != backups.database_identity(training)
        for _ in range(3):
            backups.backup(live, paths.backups_dir, keep=3)
        for _ in range(10):
            backups.backup(training, paths.backups_dir, keep=3)
        live_copies = backups.backup_copies_of(live, paths.backups_dir)
        training_copies = backups.backup_copies_of(training, paths.backups_dir)
    finally:
        live.dispose()
        training.dispose()
    assert len(live_copies) == 3 and len(training_copies) == 3
    assert not {c.path for c in live_copies} & {c.path for c in training_copies}


def test_leftovers_of_killed_backups_and_restores_are_removed_at_start(tmp_path: Path) -> None:
    paths = AppPaths.from_base_dir(tmp_path / "data")
    url = f"sqlite:///{tmp_path / 'carnets.sqlite3'}"
    database = open_database(url, paths)
    copy = backups.backup(database, paths.backups_dir)
    database.dispose()
    dead_pid = 2**22 + 17  # above any pid this machine hands out
    part = paths.backups_dir / f"{copy.stem}.{dead_pid}.part"
    part.write_bytes(b"x" * 1000)
    old_style_part = paths.backups_dir / f"{copy.name}.part"
    old_style_part.write_bytes(b"x" * 1000)
    os.utime(old_style_part, (1, 1))
    scratch = Path(tempfile.gettempdir()) / f"carnet-restore-{dead_pid}-abcd"
    scratch.mkdir(exist_ok=True)
    (scratch / "checked.sqlite3").write_bytes(b"x" * 1000)
    try:
        for n in range(5):
            upgrade = paths.backups_dir / (
                f"{copy.name.split('-')[0]}-before-upgrade-000{n}_x-2026010{n + 1}T000000Z.sqlite3"
            )
            shutil.copyfile(copy, upgrade)
        open_database(url, paths).dispose()
        assert not part.exists() and not old_style_part.exists()
        assert not scratch.exists()
        kept = sorted(p.name for p in paths.backups_dir.glob("*before-upgrade*"))
        assert len(kept) == backups.KEEP_BEFORE_UPGRADE
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_database_its_log_backups_and_exports_are_private_to_the_owner(
    tmp_path: Path,
) -> None:
    old_umask = os.umask(0o022)
    try:
        data = tmp_path / "data"
        url = f"sqlite:///{data / 'carnets.sqlite3'}"
        cli = cli_for(url, data)
        assert (
            cli(
                "association",
                "set",
                "--name",
                "CCI",
                "--country",
                "FR",
                "--currency",
                "EUR",
                "--code",
                "LY",
            ).code
            == 0
        )
        database = open_database(url, AppPaths.from_base_dir(data))
        set_up_chamber(database)
        live = data / "carnets.sqlite3"
        wal = Path(str(live) + "-wal")
        shm = Path(str(live) + "-shm")
        assert mode(data) == 0o700
        assert mode(live) == 0o600
        with database.read() as session:  # the log files exist while a desk has it open
            session.execute(text("SELECT count(*) FROM carnets"))
            assert mode(wal) == 0o600 and mode(shm) == 0o600
        made = cli("backup", "--json").json["backup"]
        assert mode(Path(made)) == 0o600 and mode(Path(made).parent) == 0o700
        elsewhere = tmp_path / "copies"
        made = cli("backup", str(elsewhere), "--json").json["backup"]
        assert mode(Path(made)) == 0o600 and mode(elsewhere) == 0o700
        exported = tmp_path / "all.json"
        assert cli("export-all", str(exported)).code == 0
        assert mode(exported) == 0o600
        database.dispose()
    finally:
        os.umask(old_umask)


def test_an_existing_world_readable_database_is_made_private_when_opened(
    tmp_path: Path,
) -> None:
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    path = tmp_path / "old.sqlite3"
    sqlite3.connect(path).close()
    path.chmod(0o644)
    open_database(f"sqlite:///{path}", AppPaths.from_base_dir(tmp_path / "d")).dispose()
    assert mode(path) == 0o600
    assert mode(tmp_path / "d") == 0o700  # the data folder made for keys and backups

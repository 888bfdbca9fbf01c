"""Reading never waits for a writer and works on a database the desk may not write: opening a
database takes no write lock (reference data is seeded only when it is missing or older)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from carnet_app.db.uow import Database
from carnet_app.paths import AppPaths
from carnet_app.services.database import open_database
from tests.safety.conftest import REPO, Cli, set_up_chamber
from tests.safety.desk_worker import issue_one
from tests.safety.test_concurrent_desks import HeldWriteLock

READS = (
    ["list", "--json"],
    ["show", "FR/LY/000001", "--json"],
    ["audit", "--verify", "--json"],
)


def test_reads_exports_and_backups_work_while_another_desk_holds_the_write_lock(
    database: Database, db_url: str, cli: Cli, tmp_path: Path
) -> None:
    import random

    issue_one(database, random.Random(2), "clerk")
    # A desk that needed the lock would give up after 300 ms and exit 1: these succeed.
    impatient = {"CARNET_BUSY_TIMEOUT_MS": "300"}
    with HeldWriteLock(db_url):
        for args in (
            *READS,
            ["export-all", str(tmp_path / "all.json")],
            ["backup", str(tmp_path / "copies")],
        ):
            result = cli(*args, env=impatient)
            assert result.code == 0, (args, result.stderr)


def test_opening_a_current_database_takes_no_write_lock(
    database: Database, db_url: str, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CARNET_BUSY_TIMEOUT_MS", "300")  # a lock wait would fail at once
    with HeldWriteLock(db_url):
        open_database(db_url, paths).dispose()


def run_as_nobody(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """The command as a user who may read the database but not write it or its folder."""
    command = [sys.executable, "-m", "carnet_app.cli", *args]
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: cannot drop write permission")
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        env={**os.environ, **env, "PYTHONWARNINGS": "error"},
        cwd=REPO,
        timeout=120,
        check=False,
    )


def test_a_database_on_a_read_only_folder_can_be_read(tmp_path: Path) -> None:
    import random
    import tempfile

    # outside pytest's private temporary folder, so that another user can reach it
    base = Path(tempfile.mkdtemp(prefix="carnet-ro-test-"))
    base.chmod(0o755)
    folder = base / "readonly"
    folder.mkdir()
    try:
        url = f"sqlite:///{folder / 'carnets.sqlite3'}"
        database = open_database(url, AppPaths.from_base_dir(tmp_path / "d"))
        set_up_chamber(database)
        issue_one(database, random.Random(3), "clerk")
        database.dispose()
        for side in ("-wal", "-shm"):
            assert not Path(str(folder / "carnets.sqlite3") + side).exists()
        (folder / "carnets.sqlite3").chmod(0o444)
        folder.chmod(0o555)
        elsewhere = base / "nobody-data"
        elsewhere.mkdir()
        elsewhere.chmod(0o777)
        env = {"CARNET_DB": url, "CARNET_DATA_DIR": str(elsewhere), "CARNET_TODAY": "2026-11-27"}
        for args in READS:
            result = run_as_nobody(list(args), env)
            assert result.returncode == 0, (args, result.stderr)
        written = run_as_nobody(["association", "set", "--name", "X"], env)
        assert written.returncode in (1, 2) and "Traceback" not in written.stderr
        assert written.stderr.count("\n") == 1, written.stderr
    finally:
        folder.chmod(0o755)
        shutil.rmtree(base, ignore_errors=True)

"""Real ``carnet`` processes killed (SIGKILL) in the middle of a backup, a restore and a schema
upgrade: the next start leaves no leak (no ``.part`` file, no restore scratch folder, no more
than the newest pre-upgrade copies) and the database is whole.

``CARNET_INTERRUPT_KILLS=30`` kills each kind of process more often than the default 2.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest

from carnet_app.db.engine import make_engine
from carnet_app.db.migrate import KEEP_BEFORE_UPGRADE, alembic_config
from carnet_app.paths import AppPaths
from carnet_app.services import backups
from carnet_app.services.database import open_database
from carnet_app.services.demo_data import fill_demo_data
from tests.safety.conftest import REPO, cli_for, set_up_chamber
from tests.safety.desk_worker import TODAY

KILLS = int(os.environ.get("CARNET_INTERRUPT_KILLS", "2"))


def start(url: str, data: Path, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "carnet_app.cli", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={
            **os.environ,
            "CARNET_DB": url,
            "CARNET_DATA_DIR": str(data),
            "CARNET_TODAY": TODAY.isoformat(),
        },
        cwd=REPO,
    )


def timed(url: str, data: Path, *args: str) -> float:
    began = time.monotonic()
    process = start(url, data, *args)
    assert process.wait(timeout=300) == 0, args
    return time.monotonic() - began


def kill_during(url: str, data: Path, rng: random.Random, span: float, *args: str) -> int:
    process = start(url, data, *args)
    time.sleep(rng.uniform(0.3 * span, span))
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    return process.pid


def whole(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        connection.close()


def leaks(backups_dir: Path, pids: list[int]) -> list[str]:
    found = [p.name for p in backups_dir.glob("*.part")]
    scratch = Path(tempfile.gettempdir())
    for pid in pids:
        found += [p.name for p in scratch.glob(f"{backups.RESTORE_SCRATCH_PREFIX}{pid}-*")]
    return found


@pytest.mark.slow
def test_killed_backups_and_restores_leave_nothing_behind(
    tmp_path: Path, record_property: Any
) -> None:
    rng = random.Random(7)
    data = tmp_path / "data"
    paths = AppPaths.from_base_dir(data)
    live = tmp_path / "carnets.sqlite3"
    url = f"sqlite:///{live}"
    database = open_database(url, paths)
    set_up_chamber(database)
    with database.write() as session:
        fill_demo_data(session, carnets=200, seed=3, today=TODAY, user="demo")
    copy = backups.backup(database, paths.backups_dir, keep=50)
    database.dispose()
    cli = cli_for(url, data)
    pids: list[int] = []
    span = timed(url, data, "backup", "--keep", "50")
    for _ in range(KILLS):
        pids.append(kill_during(url, data, rng, span, "backup", "--keep", "50"))
    span = timed(url, data, "restore", str(copy))
    for _ in range(KILLS):
        pids.append(kill_during(url, data, rng, span, "restore", str(copy)))
    assert cli("list").code == 0  # the next start cleans up
    assert leaks(paths.backups_dir, pids) == []
    whole(live)
    verified = cli("audit", "--verify")
    assert verified.code == 0, verified.stderr
    record_property("interrupted", {"backup_and_restore_kills": 2 * KILLS})
    print(f"\ninterrupted: {2 * KILLS} backups and restores killed, no leak, database whole")


@pytest.mark.slow
def test_killed_upgrades_leave_a_bounded_number_of_copies(tmp_path: Path) -> None:
    from alembic import command

    rng = random.Random(8)
    data = tmp_path / "data"
    live = tmp_path / "old.sqlite3"
    url = f"sqlite:///{live}"
    engine = make_engine(url)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0003_carnet_options")
    engine.dispose()
    pristine = live.read_bytes()
    pids: list[int] = []
    for _ in range(KILLS):
        live.write_bytes(pristine)
        pids.append(kill_during(url, data, rng, 2.5, "list"))
        whole(live)
    assert cli_for(url, data)("list").code == 0  # upgraded at last
    backups_dir = data / "backups"
    assert leaks(backups_dir, pids) == []
    kept = list(backups_dir.glob("*-before-upgrade-*.sqlite3"))
    assert 1 <= len(kept) <= KEEP_BEFORE_UPGRADE

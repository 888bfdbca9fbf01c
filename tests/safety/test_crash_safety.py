"""A writer killed (SIGKILL) at random moments, hundreds of times: nothing it acknowledged is
lost, nothing is left half done, the file stays whole.

The writer (``desk_worker.crash_writer``) issues carnets (apply, then issue) and walks them
through trips (exportation, importation, re-exportation, re-importation, buying voucher sets
when needed), printing each action only after its commit. After every kill the database is
checked from scratch (``invariants.check_database``): SQLite's integrity check, gapless
numbering, every numbered carnet whole, every movement with its lines and its audit event,
the audit chain intact, and every acknowledged action present.

The writer marks in a shared byte when it holds an open write transaction; most kills wait
for that mark and land a few milliseconds into the transaction, and the figures say how many
kills landed inside one.

``CARNET_CRASH_KILLS=1000`` runs more kills than the default 200 (PostgreSQL: a fifth, or
``CARNET_CRASH_KILLS_PG``).
"""

from __future__ import annotations

import json
import mmap
import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from carnet_app.paths import AppPaths
from carnet_app.services.database import open_database
from tests.safety.conftest import REPO, set_up_chamber
from tests.safety.desk_worker import FLAG_ENV_VAR
from tests.safety.invariants import Acks, check_database

KILLS_ENV_VAR = "CARNET_CRASH_KILLS"
DEFAULT_KILLS = 200
PG_KILLS_ENV_VAR = "CARNET_CRASH_KILLS_PG"
# Check the whole database after every N kills (and after the last): 1 by default; the long
# runs for the figures check every 10 (a lost or half-written action stays visible, since the
# acknowledgements add up and numbers cannot be filled in afterwards).
CHECK_EVERY_ENV_VAR = "CARNET_CRASH_CHECK_EVERY"
SEED = int(os.environ.get("CARNET_CRASH_SEED", "20261127"))


class Lines:
    """JSON lines from a pipe, with timeouts (the writer may be killed mid-line)."""

    def __init__(self, stream: Any) -> None:
        self.fd = stream.fileno()
        self.buffer = b""

    def next(self, timeout: float) -> dict[str, Any] | None:
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([self.fd], [], [], left)
            if not ready:
                return None
            chunk = os.read(self.fd, 65536)
            if not chunk:
                raise AssertionError("the fork server stopped")
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return dict(json.loads(line))


@pytest.mark.slow
def test_a_writer_killed_at_random_moments_loses_nothing_it_acknowledged(
    backend: str, db_url: str, paths: AppPaths, tmp_path: Path, record_property: Any
) -> None:
    kills = int(os.environ.get(KILLS_ENV_VAR, DEFAULT_KILLS))
    if backend == "postgresql":
        kills = int(os.environ.get(PG_KILLS_ENV_VAR, max(10, kills // 5)))
    check_every = max(1, int(os.environ.get(CHECK_EVERY_ENV_VAR, "1")))
    flag = tmp_path / "in-transaction.flag"
    flag.write_bytes(b"\0")
    flag_handle = flag.open("r+b")
    in_transaction = mmap.mmap(flag_handle.fileno(), 1)
    database = open_database(db_url, paths)
    set_up_chamber(database)
    rng = random.Random(SEED)
    acks = Acks()
    stderr = (tmp_path / "server.err").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.safety.desk_worker", "serve", db_url],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=stderr,
        cwd=REPO,
        env={
            **os.environ,
            "CARNET_DATA_DIR": str(paths.data_dir),
            "PYTHONWARNINGS": "error",
            FLAG_ENV_VAR: str(flag),
        },
    )
    assert server.stdin is not None and server.stdout is not None
    lines = Lines(server.stdout)
    killed_while_writing = 0
    killed_inside_transaction = 0
    counts: dict[str, int] = {}
    checks = 0
    try:
        for round_no in range(kills):
            server.stdin.write(f"run {SEED + round_no}\n".encode())
            server.stdin.flush()
            started = lines.next(180 if round_no == 0 else 30)  # the server warms up first
            assert started is not None and "pid" in started, started
            pid = started["pid"]
            writing = rng.random() < 0.85
            if writing:
                # Let it commit a few actions (however slow the machine), then kill it at a
                # random moment: most often in the middle of a transaction.
                opened = lines.next(30)
                assert opened is not None and opened.get("act") == "open", opened
                for _ in range(rng.randint(0, 5)):
                    line = lines.next(30)
                    assert line is not None and "error" not in line, line
                    acks.add(line)
                killed_while_writing += 1
            if writing and rng.random() < 0.8:
                # wait for the next write transaction, then kill a few milliseconds into it
                waited = time.monotonic() + 5
                while in_transaction[0] != 1 and time.monotonic() < waited:
                    time.sleep(0.0002)
                time.sleep(rng.uniform(0, 0.004))
            else:
                deadline = time.monotonic() + rng.uniform(0, 0.06 if writing else 0.15)
                while (left := deadline - time.monotonic()) > 0:
                    line = lines.next(left)
                    if line is None:
                        break
                    assert "error" not in line, f"round {round_no}: the writer failed: {line}"
                    acks.add(line)
            inside = in_transaction[0] == 1
            os.kill(pid, signal.SIGKILL)
            killed_inside_transaction += inside
            in_transaction[0] = 0
            while True:
                line = lines.next(30)
                assert line is not None, f"round {round_no}: no word from the fork server"
                assert "error" not in line, f"round {round_no}: the writer failed: {line}"
                if line.get("dead") == pid:
                    break
                acks.add(line)
            if (round_no + 1) % check_every and round_no + 1 < kills:
                continue
            try:
                counts = check_database(database, acks)
            except AssertionError as exc:
                raise AssertionError(f"after kill {round_no + 1} (seed {SEED}): {exc}") from exc
            checks += 1
        server.stdin.write(b"quit\n")
        server.stdin.flush()
        server.wait(timeout=30)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
        server.stdin.close()
        server.stdout.close()
        stderr.close()
        database.dispose()
        in_transaction.close()
        flag_handle.close()
    figures = {
        "backend": backend,
        "kills": kills,
        "killed_while_writing": killed_while_writing,
        "killed_inside_write_transaction": killed_inside_transaction,
        "database_checks": checks,
        "acknowledged_actions": acks.count,
        **counts,
    }
    record_property("crash_figures", figures)
    print(f"\ncrash safety: {figures}")
    assert acks.count > kills // 2, "the writer hardly wrote anything: the test proves little"
    # enough of each write to prove something, whatever the load (a busy CI on PostgreSQL:
    # 81 actions over 40 kills, 9 carnets issued and 43 movements)
    assert counts["issued"] >= 5 and counts["movements"] > 10, counts

"""Ctrl-C in the terminal during a long command (a large demo load, which hashes its rows in a
second process): the whole process group gets SIGINT, and the clerk sees one line, not a
traceback from either process; the load is not kept and no process is left behind."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.safety.conftest import REPO

# the ``carnet`` program as a terminal starts it: Ctrl-C raises KeyboardInterrupt (a test
# runner may have started this process with SIGINT ignored, which a child would inherit)
PROGRAM = (
    "import runpy, signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
    "sys.argv = ['carnet', *sys.argv[1:]]; runpy.run_module('carnet_app.cli', run_name='__main__')"
)


def children(pid: int) -> list[str]:
    """The command lines of the processes ``pid`` started."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            if parent == pid:
                found.append((entry / "cmdline").read_bytes().replace(b"\0", b" ").decode())
        except (OSError, IndexError, ValueError):
            continue  # gone meanwhile
    return found


def group_alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_ctrl_c_during_a_large_demo_load_says_one_line_and_keeps_nothing(tmp_path: Path) -> None:
    database = tmp_path / "desk.sqlite3"
    env = {**os.environ, "CARNET_DATA_DIR": str(tmp_path / "data")}
    command = [sys.executable, "-c", PROGRAM, "--db", str(database)]
    subprocess.run([*command, "init"], env=env, cwd=REPO, check=True, capture_output=True)
    load = subprocess.Popen(
        [*command, "demo-data", "--carnets", "200000"],
        env=env,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own group, as a terminal's foreground job
    )
    try:
        deadline = time.monotonic() + 120
        while not any("spawn_main" in line for line in children(load.pid)):
            assert load.poll() is None, load.communicate()
            assert time.monotonic() < deadline, "the hashing process never started"
            time.sleep(0.1)
        time.sleep(1.0)  # batches drawn, written and hashed
        os.killpg(load.pid, signal.SIGINT)  # what Ctrl-C does
        out, err = load.communicate(timeout=120)
    finally:
        if load.poll() is None:
            os.killpg(load.pid, signal.SIGKILL)
    said = err.decode()
    assert load.returncode == 130, said
    assert said.count("\n") == 1 and "Traceback" not in said, said
    assert said.startswith("carnet: interrupted"), said
    assert out == b""
    deadline = time.monotonic() + 30
    while group_alive(load.pid):  # the hashing process ends with the program
        assert time.monotonic() < deadline, "a process of the load was left behind"
        time.sleep(0.1)
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("SELECT count(*) FROM carnets").fetchone() == (0,)

"""Run the real ``carnet`` command in a subprocess against a temporary SQLite file, and against
a PostgreSQL database when the test run has a server (``CARNET_TEST_PG_URL``): every test module
here runs once per backend. On PostgreSQL ``db_file`` is a pointer file naming the test's
database (tests/postgres/backends.py); ``dump`` reads whichever backend the test runs on."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.postgres.backends import backend_params, dump_url, pg, postgresql_for, read_pointer


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str

    @property
    def json(self) -> Any:
        return json.loads(self.stdout)


CarnetCommand = Callable[..., Run]
_current = {"backend": "sqlite"}


@pytest.fixture(scope="module", params=backend_params(), autouse=True)
def backend(request: pytest.FixtureRequest) -> Iterator[str]:
    """The database backend of this module's run (SQLite, then PostgreSQL if a server is set)."""
    _current["backend"] = request.param
    yield request.param
    _current["backend"] = "sqlite"


@pytest.fixture(autouse=True)
def _drop_test_databases(backend: str) -> Iterator[None]:
    before = pg().created() if backend == "postgresql" else set()
    yield
    if backend == "postgresql":
        pg().drop_new(before)


def database_for(db_file: Path) -> str:
    """What ``CARNET_DB`` names for this test file: the file, or its PostgreSQL database."""
    if _current["backend"] == "postgresql":
        return postgresql_for(db_file)
    if read_pointer(db_file) is not None:
        raise AssertionError(f"{db_file} stands for a PostgreSQL database in a SQLite run")
    return str(db_file)


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "desk.sqlite3"


def command_for(db_file: Path, data_dir: Path) -> CarnetCommand:
    env = {
        **os.environ,
        "CARNET_DATA_DIR": str(data_dir),
        "CARNET_USER": "clerk",
        "PYTHONWARNINGS": "error",
    }

    def run(*args: str, today: str | None = None) -> Run:
        run_env = dict(env)
        run_env["CARNET_DB"] = database_for(db_file)
        if today:
            run_env["CARNET_TODAY"] = today
        done = subprocess.run(
            [sys.executable, "-m", "carnet_app.cli", *args],
            capture_output=True,
            text=True,
            env=run_env,
            timeout=120,
            check=False,
        )
        return Run(done.returncode, done.stdout, done.stderr)

    return run


@pytest.fixture
def carnet(db_file: Path, tmp_path: Path) -> CarnetCommand:
    return command_for(db_file, tmp_path / "data")


def dump(db_file: Path) -> list[str]:
    """Every row of every table, to prove a refusal wrote nothing."""
    if _current["backend"] == "postgresql":
        return dump_url(database_for(db_file))
    with sqlite3.connect(db_file) as connection:
        return list(connection.iterdump())

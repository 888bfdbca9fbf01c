"""Run the ``carnet`` command against a temporary SQLite file, and against a PostgreSQL
database when the test run has a server (``CARNET_TEST_PG_URL``): every test module here runs
once per backend. On PostgreSQL ``db_file`` is a pointer file naming the test's database
(tests/postgres/backends.py); ``dump`` reads whichever backend the test runs on.

The ``carnet`` fixture calls ``main(argv)`` in this process (tests/cli/runner.py); the
``carnet_subprocess`` fixture runs the real command in a new process, for the few smoke tests
that prove the entry points themselves. Which backend a test runs on is set in the environment
for that test only (``CARNET_TEST_BACKEND``), so nothing is left over for the next test,
whatever the order.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.cli.runner import Run, run_in_process, run_subprocess
from tests.postgres.backends import backend_params, dump_url, pg, postgresql_for, read_pointer

__all__ = ["CarnetCommand", "Run", "command_for", "copy_desk", "database_for", "dump"]

CarnetCommand = Callable[..., Run]
BACKEND_ENV_VAR = "CARNET_TEST_BACKEND"


@pytest.fixture(scope="module", params=backend_params(), autouse=True)
def backend(request: pytest.FixtureRequest) -> str:
    """The database backend of this module's run (SQLite, then PostgreSQL if a server is set)."""
    return str(request.param)


@pytest.fixture(autouse=True)
def _backend_of_this_test(backend: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv(BACKEND_ENV_VAR, backend)
    before = pg().created() if backend == "postgresql" else set()
    yield
    if backend == "postgresql":
        pg().drop_new(before)


def current_backend() -> str:
    return os.environ.get(BACKEND_ENV_VAR, "sqlite")


def database_for(db_file: Path, backend: str | None = None) -> str:
    """What ``CARNET_DB`` names for this test file: the file, or its PostgreSQL database."""
    if (backend or current_backend()) == "postgresql":
        return postgresql_for(db_file)
    if read_pointer(db_file) is not None:
        raise AssertionError(f"{db_file} stands for a PostgreSQL database in a SQLite run")
    return str(db_file)


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "desk.sqlite3"


def command_for(db_file: Path, data_dir: Path, *, in_process: bool = True) -> CarnetCommand:
    """``carnet(*args, today=None)`` on this database, as the clerk, in a data folder."""
    backend = current_backend()
    runner = run_in_process if in_process else run_subprocess

    def run(*args: str, today: str | None = None) -> Run:
        env: dict[str, str | None] = {
            "CARNET_DB": database_for(db_file, backend),
            "CARNET_DATA_DIR": str(data_dir),
            "CARNET_USER": "clerk",
        }
        if today:
            env["CARNET_TODAY"] = today
        return runner(args, env)

    return run


@pytest.fixture
def carnet(db_file: Path, tmp_path: Path) -> CarnetCommand:
    return command_for(db_file, tmp_path / "data")


@pytest.fixture
def carnet_subprocess(db_file: Path, tmp_path: Path) -> CarnetCommand:
    """The same, as a real ``python -m carnet_app.cli`` process (smoke tests only: slow)."""
    return command_for(db_file, tmp_path / "data", in_process=False)


def dump(db_file: Path) -> list[str]:
    """Every row of every table, to prove a refusal wrote nothing."""
    if current_backend() == "postgresql":
        return dump_url(database_for(db_file))
    with sqlite3.connect(db_file) as connection:
        return list(connection.iterdump())


def copy_desk(template: Path, db_file: Path, data_dir: Path) -> None:
    """Give a test its own copy of a desk a module built once (``template/desk.sqlite3`` and
    its data folder ``template/data``: keys, signed audit head). On PostgreSQL the copied
    SQLite file is carried into a database of the test's own on first use."""
    with sqlite3.connect(template / "desk.sqlite3") as source, sqlite3.connect(db_file) as copy:
        source.backup(copy)
    if (template / "data").exists():
        shutil.copytree(template / "data", data_dir, dirs_exist_ok=True)

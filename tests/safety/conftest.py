"""Data-safety tests on every backend the run has (SQLite; PostgreSQL with CARNET_TEST_PG_URL)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from carnet_app.db.uow import Database
from carnet_app.paths import AppPaths
from carnet_app.services import carnets
from carnet_app.services.database import open_database
from tests.postgres.backends import backend_params, pg

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(params=backend_params())
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """A new database at the current schema, reference data in place."""
    if backend == "postgresql":
        url = pg().with_schema()
        yield url
        pg().drop(url)
    else:
        yield f"sqlite:///{tmp_path / 'desk.sqlite3'}"


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.from_base_dir(tmp_path / "data")


def set_up_chamber(database: Database) -> None:
    with database.write() as session:
        carnets.set_association(
            session, name="CCI Lyon", country="FR", currency="EUR", code="LY", user="admin"
        )


@pytest.fixture
def database(db_url: str, paths: AppPaths) -> Iterator[Database]:
    db = open_database(db_url, paths)
    set_up_chamber(db)
    yield db
    db.dispose()


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str

    @property
    def json(self) -> Any:
        return json.loads(self.stdout)


Cli = Callable[..., Run]


def cli_for(url: str, data_dir: Path) -> Cli:
    def run(*args: str, env: dict[str, str] | None = None) -> Run:
        done = subprocess.run(
            [sys.executable, "-m", "carnet_app.cli", *args],
            capture_output=True,
            text=True,
            env={
                **os.environ,
                "CARNET_DB": url,
                "CARNET_DATA_DIR": str(data_dir),
                "CARNET_USER": "clerk",
                "CARNET_TODAY": "2026-11-27",
                "PYTHONWARNINGS": "error",
                **(env or {}),
            },
            cwd=REPO,
            timeout=120,
            check=False,
        )
        return Run(done.returncode, done.stdout, done.stderr)

    return run


@pytest.fixture
def cli(db_url: str, paths: AppPaths) -> Cli:
    return cli_for(db_url, paths.data_dir)

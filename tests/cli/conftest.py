"""Run the real ``carnet`` command in a subprocess against a temporary SQLite file."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str

    @property
    def json(self) -> Any:
        return json.loads(self.stdout)


CarnetCommand = Callable[..., Run]


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "desk.sqlite3"


def command_for(db_file: Path, data_dir: Path) -> CarnetCommand:
    env = {
        **os.environ,
        "CARNET_DB": str(db_file),
        "CARNET_DATA_DIR": str(data_dir),
        "CARNET_USER": "clerk",
        "PYTHONWARNINGS": "error",
    }

    def run(*args: str, today: str | None = None) -> Run:
        run_env = dict(env)
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
    with sqlite3.connect(db_file) as connection:
        return list(connection.iterdump())

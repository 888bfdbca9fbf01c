"""Two desks on one machine: each its own SQLite file, data folder and key folder, driven
through the real ``carnet`` command."""

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

from tests.conftest import TEST_DATA


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str

    @property
    def json(self) -> Any:
        return json.loads(self.stdout)


@dataclass
class Desk:
    name: str
    folder: Path

    @property
    def db(self) -> Path:
        return self.folder / "desk.sqlite3"

    def __call__(self, *args: str, today: str = "2026-03-20") -> Run:
        env = {
            **os.environ,
            "CARNET_DATA_DIR": str(self.folder / "data"),
            "CARNET_KEYS_DIR": str(self.folder / "keys"),
            "CARNET_DB": str(self.db),
            "CARNET_USER": self.name,
            "CARNET_TODAY": today,
            "PYTHONWARNINGS": "error",
        }
        done = subprocess.run(
            [sys.executable, "-m", "carnet_app.cli", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        return Run(done.returncode, done.stdout, done.stderr)

    def ok(self, *args: str, today: str = "2026-03-20") -> Any:
        run = self(*args, "--json", today=today)
        assert run.code == 0, run.stderr
        return run.json

    def dump(self) -> list[str]:
        with sqlite3.connect(self.db) as connection:
            return list(connection.iterdump())


DeskFactory = Callable[[str], Desk]


@pytest.fixture
def desk(tmp_path: Path) -> DeskFactory:
    def make(name: str) -> Desk:
        folder = tmp_path / name
        folder.mkdir()
        return Desk(name, folder)

    return make


@pytest.fixture
def chamber(desk: DeskFactory) -> Desk:
    chamber = desk("chamber")
    chamber.ok(
        "association",
        "set",
        "--name",
        "CCI Lyon",
        "--country",
        "FR",
        "--currency",
        "EUR",
        "--code",
        "LY",
    )
    chamber.ok("apply", str(TEST_DATA / "application-film-shoot.json"))
    chamber.ok("issue", "1", "--date", "2026-03-02")
    return chamber

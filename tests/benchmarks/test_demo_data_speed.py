"""Target (issue 2): `carnet demo-data` fills 100,000 carnets in under two minutes here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytest_benchmark.fixture import BenchmarkFixture

from carnet_app.paths import AppPaths
from carnet_app.services.database import open_database
from carnet_app.services.demo_data import fill_demo_data

CARNETS = 100_000
TARGET_SECONDS = 120


def test_hundred_thousand_demo_carnets(benchmark: BenchmarkFixture, tmp_path: Path) -> None:
    counter = iter(range(10))

    def fill() -> int:
        database = open_database(
            f"sqlite:///{tmp_path / f'demo{next(counter)}.sqlite3'}",
            AppPaths.from_base_dir(tmp_path),
        )
        try:
            with database.write() as session:
                return fill_demo_data(
                    session, carnets=CARNETS, seed=1, today=date(2026, 11, 27), user="bench"
                ).carnets
        finally:
            database.dispose()

    assert benchmark.pedantic(fill, rounds=1, iterations=1) == CARNETS
    assert benchmark.stats.stats.max < TARGET_SECONDS

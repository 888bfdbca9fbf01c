"""The carnet list on 100,000 carnets: first rows in under 1 s, a search keystroke p50 ≤ 30 ms and
p95 ≤ 100 ms (process CPU time).
Run with ``CARNET_BENCHMARKS=1 uv run pytest tests/benchmarks/test_gui_list.py``.

The database is built once (about a minute) in a cache folder and reused by later runs:
``$CARNET_BENCH_DB`` or ``<tmp>/carnet-benchmarks/desk-100k.sqlite3``.
"""

from __future__ import annotations

import itertools
import os
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from carnet_app.db.uow import Database
from carnet_app.gui.context import DeskContext
from carnet_app.gui.main_window import MainWindow
from carnet_app.gui.tasks import TaskRunner
from carnet_app.paths import AppPaths
from carnet_app.services import desk
from carnet_app.services.database import open_database
from carnet_app.services.demo_data import fill_demo_data

CARNETS = 100_000
TODAY = date(2026, 11, 27)
# What a clerk types: a holder's name, a serial number, a carnet number, keystroke by keystroke.
KEYSTROKES = [
    *("O", "Or", "Ori", "Orio", "Orion"),
    *("4", "47", "471", "4711"),
    *("000", "0001", "00012", "000123"),
    *("Stei", "Stein", "Steinw"),
]


def _database_file() -> Path:
    override = os.environ.get("CARNET_BENCH_DB")
    if override:
        return Path(override)
    return Path(tempfile.gettempdir()) / "carnet-benchmarks" / "desk-100k.sqlite3"


@pytest.fixture(scope="session")
def big_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path = _database_file()
    paths = AppPaths.from_base_dir(tmp_path_factory.mktemp("bench-data"))
    if not path.exists():
        partial = path.with_suffix(".building")
        partial.unlink(missing_ok=True)
        partial.parent.mkdir(parents=True, exist_ok=True)
        database = open_database(f"sqlite:///{partial}", paths)
        with database.write() as session:
            fill_demo_data(session, carnets=CARNETS, seed=11, today=TODAY, user="bench")
        with database.write() as session:
            desk.prepare_search_index(session)
        database.dispose()
        partial.replace(path)
    database = open_database(f"sqlite:///{path}", paths)
    with database.write() as session:
        desk.prepare_search_index(session)  # no-op when present
    yield database
    database.dispose()


@pytest.fixture
def context(big_database: Database, tmp_path: Path, qapp: Any) -> Iterator[DeskContext]:
    runner = TaskRunner()
    settings = QSettings(str(tmp_path / "desk-settings.ini"), QSettings.Format.IniFormat)
    ctx = DeskContext(
        big_database, AppPaths.from_base_dir(tmp_path), settings, runner, today=lambda: TODAY
    )
    yield ctx
    runner.shutdown()


def test_first_rows_under_one_second(benchmark: Any, context: DeskContext, qtbot: Any) -> None:
    windows: list[MainWindow] = []

    def settle() -> None:  # the previous window's alerts finish before the next round
        qtbot.waitUntil(lambda: not context.runner.busy, timeout=120_000)
        while windows:
            windows.pop().close()

    def open_window() -> None:
        window = MainWindow(context)
        qtbot.addWidget(window)
        windows.append(window)
        window.show_page("list")
        window.show()
        with qtbot.waitSignal(window.list_page.loaded, timeout=10_000):
            window.start()
        assert window.list_page.model.row_at(0) is not None  # what the first paint asks for
        assert window.list_page.model.rowCount() == CARNETS

    benchmark.pedantic(open_window, setup=settle, rounds=3, iterations=1)
    settle()
    assert benchmark.stats.stats.median < 1.0


def _percentile(sample: list[float], fraction: float) -> float:
    ordered = sorted(sample)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def test_search_keystroke_p50_30_ms_p95_100_ms(
    benchmark: Any, context: DeskContext, qtbot: Any
) -> None:
    """From the query to the first screenful of rows (the count may arrive after them; Qt's
    paint is measured apart). The targets hold on the process's CPU time: on a shared machine
    the wall clock waits for other processes' turns as well (both are printed)."""
    from carnet_app.gui.pages.carnet_list import CarnetListPage

    page = CarnetListPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.reload()
    texts = itertools.cycle(KEYSTROKES)
    counts: dict[str, int] = {}
    cpu: list[float] = []
    wall: list[float] = []
    paint: list[float] = []

    def settle() -> None:  # the previous keystroke's count, if it came after its page
        qtbot.waitUntil(lambda: not context.runner.busy, timeout=60_000)

    def keystroke() -> None:
        text = next(texts)
        started, started_cpu = time.perf_counter(), time.process_time()
        page.search.blockSignals(True)  # the debounce is not what we measure
        page.search.setText(text)
        page.search.blockSignals(False)
        with qtbot.waitSignal(page.loaded, timeout=10_000) as blocker:
            page.query_now()
        counts[text] = int(blocker.args[0])
        if counts[text]:
            page.model.row_at(0)  # the first screenful of rows, as the paint asks
        cpu.append(time.process_time() - started_cpu)
        wall.append(time.perf_counter() - started)
        painting = time.process_time()
        page.table.viewport().repaint()  # the paint itself (Qt), apart
        paint.append(time.process_time() - painting)

    benchmark.pedantic(keystroke, setup=settle, rounds=len(KEYSTROKES) * 2, iterations=1)
    settle()
    print(
        f"\nkeystroke wall p50 {_percentile(wall, 0.5):.3f} s, p95 {_percentile(wall, 0.95):.3f} s;"
        f" CPU p50 {_percentile(cpu, 0.5):.3f} s, p95 {_percentile(cpu, 0.95):.3f} s;"
        f" paint CPU p50 {_percentile(paint, 0.5):.3f} s; load {os.getloadavg()[0]:.1f}"
    )
    assert counts["Orion"] > 0 and counts["000123"] >= 1
    assert _percentile(cpu, 0.5) <= 0.03
    assert _percentile(cpu, 0.95) <= 0.1

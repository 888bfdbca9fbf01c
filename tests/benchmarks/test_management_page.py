"""The management page itself on 100,000 carnets: from asking to every chart drawn (the
figures read off the GUI thread, the charts built on it) in under 1 s, median of 5. Run with
``CARNET_BENCHMARKS=1 uv run pytest tests/benchmarks/test_management_page.py -s``; it shares
the cached 100,000-carnet database of the list benchmark (``$CARNET_BENCH_DB``)."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from carnet_app.db.uow import Database
from carnet_app.gui.context import DeskContext
from carnet_app.gui.tasks import TaskRunner
from carnet_app.paths import AppPaths
from carnet_app.services.deadlines import rebuild_if_pending
from tests.benchmarks.test_management_speed import big  # noqa: F401  (the shared fixture)

TODAY = date(2026, 11, 27)
TARGET_SECONDS = 1.0


@pytest.fixture
def ctx(big: Database, tmp_path: Path, qapp: Any) -> Iterator[DeskContext]:  # noqa: F811
    rebuild_if_pending(big)
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    yield DeskContext(
        big,
        AppPaths.from_base_dir(tmp_path),
        settings,
        TaskRunner(),
        user="bench",
        today=lambda: TODAY,
    )


def test_the_management_page_draws_in_under_a_second(ctx: DeskContext, qtbot: Any) -> None:
    from carnet_app.gui.pages.management import ManagementPage

    page = ManagementPage(ctx)
    qtbot.addWidget(page)
    page.resize(1024, 640)
    page.show()
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        with qtbot.waitSignal(page.loaded, timeout=30_000):
            page.reload()
        qtbot.wait(1)  # the charts' first paint
        timings.append(time.perf_counter() - started)
    median = statistics.median(timings)
    print(
        f"\nmanagement page on 100,000 carnets: median {median * 1000:.0f} ms, worst "
        f"{max(timings) * 1000:.0f} ms (load {os.getloadavg()[0]:.1f})"
    )
    assert median <= TARGET_SECONDS

"""Start-up targets (issue 17): first painted window ≤ 2× a bare PySide6 window with a table,
``carnet --version``/``--help`` ≤ 0.1 s, ``carnet show`` ≤ 0.5 s on a new database; medians of
five whole processes. ``CARNET_BENCHMARKS=1 uv run pytest tests/benchmarks/test_startup.py``."""

from __future__ import annotations

from tests.benchmarks.startup import measure, table


def test_start_up_targets() -> None:
    figures = measure()
    print(table(figures))
    missed = [f.name for f in figures if not f.met]
    assert not missed, table(figures)

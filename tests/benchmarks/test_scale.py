"""The chamber-scale targets on 100,000 demo carnets (issue 16 point 5, issue 17): dashboard,
first list rows, every column's sort, a search keystroke, opening a carnet, memory with the list
scrolled end to end. ``CARNET_BENCHMARKS=1 uv run pytest tests/benchmarks/test_scale.py``
(the database is built once into ``$CARNET_BENCH_DIR``; ``CARNET_BENCH_CARNETS`` changes the
size). The figures go to docs/performance.md through ``tests/benchmarks/scale.py``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.benchmarks.scale import TARGETS, build, database_url

CARNETS = int(os.environ.get("CARNET_BENCH_CARNETS", "100000"))


@pytest.fixture(scope="module")
def figures() -> dict[str, object]:
    url = database_url(CARNETS, None)
    build(CARNETS, url)
    done = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("scale.py")), "--measure", url],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    print(json.dumps(result, indent=1))
    return result


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_target(figures: dict[str, object], name: str) -> None:
    value = figures[name]
    assert isinstance(value, float)
    assert value <= TARGETS[name], f"{name}: {value:.3f} > {TARGETS[name]}"

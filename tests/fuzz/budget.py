"""How many examples the fuzz suite runs, and the memory bound every example is held to.

``CARNET_FUZZ_EXAMPLES`` sets the examples of each property (default 200);
``CARNET_FUZZ_SLOW_EXAMPLES`` those of the ``slow`` properties (default 3000). Every example
calls ``example_done``: it counts the example and checks the peak resident memory of the
process running it (the kernel's high-water mark, ``VmHWM``, which only grows) so that
everything allocated while reading, parsing and writing the example is bounded, at the cost
of reading one small /proc file.

Run alone (``pytest tests/fuzz``), the process's whole peak must stay under ``PEAK_LIMIT_MB``.
Inside the whole suite the process already holds what earlier tests (Qt, PDFs) left behind:
there, each fuzz test resets the high-water mark when it starts (``start_measuring``, Linux's
``/proc/self/clear_refs``) and the peak above what the process held then is bounded instead.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

EXAMPLES = int(os.environ.get("CARNET_FUZZ_EXAMPLES", "200"))
SLOW_EXAMPLES = int(os.environ.get("CARNET_FUZZ_SLOW_EXAMPLES", "3000"))
PEAK_LIMIT_MB = 500

TRIED: Counter[str] = Counter()
STARTED = time.monotonic()
_STATUS = Path("/proc/self/status")


def peak_mb() -> float:
    """This process's peak resident memory so far, in MB."""
    try:
        for line in _STATUS.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


_BASELINE = {"mb": 0.0}  # what the process held when the current fuzz test started
HIGHEST = {"mb": 0.0, "grown": 0.0, "baselines": 0.0}  # the highest peak, growth, baseline


def resident_mb() -> float:
    try:
        for line in _STATUS.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def start_measuring() -> None:
    """At the start of each fuzz test: the high-water mark is reset to what the process holds
    now, so what earlier tests allocated and freed is not counted; a process that still
    holds much (the whole suite ran before) is bounded above what it holds."""
    _BASELINE["mb"] = 0.0
    held = resident_mb()
    try:
        Path("/proc/self/clear_refs").write_text("5")  # VmHWM back to VmRSS (Linux)
    except OSError:
        return  # elsewhere the whole peak of the process is bounded
    if held >= PEAK_LIMIT_MB / 2:
        _BASELINE["mb"] = held


def example_done(kind: str) -> None:
    """Count one example of ``kind`` and hold the process under the memory bound."""
    TRIED[kind] += 1
    peak = peak_mb()
    HIGHEST["mb"] = max(HIGHEST["mb"], peak)
    grown = peak - _BASELINE["mb"]
    HIGHEST["grown"] = max(HIGHEST["grown"], grown)
    HIGHEST["baselines"] = max(HIGHEST["baselines"], _BASELINE["mb"])
    assert grown < PEAK_LIMIT_MB, (
        f"peak memory {peak:.0f} MB after a {kind} example "
        f"(the test started at {_BASELINE['mb']:.0f} MB)"
    )


def summary() -> str:
    counted = {kind: n for kind, n in TRIED.items() if ": " not in kind}  # not the sub-counts
    return (
        f"fuzz examples: {sum(counted.values())} {dict(sorted(TRIED.items()))}; "
        f"peak memory {HIGHEST['mb']:.0f} MB "
        + (
            f"(at most {HIGHEST['grown']:.0f} MB above what earlier tests left) "
            if HIGHEST["baselines"]
            else ""
        )
        + f"(limit {PEAK_LIMIT_MB} MB); "
        f"{time.monotonic() - STARTED:.0f} s"
    )


@contextmanager
def example(kind: str) -> Iterator[None]:
    """``with example("csv read"):`` around an example's body: counted and bounded when it
    ends (a failing example fails on its own error)."""
    yield
    example_done(kind)

"""How many examples the fuzz suite runs, and the memory bound every example is held to.

``CARNET_FUZZ_EXAMPLES`` sets the examples of each property (default 200);
``CARNET_FUZZ_SLOW_EXAMPLES`` those of the ``slow`` properties (default 3000). Every example
calls ``example_done``: it counts the example and checks the peak resident memory of the
process running it (the kernel's high-water mark, ``VmHWM``) against ``PEAK_LIMIT_MB``. The
high-water mark only grows, so the check after each example bounds every allocation made
while reading, parsing and writing it, at the cost of reading one small /proc file.
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


def example_done(kind: str) -> None:
    """Count one example of ``kind`` and hold the process under the memory bound."""
    TRIED[kind] += 1
    peak = peak_mb()
    assert peak < PEAK_LIMIT_MB, f"peak memory {peak:.0f} MB after a {kind} example"


def summary() -> str:
    counted = {kind: n for kind, n in TRIED.items() if ": " not in kind}  # not the sub-counts
    return (
        f"fuzz examples: {sum(counted.values())} {dict(sorted(TRIED.items()))}; "
        f"peak memory {peak_mb():.0f} MB (limit {PEAK_LIMIT_MB} MB); "
        f"{time.monotonic() - STARTED:.0f} s"
    )


@contextmanager
def example(kind: str) -> Iterator[None]:
    """``with example("csv read"):`` around an example's body: counted and bounded when it
    ends (a failing example fails on its own error)."""
    yield
    example_done(kind)

"""Start-up figures, each against a bare baseline measured in the same run (medians of N whole
processes, from spawn to the event named), for the programs as a user starts them (the
``carnet`` and ``carnet-app`` scripts of the environment):

* ``carnet-app`` to its first painted window, against a bare PySide6 window with a table;
* ``carnet --version`` / ``--help`` against ``python -c pass``;
* ``carnet show`` of a carnet on a new database.

Each figure gives the wall clock and the CPU time of the process (user + system): on a machine
others are using, the wall clock includes waiting for a core, the CPU time does not, so the
targets are checked on the CPU time and the load average is printed beside them. The first run
of each program fills the desk's cache folder (compiled imports, parsed data files: see
carnet_app/startup.py); it is timed apart, in a cache folder of its own.

Run ``uv run python tests/benchmarks/startup.py`` (prints a table, exits 1 if a target is
missed); ``tests/benchmarks/test_startup.py`` asserts the same targets under pytest.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

RUNS = 5
BIN = Path(sys.executable).parent

BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QTableWidget(0, 5))
window.resize(1360, 860)
class Paint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
spy = Paint()
window.installEventFilter(spy)
window.show()
app.exec()
"""


@dataclass(frozen=True)
class Figure:
    name: str
    seconds: float  # CPU time of the process (median)
    baseline_name: str | None = None
    baseline: float | None = None
    target: str = ""
    met: bool = True
    wall: float | None = None  # median wall clock, spawn to the event

    @property
    def ratio(self) -> float | None:
        return self.seconds / self.baseline if self.baseline else None


def _env(data_dir: Path) -> dict[str, str]:
    env = {
        **os.environ,
        "CARNET_DATA_DIR": str(data_dir),
        "CARNET_CACHE_DIR": str(data_dir / "cache"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.pop("CARNET_DB", None)
    return env


def _run(argv: list[str], env: dict[str, str], event: str | None = None) -> tuple[float, float]:
    """(wall, CPU) of one process: wall from spawn to exit, or to the ``event`` line it prints
    (``first-paint``, ``desk-painted``) with the time it happened; CPU until it exits."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.time()
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=300, check=False)
    ended = time.time()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    if event is None:
        return ended - start, cpu
    happened = next(
        float(line.split()[1]) for line in done.stdout.splitlines() if line.startswith(event)
    )
    return happened - start, cpu


def _medians(samples: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(w for w, _ in samples), statistics.median(c for _, c in samples)


def median(sample: list[float]) -> float:
    return statistics.median(sample)


def load_average() -> float:
    return os.getloadavg()[0]


def program(name: str) -> list[str]:
    """The environment's own script (``carnet``, ``carnet-app``), as a user starts it."""
    script = BIN / name
    if script.exists():
        return [str(script)]
    module = {"carnet": "carnet_app.cli", "carnet-app": "carnet_app.gui.start"}[name]
    return [sys.executable, "-m", module]


def measure(runs: int = RUNS) -> list[Figure]:
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="carnet-start-") as folder:
        data = Path(folder)
        env = _env(data)
        python = sys.executable
        carnet, app = program("carnet"), program("carnet-app")
        db = str(data / "desk.sqlite3")
        subprocess.run([*carnet, "--db", db, "init"], env=env, capture_output=True, check=True)
        subprocess.run(
            [*carnet, "--db", db, "demo-data", "--carnets", "3"],
            env=env,
            capture_output=True,
            check=True,
        )
        listed = subprocess.run(
            [*carnet, "--db", db, "list", "--json"], env=env, capture_output=True, check=True
        )
        number = json.loads(listed.stdout)["carnets"][0]["number"]
        _, bare_c = _medians([_run([python, "-c", "pass"], env) for _ in range(runs)])
        commands = (
            ("carnet --version", ["--version"], 0.1),
            ("carnet --help", ["--help"], 0.1),
            ("carnet show (new database)", ["--db", db, "show", number], 0.5),
        )
        for name, argv, target in commands:
            first = _run([*carnet, *argv], {**env, "CARNET_CACHE_DIR": str(data / name)})
            wall, cpu = _medians([_run([*carnet, *argv], env) for _ in range(runs)])
            figures.append(
                Figure(
                    name,
                    cpu,
                    "python -c pass",
                    bare_c,
                    f"≤ {target} s",
                    cpu <= target,
                    wall=wall,
                )
            )
            figures.append(Figure(f"{name}, first run (fills the cache)", first[1], wall=first[0]))
        bare_window = [_run([python, "-c", BARE_WINDOW], env, "first-paint") for _ in range(runs)]
        bare_window_w, bare_window_c = _medians(bare_window)
        paint_env = {**env, "CARNET_REPORT_FIRST_PAINT": "exit"}
        painted_w, painted_c = _medians([_run(app, paint_env, "first-paint") for _ in range(runs)])
        figures.append(
            Figure(
                "carnet-app: first painted window (wall)",
                painted_w,
                "bare PySide6 window with a table",
                bare_window_w,
                "≤ 2× baseline",
                painted_w <= 2 * bare_window_w,
                wall=painted_w,
            )
        )
        figures.append(
            Figure(
                "carnet-app: start to exit after the first paint (CPU)",
                painted_c,
                "bare PySide6 window with a table",
                bare_window_c,
                "≤ 2× baseline",
                painted_c <= 2 * bare_window_c,
            )
        )
        # the whole start: first window, then the desk's own window with the database open
        full_env = {**env, "CARNET_REPORT_FIRST_PAINT": "desk"}
        whole_w, whole_c = _medians(
            [_run(app, full_env, "desk-painted") for _ in range(max(3, runs // 2))]
        )
        figures.append(
            Figure(
                "carnet-app: main window shown, database open",
                whole_c,
                "bare PySide6 window with a table",
                bare_window_c,
                "(info)",
                wall=whole_w,
            )
        )
    return figures


def table(figures: list[Figure]) -> str:
    bytecode = "not written" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "written"
    lines = [
        f"load average {load_average():.2f} on {os.cpu_count()} cores; PYTHONDONTWRITEBYTECODE:"
        f" bytecode {bytecode} beside the sources",
        "",
        "| what | Carnet Desk: CPU (wall) | bare baseline | ratio | target | met |",
        "|---|---|---|---|---|---|",
    ]
    for f in figures:
        base = f"{f.baseline_name}: {f.baseline:.3f} s" if f.baseline is not None else "—"
        ratio = f"×{f.ratio:.2f}" if f.ratio is not None else "—"
        wall = f" ({f.wall:.3f} s)" if f.wall is not None and f.wall != f.seconds else ""
        met = ("yes" if f.met else "NO") if f.target and f.target != "(info)" else "—"
        lines.append(
            f"| {f.name} | {f.seconds:.3f} s{wall} | {base} | {ratio} | {f.target} | {met} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    found = measure(int(sys.argv[1]) if len(sys.argv) > 1 else RUNS)
    print(table(found))
    sys.exit(0 if all(f.met for f in found) else 1)

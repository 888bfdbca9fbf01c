"""Start-up figures, each against a bare baseline measured in the same run (medians of N whole
processes, wall clock from spawn to the event named):

* ``carnet-app`` to its first painted window, against a bare PySide6 window with a table;
* ``carnet --version`` / ``--help`` against ``python -c pass``;
* ``carnet show`` on a new database.

Run ``uv run python tests/benchmarks/startup.py`` (prints a table, exits 1 if a target is
missed); ``tests/benchmarks/test_startup.py`` asserts the same targets under pytest.
"""

from __future__ import annotations

import os
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
    seconds: float
    baseline_name: str | None = None
    baseline: float | None = None
    target: str = ""
    met: bool = True

    @property
    def ratio(self) -> float | None:
        return self.seconds / self.baseline if self.baseline else None


def _env(data_dir: Path) -> dict[str, str]:
    env = {**os.environ, "CARNET_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CARNET_DB", None)
    return env


def _process_seconds(argv: list[str], env: dict[str, str]) -> float:
    """Spawn to exit."""
    start = time.time()
    subprocess.run(argv, env=env, capture_output=True, check=False, timeout=300)
    return time.time() - start


def _paint_seconds(argv: list[str], env: dict[str, str]) -> float:
    """Spawn to the first paint the process reports on stdout."""
    start = time.time()
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=300, check=True)
    painted = next(
        float(line.split()[1]) for line in done.stdout.splitlines() if line.startswith("first-")
    )
    return painted - start


def median(sample: list[float]) -> float:
    return statistics.median(sample)


def measure(runs: int = RUNS) -> list[Figure]:
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="carnet-start-") as folder:
        data = Path(folder)
        env = _env(data)
        python = sys.executable
        carnet = [python, "-m", "carnet_app.cli"]
        app = [python, "-m", "carnet_app.gui.launcher"]
        subprocess.run([*carnet, "init"], env=env, capture_output=True, check=True)
        bare = median([_process_seconds([python, "-c", "pass"], env) for _ in range(runs)])
        for name, argv in (("carnet --version", ["--version"]), ("carnet --help", ["--help"])):
            took = median([_process_seconds([*carnet, *argv], env) for _ in range(runs)])
            figures.append(Figure(name, took, "python -c pass", bare, "≤ 0.1 s", took <= 0.1))
        show = median(
            [_process_seconds([*carnet, "show", "FR/XX/000001"], env) for _ in range(runs)]
        )
        figures.append(
            Figure(
                "carnet show (new database)", show, "python -c pass", bare, "≤ 0.5 s", show <= 0.5
            )
        )
        bare_window = median(
            [_paint_seconds([python, "-c", BARE_WINDOW], env) for _ in range(runs)]
        )
        paint_env = {**env, "CARNET_REPORT_FIRST_PAINT": "exit"}
        desk = median([_paint_seconds(app, paint_env) for _ in range(runs)])
        figures.append(
            Figure(
                "carnet-app: first painted window",
                desk,
                "bare PySide6 window with a table",
                bare_window,
                "≤ 2× baseline",
                desk <= 2 * bare_window,
            )
        )
        # the whole start: first window, then the desk's own window with the database open
        full_env = {**env, "CARNET_REPORT_FIRST_PAINT": "desk"}
        whole = median([_desk_ready_seconds(app, full_env) for _ in range(max(3, runs // 2))])
        figures.append(
            Figure(
                "carnet-app: main window shown, database open",
                whole,
                "bare PySide6 window with a table",
                bare_window,
                "(info)",
            )
        )
    return figures


def _desk_ready_seconds(argv: list[str], env: dict[str, str]) -> float:
    start = time.time()
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=300, check=True)
    ready = next(
        float(line.split()[1]) for line in done.stdout.splitlines() if line.startswith("desk-")
    )
    return ready - start


def table(figures: list[Figure]) -> str:
    lines = [
        "| what | Carnet Desk | bare baseline | ratio | target | met |",
        "|---|---|---|---|---|---|",
    ]
    for f in figures:
        base = f"{f.baseline_name}: {f.baseline:.3f} s" if f.baseline is not None else "—"
        ratio = f"×{f.ratio:.2f}" if f.ratio is not None else "—"
        lines.append(
            f"| {f.name} | {f.seconds:.3f} s | {base} | {ratio} | {f.target} | "
            f"{'yes' if f.met else 'NO'} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    found = measure(int(sys.argv[1]) if len(sys.argv) > 1 else RUNS)
    print(table(found))
    sys.exit(0 if all(f.met for f in found) else 1)

"""The scaling table of docs/performance.md: every figure a clerk waits on, on 10,000 /
100,000 / 1,000,000 demo carnets, SQLite (and PostgreSQL when a URL is given).

    uv run python tests/benchmarks/scale.py 10000 100000   # SQLite files in $CARNET_BENCH_DIR
    uv run python tests/benchmarks/scale.py 1000000        # the 1,000,000 column (a 7 GB file)
    uv run python tests/benchmarks/scale.py 100000 --pg postgresql+psycopg://u@host/db
    uv run python tests/benchmarks/scale.py 10000 --json   # one JSON object per size

A database is built once per size with ``carnet demo-data`` (timed: that is the demo-data
figure) and kept for the next runs. Each size is measured in a fresh process (memory is that
process's). Times are medians unless said; the machine and its load are printed with them.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

TODAY = date(2026, 11, 27)
FIRST_ROWS = 60  # a screenful and a half
KEYSTROKES = [
    *("O", "Or", "Ori", "Orio", "Orion"),
    *("4", "47", "471", "4711"),
    *("000", "0001", "00012", "000123"),
    *("rh", "rho", "rhon", "rhone", "rhône v"),
    *("Stei", "Stein", "Steinw"),
    *("cam", "came", "camer", "camera"),
]
BENCH_DIR = Path(os.environ.get("CARNET_BENCH_DIR", Path(tempfile.gettempdir()) / "carnet-bench"))


def timed(fn: Callable[[], object], rounds: int = 5) -> list[float]:
    out = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def percentile(sample: list[float], fraction: float) -> float:
    ordered = sorted(sample)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ---------------------------------------------------------------- building


def database_url(carnets: int, pg: str | None) -> str:
    if pg:
        return pg
    return f"sqlite:///{BENCH_DIR / f'desk-{carnets}.sqlite3'}"


def build(carnets: int, url: str) -> float | None:
    """Build the database with ``carnet demo-data`` if it is not there; seconds, or None."""
    marker = (
        BENCH_DIR
        / f"built-{carnets}-{'pg' if '://' in url and 'sqlite' not in url else 'sqlite'}.json"
    )
    if marker.exists():
        return float(json.loads(marker.read_text())["seconds"])
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "CARNET_DATA_DIR": str(BENCH_DIR / "data"),
        "CARNET_TODAY": TODAY.isoformat(),
    }
    command = [sys.executable, "-m", "carnet_app.cli", "--db", url]
    subprocess.run([*command, "init"], env=env, check=True, capture_output=True)
    server_before = server_cpu(url)
    start = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([*command, "demo-data", "--carnets", str(carnets)], env=env, check=True)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    load = "{:.1f} / {:.1f}".format(*os.getloadavg()[:2])
    server_after = server_cpu(url)
    built = {"seconds": seconds, "cpu_seconds": cpu, "load": load}
    if server_before is not None and server_after is not None:
        built["server_cpu_seconds"] = server_after - server_before
    marker.write_text(json.dumps(built))
    return seconds


def _proc_stat(pid: int) -> list[str]:
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def server_cpu(url: str) -> float | None:
    """CPU seconds a PostgreSQL server on this machine has used so far: its postmaster, the
    processes it runs and those it has reaped (a build's own backend is gone when the build
    ends); None for SQLite or a server elsewhere."""
    if "sqlite" in url or "://" not in url:
        return None
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            backend = int(connection.execute(text("SELECT pg_backend_pid()")).scalar_one())
        postmaster = int(_proc_stat(backend)[1])
        tick = os.sysconf("SC_CLK_TCK")
        own = _proc_stat(postmaster)
        used = sum(int(n) for n in own[11:15])
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    fields = _proc_stat(int(entry.name))
                except OSError:
                    continue
                if fields[1] == str(postmaster):
                    used += int(fields[11]) + int(fields[12])
        return used / tick
    except OSError:
        return None
    finally:
        engine.dispose()


def build_cpu(carnets: int, url: str) -> float | None:
    """The CPU seconds the build took (on a shared machine: what an idle one would wait)."""
    kind = "pg" if "://" in url and "sqlite" not in url else "sqlite"
    marker = BENCH_DIR / f"built-{carnets}-{kind}.json"
    if not marker.exists():
        return None
    found = json.loads(marker.read_text()).get("cpu_seconds")
    return float(found) if found is not None else None


def build_server_cpu(carnets: int, url: str) -> float | None:
    """PostgreSQL: the CPU seconds the server spent on the build (None for SQLite)."""
    marker = BENCH_DIR / f"built-{carnets}-pg.json"
    if "sqlite" in url or not marker.exists():
        return None
    found = json.loads(marker.read_text()).get("server_cpu_seconds")
    return float(found) if found is not None else None


def build_load(carnets: int, url: str) -> str:
    kind = "pg" if "://" in url and "sqlite" not in url else "sqlite"
    marker = BENCH_DIR / f"built-{carnets}-{kind}.json"
    return str(json.loads(marker.read_text()).get("load", "—")) if marker.exists() else "—"


# ---------------------------------------------------------------- measuring (child process)


def measure(url: str) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from carnet_app.db.list_window import first_page
    from carnet_app.db.queries import ListFilter, SortKey, carnet_ids, carnet_rows
    from carnet_app.paths import AppPaths
    from carnet_app.services import deadline_views, desk
    from carnet_app.services.database import open_database

    figures: dict[str, Any] = {}
    start = time.perf_counter()
    database = open_database(url, AppPaths.from_base_dir(BENCH_DIR / "data"))
    figures["open database (s)"] = time.perf_counter() - start

    def first_rows(flt: Any = None, sort: Any = SortKey.NUMBER, descending: bool = False) -> int:
        """What the list page asks before it paints: the first page of ids, their rows."""
        with database.read() as session:
            window = first_page(
                session, flt or ListFilter(), today=TODAY, sort=sort, descending=descending
            )
            carnet_rows(session, window.ids[:FIRST_ROWS])
            return len(window.ids)

    figures["first list rows, first query (s)"] = timed(first_rows, 1)[0]
    cpu = cpu_seconds(database)
    figures["first list rows (s)"] = statistics.median(timed(first_rows))
    figures["first list rows, CPU (client + server), mean (s)"] = (cpu_seconds(database) - cpu) / 5

    def dashboard() -> None:
        flt = deadline_views.DashboardFilter()
        with database.read() as session:
            deadline_views.dashboard_counts(session, flt, today=TODAY)
            deadline_views.dashboard_page(session, flt, today=TODAY)

    cpu = cpu_seconds(database)
    figures["dashboard (s)"] = statistics.median(timed(dashboard))
    figures["dashboard, CPU (client + server), mean (s)"] = (cpu_seconds(database) - cpu) / 5
    with database.read() as session:
        counts = deadline_views.dashboard_counts(
            session, deadline_views.DashboardFilter(), today=TODAY
        )
    figures["dashboard: deadlines / notices"] = (
        f"{counts.by_category.get('deadline', 0):,} / {counts.by_category.get('notice', 0):,}"
    )

    figures.update(sort_figures(database, first_rows))
    figures.update(keystroke_figures(database, first_rows))
    with database.read() as session:  # accents and case ignored: the holders are "Vallée"
        figures["carnets 'vallee' finds"] = len(
            carnet_ids(session, ListFilter(search="vallee"), today=TODAY)
        )

    with database.read() as session:
        count = desk.carnet_count(session)
        sample = desk.sample_carnet_id(session)
    rng = random.Random(5)
    picks = [sample] + [rng.randint(1, count) for _ in range(20)]

    def open_one(carnet_id: int | None) -> None:
        if carnet_id is None:
            return
        with database.read() as session:
            try:
                desk.carnet_detail(session, carnet_id, today=TODAY)
            except Exception:  # an id without a carnet (deleted): not what is measured
                pass

    cpu = cpu_seconds(database)
    opens = [timed(lambda c=c: open_one(c), 1)[0] for c in picks]
    figures["open a carnet, CPU (client + server), mean (s)"] = (cpu_seconds(database) - cpu) / len(
        picks
    )
    figures["open a carnet, median (s)"] = statistics.median(opens)
    figures["open a carnet, p95 (s)"] = percentile(opens, 0.95)
    figures.update(scrolled_memory(database))
    database.dispose()
    figures["load average while measured (1 / 5 min)"] = "{:.1f} / {:.1f}".format(
        *os.getloadavg()[:2]
    )
    return figures


def cpu_seconds(database: Any) -> float:
    """CPU time this process used so far, and on PostgreSQL (a server on this machine) what
    the server processes of its connections used: what a figure costs whatever the load."""
    used = time.process_time()
    if database.engine.dialect.name != "postgresql":
        return used
    from sqlalchemy import text

    with database.engine.connect() as connection:
        pids = connection.execute(
            text("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")
        ).scalars()
        for pid in list(pids):
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:  # a server elsewhere, or a connection gone
                continue
            used += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return used


def sort_figures(database: Any, first_rows: Callable[..., int]) -> dict[str, Any]:
    """Each column's sort, both ways (the first page of ids and its rows): the slowest."""
    from carnet_app.db.queries import SortKey

    found: dict[str, Any] = {}
    sorts, sorts_cpu = {}, {}
    for key in SortKey:
        for descending in (False, True):
            name = f"{key.value}{' desc' if descending else ''}"
            cpu = cpu_seconds(database)
            sorts[name] = statistics.median(
                timed(lambda k=key, d=descending: first_rows(sort=k, descending=d), 3)
            )
            sorts_cpu[name] = (cpu_seconds(database) - cpu) / 3
    slowest = max(sorts, key=sorts.__getitem__)
    found["sort, slowest column (s)"] = sorts[slowest]
    found["sort, slowest column"] = slowest
    found["sort, median over columns (s)"] = statistics.median(sorts.values())
    slowest_cpu = max(sorts_cpu, key=sorts_cpu.__getitem__)
    found["sort, most CPU (client + server, s)"] = sorts_cpu[slowest_cpu]
    found["sort, most CPU"] = slowest_cpu

    return found


def keystroke_figures(database: Any, first_rows: Callable[..., int]) -> dict[str, Any]:
    """Each keystroke as the list page runs it: the first page of ids and its rows (what the
    clerk waits for), then the count the page asks for after it (shown when it arrives)."""
    from carnet_app.db.list_window import carnet_count_matching
    from carnet_app.db.queries import ListFilter

    figures: dict[str, Any] = {}
    keystrokes, keystrokes_cpu, counts = [], [], []
    both = 0.0
    for text in KEYSTROKES * 2:
        with_server = cpu_seconds(database)
        cpu = time.process_time()
        keystrokes += timed(lambda t=text: first_rows(ListFilter(search=t)), 1)
        keystrokes_cpu.append(time.process_time() - cpu)
        both += cpu_seconds(database) - with_server
        with database.read() as session:  # the count the list asks for after the page
            counts += timed(
                lambda t=text, s=session: carnet_count_matching(
                    s, ListFilter(search=t), today=TODAY
                ),
                1,
            )
    figures["search keystroke p50 (s)"] = percentile(keystrokes, 0.5)
    figures["search keystroke p95 (s)"] = percentile(keystrokes, 0.95)
    figures["search keystroke p50, CPU (s)"] = percentile(keystrokes_cpu, 0.5)
    figures["search keystroke p95, CPU (s)"] = percentile(keystrokes_cpu, 0.95)
    figures["search keystroke, CPU (client + server), mean (s)"] = both / len(keystrokes)
    figures["search: count after the page, p50 / p95 (s)"] = (
        f"{percentile(counts, 0.5):.3f} / {percentile(counts, 0.95):.3f}"
    )
    return figures


def scrolled_memory(database: Any) -> dict[str, Any]:
    """The carnet list page open, scrolled from the first row to the last (every block of rows
    asked for, as the view does while scrolling): resident memory at the end."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from carnet_app.gui.context import DeskContext
    from carnet_app.gui.pages.carnet_list import CarnetListPage
    from carnet_app.gui.tasks import TaskRunner
    from carnet_app.paths import AppPaths

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    runner = TaskRunner(inline=True)
    ctx = DeskContext(
        database,
        AppPaths.from_base_dir(folder),
        QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat),
        runner,
        today=lambda: TODAY,
    )
    page = CarnetListPage(ctx)
    page.resize(1280, 800)
    page.show()
    start = time.perf_counter()
    page.reload()
    app.processEvents()
    shown = time.perf_counter() - start
    model = page.model
    rows = model.rowCount()
    start = time.perf_counter()
    step = max(1, model.BLOCK // 2)
    for row in range(0, rows, step):
        model.row_at(row)
        if row % (step * 200) == 0:
            page.table.scrollTo(model.index(row, 0))
            app.processEvents()
    page.table.scrollToBottom()
    app.processEvents()
    scrolled = time.perf_counter() - start
    memory = rss_mb()
    page.close()
    runner.shutdown()
    return {
        "list page shown (s)": shown,
        "list scrolled end to end (s)": scrolled,
        "resident memory, list scrolled end to end (MB)": memory,
        "peak resident memory (MB)": peak_mb(),
    }


BARE_WINDOW_MEMORY = """
import resource
from PySide6.QtWidgets import QApplication, QTableWidget
app = QApplication([])
table = QTableWidget(60, 12)
table.resize(1280, 800)
table.show()
app.processEvents()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def baselines() -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    window = subprocess.run(
        [sys.executable, "-c", BARE_WINDOW_MEMORY],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return {"bare PySide6 window with a table: resident memory (MB)": float(window.stdout.strip())}


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    load = os.getloadavg()
    return (
        f"{platform.system()} {platform.machine()}, {model}, {os.cpu_count()} cores, "
        f"{memory:.0f} GB RAM, Python {platform.python_version()}, load average "
        f"{load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} (1 / 5 / 15 min) at the start, "
        f"reference loop {reference_loop():.2f} s"
    )


def reference_loop() -> float:
    """Seconds of CPU for ten million additions in a plain Python loop, best of three.
    Machines named alike here ("AMD EPYC, 2 cores") ran the same demo load 2.5 times slower
    than one another; this figure says how fast the one measured is."""
    best = float("inf")
    for _ in range(3):
        began = time.process_time()
        total = 0
        for number in range(10_000_000):
            total += number
        best = min(best, time.process_time() - began)
    return best


TARGETS = {
    "dashboard (s)": 0.3,
    "first list rows (s)": 0.3,
    "sort, slowest column (s)": 0.3,
    "search keystroke p50 (s)": 0.03,
    "search keystroke p95 (s)": 0.1,
    "search keystroke p50, CPU (s)": 0.03,
    "search keystroke p95, CPU (s)": 0.1,
    "open a carnet, median (s)": 0.1,
    "resident memory, list scrolled end to end (MB)": 250,
}


def table(results: dict[str, dict[str, Any]]) -> str:
    sizes = list(results)
    names: list[str] = []
    for figures in results.values():
        names += [n for n in figures if n not in names]
    lines = [
        "| figure | " + " | ".join(sizes) + " | target |",
        "|---|" + "---|" * len(sizes) + "---|",
    ]
    for name in names:
        cells = []
        for size in sizes:
            value = results[size].get(name, "—")
            if isinstance(value, float):
                cells.append(f"{value:.3f}" if value < 10 else f"{value:,.0f}")
            else:
                cells.append(str(value))
        target = TARGETS.get(name)
        lines.append(
            f"| {name} | " + " | ".join(cells) + f" | {'≤ ' + str(target) if target else ''} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000])
    parser.add_argument("--pg", metavar="URL", help="a PostgreSQL database to fill and measure")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--measure", metavar="URL", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return 0
    print(machine(), flush=True)
    results: dict[str, dict[str, Any]] = {}
    for size in args.sizes:
        url = database_url(size, args.pg)
        built = build(size, url)
        done = subprocess.run(
            [sys.executable, __file__, "--measure", url],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        figures = {
            "demo-data (s)": built,
            "demo-data, CPU (s)": build_cpu(size, url),
            "demo-data, server CPU (s)": build_server_cpu(size, url),
            "demo-data: load average at its end (1 / 5 min)": build_load(size, url),
            **figures,
        }
        label = f"{size:,} ({'PostgreSQL' if args.pg else 'SQLite'})"
        results[label] = figures
        if args.json:
            print(json.dumps({label: figures}), flush=True)
    bare = baselines()
    for name, value in bare.items():
        for figures in results.values():
            figures[name] = value
    window = bare["bare PySide6 window with a table: resident memory (MB)"]
    for figures in results.values():
        memory = figures.get("resident memory, list scrolled end to end (MB)")
        if isinstance(memory, float):
            figures["resident memory / bare window (×)"] = f"×{memory / window:.1f}"
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())

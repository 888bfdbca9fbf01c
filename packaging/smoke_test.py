"""Smoke test of a built bundle: the frozen programs start and do real work without Python.

    uv run python packaging/smoke_test.py [BUNDLE_DIR]      (default: dist/carnet-desk)

In a temporary data folder (never the user's), offscreen:
1. ``carnet-app --screenshot`` on an empty database: the window starts (this is the start time
   reported), then with ``--demo`` in English and in French;
2. ``carnet init``, ``association set``, ``apply`` (``tests/data/application-film-shoot.json``),
   ``issue`` and ``render`` on a temporary database; the PDF must be a PDF.

Prints one line per step with its time and exits non-zero on the first failure.
``tests/packaging/test_bundle.py`` runs this when ``CARNET_BUNDLE_TESTS=1``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from carnet_app import __version__  # noqa: E402

DEFAULT_BUNDLE = ROOT / "dist" / "carnet-desk"
APPLICATION = ROOT / "tests" / "data" / "application-film-shoot.json"
EXE = ".exe" if sys.platform == "win32" else ""
TIMEOUT_S = 300
ASSOCIATION = ("--country", "FR", "--currency", "EUR", "--code", "LY")


class SmokeFailure(RuntimeError):
    pass


def program(bundle: Path, name: str) -> Path:
    if sys.platform == "darwin" and bundle.suffix == ".app":
        return bundle / "Contents" / "MacOS" / name
    return bundle / f"{name}{EXE}"


def run(
    command: list[str], env: dict[str, str], what: str, *, expect_json: bool = False
) -> tuple[float, str]:
    started = time.monotonic()
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
    )
    elapsed = time.monotonic() - started
    if done.returncode != 0:
        raise SmokeFailure(
            f"{what}: exit {done.returncode}\n$ {' '.join(command)}\n"
            f"{done.stdout[-2000:]}\n{done.stderr[-4000:]}"
        )
    if "Traceback (most recent call last)" in done.stderr:
        raise SmokeFailure(f"{what}: an error was raised\n{done.stderr[-4000:]}")
    if expect_json:
        try:
            json.loads(done.stdout)
        except ValueError as exc:
            raise SmokeFailure(f"{what}: not JSON on stdout: {done.stdout[:500]!r}") from exc
    print(f"ok  {elapsed:6.2f} s  {what}", flush=True)
    return elapsed, done.stdout


def check_png(path: Path, what: str) -> None:
    if not path.exists() or path.read_bytes()[:8] != b"\x89PNG\r\n\x1a\n":
        raise SmokeFailure(f"{what}: no PNG written at {path}")
    if path.stat().st_size < 10_000:
        raise SmokeFailure(f"{what}: the screenshot is almost empty ({path.stat().st_size} B)")


def smoke(bundle: Path, work: Path) -> dict[str, float]:
    gui = program(bundle, "carnet-app")
    cli = program(bundle, "carnet")
    for exe in (gui, cli):
        if not exe.exists():
            raise SmokeFailure(f"{exe} is missing: build the bundle first")
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("CARNET_", "PYTHON", "VIRTUAL_ENV", "QT_"))
    }
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "CARNET_DATA_DIR": str(work / "data"),
            "CARNET_USER": "smoke",
            "CARNET_TODAY": "2026-03-02",
            "XDG_CONFIG_HOME": str(work / "config"),
            "HOME": str(work / "home"),
        }
    )
    (work / "home").mkdir()
    times: dict[str, float] = {}

    shot = work / "start.png"
    times["start"], _ = run(
        [str(gui), "--db", str(work / "empty.sqlite3"), "--screenshot", str(shot)],
        env,
        "carnet-app starts on a new database and shows the dashboard",
    )
    check_png(shot, "start")
    for language in ("en", "fr"):
        shot = work / f"demo-{language}.png"
        times[f"demo-{language}"], _ = run(
            [str(gui), "--demo", "--lang", language, "--screenshot", str(shot)],
            env,
            f"carnet-app --demo --lang {language} --screenshot (300 demo carnets)",
        )
        check_png(shot, f"demo {language}")

    _, version = run([str(cli), "--version"], env, "carnet --version")
    if __version__ not in version:
        raise SmokeFailure(f"carnet --version says {version.strip()!r}, expected {__version__}")
    db = ["--db", str(work / "carnets.sqlite3")]
    run([str(cli), *db, "init"], env, "carnet init")
    run(
        [str(cli), *db, "association", "set", "--name", "CCI Lyon Métropole", *ASSOCIATION],
        env,
        "carnet association set",
    )
    _, applied = run(
        [str(cli), *db, "--json", "apply", str(APPLICATION)], env, "carnet apply", expect_json=True
    )
    carnet_id = str(json.loads(applied)["id"])
    _, issued = run(
        [str(cli), *db, "--json", "issue", carnet_id, "--date", "2026-03-02"],
        env,
        "carnet issue",
        expect_json=True,
    )
    number = str(json.loads(issued)["number"])
    pdf = work / "carnet.pdf"
    run([str(cli), *db, "render", number, "--out", str(pdf)], env, f"carnet render {number}")
    if pdf.read_bytes()[:5] != b"%PDF-" or pdf.stat().st_size < 5_000:
        raise SmokeFailure(f"render wrote no PDF at {pdf}")
    return times


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    bundle = Path(args[0]).resolve() if args else DEFAULT_BUNDLE
    if not APPLICATION.exists():
        print(f"missing test data: {APPLICATION}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="carnet-smoke-") as folder:
        try:
            times = smoke(bundle, Path(folder))
        except (SmokeFailure, subprocess.TimeoutExpired) as exc:
            print(f"FAILED: {exc}", file=sys.stderr)
            return 1
    print(f"smoke test passed; start time {times['start']:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

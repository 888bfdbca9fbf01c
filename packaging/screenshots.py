"""Screenshots for the README: each page of the desk on demo data, in English and in French.

    uv run python packaging/screenshots.py [--bundle dist/carnet-desk] [--out docs/screenshots]

Runs ``carnet-app --demo --screenshot`` (from the source tree, or from a built bundle), then
stores each PNG with a 256-colour palette so it stays small (the README's limit: 200 KB).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage

ROOT = Path(__file__).resolve().parents[1]
SHOTS = (  # name, page, extra arguments
    ("dashboard", "dashboard", []),
    ("list", "list", ["--search", "camera"]),
    ("detail", "detail", ["--tab", "movements"]),
    ("stamp", "stamp", []),
)
SIZE = "1280x800"
LIMIT_BYTES = 200_000


def shrink(path: Path) -> int:
    image = QImage(str(path))
    small = image.convertToFormat(
        QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither
    )
    if not small.save(str(path), "PNG", 0):  # 0: the strongest compression
        raise SystemExit(f"could not rewrite {path}")
    return path.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, help="a built bundle folder (else the sources)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--languages", default="en,fr")
    args = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    program = (
        [str(args.bundle / "carnet-app")]
        if args.bundle
        else [sys.executable, "-m", "carnet_app.gui.launcher"]
    )
    args.out.mkdir(parents=True, exist_ok=True)
    status = 0
    with tempfile.TemporaryDirectory(prefix="carnet-shots-") as folder:
        env = {
            **os.environ,
            "CARNET_DATA_DIR": folder,
            "XDG_CONFIG_HOME": folder,
            "CARNET_TODAY": "2026-11-27",
            "CARNET_USER": "clerk",
        }
        for language in args.languages.split(","):
            for name, page, extra in SHOTS:
                target = args.out / f"{name}-{language}.png"
                command = [*program, "--demo", "--lang", language, "--page", page]
                command += ["--size", SIZE, "--screenshot", str(target), *extra]
                subprocess.run(command, env=env, check=True, cwd=ROOT)
                size = shrink(target)
                print(f"{target.relative_to(ROOT)}: {size // 1024} KB")
                if size > LIMIT_BYTES:
                    print(f"  larger than {LIMIT_BYTES // 1000} KB", file=sys.stderr)
                    status = 1
    return status


if __name__ == "__main__":
    raise SystemExit(main())

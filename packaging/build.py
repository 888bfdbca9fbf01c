"""Build the Carnet Desk bundle for the system this runs on.

    uv run --group packaging python packaging/build.py [--skip-translations] [--no-archive]

1. compiles the translations (``resources/i18n/*.ts`` -> ``.qm``) so the bundle carries current
   catalogues;
2. runs PyInstaller on ``packaging/carnet_app.spec`` (one folder, ``carnet-app`` + ``carnet``);
3. on Linux, adds the desktop integration (``share/applications``, ``share/metainfo``,
   ``share/icons``) and ``install.sh`` beside the programs, and packs
   ``dist/carnet-desk-<version>-linux-<arch>.tar.gz``.

Then run ``packaging/smoke_test.py`` on the result. Output: ``dist/`` (``build/`` holds
PyInstaller's work files); neither is committed.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
sys.path.insert(0, str(ROOT))

from carnet_app import APP_ID, __version__  # noqa: E402

DIST = ROOT / "dist"
WORK = ROOT / "build"
BUNDLE = DIST / "carnet-desk"
SPEC = PACKAGING / "carnet_app.spec"


def folder_size(folder: Path) -> int:
    files = (path for path in folder.rglob("*") if path.is_file() and not path.is_symlink())
    return sum(path.lstat().st_size for path in files)


def add_linux_integration(bundle: Path) -> None:
    share = bundle / "share"
    applications = share / "applications"
    metainfo = share / "metainfo"
    applications.mkdir(parents=True, exist_ok=True)
    metainfo.mkdir(parents=True, exist_ok=True)
    shutil.copy2(PACKAGING / "linux" / f"{APP_ID}.desktop", applications)
    shutil.copy2(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml", metainfo)
    icons = share / "icons" / "hicolor"
    if icons.exists():
        shutil.rmtree(icons)
    shutil.copytree(ROOT / "resources" / "icons" / "hicolor", icons)
    for script in ("install.sh", "uninstall.sh"):
        target = bundle / script
        shutil.copy2(PACKAGING / "linux" / script, target)
        target.chmod(0o755)


def archive(bundle: Path) -> Path:
    machine = platform.machine().lower() or "unknown"
    target = DIST / f"carnet-desk-{__version__}-linux-{machine}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=f"carnet-desk-{__version__}")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-translations", action="store_true")
    parser.add_argument("--no-archive", action="store_true", help="Linux: no .tar.gz")
    args = parser.parse_args(argv)

    started = time.monotonic()
    if not args.skip_translations:
        subprocess.run([sys.executable, str(PACKAGING / "translations.py"), "compile"], check=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK),
            str(SPEC),
        ],
        check=True,
        cwd=ROOT,
    )
    if sys.platform.startswith("linux"):
        add_linux_integration(BUNDLE)
        if not args.no_archive:
            packed = archive(BUNDLE)
            print(f"archive: {packed} ({packed.stat().st_size / 2**20:.1f} MiB)")
    if BUNDLE.exists():
        print(f"bundle: {BUNDLE} ({folder_size(BUNDLE) / 2**20:.1f} MiB)")
    print(f"built {__version__} in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Locate files under ``resources/`` both in a source checkout and in an installed package."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The folder holding forms, reference data, fonts, icons and translations."""
    package_dir = Path(__file__).resolve().parent
    candidates = [
        package_dir / "_resources",  # installed wheel (force-included by hatch)
        package_dir.parent / "resources",  # source checkout / editable install
    ]
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:  # PyInstaller bundle
        candidates.insert(0, Path(frozen_base) / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        "Carnet Desk resources folder not found; the installation is incomplete"
    )


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)

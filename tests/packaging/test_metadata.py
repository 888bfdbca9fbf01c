"""Desktop metadata and icons agree with the package: the id and
version come from ``carnet_app``; the validators of the freedesktop and AppStream projects pass
when they are installed (``apt-get install desktop-file-utils appstream``)."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from carnet_app import APP_ID, APP_NAME, __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"


def test_desktop_entry_names_the_app_its_icon_and_program() -> None:
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Name"] == APP_NAME
    assert section["Icon"] == APP_ID
    assert section["Exec"].split()[0] == "carnet-app"
    assert section["Comment[fr]"]


def test_metainfo_carries_the_id_the_launchable_and_this_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_NAME
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    releases = [release.get("version") for release in root.iter("release")]
    assert releases and releases[0] == __version__.split("+")[0], (
        "add a <release> for this version to the metainfo"
    )


def test_icons_exist_in_every_size_from_the_svg() -> None:
    assert (ICONS / "carnet-desk.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        png = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", png
    assert (ROOT / "packaging" / "windows" / "carnet-desk.ico").read_bytes()[:4] == (
        b"\x00\x00\x01\x00"
    )
    assert (ROOT / "packaging" / "macos" / "carnet-desk.icns").read_bytes()[:4] == b"icns"


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_desktop_file_validates() -> None:
    done = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream")
def test_metainfo_validates() -> None:
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_installed_version_is_the_one_the_program_says() -> None:
    from importlib.metadata import version

    assert version("carnet-desk") == __version__  # pyproject reads it from carnet_app/__init__.py

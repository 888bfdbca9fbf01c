"""The French catalogue covers the code: every string ``pyside6-lupdate`` finds in the GUI has
a finished French translation, and the compiled ``.qm`` is not older than its ``.ts``.

A new or changed string fails here: run ``uv run python packaging/translations.py update``,
translate it in ``resources/i18n/carnet_fr.ts`` (Qt Linguist or any editor), then
``uv run python packaging/translations.py compile``.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT / "packaging" / "translations.py"


def _tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("carnet_translations", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_every_string_of_the_gui_has_its_french(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tool = _tool()
    copy = tmp_path / "carnet_fr.ts"
    shutil.copy2(tool.ts_path("fr"), copy)
    monkeypatch.setattr(tool, "ts_path", lambda language: copy)
    tool.update("fr")  # what lupdate finds now, with the translations we have
    missing = tool.unfinished("fr")
    assert missing == [], (
        "strings without French (run packaging/translations.py update, translate, compile):\n"
        + "\n".join(missing)
    )


def test_the_compiled_catalogue_is_current(tmp_path: Path) -> None:
    tool = _tool()
    fresh = tool.compile_catalogue("fr", tmp_path / "carnet_fr.qm")
    committed = tool.ts_path("fr").with_suffix(".qm")
    assert committed.read_bytes() == fresh.read_bytes(), "run packaging/translations.py compile"

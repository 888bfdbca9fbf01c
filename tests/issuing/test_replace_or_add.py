"""Importing a list into a list that has lines asks with buttons that say what they do:
Replace the list / Add after it / Cancel (not Yes / No)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from carnet_app.gui.context import DeskContext
from carnet_app.gui.issuing.goods_editor import GeneralListEditor
from carnet_app.gui.issuing.mapping_dialog import ColumnMappingDialog
from carnet_app.services import drafts
from tests.gui.dialogs import DialogAnswerer
from tests.issuing.conftest import good_line

CSV = (
    "Item No;Trade description;Serial number;Qty;Weight (kg);Value (EUR);Country of origin\n"
    "1;Tripod legs Sachtler;S/N 1;1;2,5;900,00;DE\n"
    "2;LED panel ARRI SkyPanel;S/N 2;2;3,0;1800,00;DE\n"
)


@pytest.mark.parametrize(("button", "expected"), [("Replace the list", 2), ("Add after it", 5)])
def test_the_import_asks_replace_or_add_with_words(
    ctx: DeskContext,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    button: str,
    expected: int,
) -> None:
    source = tmp_path / "list.csv"
    source.write_text(CSV, encoding="utf-8")
    editor = GeneralListEditor(
        ctx, known_codes=ctx.read(drafts.known_country_codes), currency="EUR"
    )
    qtbot.addWidget(editor)
    editor.set_lines([good_line(n) for n in range(1, 4)])
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(source), ""))
    )
    monkeypatch.setattr(
        ColumnMappingDialog,
        "ask",
        classmethod(lambda cls, parent, rows, **kw: cls(rows, **kw).mapping()),
    )
    answers = DialogAnswerer().answer(button)
    editor.import_file()
    answers.stop()
    name, text, buttons = answers.seen[0]
    assert name == "ReplaceOrAdd" and "3 lines" in text and "2 lines of list.csv" in text
    assert {"Replace the list", "Add after it", "Cancel"} <= set(buttons)
    assert "Yes" not in buttons and "No" not in buttons
    assert len(editor.lines()) == expected

"""Importing a general list: the mapping preview maps the French trade-fair workbook by its
column names, remembers a mapping the clerk changed, and the editor imports through it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from carnet_app.gui.context import DeskContext
from carnet_app.gui.issuing.goods_editor import GeneralListEditor
from carnet_app.gui.issuing.mapping_dialog import ColumnMappingDialog, column_letter
from carnet_app.services import drafts
from carnet_app.services.drafts import Column
from carnet_app.services.goods_import import read_table
from tests.gui.dialogs import DialogAnswerer
from tests.issuing.conftest import ERRORS_CSV, FRENCH_XLSX


def dialog_for(ctx: DeskContext, path: Path) -> ColumnMappingDialog:
    return ColumnMappingDialog(
        read_table(path),
        settings=ctx.settings,
        known_codes=ctx.read(drafts.known_country_codes),
        source_name=path.name,
        currency="EUR",
    )


def test_the_preview_maps_the_french_workbook(ctx: DeskContext) -> None:
    dialog = dialog_for(ctx, FRENCH_XLSX)
    mapping = dialog.mapping()
    assert mapping.header_row == 3
    assert mapping.columns == {
        Column.DESCRIPTION: 1,
        Column.SERIAL: 2,
        Column.PIECES: 3,
        Column.WEIGHT: 4,
        Column.VALUE: 5,
        Column.ORIGIN: 6,
    }
    assert dialog.combos[Column.DESCRIPTION].currentText() == "B: Désignation commerciale"
    assert dialog.combos[Column.ORIGIN].currentText() == "G: Origine"
    assert dialog.model.rowCount() == 200
    assert not dialog.model.check.errors
    assert dialog.summary.text().startswith("200 lines: 0 errors, 0 warnings")
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "recognised from their names" in dialog.origin.text()
    assert dialog.raw.item(2, 1).text() == "Désignation commerciale"
    assert column_letter(0) == "A" and column_letter(27) == "AB"


def test_a_changed_mapping_is_remembered_for_the_same_column_names(ctx: DeskContext) -> None:
    dialog = dialog_for(ctx, FRENCH_XLSX)
    serial = dialog.combos[Column.SERIAL]
    serial.setCurrentIndex(serial.findData(-1))  # the clerk keeps serials out of this import
    dialog.weight_unit.setCurrentText("lb")
    dialog.accept()
    again = dialog_for(ctx, FRENCH_XLSX)
    assert Column.SERIAL not in again.mapping().columns
    assert again.mapping().weight_unit == "lb"
    assert "chose before" in again.origin.text()
    assert again.model.check.warnings  # now every line lacks a serial number


def test_required_columns_must_be_chosen(ctx: DeskContext) -> None:
    dialog = dialog_for(ctx, FRENCH_XLSX)
    value = dialog.combos[Column.VALUE]
    value.setCurrentIndex(value.findData(-1))
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "value" in dialog.summary.text()


def test_the_editor_imports_a_file_through_the_mapping(
    ctx: DeskContext, monkeypatch: pytest.MonkeyPatch, messages: list[Any]
) -> None:
    editor = GeneralListEditor(
        ctx, known_codes=ctx.read(drafts.known_country_codes), currency="EUR"
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(FRENCH_XLSX), ""))
    )
    monkeypatch.setattr(
        ColumnMappingDialog,
        "ask",
        classmethod(lambda cls, parent, rows, **kw: cls(rows, **kw).mapping()),
    )
    editor.import_file()
    assert len(editor.lines()) == 200 and not editor.check().errors
    assert "12 continuation sheets when printed" in editor.totals.text()

    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(ERRORS_CSV), ""))
    )
    answers = DialogAnswerer().answer("Replace the list")
    editor.import_file()
    answers.stop()
    assert answers.seen[0][0] == "ReplaceOrAdd"
    assert "Add after it" in answers.seen[0][2]
    check = editor.check()
    assert len(editor.lines()) == 8 and check.errors
    assert editor.problems.kind == "error" and "block issuing" in editor.problems.text()
    editor.model.undo()
    assert len(editor.lines()) == 200

"""The desk's print preview offers two-sided printing, as ``render --duplex`` does: blank
backs so each form starts on a front; on by default when the printer prints both sides."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from carnet_app.gui.context import DeskContext
from carnet_app.gui.pages.carnet_detail import CarnetDetailPage
from carnet_app.gui.pages.detail import documents as documents_tab
from carnet_app.gui.print_preview import PrintPreviewDialog
from carnet_app.services import desk
from tests.gui.conftest import TODAY
from tests.gui.test_stamp_and_detail import a_carnet

LABEL = "Two-sided printing (adds blank pages so each form starts on a front)"


def _preview(ctx: DeskContext, qtbot: Any) -> tuple[PrintPreviewDialog, str]:
    number = a_carnet(ctx, "active")["number"]
    page = CarnetDetailPage(ctx)
    qtbot.addWidget(page)
    page.show_carnet(ctx.read(desk.carnet_id_of, number))
    page.print_carnet("all")
    preview = page.preview
    assert preview is not None, page.inline.text()
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready, timeout=10_000)
    return preview, number


def _pages(ctx: DeskContext, number: str, *, duplex: bool) -> int:
    pdf = ctx.read(desk.render_document, number, part="all", today=TODAY, duplex=duplex)
    return len(PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.slow  # the longest of its file; CI runs it (the slow set)
def test_two_sided_printing_adds_the_blank_backs_and_prints_both_sides(
    ctx: DeskContext, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    preview, number = _preview(ctx, qtbot)
    box = preview.duplex_box
    assert box.text() == LABEL and not box.isHidden()
    assert not box.isChecked()  # no printer here prints both sides
    single = preview.page_count
    assert single == _pages(ctx, number, duplex=False)

    box.setChecked(True)  # renders again with blank backs
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready)
    two_sided = _pages(ctx, number, duplex=True)
    assert preview.page_count == two_sided > single and two_sided % 2 == 0
    assert box.isEnabled() and preview.print_button.isEnabled()

    printed = tmp_path / "printed.pdf"
    modes: list[QPrinter.DuplexMode] = []

    def to_file(parent: Any, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setResolution(30)
        modes.append(printer.duplex())
        return True

    monkeypatch.setattr(
        PrintPreviewDialog, "choose_printer", classmethod(lambda cls, p, pr: to_file(p, pr))
    )
    assert preview.print_document() == two_sided
    assert len(PdfReader(printed).pages) == two_sided

    box.setChecked(False)  # back to one side: the blanks go again
    qtbot.waitUntil(lambda: preview.page_count == single)


def test_two_sided_is_on_by_default_when_the_printer_duplexes(
    ctx: DeskContext, qtbot: Any, monkeypatch: Any
) -> None:
    monkeypatch.setattr(documents_tab, "printer_duplexes", lambda: True)
    preview, number = _preview(ctx, qtbot)
    assert preview.duplex_box.isChecked()
    assert preview.page_count == _pages(ctx, number, duplex=True)


def test_a_letter_preview_offers_no_two_sided_option(qtbot: Any) -> None:
    dialog = PrintPreviewDialog(desk.render_calibration_sheet(), title="Calibration")
    qtbot.addWidget(dialog)
    assert dialog.duplex_box.isHidden()

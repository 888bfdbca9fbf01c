"""The print preview pages: Next and Previous (Page Down / Page Up) move through the
document, the label says which page; Enter prints, it never zooms out."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtPdfWidgets import QPdfView

from carnet_app.gui.print_preview import PrintPreviewDialog
from carnet_app.services import desk, views
from tests.gui.conftest import TODAY


def test_the_preview_pages_and_enter_does_not_zoom(ctx: Any, qtbot: Any, monkeypatch: Any) -> None:
    number = ctx.read(views.list_carnets, status="active")[0].number
    pdf = ctx.read(desk.render_document, number, part="all", today=TODAY)
    dialog = PrintPreviewDialog(pdf, title="Carnet")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.page_count > 1)
    assert dialog.pages_label.text() == f"Page 1 of {dialog.page_count}"
    assert not dialog.previous_button.isEnabled()
    dialog.next_button.click()
    assert dialog.current_page() == 1
    assert dialog.pages_label.text() == f"Page 2 of {dialog.page_count}"
    dialog.previous_button.click()
    assert dialog.current_page() == 0
    printed: list[bool] = []
    monkeypatch.setattr(
        PrintPreviewDialog, "choose_printer", classmethod(lambda cls, p, pr: printed.append(True))
    )
    zoom = dialog.view.zoomMode()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.view.zoomMode() == zoom == QPdfView.ZoomMode.FitToWidth
    assert printed == [True]  # Enter is Print

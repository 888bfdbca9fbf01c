"""The list's filter bar wraps onto a second line in a narrow window and every filter keeps
its size (none squashed, none missing)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from carnet_app.gui.context import DeskContext
from carnet_app.gui.pages.carnet_list import CarnetListPage


def test_the_filters_wrap_and_keep_their_size(ctx: DeskContext, qtbot: Any) -> None:
    page = CarnetListPage(ctx)
    qtbot.addWidget(page)
    page.resize(700, 500)
    page.show()
    QApplication.processEvents()
    filters = [page.search, page.status_filter, page.expiry_filter, page.country_filter]
    filters += [page.abroad_filter, page.claim_filter, page.clear_button]
    for widget in filters:
        assert widget.isVisible()
        assert widget.height() == widget.sizeHint().height(), widget
        assert widget.width() >= min(widget.sizeHint().width(), 240), widget
        assert widget.geometry().right() <= page.width(), widget
    rows = {widget.geometry().top() for widget in filters}
    assert len(rows) >= 2  # wrapped
    assert page.minimumSizeHint().width() < 700

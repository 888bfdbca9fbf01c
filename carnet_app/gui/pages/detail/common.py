"""What the detail page's tabs share: the read-only table and place helpers."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from carnet_app.domain.types import is_out_of_home


def record_table(model: QAbstractItemModel, *, stretch: int | None = None) -> QTableView:
    """A read-only table of records; ``stretch`` is the column that takes the spare width."""
    view = QTableView()
    view.setTabKeyNavigation(False)  # Tab leaves the table: it is read, not edited
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setStretchLastSection(False)
        model.modelReset.connect(lambda: _stretch(view, stretch))
    return view


def table_filling(
    tab: QWidget, model: QAbstractItemModel, *, stretch: int, name: str
) -> QTableView:
    """A tab that is one read-only table, edge to edge; ``name`` is what a screen reader says."""
    view = record_table(model, stretch=stretch)
    view.setAccessibleName(name)
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(view)
    return view


def _stretch(view: QTableView, column: int) -> None:
    """Column ``column`` takes the spare width, but never less than its title and contents
    need: on a narrow window the table scrolls instead of cutting the title."""
    header = view.horizontalHeader()
    if column >= header.count():
        return
    if column == header.count() - 1:
        header.setStretchLastSection(True)  # grows into spare width, else keeps its size
        return
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def abroad(where: Mapping[str, int]) -> bool:
    """Some pieces are somewhere that is neither home nor accounted for."""
    return any(q and is_out_of_home(place) for place, q in where.items())


def items_text(items: Mapping[str, int]) -> str:
    return ", ".join(f"{no}×{q}" if q != 1 else str(no) for no, q in items.items())

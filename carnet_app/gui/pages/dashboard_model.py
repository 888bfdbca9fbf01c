"""The dashboard's table: one page of deadlines (``services.deadline_views.DeadlineRow``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from carnet_app.gui import style
from carnet_app.services.deadline_views import DeadlineRow

Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class DeadlineColumn(IntEnum):
    DUE = 0
    IN_DAYS = 1
    CARNET = 2
    HOLDER = 3
    KIND = 4
    MESSAGE = 5


# each column's title, translated when shown
HEADERS = {
    DeadlineColumn.DUE: QT_TRANSLATE_NOOP("DeadlineTableModel", "Due"),
    DeadlineColumn.IN_DAYS: QT_TRANSLATE_NOOP("DeadlineTableModel", "Days"),
    DeadlineColumn.CARNET: QT_TRANSLATE_NOOP("DeadlineTableModel", "Carnet"),
    DeadlineColumn.HOLDER: QT_TRANSLATE_NOOP("DeadlineTableModel", "Holder"),
    DeadlineColumn.KIND: QT_TRANSLATE_NOOP("DeadlineTableModel", "What"),
    DeadlineColumn.MESSAGE: QT_TRANSLATE_NOOP("DeadlineTableModel", "Details"),
}


class DeadlineTableModel(QAbstractTableModel):
    """The rows of the page shown, soonest first; replaced as a whole when a page arrives."""

    def __init__(self, today: Callable[[], date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._rows: list[DeadlineRow] = []

    def set_rows(self, rows: Sequence[DeadlineRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> DeadlineRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[DeadlineRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(DeadlineColumn)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            title = HEADERS[DeadlineColumn(section)]
            return QCoreApplication.translate("DeadlineTableModel", str(title))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or not 0 <= index.column() < len(DeadlineColumn):
            return None
        column = DeadlineColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column in (
            DeadlineColumn.DUE,
            DeadlineColumn.IN_DAYS,
        ):
            return style.urgency_colour(row.urgency.value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == DeadlineColumn.IN_DAYS else _LEFT
        if role == Qt.ItemDataRole.ToolTipRole and column in (
            DeadlineColumn.MESSAGE,
            DeadlineColumn.HOLDER,
        ):
            return self._text(row, column)
        return None

    def _text(self, row: DeadlineRow, column: DeadlineColumn) -> str:
        if column == DeadlineColumn.DUE:
            return style.date_text(row.due)
        if column == DeadlineColumn.IN_DAYS:
            return style.count_text((row.due - self._today()).days)
        if column == DeadlineColumn.CARNET:
            return row.number
        if column == DeadlineColumn.HOLDER:
            return row.holder
        if column == DeadlineColumn.KIND:
            return style.alert_kind_label(row.kind)
        return str(row.message)  # the code said in the desk's language

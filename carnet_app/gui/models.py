"""Table models (docs/architecture.md convention 8): a Column enum, a sort role with native values,
a row role. The carnet list's model (a window of ids, rows loaded a screenful at a time) is in
gui/list_model.py."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

log = logging.getLogger(__name__)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3
Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


# ---------------------------------------------------------------- small record tables


Record = TypeVar("Record")


@dataclass(frozen=True)
class RecordColumn(Generic[Record]):
    """One column of a small read-only table: a title and how to read a record (a view)."""

    title: str
    value: Callable[[Record], object]
    display: Callable[[Record], str] | None = None
    numeric: bool = False
    colour: Callable[[Record], QColor | None] | None = None


class RecordTableModel(QAbstractTableModel, Generic[Record]):
    """A read-only table over typed records (the detail view's small tables)."""

    def __init__(
        self, columns: Sequence[RecordColumn[Record]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._records: list[Record] = []

    def set_records(
        self, records: Sequence[Record], columns: Sequence[RecordColumn[Record]] | None = None
    ) -> None:
        self.beginResetModel()
        if columns is not None:
            self._columns = list(columns)
        self._records = list(records)
        self.endResetModel()

    def record_at(self, row: int) -> Record | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if self._columns[section].numeric else _LEFT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(record)
            if column.display is not None:
                return column.display(record)
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            return column.value(record)
        if role == ROW_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.numeric else _LEFT
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            return column.colour(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = column.display(record) if column.display else column.value(record)
            return None if text is None else str(text)
        return None

"""The stamp dialog's picker: the carnet's items, which move and how many, as a table model."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from carnet_app.gui import style
from carnet_app.gui.models import ROW_ROLE, SORT_ROLE
from carnet_app.services.desk import PickerLine

Index = QModelIndex | QPersistentModelIndex


@dataclass
class _Pick:
    line: PickerLine
    chosen: bool
    quantity: int


PICKER_HEADERS = (
    QT_TRANSLATE_NOOP("PickerModel", "Move"),
    QT_TRANSLATE_NOOP("PickerModel", "Item"),
    QT_TRANSLATE_NOOP("PickerModel", "Description"),
    QT_TRANSLATE_NOOP("PickerModel", "Listed"),
    QT_TRANSLATE_NOOP("PickerModel", "Available"),
    QT_TRANSLATE_NOOP("PickerModel", "Quantity"),
)
CHOSEN, ITEM, DESCRIPTION, LISTED, AVAILABLE, QUANTITY = range(6)


class PickerModel(QAbstractTableModel):
    """Items with a tick and an editable quantity, defaulting to what is at the departure place.

    Signals:
        selection_changed(): a tick or a quantity changed.
    """

    selection_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._picks: list[_Pick] = []

    def set_lines(self, lines: Sequence[PickerLine]) -> None:
        self.beginResetModel()
        self._picks = [_Pick(line, line.default > 0, line.default) for line in lines]
        self.endResetModel()
        self.selection_changed.emit()

    def selection(self) -> dict[int, int | None]:
        """Item number → quantity for the ticked items (None: every piece at the place)."""
        chosen: dict[int, int | None] = {}
        for pick in self._picks:
            if pick.chosen and pick.quantity > 0:
                chosen[pick.line.item_no] = pick.quantity
        return chosen

    def too_many(self) -> list[PickerLine]:
        """Ticked items asked for more pieces than the general list has of them."""
        return [p.line for p in self._picks if p.chosen and p.quantity > p.line.pieces]

    def every_line(self) -> dict[int, int | None]:
        """Every item, every piece at its place (to ask the ledger why nothing can move)."""
        return {pick.line.item_no: None for pick in self._picks}

    def set_all(self, chosen: bool) -> None:
        for pick in self._picks:
            pick.chosen = chosen and (pick.quantity > 0 or pick.line.available > 0)
            if pick.chosen and pick.quantity == 0:
                pick.quantity = pick.line.available
        if self._picks:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._picks) - 1, QUANTITY))
        self.selection_changed.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._picks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PICKER_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(PICKER_HEADERS)
        ):
            return QCoreApplication.translate("PickerModel", str(PICKER_HEADERS[section]))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == CHOSEN:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == QUANTITY:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._picks):
            return None
        pick = self._picks[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == CHOSEN:
            return Qt.CheckState.Checked if pick.chosen else Qt.CheckState.Unchecked
        values: tuple[Any, ...] = (
            int(pick.chosen),
            pick.line.item_no,
            pick.line.description,
            pick.line.pieces,
            pick.line.available,
            pick.quantity,
        )
        if not 0 <= column < len(values):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if column == CHOSEN else str(values[column])
        if role == Qt.ItemDataRole.EditRole and column == QUANTITY:
            return pick.quantity
        if role == SORT_ROLE:
            return values[column]
        if role == ROW_ROLE:
            return pick.line
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            ITEM,
            LISTED,
            AVAILABLE,
            QUANTITY,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == AVAILABLE
            and not pick.line.available
        ):
            return style.status_colour("cancelled")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._picks):
            return False
        pick = self._picks[index.row()]
        if index.column() == CHOSEN and role == Qt.ItemDataRole.CheckStateRole:
            state = value.value if isinstance(value, Qt.CheckState) else value
            pick.chosen = state == Qt.CheckState.Checked.value
            if pick.chosen and pick.quantity == 0:
                pick.quantity = pick.line.available
        elif index.column() == QUANTITY and role == Qt.ItemDataRole.EditRole:
            try:
                quantity = int(value)
            except (TypeError, ValueError):
                return False
            if quantity < 0:
                return False
            pick.quantity = quantity  # more than there is: kept, and the verdict says so
            pick.chosen = quantity > 0
        else:
            return False
        row = index.row()
        self.dataChanged.emit(self.index(row, CHOSEN), self.index(row, QUANTITY))
        self.selection_changed.emit()
        return True

"""The general list as an editable table model: lines as typed, checked after every change,
problems per cell (error or warning) as colour and tooltip, running totals, undo.

Item numbers are never typed: they are the position among the non-blank goods lines (1..N),
so adding, removing or moving lines renumbers the list. A group heading row ("CASE 1 – CAMERA
KIT") has its text only, in bold, and no number; it opens the goods lines after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from carnet_app.errors import UserError
from carnet_app.gui.issuing.common import (
    ERROR_BACKGROUND,
    ERROR_TEXT,
    WARNING_BACKGROUND,
)
from carnet_app.gui.issuing.goods_columns import (
    CHECK_COLUMNS,
    FIELDS,
    NUMERIC,
    Col,
    column_title,
    configure_goods_view,
    header_tip,
    heading_font,
    problems_tip,
    shown_number,
    worst_severity,
)
from carnet_app.services import drafts
from carnet_app.services.drafts import EditorLine, ListCheck, Problem, Severity
from carnet_app.services.goods_import import ColumnMapping, detect_mapping

__all__ = ["Col", "GeneralListModel", "configure_goods_view"]

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the EditorLine
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # native value (int, Decimal, str)
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 3  # "error", "warning" or ""
UNDO_DEPTH = 100
AnyIndex = QModelIndex | QPersistentModelIndex


_WHOLE = re.compile(r"^\s*\d+\s*$")


class GeneralListModel(QAbstractTableModel):
    """Signals:
    checked(): the list was checked again (problems and totals may have changed).
    """

    checked = Signal()

    def __init__(
        self,
        known_codes: Sequence[str],
        *,
        currency: str = "",
        weight_unit: str = "kg",
        editable: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._codes = list(known_codes)
        self.currency = currency
        self.weight_unit = weight_unit
        self._editable = editable
        self._lines: list[EditorLine] = []
        self._numbers: list[int | None] = []
        self._cells: dict[tuple[int, Col], list[Problem]] = {}
        self._rows: dict[int, list[Problem]] = {}
        self._check = ListCheck((), (), 0)
        self._undo: list[list[EditorLine]] = []
        self._redo: list[list[EditorLine]] = []
        self._recheck()

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Col)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Col):
            return None
        column = Col(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(column, self.weight_unit, self.currency)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole:  # a long title is cut at its end only
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return header_tip(column)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable and self._cell_editable(index.row(), index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _cell_editable(self, row: int, column: int) -> bool:
        """Every cell but the item number; a heading row has its text only."""
        if column == Col.ITEM or not 0 <= row < len(self._lines):
            return False
        return not self._lines[row].heading or column == Col.DESCRIPTION

    def is_heading(self, row: int) -> bool:
        return 0 <= row < len(self._lines) and self._lines[row].heading

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        row, column = index.row(), Col(index.column())
        line = self._lines[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == Col.ITEM:
                item_no = self._numbers[row]
                return "" if item_no is None else str(item_no)
            if line.heading and column != Col.DESCRIPTION:
                return ""
            text = getattr(line, FIELDS[column])
            if role == Qt.ItemDataRole.DisplayRole and column in NUMERIC:
                return shown_number(column, text)
            return text
        if role == Qt.ItemDataRole.FontRole and line.heading:
            return heading_font()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        problems = self.problems_at(row, column)
        severity = worst_severity(problems)
        if role == Qt.ItemDataRole.BackgroundRole:
            if severity == Severity.ERROR:
                return ERROR_BACKGROUND()
            if severity == Severity.WARNING:
                return WARNING_BACKGROUND()
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return ERROR_TEXT() if severity == Severity.ERROR else None
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = problems_tip(problems)
            if column == Col.DESCRIPTION and line.description:
                tip = f"{line.description}\n\n{tip}" if tip else line.description
            return tip or None
        if role == SEVERITY_ROLE:
            return severity.value if severity else ""
        if role == ROW_ROLE:
            return line
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or not self._editable
            or not self._cell_editable(index.row(), index.column())
        ):
            return False
        text = "" if value is None else str(value).strip()
        column = Col(index.column())
        if column == Col.ORIGIN:
            text = text.upper()
        line = self._lines[index.row()]
        if getattr(line, FIELDS[column]) == text:
            return False
        self._remember()
        self._lines[index.row()] = with_cells(line, {FIELDS[column]: text})
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        self._recheck()
        return True

    def insertRows(self, row: int, count: int, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return self.insert_lines(row, [EditorLine() for _ in range(count)], parent)

    def insert_heading(self, row: int) -> bool:
        """A new, empty group heading at ``row`` (it opens the goods lines after it)."""
        return self.insert_lines(row, [EditorLine(heading=True)])

    def insert_lines(
        self,
        row: int,
        lines: Sequence[EditorLine],
        parent: AnyIndex = QModelIndex(),  # noqa: B008
    ) -> bool:
        count = len(lines)
        if parent.isValid() or count < 1 or not 0 <= row <= len(self._lines):
            return False
        self._remember()
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        self._lines[row:row] = list(lines)
        self._compute()
        self.endInsertRows()
        self._announce()
        return True

    def removeRows(self, row: int, count: int, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._lines):
            return False
        self._remember()
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._lines[row : row + count]
        self._compute()
        self.endRemoveRows()
        self._announce()
        return True

    def moveRows(
        self,
        source_parent: AnyIndex,
        source_row: int,
        count: int,
        destination_parent: AnyIndex,
        destination_child: int,
    ) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count < 1:
            return False
        if source_row < 0 or source_row + count > len(self._lines):
            return False
        if not 0 <= destination_child <= len(self._lines):
            return False
        if source_row <= destination_child <= source_row + count:
            return False
        self._remember()
        if not self.beginMoveRows(
            QModelIndex(), source_row, source_row + count - 1, QModelIndex(), destination_child
        ):
            return False
        moving = self._lines[source_row : source_row + count]
        del self._lines[source_row : source_row + count]
        target = destination_child - count if destination_child > source_row else destination_child
        self._lines[target:target] = moving
        self._compute()
        self.endMoveRows()
        self._announce()
        return True

    # ------------------------------------------------------------------ the list

    @property
    def lines(self) -> list[EditorLine]:
        return list(self._lines)

    def filled_lines(self) -> list[EditorLine]:
        return [line for line in self._lines if not line.is_blank()]

    @property
    def check(self) -> ListCheck:
        return self._check

    def set_lines(self, lines: Iterable[EditorLine], *, remember: bool = True) -> None:
        if remember:
            self._remember()
        self.beginResetModel()
        self._lines = list(lines)
        self._compute()
        self.endResetModel()
        self._announce()

    def append_lines(self, lines: Sequence[EditorLine]) -> None:
        if not lines:
            return
        self._remember()
        start = len(self._lines)
        self.beginInsertRows(QModelIndex(), start, start + len(lines) - 1)
        self._lines.extend(lines)
        self._compute()
        self.endInsertRows()
        self._announce()

    def set_weight_unit(self, unit: str) -> None:
        self.weight_unit = unit
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, Col.WEIGHT, Col.WEIGHT)

    def item_number(self, row: int) -> int | None:
        return self._numbers[row] if 0 <= row < len(self._numbers) else None

    def problems_at(self, row: int, column: Col) -> list[Problem]:
        if column == Col.ITEM:
            return self._rows.get(row, [])
        return self._cells.get((row, column), [])

    def problem_cells(self, severity: Severity | None = None) -> list[tuple[int, Col]]:
        """Cells with a problem, in reading order (row, then column)."""
        cells = [
            cell
            for cell, problems in self._cells.items()
            if severity is None or any(p.severity is severity for p in problems)
        ]
        return sorted(cells)

    def paste_text(self, text: str, row: int, column: int) -> tuple[int, int]:
        """Paste tab-separated text (from a spreadsheet) at a cell, overwriting and adding
        lines as needed. A block that starts with a header row is mapped by its column names.
        Returns (first row, rows touched)."""
        block = [line.split("\t") for line in text.replace("\r\n", "\n").split("\n")]
        while block and not any(cell.strip() for cell in block[-1]):
            block.pop()
        if not block:
            return row, 0
        try:
            mapping: ColumnMapping | None = detect_mapping(block[:1])
        except UserError:
            mapping = None
        self._remember()
        row = max(0, min(row, len(self._lines)))
        if mapping is not None:
            new_lines = drafts.lines_from_table(block, mapping)
            self._replace_range(row, new_lines)
            return row, len(new_lines)
        column = max(int(Col.ITEM), min(column, len(Col) - 1))
        if (
            column == Col.DESCRIPTION
            and len(block[0]) > 1
            and all(_WHOLE.match(cells[0]) for cells in block if any(c.strip() for c in cells))
        ):
            column = Col.ITEM  # the block starts with its own item numbers: skip them
        lines = list(self._lines)
        for offset, cells in enumerate(block):
            target = row + offset
            line = lines[target] if target < len(lines) else EditorLine()
            changes: dict[str, str] = {}
            for k, cell in enumerate(cells):
                position = column + k
                if position >= len(Col) or position == Col.ITEM:
                    continue
                text = cell.strip()
                changes[FIELDS[Col(position)]] = text.upper() if position == Col.ORIGIN else text
            if line.heading and any(v for k, v in changes.items() if k != "description"):
                line = replace(line, heading=False)  # goods pasted over a heading: a goods line
            line = with_cells(line, changes)
            if target < len(lines):
                lines[target] = line
            else:
                lines.append(line)
        self._apply(lines)
        return row, len(block)

    def copy_text(self, indexes: Iterable[QModelIndex]) -> str:
        """The selected cells as tab-separated text (rectangle around the selection)."""
        cells = {(i.row(), i.column()) for i in indexes if i.isValid()}
        if not cells:
            return ""
        rows = range(min(r for r, _ in cells), max(r for r, _ in cells) + 1)
        columns = range(min(c for _, c in cells), max(c for _, c in cells) + 1)
        edit = Qt.ItemDataRole.EditRole  # as typed, not as shown: a paste reads it back
        return "\n".join(
            "\t".join(
                str(self.data(self.index(r, c), edit)) if (r, c) in cells else "" for c in columns
            )
            for r in rows
        )

    def clear_cells(self, indexes: Iterable[QModelIndex]) -> int:
        lines = list(self._lines)
        cleared = 0
        for index in indexes:
            if index.isValid() and self._cell_editable(index.row(), index.column()):
                field = FIELDS[Col(index.column())]
                if getattr(lines[index.row()], field):
                    lines[index.row()] = with_cells(lines[index.row()], {field: ""})
                    cleared += 1
        if cleared:
            self._remember()
            self._apply(lines)
        return cleared

    # ------------------------------------------------------------------ undo

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self) -> None:
        if self._undo:
            self._redo.append(list(self._lines))
            self._apply(self._undo.pop())

    def redo(self) -> None:
        if self._redo:
            self._undo.append(list(self._lines))
            self._apply(self._redo.pop())

    def _remember(self) -> None:
        self._undo.append(list(self._lines))
        del self._undo[:-UNDO_DEPTH]
        self._redo.clear()

    # ------------------------------------------------------------------ internals

    def _replace_range(self, row: int, new_lines: list[EditorLine]) -> None:
        lines = list(self._lines)
        lines[row : row + len(new_lines)] = new_lines
        self._apply(lines)

    def _apply(self, lines: list[EditorLine]) -> None:
        """Show ``lines``: rows added or removed at the end, every cell refreshed."""
        old, new = len(self._lines), len(lines)
        if new > old:
            self.beginInsertRows(QModelIndex(), old, new - 1)
            self._lines = lines
            self._compute()
            self.endInsertRows()
        elif new < old:
            self.beginRemoveRows(QModelIndex(), new, old - 1)
            self._lines = lines
            self._compute()
            self.endRemoveRows()
        else:
            self._lines = lines
            self._compute()
        self._announce()

    def _recheck(self) -> None:
        self._compute()
        self._announce()

    def _compute(self) -> None:
        """Check the lines and number them (before the model tells its views)."""
        self._check = drafts.check_general_list(self._lines, self._codes)
        self._numbers = []
        counter = 0
        for line in self._lines:
            if line.is_blank() or line.heading:
                self._numbers.append(None)
            else:
                counter += 1
                self._numbers.append(counter)
        self._cells = {}
        self._rows = {}
        for problem in self._check.problems:
            row = problem.row - 1
            self._rows.setdefault(row, []).append(problem)
            if problem.column in CHECK_COLUMNS:
                self._cells.setdefault((row, CHECK_COLUMNS[problem.column]), []).append(problem)

    def _announce(self) -> None:
        if self._lines:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._lines) - 1, len(Col) - 1), []
            )
        self.checked.emit()

    def _sort_value(self, row: int, column: Col) -> Any:
        line = self._lines[row]
        if column == Col.ITEM:
            return self._numbers[row] or 0
        text = getattr(line, FIELDS[column])
        if column in NUMERIC:
            amount = drafts.parse_decimal(text)
            return amount if amount is not None else Decimal(0)
        return text


def with_cells(line: EditorLine, cells: Mapping[str, Any]) -> EditorLine:
    """The line with some of its text cells changed."""
    return replace(line, **cells)

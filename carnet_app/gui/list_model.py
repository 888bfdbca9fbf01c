"""The carnet list's table model: a window over the matching ids (100,000 carnets: the first
page given, further ids asked for where rows are shown) and a lazy row cache, one screenful of
rows loaded at a time (docs/architecture.md convention 8)."""

from __future__ import annotations

import logging
from collections import OrderedDict
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
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from carnet_app.domain.types import IN_USE_STATUSES
from carnet_app.gui import colours, style
from carnet_app.gui.models import _LEFT, _RIGHT, ID_ROLE, ROW_ROLE, SORT_ROLE, Index
from carnet_app.services.desk import CarnetListRow, SortKey

log = logging.getLogger(__name__)


class CarnetColumn(IntEnum):
    NUMBER = 0
    STATUS = 1
    HOLDER = 2
    COUNTRIES = 3
    ISSUED = 4
    VALID_UNTIL = 5
    DAYS_LEFT = 6
    ITEMS = 7
    VALUE = 8
    ABROAD = 9
    CLAIMS = 10


CARNET_HEADERS = (
    QT_TRANSLATE_NOOP("CarnetListModel", "Number"),
    QT_TRANSLATE_NOOP("CarnetListModel", "Status"),
    QT_TRANSLATE_NOOP("CarnetListModel", "Holder"),
    QT_TRANSLATE_NOOP("CarnetListModel", "Countries"),
    QT_TRANSLATE_NOOP("CarnetListModel", "Issued"),
    QT_TRANSLATE_NOOP("CarnetListModel", "Valid until"),
    QT_TRANSLATE_NOOP("CarnetListModel", "Days left"),
    QT_TRANSLATE_NOOP("CarnetListModel", "Items"),
    QT_TRANSLATE_NOOP("CarnetListModel", "Value"),
    QT_TRANSLATE_NOOP("CarnetListModel", "Goods"),
    QT_TRANSLATE_NOOP("CarnetListModel", "Claims"),
)
CARNET_SORT_KEYS = {
    CarnetColumn.NUMBER: SortKey.NUMBER,
    CarnetColumn.STATUS: SortKey.STATUS,
    CarnetColumn.HOLDER: SortKey.HOLDER,
    CarnetColumn.COUNTRIES: SortKey.COUNTRIES,
    CarnetColumn.ISSUED: SortKey.ISSUED_ON,
    CarnetColumn.VALID_UNTIL: SortKey.VALID_UNTIL,
    CarnetColumn.DAYS_LEFT: SortKey.VALID_UNTIL,
    CarnetColumn.ITEMS: SortKey.ITEMS,
    CarnetColumn.VALUE: SortKey.VALUE,
    CarnetColumn.ABROAD: SortKey.GOODS_ABROAD,
    CarnetColumn.CLAIMS: SortKey.OPEN_CLAIMS,
}


def carnet_label(row: CarnetListRow) -> str:
    return row.number or QCoreApplication.translate("CarnetListModel", "draft %1").replace(
        "%1", str(row.id)
    )


def days_left(row: CarnetListRow, today: date) -> int | None:
    if row.valid_until is None or row.status not in IN_USE_STATUSES:
        return None
    return (row.valid_until - today).days


class CarnetListModel(QAbstractTableModel):
    """The carnet list: a window over the matching ids (the first page given, later pages of
    ids asked for when their rows are shown), rows loaded a block at a time when shown.

    Signals:
        sort_requested(object, bool): the view asked for a sort (SortKey, descending); the
            page re-runs the id query in that order.
    """

    sort_requested = Signal(object, bool)
    BLOCK = 150
    CACHE_LIMIT = 3000
    ID_PAGE = 2000  # ids asked for at once past the first page

    def __init__(
        self,
        load_rows: Callable[[list[int]], list[CarnetListRow]],
        today: Callable[[], date],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._load_rows = load_rows
        self._today = today
        self._total = 0
        self._first: list[int] = []
        self._pages: dict[int, list[int]] = {}
        self._fetch_ids: Callable[[int, int], list[int]] | None = None
        self._cache: OrderedDict[int, CarnetListRow] = OrderedDict()
        # per cached row: its cells' texts
        self._shown: dict[int, tuple[str, ...]] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    # ---- data in

    def set_ids(self, ids: Sequence[int]) -> None:
        """Every id of the list at once."""
        listed = list(ids)
        self.set_window(len(listed), listed, None)

    def set_window(
        self,
        total: int | None,
        first_ids: Sequence[int],
        fetch_ids: Callable[[int, int], list[int]] | None,
        *,
        rows: Sequence[CarnetListRow] = (),
    ) -> None:
        """The first ids of the list and how many it holds (None: not counted yet, the rows
        shown are the first ids until ``set_total``); ``fetch_ids(offset, limit)`` gives the
        ids further down; ``rows``: those of the first ids, loaded with them."""
        self.beginResetModel()
        self._first = list(first_ids)
        self._total = len(self._first) if total is None else max(total, 0)
        self._pages.clear()
        self._fetch_ids = fetch_ids
        self._cache.clear()
        self._shown.clear()
        for row in rows:
            self._cache[row.id] = row
        self.endResetModel()

    def set_total(self, total: int) -> None:
        """The count arrived after the first page: the rows past it appear."""
        if total > self._total:
            self.beginInsertRows(QModelIndex(), self._total, total - 1)
            self._total = total
            self.endInsertRows()
        elif total < self._total:
            self.beginRemoveRows(QModelIndex(), total, self._total - 1)
            self._total = total
            self.endRemoveRows()

    def set_loader(self, load_rows: Callable[[list[int]], list[CarnetListRow]]) -> None:
        self._load_rows = load_rows
        self.forget_rows()

    def forget_rows(self) -> None:
        """Drop cached rows (data changed); visible rows reload on the next paint."""
        self._cache.clear()
        self._shown.clear()
        if self._total:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._total - 1, len(CarnetColumn) - 1)
            )

    def id_at(self, row: int) -> int | None:
        if not 0 <= row < self._total:
            return None
        if row < len(self._first):
            return self._first[row]
        page, at = divmod(row - len(self._first), self.ID_PAGE)
        ids = self._pages.get(page)
        if ids is None:
            ids = self._fetch_page(page)
        return ids[at] if at < len(ids) else None

    def _fetch_page(self, page: int) -> list[int]:
        if self._fetch_ids is None:
            return []
        try:
            ids = self._fetch_ids(len(self._first) + page * self.ID_PAGE, self.ID_PAGE)
        except Exception:
            log.exception("loading carnet ids (page %d) failed", page)
            return []
        self._pages[page] = ids
        return ids

    def _id_span(self, row: int) -> tuple[int, int]:
        """The rows whose ids came with ``row``'s: the first page, or one page of ids."""
        if row < len(self._first):
            return 0, len(self._first)
        start = len(self._first) + (row - len(self._first)) // self.ID_PAGE * self.ID_PAGE
        return start, min(self._total, start + self.ID_PAGE)

    def row_of_id(self, carnet_id: int) -> int | None:
        """The row of an id among those loaded (the first page and pages already shown)."""
        if carnet_id in self._first:
            return self._first.index(carnet_id)
        for page, ids in self._pages.items():
            if carnet_id in ids:
                return len(self._first) + page * self.ID_PAGE + ids.index(carnet_id)
        return None

    def row_at(self, row: int) -> CarnetListRow | None:
        carnet_id = self.id_at(row)
        if carnet_id is None:
            return None
        found = self._cache.get(carnet_id)
        if found is None:
            self._load_block(row)
            found = self._cache.get(carnet_id)
        return found

    def _load_block(self, row: int) -> None:
        # the rows around ``row`` whose ids are at hand: never a page of ids for a row not shown
        first, end = self._id_span(row)
        start = max(first, row - self.BLOCK // 3)
        block = (self.id_at(r) for r in range(start, min(end, start + self.BLOCK)))
        wanted = [i for i in block if i is not None and i not in self._cache]
        try:
            rows = self._load_rows(wanted)
        except Exception:
            log.exception("loading %d carnet rows failed", len(wanted))
            return
        for loaded in rows:
            self._cache[loaded.id] = loaded
            self._shown.pop(loaded.id, None)
        while len(self._cache) > self.CACHE_LIMIT:
            dropped, _ = self._cache.popitem(last=False)
            self._shown.pop(dropped, None)

    # ---- Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CarnetColumn)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(CarnetColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CarnetListModel", str(CARNET_HEADERS[section]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section in _NUMERIC_COLUMNS else _LEFT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # called for every cell and role of every paint: the cheap refusals first, and the
        # texts a row shows worked out once per row (a screenful is some 2,000 calls)
        if role not in _ROLES:
            return None
        row_no, column_no = index.row(), index.column()
        if not 0 <= column_no < _COLUMN_COUNT:
            return None
        if role == ID_ROLE:
            return self.id_at(row_no)
        row = self.row_at(row_no)
        if row is None:
            return _pending_text() if role == _DISPLAY else None
        if role == _DISPLAY:
            shown = self._shown.get(row.id)
            if shown is None:
                shown = self._shown[row.id] = self._shown_texts(row)
            return shown[column_no]
        return self._role_value(row, CarnetColumn(column_no), role)

    def _role_value(self, row: CarnetListRow, column: CarnetColumn, role: int) -> Any:
        if role == _FOREGROUND:  # not kept: the palette may change (light, dark) meanwhile
            return self._foreground(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == ROW_ROLE:
            return row
        if role == _ALIGNMENT:
            return _RIGHT if column in _NUMERIC_COLUMNS else _LEFT
        if role == _FONT and column in (CarnetColumn.NUMBER, CarnetColumn.STATUS):
            return self._bold
        if role == _TOOLTIP and column == CarnetColumn.HOLDER:
            return row.holder
        return None

    def _shown_texts(self, row: CarnetListRow) -> tuple[str, ...]:
        return tuple(self._display(row, column) for column in CarnetColumn)

    def _display(self, row: CarnetListRow, column: CarnetColumn) -> str:
        if column == CarnetColumn.NUMBER:
            return carnet_label(row)
        if column == CarnetColumn.STATUS:
            return style.status_label(row.status)
        if column == CarnetColumn.HOLDER:
            return row.holder
        if column == CarnetColumn.COUNTRIES:
            return " ".join(row.countries)
        if column == CarnetColumn.ISSUED:
            return style.date_text(row.issued_on)
        if column == CarnetColumn.VALID_UNTIL:
            return style.date_text(row.valid_until)
        if column == CarnetColumn.DAYS_LEFT:
            left = days_left(row, self._today())
            return "" if left is None else style.count_text(left)
        if column == CarnetColumn.ITEMS:
            return style.count_text(row.items)
        if column == CarnetColumn.VALUE:
            return style.money_text(row.total_value, row.currency)
        if column == CarnetColumn.ABROAD:
            return (
                QCoreApplication.translate("CarnetListModel", "abroad") if row.goods_abroad else ""
            )
        if row.open_claims:
            return QCoreApplication.translate("CarnetListModel", "%1 open").replace(
                "%1", str(row.open_claims)
            )
        return ""

    def _sort_value(self, row: CarnetListRow, column: CarnetColumn) -> Any:
        return {
            CarnetColumn.NUMBER: row.number or "",
            CarnetColumn.STATUS: row.status,
            CarnetColumn.HOLDER: row.holder,
            CarnetColumn.COUNTRIES: " ".join(row.countries),
            CarnetColumn.ISSUED: row.issued_on or date.min,
            CarnetColumn.VALID_UNTIL: row.valid_until or date.min,
            CarnetColumn.DAYS_LEFT: days_left(row, self._today()) or 0,
            CarnetColumn.ITEMS: row.items,
            CarnetColumn.VALUE: row.total_value,
            CarnetColumn.ABROAD: int(row.goods_abroad),
            CarnetColumn.CLAIMS: row.open_claims,
        }[column]

    def _foreground(self, row: CarnetListRow, column: CarnetColumn) -> QColor | None:
        if column == CarnetColumn.STATUS:
            return style.status_colour(row.status)
        if column == CarnetColumn.DAYS_LEFT:
            left = days_left(row, self._today())
            if left is not None and left < 0:
                return style.urgency_colour("overdue")
            if left is not None and left <= 30:
                return style.urgency_colour("this month")
        if column == CarnetColumn.CLAIMS and row.open_claims:
            return style.urgency_colour("overdue")
        if column == CarnetColumn.ABROAD and row.goods_abroad:
            return style.status_colour("issued")
        if row.status in ("cancelled", "superseded"):
            return colours.muted_text()
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(CarnetColumn):
            self.sort_requested.emit(
                CARNET_SORT_KEYS[CarnetColumn(column)], order == Qt.SortOrder.DescendingOrder
            )


_NUMERIC_COLUMNS = frozenset({CarnetColumn.DAYS_LEFT, CarnetColumn.ITEMS, CarnetColumn.VALUE})
_COLUMN_COUNT = len(CarnetColumn)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ROLES = frozenset(
    {
        _DISPLAY,
        int(SORT_ROLE),
        int(ROW_ROLE),
        int(ID_ROLE),
        _ALIGNMENT,
        _FOREGROUND,
        _FONT,
        _TOOLTIP,
    }
)


def _pending_text() -> str:
    return QCoreApplication.translate("CarnetListModel", "…")

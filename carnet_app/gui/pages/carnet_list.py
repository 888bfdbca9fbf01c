"""The carnet list: search as you type, filters, sort by any column, 100,000 rows fluid.

The list query runs in the task runner (debounced 250 ms after the last keystroke) and asks
for the first page of ids only (and the count, at once when cheap, else right after); the lazy
model asks for further ids and loads rows a screenful at a time as they are shown.
"""

from __future__ import annotations

import functools
import logging
from datetime import date

from PySide6.QtCore import QByteArray, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carnet_app.gui import i18n, style
from carnet_app.gui.context import DeskContext
from carnet_app.gui.list_model import CARNET_SORT_KEYS, CarnetColumn, CarnetListModel
from carnet_app.gui.widgets import EmptyState, FlowLayout
from carnet_app.services import desk
from carnet_app.services.desk import ListFilter, SortKey

log = logging.getLogger(__name__)
SEARCH_DEBOUNCE_MS = 250
HEADER_KEY = "list/header"
EXPIRY_CHOICES = (7, 30, 60, 90)
DEFAULT_WIDTHS = {
    CarnetColumn.NUMBER: 130,
    CarnetColumn.STATUS: 92,
    CarnetColumn.HOLDER: 200,
    CarnetColumn.COUNTRIES: 90,
    CarnetColumn.ISSUED: 92,
    CarnetColumn.VALID_UNTIL: 92,
    CarnetColumn.DAYS_LEFT: 72,
    CarnetColumn.ITEMS: 56,
    CarnetColumn.VALUE: 120,
    CarnetColumn.ABROAD: 64,
    CarnetColumn.CLAIMS: 64,
}


class CarnetListPage(QWidget):
    """Search, filters and the lazy carnet table.

    Signals:
        carnet_activated(int): the clerk opened a carnet (its id).
        loaded(int): the list shows this many carnets after a query (its first page when
            the count comes later).
        counted(int): the count of a query with many matches arrived after its first page.
    """

    carnet_activated = Signal(int)
    loaded = Signal(int)
    counted = Signal(int)
    new_carnet_requested = Signal()
    open_database_requested = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self._sort = SortKey.NUMBER
        self._descending = False
        self._query_pending = False
        self._selected_id: int | None = None
        self._started = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)

        self.model = CarnetListModel(self._load_rows, ctx.today, self)
        self.model.sort_requested.connect(self._sort_requested)

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search number, holder, item description or serial number  (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), "")
        self.status_filter.addItem(self.tr("In use (issued, active, replaced)"), "in-use")
        for status in style.STATUSES:
            self.status_filter.addItem(style.status_label(status), status)
        self.expiry_filter = QComboBox()
        self.expiry_filter.addItem(self.tr("Any expiry"), None)
        for days in EXPIRY_CHOICES:
            self.expiry_filter.addItem(
                self.tr("Expiring within %1 days").replace("%1", str(days)), days
            )
        self.country_filter = QComboBox()
        self.country_filter.addItem(self.tr("All countries"), "")
        for combo in (self.status_filter, self.expiry_filter, self.country_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        self.abroad_filter = QCheckBox(self.tr("Goods abroad"))
        self.claim_filter = QCheckBox(self.tr("Open claim"))
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.count_label = QLabel()
        self.count_label.setObjectName("PageSubtitle")

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the next field
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        for column, width in DEFAULT_WIDTHS.items():
            # never narrower than the header: the titles are longer in some languages
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        header.setSortIndicator(CarnetColumn.NUMBER, Qt.SortOrder.AscendingOrder)
        self._restore_header()
        self.table.setSortingEnabled(True)

        self.search.setAccessibleName(self.tr("Search carnets"))
        self.table.setAccessibleName(self.tr("Carnets"))
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.expiry_filter.setAccessibleName(self.tr("Expiry filter"))
        self.country_filter.setAccessibleName(self.tr("Country filter"))
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # the filter bar wraps onto a second line in a narrow window
        filter_bar = QWidget()
        filters = FlowLayout(filter_bar)
        for widget in (
            self.search,
            self.status_filter,
            self.expiry_filter,
            self.country_filter,
            self.abroad_filter,
            self.claim_filter,
            self.clear_button,
        ):
            filters.addWidget(widget)
        self.empty_state = ListEmptyState(self)
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty_state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addWidget(filter_bar)
        layout.addWidget(self.table_stack, 1)
        layout.addWidget(self.count_label)

        self._debounce.timeout.connect(self.query_now)
        self.search.textChanged.connect(self._search_edited)
        self.search.returnPressed.connect(self.query_now)
        self.status_filter.currentIndexChanged.connect(self._filters_changed)
        self.expiry_filter.currentIndexChanged.connect(self._filters_changed)
        self.country_filter.currentIndexChanged.connect(self._filters_changed)
        self.abroad_filter.toggled.connect(self._filters_changed)
        self.claim_filter.toggled.connect(self._filters_changed)
        self.clear_button.clicked.connect(self.clear_filters)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        header.sectionResized.connect(self._save_header)
        header.sectionMoved.connect(self._save_header)
        header.sortIndicatorChanged.connect(self._save_header)
        ctx.data_changed.connect(self._data_changed)
        ctx.database_replaced.connect(self.reload)

    # ---- state

    def current_filter(self) -> ListFilter:
        status = str(self.status_filter.currentData() or "")
        statuses: tuple[str, ...] = ()
        if status == "in-use":
            statuses = ("issued", "active", "replaced")
        elif status:
            statuses = (status,)
        return ListFilter(
            search=self.search.text().strip(),
            statuses=statuses,
            expiring_within_days=self.expiry_filter.currentData(),
            country=str(self.country_filter.currentData() or "") or None,
            goods_abroad=self.abroad_filter.isChecked(),
            open_claim=self.claim_filter.isChecked(),
        )

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def set_countries(self, choices: list[desk.CountryChoice]) -> None:
        current = self.country_filter.currentData()
        self.country_filter.blockSignals(True)
        self.country_filter.clear()
        self.country_filter.addItem(self.tr("All countries"), "")
        for choice in choices:
            self.country_filter.addItem(
                f"{choice.code}  {i18n.country_name(choice.label)}", choice.code
            )
        found = self.country_filter.findData(current)
        self.country_filter.setCurrentIndex(max(0, found))
        self.country_filter.blockSignals(False)

    # ---- querying

    @Slot()
    def reload(self) -> None:
        self.model.set_loader(self._load_rows)
        self.query_now()

    @Slot()
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    @Slot(str)
    def _search_edited(self, _text: str) -> None:
        self._debounce.start()

    @Slot()
    def _filters_changed(self) -> None:
        self._debounce.stop()
        self.query_now()

    @Slot()
    def clear_filters(self) -> None:
        for widget in (
            self.search,
            self.status_filter,
            self.expiry_filter,
            self.country_filter,
            self.abroad_filter,
            self.claim_filter,
        ):
            widget.blockSignals(True)
        self.search.clear()
        self.status_filter.setCurrentIndex(0)
        self.expiry_filter.setCurrentIndex(0)
        self.country_filter.setCurrentIndex(0)
        self.abroad_filter.setChecked(False)
        self.claim_filter.setChecked(False)
        for widget in (
            self.search,
            self.status_filter,
            self.expiry_filter,
            self.country_filter,
            self.abroad_filter,
            self.claim_filter,
        ):
            widget.blockSignals(False)
        self.query_now()

    @Slot()
    def query_now(self) -> None:
        """Run the list query now (the debounce timer calls this): the first page of ids, and
        the count after it when counting costs more than the page."""
        self._started = True
        self._debounce.stop()
        self._generation += 1
        generation = self._generation
        self._selected_id = self.selected_id() or self._selected_id
        flt = self.current_filter()
        task = functools.partial(
            _first_page_task,
            flt=flt,
            today=self.ctx.today(),
            sort=self._sort,
            descending=self._descending,
        )
        self.ctx.submit_read(
            task,
            on_done=lambda found: self._ids_loaded(generation, flt, *found),
            on_error=lambda exc: self._ids_failed(generation, exc),
            label=self.tr("Searching carnets…"),
        )

    def _ids_loaded(
        self,
        generation: int,
        flt: ListFilter,
        window: desk.ListWindow,
        rows: list[desk.CarnetListRow],
    ) -> None:
        if generation != self._generation:
            return  # a newer keystroke already asked again
        fetch = functools.partial(
            self._fetch_ids, flt, self.ctx.today(), self._sort, self._descending
        )
        self.model.set_window(window.total, window.ids, fetch, rows=rows)
        if window.total is None:
            self._show_count(len(window.ids), more=True)
            # counted once the rows are painted, not in competition with them
            QTimer.singleShot(0, functools.partial(self._count, generation, flt))
        else:
            self._show_count(window.total)
        if self._selected_id is not None:
            row = self.model.row_of_id(self._selected_id)
            if row is not None:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
        self.loaded.emit(self.model.rowCount())

    def _count(self, generation: int, flt: ListFilter) -> None:
        if generation != self._generation:
            return  # typed on: the count of this query is no longer wanted
        self.ctx.submit_read(
            functools.partial(_count_task, flt=flt, today=self.ctx.today()),
            on_done=lambda total: self._counted(generation, total),
            on_error=lambda exc: self._ids_failed(generation, exc),
            label=self.tr("Counting carnets…"),
        )

    def _counted(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return
        self.model.set_total(total)
        self._show_count(total)
        self.counted.emit(total)

    def _fetch_ids(
        self,
        flt: ListFilter,
        today: date,
        sort: SortKey,
        descending: bool,
        offset: int,
        limit: int,
    ) -> list[int]:
        return self.ctx.read(
            desk.list_id_page,
            flt,
            today=today,
            sort=sort,
            descending=descending,
            offset=offset,
            limit=limit,
        )

    def _ids_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        from carnet_app.gui.errors import show_error

        show_error(self, exc)

    def _show_count(self, count: int, *, more: bool = False) -> None:
        flt = self.current_filter()
        filtered = flt != ListFilter()
        if more:
            text = self.tr("%1 or more carnets match (counting…)").replace(
                "%1", style.count_text(count)
            )
        elif count == 0:
            text = (
                self.tr("No carnet matches these filters.")
                if filtered
                else self.tr("No carnets yet.")
            )
        elif filtered:
            text = self.tr("%1 carnets match").replace("%1", style.count_text(count))
        else:
            text = self.tr("%1 carnets").replace("%1", style.count_text(count))
        self.count_label.setText(text)
        self.empty_state.show_for(count, filtered)

    def _load_rows(self, ids: list[int]) -> list[desk.CarnetListRow]:
        return self.ctx.read(desk.list_rows, ids)

    @Slot(object, bool)
    def _sort_requested(self, key: SortKey, descending: bool) -> None:
        if (key, descending) == (self._sort, self._descending) and self.model.rowCount():
            return
        self._sort, self._descending = key, descending
        if self._started:
            self.query_now()

    @Slot(int)
    def _data_changed(self, _carnet_id: int) -> None:
        self.model.forget_rows()
        self.query_now()

    # ---- opening

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        carnet_id = self.model.id_at(index.row())
        if carnet_id is not None:
            self.carnet_activated.emit(carnet_id)

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._selected_id = self.model.id_at(current.row())

    # ---- remembered layout

    def _restore_header(self) -> None:
        state = self.ctx.settings.value(HEADER_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            header = self.table.horizontalHeader()
            if header.restoreState(state):
                column = header.sortIndicatorSection()
                if 0 <= column < len(CarnetColumn):
                    self._sort = CARNET_SORT_KEYS[CarnetColumn(column)]
                    self._descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    @Slot()
    def _save_header(self) -> None:
        self.ctx.settings.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())


class ListEmptyState(EmptyState):
    """What to do when the list shows nothing: clear the filters, or make the first carnet."""

    def __init__(self, page: CarnetListPage) -> None:
        super().__init__(page)
        self.page = page

    def show_for(self, count: int, filtered: bool) -> None:
        page = self.page
        if count:
            page.table_stack.setCurrentWidget(page.table)
            return
        if filtered:
            self.show_message(
                self.tr("No carnet matches these filters. Clear them to see every carnet."),
                [(self.tr("Clear filters"), page.clear_filters)],
            )
        else:
            self.show_message(
                self.tr(
                    "No carnets in this database yet. Start the first carnet application, or "
                    "open the database file that holds your carnets."
                ),
                [
                    (self.tr("New carnet…"), page.new_carnet_requested.emit),
                    (self.tr("Open a database…"), page.open_database_requested.emit),
                ],
            )
        page.table_stack.setCurrentWidget(self)


def _first_page_task(
    session: object, *, flt: ListFilter, today: date, sort: SortKey, descending: bool
) -> tuple[desk.ListWindow, list[desk.CarnetListRow]]:
    """The first page of ids and the rows of its first screenful, in one session."""
    window = desk.list_first_page(session, flt, today=today, sort=sort, descending=descending)  # type: ignore[arg-type]
    return window, desk.list_rows(session, window.ids[: CarnetListModel.BLOCK])  # type: ignore[arg-type]


def _count_task(session: object, *, flt: ListFilter, today: date) -> int:
    return desk.list_count(session, flt, today=today)  # type: ignore[arg-type]

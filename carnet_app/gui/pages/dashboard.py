"""The home page: deadlines apart from notices, filtered by kind, country and holder, counted
per group, one page of rows at a time.

Everything shown comes from the deadline table (kept in step by every write), so a page and
its counts are two indexed queries whatever the number of carnets; after a save the page asks
again for what it shows (the save already brought that carnet's deadlines up to date) and keeps
its rows on screen meanwhile. One click on a row opens its carnet at the tab it is about.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carnet_app.domain.alerts import AlertKind, Urgency
from carnet_app.gui import style
from carnet_app.gui.context import DeskContext
from carnet_app.gui.pages.dashboard_model import DeadlineColumn, DeadlineTableModel
from carnet_app.services import deadline_views
from carnet_app.services.deadline_views import (
    DashboardCounts,
    DashboardFilter,
    DeadlineRow,
)
from carnet_app.services.deadlines import DEADLINE, NOTICE, category_of

HORIZON_DAYS = deadline_views.HORIZON_DAYS
TYPING_PAUSE_MS = 250
CATEGORIES = (
    (DEADLINE, QT_TRANSLATE_NOOP("DashboardPage", "Deadlines")),
    (NOTICE, QT_TRANSLATE_NOOP("DashboardPage", "Notices")),
)
GROUPS = (
    ("", QT_TRANSLATE_NOOP("DashboardPage", "All")),
    (Urgency.OVERDUE.value, QT_TRANSLATE_NOOP("DashboardPage", "Overdue")),
    (Urgency.THIS_WEEK.value, QT_TRANSLATE_NOOP("DashboardPage", "This week")),
    (Urgency.THIS_MONTH.value, QT_TRANSLATE_NOOP("DashboardPage", "This month")),
)


class DashboardPage(QWidget):
    """Signals:
    carnet_requested(str, str): open carnet NUMBER at tab FOCUS.
    loaded(int): a page arrived (how many deadlines the filters keep).
    """

    carnet_requested = Signal(str, str)
    loaded = Signal(int)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self._offset = 0
        self._loading = False
        self._has_loaded = False
        self.counts = DashboardCounts()
        self.page_size = deadline_views.PAGE_SIZE

        header = QWidget()
        header.setObjectName("PageHeader")
        title = QLabel(self.tr("Needs attention"))
        title.setObjectName("PageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("PageSubtitle")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        top = QHBoxLayout(header)
        top.setContentsMargins(16, 12, 16, 12)
        titles = QVBoxLayout()
        titles.addWidget(title)
        titles.addWidget(self.subtitle)
        top.addLayout(titles, 1)
        top.addWidget(self.refresh_button)

        self.categories = QTabBar()
        self.categories.setAccessibleName(self.tr("Deadlines or notices"))
        self.categories.setExpanding(False)
        for _category, label in CATEGORIES:
            self.categories.addTab(self.tr(str(label)))

        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.country = QLineEdit()
        self.country.setPlaceholderText(self.tr("Country (CH)"))
        self.country.setAccessibleName(self.tr("Country"))
        self.country.setMaxLength(2)
        self.country.setFixedWidth(110)
        self.holder = QLineEdit()
        self.holder.setPlaceholderText(self.tr("Holder"))
        self.holder.setAccessibleName(self.tr("Holder"))
        self.holder.setClearButtonEnabled(True)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        filters = QHBoxLayout()
        filters.addWidget(self.kind)
        filters.addWidget(self.country)
        filters.addWidget(self.holder, 1)
        filters.addWidget(self.clear_button)

        self.group_buttons: dict[str, QPushButton] = {}
        self._group_ids = QButtonGroup(self)
        self._group_ids.setExclusive(True)
        groups = QHBoxLayout()
        for number, (urgency, _label) in enumerate(GROUPS):
            button = QPushButton()
            button.setCheckable(True)
            button.setObjectName("UrgencyFilter")
            self._group_ids.addButton(button, number)
            self.group_buttons[urgency] = button
            groups.addWidget(button)
        groups.addStretch(1)
        self.group_buttons[""].setChecked(True)
        self._colour_chips()

        self.model = DeadlineTableModel(ctx.today, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Deadlines"))
        self.table.setAccessibleDescription(
            self.tr("One row per date to keep; activating a row opens its carnet.")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setCursor(Qt.CursorShape.PointingHandCursor)
        for column, width in (
            (DeadlineColumn.DUE, 92),
            (DeadlineColumn.IN_DAYS, 52),
            (DeadlineColumn.CARNET, 118),
            (DeadlineColumn.HOLDER, 190),
            (DeadlineColumn.KIND, 170),
        ):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSectionResizeMode(
            DeadlineColumn.MESSAGE, QHeaderView.ResizeMode.Stretch
        )
        self.state = QLabel()
        self.state.setObjectName("PageSubtitle")
        self.state.setWordWrap(True)
        self.range_label = QLabel()
        self.previous_button = QPushButton(self.tr("Previous"))
        self.previous_button.setAccessibleName(self.tr("Previous page of rows"))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setAccessibleName(self.tr("Next page of rows"))
        pager = QHBoxLayout()
        pager.addWidget(self.state, 1)
        pager.addWidget(self.range_label)
        pager.addWidget(self.previous_button)
        pager.addWidget(self.next_button)

        body = QVBoxLayout()
        body.setContentsMargins(16, 8, 16, 12)
        body.addWidget(self.categories)
        body.addLayout(filters)
        body.addLayout(groups)
        body.addWidget(self.table, 1)
        body.addLayout(pager)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(header)
        layout.addLayout(body, 1)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._filters_changed)
        self._fill_kinds()
        self._show_counts()
        self._show_state()
        self.refresh_button.clicked.connect(self.reload)
        self.categories.currentChanged.connect(self._category_changed)
        self.kind.currentIndexChanged.connect(self._filters_changed)
        self.country.textEdited.connect(lambda _text: self._typing.start())
        self.holder.textEdited.connect(lambda _text: self._typing.start())
        self.holder.returnPressed.connect(self._filters_changed)
        self._group_ids.idClicked.connect(lambda _id: self._filters_changed())
        self.clear_button.clicked.connect(self.clear_filters)
        self.previous_button.clicked.connect(lambda: self._turn(-1))
        self.next_button.clicked.connect(lambda: self._turn(1))
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self._clicked)
        ctx.data_changed.connect(self._data_changed)
        ctx.database_replaced.connect(self.reload)

    # ------------------------------------------------------------------ what is asked

    def current_filter(self) -> DashboardFilter:
        urgency = next((u for u, b in self.group_buttons.items() if b.isChecked()), "")
        return DashboardFilter(
            category=CATEGORIES[max(0, self.categories.currentIndex())][0],
            kind=str(self.kind.currentData() or ""),
            urgency=urgency,
            country=self.country.text().strip().upper(),
            holder=self.holder.text().strip(),
        )

    def filtered(self) -> bool:
        flt = self.current_filter()
        return bool(flt.kind or flt.urgency or flt.country or flt.holder)

    @Slot()
    def clear_filters(self) -> None:
        for widget in (self.kind, self.country, self.holder):
            widget.blockSignals(True)
        self.kind.setCurrentIndex(0)
        self.country.clear()
        self.holder.clear()
        for widget in (self.kind, self.country, self.holder):
            widget.blockSignals(False)
        self.group_buttons[""].setChecked(True)
        self._filters_changed()

    @Slot()
    def reload(self) -> None:
        """Ask again for the page shown and its counts (the rows stay until they arrive)."""
        self._generation += 1
        generation = self._generation
        today = self.ctx.today()
        flt = self.current_filter()
        self._loading = True
        self._show_state()
        self.ctx.submit_read(
            _dashboard_task,
            flt,
            today,
            self._offset,
            self.page_size,
            on_done=lambda result: self._loaded(generation, today, flt, result),
            label=self.tr("Loading deadlines…"),
        )

    @Slot(int)
    def _data_changed(self, _carnet_id: int) -> None:
        self.reload()

    @Slot()
    def _filters_changed(self) -> None:
        self._typing.stop()
        self._offset = 0
        self.reload()

    @Slot(int)
    def _category_changed(self, index: int) -> None:
        # a screen reader names the table after what it lists: deadlines or notices
        self.table.setAccessibleName(self.tr(str(CATEGORIES[index][1])))
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(0)
        self.kind.blockSignals(False)
        self._fill_kinds()
        self._filters_changed()

    def _turn(self, pages: int) -> None:
        offset = self._offset + pages * self.page_size
        if 0 <= offset < max(1, self.counts.shown):
            self._offset = offset
            self.reload()

    # ------------------------------------------------------------------ what came back

    def _loaded(
        self,
        generation: int,
        today: date,
        flt: DashboardFilter,
        result: tuple[DashboardCounts, list[DeadlineRow]],
    ) -> None:
        if generation != self._generation:
            return  # a newer question is on its way
        counts, rows = result
        if not rows and self._offset and counts.shown:
            self._offset = max(0, (counts.shown - 1) // self.page_size * self.page_size)
            self.reload()  # the last page emptied (a save moved its rows): show the new last
            return
        self._loading = False
        self._has_loaded = True
        self.counts = counts
        self.model.set_rows(rows)
        self._fill_kinds()
        self._show_counts()
        self.subtitle.setText(
            self.tr("Today is %1 · %2 deadlines within %3 days")
            .replace("%1", style.date_text(today))
            .replace("%2", style.count_text(counts.by_category.get(DEADLINE, 0)))
            .replace("%3", str(HORIZON_DAYS))
        )
        self._show_state()
        self.loaded.emit(counts.shown)

    def _fill_kinds(self) -> None:
        category = CATEGORIES[max(0, self.categories.currentIndex())][0]
        kinds = [k.value for k in AlertKind if category_of(k.value) == category]
        kinds += sorted(k for k in self.counts.by_kind if k not in kinds)
        chosen = str(self.kind.currentData() or "")
        self.kind.blockSignals(True)
        self.kind.clear()
        total = sum(self.counts.by_kind.values())
        self.kind.addItem(self.tr("Every kind (%1)").replace("%1", style.count_text(total)), "")
        for kind in kinds:
            count = self.counts.by_kind.get(kind, 0)
            label = f"{style.alert_kind_label(kind)} ({style.count_text(count)})"
            self.kind.addItem(label, kind)
        found = self.kind.findData(chosen)
        self.kind.setCurrentIndex(max(0, found))
        self.kind.blockSignals(False)

    def _colour_chips(self) -> None:
        """Each urgency chip in its hue, readable in the palette of the moment."""
        for urgency, button in self.group_buttons.items():
            if urgency:
                button.setStyleSheet(style.chip_style(style.URGENCY_COLOURS[urgency]))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._colour_chips()
        super().changeEvent(event)

    def _show_counts(self) -> None:
        for index, (category, label) in enumerate(CATEGORIES):
            count = self.counts.by_category.get(category, 0)
            self.categories.setTabText(index, f"{self.tr(str(label))} ({style.count_text(count)})")
        total = sum(self.counts.by_urgency.values())
        for urgency, label in GROUPS:
            count = self.counts.by_urgency.get(urgency, 0) if urgency else total
            button = self.group_buttons[urgency]
            button.setText(f"{self.tr(str(label))} ({style.count_text(count)})")
            button.setAccessibleName(button.text())

    def _show_state(self) -> None:
        shown = self.counts.shown
        first = self._offset + 1 if self.model.rowCount() else 0
        last = self._offset + self.model.rowCount()
        self.range_label.setText(
            self.tr("%1–%2 of %3")
            .replace("%1", style.count_text(first))
            .replace("%2", style.count_text(last))
            .replace("%3", style.count_text(shown))
        )
        self.previous_button.setEnabled(self._offset > 0)
        self.next_button.setEnabled(last < shown)
        for widget in (self.range_label, self.previous_button, self.next_button):
            widget.setVisible(shown > 0)
        if self._loading:
            text = self.tr("Loading deadlines…")
        elif not self._has_loaded or self.model.rowCount():
            text = ""
        elif self.filtered():
            text = self.tr("Nothing matches these filters: clear them to see every deadline.")
        elif self.current_filter().category == NOTICE:
            text = self.tr("No notice within %1 days.").replace("%1", str(HORIZON_DAYS))
        else:
            text = self.tr("No deadline within %1 days: every carnet is on time.").replace(
                "%1", str(HORIZON_DAYS)
            )
        self.state.setText(text)
        self.clear_button.setEnabled(self.filtered())

    @Slot(QModelIndex)
    def _clicked(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.carnet_requested.emit(row.number, row.focus)


def _dashboard_task(
    session: object, flt: DashboardFilter, today: date, offset: int, limit: int
) -> tuple[DashboardCounts, list[DeadlineRow]]:
    counts = deadline_views.dashboard_counts(session, flt, today=today)  # type: ignore[arg-type]
    rows = deadline_views.dashboard_page(
        session,  # type: ignore[arg-type]
        flt,
        today=today,
        offset=offset,
        limit=limit,
    )
    return counts, rows

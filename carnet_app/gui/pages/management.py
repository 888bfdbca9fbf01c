"""The chamber's management view: liability and activity in charts (Qt Charts).

Over 500 lines because the page, its chart card and its drill-down list share one catalogue
context set and are read together; the figures themselves live in services/management.py.

Filters at the top (period by issue date, destination, use); one card per chart with its
export buttons (PNG, PDF, data as XLSX); a click on a bar lists the carnets behind it, and a
double click in that list opens the carnet. Figures load in the task runner.
"""

from __future__ import annotations

import functools
from datetime import date
from decimal import Decimal
from pathlib import Path

from dateutil.relativedelta import relativedelta
from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QLocale,
    QMargins,
    QModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QPageSize, QPainter, QPalette, QPdfWriter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from carnet_app.gui import style
from carnet_app.gui.context import DeskContext
from carnet_app.services.management import (
    CarnetBehind,
    Chart,
    ChartId,
    ManagementFilter,
    ManagementView,
    Measure,
    carnets_behind,
    management_view,
)

RIGHT_ALIGNED = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
TWO_COLUMNS_FROM = 980  # page width in pixels
MAX_BARS = 14  # the largest categories shown; the note says how many there are
CHART_TITLES = {
    ChartId.SECURITY_BY_COUNTRY: QT_TRANSLATE_NOOP(
        "ManagementPage", "Security held by destination"
    ),
    ChartId.SECURITY_BY_MONTH: QT_TRANSLATE_NOOP(
        "ManagementPage", "Security held by month of issue"
    ),
    ChartId.RELEASE_DUE: QT_TRANSLATE_NOOP("ManagementPage", "Security falling due for release"),
    ChartId.ISSUED_BY_USE: QT_TRANSLATE_NOOP("ManagementPage", "Carnets issued per month, by use"),
    ChartId.GOODS_ABROAD: QT_TRANSLATE_NOOP("ManagementPage", "Goods abroad now, by country"),
    ChartId.VOUCHERS_USED: QT_TRANSLATE_NOOP("ManagementPage", "Vouchers used per month"),
    ChartId.CLAIMS_OPEN: QT_TRANSLATE_NOOP("ManagementPage", "Open claims by country"),
    ChartId.CLAIMS_DUE: QT_TRANSLATE_NOOP("ManagementPage", "Open claims by proof deadline"),
    ChartId.CLAIMS_PAID: QT_TRANSLATE_NOOP("ManagementPage", "Claims paid per month"),
}
PERIODS = (
    ("12m", QT_TRANSLATE_NOOP("ManagementPage", "Last 12 months")),
    ("year", QT_TRANSLATE_NOOP("ManagementPage", "This year")),
    ("last-year", QT_TRANSLATE_NOOP("ManagementPage", "Last year")),
    ("3y", QT_TRANSLATE_NOOP("ManagementPage", "Last 3 years")),
    ("all", QT_TRANSLATE_NOOP("ManagementPage", "All carnets")),
)


def period_bounds(key: str, today: date) -> tuple[date | None, date | None]:
    if key == "12m":
        return today - relativedelta(months=12), today
    if key == "year":
        return date(today.year, 1, 1), today
    if key == "last-year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if key == "3y":
        return today - relativedelta(years=3), today
    return None, None


MONTH_CHARTS = frozenset(
    {
        ChartId.SECURITY_BY_MONTH,
        ChartId.RELEASE_DUE,
        ChartId.ISSUED_BY_USE,
        ChartId.VOUCHERS_USED,
        ChartId.CLAIMS_DUE,
        ChartId.CLAIMS_PAID,
    }
)
THOUSANDS_FROM = 100_000  # money axes above this count in thousands
VOUCHER_BAR_COLOURS = {"yellow": "#eab308", "white": "#94a3b8", "blue": "#3b82f6"}


def category_label(chart: Chart, category: str) -> str:
    """A short axis label: the country code, or the month as the locale abbreviates it."""
    if chart.id is ChartId.GOODS_ABROAD:
        return style.place_label(category)
    if chart.id in MONTH_CHARTS and len(category) == 7 and category[4] == "-":
        month = QDate(int(category[:4]), int(category[5:]), 1)
        return QLocale().toString(month, "MM/yy")
    return category


def series_label(chart: Chart, name: str) -> str:
    if chart.id is ChartId.ISSUED_BY_USE:
        return style.use_text(name)
    if chart.id is ChartId.VOUCHERS_USED:
        return style.value_label("colour", name)
    return name


BAR_STEPS = 1000  # a bar is drawn to a thousandth of its axis unit


def _bar_height(amount: Decimal, divisor: int) -> float:
    """A bar's height for Qt Charts, which draws in floating point: the figure is rounded in
    Decimal to a thousandth of the axis unit, and only that whole count of steps becomes a
    drawing coordinate; the exact figure stays in the note and the XLSX export."""
    steps = int((amount * BAR_STEPS / divisor).to_integral_value())
    return steps / BAR_STEPS


class ChartCard(QFrame):
    """One chart with its title, notes and export buttons.

    Signals:
        bar_clicked(str, str, str): chart id, series name, category.
    """

    bar_clicked = Signal(str, str, str)

    def __init__(self, chart_id: ChartId, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChartCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.chart_id = chart_id
        self.data: Chart | None = None
        self.title = QLabel(self.tr(str(CHART_TITLES[chart_id])))
        self.title.setObjectName("GroupTitle")
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(220)
        self.view.setAccessibleName(self.title.text())
        self.note = QLabel()
        self.note.setObjectName("PageSubtitle")
        self.note.setWordWrap(True)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setAccessibleName(f"{self.title.text()}: {self.tr('Export')}")
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("Chart as a picture (PNG)…"), self.save_png)
        menu.addAction(self.tr("Chart as a PDF page…"), self.save_pdf)
        menu.addAction(self.tr("Figures as a spreadsheet (XLSX)…"), self.save_xlsx)
        self.export_button.setMenu(menu)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)

    def show_chart(self, data: Chart) -> None:
        self.data = data
        chart = QChart()
        chart.setTheme(
            QChart.ChartTheme.ChartThemeDark
            if self.palette().color(QPalette.ColorRole.Window).lightness() < 128
            else QChart.ChartTheme.ChartThemeLight
        )
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.legend().setVisible(len(data.series) > 1)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        categories = list(data.categories)
        categories = categories[-MAX_BARS:] if data.id in MONTH_CHARTS else categories[:MAX_BARS]
        largest = max(
            (data.value(one.name, c) for one in data.series for c in categories), default=Decimal(0)
        )
        divisor = 1000 if data.measure is Measure.MONEY and largest >= THOUSANDS_FROM else 1
        series = QBarSeries()
        for one in data.series:
            bar_set = QBarSet(series_label(data, one.name))
            if data.id is ChartId.VOUCHERS_USED and one.name in VOUCHER_BAR_COLOURS:
                bar_set.setColor(QColor(VOUCHER_BAR_COLOURS[one.name]))
            for category in categories:
                bar_set.append(_bar_height(data.value(one.name, category), divisor))
            bar_set.clicked.connect(functools.partial(self._clicked, one.name, tuple(categories)))
            series.append(bar_set)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([category_label(data, c) for c in categories])
        axis_x.setLabelsAngle(-90 if len(categories) > 8 else 0)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%.0f")
        chart.setLocalizeNumbers(True)  # the axis groups digits as the rest of the desk
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        axis_y.setRange(0, max(_bar_height(largest, divisor), 1.0))
        axis_y.applyNiceNumbers()
        if data.measure is Measure.MONEY:
            currencies = ", ".join(one.name for one in data.series)
            axis_y.setTitleText(
                self.tr("thousands %1").replace("%1", currencies) if divisor > 1 else currencies
            )
        self.view.setChart(chart)
        self.note.setText(self._note_text(data))

    def _note_text(self, data: Chart) -> str:
        if data.is_empty:
            return self.tr("Nothing to show for this period and these filters.")
        parts = []
        if data.measure is Measure.MONEY:
            # one series per currency: the amount says its currency, once
            totals = ", ".join(style.money_text(one.total, one.name) for one in data.series)
            shown_all = len(data.categories) <= MAX_BARS
            parts.append(
                (
                    self.tr("Total of the bars: %1")
                    if shown_all  # else the total counts the bars left out too
                    else self.tr("Total of all %2 bars: %1").replace(
                        "%2", str(len(data.categories))
                    )
                ).replace("%1", totals)
            )
        else:
            for one in data.series:
                total = style.count_text(int(one.total))
                parts.append(f"{series_label(data, one.name)}: {total}")
        if len(data.categories) > MAX_BARS and data.id in MONTH_CHARTS:
            parts.append(self.tr("the last %1 months shown").replace("%1", str(MAX_BARS)))
        elif len(data.categories) > MAX_BARS:
            parts.append(
                self.tr("the %1 largest of %2 shown")
                .replace("%1", str(MAX_BARS))
                .replace("%2", str(len(data.categories)))
            )
        return " · ".join([*parts, *(str(note) for note in data.notes)])

    def _clicked(self, series: str, categories: tuple[str, ...], index: int) -> None:
        if 0 <= index < len(categories):
            self.bar_clicked.emit(self.chart_id.value, series, categories[index])

    # -- exports --------------------------------------------------------------------------

    def _ask_file(self, caption: str, suffix: str, pattern: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, caption, f"{self.chart_id.value}.{suffix}", pattern
        )
        return Path(name) if name else None

    @Slot()
    def save_png(self, path: Path | None = None) -> None:
        target = path or self._ask_file(self.tr("Save chart"), "png", "PNG (*.png)")
        if target is not None:
            self.view.grab().save(str(target), "PNG")

    @Slot()
    def save_pdf(self, path: Path | None = None) -> None:
        target = path or self._ask_file(self.tr("Save chart"), "pdf", "PDF (*.pdf)")
        if target is None:
            return
        writer = QPdfWriter(str(target))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(writer.pageLayout().orientation().Landscape)
        writer.setTitle(self.title.text())
        writer.setCreator("Carnet Desk")
        painter = QPainter(writer)
        page = writer.pageLayout().paintRectPixels(writer.resolution())
        painter.drawText(QRectF(0, 0, page.width(), 200), self.title.text())
        self.view.render(painter, QRectF(0, 250, page.width(), page.height() - 250))
        painter.end()

    @Slot()
    def save_xlsx(self, path: Path | None = None) -> None:
        target = path or self._ask_file(self.tr("Save figures"), "xlsx", "Excel (*.xlsx)")
        if target is None or self.data is None:
            return
        from openpyxl import Workbook

        workbook = Workbook()
        sheet = workbook.active
        assert sheet is not None
        sheet.title = self.chart_id.value[:31]
        sheet.append([self.title.text()])
        sheet.append(["", *[series_label(self.data, s.name) for s in self.data.series]])
        for category in self.data.categories:
            sheet.append(
                [
                    category,
                    *[Decimal(self.data.value(s.name, category)) for s in self.data.series],
                ]
            )
        workbook.save(str(target))


class CarnetsBehindDialog(QDialog):
    """The carnets behind one bar; a double click opens one."""

    carnet_requested = Signal(str, str)

    def __init__(self, title: str, carnets: list[CarnetBehind], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(QSize(760, 420))
        self.setMinimumSize(QSize(480, 300))
        self.table = QTableWidget(len(carnets), 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Carnet"),
                self.tr("Holder"),
                self.tr("Status"),
                self.tr("Valid until"),
                self.tr("Amount"),
            ]
        )
        self.table.setAccessibleName(title)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        for row, carnet in enumerate(carnets):
            cells = [
                carnet.number,
                carnet.holder,
                style.status_label(carnet.status),
                style.date_text(carnet.valid_until),
                style.money_text(carnet.amount, carnet.currency) if carnet.amount else "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 4:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        count = QLabel(self.tr("%n carnet(s)", "", len(carnets)))
        layout.addWidget(count)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.doubleClicked.connect(self._open)

    @Slot(QModelIndex)
    def _open(self, index: QModelIndex) -> None:
        number = self.table.item(index.row(), 0)
        if number is not None:
            self.carnet_requested.emit(number.text(), "overview")


class ManagementPage(QWidget):
    """Signals:
    carnet_requested(str, str): open carnet NUMBER at tab FOCUS.
    loaded(): the figures are on screen.
    """

    carnet_requested = Signal(str, str)
    loaded = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self.view: ManagementView | None = None
        header = QWidget()
        header.setObjectName("PageHeader")
        title = QLabel(self.tr("Management"))
        title.setObjectName("PageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("PageSubtitle")
        self.subtitle.setWordWrap(True)
        self.period = QComboBox()
        for key, label in PERIODS:
            self.period.addItem(self.tr(str(label)), key)
        self.period.setAccessibleName(self.tr("Period"))
        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Destination"))
        self.country.addItem(self.tr("All destinations"), "")
        self.use = QComboBox()
        self.use.setAccessibleName(self.tr("Use"))
        self.use.addItem(self.tr("All uses"), "")
        for code in ("CS", "EF", "PE"):
            self.use.addItem(style.use_text(code), code)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("Period"), self.period),
            (self.tr("Destination"), self.country),
            (self.tr("Use"), self.use),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.refresh_button)
        top = QVBoxLayout(header)
        top.setContentsMargins(16, 12, 16, 8)
        top.addWidget(title)
        top.addWidget(self.subtitle)
        top.addLayout(filters)
        self.cards = {chart_id: ChartCard(chart_id) for chart_id in ChartId}
        grid_host = QWidget()
        self.grid = QGridLayout(grid_host)
        self.grid.setContentsMargins(16, 4, 16, 12)
        self._columns = 0
        for card in self.cards.values():
            card.bar_clicked.connect(self._bar_clicked)
        self._lay_out_cards(2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_host)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(header)
        layout.addWidget(scroll, 1)
        self.refresh_button.clicked.connect(self.reload)
        for combo in (self.period, self.country, self.use):
            combo.currentIndexChanged.connect(self.reload)
        ctx.database_replaced.connect(self._database_replaced)

    def _lay_out_cards(self, columns: int) -> None:
        """Two cards a row on a wide window, one on a narrow one (a 1024-pixel laptop)."""
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards.values():
            self.grid.removeWidget(card)
        for index, card in enumerate(self.cards.values()):
            self.grid.addWidget(card, index // columns, index % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._lay_out_cards(2 if event.size().width() >= TWO_COLUMNS_FROM else 1)
        super().resizeEvent(event)

    @Slot()
    def _database_replaced(self) -> None:
        self.reload()

    def current_filter(self) -> ManagementFilter:
        start, end = period_bounds(str(self.period.currentData()), self.ctx.today())
        return ManagementFilter(
            start=start,
            end=end,
            country=str(self.country.currentData() or "") or None,
            use=str(self.use.currentData() or "") or None,
        )

    @Slot()
    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        self.subtitle.setText(self.tr("Loading the figures…"))
        self.ctx.submit_read(
            functools.partial(_load, today=self.ctx.today(), chosen=self.current_filter()),
            on_done=lambda view: self._loaded(generation, view),
            label=self.tr("Loading the figures…"),
        )

    def _loaded(self, generation: int, view: ManagementView) -> None:
        if generation != self._generation:
            return
        self.view = view
        self._offer_countries(view)
        for chart in view.charts:
            self.cards[chart.id].show_chart(chart)
        held = ", ".join(
            style.money_text(amount, currency)
            for currency, amount in sorted(view.security_held.items())
        )
        self.subtitle.setText(
            self.tr("%1 carnets guaranteed · security held: %2 · click a bar for its carnets")
            .replace("%1", style.count_text(view.carnets_guaranteed))
            .replace("%2", held or "0")
        )
        self.loaded.emit()

    def _offer_countries(self, view: ManagementView) -> None:
        known = {self.country.itemData(i) for i in range(self.country.count())}
        chart = view.chart(ChartId.SECURITY_BY_COUNTRY)
        blocked = self.country.blockSignals(True)
        for code in sorted(set(chart.categories) - known):
            self.country.addItem(code, code)
        self.country.blockSignals(blocked)

    @Slot(str, str, str)
    def _bar_clicked(self, chart_id: str, series: str, category: str) -> None:
        chosen = self.current_filter()
        which = ChartId(chart_id)
        self.ctx.submit_read(
            functools.partial(
                _behind, chart_id=which, category=category, series=series, chosen=chosen
            ),
            on_done=lambda carnets: self._show_behind(which, category, carnets),
            label=self.tr("Finding the carnets…"),
        )

    def _show_behind(self, chart_id: ChartId, category: str, carnets: list[CarnetBehind]) -> None:
        title = f"{self.tr(str(CHART_TITLES[chart_id]))}: {category}"
        dialog = CarnetsBehindDialog(title, carnets, self)
        dialog.carnet_requested.connect(self.carnet_requested)
        dialog.carnet_requested.connect(dialog.accept)
        dialog.open()


def _load(session: object, *, today: date, chosen: ManagementFilter) -> ManagementView:
    return management_view(session, today=today, filter=chosen)  # type: ignore[arg-type]


def _behind(
    session: object, *, chart_id: ChartId, category: str, series: str, chosen: ManagementFilter
) -> list[CarnetBehind]:
    return carnets_behind(
        session,  # type: ignore[arg-type]
        chart_id,
        category,
        series=series or None,
        filter=chosen,
    )

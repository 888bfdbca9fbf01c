"""The issuing wizard's itinerary step: the countries visited and crossed, how often, and each
country's rules checked as the clerk types."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from carnet_app.errors import UserError
from carnet_app.gui import colours
from carnet_app.gui.context import DeskContext
from carnet_app.gui.issuing.common import (
    ERROR_BACKGROUND,
    ERROR_TEXT,
    OK_BACKGROUND,
    OK_TEXT,
    WARNING_BACKGROUND,
    WARNING_TEXT,
    InlineMessage,
    country_combo,
    country_of,
    set_country,
)
from carnet_app.gui.issuing.quote_view import format_label
from carnet_app.gui.widgets import widen_to_titles
from carnet_app.services import drafts
from carnet_app.services.drafts import DraftForm, IssuingDesk, StopForm

CHECK_DELAY_MS = 150


class ItineraryPage(QWizardPage):
    """Destinations and transits; each row shows what the country table says about it."""

    COUNTRY, KIND, TIMES, CHECK = range(4)

    def __init__(self, ctx: DeskContext, desk: IssuingDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.desk = desk
        self.setTitle(self.tr("Itinerary"))
        self.setSubTitle(
            self.tr(
                "Every country visited and every country crossed in transit. The country "
                "rules are checked as you pick them."
            )
        )
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Country"),
                self.tr("Visit or transit"),
                self.tr("Times"),
                self.tr("Country rules"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COUNTRY, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.CHECK, QHeaderView.ResizeMode.Stretch)
        widen_to_titles(self.table, {self.COUNTRY: 240, self.KIND: 120, self.TIMES: 70})
        self.table.verticalHeader().setDefaultSectionSize(36)
        self.add_visit = QPushButton(self.tr("Add destination"))
        self.add_transit = QPushButton(self.tr("Add transit country"))
        self.remove = QPushButton(self.tr("Remove"))
        buttons = QHBoxLayout()
        for button in (self.add_visit, self.add_transit, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.trips = QSpinBox()
        self.trips.setRange(1, 50)
        self.trips.setMaximumWidth(90)
        self.trips.setToolTip(
            self.tr("Each trip out of and back into the home territory uses one yellow set")
        )
        self.format = QComboBox()
        for value in ("paper", "digital", "both"):
            self.format.addItem(format_label(value), value)
        self.format.setMaximumWidth(320)
        self.format_needed = QLabel()
        self.format_needed.setWordWrap(True)
        self.format_needed.setObjectName("PageSubtitle")
        form = QFormLayout()
        form.addRow(self.tr("Trips out and back home"), self.trips)
        form.addRow(self.tr("Carnet format"), self.format)
        form.addRow("", self.format_needed)
        self.general = InlineMessage()

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.general)
        layout.addLayout(form)

        self._format_chosen = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.run_check)
        self.add_visit.clicked.connect(lambda: self.add_stop(StopForm("", "visit")))
        self.add_transit.clicked.connect(lambda: self.add_stop(StopForm("", "transit")))
        self.remove.clicked.connect(self.remove_selected)
        self.trips.valueChanged.connect(lambda _v: self._changed())
        self.format.activated.connect(self._format_picked)
        self.check: drafts.ItineraryCheck | None = None

    # ------------------------------------------------------------------ rows

    def add_stop(self, stop: StopForm) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = country_combo(
            ((c.code, c.name) for c in self.desk.countries if c.code != self.desk.home_country),
            blank=self.tr("Choose a country…"),
        )
        set_country(combo, stop.country)
        kind = QComboBox()
        kind.addItem(self.tr("Visit"), "visit")
        kind.addItem(self.tr("Transit"), "transit")
        kind.setCurrentIndex(max(0, kind.findData(stop.kind)))
        times = QSpinBox()
        times.setRange(1, 50)
        times.setValue(stop.times)
        self.table.setCellWidget(row, self.COUNTRY, combo)
        self.table.setCellWidget(row, self.KIND, kind)
        self.table.setCellWidget(row, self.TIMES, times)
        self.table.setItem(row, self.CHECK, QTableWidgetItem(""))
        combo.currentIndexChanged.connect(lambda _i: self._changed())
        line = combo.lineEdit()
        if line is not None:
            line.editingFinished.connect(self._changed)
        kind.currentIndexChanged.connect(lambda _i: self._changed())
        times.valueChanged.connect(lambda _v: self._changed())
        if not stop.country:
            combo.setFocus()
        self._changed()
        return row

    @Slot()
    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        self._changed()

    def stops(self) -> list[tuple[int, StopForm]]:
        """(table row, stop) for every row with a country."""
        result = []
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, self.COUNTRY)
            kind = self.table.cellWidget(row, self.KIND)
            times = self.table.cellWidget(row, self.TIMES)
            if not (
                isinstance(combo, QComboBox)
                and isinstance(kind, QComboBox)
                and isinstance(times, QSpinBox)
            ):
                continue  # a row being built
            code = country_of(combo)
            if code:
                result.append((row, StopForm(code, str(kind.currentData()), times.value())))
        return result

    # ------------------------------------------------------------------ checking

    def _changed(self) -> None:
        self.completeChanged.emit()
        self._timer.start()

    @Slot(int)
    def _format_picked(self, _index: int) -> None:
        self._format_chosen = True

    def initializePage(self) -> None:
        self.run_check()

    @Slot()
    def run_check(self) -> None:
        self._timer.stop()
        wizard = self.wizard()
        form = wizard.form() if wizard is not None and hasattr(wizard, "form") else DraftForm()
        stops = self.stops()
        form = replace(
            form, itinerary=tuple(stop for _, stop in stops), **self.values_without_stops()
        )
        try:
            check: drafts.ItineraryCheck = self.ctx.read(
                drafts.itinerary_check, form, today=self.ctx.today()
            )
        except UserError as exc:
            self.general.error(str(exc))
            return

        self.check = check
        by_row = {row: index for index, (row, _) in enumerate(stops)}
        for row in range(self.table.rowCount()):
            index = by_row.get(row)
            item = self.table.item(row, self.CHECK)
            if item is None:
                item = QTableWidgetItem()
                self.table.setItem(row, self.CHECK, item)
            if index is None:
                item.setText(self.tr("Choose the country"))
                item.setForeground(colours.muted_text())
                item.setData(Qt.ItemDataRole.BackgroundRole, None)
                item.setToolTip("")
            else:
                findings = check.for_stop(index)
                refusals = [f.message for f in findings if f.is_refusal]
                warnings = [f.message for f in findings if not f.is_refusal]
                if refusals:
                    item.setText(self.tr("Refused: ") + refusals[0])
                    item.setForeground(ERROR_TEXT())
                    item.setBackground(ERROR_BACKGROUND())
                elif warnings:
                    item.setText(self.tr("Check: ") + "; ".join(warnings))
                    item.setForeground(WARNING_TEXT())
                    item.setBackground(WARNING_BACKGROUND())
                else:
                    item.setText(self.tr("Accepted for these uses"))
                    item.setForeground(OK_TEXT())
                    item.setBackground(OK_BACKGROUND())
                item.setToolTip("\n".join(f"• {f.message}" for f in findings))
        general = [f.message for f in check.general() if f.rule != "format-differs"]
        if general:
            self.general.warning("\n".join(general))
        else:
            self.general.clear_message()
        self.format_needed.setText(self.tr("Needed: ") + check.format_explanation)
        if not self._format_chosen:
            self.format.setCurrentIndex(max(0, self.format.findData(check.format_needed)))
        self.completeChanged.emit()

    def refusals(self) -> list[str]:
        if self.check is None:
            return []
        return [f.message for f in self.check.findings if f.is_refusal]

    def isComplete(self) -> bool:
        return bool(self.stops())

    # ------------------------------------------------------------------ form

    def load(self, form: DraftForm) -> None:
        self.table.setRowCount(0)
        for stop in form.itinerary:
            self.add_stop(stop)
        self.trips.setValue(form.trips)
        if form.itinerary:
            self._format_chosen = True
        self.format.setCurrentIndex(max(0, self.format.findData(form.carnet_format)))

    def values_without_stops(self) -> dict[str, Any]:
        return {"trips": self.trips.value(), "carnet_format": str(self.format.currentData())}

    def values(self) -> dict[str, Any]:
        return {
            "itinerary": tuple(stop for _, stop in self.stops()),
            **self.values_without_stops(),
        }

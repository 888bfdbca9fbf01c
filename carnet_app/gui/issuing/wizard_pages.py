"""The first wizard steps: the holder (with box B), the uses and event (box C), and the
itinerary with the country rules checked as the clerk picks each country."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from carnet_app.errors import UserError
from carnet_app.gui import colours, style
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
    date_edit,
    date_of,
    hint,
    section_title,
    set_country,
)
from carnet_app.gui.issuing.quote_view import format_label
from carnet_app.gui.widgets import widen_to_titles
from carnet_app.services import drafts
from carnet_app.services.drafts import DraftForm, HolderMatch, IssuingDesk, StopForm

SEARCH_DELAY_MS = 200
CHECK_DELAY_MS = 150
USES_COLUMN_PX = 440  # half the wizard's page width


class HolderPage(QWizardPage):
    """Box A (holder) and box B (representatives); a known holder is found by name."""

    def __init__(self, ctx: DeskContext, desk: IssuingDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Holder"))
        self.setSubTitle(
            self.tr(
                "Who holds the carnet (box A) and who may carry or use the goods for them (box B)."
            )
        )
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Type part of a name to find a holder already known")
        )
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setMaximumHeight(130)
        self.results.setVisible(False)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Company or person, as on the holder's papers"))
        self.address = QPlainTextEdit()
        self.address.setPlaceholderText(self.tr("Street, postcode and town"))
        self.address.setFixedHeight(70)
        self.country = country_combo((c.code, c.name) for c in desk.countries)
        set_country(self.country, desk.home_country)
        self.member = QCheckBox(self.tr("Member of the chamber (member fees)"))
        self.member.setChecked(True)
        self.individual = QCheckBox(self.tr("The holder is a private person, not a company"))
        self.representatives = QPlainTextEdit()
        self.representatives.setPlaceholderText(self.tr("One name per line"))
        self.representatives.setFixedHeight(90)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Holder name *"), self.name)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Country"), self.country)
        form.addRow("", self.member)
        form.addRow("", self.individual)
        form.addRow(self.tr("Representatives (box B)"), self.representatives)
        form.addRow(
            "",
            hint(
                self.tr(
                    "Anyone not named in box B needs a written authorisation signed by the "
                    "holder to present the carnet at customs."
                ),
            ),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("Find a holder")))
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addSpacing(8)
        layout.addWidget(section_title(self.tr("Holder (box A)")))
        layout.addLayout(form)
        layout.addStretch(1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.results.itemActivated.connect(self._picked)
        self.results.itemClicked.connect(self._picked)
        self.name.textChanged.connect(lambda _t: self.completeChanged.emit())

    def isComplete(self) -> bool:
        return bool(self.name.text().strip())

    @Slot()
    def run_search(self) -> None:
        text = self.search.text().strip()
        self.results.clear()
        if len(text) < 2:
            self.results.setVisible(False)
            return
        matches: list[HolderMatch] = self.ctx.read(drafts.search_holders, text)
        for match in matches:
            town = match.address.splitlines()[-1] if match.address else ""
            label = f"{match.name}  ·  {match.country}  ·  {town}".rstrip(" ·")
            if match.carnets:
                label += "  " + self.tr("(%1 carnets)").replace("%1", str(match.carnets))
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, match)
            self.results.addItem(item)
        if not matches:
            self.results.addItem(self.tr("No holder found: fill in a new holder below."))
        self.results.setVisible(True)

    @Slot(QListWidgetItem)
    def _picked(self, item: QListWidgetItem) -> None:
        match = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(match, HolderMatch):
            self.use_holder(match)

    def use_holder(self, match: HolderMatch) -> None:
        self.name.setText(match.name)
        self.address.setPlainText(match.address)
        set_country(self.country, match.country)
        self.representatives.setPlainText("\n".join(match.representatives))

    def load(self, form: DraftForm) -> None:
        self.name.setText(form.holder_name)
        self.address.setPlainText(form.holder_address)
        if form.holder_country:
            set_country(self.country, form.holder_country)
        self.member.setChecked(form.member)
        self.individual.setChecked(form.holder_kind == "individual")
        self.representatives.setPlainText("\n".join(form.representatives))

    def values(self) -> dict[str, Any]:
        return {
            "holder_name": self.name.text().strip(),
            "holder_address": self.address.toPlainText().strip(),
            "holder_country": country_of(self.country),
            "member": self.member.isChecked(),
            "holder_kind": "individual" if self.individual.isChecked() else "company",
            "representatives": tuple(
                line.strip()
                for line in self.representatives.toPlainText().splitlines()
                if line.strip()
            ),
        }


class UsesPage(QWizardPage):
    """Intended uses (ticked), the intended use in words (box C), the event, the departure."""

    def __init__(self, ctx: DeskContext, desk: IssuingDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Uses and event"))
        self.setSubTitle(
            self.tr("What the goods are for: each destination country must accept these uses.")
        )
        self.use_boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for use in desk.uses:
            box = QCheckBox(style.use_text(f"{use.code} — {use.label}"))
            box.toggled.connect(lambda _on: self.completeChanged.emit())
            self.use_boxes[use.code] = box
        # two columns while the longest use (in the interface language) fits half the page
        widest = max((box.sizeHint().width() for box in self.use_boxes.values()), default=0)
        columns = 2 if widest <= USES_COLUMN_PX else 1
        for index, box in enumerate(self.use_boxes.values()):
            grid.addWidget(box, index // columns, index % columns)
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("e.g. Goods for display at a trade fair"))
        self.event_name = QLineEdit()
        self.event_name.setPlaceholderText(self.tr("e.g. Swiss Industrial Fair, Basel"))
        self.vehicles = QCheckBox(
            self.tr("The goods include road vehicles (the security follows the vehicle rules)")
        )
        self.departure_known = QCheckBox(self.tr("Departure date known"))
        self.departure = date_edit(ctx.today())
        self.departure.setEnabled(False)
        self.departure_known.toggled.connect(self.departure.setEnabled)
        departure_row = QHBoxLayout()
        departure_row.addWidget(self.departure_known)
        departure_row.addWidget(self.departure)
        departure_row.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Intended use (box C)"), self.description)
        form.addRow(self.tr("Event name and place"), self.event_name)
        form.addRow(self.tr("Departure"), departure_row)
        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("Intended uses *")))
        layout.addLayout(grid)
        layout.addWidget(self.vehicles)
        layout.addSpacing(12)
        layout.addWidget(section_title(self.tr("Box C and event")))
        layout.addLayout(form)
        layout.addWidget(
            hint(
                self.tr(
                    "The departure date is used for rush fees; the event name and place go "
                    "on the importation vouchers."
                )
            )
        )
        layout.addStretch(1)

    def isComplete(self) -> bool:
        return any(box.isChecked() for box in self.use_boxes.values())

    def load(self, form: DraftForm) -> None:
        for code, box in self.use_boxes.items():
            box.setChecked(code in form.uses)
        self.description.setText(form.use_description)
        self.vehicles.setChecked(form.vehicles)
        self.event_name.setText(form.event)
        self.departure_known.setChecked(form.departure is not None)
        if form.departure is not None:
            day = form.departure
            self.departure.setDate(QDate(day.year, day.month, day.day))

    def values(self) -> dict[str, Any]:
        return {
            "uses": tuple(code for code, box in self.use_boxes.items() if box.isChecked()),
            "use_description": self.description.text().strip(),
            "vehicles": self.vehicles.isChecked(),
            "event": self.event_name.text().strip(),
            "departure": date_of(self.departure) if self.departure_known.isChecked() else None,
        }


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

"""The first wizard steps: the holder (with box B) and the uses and event (box C); the
itinerary is wizard_itinerary.py."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from carnet_app.gui import style
from carnet_app.gui.context import DeskContext
from carnet_app.gui.issuing.common import (
    country_combo,
    country_of,
    date_edit,
    date_of,
    hint,
    section_title,
    set_country,
)
from carnet_app.services import drafts
from carnet_app.services.drafts import DraftForm, HolderMatch, IssuingDesk

SEARCH_DELAY_MS = 200
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

"""Record a customs stamp: what the stamp says, which items, and the ledger's live verdict.

The rule check (``services.movements.check_stamp``) runs after each change (debounced):
a refusal is shown before saving and disables Save; warnings need the confirmation box ticked.
``ask`` returns the request and the confirmation; the caller records it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QTimer,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carnet_app.domain.types import MovementAction
from carnet_app.errors import UserError
from carnet_app.gui import i18n, style
from carnet_app.gui.dialogs.stamp_picker import (
    AVAILABLE,
    CHOSEN,
    DESCRIPTION,
    ITEM,
    LISTED,
    QUANTITY,
    PickerModel,
)
from carnet_app.gui.widgets import VisibleCheckDelegate
from carnet_app.services.desk import CountryChoice, PickerLine
from carnet_app.services.movements import StampCheck, StampRequest

CHECK_DEBOUNCE_MS = 200
Index = QModelIndex | QPersistentModelIndex
HOME_ACTIONS = (MovementAction.EXPORTATION, MovementAction.RE_IMPORTATION)


@dataclass(frozen=True)
class StampResult:
    request: StampRequest
    confirm: bool


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class StampDialog(QDialog):
    """The record-stamp dialog; ``checker`` runs the ledger's rules without writing."""

    def __init__(
        self,
        *,
        number: str,
        today: date,
        countries: Sequence[CountryChoice],
        checker: Callable[[StampRequest], StampCheck],
        picker: Callable[[MovementAction, str | None], list[PickerLine]],
        initial: StampRequest | None = None,
        carnet_countries: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a customs stamp — %1").replace("%1", number))
        self.resize(820, 640)
        self._checker = checker
        self._picker = picker
        self._today = today
        self.last_check: StampCheck | None = None
        self.last_refusal: str | None = None

        self.action = QComboBox()
        for action in MovementAction:
            self.action.addItem(style.action_label(action.value), action.value)
        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country.addItem("", "")
        # the carnet's own countries first, then every other one
        listed = [code.upper() for code in carnet_countries]
        first = sorted(
            (c for c in countries if c.code in listed), key=lambda c: listed.index(c.code)
        )
        for choice in first:
            self.country.addItem(f"{choice.code}  {i18n.country_name(choice.label)}", choice.code)
        if first:
            self.country.insertSeparator(self.country.count())
        for choice in countries:
            if choice.code not in listed:
                self.country.addItem(
                    f"{choice.code}  {i18n.country_name(choice.label)}", choice.code
                )
        self.country.setAccessibleName(self.tr("Country"))
        self.office = QLineEdit()
        self.office.setPlaceholderText(self.tr("as printed on the stamp"))
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("border post, airport, fair…"))
        self.on = QDateEdit(_qdate(today))
        self.on.setDisplayFormat(i18n.date_format())
        self.on.setCalendarPopup(True)
        self.on.setMaximumDate(_qdate(today))
        self.has_final = QCheckBox(self.tr("Customs set a final date"))
        self.final_date = QDateEdit(_qdate(today))
        self.final_date.setDisplayFormat(i18n.date_format())
        self.final_date.setCalendarPopup(True)
        self.final_date.setEnabled(False)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("customs registration number"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Action"), self.action)
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("Customs office"), self.office)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Date of the stamp"), self.on)
        final_row = QHBoxLayout()
        final_row.addWidget(self.has_final)
        final_row.addWidget(self.final_date, 1)
        form.addRow(self.tr("Final date"), final_row)
        form.addRow(self.tr("Reference"), self.reference)

        self.picker_model = PickerModel(self)
        self.items = QTableView()
        self.items.setModel(self.picker_model)
        self.items.setTabKeyNavigation(False)  # Tab goes on to the buttons, not cell by cell
        self.items.verticalHeader().setVisible(False)
        self.items.setAlternatingRowColors(True)
        self.items.setItemDelegateForColumn(CHOSEN, VisibleCheckDelegate(self.items))
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.items.horizontalHeader()
        for column, width in (
            (CHOSEN, 48),
            (ITEM, 48),
            (LISTED, 60),
            (AVAILABLE, 76),
            (QUANTITY, 76),
        ):
            # never narrower than the header: the titles are longer in some languages
            self.items.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.select_all = QPushButton(self.tr("All"))
        self.select_none = QPushButton(self.tr("None"))
        items_title = QLabel(
            self.tr("Items on this voucher (default: what is at the place the goods leave)")
        )
        items_bar = QHBoxLayout()
        items_bar.addWidget(items_title, 1)
        items_bar.addWidget(self.select_all)
        items_bar.addWidget(self.select_none)

        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.confirm = QCheckBox(
            self.tr("I confirm this irregular movement (it stays listed until resolved)")
        )
        self.confirm.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Record stamp"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(items_bar)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.verdict)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DEBOUNCE_MS)
        self._check_timer.timeout.connect(self.run_check)

        if initial is not None:
            self._apply_initial(initial)
        self._action_changed()
        self.action.currentIndexChanged.connect(self._action_changed)
        self.country.currentIndexChanged.connect(self._country_changed)
        self.country.editTextChanged.connect(self._schedule_check)
        for edit in (self.office, self.place, self.reference):
            edit.textChanged.connect(self._schedule_check)
        self.on.dateChanged.connect(self._schedule_check)
        self.final_date.dateChanged.connect(self._schedule_check)
        self.has_final.toggled.connect(self.final_date.setEnabled)
        self.has_final.toggled.connect(self._schedule_check)
        self.picker_model.selection_changed.connect(self._schedule_check)
        self.confirm.toggled.connect(self._update_save)
        self.select_all.clicked.connect(lambda: self.picker_model.set_all(True))
        self.select_none.clicked.connect(lambda: self.picker_model.set_all(False))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.run_check()

    # ---- reading the form

    def _apply_initial(self, initial: StampRequest) -> None:
        self.action.setCurrentIndex(max(0, self.action.findData(initial.action.value)))
        if initial.country:
            self.set_country(initial.country)
        self.office.setText(initial.office)
        self.place.setText(initial.place)
        self.reference.setText(initial.reference)
        self.on.setDate(_qdate(initial.on))
        if initial.final_date:
            self.has_final.setChecked(True)
            self.final_date.setDate(_qdate(initial.final_date))

    def set_country(self, code: str) -> None:
        found = self.country.findData(code.upper())
        if found >= 0:
            self.country.setCurrentIndex(found)
        else:
            self.country.setEditText(code.upper())

    def selected_action(self) -> MovementAction:
        return MovementAction(str(self.action.currentData()))

    def country_code(self) -> str | None:
        if self.selected_action() in HOME_ACTIONS:
            return None
        data = self.country.currentData()
        text = self.country.currentText().strip()
        if data and self.country.itemText(self.country.currentIndex()) == text:
            return str(data)
        code = text.split()[0].upper() if text else ""
        return code or None

    def request(self) -> StampRequest:
        return StampRequest(
            action=self.selected_action(),
            on=_to_date(self.on.date()),
            country=self.country_code(),
            items=self.picker_model.selection(),
            office=self.office.text(),
            place=self.place.text(),
            reference=self.reference.text(),
            final_date=_to_date(self.final_date.date()) if self.has_final.isChecked() else None,
        )

    # ---- reacting

    @Slot()
    def _action_changed(self) -> None:
        at_home = self.selected_action() in HOME_ACTIONS
        self.country.setEnabled(not at_home)
        final_possible = self.selected_action() in (
            MovementAction.IMPORTATION,
            MovementAction.TRANSIT_IN,
        )
        self.has_final.setEnabled(final_possible)
        if not final_possible:
            self.has_final.setChecked(False)
        self._reload_picker()

    @Slot()
    def _country_changed(self) -> None:
        self._reload_picker()

    def _reload_picker(self) -> None:
        try:
            lines = self._picker(self.selected_action(), self.country_code())
        except UserError:
            lines = []
        self.picker_model.set_lines(lines)
        self._schedule_check()

    @Slot()
    def _schedule_check(self) -> None:
        self._check_timer.start()

    @Slot()
    def run_check(self) -> None:
        """The ledger's verdict on what the form says now."""
        self._check_timer.stop()
        self.last_check = None
        self.last_refusal = None
        request = self.request()
        too_many = self.picker_model.too_many()
        if too_many:
            line = too_many[0]
            self.last_refusal = (
                self.tr("item %1: %2 pieces asked, the general list has %3.")
                .replace("%1", str(line.item_no))
                .replace("%2", style.count_text(self._asked(line)))
                .replace("%3", style.count_text(line.pieces))
            )
        elif not request.items:
            self.last_refusal = self._why_nothing_moves(request)
        elif self.selected_action() not in HOME_ACTIONS and not request.country:
            self.last_refusal = self.tr("Choose the country whose customs stamped the voucher.")
        else:
            try:
                self.last_check = self._checker(request)
            except UserError as exc:
                self.last_refusal = str(exc)
        self._show_verdict()

    def _asked(self, line: PickerLine) -> int:
        return self.picker_model.selection().get(line.item_no) or 0

    def _why_nothing_moves(self, request: StampRequest) -> str:
        """No item ticked: when none could move anyway, the ledger's rule that stops them."""
        tick = self.tr("Tick at least one item (with a quantity).")
        everything = self.picker_model.every_line()
        if not everything:
            return self.tr("No item of this carnet can take this movement.")
        if self.selected_action() not in HOME_ACTIONS and not request.country:
            return self.tr("Choose the country whose customs stamped the voucher.")
        try:
            self._checker(replace(request, items=everything))
        except UserError as exc:
            return self.tr("Nothing can move: %1").replace("%1", str(exc))
        return tick

    def _show_verdict(self) -> None:
        check = self.last_check
        if check is None:
            self.verdict.setObjectName("InlineError")
            self.verdict.setText(self.tr("Refused: %1").replace("%1", self.last_refusal or ""))
            self.confirm.setVisible(False)
            self.confirm.setChecked(False)
        elif check.warnings:
            self.verdict.setObjectName("InlineWarning")
            self.verdict.setText(
                self.tr("Irregular — confirm to record:") + "\n• " + "\n• ".join(check.warnings)
            )
            self.confirm.setVisible(True)
        else:
            outcome = check.outcome
            pieces = sum(outcome.moved.values())
            colour = style.value_label("colour", outcome.voucher_colour or "")
            self.verdict.setObjectName("InlineOk")
            self.verdict.setText(
                i18n.plural(
                    self.tr("The ledger accepts this: %1 voucher %2, %Ln piece(s).", "", pieces),
                    pieces,
                )
                .replace("%1", colour)
                .replace("%2", str(outcome.voucher_no or ""))
            )
            self.confirm.setVisible(False)
            self.confirm.setChecked(False)
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)
        self._update_save()

    @Slot()
    def _update_save(self) -> None:
        check = self.last_check
        allowed = check is not None and (not check.warnings or self.confirm.isChecked())
        self.save_button.setEnabled(allowed)

    @Slot()
    def _accept(self) -> None:
        self.run_check()
        if self.save_button.isEnabled():
            self.accept()

    def result_value(self) -> StampResult:
        request = self.request()
        return StampResult(
            request=replace(
                request,
                items=dict(request.items) if isinstance(request.items, dict) else request.items,
            ),
            confirm=bool(self.last_check and self.last_check.warnings and self.confirm.isChecked()),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        number: str,
        today: date,
        countries: Sequence[CountryChoice],
        checker: Callable[[StampRequest], StampCheck],
        picker: Callable[[MovementAction, str | None], list[PickerLine]],
        initial: StampRequest | None = None,
        carnet_countries: Sequence[str] = (),
    ) -> StampResult | None:
        dialog = cls(
            number=number,
            today=today,
            countries=countries,
            checker=checker,
            picker=picker,
            initial=initial,
            carnet_countries=carnet_countries,
            parent=parent,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_value()

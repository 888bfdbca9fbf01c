"""Settings pages over reference data: the country table (edited in place; an edited row is
marked as the administrator's) and the security and fee schedules (choose the active one,
import or export TOML/JSON, edit as text with validation)."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QFontDatabase, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carnet_app.errors import UserError
from carnet_app.gui import colours, style
from carnet_app.gui.context import DeskContext
from carnet_app.gui.errors import show_error
from carnet_app.gui.issuing.common import InlineMessage, cell, hint, section_title, tr
from carnet_app.services import settings
from carnet_app.services.reference import ScheduleInfo
from carnet_app.services.settings import CountryRow

AnyIndex = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 3
SHOWN_USES = ("CS", "PE", "EF")
USE_VALUES = ("Y", "N", "NL", "Ltd", "?")
YES_NO = ("yes", "no", "?")
STATUSES = ("active", "suspended", "not-ata")


class CountryColumn(IntEnum):
    CODE = 0
    NAME = 1
    TERRITORY = 2
    STATUS = 3
    USE_CS = 4
    USE_PE = 5
    USE_EF = 6
    TRANSIT = 7
    SPLIT = 8
    POSTAL = 9
    REPLACEMENT = 10
    STAY = 11
    EATA = 12
    NOTES = 13
    EDITED = 14


USE_COLUMNS = {
    CountryColumn.USE_CS: "CS",
    CountryColumn.USE_PE: "PE",
    CountryColumn.USE_EF: "EF",
}
BOOL_COLUMNS = {
    CountryColumn.TRANSIT: "transit",
    CountryColumn.SPLIT: "split_shipments",
    CountryColumn.POSTAL: "postal",
    CountryColumn.REPLACEMENT: "replacement",
}
EDITABLE = {
    CountryColumn.STATUS,
    *USE_COLUMNS,
    *BOOL_COLUMNS,
    CountryColumn.STAY,
    CountryColumn.EATA,
    CountryColumn.NOTES,
}


def _yes_no(value: bool | None) -> str:
    return "?" if value is None else ("yes" if value else "no")


class CountryTableModel(QAbstractTableModel):
    """The country rules, one row each. ``editor(code, changes)`` saves an edit and returns
    the new row (or raises UserError); set by the page."""

    edit_failed = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CountryRow] = []
        self.editor: Callable[[str, dict[str, Any]], CountryRow] | None = None

    def set_rows(self, rows: list[CountryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CountryColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(CountryColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                CountryColumn.CODE: tr("Code"),
                CountryColumn.NAME: tr("Country"),
                CountryColumn.TERRITORY: tr("Territory"),
                CountryColumn.STATUS: tr("ATA status"),
                CountryColumn.USE_CS: "CS",
                CountryColumn.USE_PE: "PE",
                CountryColumn.USE_EF: "EF",
                CountryColumn.TRANSIT: tr("Transit"),
                CountryColumn.SPLIT: tr("Split"),
                CountryColumn.POSTAL: tr("Postal"),
                CountryColumn.REPLACEMENT: tr("Replacement"),
                CountryColumn.STAY: tr("Stay (months)"),
                CountryColumn.EATA: tr("eATA from"),
                CountryColumn.NOTES: tr("Notes"),
                CountryColumn.EDITED: tr("Edited"),
            }[CountryColumn(section)]
        if role == Qt.ItemDataRole.ToolTipRole and section in USE_COLUMNS:
            return tr("Y accepted, N not accepted, NL national law only, Ltd limited, ? unknown")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if CountryColumn(index.column()) in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = CountryColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, column)
        if role == SORT_ROLE:
            if column == CountryColumn.STAY:
                return row.rule.stay_limit_months or 0
            return self._text(row, column)
        if role == ROW_ROLE:
            return row
        if role == CHOICES_ROLE:
            if column == CountryColumn.STATUS:
                return STATUSES
            if column in USE_COLUMNS:
                return USE_VALUES
            if column in BOOL_COLUMNS:
                return YES_NO
            return None
        if role == Qt.ItemDataRole.BackgroundRole and row.edited_by_admin:
            return colours.tint(colours.role(QPalette.ColorRole.Highlight), amount=0.12)
        if role == Qt.ItemDataRole.ForegroundRole and column == CountryColumn.STATUS:
            if row.rule.status.value != "active":
                return colours.readable(style.ERROR_HUE)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == CountryColumn.EDITED and row.edited_by_admin:
                return tr("Edited by the administrator: later releases leave this row alone.")
            if column == CountryColumn.NOTES and row.rule.notes:
                return row.rule.notes
        return None

    def _text(self, row: CountryRow, column: CountryColumn) -> str:
        rule = row.rule
        if column == CountryColumn.CODE:
            return rule.code
        if column == CountryColumn.NAME:
            return rule.name
        if column == CountryColumn.TERRITORY:
            return rule.territory
        if column == CountryColumn.STATUS:
            return rule.status.value
        if column in USE_COLUMNS:
            return rule.use_acceptance(USE_COLUMNS[column]).value
        if column in BOOL_COLUMNS:
            return _yes_no(getattr(rule, BOOL_COLUMNS[column]))
        if column == CountryColumn.STAY:
            return "" if rule.stay_limit_months is None else str(rule.stay_limit_months)
        if column == CountryColumn.EATA:
            return rule.eata_from.isoformat() if rule.eata_from else ""
        if column == CountryColumn.NOTES:
            return rule.notes
        return tr("admin") if row.edited_by_admin else ""

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.editor is None:
            return False
        column = CountryColumn(index.column())
        if column not in EDITABLE:
            return False
        row = self._rows[index.row()]
        text = "" if value is None else str(value).strip()
        if text == self._text(row, column):
            return False
        try:
            changes = self._changes(row, column, text)
            updated = self.editor(row.rule.code, changes)
        except UserError as exc:
            self.edit_failed.emit(str(exc))
            return False
        self._rows[index.row()] = updated
        self.dataChanged.emit(
            self.index(index.row(), 0), self.index(index.row(), len(CountryColumn) - 1), []
        )
        return True

    def _changes(self, row: CountryRow, column: CountryColumn, text: str) -> dict[str, Any]:
        rule = row.rule
        if column == CountryColumn.STATUS:
            return {"status": text}
        if column in USE_COLUMNS:
            uses = {code: acceptance.value for code, acceptance in rule.uses.items()}
            if text == "?":
                uses.pop(USE_COLUMNS[column], None)
            else:
                uses[USE_COLUMNS[column]] = text
            return {"uses": uses}
        if column in BOOL_COLUMNS:
            lowered = text.lower()
            if lowered not in YES_NO:
                raise UserError(tr("%1: answer yes, no or ?").replace("%1", rule.code))
            return {BOOL_COLUMNS[column]: None if lowered == "?" else lowered == "yes"}
        if column == CountryColumn.STAY:
            if not text:
                return {"stay_limit_months": None}
            if not text.isdigit():
                raise UserError(tr("%1: the stay is a number of months").replace("%1", rule.code))
            return {"stay_limit_months": int(text)}
        if column == CountryColumn.EATA:
            return {"eata_from": text or None}
        return {"notes": text}


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for cells that offer choices (CHOICES_ROLE), a line edit otherwise."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        choices = index.data(CHOICES_ROLE)
        if choices:
            combo = QComboBox(parent)
            combo.addItems(list(choices))
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole)))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class CountriesPage(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = CountryTableModel(self)
        self.model.editor = self._save
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by code, name, territory or notes"))
        self.filter.setClearButtonEnabled(True)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(ChoiceDelegate(self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CountryColumn.CODE, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CountryColumn.NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CountryColumn.NOTES, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(CountryColumn.NAME, 190)
        self.table.setColumnWidth(CountryColumn.NOTES, 420)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.message = InlineMessage()
        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("Country table")))
        layout.addWidget(
            hint(
                self.tr(
                    "What each country accepts. Double-click a cell to change it; a row you "
                    "edit is marked (blue) and later program releases leave it alone. Every "
                    "change is recorded in the audit trail."
                )
            )
        )
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.model.edit_failed.connect(self.message.error)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(self.ctx.read(settings.country_rows))

    def _save(self, code: str, changes: dict[str, Any]) -> CountryRow:
        row: CountryRow = self.ctx.write(settings.edit_country, code, changes, user=self.ctx.user)
        self.message.ok(
            self.tr("%1 saved: %2").replace("%1", code).replace("%2", ", ".join(sorted(changes)))
        )
        return row


class SchedulesPage(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.list = QTableWidget(0, 4)
        self.list.setTabKeyNavigation(False)
        self.list.setHorizontalHeaderLabels(
            [self.tr("Schedule"), self.tr("Currency"), self.tr("Active"), self.tr("Changed")]
        )
        self.list.verticalHeader().setVisible(False)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.activate_button = QPushButton(self.tr("Make active"))
        self.import_button = QPushButton(self.tr("Import TOML / JSON…"))
        self.export_button = QPushButton(self.tr("Export all…"))
        buttons = QHBoxLayout()
        for button in (self.activate_button, self.import_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.text = QPlainTextEdit()
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.validity = InlineMessage()
        self.save_button = QPushButton(self.tr("Save schedule"))
        self.save_active_button = QPushButton(self.tr("Save and make active"))
        save_row = QHBoxLayout()
        save_row.addWidget(self.validity, 1)
        save_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        save_row.addWidget(self.save_active_button, 0, Qt.AlignmentFlag.AlignTop)
        self.message = InlineMessage()

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.list)
        top_layout.addLayout(buttons)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(
            hint(
                self.tr(
                    "The selected schedule as text (JSON). Amounts are written as text "
                    '("40", "235.00") so they stay exact. It is checked as you type.'
                )
            )
        )
        bottom_layout.addWidget(self.text, 1)
        bottom_layout.addLayout(save_row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([180, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("Security and fee schedules")))
        layout.addWidget(
            hint(
                self.tr(
                    "Quotes and new carnets use the active schedule; older carnets keep theirs."
                )
            )
        )
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.validate)
        self.text.textChanged.connect(lambda: self._timer.start())
        self.list.itemSelectionChanged.connect(self._selected)
        self.activate_button.clicked.connect(self.activate)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        self.save_button.clicked.connect(lambda: self.save(activate=False))
        self.save_active_button.clicked.connect(lambda: self.save(activate=True))
        self.loaded_text = ""
        self.reload()

    def reload(self, select: str | None = None) -> None:
        infos: list[ScheduleInfo] = self.ctx.read(settings.schedules)
        self.list.blockSignals(True)
        self.list.setRowCount(0)
        chosen = 0
        for row, info in enumerate(infos):
            self.list.insertRow(row)
            name = QTableWidgetItem(info.name + (self.tr("  (example)") if info.example else ""))
            name.setData(Qt.ItemDataRole.UserRole, info.name)
            self.list.setItem(row, 0, name)
            self.list.setItem(row, 1, QTableWidgetItem(info.currency))
            active = QTableWidgetItem(self.tr("active") if info.active else "")
            if info.active:
                active.setForeground(colours.readable(style.OK_HUE))
            self.list.setItem(row, 2, active)
            changed = f"{info.updated_at.astimezone().strftime('%Y-%m-%d %H:%M')} {info.updated_by}"
            self.list.setItem(row, 3, QTableWidgetItem(changed))
            if (select and info.name == select) or (select is None and info.active):
                chosen = row
        self.list.blockSignals(False)
        if infos:
            self.list.selectRow(chosen)
            self._selected()

    def selected_name(self) -> str | None:
        items = self.list.selectedItems()
        if not items:
            return None
        return str(cell(self.list, items[0].row(), 0).data(Qt.ItemDataRole.UserRole))

    @Slot()
    def _selected(self) -> None:
        name = self.selected_name()
        if name is not None:
            self.loaded_text = self.ctx.read(settings.schedule_text, name)
            self.text.setPlainText(self.loaded_text)
            self.validate()

    def has_changes(self) -> bool:
        return self.text.toPlainText() != self.loaded_text

    @Slot()
    def validate(self) -> bool:
        self._timer.stop()
        try:
            _, schedule = settings.check_schedule_text(self.text.toPlainText())
        except UserError as exc:
            self.validity.error(self.tr("Not valid: %1").replace("%1", str(exc)))
            self.save_button.setEnabled(False)
            self.save_active_button.setEnabled(False)
            return False
        self.validity.ok(
            self.tr("Valid: “%1”, %2, security by %3.")
            .replace("%1", schedule.name)
            .replace("%2", schedule.currency)
            .replace("%3", schedule.security.method.value)
        )
        self.save_button.setEnabled(True)
        self.save_active_button.setEnabled(True)
        return True

    def save(self, *, activate: bool = False) -> bool:
        if not self.validate():
            return False
        try:
            name = self.ctx.write(
                settings.save_schedule_text,
                self.text.toPlainText(),
                user=self.ctx.user,
                activate=activate,
            )
        except UserError as exc:
            self.message.error(str(exc))
            return False
        self.message.ok(self.tr("Schedule “%1” saved.").replace("%1", name))
        self.reload(select=name)
        return True

    @Slot()
    def activate(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        self.ctx.write(settings.activate_schedule, name, user=self.ctx.user)
        self.message.ok(
            self.tr("“%1” is the active schedule: the next quote uses it.").replace("%1", name)
        )
        self.reload(select=name)

    @Slot()
    def import_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import schedules"),
            str(Path.home()),
            self.tr("Schedules (*.toml *.json)"),
        )
        if not chosen:
            return
        try:
            names = self.ctx.write(settings.import_schedule_file, Path(chosen), user=self.ctx.user)
        except UserError as exc:
            self.message.error(str(exc))
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self.message.ok(self.tr("Imported: %1").replace("%1", ", ".join(names)))
        self.reload(select=names[0] if names else None)

    @Slot()
    def export_file(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export schedules"),
            str(Path.home() / "schedules.toml"),
            self.tr("TOML (*.toml);;JSON (*.json)"),
        )
        if not chosen:
            return
        try:
            count = self.ctx.read(settings.export_schedule_file, Path(chosen))
        except UserError as exc:
            self.message.error(str(exc))
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self.message.ok(self.tr("%Ln schedule(s) written to %1", "", count).replace("%1", chosen))

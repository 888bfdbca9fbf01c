"""The settings page over the country table: edited in place, an edited row is marked as the
administrator's (the schedules page is settings_schedules.py)."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carnet_app.domain.messages import say
from carnet_app.errors import UserError
from carnet_app.gui import colours, style
from carnet_app.gui.context import DeskContext
from carnet_app.gui.issuing.common import InlineMessage, hint, section_title, tr
from carnet_app.services import settings
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
# each column's title, translated when shown (the use codes are printed as they are)
COUNTRY_TITLES = {
    CountryColumn.CODE: QT_TRANSLATE_NOOP("Issuing", "Code"),
    CountryColumn.NAME: QT_TRANSLATE_NOOP("Issuing", "Country"),
    CountryColumn.TERRITORY: QT_TRANSLATE_NOOP("Issuing", "Territory"),
    CountryColumn.STATUS: QT_TRANSLATE_NOOP("Issuing", "ATA status"),
    CountryColumn.USE_CS: "CS",
    CountryColumn.USE_PE: "PE",
    CountryColumn.USE_EF: "EF",
    CountryColumn.TRANSIT: QT_TRANSLATE_NOOP("Issuing", "Transit"),
    CountryColumn.SPLIT: QT_TRANSLATE_NOOP("Issuing", "Split"),
    CountryColumn.POSTAL: QT_TRANSLATE_NOOP("Issuing", "Postal"),
    CountryColumn.REPLACEMENT: QT_TRANSLATE_NOOP("Issuing", "Replacement"),
    CountryColumn.STAY: QT_TRANSLATE_NOOP("Issuing", "Stay (months)"),
    CountryColumn.EATA: QT_TRANSLATE_NOOP("Issuing", "eATA from"),
    CountryColumn.NOTES: QT_TRANSLATE_NOOP("Issuing", "Notes"),
    CountryColumn.EDITED: QT_TRANSLATE_NOOP("Issuing", "Edited"),
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

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CountryRow] = []
        self.editor: Callable[[str, dict[str, Any]], CountryRow] | None = None

    def set_rows(self, rows: list[CountryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(CountryColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            column = CountryColumn(section)
            title = str(COUNTRY_TITLES[column])
            return title if column in USE_COLUMNS else tr(title)
        if role == Qt.ItemDataRole.ToolTipRole and section in USE_COLUMNS:
            return tr("Y accepted, N not accepted, NL national law only, Ltd limited, ? unknown")
        return None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CountryColumn)

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
                raise UserError(say("country-rule.yes-no", country=rule.code))
            return {BOOL_COLUMNS[column]: None if lowered == "?" else lowered == "yes"}
        if column == CountryColumn.STAY:
            if not text:
                return {"stay_limit_months": None}
            if not text.isdigit():
                raise UserError(say("country-rule.stay-months", country=rule.code))
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

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
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

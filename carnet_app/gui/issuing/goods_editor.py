"""The general-list editor: a spreadsheet-like table with the carnet's checks on every cell,
paste from a spreadsheet, CSV/XLSX import with column mapping, running totals and the number
of continuation sheets the list will take."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from carnet_app.gui import i18n, style
from carnet_app.gui.context import DeskContext
from carnet_app.gui.errors import show_error
from carnet_app.gui.issuing.common import InlineMessage, money, number
from carnet_app.gui.issuing.goods_model import Col, GeneralListModel, configure_goods_view
from carnet_app.gui.issuing.mapping_dialog import ColumnMappingDialog
from carnet_app.gui.widgets import FlowLayout
from carnet_app.services import drafts
from carnet_app.services.drafts import EditorLine, Severity
from carnet_app.services.goods_import import read_table


class GoodsTable(QTableView):
    """Copy, paste, delete and Enter-moves-down, as in a spreadsheet."""

    paste_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            QGuiApplication.clipboard().setText(self._model().copy_text(self.selectedIndexes()))
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not self._editing():
            self._model().clear_cells(self.selectedIndexes())
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self._editing():
            current = self.currentIndex()
            if current.isValid() and current.row() + 1 < self._model().rowCount():
                self.setCurrentIndex(current.siblingAtRow(current.row() + 1))
                return
        super().keyPressEvent(event)

    def _model(self) -> GeneralListModel:
        model = self.model()
        assert isinstance(model, GeneralListModel)
        return model

    def _editing(self) -> bool:
        return self.state() == QAbstractItemView.State.EditingState


class GeneralListEditor(QWidget):
    """Signals:
    changed(): the lines, their problems or totals changed.
    """

    changed = Signal()

    def __init__(
        self,
        ctx: DeskContext,
        *,
        known_codes: Sequence[str],
        currency: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.known_codes = list(known_codes)
        self.currency = currency
        self.model = GeneralListModel(self.known_codes, currency=currency, parent=self)
        self.table = GoodsTable()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        configure_goods_view(self.table)

        self.add_button = self._button(self.tr("Add line"), self.add_line, "Ctrl+Return")
        self.heading_button = self._button(
            self.tr("Add heading row"), self.add_heading, "Ctrl+Shift+Return"
        )
        self.heading_button.defaultAction().setToolTip(
            self.tr(
                "A group heading such as “CASE 1 – CAMERA KIT”, above the current line: printed "
                "on the general list, never numbered, offered as a case of the packing list "
                "(Ctrl+Shift+Return)"
            )
        )
        self.remove_button = self._button(self.tr("Remove lines"), self.remove_lines, "Ctrl+Delete")
        self.up_button = self._button(self.tr("Move up"), lambda: self.move_lines(-1), "Alt+Up")
        self.down_button = self._button(
            self.tr("Move down"), lambda: self.move_lines(1), "Alt+Down"
        )
        self.paste_button = self._button(self.tr("Paste from spreadsheet"), self.paste)
        self.import_button = self._button(self.tr("Import CSV / XLSX…"), self.import_file, "Ctrl+I")
        self.undo_button = self._button(
            self.tr("Undo"), self.model.undo, QKeySequence.StandardKey.Undo
        )
        self.redo_button = self._button(
            self.tr("Redo"), self.model.redo, QKeySequence.StandardKey.Redo
        )
        self.weight_unit = QComboBox()
        self.weight_unit.addItems(list(drafts.WEIGHT_UNITS))
        self.weight_unit.setToolTip(self.tr("Unit of the weight column for the whole list"))
        self.next_problem_button = QPushButton(self.tr("Next problem"))
        self.next_problem_button.setShortcut(QKeySequence("F8"))
        self.next_problem_button.setToolTip(self.tr("Go to the next cell with a problem (F8)"))

        # the tool bar wraps onto a second line when the window is narrow (French is longer)
        tools_bar = QWidget()
        tools = FlowLayout(tools_bar)
        unit = QWidget()
        unit_row = QHBoxLayout(unit)
        unit_row.setContentsMargins(0, 0, 0, 0)
        unit_row.addWidget(QLabel(self.tr("Weight unit")))
        unit_row.addWidget(self.weight_unit)
        for widget in (
            self.add_button,
            self.heading_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.paste_button,
            self.import_button,
            self.undo_button,
            self.redo_button,
            unit,
        ):
            tools.addWidget(widget)

        self.totals = QLabel()
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = InlineMessage()
        problem_row = QHBoxLayout()
        problem_row.addWidget(self.problems, 1)
        problem_row.addWidget(self.next_problem_button, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(tools_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addLayout(problem_row)

        self.model.checked.connect(self._checked)
        self.table.paste_requested.connect(self.paste)
        self.next_problem_button.clicked.connect(self.next_problem)
        self.weight_unit.currentTextChanged.connect(self.model.set_weight_unit)
        self._checked()

    def _button(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QToolButton:
        button = QToolButton()
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            keys = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({keys})")
        action.triggered.connect(slot)
        self.addAction(action)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    # ------------------------------------------------------------------ the list

    def lines(self) -> list[EditorLine]:
        return self.model.filled_lines()

    def set_lines(self, lines: Sequence[EditorLine], weight_unit: str = "kg") -> None:
        self.weight_unit.setCurrentText(weight_unit)
        self.model.set_lines(lines, remember=False)

    def weight_unit_text(self) -> str:
        return self.weight_unit.currentText()

    def check(self) -> drafts.ListCheck:
        return self.model.check

    # ------------------------------------------------------------------ actions

    @Slot()
    def add_line(self) -> None:
        current = self.table.currentIndex()
        row = current.row() + 1 if current.isValid() else self.model.rowCount()
        self.model.insertRows(row, 1)
        index = self.model.index(row, Col.DESCRIPTION)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    @Slot()
    def add_heading(self) -> None:
        """A group heading above the current line (at the end when there is none)."""
        current = self.table.currentIndex()
        row = current.row() if current.isValid() else self.model.rowCount()
        self.model.insert_heading(row)
        index = self.model.index(row, Col.DESCRIPTION)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    @Slot()
    def remove_lines(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.model.removeRows(row, 1)

    def move_lines(self, step: int) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        if not rows:
            return
        first, last = rows[0], rows[-1]
        count = last - first + 1
        if step < 0 and first > 0:
            moved = self.model.moveRows(QModelIndex(), first, count, QModelIndex(), first - 1)
            new_first = first - 1
        elif step > 0 and last + 1 < self.model.rowCount():
            moved = self.model.moveRows(QModelIndex(), first, count, QModelIndex(), last + 2)
            new_first = first + 1
        else:
            return
        if moved:
            selection = self.table.selectionModel()
            selection.clearSelection()
            column = self.table.currentIndex().column()
            for row in range(new_first, new_first + count):
                selection.select(
                    self.model.index(row, column), QItemSelectionModel.SelectionFlag.Select
                )
            self.table.setCurrentIndex(self.model.index(new_first, column))

    @Slot()
    def paste(self) -> None:
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> int:
        current = self.table.currentIndex()
        row = current.row() if current.isValid() else self.model.rowCount()
        column = current.column() if current.isValid() else int(Col.DESCRIPTION)
        if not self.model.filled_lines():
            row = 0
        first, count = self.model.paste_text(text, row, column)
        if count:
            self.table.setCurrentIndex(self.model.index(first, Col.DESCRIPTION))
        return count

    @Slot()
    def import_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a general list"),
            str(Path.home()),
            self.tr("General lists (*.csv *.xlsx *.xlsm *.txt);;All files (*)"),
        )
        if chosen:
            self.import_path(Path(chosen))

    def import_path(self, path: Path) -> None:
        """Read the file in the task runner, then map its columns and add its lines."""
        self.import_button.setEnabled(False)
        self.ctx.runner.submit(
            read_table,
            path,
            on_done=lambda rows: self._imported(path, rows),
            on_error=self._import_failed,
            label=self.tr("Reading %1…").replace("%1", path.name),
        )

    def _import_failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        show_error(self, exc)

    def _imported(self, path: Path, rows: list[list[str]]) -> None:
        self.import_button.setEnabled(True)
        settings: QSettings = self.ctx.settings
        mapping = ColumnMappingDialog.ask(
            self,
            rows,
            settings=settings,
            known_codes=self.known_codes,
            source_name=path.name,
            currency=self.currency,
        )
        if mapping is None:
            return
        lines = drafts.lines_from_table(rows, mapping)
        if self.model.filled_lines():
            answer = self._replace_or_add(len(self.model.filled_lines()), len(lines), path.name)
            if answer is None:
                return
            if answer == "add":
                self.model.append_lines(lines)
                self.weight_unit.setCurrentText(mapping.weight_unit)
                return
        self.model.set_lines(lines)
        self.weight_unit.setCurrentText(mapping.weight_unit)

    def _replace_or_add(self, present: int, imported: int, source: str) -> str | None:
        """ "replace", "add" or None (cancel), asked with buttons that say what they do."""
        box = QMessageBox(self)
        box.setObjectName("ReplaceOrAdd")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Import a general list"))
        box.setText(
            self.tr("The list already has %1 lines. What should the %2 lines of %3 do?")
            .replace("%1", str(present))
            .replace("%2", str(imported))
            .replace("%3", source)
        )
        replace_button = box.addButton(
            self.tr("Replace the list"), QMessageBox.ButtonRole.AcceptRole
        )
        add_button = box.addButton(self.tr("Add after it"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(replace_button)
        box.setEscapeButton(cancel)
        box.exec()
        if box.clickedButton() is replace_button:
            return "replace"
        if box.clickedButton() is add_button:
            return "add"
        return None

    @Slot()
    def next_problem(self) -> None:
        cells = self.model.problem_cells(Severity.ERROR) or self.model.problem_cells()
        if not cells:
            return
        current = self.table.currentIndex()
        here = (current.row(), current.column()) if current.isValid() else (-1, -1)
        row, column = next((cell for cell in cells if cell > here), cells[0])
        index = self.model.index(row, column)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    # ------------------------------------------------------------------ feedback

    @Slot()
    def _checked(self) -> None:
        check = self.model.check
        sheets = drafts.sheets_for(check.goods, self.currency)
        parts = [
            self.tr("%1 lines").replace("%1", style.count_text(check.line_count)),
            self.tr("%1 pieces").replace("%1", style.count_text(check.total_pieces)),
            f"{number(check.total_weight)} {self.weight_unit.currentText()}",
            money(check.total_value, self.currency),
        ]
        if sheets == 0:
            sheet_text = self.tr("fits on the cover")
        else:
            sheet_text = i18n.plural(
                self.tr("%Ln continuation sheet(s) when printed", "", sheets), sheets
            )
        self.totals.setText(self.tr("Totals: ") + "   ·   ".join([*parts, sheet_text]))
        errors, warnings = check.errors, check.warnings
        if errors:
            first = errors[0]
            self.problems.error(
                self.tr("%1, %2. First: line %3, %4: %5")
                .replace(
                    "%1",
                    i18n.plural(
                        self.tr("%Ln error(s) block issuing", "", len(errors)), len(errors)
                    ),
                )
                .replace(
                    "%2", i18n.plural(self.tr("%Ln warning(s)", "", len(warnings)), len(warnings))
                )
                .replace("%3", str(self.model.item_number(first.row - 1) or first.row))
                .replace("%4", first.column.value if first.column else "")
                .replace("%5", first.message)
            )
        elif warnings:
            first = warnings[0]
            self.problems.warning(
                self.tr("%1. First: line %2, %3: %4")
                .replace(
                    "%1",
                    i18n.plural(
                        self.tr("%Ln warning(s) to check with the holder", "", len(warnings)),
                        len(warnings),
                    ),
                )
                .replace("%2", str(self.model.item_number(first.row - 1) or first.row))
                .replace("%3", first.column.value if first.column else "")
                .replace("%4", first.message)
            )
        elif check.line_count:
            self.problems.ok(self.tr("Every line passes the carnet checks."))
        else:
            self.problems.clear_message()
        self.next_problem_button.setEnabled(bool(errors or warnings))
        self.undo_button.setEnabled(self.model.can_undo())
        self.redo_button.setEnabled(self.model.can_redo())
        self.changed.emit()

"""The settings' schedules page: the security and fee schedules the quotes use (choose the
active one, import or export TOML/JSON, edit as text with validation)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carnet_app.errors import UserError
from carnet_app.gui import colours, i18n, style
from carnet_app.gui.context import DeskContext
from carnet_app.gui.errors import show_error
from carnet_app.gui.issuing.common import InlineMessage, cell, hint, section_title
from carnet_app.services import settings
from carnet_app.services.reference import ScheduleInfo

AnyIndex = QModelIndex | QPersistentModelIndex


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
        self.message.ok(
            i18n.plural(self.tr("%Ln schedule(s) written to %1", "", count), count).replace(
                "%1", chosen
            )
        )

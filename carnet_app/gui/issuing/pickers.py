"""Pick a draft to finish, or an earlier carnet to start a new one from; ``ask`` returns the
carnet id or None."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carnet_app.gui import style
from carnet_app.gui.context import DeskContext
from carnet_app.gui.issuing.common import hint, money
from carnet_app.services import drafts


class _PickerDialog(QDialog):
    def __init__(
        self,
        title: str,
        intro: str,
        columns: list[str],
        parent: QWidget | None = None,
        *,
        searchable: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(860, 480)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search number, holder or event"))
        self.search.setClearButtonEnabled(True)
        self.search.setVisible(searchable)
        self.table = QTableWidget(0, len(columns))
        self.table.setTabKeyNavigation(False)
        self.table.setHorizontalHeaderLabels(columns)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(intro))
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self._selection_changed()

    def fill(self, rows: Sequence[tuple[int, list[str]]]) -> None:
        self.table.setRowCount(0)
        for key, cells in rows:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, key)
                self.table.setItem(row, column, item)
        if rows:
            self.table.selectRow(0)
        self._selection_changed()

    def chosen(self) -> int | None:
        items = self.table.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    @Slot()
    def _selection_changed(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(
            self.chosen() is not None
        )


class DraftPickerDialog(_PickerDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Open a draft"),
            self.tr("Drafts saved from the issuing wizard, newest first."),
            [
                self.tr("Draft"),
                self.tr("Holder"),
                self.tr("Event"),
                self.tr("Items"),
                self.tr("Value"),
                self.tr("Saved"),
            ],
            parent,
        )
        rows: list[drafts.DraftSummary] = ctx.read(drafts.list_drafts)
        self.fill(
            [
                (
                    d.id,
                    [
                        str(d.id),
                        d.holder,
                        d.event,
                        str(d.items),
                        money(d.total_value, d.currency),
                        d.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                    ],
                )
                for d in rows
            ]
        )
        if not rows:
            self.table.setRowCount(0)
            self.setWindowTitle(self.tr("Open a draft — no drafts saved"))

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: DeskContext) -> int | None:
        dialog = cls(ctx, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()


class EarlierCarnetDialog(_PickerDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("New carnet from an earlier one"),
            self.tr(
                "The new application copies the holder, box B, uses, itinerary and general "
                "list of the carnet you pick. Check every line: the goods may have changed."
            ),
            [
                self.tr("Number"),
                self.tr("Holder"),
                self.tr("Event"),
                self.tr("Status"),
                self.tr("Issued"),
                self.tr("Items"),
            ],
            parent,
            searchable=True,
        )
        self.ctx = ctx
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.reload()

    @Slot()
    def reload(self) -> None:
        rows: list[drafts.CarnetChoice] = self.ctx.read(drafts.earlier_carnets, self.search.text())
        self.fill(
            [
                (
                    c.id,
                    [
                        c.number,
                        c.holder,
                        c.event,
                        style.status_label(c.status),
                        style.date_text(c.issued_on),
                        str(c.items),
                    ],
                )
                for c in rows
            ]
        )

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: DeskContext) -> int | None:
        dialog = cls(ctx, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()

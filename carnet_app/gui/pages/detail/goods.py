"""The general list tab: the carnet's items, read-only once the carnet is issued."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from carnet_app.domain.carnet_view import CarnetDetailView, ItemView
from carnet_app.domain.types import CarnetStatus
from carnet_app.gui import style
from carnet_app.gui.models import RecordColumn, RecordTableModel
from carnet_app.gui.pages.detail.common import record_table


class GoodsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tr = self.tr
        self.model: RecordTableModel[ItemView] = RecordTableModel(
            [
                RecordColumn(tr("Item"), lambda item: item.item_no, numeric=True),
                RecordColumn(tr("Description"), lambda item: item.description),
                RecordColumn(tr("Marks and numbers"), lambda item: item.marks),
                RecordColumn(tr("Pieces"), lambda item: item.pieces, numeric=True),
                RecordColumn(
                    tr("Weight"),
                    lambda item: item.weight,
                    lambda item: (
                        style.number_text(item.weight, item.weight_unit) if item.weight else ""
                    ),
                    numeric=True,
                ),
                RecordColumn(
                    tr("Value"),
                    lambda item: item.value,
                    lambda item: style.money_text(item.value, ""),
                    numeric=True,
                ),
                RecordColumn(tr("Origin"), lambda item: item.origin),
            ],
            self,
        )
        layout = QVBoxLayout(self)
        self.note = QLabel()
        self.note.setObjectName("PageSubtitle")
        layout.addWidget(self.note)
        self.view = record_table(self.model)
        self.view.setAccessibleName(tr("General list"))
        layout.addWidget(self.view)

    def fill(self, detail: CarnetDetailView) -> None:
        carnet = detail.carnet
        self.model.set_records(carnet.items)
        self.note.setText(
            self.tr("Draft: the general list can still be changed in the issuing wizard.")
            if carnet.status is CarnetStatus.DRAFT
            else self.tr("Read-only: the general list cannot change once the carnet is issued.")
        )

    def clear(self) -> None:
        """Nothing of any carnet."""
        self.model.set_records([])
        self.note.clear()

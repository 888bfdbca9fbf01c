"""The general list tab: the carnet's items, read-only once the carnet is issued."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from carnet_app.gui import style
from carnet_app.gui.models import RecordColumn, RecordTableModel
from carnet_app.gui.pages.detail.common import field, money_field, record_table


class GoodsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tr = self.tr
        self.model = RecordTableModel(
            [
                RecordColumn(tr("Item"), field("item_no"), numeric=True),
                RecordColumn(tr("Description"), field("description")),
                RecordColumn(tr("Marks and numbers"), field("marks")),
                RecordColumn(tr("Pieces"), field("pieces"), numeric=True),
                RecordColumn(
                    tr("Weight"),
                    field("weight"),
                    lambda r: (
                        style.number_text(r["weight"], r["weight_unit"]) if r.get("weight") else ""
                    ),
                    numeric=True,
                ),
                RecordColumn(tr("Value"), field("value"), money_field("value"), numeric=True),
                RecordColumn(tr("Origin"), field("origin")),
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

    def fill(self, d: dict[str, Any]) -> None:
        self.model.set_records(d["items"])
        self.note.setText(
            self.tr("Draft: the general list can still be changed in the issuing wizard.")
            if d["status"] == "draft"
            else self.tr("Read-only: the general list cannot change once the carnet is issued.")
        )

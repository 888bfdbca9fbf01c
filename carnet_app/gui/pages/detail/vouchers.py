"""The vouchers tab: voucher sets per colour, issued, used and left."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from carnet_app.gui import style
from carnet_app.gui.models import RecordColumn, RecordTableModel
from carnet_app.gui.pages.detail.common import field, record_table


class VouchersTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tr = self.tr
        self.model = RecordTableModel(
            [
                RecordColumn(
                    tr("Colour"),
                    field("colour"),
                    lambda r: style.tr("Voucher", str(style.VOUCHER_LABELS[r["colour"]])),
                ),
                RecordColumn(tr("Sets"), field("sets"), numeric=True),
                RecordColumn(tr("Vouchers issued"), field("issued"), numeric=True),
                RecordColumn(tr("Used"), field("used"), numeric=True),
                RecordColumn(
                    tr("Left"),
                    field("left"),
                    numeric=True,
                    colour=lambda r: style.urgency_colour("overdue") if r["left"] <= 0 else None,
                ),
            ],
            self,
        )
        self.view = record_table(self.model, stretch=0)
        self.view.setAccessibleName(tr("Vouchers"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def fill(self, d: dict[str, Any]) -> None:
        self.model.set_records(
            [{"colour": colour, **counts} for colour, counts in d["vouchers"].items()]
        )

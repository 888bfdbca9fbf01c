"""The vouchers tab: voucher sets per colour, issued, used and left."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from carnet_app.domain.carnet_view import CarnetDetailView, VoucherCountView
from carnet_app.gui import style
from carnet_app.gui.models import RecordColumn, RecordTableModel
from carnet_app.gui.pages.detail.common import table_filling


class VouchersTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tr = self.tr
        self.model: RecordTableModel[VoucherCountView] = RecordTableModel(
            [
                RecordColumn(
                    tr("Colour"),
                    lambda count: count.colour,
                    lambda count: style.tr("Voucher", str(style.VOUCHER_LABELS[count.colour])),
                ),
                RecordColumn(tr("Sets"), lambda count: count.sets, numeric=True),
                RecordColumn(tr("Vouchers issued"), lambda count: count.issued, numeric=True),
                RecordColumn(tr("Used"), lambda count: count.used, numeric=True),
                RecordColumn(
                    tr("Left"),
                    lambda count: count.left,
                    numeric=True,
                    colour=lambda count: (
                        style.urgency_colour("overdue") if count.left <= 0 else None
                    ),
                ),
            ],
            self,
        )
        self.view = table_filling(self, self.model, stretch=0, name=tr("Vouchers"))

    def fill(self, detail: CarnetDetailView) -> None:
        self.model.set_records(detail.carnet.vouchers)

    def clear(self) -> None:
        """Nothing of any carnet."""
        self.model.set_records([])

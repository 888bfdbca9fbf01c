"""The claims tab: customs' claims on the carnet, their deadlines and how they were settled."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from carnet_app.domain.carnet_view import CarnetDetailView, ClaimView
from carnet_app.gui import style
from carnet_app.gui.models import RecordColumn, RecordTableModel
from carnet_app.gui.pages.detail.common import table_filling


class ClaimsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tr = self.tr
        self.model: RecordTableModel[ClaimView] = RecordTableModel(
            [
                RecordColumn(tr("Claim"), lambda r: r.id, numeric=True),
                RecordColumn(tr("Country"), lambda r: r.country),
                RecordColumn(
                    tr("Notified"), lambda r: r.notified, lambda r: style.date_text(r.notified)
                ),
                RecordColumn(
                    tr("Amount"),
                    lambda r: r.amount,
                    lambda claim: style.money_text(claim.amount, claim.currency),
                    numeric=True,
                ),
                RecordColumn(
                    tr("Proof due"), lambda r: r.proof_due, lambda r: style.date_text(r.proof_due)
                ),
                RecordColumn(
                    tr("Payment final"),
                    lambda r: r.payment_final,
                    lambda r: style.date_text(r.payment_final),
                ),
                RecordColumn(
                    tr("Status"),
                    lambda r: r.status,
                    lambda claim: style.value_label("claim", claim.status),
                ),
                RecordColumn(
                    tr("Settled on"),
                    lambda r: r.settled_on,
                    lambda r: style.date_text(r.settled_on),
                ),
                RecordColumn(tr("Proof"), lambda r: r.proof),
            ],
            self,
        )
        self.view = table_filling(self, self.model, stretch=8, name=tr("Claims"))

    def fill(self, detail: CarnetDetailView) -> None:
        self.model.set_records(detail.carnet.claims)

    def clear(self) -> None:
        """Nothing of any carnet."""
        self.model.set_records([])

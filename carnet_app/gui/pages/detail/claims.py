"""The claims tab: customs' claims on the carnet, their deadlines and how they were settled."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from carnet_app.domain.carnet_view import CarnetDetailView
from carnet_app.gui import style
from carnet_app.gui.models import RecordColumn, RecordTableModel
from carnet_app.gui.pages.detail.common import date_field, field, record_table


class ClaimsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tr = self.tr
        self.model = RecordTableModel(
            [
                RecordColumn(tr("Claim"), field("id"), numeric=True),
                RecordColumn(tr("Country"), field("country")),
                RecordColumn(tr("Notified"), field("notified"), date_field("notified")),
                RecordColumn(
                    tr("Amount"),
                    field("amount"),
                    lambda claim: style.money_text(claim.amount, claim.currency),
                    numeric=True,
                ),
                RecordColumn(tr("Proof due"), field("proof_due"), date_field("proof_due")),
                RecordColumn(
                    tr("Payment final"), field("payment_final"), date_field("payment_final")
                ),
                RecordColumn(
                    tr("Status"),
                    field("status"),
                    lambda claim: style.value_label("claim", claim.status),
                ),
                RecordColumn(tr("Settled on"), field("settled_on"), date_field("settled_on")),
                RecordColumn(tr("Proof"), field("proof")),
            ],
            self,
        )
        self.view = record_table(self.model, stretch=8)
        self.view.setAccessibleName(tr("Claims"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def fill(self, detail: CarnetDetailView) -> None:
        self.model.set_records(detail.carnet.claims)

"""The irregularities tab: what the rules found irregular, and how each was resolved."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from carnet_app.domain.carnet_view import CarnetDetailView, IrregularityView
from carnet_app.gui import style
from carnet_app.gui.models import RecordColumn, RecordTableModel
from carnet_app.gui.pages.detail.common import record_table


class IrregularitiesTab(QWidget):
    """Signals:
    resolve_requested(): the clerk wants to resolve one of the open irregularities.
    """

    resolve_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tr = self.tr
        self.model: RecordTableModel[IrregularityView] = RecordTableModel(
            [
                RecordColumn(
                    tr("Found on"), lambda r: r.found_on, lambda r: style.date_text(r.found_on)
                ),
                RecordColumn(tr("Irregularity"), lambda r: str(r.message)),
                RecordColumn(
                    tr("Resolved on"),
                    lambda r: r.resolved_on,
                    lambda r: style.date_text(r.resolved_on),
                ),
                RecordColumn(tr("Resolution"), lambda r: str(r.resolution)),
            ],
            self,
        )
        layout = QVBoxLayout(self)
        view = record_table(self.model, stretch=1)
        view.setAccessibleName(tr("Irregularities"))
        layout.addWidget(view)
        self.resolve_button = QPushButton(tr("Resolve an irregularity…"))
        self.resolve_button.clicked.connect(self.resolve_requested)
        row = QHBoxLayout()
        row.addWidget(self.resolve_button)
        row.addStretch(1)
        layout.addLayout(row)

    def fill(self, detail: CarnetDetailView) -> None:
        self.model.set_records(detail.carnet.irregularities)
        self.resolve_button.setEnabled(bool(detail.carnet.open_irregularities))

    def clear(self) -> None:
        """Nothing of any carnet."""
        self.model.set_records([])
        self.resolve_button.setEnabled(False)

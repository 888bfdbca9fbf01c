"""The history tab: the carnet's audit trail, newest first, in words and local time."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from carnet_app.domain.carnet_view import AuditEntryView, CarnetDetailView
from carnet_app.gui import style
from carnet_app.gui.models import RecordColumn, RecordTableModel
from carnet_app.gui.pages.detail.common import table_filling


class HistoryTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tr = self.tr
        self.model: RecordTableModel[AuditEntryView] = RecordTableModel(
            [
                RecordColumn(
                    tr("When"),
                    lambda entry: style.local_time_text(entry.at.isoformat(timespec="seconds")),
                ),
                RecordColumn(tr("Who"), lambda r: r.user),
                RecordColumn(tr("Action"), lambda entry: style.history_label(entry.action)),
                RecordColumn(tr("What"), lambda r: str(r.summary)),
            ],
            self,
        )
        self.view = table_filling(self, self.model, stretch=3, name=tr("History"))

    def fill(self, detail: CarnetDetailView) -> None:
        self.model.set_records(list(reversed(detail.history)))

    def clear(self) -> None:
        """Nothing of any carnet."""
        self.model.set_records([])

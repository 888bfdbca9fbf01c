"""The home page: what needs attention, overdue first, then this week, then this month.

One click on an alert opens its carnet at the tab the alert is about (``Alert.focus``).
"""

from __future__ import annotations

import functools
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carnet_app.domain.alerts import Alert, Urgency
from carnet_app.gui import style
from carnet_app.gui.context import DeskContext
from carnet_app.gui.models import AlertColumn, AlertTableModel
from carnet_app.services import desk

HORIZON_DAYS = 31
GROUPS = (
    (Urgency.OVERDUE, QT_TRANSLATE_NOOP("DashboardPage", "Overdue")),
    (Urgency.THIS_WEEK, QT_TRANSLATE_NOOP("DashboardPage", "This week")),
    (Urgency.THIS_MONTH, QT_TRANSLATE_NOOP("DashboardPage", "This month")),
)


class AlertGroup(QFrame):
    """One urgency group: a coloured title with its count, and its alerts."""

    alert_clicked = Signal(object)

    def __init__(self, title: str, urgency: Urgency, today: object, parent: QWidget | None = None):
        super().__init__(parent)
        self.urgency = urgency
        self.base_title = title
        self.title = QLabel(title)
        self.title.setObjectName("GroupTitle")
        colour = style.URGENCY_COLOURS[urgency.value]
        self.title.setStyleSheet(f"color: {colour};")
        self.model = AlertTableModel(today, self)  # type: ignore[arg-type]
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setCursor(Qt.CursorShape.PointingHandCursor)
        header = self.table.horizontalHeader()
        for column, width in (
            (AlertColumn.DUE, 96),
            (AlertColumn.IN_DAYS, 56),
            (AlertColumn.CARNET, 140),
            (AlertColumn.KIND, 190),
        ):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(AlertColumn.MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("Nothing here."))
        self.empty.setObjectName("PageSubtitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self._clicked)

    def set_alerts(self, alerts: list[Alert]) -> None:
        self.model.set_alerts(alerts)
        self.title.setText(f"{self.base_title}  ({style.count_text(len(alerts))})")
        self.table.setVisible(bool(alerts))
        self.empty.setVisible(not alerts)

    @Slot(QModelIndex)
    def _clicked(self, index: QModelIndex) -> None:
        alert = self.model.alert_at(index.row())
        if alert is not None:
            self.alert_clicked.emit(alert)


class DashboardPage(QWidget):
    """Alerts grouped by urgency.

    Signals:
        carnet_requested(str, str): open carnet NUMBER at tab FOCUS.
        loaded(int): the alerts were loaded (how many).
    """

    carnet_requested = Signal(str, str)
    loaded = Signal(int)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        header = QWidget()
        header.setObjectName("PageHeader")
        title = QLabel(self.tr("Needs attention"))
        title.setObjectName("PageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("PageSubtitle")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        top = QHBoxLayout(header)
        top.setContentsMargins(16, 12, 16, 12)
        titles = QVBoxLayout()
        titles.addWidget(title)
        titles.addWidget(self.subtitle)
        top.addLayout(titles, 1)
        top.addWidget(self.refresh_button)
        self.groups = {
            urgency: AlertGroup(self.tr(str(label)), urgency, ctx.today, self)
            for urgency, label in GROUPS
        }
        body = QVBoxLayout()
        body.setContentsMargins(16, 4, 16, 12)
        for group in self.groups.values():
            body.addWidget(group, 1)
            group.alert_clicked.connect(self._alert_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(header)
        layout.addLayout(body, 1)
        self.refresh_button.clicked.connect(self.reload)
        ctx.data_changed.connect(self._data_changed)
        ctx.database_replaced.connect(self.reload)

    @Slot()
    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        today = self.ctx.today()
        self.subtitle.setText(self.tr("Loading alerts…"))
        self.ctx.submit_read(
            functools.partial(_alerts_task, today=today),
            on_done=lambda alerts: self._loaded(generation, today, alerts),
            label=self.tr("Loading alerts…"),
        )

    @Slot(int)
    def _data_changed(self, _carnet_id: int) -> None:
        self.reload()

    def _loaded(self, generation: int, today: date, alerts: list[Alert]) -> None:
        if generation != self._generation:
            return
        for urgency, group in self.groups.items():
            group.set_alerts([a for a in alerts if a.urgency is urgency])
        shown = sum(1 for a in alerts if a.urgency in self.groups)
        self.subtitle.setText(
            self.tr("Today is %1 · %2 deadlines within %3 days")
            .replace("%1", style.date_text(today))
            .replace("%2", style.count_text(shown))
            .replace("%3", str(HORIZON_DAYS))
        )
        self.loaded.emit(shown)

    @Slot(object)
    def _alert_clicked(self, alert: Alert) -> None:
        self.carnet_requested.emit(alert.carnet, alert.focus)


def _alerts_task(session: object, *, today: date) -> list[Alert]:
    return desk.dashboard_alerts(session, today=today, within_days=HORIZON_DAYS)  # type: ignore[arg-type]

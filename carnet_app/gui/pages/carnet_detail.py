"""One carnet: a header, the actions its state allows (``detail.actions``) and one tab per
part (``detail.*``): overview, general list, movements with where-is-each-item and their
evidence, vouchers, irregularities, claims, documents, evidence and history.

The page loads the carnet's view in the task runner and hands it to each tab's ``fill``; a
refusal from any action is shown inline above the tabs.
"""

from __future__ import annotations

import functools
import logging
from datetime import date
from typing import Protocol

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from carnet_app.domain.carnet_view import CarnetDetailView, CarnetView
from carnet_app.domain.types import IN_USE_STATUSES, MovementAction
from carnet_app.errors import EnvironmentProblem, UserError
from carnet_app.gui import i18n, style
from carnet_app.gui.context import DeskContext
from carnet_app.gui.errors import show_error
from carnet_app.gui.evidence_panel import EvidencePanel
from carnet_app.gui.pages.detail.actions import DetailActions
from carnet_app.gui.pages.detail.claims import ClaimsTab
from carnet_app.gui.pages.detail.common import abroad
from carnet_app.gui.pages.detail.documents import DocumentsTab
from carnet_app.gui.pages.detail.goods import GoodsTab
from carnet_app.gui.pages.detail.history import HistoryTab
from carnet_app.gui.pages.detail.irregularities import IrregularitiesTab
from carnet_app.gui.pages.detail.movements import MovementsTab
from carnet_app.gui.pages.detail.overview import OverviewTab
from carnet_app.gui.pages.detail.vouchers import VouchersTab
from carnet_app.gui.print_preview import PrintPreviewDialog
from carnet_app.services import desk
from carnet_app.services.database import Session
from carnet_app.services.movements import StampRequest

log = logging.getLogger(__name__)


class _Part(Protocol):
    """A tab that fills itself from a carnet's view and empties."""

    def fill(self, detail: CarnetDetailView) -> None: ...

    def clear(self) -> None: ...


TABS = (
    "overview",
    "list",
    "movements",
    "vouchers",
    "irregularities",
    "claims",
    "documents",
    "evidence",
    "history",
)


class CarnetDetailPage(QWidget):
    """The detail view of one carnet.

    Signals:
        loaded(int): the carnet with this id is shown.
        message(str): a short confirmation for the status bar.
        list_requested(): the empty page's next step, the carnet list.
    """

    loaded = Signal(int)
    message = Signal(str)
    list_requested = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.carnet_id: int | None = None
        self.detail: CarnetDetailView | None = None
        self._focus: str | None = None
        self._generation = 0

        header = self._build_header()

        self.inline = QLabel()
        self.inline.setObjectName("InlineError")
        self.inline.setWordWrap(True)
        self.inline.setVisible(False)
        self.inline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # the tabs, each a part that fills itself from the carnet's view
        self.overview = OverviewTab()
        self.goods = GoodsTab()
        self.movements = MovementsTab(ctx.today)
        self.vouchers = VouchersTab()
        self.irregularities = IrregularitiesTab()
        self.claims = ClaimsTab()
        self.documents = DocumentsTab(ctx, self.show_refusal, self.message.emit)
        self.evidence = EvidencePanel(ctx)
        self.history = HistoryTab()
        # the actions, after the documents tab that prints for them
        self.commands = DetailActions(self)
        self.irregularities.resolve_requested.connect(self.commands.resolve_irregularity)
        self.movements.evidence_requested.connect(self.show_movement_evidence)
        self.evidence.message.connect(self.message)
        self.evidence.dossier_requested.connect(self.claim_dossier)
        self.evidence.reloaded.connect(self.movements.show_evidence)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # every tab stays in sight: a narrow window shortens the titles (whole in the tooltip)
        # rather than hiding tabs behind scroll arrows
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        tr = self.tr
        for widget, label in (
            (self.overview, tr("Overview")),
            (self.goods, tr("General list")),
            (self.movements, tr("Movements")),
            (self.vouchers, tr("Vouchers")),
            (self.irregularities, tr("Irregularities")),
            (self.claims, tr("Claims")),
            (self.documents, tr("Documents")),
            (self.evidence, tr("Evidence")),
            (self.history, tr("History")),
        ):
            self.tabs.setTabToolTip(self.tabs.addTab(widget, label), label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(header)
        layout.addLayout(self.commands.row)
        inline_row = QHBoxLayout()
        inline_row.setContentsMargins(16, 6, 16, 0)
        inline_row.addWidget(self.inline)
        layout.addLayout(inline_row)
        body = QVBoxLayout()
        body.setContentsMargins(12, 6, 12, 8)
        body.addWidget(self.tabs)
        layout.addLayout(body, 1)

        ctx.data_changed.connect(self._data_changed)
        ctx.database_replaced.connect(self.clear)

    def _build_header(self) -> QWidget:
        """The title, status badge and one-line summary; the list button while empty."""
        header = QWidget()
        header.setObjectName("PageHeader")
        self.title = QLabel(self.tr("No carnet open"))
        self.title.setObjectName("PageTitle")
        self.badge = QLabel()
        self.badge.setObjectName("StatusBadge")
        self.subtitle = QLabel(self.tr("Open a carnet from the list or the dashboard."))
        self.subtitle.setObjectName("PageSubtitle")
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # the empty state's next step
        self.open_list_button = QPushButton(self.tr("Go to the carnet list"))
        self.open_list_button.clicked.connect(self.list_requested)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title)
        title_row.addWidget(self.badge)
        title_row.addStretch(1)
        title_row.addWidget(self.open_list_button)
        head = QVBoxLayout(header)
        head.setContentsMargins(16, 12, 16, 10)
        head.addLayout(title_row)
        head.addWidget(self.subtitle)
        return header

    # -- the parts other windows reach ---------------------------------------------------------

    @property
    def desk_actions(self) -> dict[str, QAction]:
        return self.commands.actions

    @property
    def action_buttons(self) -> dict[str, QPushButton]:
        return self.commands.buttons

    @property
    def more_menu(self) -> QMenu:
        return self.commands.more_menu

    @property
    def more_button(self) -> QToolButton:
        return self.commands.more_button

    @property
    def fields(self) -> dict[str, QLabel]:
        return self.overview.fields

    @property
    def preview(self) -> PrintPreviewDialog | None:
        return self.documents.preview

    def record_stamp(self, initial: StampRequest | None = None) -> bool:
        return self.commands.record_stamp(initial)

    def print_carnet(self, part: str = "all") -> bool:
        return self.commands.print_carnet(part)

    # -- loading ------------------------------------------------------------------------------

    def show_carnet(self, carnet_id: int, focus: str | None = None) -> None:
        if carnet_id != self.carnet_id:
            self._clear_parts()  # nothing of the last carnet while this one loads
        self.carnet_id = carnet_id
        self._focus = focus
        self._generation += 1
        generation = self._generation
        self.ctx.submit_read(
            functools.partial(_detail_task, carnet_id=carnet_id, today=self.ctx.today()),
            on_done=lambda detail: self._loaded(generation, detail),
            on_error=lambda exc: self._failed(generation, exc),
            label=self.tr("Opening carnet…"),
        )

    def show_number(self, number: str, focus: str | None = None) -> None:
        try:
            carnet_id = self.ctx.read(desk.carnet_id_of, number)
        except (UserError, EnvironmentProblem) as exc:
            show_error(self, exc)
            return
        self.show_carnet(carnet_id, focus)

    @Slot()
    def clear(self) -> None:
        self.carnet_id = None
        self.detail = None
        self.title.setText(self.tr("No carnet open"))
        self.badge.clear()
        self.badge.setStyleSheet("")
        self.subtitle.setText(self.tr("Open a carnet from the list or the dashboard."))
        self.open_list_button.setVisible(True)
        self.commands.update(set())
        self.inline.setVisible(False)
        self._clear_parts()

    def _clear_parts(self) -> None:
        """Every tab empty: none shows anything of the carnet shown before."""
        for part in self._parts():
            part.clear()
        self.evidence.clear()
        self._show_counts({})

    def _parts(self) -> tuple[_Part, ...]:
        return (
            self.overview,
            self.goods,
            self.movements,
            self.vouchers,
            self.irregularities,
            self.claims,
            self.documents,
            self.history,
        )

    @Slot(int)
    def _data_changed(self, carnet_id: int) -> None:
        if self.carnet_id is not None and carnet_id in (0, self.carnet_id):
            self.show_carnet(self.carnet_id, self._current_tab())

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            show_error(self, exc)

    def offered_actions(self) -> set[str]:
        """The actions the clerk can take now (as buttons or in the More actions menu)."""
        return self.commands.offered()

    def _current_tab(self) -> str:
        return TABS[self.tabs.currentIndex()]

    def select_tab(self, name: str) -> None:
        if name in TABS:
            self.tabs.setCurrentIndex(TABS.index(name))

    def _loaded(self, generation: int, detail: CarnetDetailView) -> None:
        if generation != self._generation:
            return
        self.detail = detail
        self._fill(detail)
        if self._focus:
            self.select_tab(self._focus)
            self._focus = None
        self.loaded.emit(detail.carnet.id)

    def _fill(self, d: CarnetDetailView) -> None:
        self._fill_header(d)
        self.inline.setVisible(False)
        self.commands.update(set(d.actions))
        for part in self._parts():
            part.fill(d)
        self._fill_evidence(d.carnet)
        self._show_counts(
            {
                "irregularities": len(d.carnet.open_irregularities),
                "claims": len(d.carnet.open_claims),
            }
        )

    def _show_counts(self, counts: dict[str, int]) -> None:
        """The open irregularities and claims beside their tabs' titles."""
        for index, name in enumerate(TABS):
            count = counts.get(name)
            base = self.tabs.tabText(index).split("  (")[0]
            self.tabs.setTabText(index, f"{base}  ({count})" if count else base)

    def _fill_header(self, d: CarnetDetailView) -> None:
        tr = self.tr
        carnet = d.carnet
        status = carnet.status
        self.title.setText(d.label)
        self.badge.setText(style.status_label(status))
        self.badge.setStyleSheet(style.badge_style(status))
        days = d.days_left
        parts = [carnet.holder.name]
        if carnet.valid_until:
            parts.append(tr("valid until %1").replace("%1", style.date_text(carnet.valid_until)))
        if days is not None and status in IN_USE_STATUSES:
            parts.append(
                tr("%1 days left").replace("%1", str(days))
                if days >= 0
                else tr("expired %1 days ago").replace("%1", str(-days))
            )
        if any(abroad(item.where) for item in carnet.items):
            parts.append(tr("goods abroad"))
        open_claims = carnet.open_claims
        if open_claims:
            count = len(open_claims)
            parts.append(i18n.plural(tr("%Ln open claim(s)", "", count), count))
        self.subtitle.setText("  ·  ".join(parts))
        self.open_list_button.setVisible(False)

    def _fill_evidence(self, carnet: CarnetView) -> None:
        """What a new piece of evidence can be attached to: the carnet, a movement, a claim."""
        if not carnet.number:
            self.evidence.clear()  # a draft has none: nothing of the carnet shown before
            self.evidence.setEnabled(False)
            return
        self.evidence.setEnabled(True)
        movements = [
            (
                m.seq,
                f"{m.seq}. {style.action_label(m.action)} "
                f"{m.country or ''} {style.date_text(m.date)}",
            )
            for m in carnet.movements
        ]
        claims = [
            (
                c.id,
                self.tr("claim %1 (%2)").replace("%1", str(c.id)).replace("%2", c.country),
            )
            for c in carnet.claims
        ]
        self.evidence.show_carnet(carnet.number, movements, claims)

    # -- between the parts ---------------------------------------------------------------------

    def show_refusal(self, text: str) -> None:
        self.inline.setObjectName("InlineError")
        self.inline.setText(text)
        self.inline.style().unpolish(self.inline)
        self.inline.style().polish(self.inline)
        self.inline.setVisible(True)

    @Slot(int)
    def show_movement_evidence(self, seq: int) -> None:
        """The Evidence tab, with the files attached to movement ``seq`` selected."""
        self.select_tab("evidence")
        self.evidence.select_movement(seq)

    @Slot(int)
    def claim_dossier(self, claim_id: int) -> None:
        self.documents.make(f"dossier:{claim_id}")


def _detail_task(session: Session, *, carnet_id: int, today: date) -> CarnetDetailView:
    return desk.carnet_detail(session, carnet_id, today=today)


__all__ = ["TABS", "CarnetDetailPage", "MovementAction"]

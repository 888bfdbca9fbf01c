"""One carnet: overview, general list, movements with where-is-each-item, vouchers,
irregularities, claims, documents and history; the actions its state allows.

Each action: a small dialog (``ask``) returns a value, then one service call in one unit of
work; a refusal is shown inline above the tabs.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from carnet_app.domain.types import GoodsEventKind, MovementAction
from carnet_app.errors import EnvironmentProblem, UserError
from carnet_app.gui import colours, style
from carnet_app.gui.context import DeskContext
from carnet_app.gui.dialogs import actions as dialogs
from carnet_app.gui.dialogs.stamp import StampDialog
from carnet_app.gui.errors import show_error
from carnet_app.gui.evidence_panel import EvidencePanel
from carnet_app.gui.models import RecordColumn, RecordTableModel
from carnet_app.gui.print_preview import PrintPreviewDialog, RenderTwoSided, printer_duplexes
from carnet_app.services import carnets, claims, desk, movements
from carnet_app.services.desk import DeskAction
from carnet_app.services.movements import StampRequest

log = logging.getLogger(__name__)

IN_USE = ("issued", "active", "replaced")
BUTTON_ACTIONS = (DeskAction.STAMP, DeskAction.GOODS_EVENT, DeskAction.PRINT)
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


def _table(model: RecordTableModel, *, stretch: int | None = None) -> QTableView:
    view = QTableView()
    view.setTabKeyNavigation(False)  # Tab leaves the table: it is read, not edited
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setStretchLastSection(False)
        model.modelReset.connect(
            lambda: (
                stretch < model.columnCount()
                and header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
            )
        )
    return view


def _get(key: str) -> Callable[[dict[str, Any]], Any]:
    return lambda record: record.get(key)


def _date(key: str) -> Callable[[dict[str, Any]], str]:
    return lambda record: style.date_text(record.get(key))


def _money(key: str, currency: str = "") -> Callable[[dict[str, Any]], str]:
    return lambda record: style.money_text(record.get(key), record.get("currency", currency))


class CarnetDetailPage(QWidget):
    """The detail view of one carnet.

    Signals:
        loaded(int): the carnet with this id is shown.
        message(str): a short confirmation for the status bar.
    """

    loaded = Signal(int)
    message = Signal(str)
    list_requested = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.carnet_id: int | None = None
        self.detail: dict[str, Any] | None = None
        self._focus: str | None = None
        self._generation = 0
        self.preview: PrintPreviewDialog | None = None

        # header
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

        # actions
        # each action once (QAction), shown as a button when it is a daily one and in the
        # "More actions" menu otherwise, so the row fits a narrow window in every language
        self.action_buttons: dict[str, QPushButton] = {}
        self.desk_actions: dict[str, QAction] = {}
        self.more_menu = QMenu(self)
        actions_row = QHBoxLayout()
        actions_row.setContentsMargins(16, 8, 16, 0)
        for action, label, handler in (
            (DeskAction.STAMP, self.tr("Record stamp…"), self.record_stamp),
            (DeskAction.GOODS_EVENT, self.tr("Goods event…"), self.goods_event),
            (DeskAction.ADD_VOUCHERS, self.tr("Add voucher sets…"), self.add_vouchers),
            (DeskAction.RETURN, self.tr("Return…"), self.return_carnet),
            (DeskAction.DISCHARGE, self.tr("Discharge…"), self.discharge),
            (DeskAction.DUPLICATE, self.tr("Duplicate…"), self.duplicate),
            (DeskAction.REPLACE, self.tr("Replacement…"), self.replace),
            (DeskAction.CANCEL, self.tr("Cancel carnet…"), self.cancel),
            (DeskAction.OPEN_CLAIM, self.tr("Open claim…"), self.open_claim),
            (DeskAction.SETTLE_CLAIM, self.tr("Settle claim…"), self.settle_claim),
            (DeskAction.PRINT, self.tr("Print…"), self.print_carnet),
        ):
            desk_action = QAction(label, self)
            desk_action.triggered.connect(lambda _c=False, slot=handler: slot())
            desk_action.setVisible(False)
            self.desk_actions[action] = desk_action
            if action in BUTTON_ACTIONS:
                button = QPushButton(label)
                button.clicked.connect(desk_action.trigger)
                button.setVisible(False)
                self.action_buttons[action] = button
                actions_row.addWidget(button)
            else:
                self.more_menu.addAction(desk_action)
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("More actions"))
        self.more_button.setMenu(self.more_menu)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.more_button.setVisible(False)
        actions_row.addWidget(self.more_button)
        actions_row.addStretch(1)
        self.action_buttons[DeskAction.STAMP].setDefault(True)

        self.inline = QLabel()
        self.inline.setObjectName("InlineError")
        self.inline.setWordWrap(True)
        self.inline.setVisible(False)
        self.inline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._build_tabs()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(header)
        layout.addLayout(actions_row)
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

    # ---------------------------------------------------------------- tabs

    def _build_tabs(self) -> None:
        tr = self.tr
        # overview
        overview = QWidget()
        grid = QGridLayout(overview)
        grid.setContentsMargins(16, 16, 16, 16)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(16)
        self.fields: dict[str, QLabel] = {}
        sections = (
            (
                tr("Validity"),
                (
                    ("status", tr("Status")),
                    ("days_left", tr("Days left")),
                    ("issued_on", tr("Issued on")),
                    ("valid_until", tr("Valid until")),
                    ("returned_on", tr("Returned on")),
                    ("discharged_on", tr("Discharged on")),
                    ("claim_window", tr("Claim window closes")),
                ),
            ),
            (
                tr("Holder and use"),
                (
                    ("holder", tr("Holder")),
                    ("address", tr("Address")),
                    ("representatives", tr("Representatives")),
                    ("uses", tr("Uses")),
                    ("itinerary", tr("Itinerary")),
                ),
            ),
            (
                tr("Value, security and fees"),
                (
                    ("total_value", tr("General list value")),
                    ("total_pieces", tr("Pieces")),
                    ("security", tr("Security")),
                    ("fees", tr("Fees")),
                    ("format", tr("Format")),
                    ("eata_id", tr("eATA carnet ID")),
                    ("kind", tr("Kind")),
                ),
            ),
        )
        for position, (title, names) in enumerate(sections):
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setHorizontalSpacing(16)
            form.setVerticalSpacing(8)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
            for key, label in names:
                value = QLabel()
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                name = QLabel(label)
                name.setObjectName("FieldName")
                form.addRow(name, value)
                self.fields[key] = value
            row, column = ((0, 0), (0, 1), (1, 0))[position]
            grid.addWidget(box, row, column, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)
        self.tabs.addTab(overview, tr("Overview"))

        # general list
        self.items_model = RecordTableModel(
            [
                RecordColumn(tr("Item"), _get("item_no"), numeric=True),
                RecordColumn(tr("Description"), _get("description")),
                RecordColumn(tr("Marks and numbers"), _get("marks")),
                RecordColumn(tr("Pieces"), _get("pieces"), numeric=True),
                RecordColumn(
                    tr("Weight"),
                    _get("weight"),
                    lambda r: (
                        style.money_text(r["weight"], r["weight_unit"]) if r.get("weight") else ""
                    ),
                    numeric=True,
                ),
                RecordColumn(tr("Value"), _get("value"), _money("value"), numeric=True),
                RecordColumn(tr("Origin"), _get("origin")),
            ],
            self,
        )
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        self.list_note = QLabel()
        self.list_note.setObjectName("PageSubtitle")
        list_layout.addWidget(self.list_note)
        self.items_view = _table(self.items_model)
        list_layout.addWidget(self.items_view)
        self.tabs.addTab(list_page, tr("General list"))

        # movements and where each item is
        self.movements_model = RecordTableModel(
            [
                RecordColumn(tr("#"), _get("seq"), numeric=True),
                RecordColumn(tr("Date"), _get("date"), _date("date")),
                RecordColumn(
                    tr("Action"), _get("action"), lambda r: style.action_label(r["action"])
                ),
                RecordColumn(tr("Country"), _get("country")),
                RecordColumn(tr("Voucher"), _get("voucher_text")),
                RecordColumn(tr("Customs office"), _get("office")),
                RecordColumn(tr("Reference"), _get("reference")),
                RecordColumn(
                    tr("Final date"),
                    _get("final_date"),
                    _date("final_date"),
                    colour=self._final_date_colour,
                ),
                RecordColumn(tr("Pieces"), _get("pieces"), numeric=True),
                RecordColumn(tr("Items"), _get("items_text")),
            ],
            self,
        )
        self.where_model = RecordTableModel([], self)
        movements_page = QSplitter(Qt.Orientation.Vertical)
        timeline_box = QGroupBox(tr("Timeline"))
        QVBoxLayout(timeline_box).addWidget(_table(self.movements_model, stretch=9))
        where_box = QGroupBox(tr("Where is each item (pieces per place)"))
        self.where_view = _table(self.where_model, stretch=1)
        QVBoxLayout(where_box).addWidget(self.where_view)
        movements_page.addWidget(timeline_box)
        movements_page.addWidget(where_box)
        self.tabs.addTab(movements_page, tr("Movements"))

        # vouchers
        self.vouchers_model = RecordTableModel(
            [
                RecordColumn(
                    tr("Colour"),
                    _get("colour"),
                    lambda r: style.tr("Voucher", str(style.VOUCHER_LABELS[r["colour"]])),
                ),
                RecordColumn(tr("Sets"), _get("sets"), numeric=True),
                RecordColumn(tr("Vouchers issued"), _get("issued"), numeric=True),
                RecordColumn(tr("Used"), _get("used"), numeric=True),
                RecordColumn(
                    tr("Left"),
                    _get("left"),
                    numeric=True,
                    colour=lambda r: style.urgency_colour("overdue") if r["left"] <= 0 else None,
                ),
            ],
            self,
        )
        self.tabs.addTab(_table(self.vouchers_model, stretch=0), tr("Vouchers"))

        self.irregularities_model = RecordTableModel(
            [
                RecordColumn(tr("Found on"), _get("found_on"), _date("found_on")),
                RecordColumn(tr("Irregularity"), _get("message")),
                RecordColumn(tr("Resolved on"), _get("resolved_on"), _date("resolved_on")),
                RecordColumn(tr("Resolution"), _get("resolution")),
            ],
            self,
        )
        irregularities = QWidget()
        irregularities_layout = QVBoxLayout(irregularities)
        irregularities_layout.addWidget(_table(self.irregularities_model, stretch=1))
        self.resolve_button = QPushButton(tr("Resolve an irregularity…"))
        self.resolve_button.clicked.connect(self.resolve_irregularity)
        resolve_row = QHBoxLayout()
        resolve_row.addWidget(self.resolve_button)
        resolve_row.addStretch(1)
        irregularities_layout.addLayout(resolve_row)
        self.tabs.addTab(irregularities, tr("Irregularities"))

        self.claims_model = RecordTableModel(
            [
                RecordColumn(tr("Claim"), _get("id"), numeric=True),
                RecordColumn(tr("Country"), _get("country")),
                RecordColumn(tr("Notified"), _get("notified"), _date("notified")),
                RecordColumn(tr("Amount"), _get("amount"), _money("amount"), numeric=True),
                RecordColumn(tr("Proof due"), _get("proof_due"), _date("proof_due")),
                RecordColumn(tr("Payment final"), _get("payment_final"), _date("payment_final")),
                RecordColumn(
                    tr("Status"),
                    _get("status"),
                    lambda r: style.value_label("claim", r["status"]),
                ),
                RecordColumn(tr("Settled on"), _get("settled_on"), _date("settled_on")),
                RecordColumn(tr("Proof"), _get("proof")),
            ],
            self,
        )
        self.tabs.addTab(_table(self.claims_model, stretch=8), tr("Claims"))

        documents = QWidget()
        doc_layout = QVBoxLayout(documents)
        doc_layout.setContentsMargins(16, 16, 16, 16)
        intro = QLabel(
            tr(
                "Preview the carnet's forms, then print them at 100 % scale or export them "
                "to a PDF file."
            )
        )
        intro.setWordWrap(True)
        doc_layout.addWidget(intro)
        self.overlay = QCheckBox(tr("Overlay: data only, for the official pre-printed forms"))
        doc_layout.addWidget(self.overlay)
        self.document_buttons: list[QPushButton] = []
        for part, label in (
            ("all", tr("Whole carnet")),
            ("cover", tr("Cover")),
            ("list", tr("General list and continuation sheets")),
            ("vouchers", tr("Voucher sets")),
        ):
            button = QPushButton(label)
            button.clicked.connect(lambda _checked=False, p=part: self.print_carnet(p))
            self.document_buttons.append(button)
            doc_layout.addWidget(button)
        calibration = QPushButton(tr("Printer calibration sheet"))
        calibration.clicked.connect(self.print_calibration)
        doc_layout.addWidget(calibration)
        self.documents_note = QLabel()
        self.documents_note.setObjectName("PageSubtitle")
        self.documents_note.setWordWrap(True)
        doc_layout.addWidget(self.documents_note)
        doc_layout.addStretch(1)
        self.tabs.addTab(documents, tr("Documents"))

        self.evidence = EvidencePanel(self.ctx)
        self.evidence.message.connect(self.message)
        self.evidence.dossier_requested.connect(self.claim_dossier)
        self.tabs.addTab(self.evidence, tr("Evidence"))

        self.history_model = RecordTableModel(
            [
                RecordColumn(tr("When"), lambda r: style.local_time_text(r.get("at", ""))),
                RecordColumn(tr("Who"), _get("user")),
                RecordColumn(tr("Action"), lambda r: style.history_label(str(r.get("action")))),
                RecordColumn(tr("What"), _get("summary")),
            ],
            self,
        )
        self.tabs.addTab(_table(self.history_model, stretch=3), tr("History"))

    # ---------------------------------------------------------------- loading

    def show_carnet(self, carnet_id: int, focus: str | None = None) -> None:
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
        for button in self.action_buttons.values():
            button.setVisible(False)
        for desk_action in self.desk_actions.values():
            desk_action.setVisible(False)
        self.more_button.setVisible(False)

    @Slot(int)
    def _data_changed(self, carnet_id: int) -> None:
        if self.carnet_id is not None and carnet_id in (0, self.carnet_id):
            self.show_carnet(self.carnet_id, self._current_tab())

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            show_error(self, exc)

    def offered_actions(self) -> set[str]:
        """The actions the clerk can take now (as buttons or in the More actions menu)."""
        return {name for name, action in self.desk_actions.items() if action.isVisible()}

    def _current_tab(self) -> str:
        return TABS[self.tabs.currentIndex()]

    def select_tab(self, name: str) -> None:
        if name in TABS:
            self.tabs.setCurrentIndex(TABS.index(name))

    def _loaded(self, generation: int, detail: dict[str, Any]) -> None:
        if generation != self._generation:
            return
        self.detail = detail
        self._fill(detail)
        if self._focus:
            self.select_tab(self._focus)
            self._focus = None
        self.loaded.emit(int(detail["id"]))

    def _fill(self, d: dict[str, Any]) -> None:
        tr = self.tr
        status = d["status"]
        self.title.setText(d["label"])
        self.badge.setText(style.status_label(status))
        self.badge.setStyleSheet(style.badge_style(status))
        days = d.get("days_left")
        parts = [d["holder"]["name"]]
        if d.get("valid_until"):
            parts.append(tr("valid until %1").replace("%1", style.date_text(d["valid_until"])))
        if days is not None and status in ("issued", "active", "replaced"):
            parts.append(
                tr("%1 days left").replace("%1", str(days))
                if days >= 0
                else tr("expired %1 days ago").replace("%1", str(-days))
            )
        if any(item["where"] and _abroad(item["where"]) for item in d["items"]):
            parts.append(tr("goods abroad"))
        open_claims = [c for c in d["claims"] if c["status"] == "open"]
        if open_claims:
            parts.append(tr("%1 open claim(s)").replace("%1", str(len(open_claims))))
        self.subtitle.setText("  ·  ".join(parts))
        self.open_list_button.setVisible(False)
        self.inline.setVisible(False)
        allowed = set(d["actions"])
        for action, desk_action in self.desk_actions.items():
            desk_action.setVisible(action in allowed)
            if action in self.action_buttons:
                self.action_buttons[action].setVisible(action in allowed)
        self.more_button.setVisible(bool(allowed - set(self.action_buttons)))

        currency = d["currency"]
        f = self.fields
        f["status"].setText(style.status_label(status))
        window = colours.role(QPalette.ColorRole.Window)
        f["status"].setStyleSheet(f"color: {style.status_colour(status, window).name()};")
        f["days_left"].setText("" if days is None else str(days))
        f["issued_on"].setText(style.date_text(d.get("issued_on")))
        f["valid_until"].setText(style.date_text(d.get("valid_until")))
        holder = d["holder"]
        f["holder"].setText(f"{holder['name']} ({holder['country']})")
        f["address"].setText(holder["address"])
        f["representatives"].setText(", ".join(d["representatives"]) or "—")
        uses = ", ".join(style.use_text(use) for use in d["uses"])
        if d.get("use_description"):
            uses += f" — {d['use_description']}"
        if d.get("event"):
            uses += f" ({d['event']})"
        f["uses"].setText(uses)
        f["itinerary"].setText(", ".join(self._stop_text(stop) for stop in d["itinerary"]))
        f["total_value"].setText(style.money_text(d["total_value"], currency))
        f["total_pieces"].setText(str(d["total_pieces"]))
        security = style.money_text(d.get("security"), currency)
        if security and d.get("security_form"):
            security += f" ({style.value_label('security', d['security_form'])})"
        f["security"].setText(security or "—")
        f["fees"].setText(style.money_text(d.get("fees"), currency) or "—")
        f["format"].setText(style.value_label("format", d["format"]))
        f["eata_id"].setText(d.get("eata_id") or "—")
        kind = style.value_label("kind", d["kind"]) + (
            f" — {tr('follows')} {d['follows']}" if d.get("follows") else ""
        )
        f["kind"].setText(kind)
        f["returned_on"].setText(style.date_text(d.get("returned_on")) or "—")
        f["discharged_on"].setText(style.date_text(d.get("discharged_on")) or "—")
        f["claim_window"].setText(style.date_text(d.get("claim_window_closes")) or "—")

        self.items_model.set_records(d["items"])
        self.list_note.setText(
            tr("Draft: the general list can still be changed in the issuing wizard.")
            if status == "draft"
            else tr("Read-only: the general list cannot change once the carnet is issued.")
        )
        self._fill_movements(d)
        self.vouchers_model.set_records(
            [{"colour": colour, **counts} for colour, counts in d["vouchers"].items()]
        )
        self.irregularities_model.set_records(d["irregularities"])
        self.resolve_button.setEnabled(any(not i["resolved_on"] for i in d["irregularities"]))
        self.claims_model.set_records(d["claims"])
        self.history_model.set_records(list(reversed(d["history"])))
        printable = DeskAction.PRINT in allowed
        for button in self.document_buttons:
            button.setEnabled(printable)
        if not printable:
            self.documents_note.setText(tr("A draft is printed once it is issued."))
        else:
            self.documents_note.setText("")
        self._fill_evidence(d)
        for index, name in enumerate(TABS):
            count = {
                "irregularities": sum(1 for i in d["irregularities"] if not i["resolved_on"]),
                "claims": len(open_claims),
            }.get(name)
            base = self.tabs.tabText(index).split("  (")[0]
            self.tabs.setTabText(index, f"{base}  ({count})" if count else base)

    def _fill_evidence(self, d: dict[str, Any]) -> None:
        """What a new piece of evidence can be attached to: the carnet, a movement, a claim."""
        if not d.get("number"):
            self.evidence.setEnabled(False)
            return
        self.evidence.setEnabled(True)
        movements = [
            (
                int(m["seq"]),
                f"{m['seq']}. {style.action_label(str(m['action']))} "
                f"{m.get('country') or ''} {style.date_text(m['date'])}",
            )
            for m in d["movements"]
            if "voucher_no" in m
        ]
        claims = [
            (
                int(c["id"]),
                self.tr("claim %1 (%2)")
                .replace("%1", str(c["id"]))
                .replace("%2", str(c["country"])),
            )
            for c in d["claims"]
        ]
        self.evidence.show_carnet(str(d["number"]), movements, claims)

    @Slot(int)
    def claim_dossier(self, claim_id: int) -> None:
        from carnet_app.services.dossier import claim_dossier_pdf

        today, user = self.ctx.today(), self.ctx.user
        self.ctx.submit_read(
            lambda session: claim_dossier_pdf(session, claim_id, today=today, user=user),
            on_done=lambda pdf: self._show_preview(
                pdf,
                self.tr("Claim dossier %1").replace("%1", str(claim_id)),
                f"claim-{claim_id}-dossier.pdf",
            ),
            on_error=self._print_failed,
            label=self.tr("Gathering the claim dossier…"),
        )

    def _final_date_colour(self, movement: dict[str, Any]) -> Any:
        final = movement.get("final_date")
        if final is None:
            return None
        if self.detail is not None and self.detail.get("status") not in IN_USE:
            return None  # returned, discharged, cancelled: the final dates no longer press
        days = (final - self.ctx.today()).days
        return style.urgency_colour(
            "overdue" if days < 0 else "this week" if days <= 7 else "this month"
        )

    def _stop_text(self, stop: dict[str, Any]) -> str:
        kind = self.tr("transit") if stop.get("kind") == "transit" else self.tr("visit")
        times = int(stop.get("times", 1))
        return f"{stop['country']} ({kind}{' ×' + str(times) if times > 1 else ''})"

    def _fill_movements(self, d: dict[str, Any]) -> None:
        rows: list[dict[str, Any]] = []
        for m in d["movements"]:
            rows.append(
                {
                    **m,
                    "voucher_text": (
                        f"{style.value_label('colour', m['voucher']['colour'])} "
                        f"{m['voucher']['no']}"
                    ),
                    "pieces": sum(m["items"].values()),
                    "items_text": _items_text(m["items"]),
                }
            )
        for e in d.get("events", []):
            rows.append(
                {
                    **e,
                    "action": e["kind"],
                    "office": e.get("document", ""),
                    "reference": "",
                    "final_date": None,
                    "voucher_text": "—",
                    "pieces": sum(e["items"].values()),
                    "items_text": _items_text(e["items"]),
                }
            )
        rows.sort(key=lambda r: r["seq"])
        self.movements_model.set_records(rows)
        places: list[str] = []
        for item in d["items"]:
            for place in item["where"]:
                if place not in places:
                    places.append(place)
        order = {"home": 0, "en-route": 1, "disposed": 9, "transferred": 9}
        places.sort(key=lambda p: (order.get(p, 5 if p.startswith("transit-") else 2), p))
        columns = [
            RecordColumn(self.tr("Item"), _get("item_no"), numeric=True),
            RecordColumn(self.tr("Description"), _get("description")),
            RecordColumn(self.tr("Pieces"), _get("pieces"), numeric=True),
        ]
        for place in places:
            columns.append(
                RecordColumn(
                    style.place_label(place),
                    functools.partial(_quantity_at, place=place),
                    functools.partial(_quantity_text, place=place),
                    numeric=True,
                    colour=functools.partial(_place_colour, place=place),
                )
            )
        self.where_model.set_records(d["items"], columns)

    # ---------------------------------------------------------------- actions

    def _number(self) -> str | None:
        return self.detail["number"] if self.detail else None

    def _version(self) -> int | None:
        return int(self.detail["version"]) if self.detail else None

    def show_refusal(self, text: str) -> None:
        self.inline.setObjectName("InlineError")
        self.inline.setText(text)
        self.inline.style().unpolish(self.inline)
        self.inline.style().polish(self.inline)
        self.inline.setVisible(True)

    def _perform(self, fn: Callable[..., Any], *args: Any, done: str, **kwargs: Any) -> bool:
        """One service call in one write unit of work; refusals shown inline."""
        try:
            self.ctx.write(fn, *args, carnet_id=self.carnet_id or 0, **kwargs)
        except UserError as exc:
            self.show_refusal(str(exc))
            return False
        except Exception as exc:
            show_error(self, exc)
            return False
        self.message.emit(done)
        return True

    def _countries(self) -> list[desk.CountryChoice]:
        return self.ctx.read(desk.country_choices)

    def _allowed(self, action: str) -> bool:
        return bool(self.detail) and action in self.detail["actions"]  # type: ignore[index]

    @Slot()
    def record_stamp(self, initial: StampRequest | None = None) -> bool:
        number = self._number()
        if number is None or not self._allowed(DeskAction.STAMP):
            return False
        today = self.ctx.today()
        result = StampDialog.ask(
            self,
            number=number,
            today=today,
            countries=self._countries(),
            checker=lambda request: self.ctx.read(
                movements.check_stamp, number, request, today=today
            ),
            picker=lambda action, country: self.ctx.read(
                desk.stamp_picker, number, action, country
            ),
            initial=initial if isinstance(initial, StampRequest) else None,
            carnet_countries=[stop["country"] for stop in self.detail.get("itinerary", [])]
            if self.detail
            else [],
        )
        if result is None:
            return False
        return self._perform(
            movements.record_stamp,
            number,
            result.request,
            confirm=result.confirm,
            user=self.ctx.user,
            today=today,
            expected_version=self._version(),
            done=self.tr("Stamp recorded on %1").replace("%1", number),
        )

    @Slot()
    def goods_event(self) -> bool:
        number = self._number()
        if number is None:
            return False
        value = dialogs.GoodsEventDialog.ask(
            self, today=self.ctx.today(), countries=self._countries()
        )
        if value is None:
            return False
        return self._perform(
            movements.record_goods_event,
            number,
            kind=GoodsEventKind(value.kind),
            on=value.on,
            country=value.country,
            items=value.items,
            document=value.document,
            user=self.ctx.user,
            today=self.ctx.today(),
            expected_version=self._version(),
            done=self.tr("Goods event recorded"),
        )

    @Slot()
    def add_vouchers(self) -> bool:
        number = self._number()
        value = dialogs.VoucherSetsDialog.ask(self) if number else None
        if number is None or value is None:
            return False
        return self._perform(
            carnets.add_vouchers,
            number,
            colour=value.colour.value,
            sets=value.sets,
            user=self.ctx.user,
            today=self.ctx.today(),
            expected_version=self._version(),
            done=self.tr("Voucher sets added"),
        )

    def _dated(self, fn: Callable[..., Any], title: str, prompt: str, done: str) -> bool:
        number = self._number()
        if number is None:
            return False
        on = dialogs.DateDialog.ask(self, title=title, prompt=prompt, today=self.ctx.today())
        if on is None:
            return False
        return self._perform(
            fn,
            number,
            on=on,
            user=self.ctx.user,
            today=self.ctx.today(),
            expected_version=self._version(),
            done=done,
        )

    @Slot()
    def resolve_irregularity(self) -> bool:
        if not self.detail:
            return False
        open_items = [i for i in self.detail["irregularities"] if not i["resolved_on"]]
        answer = dialogs.ResolveIrregularityDialog.ask(self, open_items=open_items)
        if answer is None:
            return False
        return self._perform(
            movements.resolve_irregularity,
            answer.irregularity_id,
            note=answer.note,
            user=self.ctx.user,
            today=self.ctx.today(),
            done=self.tr("Irregularity resolved"),
        )

    @Slot()
    def return_carnet(self) -> bool:
        return self._dated(
            carnets.return_carnet,
            self.tr("Carnet returned"),
            self.tr("Returned to the chamber on"),
            self.tr("Carnet returned"),
        )

    @Slot()
    def discharge(self) -> bool:
        return self._dated(
            carnets.discharge,
            self.tr("Discharge"),
            self.tr("Discharged on"),
            self.tr("Carnet discharged"),
        )

    @Slot()
    def duplicate(self) -> bool:
        return self._dated(
            carnets.duplicate,
            self.tr("Duplicate carnet"),
            self.tr("Duplicate issued on"),
            self.tr("Duplicate issued"),
        )

    @Slot()
    def replace(self) -> bool:
        number = self._number()
        value = (
            dialogs.ReplaceDialog.ask(self, today=self.ctx.today(), countries=self._countries())
            if number
            else None
        )
        if number is None or value is None:
            return False
        return self._perform(
            carnets.replace,
            number,
            country=value.country,
            on=value.on,
            user=self.ctx.user,
            today=self.ctx.today(),
            expected_version=self._version(),
            done=self.tr("Replacement carnet issued"),
        )

    @Slot()
    def cancel(self) -> bool:
        number = self._number()
        if number is None:
            return False
        if not dialogs.confirm(
            self,
            self.tr("Cancel carnet"),
            self.tr("Cancel carnet %1? It has not been used; this cannot be undone.").replace(
                "%1", number
            ),
        ):
            return False
        return self._perform(
            carnets.cancel,
            number,
            user=self.ctx.user,
            today=self.ctx.today(),
            expected_version=self._version(),
            done=self.tr("Carnet cancelled"),
        )

    @Slot()
    def open_claim(self) -> bool:
        number = self._number()
        if number is None or self.detail is None:
            return False
        value = dialogs.OpenClaimDialog.ask(
            self,
            today=self.ctx.today(),
            countries=self._countries(),
            currency=self.detail["currency"],
        )
        if value is None:
            return False
        return self._perform(
            claims.open_claim,
            number,
            country=value.country,
            notified_on=value.notified_on,
            amount=value.amount,
            user=self.ctx.user,
            today=self.ctx.today(),
            done=self.tr("Claim opened"),
        )

    @Slot()
    def settle_claim(self) -> bool:
        if self.detail is None:
            return False
        open_claims = [c for c in self.detail["claims"] if c["status"] == "open"]
        value = dialogs.SettleClaimDialog.ask(self, today=self.ctx.today(), claims=open_claims)
        if value is None:
            return False
        return self._perform(
            claims.settle_claim,
            value.claim_id,
            on=value.on,
            proof=value.proof,
            paid=value.paid,
            user=self.ctx.user,
            today=self.ctx.today(),
            done=self.tr("Claim settled"),
        )

    # ---------------------------------------------------------------- printing

    @Slot()
    def print_carnet(self, part: str = "all") -> None:
        number = self._number()
        if not isinstance(part, str):  # a button's "checked" argument
            part = "all"
        if number is None:
            return
        overlay = self.overlay.isChecked()
        duplex = printer_duplexes()  # two-sided by default when the printer can

        def render(two_sided: bool, done: Callable[[bytes], None]) -> None:
            task = functools.partial(
                _render_task,
                number=number,
                part=part,
                overlay=overlay,
                today=self.ctx.today(),
                duplex=two_sided,
            )
            label = self.tr("Rendering the forms…")
            self.ctx.submit_read(task, on_done=done, on_error=self._print_failed, label=label)

        render(
            duplex,
            lambda pdf: self._show_preview(
                pdf,
                f"{number} — {part}",
                f"{number.replace('/', '-')}-{part}.pdf",
                two_sided=render,
                duplex=duplex,
            ),
        )

    @Slot()
    def print_calibration(self) -> None:
        self.ctx.runner.submit(
            desk.render_calibration_sheet,
            on_done=lambda pdf: self._show_preview(
                pdf, self.tr("Printer calibration sheet"), "calibration-sheet.pdf"
            ),
            on_error=self._print_failed,
            label=self.tr("Rendering the calibration sheet…"),
        )

    def _print_failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self.show_refusal(str(exc))
        else:
            show_error(self, exc)

    def _show_preview(
        self,
        pdf: bytes,
        title: str,
        file_name: str,
        two_sided: RenderTwoSided | None = None,
        duplex: bool = False,
    ) -> None:
        self.preview = PrintPreviewDialog.open_preview(
            self, pdf, title=title, file_name=file_name, two_sided=two_sided, duplex=duplex
        )


def _abroad(where: dict[str, int]) -> bool:
    return any(q and place not in ("home", "disposed", "transferred") for place, q in where.items())


def _items_text(items: dict[str, int]) -> str:
    return ", ".join(f"{no}×{q}" if q != 1 else str(no) for no, q in items.items())


def _quantity_at(item: dict[str, Any], place: str) -> int:
    return int(item["where"].get(place, 0))


def _quantity_text(item: dict[str, Any], place: str) -> str:
    quantity = _quantity_at(item, place)
    return str(quantity) if quantity else "·"


def _place_colour(item: dict[str, Any], place: str) -> Any:
    if not _quantity_at(item, place):
        return style.status_colour("cancelled")
    if place not in ("home", "disposed", "transferred"):
        return style.status_colour("issued")
    return None


def _detail_task(session: Any, *, carnet_id: int, today: Any) -> dict[str, Any]:
    return desk.carnet_detail(session, carnet_id, today=today)


def _render_task(
    session: Any, *, number: str, part: str, overlay: bool, today: Any, duplex: bool = False
) -> bytes:
    return desk.render_document(
        session, number, part=part, overlay=overlay, today=today, duplex=duplex
    )


__all__ = ["TABS", "CarnetDetailPage", "MovementAction"]

"""The exhibitor's trip planner: pick an issued carnet, the destination, the transits and the
items that travel; see the vouchers the trip takes against the vouchers left, then make the
trip pack (pre-filled vouchers listing only the travelling goods)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carnet_app.errors import UserError
from carnet_app.gui import colours, i18n, style
from carnet_app.gui.context import DeskContext
from carnet_app.gui.errors import show_error
from carnet_app.gui.issuing.common import (
    InlineMessage,
    cell,
    colour_name,
    date_edit,
    date_of,
    hint,
    section_title,
    swatch,
)
from carnet_app.services import trips
from carnet_app.services.trips import TripOverview, TripPlan, TripRequest

CHECK_DELAY_MS = 150


class TripPlannerDialog(QDialog):
    TICK, ITEM, DESCRIPTION, HOME, TRAVEL = range(5)

    def __init__(
        self, ctx: DeskContext, *, carnet_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.overview: TripOverview | None = None
        self.plan: TripPlan | None = None
        self.setWindowTitle(self.tr("Trip planner"))
        self.resize(1180, 780)

        self.carnet = QComboBox()
        self.carnet.setMinimumContentsLength(40)
        self.destination = QComboBox()
        self.transits = QListWidget()
        self.transits.setMaximumHeight(64)
        self.round_trip = QCheckBox(self.tr("Coming back home (re-exportation and re-importation)"))
        self.round_trip.setChecked(True)
        self.departure = date_edit(ctx.today())
        self.departure.setMaximumWidth(150)
        where = QFormLayout()
        where.addRow(self.tr("Carnet"), self.carnet)
        where.addRow(self.tr("Destination"), self.destination)
        where.addRow(self.tr("Transit through"), self.transits)
        where.addRow(self.round_trip)  # the whole width: a long sentence in French
        where.addRow(self.tr("Departure"), self.departure)

        self.items = QTableWidget(0, 5)
        self.items.setHorizontalHeaderLabels(
            ["", self.tr("Item"), self.tr("Description"), self.tr("At home"), self.tr("Travelling")]
        )
        self.items.verticalHeader().setVisible(False)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.all_button = QPushButton(self.tr("Tick all at home"))
        self.none_button = QPushButton(self.tr("Untick all"))

        self.declarant = QLineEdit()
        self.place = QLineEdit()
        self.use_at = QLineEdit()
        self.use_at.setPlaceholderText(self.tr("Exhibition or place of use (importation voucher)"))
        self.transport = QLineEdit()
        self.transport.setPlaceholderText(self.tr("e.g. Truck AB-123-CD, flight LX 123"))
        self.packaging = QLineEdit()
        self.packaging.setPlaceholderText(self.tr("e.g. 4 flight cases, marked 1 to 4"))
        declaration = QFormLayout()
        declaration.addRow(self.tr("Declarant"), self.declarant)
        declaration.addRow(self.tr("Place"), self.place)
        declaration.addRow(self.tr("Goods used at"), self.use_at)
        declaration.addRow(self.tr("Means of transport"), self.transport)
        declaration.addRow(self.tr("Packages"), self.packaging)

        self.needs = QTableWidget(0, 4)
        self.needs.setTabKeyNavigation(False)
        self.needs.setHorizontalHeaderLabels(
            [self.tr("Vouchers"), self.tr("Needed"), self.tr("Left"), self.tr("Sets used")]
        )
        self.needs.verticalHeader().setVisible(False)
        self.needs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.needs.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.needs.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.needs.setMaximumHeight(110)
        self.needs.verticalHeader().setDefaultSectionSize(26)
        self.verdict = InlineMessage()
        self.pack_button = QPushButton(self.tr("Make the trip pack (PDF)…"))
        self.overlay = QCheckBox(
            self.tr("On the official forms (overlay, with printer calibration)")
        )

        left = QVBoxLayout()
        left.addWidget(section_title(self.tr("Where")))
        left.addLayout(where)
        left.addSpacing(6)
        left.addWidget(section_title(self.tr("Holder's declaration (box F)")))
        left.addLayout(declaration)
        left.addSpacing(6)
        left.addWidget(section_title(self.tr("Vouchers")))
        left.addWidget(self.needs)
        left.addWidget(self.verdict)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(section_title(self.tr("Items that travel")))
        right.addWidget(
            hint(self.tr("Only goods at home can leave; give fewer pieces for part of a line."))
        )
        tick_row = QHBoxLayout()
        tick_row.addWidget(self.all_button)
        tick_row.addWidget(self.none_button)
        tick_row.addStretch(1)
        right.addLayout(tick_row)
        right.addWidget(self.items, 1)
        body = QHBoxLayout()
        left_box = QWidget()
        left_box.setLayout(left)
        left_box.setMaximumWidth(560)
        body.addWidget(left_box)
        body.addLayout(right, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.overlay)
        bottom.addStretch(1)
        bottom.addWidget(self.pack_button)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check)
        self.carnet.currentIndexChanged.connect(self._carnet_changed)
        self.destination.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.transits.itemChanged.connect(lambda _i: self._timer.start())
        self.round_trip.toggled.connect(lambda _on: self._timer.start())
        self.departure.dateChanged.connect(lambda _d: self._timer.start())
        self.items.itemChanged.connect(lambda _i: self._timer.start())
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        self.pack_button.clicked.connect(self.make_pack)
        self._load_carnets(carnet_id)

    # ------------------------------------------------------------------ loading

    def _load_carnets(self, carnet_id: int | None) -> None:
        choices: list[trips.TripCarnet] = self.ctx.read(trips.trip_carnets, today=self.ctx.today())
        self.carnet.blockSignals(True)
        self.carnet.clear()
        for choice in choices:
            label = self.tr("%1 — %2 — until %3")
            self.carnet.addItem(
                label.replace("%1", choice.number)
                .replace("%2", choice.holder)
                .replace("%3", style.date_text(choice.valid_until)),
                choice.id,
            )
        self.carnet.blockSignals(False)
        if not choices:
            self.verdict.warning(self.tr("No issued carnet is valid today."))
            self.pack_button.setEnabled(False)
            return
        index = self.carnet.findData(carnet_id) if carnet_id is not None else 0
        self.carnet.setCurrentIndex(max(0, index))
        self._carnet_changed()

    @Slot()
    def _carnet_changed(self) -> None:
        carnet_id = self.carnet.currentData()
        if carnet_id is None:
            return
        overview: TripOverview = self.ctx.read(trips.trip_overview, int(carnet_id))
        self.overview = overview
        self.destination.blockSignals(True)
        self.destination.clear()
        for code in overview.visits:
            self.destination.addItem(code, code)
        self.destination.blockSignals(False)
        self.transits.blockSignals(True)
        self.transits.clear()
        for code in overview.transits:
            item = QListWidgetItem(code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.transits.addItem(item)
        self.transits.blockSignals(False)
        self.transits.setEnabled(bool(overview.transits))
        if not overview.transits:
            self.transits.addItem(self.tr("(no transit country on this carnet)"))
            self.transits.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        if not self.declarant.text():
            self.declarant.setText(
                overview.representatives[0] if overview.representatives else overview.holder
            )
        self.items.blockSignals(True)
        self.items.setRowCount(0)
        for goods in overview.goods:
            row = self.items.rowCount()
            self.items.insertRow(row)
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            tick.setCheckState(Qt.CheckState.Unchecked)
            if not goods.at_home:
                tick.setFlags(Qt.ItemFlag.NoItemFlags)
            self.items.setItem(row, self.TICK, tick)
            number = QTableWidgetItem(str(goods.item_no))
            number.setData(Qt.ItemDataRole.UserRole, goods.item_no)
            self.items.setItem(row, self.ITEM, number)
            self.items.setItem(row, self.DESCRIPTION, QTableWidgetItem(goods.description))
            self.items.setItem(
                row, self.HOME, QTableWidgetItem(f"{goods.at_home} / {goods.pieces}")
            )
            spin = QSpinBox()
            spin.setRange(0, goods.at_home)
            spin.setValue(goods.at_home)
            spin.setEnabled(goods.at_home > 0)
            spin.valueChanged.connect(lambda _v: self._timer.start())
            self.items.setCellWidget(row, self.TRAVEL, spin)
        for row in range(self.items.rowCount()):
            for column in (self.ITEM, self.DESCRIPTION, self.HOME):
                fixed = cell(self.items, row, column)
                fixed.setFlags(fixed.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.items.blockSignals(False)
        self.check()

    def _tick_all(self, on: bool) -> None:
        self.items.blockSignals(True)
        for row in range(self.items.rowCount()):
            tick = cell(self.items, row, self.TICK)
            if tick.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                tick.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.items.blockSignals(False)
        self.check()

    def tick_items(self, numbers: list[int]) -> None:
        self.items.blockSignals(True)
        for row in range(self.items.rowCount()):
            item_no = cell(self.items, row, self.ITEM).data(Qt.ItemDataRole.UserRole)
            tick = cell(self.items, row, self.TICK)
            if tick.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                checked = item_no in numbers
                tick.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.items.blockSignals(False)
        self.check()

    # ------------------------------------------------------------------ the plan

    def request(self) -> TripRequest:
        chosen: list[tuple[int, int]] = []
        for row in range(self.items.rowCount()):
            if cell(self.items, row, self.TICK).checkState() != Qt.CheckState.Checked:
                continue
            spin = self.items.cellWidget(row, self.TRAVEL)
            quantity = spin.value() if isinstance(spin, QSpinBox) else 0
            item_no = int(cell(self.items, row, self.ITEM).data(Qt.ItemDataRole.UserRole))
            chosen.append((item_no, quantity))
        transits = tuple(
            self.transits.item(i).text()
            for i in range(self.transits.count())
            if self.transits.item(i).flags() & Qt.ItemFlag.ItemIsUserCheckable
            and self.transits.item(i).checkState() == Qt.CheckState.Checked
        )
        return TripRequest(
            destination=str(self.destination.currentData() or ""),
            items=tuple(chosen),
            transits=transits,
            round_trip=self.round_trip.isChecked(),
            departure=date_of(self.departure),
            declarant=self.declarant.text().strip(),
            place=self.place.text().strip(),
            intended_use_at=self.use_at.text().strip(),
            means_of_transport=self.transport.text().strip(),
            packaging=self.packaging.text().strip(),
        )

    @Slot()
    def check(self) -> TripPlan | None:
        self._timer.stop()
        if self.overview is None:
            return None
        try:
            plan: TripPlan = self.ctx.read(
                trips.plan_trip, self.overview.id, self.request(), today=self.ctx.today()
            )
        except UserError as exc:
            self.verdict.error(str(exc))
            return None
        self.plan = plan
        self.needs.setRowCount(0)
        for need in plan.needs:
            row = self.needs.rowCount()
            self.needs.insertRow(row)
            label = QTableWidgetItem(colour_name(need.colour))
            label.setToolTip(style.tr("Voucher", str(style.VOUCHER_LABELS[need.colour])))
            label.setIcon(swatch(style.VOUCHER_COLOURS[need.colour]))
            self.needs.setItem(row, 0, label)
            self.needs.setItem(row, 1, QTableWidgetItem(str(need.needed)))
            left = QTableWidgetItem(str(need.left))
            if not need.enough:
                left.setForeground(colours.readable(style.ERROR_HUE))
            self.needs.setItem(row, 2, left)
            self.needs.setItem(row, 3, QTableWidgetItem(need.sets))
        if plan.refusals:
            self.verdict.error("\n".join(f"• {r}" for r in plan.refusals))
        elif plan.warnings:
            self.verdict.warning("\n".join(f"• {w}" for w in plan.warnings))
        else:
            count = len(self.request().items)
            self.verdict.ok(
                i18n.plural(
                    self.tr("Enough vouchers for this trip; %Ln item(s) travel.", "", count), count
                )
            )
        self.pack_button.setEnabled(plan.ok)
        return plan

    @Slot()
    def make_pack(self) -> None:
        if self.overview is None:
            return
        self.pack_button.setEnabled(False)
        carnet_id, request, overlay = self.overview.id, self.request(), self.overlay.isChecked()
        render = partial(trips.render_trip_pack, today=self.ctx.today(), overlay=overlay)
        self.ctx.submit_read(
            render,
            carnet_id,
            request,
            on_done=self._pack_ready,
            on_error=self._pack_failed,
            label=self.tr("Preparing the trip pack…"),
        )

    def _pack_ready(self, pdf: bytes) -> None:
        from carnet_app.gui.print_preview import PrintPreviewDialog

        self.pack_button.setEnabled(True)
        assert self.overview is not None
        name = self.overview.number.replace("/", "-")
        PrintPreviewDialog.open_preview(
            self,
            pdf,
            title=self.tr("Trip pack — %1").replace("%1", self.overview.number),
            file_name=f"trip-pack-{name}.pdf",
        )

    def _pack_failed(self, exc: BaseException) -> None:
        self.pack_button.setEnabled(True)
        if isinstance(exc, UserError):
            self.verdict.error(str(exc))
        else:
            show_error(self, exc)

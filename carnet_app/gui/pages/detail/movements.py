"""The movements tab: the timeline of customs acts and goods events, each with the evidence
attached to it (a paperclip and a count; activating it shows those files), and where each
item is now, pieces per place."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGroupBox, QSplitter, QStyle, QVBoxLayout, QWidget

from carnet_app.domain.carnet_view import CarnetDetailView, ItemView
from carnet_app.domain.types import IN_USE_STATUSES, is_out_of_home
from carnet_app.gui import style
from carnet_app.gui.models import RecordColumn, RecordTableModel
from carnet_app.gui.pages.detail.common import (
    items_text,
    record_table,
)

if TYPE_CHECKING:
    from carnet_app.services.evidence import EvidenceView


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """One row of the timeline: a customs act on a voucher, or a goods event (no voucher)."""

    seq: int
    on: date
    action: str
    country: str | None
    voucher_text: str
    office: str
    reference: str
    final_date: date | None
    pieces: int
    items_text: str


PLACE_ORDER = {"home": 0, "en-route": 1, "disposed": 9, "transferred": 9}
Index = QModelIndex | QPersistentModelIndex


class TimelineModel(RecordTableModel[TimelineRow]):
    """The timeline's rows; the evidence column shows a paperclip and says which files."""

    EVIDENCE_COLUMN = 1

    def __init__(self, columns: list[RecordColumn[TimelineRow]], parent: QWidget) -> None:
        super().__init__(columns, parent)
        self.evidence: dict[int, list[str]] = {}
        self._clip = parent.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)

    def set_evidence(self, files_by_seq: dict[int, list[str]]) -> None:
        self.evidence = files_by_seq
        if self.rowCount():
            first = self.index(0, self.EVIDENCE_COLUMN)
            last = self.index(self.rowCount() - 1, self.EVIDENCE_COLUMN)
            self.dataChanged.emit(first, last)

    def files_at(self, row: int) -> list[str]:
        record = self.record_at(row)
        return self.evidence.get(record.seq, []) if record else []

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.EVIDENCE_COLUMN:
            files = self.files_at(index.row())
            if role == Qt.ItemDataRole.DisplayRole:
                return str(len(files)) if files else ""
            if role == Qt.ItemDataRole.DecorationRole:
                return self._clip if files else None
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(files) if files else None
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return (
                    self.tr("%n attachment(s): %1", "", len(files)).replace("%1", ", ".join(files))
                    if files
                    else self.tr("no attachment")
                )
        return super().data(index, role)


class MovementsTab(QSplitter):
    """Signals:
    evidence_requested(int): show the evidence attached to the movement with this number.
    """

    evidence_requested = Signal(int)

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self._today = today
        self._status = ""
        tr = self.tr
        self.model = TimelineModel(
            [
                RecordColumn(tr("#"), lambda r: r.seq, numeric=True),
                RecordColumn(tr("Evidence"), lambda r: 0),
                RecordColumn(tr("Date"), lambda r: r.on, lambda r: style.date_text(r.on)),
                RecordColumn(
                    tr("Action"), lambda r: r.action, lambda row: style.action_label(row.action)
                ),
                RecordColumn(tr("Country"), lambda r: r.country),
                RecordColumn(tr("Voucher"), lambda r: r.voucher_text),
                RecordColumn(tr("Customs office"), lambda r: r.office),
                RecordColumn(tr("Reference"), lambda r: r.reference),
                RecordColumn(
                    tr("Final date"),
                    lambda r: r.final_date,
                    lambda r: style.date_text(r.final_date),
                    colour=self._final_date_colour,
                ),
                RecordColumn(tr("Pieces"), lambda r: r.pieces, numeric=True),
                RecordColumn(tr("Items"), lambda r: r.items_text),
            ],
            self,
        )
        self.where_model: RecordTableModel[ItemView] = RecordTableModel([], self)
        timeline_box = QGroupBox(tr("Timeline"))
        self.timeline_view = record_table(self.model, stretch=10)
        self.timeline_view.setAccessibleName(tr("Timeline"))
        self.timeline_view.activated.connect(self._activated)
        self.timeline_view.doubleClicked.connect(self._activated)
        QVBoxLayout(timeline_box).addWidget(self.timeline_view)
        where_box = QGroupBox(tr("Where is each item (pieces per place)"))
        self.where_view = record_table(self.where_model, stretch=1)
        self.where_view.setAccessibleName(tr("Where is each item"))
        QVBoxLayout(where_box).addWidget(self.where_view)
        self.addWidget(timeline_box)
        self.addWidget(where_box)

    def fill(self, detail: CarnetDetailView) -> None:
        carnet = detail.carnet
        self._status = str(carnet.status)
        rows = [
            TimelineRow(
                seq=m.seq,
                on=m.date,
                action=m.action,
                country=m.country,
                voucher_text=f"{style.value_label('colour', m.voucher_colour)} {m.voucher_no}",
                office=m.office,
                reference=m.reference,
                final_date=m.final_date,
                pieces=sum(m.items.values()),
                items_text=items_text(m.items),
            )
            for m in carnet.movements
        ]
        rows += [
            TimelineRow(
                seq=e.seq,
                on=e.date,
                action=e.kind,
                country=e.country,
                voucher_text="—",
                office=str(e.said_document),
                reference="",
                final_date=None,
                pieces=sum(e.items.values()),
                items_text=items_text(e.items),
            )
            for e in carnet.events
        ]
        rows.sort(key=lambda row: row.seq)
        self.model.set_records(rows)
        self._fill_where(carnet.items)

    def clear(self) -> None:
        """Nothing of any carnet."""
        self._status = ""
        self.model.set_records([])
        self.model.set_evidence({})
        self.where_model.set_records([], [])

    def show_evidence(self, views: list[EvidenceView]) -> None:
        """The files attached to each movement, beside it in the timeline."""
        by_seq: dict[int, list[str]] = {}
        for view in views:
            if view.movement_seq is not None:
                by_seq.setdefault(view.movement_seq, []).append(view.file_name)
        self.model.set_evidence(by_seq)

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        record = self.model.record_at(index.row())
        if record is not None and self.model.files_at(index.row()):
            self.evidence_requested.emit(record.seq)

    def _fill_where(self, items: Sequence[ItemView]) -> None:
        places: list[str] = []
        for item in items:
            for place in item.where:
                if place not in places:
                    places.append(place)
        places.sort(key=lambda p: (PLACE_ORDER.get(p, 5 if p.startswith("transit-") else 2), p))
        columns: list[RecordColumn[ItemView]] = [
            RecordColumn(self.tr("Item"), lambda r: r.item_no, numeric=True),
            RecordColumn(self.tr("Description"), lambda r: r.description),
            RecordColumn(self.tr("Pieces"), lambda r: r.pieces, numeric=True),
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
        self.where_model.set_records(items, columns)

    def _final_date_colour(self, row: TimelineRow) -> QColor | None:
        final = row.final_date
        if final is None:
            return None
        if self._status not in IN_USE_STATUSES:
            return None  # returned, discharged, cancelled: the final dates no longer press
        days = (final - self._today()).days
        return style.urgency_colour(
            "overdue" if days < 0 else "this week" if days <= 7 else "this month"
        )


def _quantity_at(item: ItemView, place: str) -> int:
    return item.where.get(place, 0)


def _quantity_text(item: ItemView, place: str) -> str:
    quantity = _quantity_at(item, place)
    return str(quantity) if quantity else "·"


def _place_colour(item: ItemView, place: str) -> QColor | None:
    if not _quantity_at(item, place):
        return style.status_colour("cancelled")
    if is_out_of_home(place):
        return style.status_colour("issued")
    return None

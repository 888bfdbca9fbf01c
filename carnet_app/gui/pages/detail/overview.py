"""The overview tab: validity, holder and use, value, security and fees, as labelled fields in
a page that scrolls when a small screen or a longer language needs more height."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QWidget,
)

from carnet_app.domain.carnet_view import CarnetDetailView, ItineraryStopView
from carnet_app.domain.types import ItineraryKind
from carnet_app.gui import colours, style


class OverviewTab(QScrollArea):
    """The carnet's facts, in titled groups; ``fields`` maps each fact's key to the label
    showing it (``fill`` writes them from a carnet's detail view)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tr = self.tr
        page = QWidget()
        grid = QGridLayout(page)
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
            # a long label or value wraps under its name rather than being cut
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for key, label in names:
                value = QLabel()
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                name = QLabel(label)
                name.setObjectName("FieldName")
                name.setBuddy(value)
                value.setAccessibleName(label)
                form.addRow(name, value)
                self.fields[key] = value
            row, column = ((0, 0), (0, 1), (1, 0))[position]
            grid.addWidget(box, row, column, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)
        self.setWidget(page)

    def fill(self, detail: CarnetDetailView) -> None:
        tr = self.tr
        d = detail.carnet
        status = d.status
        currency = d.currency
        days = detail.days_left
        f = self.fields
        f["status"].setText(style.status_label(status))
        window = colours.role(QPalette.ColorRole.Window)
        f["status"].setStyleSheet(f"color: {style.status_colour(status, window).name()};")
        f["days_left"].setText("" if days is None else str(days))
        f["issued_on"].setText(style.date_text(d.issued_on))
        f["valid_until"].setText(style.date_text(d.valid_until))
        holder = d.holder
        f["holder"].setText(f"{holder.name} ({holder.country})")
        f["address"].setText(holder.address)
        f["representatives"].setText(", ".join(d.representatives) or "—")
        uses = ", ".join(style.use_text(use) for use in d.uses)
        if d.use_description:
            uses += f" — {d.use_description}"
        if d.event:
            uses += f" ({d.event})"
        f["uses"].setText(uses)
        f["itinerary"].setText(", ".join(self._stop_text(stop) for stop in d.itinerary))
        f["total_value"].setText(style.money_text(d.total_value, currency))
        f["total_pieces"].setText(style.count_text(d.total_pieces))
        security = style.money_text(d.security, currency)
        if security and d.security_form:
            security += f" ({style.value_label('security', d.security_form)})"
        f["security"].setText(security or "—")
        f["fees"].setText(style.money_text(d.fees, currency) or "—")
        f["format"].setText(style.value_label("format", d.format))
        f["eata_id"].setText(d.eata_id or "—")
        kind = style.value_label("kind", d.kind) + (
            f" — {tr('follows')} {d.follows}" if d.follows else ""
        )
        f["kind"].setText(kind)
        f["returned_on"].setText(style.date_text(d.returned_on) or "—")
        f["discharged_on"].setText(style.date_text(d.discharged_on) or "—")
        f["claim_window"].setText(style.date_text(d.claim_window_closes) or "—")

    def clear(self) -> None:
        """Nothing of any carnet."""
        for label in self.fields.values():
            label.clear()
        self.fields["status"].setStyleSheet("")

    def _stop_text(self, stop: ItineraryStopView) -> str:
        kind = self.tr("transit") if stop.kind is ItineraryKind.TRANSIT else self.tr("visit")
        times = stop.times
        return f"{stop.country} ({kind}{' ×' + str(times) if times > 1 else ''})"

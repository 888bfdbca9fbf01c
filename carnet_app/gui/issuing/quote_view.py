"""The quote as a clerk reads it to the holder: the voucher plan line by line, the security
with its explanation, the fee lines and total, the carnet format the itinerary needs, and what
is refused or should be told."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carnet_app.gui import style
from carnet_app.gui.issuing.common import (
    InlineMessage,
    colour_name,
    money,
    section_title,
    swatch,
    tr,
)
from carnet_app.services.drafts import Quote

FORMAT_LABELS = {
    "paper": QT_TRANSLATE_NOOP("Issuing", "Paper"),
    "digital": QT_TRANSLATE_NOOP("Issuing", "Digital (eATA)"),
    "both": QT_TRANSLATE_NOOP("Issuing", "Both: paper and digital"),
}


def format_label(value: str) -> str:
    return tr(str(FORMAT_LABELS.get(value, value)))


def _table(columns: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setTabKeyNavigation(False)
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(26)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setShowGrid(False)
    table.setWordWrap(True)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(columns)):
        table.horizontalHeader().setSectionResizeMode(
            column, QHeaderView.ResizeMode.ResizeToContents
        )
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return table


def _cell(text: str, *, right: bool = False, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    return item


def _fit_height(table: QTableWidget) -> None:
    """No inner scrolling: the table is as tall as its rows (wrapped to the current width)."""
    table.resizeRowsToContents()
    height = table.horizontalHeader().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(row) for row in range(table.rowCount()))
    table.setFixedHeight(height + 2)


class QuoteView(QWidget):
    """Shows one ``Quote``; ``show_quote(None, reason)`` says why there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refusals = InlineMessage()
        self.warnings = InlineMessage()
        self.schedule = QLabel()
        self.schedule.setObjectName("PageSubtitle")
        self.schedule.setWordWrap(True)

        self.vouchers = _table([self.tr("Voucher plan"), self.tr("Sets")])
        self.voucher_totals = QLabel()
        self.format_value = QLabel()
        self.format_value.setObjectName("GroupTitle")
        self.format_explanation = QLabel()
        self.format_explanation.setWordWrap(True)

        self.security_amount = QLabel()
        self.security_amount.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.security_explanation = QLabel()
        self.security_explanation.setWordWrap(True)
        self.security_lines = _table([self.tr("Destination"), self.tr("Rate"), self.tr("Amount")])
        self.fees = _table(
            [self.tr("Fee"), self.tr("Quantity"), self.tr("Unit price"), self.tr("Amount")]
        )
        self.fees_total = QLabel()
        self.fees_total.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.fees_total.setAlignment(Qt.AlignmentFlag.AlignRight)

        left = QVBoxLayout()
        left.addWidget(section_title(self.tr("Voucher sets")))
        left.addWidget(self.vouchers)
        left.addWidget(self.voucher_totals)
        left.addSpacing(10)
        left.addWidget(section_title(self.tr("Carnet format")))
        left.addWidget(self.format_value)
        left.addWidget(self.format_explanation)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(section_title(self.tr("Security")))
        right.addWidget(self.security_amount)
        right.addWidget(self.security_explanation)
        right.addWidget(self.security_lines)
        right.addSpacing(10)
        right.addWidget(section_title(self.tr("Fees")))
        right.addWidget(self.fees)
        right.addWidget(self.fees_total)
        right.addStretch(1)

        columns = QGridLayout()
        columns.setHorizontalSpacing(24)
        columns.addLayout(left, 0, 0)
        divider = QFrame()
        divider.setFrameShape(QFrame.Shape.VLine)
        columns.addWidget(divider, 0, 1)
        columns.addLayout(right, 0, 2)
        columns.setColumnStretch(0, 2)
        columns.setColumnStretch(2, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.refusals)
        layout.addWidget(self.warnings)
        layout.addLayout(columns, 1)
        layout.addWidget(self.schedule)
        self.quote: Quote | None = None

    def show_quote(self, quote: Quote | None, reason: str = "") -> None:
        self.quote = quote
        if quote is None:
            self.refusals.error(self.tr("No quote yet: %1").replace("%1", reason))
            self.warnings.clear_message()
            for table in (self.vouchers, self.security_lines, self.fees):
                table.setRowCount(0)
            for label in (
                self.voucher_totals,
                self.format_value,
                self.format_explanation,
                self.security_amount,
                self.security_explanation,
                self.fees_total,
                self.schedule,
            ):
                label.clear()
            return
        currency = quote.currency
        if quote.refusals:
            self.refusals.error(
                self.tr("Refused — the carnet cannot be issued like this:")
                + "\n• "
                + "\n• ".join(quote.refusals)
            )
        else:
            self.refusals.clear_message()
        if quote.warnings:
            self.warnings.warning(
                self.tr("To tell the holder:") + "\n• " + "\n• ".join(quote.warnings)
            )
        else:
            self.warnings.clear_message()

        self.vouchers.setRowCount(0)
        for plan_line in quote.voucher_plan:
            colour = plan_line.colour.value
            row = self.vouchers.rowCount()
            self.vouchers.insertRow(row)
            plan_item = _cell(f"{colour_name(colour)}: {plan_line.what}")
            plan_item.setIcon(swatch(style.VOUCHER_COLOURS.get(colour, "#ffffff")))
            self.vouchers.setItem(row, 0, plan_item)
            self.vouchers.setItem(row, 1, _cell(plan_line.sets_text, right=True))
        _fit_height(self.vouchers)
        totals = [
            f"{style.tr('Voucher', str(style.VOUCHER_LABELS[colour.value]))}: {sets}"
            for colour, sets in quote.voucher_sets.items()
            if sets
        ]
        self.voucher_totals.setText(self.tr("Sets to issue — ") + "; ".join(totals))

        self.format_value.setText(format_label(quote.format_needed.value))
        self.format_explanation.setText(quote.format_explanation)

        security = quote.security
        self.security_amount.setText(money(security.amount, security.currency))
        # the rule alone: the amounts it led to are above and below, in the desk's format
        self.security_explanation.setText(self.tr("Rule: %1").replace("%1", security.rule))
        self.security_lines.setRowCount(0)
        for line in security.per_destination:
            row = self.security_lines.rowCount()
            self.security_lines.insertRow(row)
            where = _cell(f"{line.country} — {self._kind(line.kind.value)}")
            where.setToolTip(line.rule)
            self.security_lines.setItem(row, 0, where)
            self.security_lines.setItem(
                row, 1, _cell(style.number_text(line.percent.normalize(), "%"), right=True)
            )
            self.security_lines.setItem(row, 2, _cell(money(line.amount, currency), right=True))
        self.security_lines.setVisible(bool(security.per_destination))
        _fit_height(self.security_lines)

        self.fees.setRowCount(0)
        for fee in quote.fees.lines:
            row = self.fees.rowCount()
            self.fees.insertRow(row)
            self.fees.setItem(row, 0, _cell(fee.label))
            self.fees.setItem(row, 1, _cell(style.count_text(fee.quantity), right=True))
            self.fees.setItem(row, 2, _cell(money(fee.unit_price, currency), right=True))
            self.fees.setItem(row, 3, _cell(money(fee.amount, currency), right=True))
        _fit_height(self.fees)
        self.fees_total.setText(
            self.tr("Total fees: %1").replace("%1", money(quote.fees.total, quote.fees.currency))
        )
        self.schedule.setText(
            self.tr("Quoted on %1 with the schedule “%2”.")
            .replace("%1", style.date_text(quote.quoted_on))
            .replace("%2", quote.schedule_name)
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for table in (self.vouchers, self.security_lines, self.fees):
            _fit_height(table)

    def _kind(self, kind: str) -> str:
        return self.tr("transit") if kind == "transit" else self.tr("visit")

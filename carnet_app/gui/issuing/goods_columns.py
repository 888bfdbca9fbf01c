"""The general list's columns: which field each shows, their titles and tips, how a cell
shows its number, its heading and its problems, and how a table view of the list is laid
out."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

from carnet_app.gui import style
from carnet_app.gui.issuing.common import tr
from carnet_app.services.drafts import Column, Problem, Severity


class Col(IntEnum):
    ITEM = 0
    DESCRIPTION = 1
    SERIAL = 2
    PIECES = 3
    WEIGHT = 4
    VALUE = 5
    ORIGIN = 6


FIELDS: dict[Col, str] = {
    Col.DESCRIPTION: "description",
    Col.SERIAL: "serial",
    Col.PIECES: "pieces",
    Col.WEIGHT: "weight",
    Col.VALUE: "value",
    Col.ORIGIN: "origin",
}
CHECK_COLUMNS: dict[Column, Col] = {
    Column.DESCRIPTION: Col.DESCRIPTION,
    Column.SERIAL: Col.SERIAL,
    Column.PIECES: Col.PIECES,
    Column.WEIGHT: Col.WEIGHT,
    Column.VALUE: Col.VALUE,
    Column.ORIGIN: Col.ORIGIN,
}
NUMERIC = (Col.ITEM, Col.PIECES, Col.WEIGHT, Col.VALUE)


def shown_number(column: Col, text: str) -> str:
    """A number cell as the desk writes numbers (``17 800``, ``0,5`` and ``1 200,00`` in
    French); the cell keeps the typed text for editing. Text that is not a number is shown as
    typed (the check marks it)."""
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        return text
    if not value.is_finite():
        return text
    return style.money_text(value) if column == Col.VALUE else style.number_text(value)


def column_title(column: Col, weight_unit: str, currency: str) -> str:
    titles = {
        Col.ITEM: tr("Item"),
        Col.DESCRIPTION: tr("Trade description (make, model)"),
        Col.SERIAL: tr("Serial No / marks"),
        Col.PIECES: tr("Pieces"),
        Col.WEIGHT: tr("Weight (%1)").replace("%1", weight_unit),
        Col.VALUE: tr("Value (%1)").replace("%1", currency) if currency else tr("Value"),
        Col.ORIGIN: tr("Origin"),
    }
    return titles[column]


def header_tip(column: Col) -> str:
    tips = {
        Col.ITEM: tr("Item numbers follow the order of the lines (1..N)."),
        Col.DESCRIPTION: tr(
            "Describe each article: make, model, what it is. Customs refuse vague words "
            "such as 'various', 'assorted' or 'accessories'."
        ),
        Col.SERIAL: tr('Serial number, or "NSN" when the article has none.'),
        Col.PIECES: tr("Number of pieces (a whole number)."),
        Col.WEIGHT: tr("Weight of the line, in the unit chosen for the list."),
        Col.VALUE: tr("Commercial value of the line in the carnet currency."),
        Col.ORIGIN: tr("Country of origin: ISO two-letter code (DE, JP, US...)."),
    }
    return tips[column]


HEADER_PADDING = 20  # the header section's margins
COLUMN_WIDTHS = {
    Col.ITEM: 52,
    Col.SERIAL: 150,
    Col.PIECES: 64,
    Col.WEIGHT: 96,
    Col.VALUE: 120,
    Col.ORIGIN: 64,
}


def configure_goods_view(view: QTableView) -> None:
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(Col.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    # a title longer than its column ends in "…" (its tip says it whole), never cut at both
    # ends; a narrow column widens to its translated title, up to twice its usual width
    header.setTextElideMode(Qt.TextElideMode.ElideRight)
    header.ensurePolished()  # the stylesheet's header font, which may be bold
    font = QFont(header.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    model = view.model()
    for column, width in COLUMN_WIDTHS.items():
        title = model.headerData(column, Qt.Orientation.Horizontal) if model else ""
        needed = metrics.horizontalAdvance(str(title or "")) + HEADER_PADDING
        view.setColumnWidth(column, max(width, min(needed, 2 * width)))


def heading_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def worst_severity(problems: Sequence[Problem]) -> Severity | None:
    """The colour a cell takes: error over warning."""
    if any(p.severity is Severity.ERROR for p in problems):
        return Severity.ERROR
    if problems:
        return Severity.WARNING
    return None


def problems_tip(problems: Sequence[Problem]) -> str:
    """A cell's tip: each problem, one a line."""
    lines = []
    for problem in problems:
        word = tr("Error") if problem.severity is Severity.ERROR else tr("Warning")
        lines.append(f"{word}: {problem.message}")
    return "\n".join(lines)

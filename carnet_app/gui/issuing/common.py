"""Small pieces the issuing screens share: inline messages, section titles, country pickers,
money and number text, HTML escaping, and the colours of problems."""

from __future__ import annotations

import html
from collections.abc import Iterable
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from carnet_app.gui import colours, i18n, style
from carnet_app.gui.widgets import date_edit as date_edit
from carnet_app.gui.widgets import date_of as date_of


# Problem colours: a hue washed into the palette's base, its text readable on it (any theme).
def ERROR_BACKGROUND() -> QColor:
    return colours.tint(style.ERROR_HUE)


def ERROR_TEXT() -> QColor:
    return colours.readable(style.ERROR_HUE, ERROR_BACKGROUND())


def WARNING_BACKGROUND() -> QColor:
    return colours.tint(style.WARNING_HUE)


def WARNING_TEXT() -> QColor:
    return colours.readable(style.WARNING_HUE, WARNING_BACKGROUND())


def OK_BACKGROUND() -> QColor:
    return colours.tint(style.OK_HUE)


def OK_TEXT() -> QColor:
    return colours.readable(style.OK_HUE, OK_BACKGROUND())


COLOUR_NAMES = {
    "yellow": QT_TRANSLATE_NOOP("Issuing", "Yellow"),
    "white": QT_TRANSLATE_NOOP("Issuing", "White"),
    "blue": QT_TRANSLATE_NOOP("Issuing", "Blue"),
}


def colour_name(colour: str) -> str:
    return tr(str(COLOUR_NAMES.get(colour, colour)))


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """TEXT in the desk's language; with N, the plural form for N (``%Ln`` is N, grouped)."""
    return QCoreApplication.translate("Issuing", text, disambiguation, n)


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def money(amount: Decimal | None, currency: str = "") -> str:
    if amount is None:
        return ""
    return style.money_text(amount.quantize(Decimal("0.01")), currency)


def number(amount: Decimal) -> str:
    """A weight or quantity without trailing zeros, grouped for reading (``1 234.5``)."""
    text = format(amount, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return style.number_text(Decimal(text or "0"))


class InlineMessage(QLabel):
    """A coloured, word-wrapped message line (error, warning, ok); hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)
        self.kind = ""

    def show_message(self, kind: str, text: str) -> None:
        self.kind = kind
        self.setObjectName(
            {"error": "InlineError", "warning": "InlineWarning"}.get(kind, "InlineOk")
        )
        self.setText(text)
        self.setVisible(bool(text))
        self.style().unpolish(self)
        self.style().polish(self)

    def error(self, text: str) -> None:
        self.show_message("error", text)

    def warning(self, text: str) -> None:
        self.show_message("warning", text)

    def ok(self, text: str) -> None:
        self.show_message("ok", text)

    def clear_message(self) -> None:
        self.kind = ""
        self.setText("")
        self.setVisible(False)


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("GroupTitle")
    return label


def hint(text: str, *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setObjectName("PageSubtitle")
    return label


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def country_combo(choices: Iterable[tuple[str, str]], *, blank: str = "") -> QComboBox:
    """An editable country picker: type the code or the name, the completer finds it."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItem("", "")
    line = combo.lineEdit()
    if line is not None and blank:
        line.setPlaceholderText(blank)
    for code, name in choices:
        combo.addItem(f"{code} — {i18n.country_name(name)}", code)
    completer = combo.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.setMinimumContentsLength(18)
    return combo


def set_country(combo: QComboBox, code: str) -> None:
    index = combo.findData(code.upper()) if code else 0
    combo.setCurrentIndex(max(0, index))


def country_of(combo: QComboBox) -> str:
    """The code picked or typed ("CH", "ch", "CH — Switzerland", "Switzerland")."""
    text = combo.currentText().strip()
    if not text:
        return ""
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    if index >= 0 and combo.itemData(index):
        return str(combo.itemData(index))
    first = text.split()[0].upper()
    if len(first) == 2 and combo.findData(first) >= 0:
        return first
    for row in range(combo.count()):
        label = combo.itemText(row)
        if "—" in label and label.split("—", 1)[1].strip().lower() == text.lower():
            return str(combo.itemData(row))
    return first if len(first) == 2 and first.isalpha() else ""


def swatch(colour: str, size: int = 14) -> QIcon:
    """A small filled square with a border (white vouchers stay visible on white)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    painter = QPainter(pixmap)
    painter.setPen(colours.role(QPalette.ColorRole.Mid))
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return QIcon(pixmap)


def text_html(text: str) -> str:
    """Plain text as HTML, line breaks kept."""
    return "<br>".join(esc(line) for line in text.splitlines())


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item at a cell (created empty when the cell has none)."""
    item = table.item(row, column)
    if item is None:
        item = QTableWidgetItem()
        table.setItem(row, column, item)
    return item


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    """A row of buttons on the left, the rest of the line left empty."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def save_row(button: QPushButton, message: QLabel) -> QHBoxLayout:
    """A settings page's last row: its message, then its Save button on the right."""
    button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    row = QHBoxLayout()
    row.addWidget(message, 1)
    row.addStretch(0)
    row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
    return row

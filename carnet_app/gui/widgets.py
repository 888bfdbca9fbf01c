"""Widgets several pages share: the empty state that says what to do next, a layout that
wraps its widgets onto more lines when the window is narrow (the list's filter bar), and the
date field every dialog uses."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import (
    QDate,
    QMargins,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carnet_app.gui import colours, i18n


class VisibleCheckDelegate(QStyledItemDelegate):
    """Check boxes in a table whose outline reads on every row colour (Fusion draws it from
    the window colour, which in a dark palette is the row's own base colour)."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        window = colours.window_for_visible_checks(option.palette)
        option.palette.setColor(QPalette.ColorRole.Window, window)  # every colour group


class EmptyState(QWidget):
    """A sentence saying why there is nothing and the buttons that do the next step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EmptyState")
        self.text = QLabel()
        self.text.setObjectName("EmptyStateText")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.buttons: list[QPushButton] = []
        self._row = QHBoxLayout()
        self._row.addStretch(1)
        self._row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.text)
        layout.addLayout(self._row)
        layout.addStretch(2)

    def show_message(self, text: str, actions: Sequence[tuple[str, Callable[[], object]]]) -> None:
        self.text.setText(text)
        for button in self.buttons:
            self._row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for position, (label, slot) in enumerate(actions, start=1):
            button = QPushButton(label)
            button.clicked.connect(lambda _c=False, s=slot: s())
            self._row.insertWidget(position, button)
            self.buttons.append(button)
        if self.buttons:
            self.buttons[0].setDefault(True)


class FlowLayout(QLayout):
    """Left to right, wrapping onto a new line when the width runs out (Qt's flow layout
    example). A widget's stretch is ignored; each takes its size hint."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():  # hidden on purpose, not "not shown yet"
                continue
            hint = item.sizeHint()
            if widget is not None and widget.sizePolicy().horizontalPolicy() in (
                QSizePolicy.Policy.Expanding,
                QSizePolicy.Policy.MinimumExpanding,
            ):
                # a growing field (the search) takes a third of the line, at least its hint
                hint = QSize(max(hint.width(), area.width() // 3), hint.height())
            hint = hint.boundedTo(QSize(area.width(), hint.height()))
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x, y = area.x(), y + line_height + self._spacing
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


__all__ = ["EmptyState", "FlowLayout", "widen_to_titles"]


def date_edit(value: date, *, maximum: date | None = None) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setDisplayFormat(i18n.date_format())
    edit.setCalendarPopup(True)
    if maximum is not None:
        edit.setMaximumDate(QDate(maximum.year, maximum.month, maximum.day))
    return edit


def date_of(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def widen_to_titles(view: QTableView, widths: dict[int, int]) -> None:
    """Give each column of WIDTHS its usual width, or more when its (translated) title needs
    it: French titles are longer and a column title is never cut."""
    header = view.horizontalHeader()
    header.ensurePolished()  # the stylesheet's header font and padding
    for column, width in widths.items():
        view.setColumnWidth(column, max(width, header.sectionSizeFromContents(column).width()))

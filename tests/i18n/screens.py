"""Reading what a screen shows: every text of its labels, buttons, tabs, menus, headers, and
the catalogue's English sources with their French."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QTableView,
    QTabWidget,
    QWidget,
    QWizard,
    QWizardPage,
)

from carnet_app.gui.i18n import catalogue_dir


@cache
def french_catalogue() -> dict[str, str]:
    """English source -> French, for every finished message of carnet_fr.ts."""
    tree = ET.parse(catalogue_dir() / "carnet_fr.ts")
    found: dict[str, str] = {}
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is not None and translation.text and translation.get("type") is None:
            found.setdefault(source, translation.text)
    return found


def _menu_texts(menu: QMenu) -> Iterator[str]:
    for action in menu.actions():
        if action.text():
            yield action.text()
        if action.menu() is not None:
            yield from _menu_texts(action.menu())  # type: ignore[arg-type]


def shown_texts(root: QWidget) -> list[str]:
    """The texts a person can read on ROOT and its children (hidden pages included)."""
    texts: list[str] = [root.windowTitle()]
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts += [widget.text(), widget.toolTip()]
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i).split("  (")[0] for i in range(widget.count())]
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QWizardPage):
            texts += [widget.title(), widget.subTitle()]
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts += [
                str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                for column in range(model.columnCount())
            ]
        if isinstance(widget, QWizard):
            texts += [widget.buttonText(button) for button in QWizard.WizardButton]
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            texts.append(action.text())
            if action.menu() is not None:
                texts += list(_menu_texts(action.menu()))  # type: ignore[arg-type]
    return [text for text in texts if text and text.strip()]


def still_english(root: QWidget) -> list[str]:
    """Texts on ROOT that are English sources of the catalogue whose French differs."""
    catalogue = french_catalogue()
    return sorted(
        {text for text in shown_texts(root) if text in catalogue and catalogue[text] != text}
    )

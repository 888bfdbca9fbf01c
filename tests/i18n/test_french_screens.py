"""The French desk shows no English sentence from the services: the main screens (dashboard
alerts, the list, every tab of carnets with alerts and history, the management charts) are
walked on demo data and every visible text is checked against the English words of the message
catalogue (a phrase said differently in French must not appear in its English form)."""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)

from carnet_app.domain.alerts import AlertKind
from carnet_app.domain.catalogue import CATALOGUE
from carnet_app.gui import i18n
from carnet_app.gui.context import DeskContext
from carnet_app.gui.main_window import MainWindow
from carnet_app.gui.pages.carnet_detail import TABS
from carnet_app.services import deadlines, views
from tests.gui.conftest import TODAY

Language = Callable[[str], i18n.InstalledLanguage]
ROWS_READ = 300  # rows of each table read (the dashboard's page, the list's first screens)
RAW_CODE = re.compile(r"^[a-z]+(?:-[a-z]+)*(?:\.[a-z]+(?:-[a-z]+)*)+$")


def english_phrases() -> dict[str, str]:
    """Each literal phrase (two words or more) of an English template that the French template
    does not share, with its code: seeing it on a French screen means an untranslated message."""
    phrases: dict[str, str] = {}
    for code, words in CATALOGUE.items():
        french = words["fr"]
        for literal, *_ in string.Formatter().parse(words["en"]):
            phrase = literal.strip(" :;,.()!?\"'")
            if len(re.findall(r"[A-Za-z]{2,}", phrase)) >= 2 and phrase not in french:
                phrases.setdefault(phrase, code)
    return phrases


def test_the_english_phrases_cover_the_catalogue() -> None:
    phrases = english_phrases()
    assert "carnet expires on" in phrases
    assert phrases["a carnet counts under each of its destinations"].startswith("management.")
    assert len(set(phrases.values())) > len(CATALOGUE) // 2


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every visible label, button, group, tab, combo entry and table cell."""
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        name = f"{type(widget).__name__}:{widget.objectName() or widget.accessibleName()}"
        if isinstance(widget, QLabel):
            yield name, widget.text()
            yield name, widget.toolTip()
        elif isinstance(widget, QAbstractButton):
            yield name, widget.text()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield name, widget.tabText(index)
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield name, widget.itemText(index)
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from cells(name, widget.model())


def cells(name: str, model: QAbstractItemModel) -> Iterator[tuple[str, str]]:
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
    for column in range(columns):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        yield name, str(header or "")
        for row in range(min(model.rowCount(), ROWS_READ)):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    yield f"{name}[{row},{column}]", value


ALERT_KINDS = {kind.value for kind in AlertKind}


def english_seen(root: QWidget, phrases: dict[str, str]) -> list[str]:
    found = []
    for where, text in visible_texts(root):
        if text in ALERT_KINDS:
            found.append(f"{where}: the alert kind {text!r} as a code")
        for phrase, code in phrases.items():
            if phrase in text:
                found.append(f"{where}: {text!r} has the English of {code} ({phrase!r})")
    return found


def carnets_to_walk(ctx: DeskContext) -> list[str]:
    """Carnets whose tabs say the most: with alerts of every kind, and with a claim."""

    def pick(session: Any) -> list[str]:
        numbers: dict[str, None] = {}
        kinds: set[str] = set()
        for alert in deadlines.alerts(session, today=TODAY, within_days=400):
            if alert.kind.value not in kinds:
                kinds.add(alert.kind.value)
                numbers[alert.carnet] = None
        for row in views.list_carnets(session, status="claim")[:1]:
            numbers[str(row.number)] = None
        return list(numbers)

    return ctx.read(pick)


def test_the_french_desk_shows_no_english_message(
    ctx: DeskContext, qtbot: Any, language: Language
) -> None:
    language("fr")
    phrases = english_phrases()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    window.start()
    problems: list[str] = []
    for page in ("dashboard", "list", "management"):
        window.show_page(page)
        qtbot.wait(1)
        if page == "dashboard":  # deadlines and notices: both tabs
            tabs = window.dashboard.findChild(QTabWidget)
            for index in range(tabs.count() if tabs else 0):
                assert tabs is not None
                tabs.setCurrentIndex(index)
                problems += english_seen(window, phrases)
        problems += english_seen(window, phrases)
    numbers = carnets_to_walk(ctx)
    assert len(numbers) >= 3, "the demo data should give carnets with alerts and a claim"
    history_actions: list[str] = []
    for number in numbers:
        window.open_carnet_number(number, "overview")
        for tab in TABS:
            window.detail.tabs.setCurrentIndex(TABS.index(tab))
            qtbot.wait(1)
            problems += english_seen(window, phrases)
        model = window.detail.history.model
        history_actions += [str(model.index(row, 2).data()) for row in range(model.rowCount())]
    assert history_actions, "the walked carnets should have a history"
    problems += [f"history action as a code: {a!r}" for a in history_actions if RAW_CODE.match(a)]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("code", ["alert.final-date", "management.counts-per-destination"])
def test_a_phrase_the_test_looks_for_is_really_english(code: str) -> None:
    english = CATALOGUE[code]["en"]
    assert any(phrase in english for phrase in english_phrases())

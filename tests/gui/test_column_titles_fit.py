"""Column titles and navigation items shown whole at 1024×640 in English, French and the
pseudo-translation (40 % longer): the carnet list, the settings dialog on each of its pages
(its navigation too) and every step of the issuing wizard. A title long by design (the general
list's description) may end in "…" when its tip says it whole."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget

from carnet_app.gui import i18n, style
from carnet_app.gui.context import DeskContext
from carnet_app.gui.issuing.settings_dialog import SettingsDialog
from carnet_app.gui.issuing.wizard import IssuingWizard
from carnet_app.gui.main_window import MainWindow
from carnet_app.services import drafts
from tests.gui.clipping import clipped_headers, clipped_list_items

LANGUAGES = pytest.mark.parametrize("code", ["en", "fr", i18n.PSEUDO])


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], object]]:
    """The desk as it runs: its stylesheet (11 pt navigation, bold titles) and a language."""
    default, sheet = QLocale(), qapp.styleSheet()
    style.install(qapp)
    yield lambda code: i18n.install_language(code, qapp)
    i18n.install_language("en", qapp)
    QLocale.setDefault(default)
    qapp.setStyleSheet(sheet)


def at_1024(widget: QWidget) -> None:
    widget.resize(1024, 640)
    widget.show()
    QApplication.processEvents()
    widget.resize(1024, 640)
    QApplication.processEvents()


@LANGUAGES
def test_the_carnet_list_shows_its_column_titles_whole(
    ctx: DeskContext, qtbot: Any, language: Callable[[str], object], code: str
) -> None:
    language(code)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.start()
    window.show_page("list")
    at_1024(window)
    assert clipped_headers(window.list_page.table) == []
    assert clipped_list_items(window) == []


@LANGUAGES
def test_the_settings_dialog_shows_every_page_name_and_title_whole(
    ctx: DeskContext, qtbot: Any, language: Callable[[str], object], code: str
) -> None:
    language(code)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    at_1024(dialog)
    for row in range(dialog.navigation.count()):
        dialog.navigation.setCurrentRow(row)
        name = dialog.navigation.item(row).text()
        assert clipped_list_items(dialog) == [], name
        assert clipped_headers(dialog) == [], name


@LANGUAGES
def test_every_wizard_step_shows_its_column_titles_whole(
    ctx: DeskContext, qtbot: Any, language: Callable[[str], object], code: str
) -> None:
    language(code)
    wizard = IssuingWizard(ctx, ctx.read(drafts.issuing_desk))
    qtbot.addWidget(wizard)
    at_1024(wizard)
    for page_id in wizard.pageIds():
        wizard.setStartId(page_id)
        wizard.restart()
        at_1024(wizard)
        title = wizard.currentPage().title()
        assert clipped_headers(wizard) == [], title
        assert clipped_list_items(wizard) == [], title


@LANGUAGES
def test_every_tab_of_a_carnet_shows_its_column_titles_whole(
    ctx: DeskContext, qtbot: Any, language: Callable[[str], object], code: str
) -> None:
    from carnet_app.services import desk, views

    language(code)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.start()
    number = str(ctx.read(views.list_carnets, status="active")[0].number)
    window.detail.show_carnet(ctx.read(desk.carnet_id_of, number))
    window.show_page("detail")
    at_1024(window)
    tabs = window.detail.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert clipped_headers(tabs.currentWidget()) == [], tabs.tabText(index)

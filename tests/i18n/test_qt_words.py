"""French done right for Qt's own words: the standard buttons come from Qt's catalogue, never
from ours by a context-free fallback ("Open" is « Ouvrir », not the claim status « En cours »),
and Help stays the last menu, found by its object, not its text."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from carnet_app.gui import i18n
from carnet_app.gui.context import DeskContext
from carnet_app.gui.main_window import MainWindow

Language = Callable[[str], i18n.InstalledLanguage]


def test_the_standard_open_button_reads_ouvrir(language: Language, qtbot: Any) -> None:
    language("fr")
    assert QCoreApplication.translate("Value", "Open") == "En cours"  # the claim status
    box = QMessageBox()
    qtbot.addWidget(box)
    box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Open).text().replace("&", "") == "Ouvrir"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text().replace("&", "") == (
        "Enregistrer"
    )


def test_help_is_the_last_menu_in_french(ctx: DeskContext, qtbot: Any, language: Language) -> None:
    language("fr")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    menus = [action.menu() for action in window.menuBar().actions()]
    assert menus[-1] is not None and menus[-1].objectName() == "HelpMenu"
    assert menus[-1].title().replace("&", "") == "Aide"
    titles = [menu.title().replace("&", "") for menu in menus if menu is not None]
    assert "Délivrance" in titles or len(titles) > 4  # the issuing menus went before Help

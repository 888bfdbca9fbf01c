"""The desk in another language: the seeded database and the main window of the GUI tests,
and a fixture that switches the interface language for one test (then back to English)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from carnet_app.gui import i18n
from tests.gui.conftest import ctx, database, seeded_template, settings, window

__all__ = ["ctx", "database", "seeded_template", "settings", "window"]


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], i18n.InstalledLanguage]]:
    """``language("fr")`` installs French for the rest of the test."""
    default = QLocale()

    def install(code: str) -> i18n.InstalledLanguage:
        return i18n.install_language(code, qapp)

    yield install
    i18n.install_language("en", qapp)
    QLocale.setDefault(default)

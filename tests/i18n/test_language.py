"""Choosing the language, and the formats that follow it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from carnet_app.gui import i18n

Language = Callable[[str], i18n.InstalledLanguage]


def test_a_choice_is_read_loosely_and_unknown_ones_follow_the_system() -> None:
    assert i18n.resolve_language("fr") == "fr"
    assert i18n.resolve_language("fr_CA") == "fr"
    assert i18n.resolve_language("EN-gb") == "en"
    assert i18n.resolve_language("pseudo") == i18n.PSEUDO
    assert i18n.resolve_language("de") == i18n.system_language()
    assert i18n.resolve_language(None) == i18n.system_language()


def test_the_command_line_beats_the_environment_which_beats_the_setting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(i18n.LANGUAGE_ENV_VAR, raising=False)
    assert i18n.chosen_language("fr") == "fr"
    assert i18n.chosen_language(i18n.SYSTEM) == i18n.system_language()
    monkeypatch.setenv(i18n.LANGUAGE_ENV_VAR, "en")
    assert i18n.chosen_language("fr") == "en"
    assert i18n.chosen_language("fr", "fr") == "fr"


def test_french_uses_the_french_conventions_of_the_system_or_france() -> None:
    locale = i18n.formatting_locale("fr")
    assert locale.language() == QLocale.Language.French


def test_the_neutral_locale_keeps_iso_dates_and_exact_grouped_amounts() -> None:
    c = QLocale.c()
    assert i18n.format_date(date(2026, 3, 2), c) == "2026-03-02"
    assert i18n.format_money(Decimal("1234567.50"), "EUR", c) == "1\u202f234\u202f567.50 EUR"
    assert i18n.format_money(None) == ""
    assert i18n.format_date(None) == ""


@pytest.mark.parametrize(
    ("name", "day", "amount"),
    [
        ("en_US", "3/2/2026", "1,234.50"),
        ("en_GB", "02/03/2026", "1,234.50"),
        ("fr_FR", "02/03/2026", "1\u202f234,50"),
        ("de_DE", "02.03.2026", "1.234,50"),
    ],
)
def test_dates_have_four_digit_years_and_amounts_the_locale_separators(
    name: str, day: str, amount: str
) -> None:
    locale = QLocale(name)
    assert i18n.format_date(date(2026, 3, 2), locale) == day
    assert i18n.format_decimal(Decimal("1234.50"), locale) == amount


def test_french_is_found_under_another_context_and_qt_speaks_french(language: Language) -> None:
    installed = language("fr")
    assert len(installed.translators) == 2  # Qt's qtbase_fr and ours
    # lupdate filed it under the helper's empty context; Qt asks with the class name
    assert QCoreApplication.translate("SomeNewPage", "Valid until") == "Valable jusqu'au"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    assert QCoreApplication.translate("SomeNewPage", "not in the catalogue") == (
        "not in the catalogue"
    )
    assert i18n.country_name("Switzerland") == "Suisse"
    assert i18n.country_name("Nowhere Land") == "Nowhere Land"
    language("en")
    assert QCoreApplication.translate("SomeNewPage", "Valid until") == "Valid until"
    assert i18n.country_name("Switzerland") == "Switzerland"

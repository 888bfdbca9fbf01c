"""The interface language and the locale used to show dates and amounts, through Qt.

The Qt-free part (the languages we have, the pseudo-translation, country names from the ISO
catalogue) is ``carnet_app/languages.py``, usable below the GUI too.

* The language is English or French. It follows the system unless the user chose one in the
  settings (``ui/language`` in the desk's QSettings), ``--lang`` on the command line, or the
  ``CARNET_LANGUAGE`` environment variable. ``pseudo`` makes every string 40 % longer, to find
  labels that a translation would clip.
* Our catalogue is ``resources/i18n/carnet_<lang>.qm`` (sources: ``carnet_<lang>.ts``, made with
  ``packaging/translations.py``); Qt's own ``qtbase_<lang>.qm`` is installed with it so the
  standard buttons and dialogs speak the same language.
* Dates and amounts are shown with the locale; stored values stay ``date`` and ``Decimal``.
  Under the neutral "C" locale (no locale set, as in the tests) dates stay ISO 8601 and amounts
  use a narrow no-break space between thousands.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from carnet_app import languages, number_format
from carnet_app.domain.messages import set_message_language
from carnet_app.languages import (
    LANGUAGE_ENV_VAR,
    LANGUAGES,
    PSEUDO,
    PSEUDO_GROWTH,
    SYSTEM,
    pseudo_translate,
)
from carnet_app.resources import resource_path

__all__ = [
    "LANGUAGES",
    "LANGUAGE_ENV_VAR",
    "PSEUDO",
    "PSEUDO_GROWTH",
    "SYSTEM",
    "pseudo_translate",
]

log = logging.getLogger(__name__)

LANGUAGE_KEY = "ui/language"
CATALOGUE = "carnet"  # resources/i18n/carnet_fr.qm
NARROW_NBSP = number_format.NARROW_NBSP


# ---------------------------------------------------------------- which language


def system_language() -> str:
    """The first of the user's preferred languages that we have, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def resolve_language(choice: object) -> str:
    """``en``, ``fr`` or ``pseudo`` for a stored or typed choice ("", "system", "fr_CA"...)."""
    text = str(choice or "").strip().lower().replace("_", "-")
    if text == PSEUDO:
        return PSEUDO
    code = text.split("-")[0]
    if code in LANGUAGES:
        return code
    return system_language()


def chosen_language(settings_value: object, override: str | None = None) -> str:
    """The command line beats the environment, which beats the stored setting."""
    for candidate in (override, os.environ.get(LANGUAGE_ENV_VAR), settings_value):
        if candidate and str(candidate).strip().lower() != SYSTEM:
            return resolve_language(candidate)
    return system_language()


def formatting_locale(language: str) -> QLocale:
    """The system's conventions when they are in the interface language; otherwise the
    language with the system's country (English on a German desk: ``en_DE``), or France for
    French."""
    system = QLocale.system()
    if language == "fr":
        if system.language() == QLocale.Language.French:
            return system
        return QLocale(QLocale.Language.French, QLocale.Country.France)
    if system.language() in (QLocale.Language.English, QLocale.Language.C):
        return system
    return QLocale(QLocale.Language.English, system.territory())


# ---------------------------------------------------------------- translators


class CatalogueTranslator(QTranslator):
    """Our catalogue, looked up by context first, then by text alone.

    ``pyside6-lupdate`` files a string under the class it is written in, or under no context
    when it is called through a helper (``tr = self.tr``, the issuing ``tr()``); at run time Qt
    asks with the real context. ``packaging/translations.py compile`` therefore also writes
    every message under the empty context, and a miss falls back to it.
    """

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        found = super().translate(context, source_text, disambiguation, n)
        # Qt's own classes (QPlatformTheme, QDialogButtonBox…) have their words in Qt's
        # catalogue: a context-free match of ours would turn "Open" into a claim status
        if not found and context and not context.startswith("Q"):
            found = super().translate("", source_text, disambiguation, n)
        # None, not "": Qt takes an empty string for a translation and shows nothing
        return found or None


class PseudoTranslator(QTranslator):
    """Every string, ours and Qt's, in its pseudo form (layout testing)."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        return pseudo_translate(source_text)

    def isEmpty(self) -> bool:
        return False


@dataclass
class InstalledLanguage:
    language: str
    locale: QLocale
    translators: list[QTranslator] = field(default_factory=list)


_installed: InstalledLanguage | None = None


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own catalogues are: Qt's idea first, then the PySide6 package (frozen)."""
    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    try:
        import PySide6

        folders.append(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")
    except (ImportError, TypeError):  # pragma: no cover - PySide6 is always there
        pass
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        folders.append(Path(frozen) / "PySide6" / "Qt" / "translations")
    return folders


def catalogue_dir() -> Path:
    return resource_path("i18n")


def install_language(language: str, app: QCoreApplication | None = None) -> InstalledLanguage:
    """Install the translators for LANGUAGE (``en``, ``fr`` or ``pseudo``), replacing those
    installed before, and make its locale the default one for numbers and dates."""
    global _installed
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    if _installed is not None:
        for old in _installed.translators:
            QCoreApplication.removeTranslator(old)
    language = resolve_language(language)
    locale = formatting_locale("en" if language == PSEUDO else language)
    QLocale.setDefault(locale)
    installed = InstalledLanguage(language, locale)
    if language == PSEUDO:
        installed.translators.append(PseudoTranslator(app))
    elif language != "en":
        qt = QTranslator(app)
        if any(qt.load(f"qtbase_{language}", str(folder)) for folder in qt_translations_dirs()):
            installed.translators.append(qt)
        else:
            log.warning("Qt's own %s catalogue was not found", language)
        ours = CatalogueTranslator(app)
        if ours.load(f"{CATALOGUE}_{language}", str(catalogue_dir())):
            installed.translators.append(ours)
        else:
            log.warning("the %s catalogue is missing from %s", language, catalogue_dir())
    for translator in installed.translators:
        QCoreApplication.installTranslator(translator)
    set_message_language(language)  # the services' refusals and warnings speak it too
    _installed = installed
    return installed


def current_language() -> str:
    return _installed.language if _installed is not None else "en"


# ---------------------------------------------------------------- dates and amounts


def _four_digit_year(pattern: str) -> str:
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", pattern)


def date_format(locale: QLocale | None = None) -> str:
    """The short numeric date pattern of the locale with a four-digit year (ISO under C)."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    return _four_digit_year(locale.dateFormat(QLocale.FormatType.ShortFormat))


def format_date(day: date | None, locale: QLocale | None = None) -> str:
    if day is None:
        return ""
    locale = locale or QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), date_format(locale))


def babel_locale(locale: QLocale | None = None) -> str:
    """The locale's name as babel knows it (``fr_FR``); ``C`` for the neutral locale."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return number_format.NEUTRAL
    return locale.name()


def format_decimal(value: object, locale: QLocale | None = None) -> str:
    """A Decimal (or its text) exactly as stored, with the locale's separators (babel's, the
    same as the printed letters and the command line's text); never through float."""
    return number_format.decimal_text(value, babel_locale(locale))


def format_money(amount: object, currency: str = "", locale: QLocale | None = None) -> str:
    """An amount with at least two decimals and its currency: ``704 860,00 EUR``."""
    return number_format.money_text(amount, currency, babel_locale(locale))


def plural(text: str, count: int) -> str:
    """A count translated with its plural forms (``tr("%Ln item(s)", "", count)``) as English
    reads it when no catalogue gave the forms: "1 item", "3 items". A translation has no "(s)"
    left to change."""
    return text.replace("(s)", "" if count == 1 else "s")


def format_count(number: int, locale: QLocale | None = None) -> str:
    return number_format.count_text(number, babel_locale(locale))


# ---------------------------------------------------------------- country names


def country_name(english_name: str, language: str | None = None) -> str:
    """A country's name in the interface language (the English name when unknown)."""
    return languages.country_name(english_name, language or current_language())


def language_choices() -> list[tuple[str, str]]:
    """(value, label) for the settings: follow the system, or one of the languages."""
    label = QCoreApplication.translate("Language", "Same as the system")
    return [(SYSTEM, label), *LANGUAGES.items()]

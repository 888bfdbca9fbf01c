"""The languages Carnet Desk speaks, without Qt: usable by every layer above the domain.

* ``LANGUAGES``: English and French, each under its own name.
* ``pseudo_translate``: every string 40 % longer and accented, to find clipped labels.
* ``country_name``: a country's ISO 3166 name in a language, from the iso-codes catalogue
  pycountry ships (the bundle carries the one file it needs).

The Qt side (translators, the locale that formats dates and amounts) is
``carnet_app/gui/i18n.py``.
"""

from __future__ import annotations

import gettext
import re
import sys
from functools import cache
from pathlib import Path

LANGUAGE_ENV_VAR = "CARNET_LANGUAGE"
SYSTEM = "system"
PSEUDO = "pseudo"
# Each language under its own name, as the choice shows it.
LANGUAGES = {"en": "English", "fr": "Français"}
PSEUDO_GROWTH = 0.4

_PSEUDO_LETTERS = str.maketrans("aeiouyAEIOUYcnCN", "àéîõüÿÀÉÎÕÜŸçñÇÑ")
_MARKUP = re.compile(r"(<[^>]*>|%\d|%n|&[a-zA-Z]+;|&)")


def pseudo_translate(text: str) -> str:
    """Accented and 40 % longer, placeholders, markup and mnemonics kept."""
    if not text.strip():
        return text
    parts = _MARKUP.split(text)
    visible = 0
    for index, part in enumerate(parts):
        if index % 2 == 0:  # plain text between markup
            visible += len(part)
            parts[index] = part.translate(_PSEUDO_LETTERS)
    padding = max(1, round(visible * PSEUDO_GROWTH))
    return "".join(parts) + "·" * padding


@cache
def _country_catalogue(language: str) -> gettext.NullTranslations:
    """ISO 3166 names in LANGUAGE."""
    candidates = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "pycountry" / "locales")
    try:
        import pycountry

        # in the bundle "pycountry" is only the folder holding that file (no LOCALES_DIR)
        locales = getattr(pycountry, "LOCALES_DIR", None)
        if locales:
            candidates.append(Path(locales))
    except ImportError:  # pragma: no cover - the bundle leaves pycountry out
        pass
    for folder in candidates:
        try:
            return gettext.translation("iso3166-1", str(folder), languages=[language])
        except OSError:
            continue
    return gettext.NullTranslations()


def country_name(english_name: str, language: str) -> str:
    """A country's name in LANGUAGE (the English name when unknown)."""
    if language not in LANGUAGES or language == "en" or not english_name:
        return english_name
    return _country_catalogue(language).gettext(english_name)

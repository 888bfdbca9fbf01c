"""The column headers of general lists, in the languages chambers' clients write them.

Headers are compared without accents, case or punctuation ("Qté" → "qte", "N° de série" →
"n de serie", "Stück" → "stuck"); a header matches an alias when it is the alias or starts with
it ("Valeur (EUR)", "Weight kg"). The language of the matched headers is a locale hint for the
numbers below them (French headers: decimal commas).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from importlib import resources

from carnet_app import parsed_files
from carnet_app.domain.goods_checks import Column
from carnet_app.domain.number_columns import Convention

ENGLISH = "en"


def _read_aliases() -> dict[str, dict[Column, tuple[str, ...]]]:
    """language → column → aliases, from the table beside this module (``list_headers.toml``:
    the aliases are data, one line per language and column)."""
    text = resources.files(__package__).joinpath("list_headers.toml").read_text("utf-8")
    return {
        language: {Column(column): tuple(aliases) for column, aliases in table.items()}
        for language, table in parsed_files.toml_text(text).items()
    }


ALIASES = _read_aliases()

HEADER_ALIASES: dict[Column, tuple[str, ...]] = {
    column: tuple(
        dict.fromkeys(alias for table in ALIASES.values() for alias in table.get(column, ()))
    )
    for column in Column
}

_LANGUAGE_OF: dict[str, str] = {}
for _language, _table in ALIASES.items():
    for _aliases in _table.values():
        for _alias in _aliases:
            _LANGUAGE_OF.setdefault(_alias, _language)


def normalise_header(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text[:200])
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    plain = plain.replace("ß", "ss")
    plain = re.sub(r"\(.*?\)", " ", plain)
    plain = re.sub(r"[^a-z0-9#]+", " ", plain)
    return " ".join(plain.split())


def match_header(header: str) -> tuple[Column, str] | None:
    """The column a header names and the alias matched (the longest alias wins)."""
    name = normalise_header(header)
    if not name:
        return None
    best: tuple[Column, str] | None = None
    for column, aliases in HEADER_ALIASES.items():
        for alias in aliases:
            if name == alias or name.startswith(alias + " "):
                if best is None or len(alias) > len(best[1]):
                    best = (column, alias)
    return best


def language_of(alias: str) -> str:
    return _LANGUAGE_OF.get(alias, ENGLISH)


def decimal_hint(aliases: Sequence[str]) -> Convention | None:
    """Decimal commas when most matched headers are in a language written with them,
    decimal points when they are English, nothing when it is a tie."""
    continental = sum(1 for a in aliases if language_of(a) != ENGLISH)
    english = sum(1 for a in aliases if language_of(a) == ENGLISH and _only_english(a))
    if continental > english:
        return Convention.COMMA
    if english > continental:
        return Convention.POINT
    return None


def _only_english(alias: str) -> bool:
    return all(
        alias not in table.get(column, ())
        for language, table in ALIASES.items()
        if language != ENGLISH
        for column in table
    )

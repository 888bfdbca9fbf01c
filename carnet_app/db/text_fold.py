"""Search text folded to compare without case or accents: "Société Rhône Vidéo" and
"societe rhone video" fold to the same string. SQLite connections get it as ``carnet_fold()``
(db/engine.py) so the search index's triggers store folded text."""

from __future__ import annotations

import unicodedata

# letters NFKD does not split into a base letter and a mark
_LIGATURES = str.maketrans(
    {"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
)
SQL_FUNCTION = "carnet_fold"


def fold(text: str | None) -> str | None:
    if text is None:
        return None
    if text.isascii():  # most text (numbers, serial numbers): nothing to take apart
        return text.lower()
    lowered = text.casefold().translate(_LIGATURES)
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))

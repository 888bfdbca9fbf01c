"""Every message code the desk knows, with its words in English and in French (``messages.py``
explains the fields). A code is a promise to integrators: change its words, never its meaning;
a new meaning gets a new code. ``tests/domain/test_messages.py`` checks that both languages
have the same fields for every code and that every code used in the package is here.

The entries live in one module per area of the desk; a code may be defined only once.
"""

from __future__ import annotations

from carnet_app.domain.catalogue import (
    common,
    desk,
    files,
    follow_up,
    issuing,
    ledger,
    printing,
    records,
    storage,
    views,
)

# code: {"en": template, "fr": template}
CATALOGUE: dict[str, dict[str, str]] = {}
for _part in (common, issuing, files, follow_up, ledger, desk, printing, records, storage, views):
    _twice = CATALOGUE.keys() & _part.ENTRIES.keys()
    if _twice:
        raise RuntimeError(f"message codes defined twice: {sorted(_twice)}")
    CATALOGUE.update(_part.ENTRIES)

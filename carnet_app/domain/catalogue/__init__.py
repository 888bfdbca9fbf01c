"""Every message code the desk knows, with its words in English and in French (``messages.py``
explains the fields). A code is a promise to integrators: change its words, never its meaning;
a new meaning gets a new code. ``tests/domain/test_messages.py`` checks that both languages
have the same fields for every code and that every code used in the package is here.

Messages are data: the entries live in one TOML file per area of the desk (``<part>.toml``
beside this module, shipped as package data), one table per code whose keys are the languages.
They are read on first use, not at import (``carnet --version`` stays fast); a code may be
defined only once across the parts.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from importlib import resources

from carnet_app import parsed_files

# the parts, in the order their codes are read
PARTS = (
    "common",
    "issuing",
    "files",
    "follow_up",
    "ledger",
    "desk",
    "printing",
    "records",
    "storage",
    "views",
)


def load_parts(parts: Mapping[str, str]) -> dict[str, dict[str, str]]:
    """The codes of the parts' TOML texts (part name -> text), refusing a code defined twice."""
    entries: dict[str, dict[str, str]] = {}
    for text in parts.values():
        part: dict[str, dict[str, str]] = parsed_files.toml_text(text)
        twice = entries.keys() & part.keys()
        if twice:
            raise RuntimeError(f"message codes defined twice: {sorted(twice)}")
        entries.update(part)
    return entries


class _Catalogue(Mapping[str, dict[str, str]]):
    """code -> {"en": template, "fr": template}, read from the parts when first asked."""

    def __init__(self) -> None:
        self._entries: dict[str, dict[str, str]] | None = None

    @property
    def entries(self) -> dict[str, dict[str, str]]:
        if self._entries is None:
            folder = resources.files(__name__)
            texts = {name: (folder / f"{name}.toml").read_text("utf-8") for name in PARTS}
            self._entries = load_parts(texts)
        return self._entries

    def __getitem__(self, code: str) -> dict[str, str]:
        return self.entries[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, code: object) -> bool:
        return code in self.entries


CATALOGUE: Mapping[str, dict[str, str]] = _Catalogue()

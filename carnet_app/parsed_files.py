"""TOML documents parsed once and kept, by their content, between runs of the programs.

Python's TOML parser is written in Python: the message catalogue and the country table took
50–70 ms to parse at every start of ``carnet show``. Once a program's entry point has named a
cache folder (``startup.prepare_process``), each text's parsed form is kept there under the
SHA-256 of its text: an edited or newer file is a new key, so a kept form never outlives its
text. Without a folder (tests calling the code in-process, the cache turned off) every text
is parsed as it always was. A kept form that cannot be read is parsed again and replaced.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

_folder: Path | None = None


def keep_in(folder: Path | None) -> None:
    """Keep parsed forms in ``folder`` (made owner-only by the caller); None: keep none."""
    global _folder
    _folder = folder


def toml_text(text: str, *, decimals: bool = False) -> dict[str, Any]:
    """``tomllib.loads(text)``; with ``decimals``, floats are read as ``Decimal``.

    Raises ``tomllib.TOMLDecodeError`` on a malformed text, as ``tomllib`` does."""
    if _folder is None:
        return _parse(text, decimals)
    key = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    kept = _folder / f"{key}{'-decimal' if decimals else ''}.pickle"
    try:
        found = pickle.loads(kept.read_bytes())
    except Exception:
        found = None
    if isinstance(found, dict):
        return found
    parsed = _parse(text, decimals)
    _keep(kept, parsed)
    return parsed


def toml_file(path: Path, *, decimals: bool = False) -> dict[str, Any]:
    """``tomllib.load`` of the file at ``path`` (UTF-8, as tomllib reads it)."""
    return toml_text(path.read_bytes().decode("utf-8"), decimals=decimals)


def _parse(text: str, decimals: bool) -> dict[str, Any]:
    return tomllib.loads(text, parse_float=Decimal) if decimals else tomllib.loads(text)


def _keep(path: Path, parsed: dict[str, Any]) -> None:
    """Write the parsed form whole or not at all (a reader never sees half of it)."""
    temporary: str | None = None
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".part")
        with os.fdopen(handle, "wb") as out:
            out.write(pickle.dumps(parsed, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(temporary, path)
    except OSError:  # a full or read-only disk: parsed again next time
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)

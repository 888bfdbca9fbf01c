"""Every PDF the desk writes: embedded fonts only, and real document information.

Title, author (the chamber), creator (Carnet Desk and its version), subject, language and the
creation date. Byte-stable output stays available for tests and reproducible archives: set
``SOURCE_DATE_EPOCH`` (the reproducible-builds convention) and the date is that instant and
the file identifier is derived from the content alone.
"""

from __future__ import annotations

import os
from typing import Any

from carnet_app import __version__
from carnet_app.pdf.fonts import Face, register_fonts

CREATOR = f"Carnet Desk {__version__}"


def byte_stable() -> bool:
    return bool(os.environ.get("SOURCE_DATE_EPOCH", "").strip())


def canvas_options(lang: str = "en") -> dict[str, Any]:
    """Keyword arguments for a reportlab ``Canvas`` (or a doc template): the initial font is
    the embedded family (reportlab would otherwise reference unembedded Helvetica)."""
    register_fonts()
    return {
        "invariant": 1 if byte_stable() else 0,
        "initialFontName": Face.REGULAR.value,
        "lang": lang,
    }


def describe(canvas: Any, *, title: str, author: str, subject: str = "") -> None:
    """Set the document information of a canvas."""
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setCreator(CREATOR)
    canvas.setProducer(CREATOR)
    if subject:
        canvas.setSubject(subject)

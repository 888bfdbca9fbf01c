"""Texts the carnet's forms print, refused when they hold a letter no embedded font has (a
Thai or Devanagari description would print as a row of empty boxes): an application, a
general list and a registered carnet are refused when they come in, never printed blank."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from carnet_app.domain.application import Application
from carnet_app.domain.messages import say
from carnet_app.domain.types import GoodsLine
from carnet_app.errors import UserError


def refuse_unprintable(application: Application) -> None:
    """Refuse the application's first printed text holding a letter no font has, by field."""
    texts: list[tuple[str, str]] = [
        ("holder.name", application.holder.name),
        ("holder.address", application.holder.address),
        *((f"representatives[{i}]", r) for i, r in enumerate(application.representatives)),
        ("use_description", application.use_description),
        ("event", application.event or ""),
    ]
    _refuse_first(texts)
    refuse_unprintable_lines(application.goods)


def refuse_unprintable_lines(lines: Sequence[GoodsLine]) -> None:
    """Refuse the first goods line whose description, marks or heading holds such a letter."""
    _refuse_first(
        (f"item {line.item_no} {part}", text)
        for line in lines
        for part, text in (
            ("heading", line.heading),
            ("description", line.description),
            ("marks", line.marks),
        )
    )


def _refuse_first(texts: Iterable[tuple[str, str]]) -> None:
    # The fonts are the PDF layer's (reportlab): imported when a text is checked, so the desk
    # and the commands that never print start without it.
    from carnet_app.pdf.fonts import unprintable_letter

    for where, text in texts:
        if not text:
            continue
        letter = unprintable_letter(text)
        if letter is not None:
            name = unicodedata.name(letter, f"U+{ord(letter):04X}")
            raise UserError(
                say("field.unprintable", where=where, char=letter, name=name), field=where
            )

"""A goods event that hands pieces to a replacement carnet is recorded with the document
"replacement carnet N" (the show JSON keeps it so); the desk's timeline says it in the reader's
language, from the replacement's number, not the English text."""

from __future__ import annotations

from datetime import date

from carnet_app.domain.carnet_view import GoodsEventView
from carnet_app.domain.messages import set_message_language
from carnet_app.domain.types import GoodsEventKind


def _event(kind: GoodsEventKind, document: str, to: str | None) -> GoodsEventView:
    return GoodsEventView(
        seq=3,
        kind=kind,
        date=date(2027, 3, 1),
        country="CH",
        document=document,
        transferred_to=to,
        items={"1": 2},
    )


def test_the_replacement_is_named_in_each_language() -> None:
    replaced = _event(GoodsEventKind.REPLACED, "replacement carnet FR/LY/000002", "FR/LY/000002")
    try:
        set_message_language("fr")
        assert str(replaced.said_document) == "carnet de remplacement FR/LY/000002"
        set_message_language("en")
        assert str(replaced.said_document) == "replacement carnet FR/LY/000002"
    finally:
        set_message_language("en")


def test_any_other_document_is_shown_as_recorded() -> None:
    sold = _event(GoodsEventKind.SOLD, "facture 2026-118", None)
    set_message_language("fr")
    try:
        assert sold.said_document == "facture 2026-118"
    finally:
        set_message_language("en")

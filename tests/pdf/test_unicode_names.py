"""Any holder name prints: Cyrillic, Chinese, Japanese, Korean, Arabic and Hebrew come out of
the PDF intact, and user text is never taken for markup."""

from __future__ import annotations

import unicodedata

import pytest

from carnet_app.pdf import render_carnet
from carnet_app.pdf.layout import load_layout
from tests.pdf.conftest import MM, make_carnet


def _cover_text(open_pdf, name: str) -> str:  # type: ignore[no-untyped-def]
    """The text printed in box A of the cover."""
    pdf = open_pdf(render_carnet(make_carnet(2, holder=name), part="cover"))
    rect = load_layout("cover-front").field("A.holder").rect
    box = (rect.x * MM, rect.y * MM, rect.right * MM, rect.bottom * MM)
    return str(pdf.pages[0].crop(box).extract_text())


@pytest.mark.parametrize(
    "name",
    [
        "ООО «Ромашка» Кинопрокат",
        "Ελληνική Ταινία Α.Ε.",
        "北京国际展览有限公司",
        "株式会社さくらフィルム",
        "한국영화주식회사",
    ],
)
def test_left_to_right_names_come_out_intact(open_pdf, name: str) -> None:  # type: ignore[no-untyped-def]
    text = _cover_text(open_pdf, name)
    assert name.replace(" ", "") in text.replace(" ", "")


@pytest.mark.parametrize("name", ["شركة النور للتجارة", "סרטי הצפון בע״מ"])
def test_right_to_left_names_are_shaped_and_ordered(open_pdf, name: str) -> None:  # type: ignore[no-untyped-def]
    text = _cover_text(open_pdf, name)
    line = next(
        row
        for row in text.splitlines()
        if any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in row)
    )
    logical = unicodedata.normalize("NFKC", line.strip()[::-1])
    assert logical == unicodedata.normalize("NFKC", name)


def test_markup_characters_in_user_text_print_literally(open_pdf) -> None:  # type: ignore[no-untyped-def]
    name = 'Smith & <b>Sons</b> "Ltd"'
    assert name in _cover_text(open_pdf, name)

"""The cover's count of continuation sheets, in figures and in English and French words, stays
in box G a) on its two lines even for the longest list the desk accepts: it never goes to an
annex page (a number is not worth one)."""

from __future__ import annotations

import pytest

from carnet_app.domain.application import MAX_GOODS
from carnet_app.pdf import VoucherSets, annexed_boxes
from carnet_app.pdf.field_painter import value_fits
from carnet_app.pdf.layout import load_layout
from carnet_app.pdf.words import continuation_sheets_text
from tests.pdf.conftest import goods, make_carnet


@pytest.mark.parametrize("items", [2_000, 5_000, MAX_GOODS])
def test_the_count_of_continuation_sheets_fits_its_box(items: int) -> None:
    data = make_carnet(lines=goods(items, "Camera {n}"), sets=VoucherSets(1))
    assert annexed_boxes(data, "cover") == []


def test_every_count_up_to_a_thousand_sheets_fits_in_words() -> None:
    field = load_layout("cover-front").field("G.a.continuation")
    too_long = [n for n in range(1, 1000) if not value_fits(field, continuation_sheets_text(n))]
    assert not too_long, [continuation_sheets_text(n) for n in too_long[:3]]

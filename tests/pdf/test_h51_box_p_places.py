"""Box P of the cover: each member of the chain keeps its place whatever other countries the
carnet adds after the list, so an overlay's "X" lands beside the country on the pre-printed
form; any number of added countries prints (their codes share the free places)."""

from __future__ import annotations

import io
from dataclasses import replace

import pdfplumber

from carnet_app.pdf import render_carnet
from carnet_app.pdf.data import Country
from tests.pdf.conftest import make_carnet

OUTSIDE = [("GG", "Guernsey"), ("JE", "Jersey"), ("IM", "Isle of Man"), ("LI", "Liechtenstein"),
           ("NA", "Namibia"), ("BW", "Botswana"), ("LS", "Lesotho"), ("SZ", "Eswatini"),
           ("SM", "San Marino"), ("FO", "Faroe Islands"), ("PF", "French Polynesia")]  # fmt: skip


def _switzerland_top(added: int) -> float:
    countries = (Country("CH", "Switzerland"), *(Country(c, n) for c, n in OUTSIDE[:added]))
    data = replace(make_carnet(), countries=countries)
    with pdfplumber.open(io.BytesIO(render_carnet(data, part="cover"))) as pdf:
        cover = pdf.pages[0]
        words = cover.extract_words()
        text = cover.extract_text()
    for code, _ in OUTSIDE[:added]:
        assert code in text, code
    return next(w["top"] for w in words if w["text"] == "(CH)")


def test_a_member_keeps_its_place_whatever_countries_are_added() -> None:
    places = {added: _switzerland_top(added) for added in (0, 3, 5, 11)}
    assert len(set(places.values())) == 1, places

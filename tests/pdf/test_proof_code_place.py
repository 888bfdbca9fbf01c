"""The chamber's proof code sits in a free area of every form: 5 mm or more from every edge of
the sheet (printers cannot print there: it once ended 0.5 mm from the right edge), clear of
every box, field, line, circle and table the layout prints, and of every printed character
(it once touched the general list's "CARNET A.T.A." title)."""

from __future__ import annotations

import io
from dataclasses import replace

import pdfplumber
import pytest

from carnet_app.pdf import VoucherSets, render_carnet
from carnet_app.pdf.layout import (
    FORM_IDS,
    PAGE_HEIGHT_MM,
    PAGE_WIDTH_MM,
    FormLayout,
    Rect,
    load_layout,
)
from carnet_app.pdf.page_plan import plan_pages
from carnet_app.pdf.proof_code import SIZE_MM, ProofCode
from tests.pdf.conftest import MM, make_carnet

RULE_CLEARANCE_MM = 0.3  # a frame's rule half-width
TEXT_CLEARANCE_MM = 1.5
PRINTABLE_MARGIN_MM = 5.0  # printers leave the edge of the sheet blank
FOOTER_TOP_MM = 289.0  # the plain-paper footer's characters start here
PROOF = ProofCode("FR/PAR/2026/000123", "ab" * 32, "S" * 88)


def _code(layout: FormLayout) -> Rect:
    x, y = layout.proof_code
    return Rect(x, y, SIZE_MM, SIZE_MM)


def _printed(layout: FormLayout) -> list[tuple[str, Rect]]:
    """What the form prints, as rectangles (its texts' characters: the rendered test below)."""
    rects = [(f"box {b.id}", b.rect) for b in layout.boxes]
    rects += [(f"field {f.id}", f.rect) for f in layout.fields]
    rects += [(f"strip {s.id}", s.rect) for s in layout.strips]
    rects += [(f"grid {g.id}", g.rect) for g in layout.grids]
    for line in layout.lines:
        left, top = min(line.x1, line.x2), min(line.y1, line.y2)
        rects.append(
            (f"line {line.id}", Rect(left, top, abs(line.x2 - line.x1), abs(line.y2 - line.y1)))
        )
    for circle in layout.circles:
        height = circle.h or circle.d
        rects.append(
            (
                f"circle {circle.id}",
                Rect(circle.x - circle.d / 2, circle.y - height / 2, circle.d, height),
            )
        )
    table = layout.table
    if table is not None:
        bottom = table.body_bottom + table.totals_h
        rects.append(("table", Rect(table.x, table.y, table.width, bottom - table.y)))
    return rects


def _apart(a: Rect, b: Rect, clearance: float) -> bool:
    return (
        a.right + clearance <= b.x
        or b.right + clearance <= a.x
        or a.bottom + clearance <= b.y
        or b.bottom + clearance <= a.y
    )


@pytest.mark.parametrize("layout_id", FORM_IDS)
def test_the_code_touches_nothing_the_form_prints(layout_id: str) -> None:
    layout = load_layout(layout_id)
    code = _code(layout)
    assert PRINTABLE_MARGIN_MM <= code.x and code.right <= PAGE_WIDTH_MM - PRINTABLE_MARGIN_MM
    assert PRINTABLE_MARGIN_MM <= code.y and code.bottom <= PAGE_HEIGHT_MM - PRINTABLE_MARGIN_MM
    assert code.bottom + TEXT_CLEARANCE_MM <= FOOTER_TOP_MM
    touched = [name for name, rect in _printed(layout) if not _apart(code, rect, RULE_CLEARANCE_MM)]
    assert not touched, f"{layout_id}: the code at {code} touches {touched}"


def test_no_printed_character_comes_near_the_code() -> None:
    long_use = "Filming of a documentary series on European rivers. " * 60  # an annex page
    data = replace(
        make_carnet(40, sets=VoucherSets(1, 1, 1)), proof=PROOF, use_description=long_use
    )
    jobs = plan_pages(data, "all", None)
    assert {"annex", "general-list-continuation"} <= {job.layout_id for job in jobs}
    pdf = render_carnet(data)
    near: list[str] = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        assert len(document.pages) == len(jobs)
        for page, job in zip(document.pages, jobs, strict=True):
            code = _code(load_layout(job.layout_id))
            for char in page.chars:
                glyph = Rect(
                    char["x0"] / MM,
                    char["top"] / MM,
                    (char["x1"] - char["x0"]) / MM,
                    (char["bottom"] - char["top"]) / MM,
                )
                if char["text"].strip() and not _apart(code, glyph, TEXT_CLEARANCE_MM):
                    near.append(
                        f"{job.layout_id}: {char['text']!r} at {glyph.x:.1f}, {glyph.y:.1f}"
                    )
    assert not near, near[:10]


@pytest.mark.parametrize("x, y", [(198.5, 14.0), (4.9, 100.0), (100.0, 282.0), (100.0, 2.0)])
def test_a_layout_putting_the_code_near_the_edge_is_refused(x: float, y: float) -> None:
    from carnet_app.pdf.layout import LayoutError, _proof_code_place

    with pytest.raises(LayoutError, match="closer than 5 mm"):
        _proof_code_place("voucher-frame", {"proof_code_x": x, "proof_code_y": y})

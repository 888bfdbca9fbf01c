"""Benchmark: the whole carnet with 1,000 items and 20 voucher sets, against a bare canvas.

Run with ``CARNET_BENCHMARKS=1 uv run pytest tests/benchmarks/test_pdf_render.py
--benchmark-enable``. The bare canvas writes the same number of pages with the same number of
text lines (one per goods row), so the ratio shows what the forms machinery costs.
"""

from __future__ import annotations

import time
from datetime import date
from decimal import Decimal
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from carnet_app.pdf import (
    CarnetPrintData,
    Country,
    GoodsLine,
    Party,
    VoucherSets,
    render_carnet,
)
from carnet_app.pdf.page_plan import plan_pages

TARGET_SECONDS = 3.0


def _big_carnet() -> CarnetPrintData:
    goods = tuple(
        GoodsLine(
            item_no=n,
            description=f"Professional camera equipment item {n}, serial number SN-{n:06d}",
            pieces=1 + n % 4,
            value=Decimal("125.50") * (1 + n % 17),
            weight=Decimal("1.250"),
            origin="DE",
        )
        for n in range(1, 1001)
    )
    return CarnetPrintData(
        number="FR/PAR/2026/000999",
        association=Party("CCI Paris Ile-de-France", "2 place de la Bourse\n75002 Paris"),
        holder=Party("Lumière Films SARL", "12 rue de la Paix\n75002 Paris"),
        goods=goods,
        currency="EUR",
        issued_on=date(2026, 3, 15),
        valid_until=date(2027, 3, 14),
        uses=("PE",),
        countries=(Country("CH", "Switzerland"),),
        voucher_sets=VoucherSets(yellow=6, white=10, blue=4),
    )


def _bare_canvas(pages: int, lines_per_page: int) -> bytes:
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1)
    for page in range(pages):
        canvas.setFont("Helvetica", 9)
        for line in range(lines_per_page):
            canvas.drawString(40, 800 - line * 15, f"{page}.{line} Professional camera equipment")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_whole_carnet_1000_items_20_sets(benchmark) -> None:  # type: ignore[no-untyped-def]
    carnet = _big_carnet()
    pages = len(plan_pages(carnet, "all", None))
    started = time.perf_counter()
    baseline = _bare_canvas(pages, 38)
    bare_seconds = time.perf_counter() - started
    result = benchmark.pedantic(render_carnet, args=(carnet,), rounds=3, iterations=1)
    assert result.startswith(b"%PDF") and baseline.startswith(b"%PDF")
    mean = benchmark.stats.stats.mean
    benchmark.extra_info.update(
        pages=pages,
        megabytes=round(len(result) / 1e6, 2),
        bare_canvas_seconds=round(bare_seconds, 3),
        ratio_to_bare_canvas=round(mean / bare_seconds, 2),
    )
    print(
        f"\n{pages} pages, {len(result) / 1e6:.2f} MB, {mean:.2f} s "
        f"(bare canvas {bare_seconds:.2f} s, ratio {mean / bare_seconds:.1f})"
    )
    assert mean < TARGET_SECONDS

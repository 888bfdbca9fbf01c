"""Benchmark: the whole carnet with 1,000 items and 20 voucher sets, against a bare canvas.

Run with ``CARNET_BENCHMARKS=1 uv run pytest tests/benchmarks/test_pdf_render.py
--benchmark-enable -s``. It states the CPU-time ratio of the desk's renderer to a bare
reportlab script drawing the same pages (boxes, labels, data, goods rows; target <= 1.0x):
what the forms machinery costs, or saves by drawing each form's printed parts once.
"""

from __future__ import annotations

import time
from datetime import date
from decimal import Decimal
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from carnet_app.domain.types import GoodsLine
from carnet_app.pdf import (
    CarnetPrintData,
    Country,
    Party,
    VoucherSets,
    render_carnet,
)
from carnet_app.pdf.fonts import Face
from carnet_app.pdf.layout import load_layout
from carnet_app.pdf.metadata import canvas_options
from carnet_app.pdf.page_plan import BLANK_PAGE, PageJob, plan_pages
from carnet_app.pdf.units import MM

TARGET_SECONDS = 3.0
RATIO_TARGET = 1.0  # CPU time of the desk / CPU time of the bare reportlab script


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


def _bare_reportlab(jobs: list[PageJob]) -> bytes:
    """A bare reportlab script drawing the same pages: every box, label, printed text, datum
    and goods row of each page straight on the canvas (same embedded fonts), with none of the
    desk's machinery (no fitting, no annex planning, no reuse of the printed parts)."""
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, **canvas_options())
    for job in jobs:
        if job.layout_id == BLANK_PAGE:
            canvas.showPage()
            continue
        layout = load_layout(job.layout_id)
        canvas.setFont(Face.BOLD.value, 6.5)
        for box in layout.boxes:
            r = box.rect
            canvas.rect(r.x * MM, (297 - r.bottom) * MM, r.w * MM, r.h * MM)
            if box.label_en:
                canvas.drawString((r.x + 1) * MM, (297 - r.y - 3) * MM, box.label_en)
                canvas.drawString((r.x + 1) * MM, (297 - r.y - 5.5) * MM, box.label_fr)
        for text in layout.texts:
            line = text.text or f"{text.en} / {text.fr}"
            canvas.drawString(text.rect.x * MM, (297 - text.rect.y - 3) * MM, line[:120])
        canvas.setFont(Face.REGULAR.value, 9)
        for field in layout.fields:
            value = job.values.get(field.bind) if field.bind else None
            if isinstance(value, str):
                for index, line in enumerate(value.splitlines()[:6]):
                    y = 297 - field.rect.y - 3.5 - index * 4
                    canvas.drawString((field.rect.x + 1) * MM, y * MM, line)
        if job.list_plan is not None and layout.table is not None:
            table = layout.table
            for index, row in enumerate(job.list_plan.pages[job.list_page_index].rows):
                y = (297 - table.body_top - (index + 1) * table.row_h + 1.5) * MM
                for number, text in row.cells.items():
                    canvas.drawString(table.column_x(number) * MM, y, text)
                if row.spanning:
                    canvas.drawString(table.column_x(2) * MM, y, row.spanning)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_whole_carnet_1000_items_20_sets(benchmark) -> None:  # type: ignore[no-untyped-def]
    carnet = _big_carnet()
    jobs = plan_pages(carnet, "all", None)
    render_carnet(carnet)  # fonts and layouts loaded once, as in the desk
    started = time.process_time()
    baseline = _bare_reportlab(jobs)
    bare_cpu = time.process_time() - started
    started = time.process_time()
    result = benchmark.pedantic(render_carnet, args=(carnet,), rounds=3, iterations=1)
    desk_cpu = (time.process_time() - started) / 3
    assert result.startswith(b"%PDF") and baseline.startswith(b"%PDF")
    ratio = desk_cpu / bare_cpu
    benchmark.extra_info.update(
        pages=len(jobs),
        megabytes=round(len(result) / 1e6, 2),
        bare_reportlab_cpu_seconds=round(bare_cpu, 3),
        desk_cpu_seconds=round(desk_cpu, 3),
        cpu_ratio_to_bare_reportlab=round(ratio, 2),
    )
    print(
        f"\n{len(jobs)} pages, {len(result) / 1e6:.2f} MB: desk {desk_cpu:.2f} s CPU, "
        f"bare reportlab script drawing the same pages {bare_cpu:.2f} s CPU, "
        f"ratio {ratio:.2f}x (target <= 1.0x)"
    )
    assert desk_cpu < TARGET_SECONDS  # CPU time: other processes on the machine do not count
    assert ratio <= RATIO_TARGET

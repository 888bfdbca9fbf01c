"""Render the carnet (or one part of it, or a trip pack) to PDF bytes."""

from __future__ import annotations

from functools import partial
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from carnet_app.pdf.annex import ANNEX_LAYOUT
from carnet_app.pdf.calibration import Calibration
from carnet_app.pdf.data import CarnetPrintData, TripSelection, heading_texts
from carnet_app.pdf.fonts import HanShapes, han_shapes, han_shapes_for, register_fonts
from carnet_app.pdf.grids import GridPainter
from carnet_app.pdf.layout import load_layout
from carnet_app.pdf.metadata import canvas_options, describe
from carnet_app.pdf.page_plan import BLANK_PAGE, PageJob, plan_pages
from carnet_app.pdf.painter import Footer, FormPainter
from carnet_app.pdf.proof_code import draw_proof_code


def render_carnet(
    data: CarnetPrintData,
    *,
    part: str = "all",
    overlay: bool = False,
    calibration: Calibration | None = None,
    trip: TripSelection | None = None,
    duplex: bool = False,
) -> bytes:
    """The carnet forms as one A4 PDF.

    ``part``: ``all`` (cover, general list, continuation sheets, voucher sets by colour and
    number with each counterfoil sheet in front of its vouchers and each voucher followed by
    its list of goods, then cover pages 3 and 4), ``cover`` (cover pages 1, 3 and 4), ``list``
    (general list and continuation sheets), ``vouchers`` (every voucher set) or ``trip`` (the
    vouchers of ``trip`` with declaration F and the travelling goods filled in, box H empty).
    ``overlay``: print the data alone, for the official pre-printed forms; ``calibration``
    (overlay only) moves and scales it for the printer. With ``SOURCE_DATE_EPOCH`` set the
    output is byte-stable: the same data gives the same bytes. A value too long for its box
    goes to a numbered annex page (the box says so). Raises ``UserError`` when the trip
    refers to unknown items. ``duplex``: for two-sided printing, blank backs are added so
    each form starts on the front of a sheet and each voucher's list of goods is on its back;
    the footer then counts sheets (two pages each).
    """
    with han_shapes(carnet_han_shapes(data)):
        return _render(data, part, overlay, calibration, trip, duplex)


def carnet_han_shapes(data: CarnetPrintData) -> HanShapes:
    """The Han shapes of a carnet print: from its texts (kana, hangul), else from the
    holder's or the issuer's country."""
    texts = [data.holder.name, data.holder.address, *data.representatives]
    texts += [text for line in data.goods for text in (*heading_texts(line), line.description)]
    return han_shapes_for(texts, (data.holder.country, data.association.country))


def _render(
    data: CarnetPrintData,
    part: str,
    overlay: bool,
    calibration: Calibration | None,
    trip: TripSelection | None,
    duplex: bool,
) -> bytes:
    register_fonts()
    jobs = plan_pages(data, part, trip, duplex=duplex)
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, **canvas_options("en"))
    describe(
        canvas,
        title=f"A.T.A. carnet {data.number}",
        author=data.association.name,
        subject=f"{part} ({'overlay' if overlay else 'plain paper'})",
    )
    grids = GridPainter(data.countries)
    painter = FormPainter(canvas, overlay=overlay, calibration=calibration, grids=grids)
    # Annexes have no pre-printed form: they print in full, also with an overlay.
    plain = FormPainter(canvas, overlay=False, calibration=None, grids=grids)
    pages_per_sheet = 2 if duplex else 1
    total = -(-len(jobs) // pages_per_sheet)
    for index, job in enumerate(jobs):
        if job.layout_id == BLANK_PAGE:
            canvas.showPage()  # the blank back of a sheet
            continue
        sheet = index // pages_per_sheet + 1
        list_page = job.list_plan.pages[job.list_page_index] if job.list_plan else None
        chosen = plain if job.layout_id == ANNEX_LAYOUT else painter
        layout = load_layout(job.layout_id)
        chosen.before_show_page = partial(
            draw_proof_code,
            canvas,
            data.proof,
            proof_label(job),
            overlay=overlay,
            at=layout.proof_code,
        )
        chosen.paint_page(
            layout,
            job.values,
            Footer(data.number, job.part_en, job.part_fr, sheet, total),
            colour=job.colour,
            list_page=list_page,
            list_key=job.list_key,
            annexes=dict(job.annexes),
        )
    canvas.save()
    return buffer.getvalue()


def proof_label(job: PageJob) -> str:
    """What the page's code names: the cover, or the voucher part of the page."""
    return job.part_en

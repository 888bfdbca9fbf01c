"""Printed documents: the carnet forms (plain paper or overlay) and the chamber's letters.

Public API (the service and CLI layers call only these):

* ``render_carnet(data, *, part="all", overlay=False, calibration=None, trip=None,
  duplex=False) -> bytes`` (a box too long for its text continues on a numbered annex page)
* ``render_calibration_sheet() -> bytes``
* ``write_pdf_atomically(path, data_bytes) -> Path``
* ``render_security_quote(quote) -> bytes``, ``render_claim_notice(notice) -> bytes``,
  ``render_discharge_certificate(certificate) -> bytes``,
  ``render_goods_abroad_report(report) -> bytes``
* ``print_data_from_view(view) -> CarnetPrintData``
* ``annexed_boxes(data, part="all", trip=None) -> list[str]``: boxes that go to an annex page

reportlab only: no Qt, no database session. Layouts are data in ``resources/forms/``.
"""

from carnet_app.pdf.calibration import Calibration, render_calibration_sheet
from carnet_app.pdf.carnet import render_carnet
from carnet_app.pdf.data import (
    CarnetPrintData,
    Country,
    Party,
    TripItem,
    TripSelection,
    TripVoucher,
    VoucherSets,
)
from carnet_app.pdf.documents import (
    ClaimedGoods,
    ClaimNotice,
    DischargeCertificate,
    GoodsAbroadReport,
    GoodsAbroadRow,
    Letterhead,
    MoneyLine,
    SecurityLine,
    SecurityQuote,
    render_claim_notice,
    render_discharge_certificate,
    render_goods_abroad_report,
    render_security_quote,
)
from carnet_app.pdf.from_view import print_data_from_view
from carnet_app.pdf.general_list import continuation_sheets_needed
from carnet_app.pdf.output import write_pdf_atomically
from carnet_app.pdf.page_plan import annexed_boxes
from carnet_app.pdf.text_fit import TextDoesNotFit

__all__ = [
    "Calibration",
    "CarnetPrintData",
    "ClaimNotice",
    "ClaimedGoods",
    "Country",
    "DischargeCertificate",
    "GoodsAbroadReport",
    "GoodsAbroadRow",
    "Letterhead",
    "MoneyLine",
    "Party",
    "SecurityLine",
    "SecurityQuote",
    "TextDoesNotFit",
    "TripItem",
    "TripSelection",
    "TripVoucher",
    "VoucherSets",
    "annexed_boxes",
    "continuation_sheets_needed",
    "print_data_from_view",
    "render_calibration_sheet",
    "render_carnet",
    "render_claim_notice",
    "render_discharge_certificate",
    "render_goods_abroad_report",
    "render_security_quote",
    "write_pdf_atomically",
]

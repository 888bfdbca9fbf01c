"""The chamber's documents besides the carnet forms; each takes plain frozen records."""

from carnet_app.pdf.documents.letters import render_claim_notice, render_discharge_certificate
from carnet_app.pdf.documents.quote import render_security_quote
from carnet_app.pdf.documents.records import (
    ClaimedGoods,
    ClaimNotice,
    DischargeCertificate,
    GoodsAbroadReport,
    GoodsAbroadRow,
    Letterhead,
    MoneyLine,
    SecurityLine,
    SecurityQuote,
)
from carnet_app.pdf.documents.report import render_goods_abroad_report

__all__ = [
    "ClaimNotice",
    "ClaimedGoods",
    "DischargeCertificate",
    "GoodsAbroadReport",
    "GoodsAbroadRow",
    "Letterhead",
    "MoneyLine",
    "SecurityLine",
    "SecurityQuote",
    "render_claim_notice",
    "render_discharge_certificate",
    "render_goods_abroad_report",
    "render_security_quote",
]

"""The chamber's other documents: quote, claim notice, discharge certificate, goods abroad."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from carnet_app.pdf import (
    ClaimedGoods,
    ClaimNotice,
    Country,
    DischargeCertificate,
    GoodsAbroadReport,
    GoodsAbroadRow,
    MoneyLine,
    Party,
    SecurityLine,
    SecurityQuote,
    VoucherSets,
    render_claim_notice,
    render_discharge_certificate,
    render_goods_abroad_report,
    render_security_quote,
)

CHAMBER = Party("CCI Paris Ile-de-France", "2 place de la Bourse\n75002 Paris", "FR")
HOLDER = Party("Smith & <Sons> Ltd", "1 High Street\nLondon", "GB")


def _text(open_pdf, data: bytes) -> str:  # type: ignore[no-untyped-def]
    return " ".join(" ".join(p.extract_text() or "" for p in open_pdf(data).pages).split())


def test_security_quote(open_pdf) -> None:  # type: ignore[no-untyped-def]
    quote = SecurityQuote(
        association=CHAMBER,
        applicant=HOLDER,
        reference="Q-2026-014",
        quoted_on=date(2026, 3, 1),
        currency="EUR",
        general_list_value=Decimal("62000.00"),
        security_amount=Decimal("24800.00"),
        security_lines=(
            SecurityLine(Country("CH", "Switzerland"), "PE", "40 %", "value", Decimal("24800.00")),
        ),
        fee_lines=(
            MoneyLine("Issue fee", Decimal("340.00")),
            MoneyLine("Continuation sheet", Decimal("10.00")),
        ),
        countries=(Country("CH", "Switzerland"),),
        uses=("PE",),
        voucher_sets=VoucherSets(1, 1, 0),
        valid_until=date(2026, 3, 31),
    )
    text = _text(open_pdf, render_security_quote(quote))
    assert "Smith & <Sons> Ltd" in text
    assert "Total fees EUR 350.00" in text and "EUR 24,800.00" in text
    assert "Page 1 of 1" in text


def test_claim_notice_states_the_deadlines(open_pdf) -> None:  # type: ignore[no-untyped-def]
    notice = ClaimNotice(
        association=CHAMBER,
        holder=HOLDER,
        carnet_number="FR/PAR/2026/000123",
        claim_reference="CL-7",
        claiming_country=Country("CH", "Switzerland"),
        notified_on=date(2027, 6, 1),
        amount=Decimal("1520.40"),
        currency="CHF",
        proof_due=date(2027, 12, 1),
        payment_final_on=date(2028, 3, 1),
        sent_on=date(2027, 6, 3),
        items=(ClaimedGoods(1, "Camera body", 1, "CH"),),
    )
    text = _text(open_pdf, render_claim_notice(notice))
    assert "Proof to reach us by 1 December 2027" in text
    assert "Payment becomes final on 1 March 2028" in text
    assert "CHF 1,520.40" in text and "1 Camera body 1 - CH" in text


def test_discharge_certificate(open_pdf) -> None:  # type: ignore[no-untyped-def]
    certificate = DischargeCertificate(
        association=CHAMBER,
        holder=HOLDER,
        carnet_number="FR/PAR/2026/000123",
        issued_on=date(2026, 3, 15),
        valid_until=date(2027, 3, 14),
        returned_on=date(2026, 11, 2),
        discharged_on=date(2026, 11, 5),
        total_pieces=3,
        total_value=Decimal("62002.50"),
        currency="EUR",
        claims_window_ends=date(2028, 3, 14),
    )
    text = _text(open_pdf, render_discharge_certificate(certificate))
    assert "discharged on 5 November 2026" in text
    assert "Customs may claim until 14 March 2028" in text


def test_goods_abroad_report_sorted_by_deadline(open_pdf) -> None:  # type: ignore[no-untyped-def]
    rows = (
        GoodsAbroadRow("FR/1", "Alpha", date(2027, 1, 1), "CH", "1-3", 3, Decimal("10.00"), "EUR"),
        GoodsAbroadRow(
            "FR/2",
            "Beta",
            date(2027, 5, 1),
            "US",
            "2",
            1,
            Decimal("5.00"),
            "EUR",
            final_date=date(2026, 9, 1),
        ),
    )
    report = GoodsAbroadReport(CHAMBER, date(2026, 8, 1), rows)
    text = _text(open_pdf, render_goods_abroad_report(report))
    assert text.index("FR/2") < text.index("FR/1"), "the nearer deadline first"
    assert " 31 " in f" {text} ", "days left to the customs final date"

"""Dates in the chamber's documents follow the letter's language ("27 novembre 2026",
"27 November 2026"), also in their tables: never an ISO date."""

from __future__ import annotations

import io
import re
from datetime import date
from decimal import Decimal

from pypdf import PdfReader

from carnet_app.pdf import (
    ClaimNotice,
    Country,
    GoodsAbroadReport,
    GoodsAbroadRow,
    Letterhead,
    Party,
    render_claim_notice,
    render_goods_abroad_report,
)
from carnet_app.pdf.documents.dossier import ClaimDossier, DossierMovement, render_claim_dossier

CHAMBER = Party("CCI Paris Ile-de-France", "2 place de la Bourse\n75002 Paris", "FR")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(page.extract_text() or "" for page in pages).split())


def _report(language: str) -> str:
    row = GoodsAbroadRow(
        carnet_number="FR/PAR/2026/000123",
        holder="Lumière Films SARL",
        valid_until=date(2027, 3, 14),
        place="CH",
        items="1-3",
        pieces=3,
        value=Decimal("1200.00"),
        currency="EUR",
        final_date=date(2026, 11, 27),
    )
    report = GoodsAbroadReport(
        CHAMBER, date(2026, 8, 1), (row,), Letterhead(CHAMBER.name, language=language)
    )
    return _text(render_goods_abroad_report(report))


def test_the_goods_abroad_report_writes_its_dates_in_french() -> None:
    text = _report("fr")
    assert "27 novembre 2026" in text and "14 mars 2027" in text
    assert not ISO_DATE.search(text), ISO_DATE.findall(text)


def test_the_goods_abroad_report_writes_its_dates_in_english() -> None:
    text = _report("en")
    assert "27 November 2026" in text and "14 March 2027" in text
    assert not ISO_DATE.search(text), ISO_DATE.findall(text)


def test_the_claim_dossier_writes_its_dates_out() -> None:
    dossier = ClaimDossier(
        association=CHAMBER,
        guarantor="To the national guaranteeing association",
        carnet_number="FR/PAR/2026/000123",
        holder=Party("Lumière Films SARL", "12 rue de la Paix", "FR"),
        valid_until=date(2027, 3, 14),
        claim_reference="CLAIM-7",
        claiming_country="CH",
        notified_on=date(2026, 11, 27),
        amount=Decimal("1520.40"),
        currency="CHF",
        proof_due=date(2027, 5, 27),
        payment_final_on=date(2027, 8, 27),
        status="open",
        items_claimed=("No. 1: Camera body",),
        movements=(
            DossierMovement(
                seq=1,
                on=date(2026, 4, 2),
                action="exportation",
                country="FR",
                customs_office="Roissy",
                voucher="yellow 1",
                refers_to="",
                final_date=None,
                items="1",
            ),
        ),
        items=(),
        evidence=(),
        prepared_on=date(2026, 12, 1),
        prepared_by="Marie Dupont",
    )
    text = _text(render_claim_dossier(dossier))
    assert "27 November 2026" in text and "2 April 2026" in text and "1 December 2026" in text
    assert not ISO_DATE.search(text), ISO_DATE.findall(text)


def test_a_bilingual_letter_dates_each_language_in_its_own_words() -> None:
    text = _report("en+fr")
    assert "Carnets with goods abroad on 1 August 2026 /" in text
    assert "au 1 août 2026" in text
    assert "on 1 August 2026 / 1 août 2026" not in text  # no French date in the English


def test_a_bilingual_claim_letter_writes_each_paragraph_s_date_in_its_language() -> None:
    notice = ClaimNotice(
        association=CHAMBER,
        holder=Party("Lumière Films SARL", "12 rue de la Paix", "FR"),
        carnet_number="FR/PAR/2026/000123",
        claim_reference="CL-7",
        claiming_country=Country("CH", "Switzerland"),
        notified_on=date(2027, 6, 1),
        amount=Decimal("1520.40"),
        currency="CHF",
        proof_due=date(2027, 12, 1),
        payment_final_on=date(2028, 3, 1),
        sent_on=date(2027, 6, 3),
        letterhead=Letterhead(CHAMBER.name, language="en+fr"),
    )
    text = _text(render_claim_notice(notice))
    assert "1 June 2027 / 1 juin 2027" in text  # the facts table: both
    assert "notified us on 1 June 2027 of a claim" in text
    assert "nous a notifié le 1 juin 2027 une réclamation" in text

"""Chamber letters as a chamber sends them: letterhead, language, references, salutation,
signature; the holder's claim deadline with the chamber's margin; dated certificates; report
totals and plurals; no desk-internal warnings."""

from __future__ import annotations

import io
import itertools
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from PIL import Image
from pypdf import PdfReader

from carnet_app.pdf import (
    ClaimedGoods,
    ClaimNotice,
    Country,
    DischargeCertificate,
    GoodsAbroadReport,
    GoodsAbroadRow,
    Letterhead,
    MoneyLine,
    Party,
    SecurityQuote,
    render_claim_notice,
    render_discharge_certificate,
    render_goods_abroad_report,
    render_security_quote,
)
from tests.pdf.conftest import qpdf_check, unembedded_fonts

CHAMBER = Party("CCI Paris Ile-de-France", "2 place de la Bourse\n75002 Paris", "FR")
HOLDER = Party("Lumière Films SARL", "12 rue de la Paix\n75002 Paris", "FR")


def _letterhead(tmp_path: Path, language: str) -> Letterhead:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 60), (20, 90, 160)).save(logo)
    return Letterhead(
        name="CCI Paris Ile-de-France",
        address="2 place de la Bourse\n75002 Paris",
        phone="+33 1 55 65 55 65",
        email="carnets@cci-paris-idf.fr",
        logo_path=str(logo),
        signatory_name="Claire Martin",
        signatory_title="Responsable carnets ATA",
        town="Paris",
        language=language,
    )


def _text(open_pdf, data: bytes) -> str:  # type: ignore[no-untyped-def]
    return " ".join(" ".join(p.extract_text() or "" for p in open_pdf(data).pages).split())


def _quote(letterhead: Letterhead | None) -> SecurityQuote:
    return SecurityQuote(
        association=CHAMBER,
        applicant=HOLDER,
        reference="Q-20260301",
        quoted_on=date(2026, 3, 1),
        currency="EUR",
        general_list_value=Decimal("62000.00"),
        security_amount=Decimal("24800.00"),
        fee_lines=(MoneyLine("Issue fee", Decimal("340.00")),),
        countries=(Country("CH", "Switzerland"),),
        uses=("PE",),
        letterhead=letterhead,
    )


def test_a_french_chamber_writes_a_french_letter_with_its_letterhead(
    open_pdf,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    data = render_security_quote(_quote(_letterhead(tmp_path, "fr")))
    qpdf_check(data, tmp_path)
    assert unembedded_fonts(data) == []
    text = _text(open_pdf, data)
    assert "Tél. +33 1 55 65 55 65" in text and "carnets@cci-paris-idf.fr" in text
    assert "Paris, le 1 mars 2026" in text or "Paris, le 1er mars 2026" in text
    assert "Notre référence: Q-20260301" in text
    assert "Madame, Monsieur," in text and "salutations distinguées" in text
    assert "Claire Martin Responsable carnets ATA" in text
    assert "Devis valable jusqu'au" not in text, "no validity date given: no '-' row"
    assert "→" not in text and "Page 1 sur 1" in text
    assert "24\u202f800,00 EUR" in text or "24 800,00 EUR" in text
    page = PdfReader(io.BytesIO(data)).pages[0]
    assert page.images, "the logo is printed"


def test_a_bilingual_letter_gives_both_languages(open_pdf, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = _text(open_pdf, render_security_quote(_quote(_letterhead(tmp_path, "en+fr"))))
    assert "Dear Sir or Madam," in text and "Madame, Monsieur," in text
    assert "Security and fee quote Q-20260301 / Devis de garantie et de frais Q-20260301" in text


def test_an_unreadable_logo_is_left_out(open_pdf, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    head = replace(_letterhead(tmp_path, "en"), logo_path=str(tmp_path / "missing.png"))
    text = _text(open_pdf, render_security_quote(_quote(head)))
    assert "Dear Sir or Madam," in text


def test_the_holder_gets_the_chamber_deadline_less_its_margin(
    open_pdf,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    notice = ClaimNotice(
        association=CHAMBER,
        holder=HOLDER,
        carnet_number="FR/PAR/2026/000123",
        claim_reference="CLAIM-7",
        claiming_country=Country("CH", "Switzerland"),
        notified_on=date(2027, 6, 1),
        amount=Decimal("1520.40"),
        currency="CHF",
        proof_due=date(2027, 12, 1),
        payment_final_on=date(2028, 3, 1),
        sent_on=date(2027, 6, 3),
        items=(ClaimedGoods(3, "Camera body, S/N 3", 1, "CH", Decimal("2500")),),
        letterhead=_letterhead(tmp_path, "en"),
        holder_margin_days=30,
        goods_currency="EUR",
    )
    text = _text(open_pdf, render_claim_notice(notice))
    assert "Proof to reach us by 1 November 2027" in text
    assert "Item Description Pieces Value Where 3 Camera body, S/N 3 1 EUR 2,500.00 CH" in text
    assert "Dear Sir or Madam," in text and "Claire Martin" in text


def test_the_discharge_certificate_is_dated_and_never_says_released_in_the_future(
    open_pdf,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    certificate = DischargeCertificate(
        association=CHAMBER,
        holder=HOLDER,
        carnet_number="FR/PAR/2026/000123",
        issued_on=date(2026, 3, 15),
        valid_until=date(2027, 3, 14),
        returned_on=date(2026, 11, 2),
        discharged_on=date(2026, 11, 5),
        total_pieces=1,
        total_value=Decimal("62002.50"),
        currency="EUR",
        claims_window_ends=date(2028, 3, 14),
        security_release_on=date(2028, 3, 15),
        letterhead=_letterhead(tmp_path, "en"),
        certified_on=date(2026, 11, 6),
    )
    text = _text(open_pdf, render_discharge_certificate(certificate))
    assert "Paris, 6 November 2026" in text
    assert "Security released on" not in text
    assert "Security to be released from 15 March 2028" in text
    assert "1 piece for EUR 62,002.50" in text


def test_goods_abroad_report_has_totals_and_plurals(open_pdf) -> None:  # type: ignore[no-untyped-def]
    row = GoodsAbroadRow("FR/1", "Alpha", date(2027, 1, 1), "CH", "1-3", 3, Decimal("10"), "EUR")
    one = _text(
        open_pdf, render_goods_abroad_report(GoodsAbroadReport(CHAMBER, date(2026, 8, 1), (row,)))
    )
    assert "1 entry." in one and "1 entries" not in one
    two = GoodsAbroadReport(CHAMBER, date(2026, 8, 1), (row, replace(row, carnet_number="FR/2")))
    text = _text(open_pdf, render_goods_abroad_report(two))
    assert "2 entries." in text
    assert "Total 2 carnets 6 EUR 20.00" in text


LONG_CHAMBER = "Chambre de Commerce et d'Industrie de Région Paris Île-de-France"


def test_a_long_chamber_name_stays_on_the_page_and_clear_of_the_title(
    open_pdf,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    # seen on a real quote: the letterhead ran off the right edge, and on page 2 the name ran
    # into the letter's title
    head = replace(_letterhead(tmp_path, "fr"), name=LONG_CHAMBER)
    fees = tuple(MoneyLine(f"Frais de dossier {n}", Decimal("10.00")) for n in range(60))
    quote = replace(_quote(head), association=replace(CHAMBER, name=LONG_CHAMBER), fee_lines=fees)
    pdf = open_pdf(render_security_quote(quote))
    assert len(pdf.pages) >= 2
    width = pdf.pages[0].width
    for page in pdf.pages:
        assert max(c["x1"] for c in page.chars) <= width - 15, "a character runs off the page"
    first = " ".join((pdf.pages[0].extract_text() or "").split())
    assert LONG_CHAMBER.split()[-1] in first  # the whole name, on two lines if need be
    header = [c for c in pdf.pages[1].chars if c["top"] < 60]
    by_line: dict[int, list[dict[str, float]]] = {}
    for char in header:
        by_line.setdefault(round(char["bottom"]), []).append(char)
    for chars in by_line.values():
        chars.sort(key=lambda c: c["x0"])
        for left, right in itertools.pairwise(chars):
            assert right["x0"] >= left["x1"] - 0.5, "the name and the title overlap"


def test_arabic_in_an_italic_paragraph_is_drawn_with_a_font_that_has_it(
    open_pdf,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    # seen on a bilingual discharge certificate: the French sentence is italic, and the
    # oblique face has no Arabic letters: the holder's name printed as empty boxes
    from tests.pdf.test_every_file_embeds import DOCUMENTS

    pdf = open_pdf(DOCUMENTS["discharge certificate"](tmp_path))
    chars = [c for page in pdf.pages for c in page.chars]
    missing = [c["fontname"] for c in chars if c["text"] == "\x00"]  # a glyph the font lacks
    assert not missing, f"{len(missing)} characters drawn without a glyph ({missing[0]})"


def test_a_french_grouped_amount_never_breaks_across_lines() -> None:
    """« 1 102,64 EUR » is grouped with a narrow no-break space: a letter's paragraph keeps the
    number on one line where reportlab would break at that space."""
    from carnet_app.pdf.documents.base import para

    text = "caution d'assurance : prime de 10,00 EUR → 1\u202f102,64 EUR"
    paragraph = para(text)
    for width in range(120, 400, 7):
        paragraph = para(text)
        paragraph.wrap(width, 1000)
        words = [" ".join(str(w) for w in line[1]) for line in paragraph.blPara.lines]
        assert not any(line.startswith("102,64") for line in words), (width, words)

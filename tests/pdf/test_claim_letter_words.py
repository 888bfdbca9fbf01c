"""The French letters speak the desk's words and French grammar: a country after "de" takes
its article (du Royaume-Uni, des États-Unis, d'Italie) for every country of the table, the
certificate says "apurement", the claim notice lists the goods claimed with their value, and
its tables never touch the paragraph below."""

from __future__ import annotations

import io
import re
from datetime import date
from decimal import Decimal

import pdfplumber
import pytest

from carnet_app.languages import country_name
from carnet_app.pdf import (
    ClaimedGoods,
    ClaimNotice,
    Country,
    DischargeCertificate,
    Letterhead,
    Party,
    render_claim_notice,
    render_discharge_certificate,
)
from carnet_app.pdf.documents.wording import FRENCH_OF, of_country
from carnet_app.pdf.units import MM
from carnet_app.services.reference import shipped_country_data

CHAMBER = Party("CCI Lyon Métropole", "Place de la Bourse\n69002 Lyon", "FR")
HOLDER = Party("Turbines Vallée du Rhône SAS", "3 avenue Jean Jaurès\n38000 Grenoble", "FR")
COUNTRIES = shipped_country_data()[0].rules()
FRENCH_START = re.compile(
    r"^(du [^AEIOUYÂÉÈÊÎÔÛaeiouyéèêîô]|des |de la |de l'|de [^AEIOUYÂÉÈÊÎÔÛ]|d')"
)


@pytest.mark.parametrize("rule", COUNTRIES, ids=lambda rule: rule.code)
def test_every_country_of_the_table_follows_de_with_its_article(rule) -> None:  # type: ignore[no-untyped-def]
    french = of_country(rule.code, country_name(rule.name, "fr"), "fr")
    assert rule.code in FRENCH_OF, f"{rule.code} {rule.name}: no French 'de' form in the data"
    assert FRENCH_START.match(french), french
    assert not re.match(r"^de (le|les) ", french), french
    assert of_country(rule.code, rule.name, "en").startswith("of ")


def test_the_usual_countries_read_as_a_french_clerk_writes_them() -> None:
    written = {code: of_country(code, "", "fr") for code in ("GB", "US", "CH", "FR", "IT", "NL")}
    assert written == {
        "GB": "du Royaume-Uni",
        "US": "des États-Unis",
        "CH": "de Suisse",
        "FR": "de France",
        "IT": "d'Italie",
        "NL": "des Pays-Bas",
    }
    assert of_country("GB", "United Kingdom", "en") == "of the United Kingdom"
    assert of_country("IT", "Italy", "en") == "of Italy"
    # a country a chamber adds itself: "de" or "d'" by the name's first letter
    assert of_country("ZZ", "Atlantide", "fr") == "d'Atlantide"
    assert of_country("ZZ", "Zubrowka", "fr") == "de Zubrowka"


def _letterhead(language: str) -> Letterhead:
    return Letterhead(name=CHAMBER.name, address=CHAMBER.address, town="Lyon", language=language)


def _notice(language: str, code: str = "GB", name: str = "Royaume-Uni") -> ClaimNotice:
    return ClaimNotice(
        association=CHAMBER,
        holder=HOLDER,
        carnet_number="FR/LY/000001",
        claim_reference="CLAIM-1",
        claiming_country=Country(code, name),
        notified_on=date(2026, 11, 30),
        amount=Decimal("500"),
        currency="GBP",
        proof_due=date(2027, 5, 30),
        payment_final_on=date(2027, 8, 30),
        sent_on=date(2026, 11, 30),
        items=(
            ClaimedGoods(2, "LED screen 55 inch Samsung QM55B", 1, "GB", Decimal("1450.00")),
            ClaimedGoods(4, "Stand lighting", 3, "", Decimal("90.00")),
        ),
        letterhead=_letterhead(language),
        goods_currency="EUR",
        country_names=(("fr", name),) if language == "fr" else (("en", "United Kingdom"),),
    )


def _pages(data: bytes) -> list[pdfplumber.page.Page]:
    return list(pdfplumber.open(io.BytesIO(data)).pages)


def _text(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text() or "" for p in _pages(data)).split())


def test_the_french_claim_notice_names_the_country_with_its_article() -> None:
    text = _text(render_claim_notice(_notice("fr")))
    assert "La douane du Royaume-Uni nous a notifié" in text
    assert "de Royaume-Uni" not in text
    united = _text(render_claim_notice(_notice("fr", "US", "États-Unis")))
    assert "La douane des États-Unis nous a notifié" in united
    english = _text(render_claim_notice(_notice("en")))
    assert "The customs of the United Kingdom notified us" in english


def test_the_claim_notice_lists_the_goods_claimed_with_their_value() -> None:
    text = _text(render_claim_notice(_notice("fr")))
    assert "N° Désignation Pièces Valeur Où" in text
    assert "2 LED screen 55 inch Samsung QM55B 1 1 450,00 EUR GB" in text
    assert "4 Stand lighting 3 90,00 EUR -" in text  # named by the claim, not placed there


def test_the_deadline_table_keeps_clear_of_the_paragraph_below() -> None:
    page = _pages(render_claim_notice(_notice("fr")))[0]
    below = next(w for w in page.extract_words() if w["text"] == "Merci")
    table_bottom = max(edge["bottom"] for edge in page.edges if edge["bottom"] <= below["top"] + 1)
    assert below["top"] - table_bottom >= 2 * MM


def test_the_french_discharge_certificate_says_apurement() -> None:
    certificate = DischargeCertificate(
        association=CHAMBER,
        holder=HOLDER,
        carnet_number="FR/LY/000001",
        issued_on=date(2026, 3, 2),
        valid_until=date(2027, 3, 1),
        returned_on=date(2026, 11, 2),
        discharged_on=date(2026, 11, 5),
        total_pieces=3,
        total_value=Decimal("15400"),
        currency="EUR",
        letterhead=_letterhead("fr"),
    )
    text = _text(render_discharge_certificate(certificate))
    assert "Certificat d'apurement" in text and "Apuré le" in text and "apuré le" in text
    assert "charg" not in text.lower()

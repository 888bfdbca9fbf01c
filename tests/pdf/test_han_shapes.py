"""Han characters take Japanese, Korean or Chinese shapes: from the text (kana: Japanese,
hangul: Korean), else from the holder's or the issuer's country. Every CJK font is a bundled
TrueType font, embedded as a subset."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pdfplumber
import pytest

from carnet_app.pdf import (
    ClaimedGoods,
    ClaimNotice,
    Country,
    Party,
    render_carnet,
    render_claim_notice,
)
from tests.pdf.conftest import make_carnet, unembedded_fonts

JAPANESE = "IPAexGothic"
KOREAN = "NanumGothic"
CHINESE = "DroidSansFallback"


def _fonts_drawing(pdf: bytes, character: str) -> set[str]:
    """The fonts (subset tag removed) that draw ``character`` anywhere in the file."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return {
            str(char["fontname"]).split("+")[-1]
            for page in document.pages
            for char in page.chars
            if char["text"] == character
        }


def _cover(holder: str, holder_country: str = "FR", issuer_country: str = "FR") -> bytes:
    base = make_carnet(3)
    data = replace(
        base,
        holder=Party(holder, "1-1 Marunouchi", holder_country),
        association=replace(base.association, country=issuer_country),
    )
    return render_carnet(data, part="cover")


def test_kana_in_the_text_gives_japanese_shapes() -> None:
    pdf = _cover("株式会社カメラ東京")
    assert _fonts_drawing(pdf, "株") == {JAPANESE}
    assert _fonts_drawing(pdf, "カ") == {JAPANESE}


def test_hangul_in_the_text_gives_korean_shapes() -> None:
    pdf = _cover("서울영상 주식회사 映像", holder_country="JP")
    assert _fonts_drawing(pdf, "서") == {KOREAN}
    assert _fonts_drawing(pdf, "映") == {KOREAN}


@pytest.mark.parametrize(
    ("holder_country", "issuer_country", "font"),
    [
        ("JP", "FR", JAPANESE),
        ("KR", "FR", KOREAN),
        ("CN", "FR", CHINESE),
        ("TW", "JP", CHINESE),
        ("FR", "JP", JAPANESE),
        ("FR", "KR", KOREAN),
        ("FR", "FR", CHINESE),
    ],
)
def test_han_alone_takes_the_shapes_of_the_holder_then_the_issuer(
    holder_country: str, issuer_country: str, font: str
) -> None:
    pdf = _cover("北京影视有限公司", holder_country, issuer_country)
    assert _fonts_drawing(pdf, "影") == {font}


@pytest.mark.parametrize(
    ("holder", "font"),
    [("株式会社カメラ", JAPANESE), ("서울영상", KOREAN), ("北京影视", CHINESE)],
)
def test_every_cjk_font_is_embedded_as_a_subset(holder: str, font: str) -> None:
    pdf = _cover(holder)
    assert not unembedded_fonts(pdf)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        used = {str(char["fontname"]) for page in document.pages for char in page.chars}
    assert any(name.endswith(f"+{font}") for name in used), used
    assert all(re.fullmatch(r"[A-Z]{6}\+\S+", name) for name in used), used  # subsets
    if shutil.which("pdffonts") is None:
        return
    listing = subprocess.run(["pdffonts", "-"], input=pdf, capture_output=True, check=False)
    rows = listing.stdout.decode().splitlines()[2:]
    assert rows, listing.stderr  # pdffonts reads the file from its standard input
    assert [row for row in rows if row.split()[0].endswith(f"+{font}")], rows
    for row in rows:  # name type encoding emb sub uni object id
        assert row.split()[-5:-3] == ["yes", "yes"], row


def test_a_letter_to_a_korean_holder_uses_korean_shapes() -> None:
    notice = ClaimNotice(
        association=Party("CCI Paris Ile-de-France", "2 place de la Bourse\n75002 Paris", "FR"),
        holder=Party("김민수 映像", "서울특별시 중구", "KR"),
        carnet_number="FR/PAR/2026/000123",
        claim_reference="CL-7",
        claiming_country=Country("CH", "Switzerland"),
        notified_on=date(2027, 6, 1),
        amount=Decimal("1520.40"),
        currency="CHF",
        proof_due=date(2027, 12, 1),
        payment_final_on=date(2028, 3, 1),
        sent_on=date(2027, 6, 3),
        items=(ClaimedGoods(1, "映像 camera", 1, "JP"),),
    )
    pdf = render_claim_notice(notice)
    assert _fonts_drawing(pdf, "映") == {KOREAN}
    assert not unembedded_fonts(pdf)

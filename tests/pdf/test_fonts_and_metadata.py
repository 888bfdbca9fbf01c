"""Every font embedded (CJK included, no base-14 Helvetica), qpdf-clean files, real metadata."""

from __future__ import annotations

import io
import os
import stat
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from carnet_app import __version__
from carnet_app.pdf import (
    Party,
    VoucherSets,
    render_calibration_sheet,
    render_carnet,
    write_pdf_atomically,
)
from tests.pdf.conftest import make_carnet, qpdf_check, unembedded_fonts

CJK_HOLDER = Party(
    "株式会社ルミエール映像 서울영상 北京影视有限公司", "東京都千代田区丸の内1-1-1", "JP"
)


@pytest.mark.parametrize("overlay", [False, True])
def test_every_font_is_embedded_even_for_cjk_text(overlay: bool, tmp_path: Path) -> None:
    carnet = replace(make_carnet(3, sets=VoucherSets(1, 1, 1)), holder=CJK_HOLDER)
    data = render_carnet(carnet, overlay=overlay)
    assert unembedded_fonts(data) == []
    assert b"Helvetica" not in data and b"STSong" not in data
    qpdf_check(data, tmp_path)


def test_cjk_text_extracts_as_written(open_pdf) -> None:  # type: ignore[no-untyped-def]
    carnet = replace(make_carnet(2), holder=CJK_HOLDER)
    text = open_pdf(render_carnet(carnet, part="cover")).pages[0].extract_text()
    assert "株式会社ルミエール映像" in text and "서울영상" in text


def test_calibration_sheet_embeds_its_fonts(tmp_path: Path) -> None:
    data = render_calibration_sheet()
    assert unembedded_fonts(data) == []
    qpdf_check(data, tmp_path)


def test_metadata_names_the_chamber_the_desk_and_the_date(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    before = datetime.now(UTC).replace(microsecond=0)
    info = PdfReader(io.BytesIO(render_carnet(make_carnet(2), part="cover"))).metadata
    assert info is not None
    assert info.author == "CCI Paris Ile-de-France"
    assert info.creator == f"Carnet Desk {__version__}"
    assert info.title == "A.T.A. carnet FR/PAR/2026/000123"
    assert info.creation_date is not None
    assert info.creation_date >= before.replace(tzinfo=info.creation_date.tzinfo) or (
        info.creation_date.year >= 2026
    )


def test_exports_get_the_usual_file_permissions(tmp_path: Path) -> None:
    mask = os.umask(0o022)
    try:
        target = write_pdf_atomically(tmp_path / "carnet.pdf", b"%PDF-1.4")
    finally:
        os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


@pytest.mark.parametrize("part", ["all", "cover", "list", "vouchers"])
@pytest.mark.parametrize("overlay", [False, True])
def test_every_part_passes_qpdf_check(part: str, overlay: bool, tmp_path: Path) -> None:
    carnet = make_carnet(40, sets=VoucherSets(1, 1, 1))
    qpdf_check(render_carnet(carnet, part=part, overlay=overlay), tmp_path)

"""Overlay mode prints the data alone, moved by the printer calibration; the test sheet."""

from __future__ import annotations

import pytest

from carnet_app.errors import UserError
from carnet_app.pdf import Calibration, render_calibration_sheet, render_carnet
from carnet_app.pdf.calibration import CROSSHAIRS
from tests.pdf.conftest import MM, make_carnet


def _word(page, text: str) -> dict:  # type: ignore[no-untyped-def]
    return next(w for w in page.extract_words() if w["text"] == text)


def test_overlay_draws_no_box_lines_and_no_labels(open_pdf) -> None:  # type: ignore[no-untyped-def]
    pdf = open_pdf(render_carnet(make_carnet(40), overlay=True))
    for page in pdf.pages:
        assert page.rects == [] and page.lines == [] and page.curves == []
        text = page.extract_text()
        assert "HOLDER AND ADDRESS" not in text and "FOR CUSTOMS USE ONLY" not in text
    cover = pdf.pages[0].extract_text()
    assert "FR/PAR/2026/000123" in cover and "Lumière Films SARL" in cover


def test_plain_paper_draws_the_form(open_pdf) -> None:  # type: ignore[no-untyped-def]
    pdf = open_pdf(render_carnet(make_carnet(3), part="cover"))
    page = pdf.pages[0]
    assert len(page.rects) > 10 and page.curves, "boxes and stamp circles"
    assert "A. HOLDER AND ADDRESS / Titulaire et adresse" in page.extract_text()


def test_calibration_moves_and_scales_the_data(open_pdf) -> None:  # type: ignore[no-untyped-def]
    carnet = make_carnet(3)
    straight = open_pdf(render_carnet(carnet, part="cover", overlay=True)).pages[0]
    moved = open_pdf(
        render_carnet(carnet, part="cover", overlay=True, calibration=Calibration(4.0, -2.5, 1.0))
    ).pages[0]
    before, after = _word(straight, "FR/PAR/2026/000123"), _word(moved, "FR/PAR/2026/000123")
    assert after["x0"] - before["x0"] == pytest.approx(4.0 * MM, abs=0.05)
    assert after["top"] - before["top"] == pytest.approx(-2.5 * MM, abs=0.05)
    scaled = open_pdf(
        render_carnet(carnet, part="cover", overlay=True, calibration=Calibration(0, 0, 1.02))
    ).pages[0]
    assert _word(scaled, "FR/PAR/2026/000123")["x0"] == pytest.approx(before["x0"] * 1.02, abs=0.05)


def test_calibration_from_measured_crosshairs_and_limits() -> None:
    calibration = Calibration.from_measurements(a_x=21.5, a_y=18.0, b_x=193.2)
    assert calibration.scale == pytest.approx(1.01)
    assert calibration.offset_x_mm == pytest.approx(21.5 - 20.2)
    with pytest.raises(UserError):
        Calibration(offset_x_mm=40)
    with pytest.raises(UserError):
        Calibration(scale=1.5)


def test_calibration_sheet_has_rulers_and_crosshairs(open_pdf) -> None:  # type: ignore[no-untyped-def]
    pdf = open_pdf(render_calibration_sheet())
    assert len(pdf.pages) == 1
    page = pdf.pages[0]
    assert len(page.lines) > 400, "millimetre ticks on two rulers"
    words = page.extract_words()
    for name, x_mm, y_mm in CROSSHAIRS:
        label = min(
            (w for w in words if w["text"] == name),
            key=lambda w: abs(w["x0"] - (x_mm + 4) * MM) + abs(w["bottom"] - (y_mm - 4) * MM),
        )
        assert label["x0"] == pytest.approx(x_mm * MM + 4 * MM, abs=0.5)
        assert label["bottom"] == pytest.approx((y_mm - 4) * MM, abs=3)
        vertical = [
            ln
            for ln in page.lines
            if abs(ln["x0"] - x_mm * MM) < 0.01
            and abs(ln["x1"] - x_mm * MM) < 0.01
            and ln["top"] < y_mm * MM < ln["bottom"]
        ]
        assert vertical, f"crosshair {name} at its position"

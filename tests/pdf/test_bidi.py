"""Right-to-left text: the paragraph (the whole box's text) sets the direction of every line
it wraps to, and the drawn Arabic extracts as letters in reading order (searchable)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from carnet_app.pdf import Party, render_carnet
from carnet_app.pdf.fonts import Face, visual_line
from carnet_app.pdf.text_fit import wrap_text
from tests.pdf.conftest import make_carnet

EMBEDDING = str.maketrans("", "", "\u202a\u202b\u202c\u202d\u202e")


def _pdftotext(data: bytes, folder: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("poppler-utils is not installed")
    path = folder / "bidi.pdf"
    path.write_bytes(data)
    result = subprocess.run([tool, str(path), "-"], capture_output=True, text=True, check=True)
    return result.stdout.translate(EMBEDDING)


def test_a_left_to_right_paragraph_keeps_its_direction_on_a_line_of_arabic() -> None:
    text = "Søren Kierkegård-Ødegård; محمد الأحمد;"
    lines = wrap_text(text, Face.REGULAR.value, 9, 120)
    assert len(lines) >= 2
    last = visual_line(lines[-1])
    # in a left-to-right paragraph the closing semicolon stays at the right end of the line
    assert last.endswith(";"), last
    assert visual_line(lines[0]).startswith("Søren")


def test_a_right_to_left_paragraph_sets_every_line_right_to_left() -> None:
    text = "محمد الأحمد 12; شركة سجادة الشرق للتجارة Ltd."
    lines = wrap_text(text, Face.REGULAR.value, 9, 90)
    assert len(lines) >= 2
    assert all(line.startswith("\u200f") for line in lines)
    assert not any("\u200f" in visual_line(line) for line in lines)


def test_arabic_in_a_box_extracts_in_reading_order(tmp_path: Path) -> None:
    carnet = replace(
        make_carnet(2),
        holder=Party("شركة سجادة الشرق للتجارة", "شارع الملك فهد\nالرياض", "SA"),
        representatives=("Søren Kierkegård-Ødegård", "محمد الأحمد"),
    )
    text = _pdftotext(render_carnet(carnet, part="cover"), tmp_path)
    assert "سجادة" in text
    assert "شارع الملك فهد" in text
    assert "Søren Kierkegård-Ødegård; محمد الأحمد" in text

"""Every layout file loads, and every printed label fits the rectangle the layout gives it."""

from __future__ import annotations

import pytest

from carnet_app.pdf.labels import bilingual_markup, box_markup, measure_mm, text_markup
from carnet_app.pdf.layout import FORM_IDS, PAGE_HEIGHT_MM, PAGE_WIDTH_MM, load_layout


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_every_label_fits_its_rectangle(form_id: str) -> None:
    layout = load_layout(form_id)
    for text in layout.texts:
        if text.rotate:
            continue
        height = measure_mm(text_markup(text), text.size, text.rect.w, text.align)
        assert height <= text.rect.h + 0.05, f"{form_id} {text.id}: {height:.1f} mm tall"


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_fields_sit_below_the_label_of_their_box(form_id: str) -> None:
    layout = load_layout(form_id)
    for box in layout.boxes:
        if not box_markup(box):
            continue
        label_bottom = (
            box.rect.y + 0.9 + measure_mm(box_markup(box), box.label_size, box.rect.w - 2.4)
        )
        for field in layout.fields:
            r = field.rect
            inside = (
                box.rect.x <= r.x
                and r.right <= box.rect.right + 0.01
                and box.rect.y <= r.y < box.rect.bottom
            )
            if inside and r.y < label_bottom - 0.05:
                pytest.fail(f"{form_id}: field {field.id} starts under the label of {box.id}")


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_everything_is_on_the_a4_sheet(form_id: str) -> None:
    layout = load_layout(form_id)
    rects = [b.rect for b in layout.boxes] + [f.rect for f in layout.fields]
    rects += [t.rect for t in layout.texts]
    for rect in rects:
        assert 0 <= rect.x and rect.right <= PAGE_WIDTH_MM
        assert 0 <= rect.y and rect.bottom <= PAGE_HEIGHT_MM


def test_voucher_fronts_carry_box_letters_and_bilingual_labels() -> None:
    layout = load_layout("voucher-importation")
    letters = {box.letter for box in layout.boxes}
    assert {"A.", "B.", "C.", "D.", "E.", "F.", "G.", "a)", "b)", "c)"} <= letters
    assert all(box.label_fr for box in layout.boxes if box.label_en and box.letter)


@pytest.mark.parametrize(
    "form_id", ["general-list", "general-list-continuation", "voucher-reverse"]
)
def test_column_headings_fit_their_cells(form_id: str) -> None:
    table = load_layout(form_id).table
    assert table is not None
    for column in table.columns:
        markup = bilingual_markup("", column.en, column.fr, stacked=True)
        if column.rotate_heading:
            thickness = measure_mm(markup, table.heading_size - 0.5, table.header_h - 1, "center")
            assert thickness <= column.w, f"column {column.number} heading"
        else:
            height = measure_mm(markup, table.heading_size, column.w - 1, "center")
            assert height <= table.header_h, f"column {column.number} heading"

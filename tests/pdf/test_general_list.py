"""The general list paginates by the rows its layout holds and closes with totals in words."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from carnet_app.domain.types import GoodsLine
from carnet_app.pdf import render_carnet
from carnet_app.pdf.general_list import continuation_sheets_needed, paginate_general_list
from carnet_app.pdf.layout import load_layout
from carnet_app.pdf.words import number_in_words
from tests.pdf.conftest import goods, make_carnet


def _tables():  # type: ignore[no-untyped-def]
    return load_layout("general-list").table, load_layout("general-list-continuation").table


def _one_page_full() -> int:
    """The most single-row items the cover's general list holds with its closing."""
    first, following = _tables()
    count = 1
    while len(paginate_general_list(goods(count + 1), "EUR", first, following).pages) == 1:
        count += 1
    return count


def _list_text(pdf) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_one_page_full_is_close_to_the_rows_of_the_form() -> None:
    first, _ = _tables()
    assert first is not None
    assert first.rows - 12 <= _one_page_full() < first.rows


@pytest.mark.parametrize("extra, pages", [(None, 1), (0, 1), (1, 2)])
def test_page_count_around_one_full_page(open_pdf, extra, pages) -> None:  # type: ignore[no-untyped-def]
    count = 1 if extra is None else _one_page_full() + extra
    pdf = open_pdf(render_carnet(make_carnet(count), part="list"))
    assert len(pdf.pages) == pages
    cover = open_pdf(render_carnet(make_carnet(count), part="cover"))
    sheets = pages - 1
    words = f"{sheets} ({number_in_words(sheets, 'en')} / {number_in_words(sheets, 'fr')})"
    assert words in cover.pages[0].extract_text()


@pytest.mark.parametrize("count", [200, 1000])
def test_long_lists_use_numbered_continuation_sheets(open_pdf, count) -> None:  # type: ignore[no-untyped-def]
    first, following = _tables()
    expected_pages = len(paginate_general_list(goods(count), "EUR", first, following).pages)
    assert following is not None
    assert expected_pages >= 1 + count // following.rows
    pdf = open_pdf(render_carnet(make_carnet(count), part="list"))
    assert len(pdf.pages) == expected_pages
    last = pdf.pages[-1].extract_text()
    assert f"CONTINUATION SHEET No. {expected_pages - 1}" in last
    assert f"{count}. Camera body, S/N {count}" in last
    text = _list_text(pdf)
    for number in (1, count // 2, count):
        assert text.count(f"S/N {number}\n") + text.count(f"S/N {number} ") >= 1
    pieces = sum(line.pieces for line in goods(count))
    assert f"{pieces:,} ({number_in_words(pieces, 'en')}) pieces" in " ".join(last.split())


def test_totals_in_figures_and_words_in_english_and_french(open_pdf) -> None:  # type: ignore[no-untyped-def]
    lines = (
        GoodsLine(1, "Camera body, S/N 1", 2, Decimal("1000.25")),
        GoodsLine(2, "Tripod, S/N 2", 1, Decimal("234.25")),
    )
    pdf = open_pdf(render_carnet(make_carnet(lines=lines), part="list"))
    text = " ".join(_list_text(pdf).split())
    assert "3 (three) pieces for a total value of EUR 1,234.50" in text
    assert "one thousand, two hundred and thirty-four euro, fifty cents" in text
    assert "3 (trois) pièces pour une valeur totale de EUR 1 234,50" in text
    assert "mille deux cent trente-quatre euros et cinquante centimes" in text
    assert "TOTAL or CARRIED OVER" in text


def test_totals_are_carried_over_to_the_next_sheet(open_pdf) -> None:  # type: ignore[no-untyped-def]
    pdf = open_pdf(render_carnet(make_carnet(80), part="list"))
    first_total = pdf.pages[0].extract_text().splitlines()
    carried = next(line for line in first_total if line.startswith("TOTAL or CARRIED OVER"))
    brought = next(
        line for line in pdf.pages[1].extract_text().splitlines() if "Brought forward" in line
    )
    assert carried.split()[-1] == brought.split()[-1]


def test_a_realistic_twenty_item_list_fits_the_cover_page() -> None:
    first, following = _tables()
    plan = paginate_general_list(
        goods(20, "Camera body with lens and batteries, S/N {n}"), "EUR", first, following
    )
    assert len(plan.pages) == 1


@pytest.mark.parametrize("count", range(18, 70))
def test_no_continuation_sheet_without_goods_and_the_quote_counts_what_prints(count: int) -> None:
    first, following = _tables()
    plan = paginate_general_list(goods(count), "EUR", first, following)
    for page in plan.pages[1:]:
        assert any(row.cells.get(1) for row in page.rows), f"{count} items: a sheet without goods"
    assert continuation_sheets_needed(goods(count), "EUR") == len(plan.pages) - 1


def test_numbers_share_one_grouping_and_weights_one_number_of_decimals(open_pdf) -> None:  # type: ignore[no-untyped-def]
    lines = (
        GoodsLine(1, "Generator", 12000, Decimal("9999999.99"), weight=Decimal("100000")),
        GoodsLine(2, "Cable drum", 1, Decimal("10"), weight=Decimal("2.6")),
        GoodsLine(3, "Light stand", 1, Decimal("20"), weight=Decimal("11")),
    )
    pdf = open_pdf(render_carnet(make_carnet(lines=lines), part="list"))
    text = _list_text(pdf)
    assert "12,000 100,000.0 9,999,999.99" in text
    assert " 2.6 " in text and " 11.0 " in text and "2.600" not in text
    # the totals print whole, each inside its own column (no "12,002100,013.6")
    assert "12,002 100,013.6 10,000,029.99" in text
    assert "zero cents" not in text and "zéro centimes" not in text


def test_whole_amounts_in_words_have_no_zero_cents() -> None:
    from carnet_app.pdf.words import amount_in_words

    assert amount_in_words(Decimal("1234"), "EUR", "en").endswith("thirty-four euro")
    assert amount_in_words(Decimal("1234.00"), "EUR", "fr").endswith("trente-quatre euros")
    assert amount_in_words(Decimal("5"), "CHF", "fr") == "cinq CHF"


def test_group_headings_print_between_goods_unnumbered_and_uncounted(open_pdf) -> None:  # type: ignore[no-untyped-def]
    lines = (
        GoodsLine(1, "Camera body, S/N 1", 2, Decimal("1000.25"), heading="CASE 1 – CAMERA KIT"),
        GoodsLine(2, "Tripod, S/N 2", 1, Decimal("234.25")),
        GoodsLine(3, "Mixer, S/N 3", 1, Decimal("100"), heading="CASE 2 – SOUND"),
    )
    pdf = open_pdf(render_carnet(make_carnet(lines=lines), part="list"))
    rows = _list_text(pdf).splitlines()
    heading = next(i for i, row in enumerate(rows) if "CASE 2 – SOUND" in row)
    assert rows[heading].strip() == "CASE 2 – SOUND"  # no item number, no figures
    assert "2. Tripod" in rows[heading - 1] and "3. Mixer" in rows[heading + 1]
    text = " ".join(_list_text(pdf).split())
    assert "4 (four) pieces for a total value of EUR 1,334.50" in text


def test_a_heading_stays_with_the_item_after_it() -> None:
    first, following = _tables()
    full = _one_page_full()
    opened = replace(goods(full)[full - 1], heading="CASE 9")
    lines = (*goods(full - 1), opened, *goods(full + 4)[full:])
    plan = paginate_general_list(lines, "EUR", first, following)
    for page in plan.pages:
        last_goods = [row for row in page.rows if row.cells.get(2) and not row.spanning]
        assert not last_goods[-1].bold, "a heading ends a page"


@pytest.mark.parametrize("count", [20, 31, 62, 140])
def test_the_quote_charges_the_continuation_sheets_that_print(open_pdf, count: int) -> None:  # type: ignore[no-untyped-def]
    lines = goods(count, "Lighting kit with stands, cables and dimmers in two cases, S/N {n}")
    printed = len(open_pdf(render_carnet(make_carnet(lines=lines), part="list")).pages)
    assert continuation_sheets_needed(lines, "EUR") == printed - 1


def _column_text(page, table, number: int) -> str:  # type: ignore[no-untyped-def]
    """The characters printed in one column of a goods table, in reading order."""
    from tests.pdf.conftest import MM

    left = table.column_x(number) * MM
    right = left + table.column(number).w * MM
    chars = [c for c in page.chars if left <= (c["x0"] + c["x1"]) / 2 < right]
    return "".join(c["text"] for c in sorted(chars, key=lambda c: (round(c["top"]), c["x0"])))


def test_a_weight_at_the_column_limit_prints_whole_on_two_rows(open_pdf) -> None:  # type: ignore[no-untyped-def]
    # found by the box-fitting property: the desk accepts 12 integer digits and 3 decimals,
    # in another unit than the list's; the weight cell then takes the item's next row
    lines = (
        GoodsLine(
            1, "Crane", 1, Decimal("10"), weight=Decimal("999999999999.999"), weight_unit="lb"
        ),
        GoodsLine(2, "Dolly", 1, Decimal("10"), weight=Decimal("1"), weight_unit="kg"),
    )
    pdf = open_pdf(render_carnet(make_carnet(lines=lines), part="list"))
    first, _ = _tables()
    assert "999,999,999,999.999lb" in _column_text(pdf.pages[0], first, 4).replace(" ", "")


def test_brought_forward_totals_print_whole_in_their_cells(open_pdf) -> None:  # type: ignore[no-untyped-def]
    # found by the box-fitting property: the totals carried to a continuation sheet were
    # drawn at the row size unchecked and ran into the next column
    lines = tuple(
        GoodsLine(n, "Crane", 1, Decimal("999999999999.99"), weight=Decimal("999999999999.999"))
        for n in range(1, 40)
    )
    pdf = open_pdf(render_carnet(make_carnet(lines=lines), part="list"))
    _, following = _tables()
    assert len(pdf.pages) >= 2
    carried = pdf.pages[1]
    values = _column_text(carried, following, 5).replace(" ", "")
    weights = _column_text(carried, following, 4).replace(" ", "")
    carried_over = paginate_general_list(lines, "EUR", *_tables()).pages[0].totals
    assert carried_over.weight is not None
    assert f"{carried_over.value:,.2f}" in values
    assert f"{carried_over.weight:,.3f}" in weights


@pytest.mark.parametrize(
    ("currency", "line_value", "total", "total_fr"),
    [
        ("JPY", "1,500,000", "JPY 2,250,000", "JPY 2 250 000"),  # no minor unit
        ("EUR", "1,500,000.00", "EUR 2,250,000.00", "EUR 2 250 000,00"),
    ],
)
def test_amounts_print_with_the_decimals_of_their_currency(  # type: ignore[no-untyped-def]
    open_pdf, currency: str, line_value: str, total: str, total_fr: str
) -> None:
    """A yen has no cents: a list in JPY prints "1,500,000", never "1,500,000.00", in its
    lines, its totals and its closing sentences; a list in euros keeps its two decimals."""
    from dataclasses import replace as changed

    lines = (
        GoodsLine(1, "Cinema camera, S/N 1", 1, Decimal("1500000"), origin="JP"),
        GoodsLine(2, "Lens set, S/N 2", 1, Decimal("750000"), origin="JP"),
    )
    carnet = changed(make_carnet(lines=lines), currency=currency)
    text = " ".join(_list_text(open_pdf(render_carnet(carnet, part="list"))).split())
    assert f" {line_value} JP" in text
    assert f"total value of {total} (" in text
    assert f"valeur totale de {total_fr.replace(' ', chr(0x202F), 2)} (" in text or (
        f"valeur totale de {total_fr} (" in text
    )
    if currency == "JPY":
        assert ".00" not in text and ",00 " not in text

from decimal import Decimal

from carnet_app.domain.goods_checks import (
    Column,
    RawRow,
    Severity,
    check_rows,
    looks_like_formula,
    parse_decimal,
)

COUNTRIES = ["DE", "JP", "CN", "IT", "AU", "FR"]


def row(n: int, **cells: str) -> RawRow:
    base = {
        "description": "Camera body Canon EOS C70",
        "serial": f"S/N {n}",
        "pieces": "1",
        "weight": "1.2",
        "value": "5200.00",
        "origin": "JP",
    }
    base.update(cells)
    return RawRow(row=n, **base)


def problems_of(rows: list[RawRow]) -> list[tuple[int, Column | None, Severity]]:
    _, problems = check_rows(rows, known_country_codes=COUNTRIES)
    return [(p.row, p.column, p.severity) for p in problems]


def test_a_clean_row_becomes_a_numbered_line() -> None:
    lines, problems = check_rows(
        [row(2), row(3, description="Lens RF 24-70")], known_country_codes=COUNTRIES
    )
    assert problems == []
    assert [line.item_no for line in lines] == [1, 2]
    assert lines[0].value == Decimal("5200.00")
    assert lines[0].description.endswith("S/N 2")


def test_vague_words_are_errors_in_english_and_french() -> None:
    assert problems_of([row(2, description="Various cables")]) == [
        (2, Column.DESCRIPTION, Severity.ERROR)
    ]
    assert problems_of([row(2, description="Câbles divers")]) == [
        (2, Column.DESCRIPTION, Severity.ERROR)
    ]


def test_missing_serial_is_a_warning_unless_nsn() -> None:
    assert problems_of([row(2, serial="")]) == [(2, Column.SERIAL, Severity.WARNING)]
    assert problems_of([row(2, serial="NSN")]) == []


def test_each_bad_cell_is_reported_with_row_and_column() -> None:
    found = problems_of(
        [
            row(2, pieces="0"),
            row(3, value=""),
            row(4, value="-50"),
            row(5, origin="Germany"),
            row(6, origin="ZZ"),
            row(7, pieces="two"),
        ]
    )
    assert found == [
        (2, Column.PIECES, Severity.ERROR),
        (3, Column.VALUE, Severity.ERROR),
        (4, Column.VALUE, Severity.ERROR),
        (5, Column.ORIGIN, Severity.ERROR),
        (6, Column.ORIGIN, Severity.ERROR),
        (7, Column.PIECES, Severity.ERROR),
    ]


def test_duplicate_serial_numbers_are_errors() -> None:
    assert problems_of([row(2, serial="S/N 1"), row(3, serial="s/n 1")]) == [
        (3, Column.SERIAL, Severity.ERROR)
    ]


def test_spreadsheet_formulas_are_refused() -> None:
    assert looks_like_formula('=HYPERLINK("http://x","click")')
    assert not looks_like_formula("-12.5")
    assert (2, Column.DESCRIPTION, Severity.ERROR) in problems_of(
        [row(2, description="=cmd|' /C calc'!A0")]
    )


def test_decimal_forms_seen_in_real_lists() -> None:
    assert parse_decimal("1100,00") == Decimal("1100.00")
    assert parse_decimal("1 100,50") == Decimal("1100.50")
    assert parse_decimal("1,100.50") == Decimal("1100.50")
    assert parse_decimal("1.100,50") == Decimal("1100.50")
    assert parse_decimal("two") is None

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from carnet_app.db.uow import Database
from carnet_app.domain.application import parse_application
from carnet_app.errors import UserError
from carnet_app.services import carnets, goods_import
from carnet_app.services.loading import find_carnet
from tests.conftest import TEST_DATA
from tests.services.conftest import TODAY, sample_application
from tests.show_json import show_json


def new_draft(database: Database) -> int:
    with database.write() as session:
        draft = carnets.apply(
            session, parse_application(sample_application(goods=[])), user="clerk", today=TODAY
        )
        return draft.id


def draft_items(database: Database, draft_id: int) -> list:
    from carnet_app.db.models import Carnet

    with database.read() as session:
        carnet = session.get(Carnet, draft_id)
        assert carnet is not None
        return [
            (i.item_no, i.description, i.pieces, i.weight, i.value, i.origin) for i in carnet.items
        ]


def test_semicolon_windows_1252_csv_with_decimal_commas(database: Database) -> None:
    draft_id = new_draft(database)
    with database.write() as session:
        _, result = goods_import.import_goods(
            session, draft_id, TEST_DATA / "general-list-film-crew.csv", user="clerk"
        )
    items = draft_items(database, draft_id)
    assert len(items) == 120
    assert items[0] == (
        1,
        "Digital cinema camera body ARRI Alexa Mini LF, S/N DI101583",
        1,
        Decimal("2.600"),
        Decimal("62000.00"),
        "DE",
    )
    assert result.mapping.weight_unit == "kg"


def test_utf8_tab_separated_list_with_a_byte_order_mark(database: Database) -> None:
    draft_id = new_draft(database)
    with database.write() as session:
        goods_import.import_goods(
            session, draft_id, TEST_DATA / "general-list-samples-utf8-tabs.csv", user="clerk"
        )
    items = draft_items(database, draft_id)
    assert len(items) == 30
    number, description, pieces, _, value, origin = items[29]
    assert (number, pieces, value, origin) == (30, 1, Decimal("180.00"), "FR")
    assert description.startswith("Образец ткани «Северная нить» nº 30, jacquard, réf. JQ-030")


def test_excel_unicode_text_export_is_read(database: Database) -> None:
    """Excel's "Unicode text" (UTF-16, tab-separated) is a list, not binary data."""
    draft_id = new_draft(database)
    with database.write() as session:
        goods_import.import_goods(
            session, draft_id, TEST_DATA / "general-list-excel-unicode.csv", user="clerk"
        )
    assert draft_items(database, draft_id) == [
        (1, "Camera, S/N 1", 1, None, Decimal("100.00"), "DE")
    ]


def test_french_headers_in_xlsx_with_a_title_above(database: Database) -> None:
    draft_id = new_draft(database)
    with database.write() as session:
        _, result = goods_import.import_goods(
            session, draft_id, TEST_DATA / "general-list-trade-fair-fr.xlsx", user="clerk"
        )
    assert result.mapping.header_row == 3
    items = draft_items(database, draft_id)
    assert len(items) == 200
    assert items[1][1:] == (
        "Écran LED 55 pouces Samsung QM55B, NS-96575",
        2,
        Decimal("34.000"),
        Decimal("2900.00"),
        "KR",
    )


def test_a_list_with_errors_is_refused_whole_with_rows_and_columns(
    database: Database, tmp_path: Path
) -> None:
    draft_id = new_draft(database)
    with pytest.raises(UserError) as refused, database.write() as session:
        goods_import.import_goods(
            session, draft_id, TEST_DATA / "general-list-with-errors.csv", user="clerk"
        )
    message = refused.value.message
    assert "nothing imported: 11 errors: row 3, column description" in message
    assert draft_items(database, draft_id) == []
    # the full report, as the import preview shows it
    rows = goods_import.read_table(TEST_DATA / "general-list-with-errors.csv")
    with database.read() as session:
        from carnet_app.services.reference import country_table

        codes = [r.code for r in country_table(session).rules()]
    result = goods_import.parse_general_list(rows, codes)
    found = [
        (p.row, p.column.value if p.column else None, p.severity.value) for p in result.problems
    ]
    assert found == [
        (3, "description", "error"),  # "Various cables"
        (3, "serial", "warning"),  # no serial number
        (4, "serial", "error"),  # S/N 4021337 already on row 2
        (6, "pieces", "error"),  # 0 pieces
        (7, "value", "error"),  # empty value
        (8, "description", "error"),  # "Accessories assorted"
        (8, "value", "error"),  # -50.00
        (8, "origin", "error"),  # "Germany" is not a code
        (9, "description", "error"),  # =HYPERLINK(...) formula
        (10, "pieces", "error"),  # "two"
        (10, "value", "error"),  # "1100,00" in a column written with decimal points
        (10, "origin", "error"),  # ZZ
    ]


def test_an_issued_list_is_locked(database: Database) -> None:
    from tests.services.conftest import issue_sample

    number = issue_sample(database)
    with database.read() as session:
        carnet_id = show_json(session, number)["id"]
    with pytest.raises(UserError, match="locked once issued"), database.write() as session:
        goods_import.import_goods(
            session, carnet_id, TEST_DATA / "general-list-film-crew.csv", user="clerk"
        )


def test_garbage_files_get_a_clear_message(database: Database, tmp_path: Path) -> None:
    draft_id = new_draft(database)
    binary = tmp_path / "photo.xlsx"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with pytest.raises(UserError, match="not a readable XLSX"), database.write() as session:
        goods_import.import_goods(session, draft_id, binary, user="clerk")
    headerless = tmp_path / "numbers.csv"
    headerless.write_text("1,2,3\n4,5,6\n")
    with pytest.raises(UserError, match="no header row"), database.write() as session:
        goods_import.import_goods(session, draft_id, headerless, user="clerk")


def test_the_fee_charges_the_continuation_sheets_that_print(database: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """120 film-crew lines: the quote's continuation-sheet line counts the sheets the printed
    general list really takes (descriptions wrap onto two rows)."""
    import io

    import pdfplumber

    from carnet_app.services import carnets, documents
    from carnet_app.services.quotes import quote_for_application

    draft_id = new_draft(database)
    with database.write() as session:
        goods_import.import_goods(
            session, draft_id, TEST_DATA / "general-list-film-crew.csv", user="clerk"
        )
    with database.write() as session:
        carnet = carnets.issue(session, draft_id, on=TODAY, user="clerk", today=TODAY)
        number = carnet.number
        quote = quote_for_application(
            session,
            carnets.application_of(find_carnet(session, carnet.number or "")),
            home_country="FR",
            today=TODAY,
        )
    charged = next(line.quantity for line in quote.fees.lines if line.code == "continuation-sheets")
    with database.read() as session:
        pdf_bytes = documents.carnet_pdf(session, number, part="list", today=TODAY)
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as pdf:
        printed = sum(
            1 for page in pdf.pages if "CONTINUATION SHEET" in (page.extract_text() or "")
        )
    assert printed == charged == 8

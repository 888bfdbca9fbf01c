"""How data enters the desk, at the service level (issue 13 items 4, 5, 6, 15, headings)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carnet_app.db.models import Carnet, GoodsItem
from carnet_app.db.uow import Database
from carnet_app.domain.application import parse_application
from carnet_app.domain.goods_checks import Column
from carnet_app.domain.list_headers import match_header
from carnet_app.errors import UserError
from carnet_app.services import carnets, goods_import
from carnet_app.services.general_list import ListGroup, list_groups
from carnet_app.services.reference import country_table, update_country_rule
from tests.examples import examples
from tests.services.conftest import TODAY, sample_application
from tests.show_json import show_json

CODES = ["JP", "DE", "CN", "IT", "FR", "CH"]


def new_draft(database: Database, **changes: object) -> int:
    with database.write() as session:
        return carnets.apply(
            session,
            parse_application(sample_application(goods=[], **changes)),
            user="clerk",
            today=TODAY,
        ).id


@pytest.mark.parametrize(
    ("language", "header"),
    [
        ("en", ["Trade description", "Serial number", "Qty", "Weight (kg)", "Value", "Origin"]),
        ("fr", ["Désignation", "N° de série", "Qté", "Poids", "Valeur", "Origine"]),
        ("de", ["Warenbezeichnung", "Seriennummer", "Stückzahl", "Gewicht", "Wert",
                "Ursprungsland"]),
        ("es", ["Descripción", "Número de serie", "Cantidad", "Peso", "Valor",
                "País de origen"]),
        ("it", ["Descrizione", "Numero di serie", "Quantità", "Peso o volume", "Valore",
                "Paese di origine"]),
        ("nl", ["Omschrijving", "Serienummer", "Aantal", "Gewicht", "Waarde",
                "Land van oorsprong"]),
    ],
)  # fmt: skip
def test_headers_in_six_languages_map_every_column(language: str, header: list[str]) -> None:
    decimal = "," if language != "en" else "."
    rows = [header, ["Caméra Canon C70", "S/N 7", "5", f"1{decimal}2", f"5200{decimal}00", "JP"]]
    result = goods_import.parse_general_list(rows, CODES)
    assert [p for p in result.problems] == []
    line = result.lines[0]
    assert (line.pieces, line.weight, line.value) == (5, Decimal("1.2"), Decimal("5200.00"))
    assert result.mapping.columns == {
        Column.DESCRIPTION: 0,
        Column.SERIAL: 1,
        Column.PIECES: 2,
        Column.WEIGHT: 3,
        Column.VALUE: 4,
        Column.ORIGIN: 5,
    }


@given(st.text(max_size=300))
@settings(max_examples=examples(300), deadline=None)
def test_any_header_text_maps_to_a_column_or_to_nothing(text: str) -> None:
    match = match_header(text)
    assert match is None or isinstance(match[0], Column)


def test_the_heading_column_of_uk_templates_marks_headings() -> None:
    rows = [
        ["Heading", "Description", "Serial", "Qty", "Value", "Origin"],
        ["TRUE", "CASE 1 – CAMERA KIT", "", "", "", ""],
        ["FALSE", "Camera Canon C70", "S/N 7", "1", "5200.00", "JP"],
        ["", "Lens Canon RF 24-70", "S/N 8", "1", "2400.00", "JP"],
    ]
    result = goods_import.parse_general_list(rows, CODES)
    assert result.problems == [] and result.headings == 1
    assert [(line.item_no, line.heading) for line in result.lines] == [
        (1, "CASE 1 – CAMERA KIT"),
        (2, ""),
    ]


def test_a_heading_with_no_goods_after_it_is_refused() -> None:
    rows = [
        ["Item", "Description", "Serial", "Qty", "Value", "Origin"],
        ["1", "Camera Canon C70", "S/N 7", "1", "5200.00", "JP"],
        ["", "CASE 2 – SPARES", "", "", "", ""],
    ]
    result = goods_import.parse_general_list(rows, CODES)
    assert [(p.row, str(p)) for p in result.problems] == [
        (3, "row 3, column description: heading 'CASE 2 – SPARES' has no goods after it")
    ]


def test_headings_are_stored_shown_and_offered_as_packing_cases(
    database: Database, tmp_path: Path
) -> None:
    draft_id = new_draft(database)
    path = tmp_path / "cases.csv"
    path.write_text(
        "Item;Description;Serial;Qty;Value;Origin\n"
        ";CASE 1 – CAMERA KIT;;;;\n"
        "1;Camera Canon C70;S/N 7;1;5200,00;JP\n"
        "2;Lens Canon RF 24-70;S/N 8;1;2400,00;JP\n"
        ";CASE 2 – LIGHTS;;;;\n"
        "3;Light Aputure 300d;S/N 9;2;1100,00;CN\n",
        encoding="utf-8",
    )
    with database.write() as session:
        goods_import.import_goods(session, draft_id, path, user="clerk")
    with database.read() as session:
        shown = show_json(session, str(draft_id))
        groups = list_groups(session, str(draft_id))
    assert shown["general_list"] == [
        {"heading": "CASE 1 – CAMERA KIT"},
        {"item_no": 1},
        {"item_no": 2},
        {"heading": "CASE 2 – LIGHTS"},
        {"item_no": 3},
    ]
    assert groups == [
        ListGroup("CASE 1 – CAMERA KIT", (1, 2)),
        ListGroup("CASE 2 – LIGHTS", (3,)),
    ]


def test_issue_refuses_a_stored_list_the_import_would_refuse(database: Database) -> None:
    """A draft whose goods came in before the checks (or through another way) is checked at
    issue like an imported list."""
    draft_id = new_draft(database)
    with database.write() as session:
        carnet = session.get(Carnet, draft_id)
        assert carnet is not None
        carnet.items.append(
            GoodsItem(
                item_no=1,
                description="Various accessories",
                marks="",
                pieces=3,
                value=Decimal("90.00"),
                origin="CN",
                weight_unit="stone",
            )
        )
    with pytest.raises(UserError) as refused, database.write() as session:
        carnets.issue(session, draft_id, on=TODAY, user="clerk", today=TODAY)
    assert "goods[0].description" in refused.value.message
    assert "stone" in refused.value.message
    with database.read() as session:
        assert session.get(Carnet, draft_id).status == "draft"  # type: ignore[union-attr]


def test_china_takes_one_use_and_the_table_says_so(database: Database) -> None:
    two_uses = sample_application(uses=["PE", "CS"], itinerary=[{"country": "CN"}])
    with pytest.raises(UserError, match="accepts only one intended use"), database.write() as s:
        carnets.apply(s, parse_application(two_uses), user="clerk", today=TODAY)
    with database.write() as session:
        assert country_table(session).get("CN").uses_at_once == 1  # type: ignore[union-attr]
        update_country_rule(session, "CN", {"uses_at_once": 2}, "admin")
    with database.write() as session:
        carnets.apply(session, parse_application(two_uses), user="clerk", today=TODAY)

"""A general list with group headings ("CASE 1 – CAMERA KIT") prints each heading as a row of
its own: the quote charges the continuation sheets the printed list really takes, headings
included."""

from __future__ import annotations

import io

import pdfplumber

from carnet_app.db.uow import Database
from carnet_app.domain.application import parse_application
from carnet_app.services import carnets, documents
from carnet_app.services.loading import find_carnet
from carnet_app.services.quotes import quote_for_application
from tests.services.conftest import TODAY, sample_application


def _goods_in_cases(cases: int, per_case: int) -> list[dict[str, object]]:
    goods: list[dict[str, object]] = []
    for case in range(1, cases + 1):
        goods.append({"heading": f"CASE {case} – LIGHTING KIT"})
        for piece in range(1, per_case + 1):
            goods.append(
                {
                    "description": f"LED panel {case}.{piece}",
                    "pieces": 1,
                    "weight": "2.5",
                    "weight_unit": "kg",
                    "value": "450.00",
                    "origin": "DE",
                }
            )
    return goods


def _continuation_pages(pdf_bytes: bytes) -> int:
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as pdf:
        return sum(1 for page in pdf.pages if "CONTINUATION SHEET" in (page.extract_text() or ""))


def test_the_quote_charges_the_sheets_the_headings_take(database: Database) -> None:
    application = parse_application(sample_application(goods=_goods_in_cases(60, 2)))
    with database.write() as session:
        draft = carnets.apply(session, application, user="clerk", today=TODAY)
        carnet = carnets.issue(session, draft.id, on=TODAY, user="clerk", today=TODAY)
        number = carnet.number
        assert number is not None
        quote = quote_for_application(
            session,
            carnets.application_of(find_carnet(session, carnet.number or "")),
            home_country="FR",
            today=TODAY,
        )
    charged = next(line.quantity for line in quote.fees.lines if line.code == "continuation-sheets")
    with database.read() as session:
        printed = _continuation_pages(
            documents.carnet_pdf(session, number, part="list", today=TODAY)
        )
    assert printed == charged > 0

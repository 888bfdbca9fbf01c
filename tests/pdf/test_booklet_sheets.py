"""A carnet registered from another chamber prints the voucher sheets its booklet holds, by
colour and by action: a US carnet's yellow sheets are counterfoils only, and a booklet may hold
more importation than re-exportation vouchers."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from carnet_app.paths import AppPaths
from carnet_app.services import documents
from carnet_app.services.database import open_database
from carnet_app.services.register import parse_registration, register_carnet

US_NUMBER = "US 123456"


def _us_carnet(sheets: dict[str, Any]) -> dict[str, Any]:
    return {
        "number": US_NUMBER,
        "issuer": {"name": "USCIB", "country": "US"},
        "issued_on": "2026-02-02",
        "valid_until": "2027-02-01",
        "sheets": sheets,
        "holder": {"name": "Acme Audio Inc.", "address": "1 Main St, Austin TX", "country": "US"},
        "uses": ["PE"],
        "currency": "USD",
        "itinerary": [{"country": "FR", "kind": "visit"}],
        "goods": [
            {"description": "Mixing console", "pieces": 1, "value": "28000.00", "origin": "JP"}
        ],
    }


def _printed_parts(tmp_path: Path, sheets: dict[str, Any]) -> list[str]:
    """The part each printed page names in its footer ("IMPORTATION VOUCHER No. 1")."""
    database = open_database(
        f"sqlite:///{tmp_path / 'd.sqlite3'}", AppPaths.from_base_dir(tmp_path)
    )
    try:
        with database.write() as session:
            register_carnet(
                session, parse_registration(_us_carnet(sheets)), user="u", today=date(2026, 3, 1)
            )
        with database.read() as session:
            pdf = documents.carnet_pdf(session, US_NUMBER, part="vouchers", today=date(2026, 3, 1))
    finally:
        database.dispose()
    parts = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        found = re.search(r"Feuille \d+ sur \d+\s*(.*?) / (?:Souches|Volet)", page.extract_text())
        assert found, page.extract_text()[-200:]
        parts.append(found.group(1))
    return parts


def test_yellow_counterfoil_only_sheets_print_no_yellow_voucher(tmp_path: Path) -> None:
    sheets = {
        "yellow": {"exportation": 2, "re-importation": 2, "counterfoils_only": True},
        "white": 1,
    }
    parts = _printed_parts(tmp_path, sheets)
    assert [p for p in parts if "COUNTERFOILS" in p] == [
        "EXPORTATION / RE-IMPORTATION COUNTERFOILS No. 1",
        "EXPORTATION / RE-IMPORTATION COUNTERFOILS No. 2",
        "IMPORTATION / RE-EXPORTATION COUNTERFOILS No. 1",
    ]
    assert not [p for p in parts if p.startswith(("EXPORTATION VOUCHER", "RE-IMPORTATION V"))]
    assert "IMPORTATION VOUCHER No. 1" in parts and "RE-EXPORTATION VOUCHER No. 1" in parts
    assert len(parts) == 2 + 1 + 2 * 2  # counterfoils, and two vouchers each with its list


def test_each_action_prints_as_many_vouchers_as_the_booklet_holds(tmp_path: Path) -> None:
    parts = _printed_parts(tmp_path, {"white": {"importation": 3, "re-exportation": 2}})
    vouchers = [p for p in parts if "VOUCHER" in p and "LIST OF GOODS" not in p]
    assert vouchers == [
        "IMPORTATION VOUCHER No. 1",
        "RE-EXPORTATION VOUCHER No. 1",
        "IMPORTATION VOUCHER No. 2",
        "RE-EXPORTATION VOUCHER No. 2",
        "IMPORTATION VOUCHER No. 3",
    ]
    assert not [p for p in parts if p.startswith(("EXPORTATION", "RE-IMPORTATION"))]
    assert len(parts) == 3 + 2 * 5


def test_a_trip_pack_leaves_out_the_vouchers_the_booklet_does_not_hold(tmp_path: Path) -> None:
    sheets = {
        "yellow": {"exportation": 2, "re-importation": 2, "counterfoils_only": True},
        "white": 2,
    }
    database = open_database(
        f"sqlite:///{tmp_path / 'd.sqlite3'}", AppPaths.from_base_dir(tmp_path)
    )
    try:
        with database.write() as session:
            register_carnet(
                session, parse_registration(_us_carnet(sheets)), user="u", today=date(2026, 3, 1)
            )
        with database.read() as session:
            pdf = documents.carnet_pdf(
                session, US_NUMBER, part="trip", trip_to="FR", today=date(2026, 3, 1)
            )
    finally:
        database.dispose()
    parts = [
        found.group(1)
        for page in PdfReader(io.BytesIO(pdf)).pages
        if (
            found := re.search(
                r"Feuille \d+ sur \d+\s*(.*?) / (?:Souches|Volet)", page.extract_text()
            )
        )
    ]
    assert "IMPORTATION VOUCHER No. 1" in parts and "RE-EXPORTATION VOUCHER No. 1" in parts
    assert not [p for p in parts if p.startswith(("EXPORTATION", "RE-IMPORTATION"))], parts

"""Generated general lists and application documents (issue 14, item 3 and the fuzz suite):
headers in six languages, numbers in either decimal convention or hostile (5,000 digits,
1e999999), group headings, huge counts. Each must be read exactly, or refused with one clear
line: never another exception. A few hundred examples run by default; the ``slow`` variants
run thousands (``CARNET_FUZZ_EXAMPLES`` and ``CARNET_FUZZ_SLOW_EXAMPLES``, ``budget.py``); each
example is held under the suite's memory bound."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carnet_app.domain.application import parse_application
from carnet_app.domain.application_checks import check_application
from carnet_app.domain.countries import CountryTable
from carnet_app.domain.goods_checks import Column
from carnet_app.domain.list_headers import ALIASES
from carnet_app.errors import UserError
from carnet_app.services import goods_import
from carnet_app.services.reference import shipped_country_data
from tests.fuzz.budget import EXAMPLES, SLOW_EXAMPLES, example
from tests.services.conftest import sample_application

CODES = ["DE", "FR", "CH", "US", "JP", "CN", "IT", "NO"]
DEFAULT = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
THOUSANDS = settings(DEFAULT, max_examples=SLOW_EXAMPLES)

HOSTILE_NUMBERS = ["9" * 5000, "1e999999", "9" * 40, "-0", "NaN", "Infinity", "1,2,3", "١٢٣"]
COLUMNS = (Column.DESCRIPTION, Column.SERIAL, Column.PIECES, Column.WEIGHT, Column.VALUE,
           Column.ORIGIN)  # fmt: skip


def written(amount: Decimal, comma: bool, grouped: bool) -> str:
    text = f"{amount:,.2f}" if grouped else f"{amount:.2f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".") if comma else text


@st.composite
def general_lists(draw: st.DrawFn) -> tuple[list[list[str]], list[Decimal | None], str]:
    """A header row in one language, goods rows written in one convention (some cells
    hostile), headings between them; with the values expected where no cell is hostile."""
    language = draw(st.sampled_from(sorted(ALIASES)))
    header = [draw(st.sampled_from(ALIASES[language][column])) for column in COLUMNS]
    comma = draw(st.booleans())
    delimiter = draw(st.sampled_from([";", ",", "\t"]))
    rows: list[list[str]] = [[h.title() for h in header]]
    expected: list[Decimal | None] = []
    for index in range(draw(st.integers(min_value=1, max_value=12))):
        if draw(st.integers(min_value=0, max_value=5)) == 0:
            rows.append([f"CASE {index} – KIT", "", "", "", "", ""])
        amount = draw(
            st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999999.99"), places=2)
        )
        hostile = draw(st.integers(min_value=0, max_value=9)) == 0
        value = (
            draw(st.sampled_from(HOSTILE_NUMBERS))
            if hostile
            else written(amount, comma, draw(st.booleans()))
        )
        pieces = str(draw(st.integers(min_value=1, max_value=50)))
        rows.append([f"Camera model {index}", f"S/N {index}", pieces, "", value, "JP"])
        expected.append(None if hostile else amount)
    if draw(st.booleans()):  # one cell that settles the convention
        rows.append(["Tripod model X", "S/N X", "1", "", "1.200,50" if comma else "1,200.50", "IT"])
        expected.append(Decimal("1200.50"))
    return rows, expected, delimiter


def encoded(rows: list[list[str]], delimiter: str, encoding: str) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    return buffer.getvalue().encode(encoding, errors="replace")


def check_list(rows: list[list[str]], expected: list[Decimal | None], path: Path) -> None:
    try:
        result = goods_import.parse_general_list(goods_import.read_table(path), CODES)
    except UserError as refused:
        assert refused.message.strip() and "\n" not in refused.message
        return
    errors = [p for p in result.problems if p.severity.value == "error"]
    if all(value is not None for value in expected) and not errors:
        assert [line.value for line in result.lines] == expected
    for line in result.lines:
        assert line.value.is_finite() and 0 < line.value < Decimal(10) ** 12
        assert line.heading == "" or line.heading.startswith("CASE")


def run_list(
    case: tuple[list[list[str]], list[Decimal | None], str], kind: str, folder: Path
) -> None:
    rows, expected, delimiter = case
    if kind == "xlsx":
        path = folder / "list.xlsx"
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        assert sheet is not None
        for row in rows:
            sheet.append(row)
        workbook.save(path)
    else:
        path = folder / "list.csv"
        path.write_bytes(encoded(rows, delimiter, kind))
    check_list(rows, expected, path)


@DEFAULT
@given(case=general_lists(), kind=st.sampled_from(["utf-8", "utf-16", "cp1252", "xlsx"]))
def test_generated_lists_are_read_exactly_or_refused(
    case: tuple[list[list[str]], list[Decimal | None], str], kind: str, tmp_path: Path
) -> None:
    with example("generated list"):
        run_list(case, kind, tmp_path)


@pytest.mark.slow
@THOUSANDS
@given(case=general_lists(), kind=st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_thousands_of_generated_lists_are_read_exactly_or_refused(
    case: tuple[list[list[str]], list[Decimal | None], str], kind: str, tmp_path: Path
) -> None:
    with example("generated list"):
        run_list(case, kind, tmp_path)


_TABLE: list[CountryTable] = []


def table() -> CountryTable:
    if not _TABLE:
        _TABLE.append(shipped_country_data()[0])
    return _TABLE[0]


numbers = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30),
    st.sampled_from([*HOSTILE_NUMBERS, "12.345", "0.001", "1e3", "", None, True, 1.5]),
    st.text(max_size=20),
)


@st.composite
def application_documents(draw: st.DrawFn) -> dict[str, Any]:
    document = sample_application()
    for key in draw(st.sets(st.sampled_from(["trips", "times", "value", "pieces", "weight",
                                             "uses", "heading", "unit", "holder"]))):  # fmt: skip
        if key == "trips":
            document["trips"] = draw(numbers)
        elif key == "times":
            document["itinerary"][0]["times"] = draw(numbers)
        elif key in ("value", "pieces", "weight"):
            document["goods"][0][key] = draw(numbers)
        elif key == "uses":
            document["uses"] = draw(
                st.lists(st.sampled_from(["PE", "CS", "EF", "ZZ", ""]), max_size=4)
            )
            document["itinerary"].append({"country": "CN"})
        elif key == "heading":
            document["goods"].insert(
                draw(st.integers(0, 3)), {"heading": draw(st.text(max_size=30))}
            )
        elif key == "unit":
            document["goods"][1]["weight_unit"] = draw(st.sampled_from(["kg", "stone", "", "LB"]))
        else:
            document["holder"]["country"] = draw(st.sampled_from(["FR", "ZZ", "", "fr", 12]))
    return document


def check_document(document: dict[str, Any]) -> None:
    try:
        application = parse_application(document)
    except UserError as refused:
        assert refused.message.strip() and "\n" not in refused.message
        return
    assert application.trips <= 99 and all(s.times <= 99 for s in application.itinerary)
    for line in application.goods:
        assert line.value.is_finite() and line.value < Decimal(10) ** 12
    findings = check_application(application, "FR", table(), date(2026, 11, 27))
    assert all(f.message.strip() for f in findings)


@DEFAULT
@given(document=application_documents())
def test_generated_application_documents_are_read_or_refused(document: dict[str, Any]) -> None:
    with example("generated application"):
        check_document(document)


@pytest.mark.slow
@THOUSANDS
@given(document=application_documents())
def test_thousands_of_application_documents_are_read_or_refused(document: dict[str, Any]) -> None:
    with example("generated application"):
        check_document(document)

"""A carnet's general list as CSV or XLSX (``carnet export-list``): the importer's own column
names, with every text cell that a spreadsheet would run as a formula neutralised (OWASP "CSV
injection"), written whole or not at all."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from sqlalchemy.orm import Session

from carnet_app.db.uow import Database
from carnet_app.domain.messages import say
from carnet_app.domain.number_columns import evidence
from carnet_app.errors import UserError
from carnet_app.files import write_stream_atomically
from carnet_app.services.loading import find_carnet

# a cell of the exported general list: item number, text, pieces, weight or value
Cell = int | str | Decimal | None

GENERAL_LIST_HEADERS = (
    "Item no",
    "Trade description",
    "Marks and numbers",
    "Number of pieces",
    "Weight",
    "Value",
    "Country of origin",
)
# What a spreadsheet treats as the start of a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def neutralise(value: str) -> str:
    """Text a spreadsheet shows as text: a leading ``'`` before anything that starts a formula."""
    stripped = value.lstrip(" \u00a0")
    if stripped.startswith(FORMULA_STARTS) or value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


@dataclass(frozen=True)
class ListExport:
    path: Path
    number: str
    items: int


def general_list_rows(session: Session, number: str) -> tuple[list[list[Cell]], str, str]:
    """The general list as rows of cells (text neutralised), with the weight unit and currency."""
    carnet = find_carnet(session, number)
    units = {item.weight_unit for item in carnet.items if item.weight is not None} or {"kg"}
    unit = sorted(units)[0] if len(units) == 1 else ""
    rows: list[list[Cell]] = []
    for item in carnet.items:
        weight: Decimal | str | None = item.weight
        if weight is not None and not unit:
            weight = f"{format(weight, 'f')} {item.weight_unit}"
        rows.append(
            [
                item.item_no,
                neutralise(item.description),
                neutralise(item.marks),
                item.pieces,
                weight,
                item.value,
                neutralise(item.origin),
            ]
        )
    return rows, unit, carnet.currency


def export_general_list(database: Database, number: str, target: Path) -> ListExport:
    """Write a carnet's general list to ``target`` (.csv or .xlsx, by its suffix)."""
    suffix = target.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise UserError(say("list-export.suffix", name=target.name), field="file")
    with database.read() as session:
        rows, unit, currency = general_list_rows(session, number)
    headers = list(GENERAL_LIST_HEADERS)
    headers[4] = f"Weight ({unit})" if unit else "Weight"
    headers[5] = f"Value ({currency})"
    writer = _write_csv if suffix == ".csv" else _write_xlsx
    write_stream_atomically(target, lambda stream: writer(stream, headers, rows))
    return ListExport(path=target, number=number, items=len(rows))


def _write_csv(stream: IO[bytes], headers: list[str], rows: list[list[Any]]) -> None:
    text_stream = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    writer = csv.writer(text_stream, lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow(["" if v is None else _csv_cell(v) for v in row])
    text_stream.flush()
    text_stream.detach()


def _csv_cell(value: Any) -> str:
    if isinstance(value, Decimal):
        text = format(value, "f")
        # "2.600" could be read either way (2.6 or 2600): a fourth decimal keeps it a decimal
        # point for the importer, which settles a column only from its own cells
        return text + "0" if "." in text and evidence(text) is None else text
    return str(value)


def _write_xlsx(stream: IO[bytes], headers: list[str], rows: list[list[Any]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("General list")

    def cell(value: Any) -> Any:
        if not isinstance(value, str):
            return value
        # An explicit string cell: never a formula, whatever it starts with; characters XML
        # cannot carry are shown as U+FFFD rather than refusing the whole list.
        written = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("\ufffd", value))
        written.data_type = "s"
        return written

    sheet.append([cell(h) for h in headers])
    for row in rows:
        sheet.append([cell(v) for v in row])
    workbook.save(stream)

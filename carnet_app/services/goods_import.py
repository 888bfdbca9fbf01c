"""General lists from CSV (any delimiter; UTF-8, UTF-16 or Windows-1252) and XLSX files.

The header row is found among the first rows, columns are mapped by their names in English,
French, German, Spanish, Italian or Dutch, group headings ("CASE 1 – CAMERA KIT") are kept in
order between the goods, every row is checked (``carnet_app.domain.goods_checks``, numbers read
with one decimal convention per column) and nothing is imported while any row is in error.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from carnet_app.domain.carnet_view import CarnetView
from carnet_app.domain.goods_checks import (
    MONEY_DECIMALS,
    Column,
    Problem,
    RawRow,
    Severity,
    check_rows,
    errors_of,
)
from carnet_app.domain.list_headers import (
    HEADER_ALIASES,
    decimal_hint,
    match_header,
    normalise_header,
)
from carnet_app.domain.messages import Joined, say, status_word
from carnet_app.domain.number_columns import Convention
from carnet_app.domain.schedules import minor_unit_digits
from carnet_app.domain.types import CarnetStatus, GoodsLine
from carnet_app.errors import UserError
from carnet_app.services.audit import carnet_snapshot, record_audit
from carnet_app.services.loading import check_version, find_draft
from carnet_app.services.printable import refuse_unprintable_lines
from carnet_app.services.records import replace_goods
from carnet_app.services.reference import country_table
from carnet_app.services.table_files import (
    MAX_FILE_BYTES,
    MAX_ROWS,
    Table,
    read_table_file,
)
from carnet_app.services.views import record_view

__all__ = [
    "HEADER_ALIASES",
    "MAX_FILE_BYTES",
    "MAX_ROWS",
    "normalise_header",
]

HEADER_SEARCH_ROWS = 15
TRUE_WORDS = ("true", "yes", "y", "x", "1", "oui", "vrai", "ja", "wahr", "si", "vero")
DELIMITER_HINTS = {";": Convention.COMMA, ",": Convention.POINT}


@dataclass(frozen=True)
class ColumnMapping:
    header_row: int  # 1-based
    columns: dict[Column, int]  # column → 0-based index in the source
    weight_unit: str = "kg"
    aliases: tuple[str, ...] = ()  # the header words matched, for the locale hint


@dataclass
class ImportResult:
    lines: list[GoodsLine]
    problems: list[Problem]
    mapping: ColumnMapping
    source_rows: int = 0
    warnings: list[Problem] = field(default_factory=list)
    headings: int = 0
    sheet: str | None = None


def detect_mapping(rows: Sequence[Sequence[str]]) -> ColumnMapping:
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        columns: dict[Column, tuple[int, str]] = {}
        for position, cell in enumerate(row):
            match = match_header(cell)
            if match is None:
                continue
            column, alias = match
            if column not in columns or len(alias) > len(columns[column][1]):
                columns[column] = (position, alias)
        if Column.DESCRIPTION in columns and len(columns) >= 3:
            unit = "kg"
            if Column.WEIGHT in columns:
                weight_header = row[columns[Column.WEIGHT][0]].lower()
                for candidate in ("kg", "lb", "g", "t", "l", "m3"):
                    if re.search(rf"\b{candidate}\b", weight_header):
                        unit = candidate
                        break
            return ColumnMapping(
                header_row=index + 1,
                columns={column: pos for column, (pos, _) in columns.items()},
                weight_unit=unit,
                aliases=tuple(alias for _, alias in columns.values()),
            )
    raise UserError(say("goods-import.no-header"), field="file")


def read_table(path: Path, *, sheet: str | None = None) -> list[list[str]]:
    """Every row of a sheet (XLSX, the first unless named) or of the CSV, as text cells."""
    return read_table_file(path, sheet=sheet).rows


class GeneralListRefused(UserError):
    """A general list with errors: the message lists every one; ``problems`` has them too."""

    def __init__(self, errors: Sequence[Problem]) -> None:
        listed = Joined(tuple(p.located() for p in errors))
        super().__init__(
            say("goods-import.refused", count=len(errors), errors=listed), field="file"
        )
        self.problems = list(errors)


def parse_general_list(
    rows: Sequence[Sequence[str]],
    known_country_codes: Sequence[str],
    mapping: ColumnMapping | None = None,
    *,
    delimiter: str | None = None,
    money_decimals: int = MONEY_DECIMALS,
) -> ImportResult:
    """The file's goods lines and group headings, checked.

    A heading is a row whose ``Heading`` cell is true, or a row with a description and no
    other cell filled where the list has an item-number column with that cell empty (or no
    item-number column at all). A heading opens the group of the goods that follow it: it is
    kept on the next goods line (``GoodsLine.heading``), never numbered or counted.
    """
    chosen = mapping or detect_mapping(rows)
    if Column.PIECES not in chosen.columns:
        found = [
            normalise_header(rows[chosen.header_row - 1][i])
            for i in sorted(chosen.columns.values())
            if i < len(rows[chosen.header_row - 1])
        ]
        raise UserError(say("goods-import.no-quantity-column", found=found), field="file")
    raw_rows: list[RawRow] = []
    pending: list[tuple[int, str]] = []  # headings waiting for their first goods line
    heading_of: dict[int, str] = {}  # source row → heading(s) opening before it
    headings = 0
    for index in range(chosen.header_row, len(rows)):
        row = rows[index]
        if not any(cell.strip() for cell in row):
            continue

        def cell(column: Column, row: Sequence[str] = row) -> str:
            position = chosen.columns.get(column)
            if position is None or position >= len(row):
                return ""
            return row[position].strip()

        if _is_heading(cell, chosen):
            pending.append((index + 1, cell(Column.DESCRIPTION)))
            headings += 1
            continue
        if pending:
            heading_of[index + 1] = "\n".join(text for _, text in pending)
            pending = []
        raw_rows.append(
            RawRow(
                row=index + 1,
                description=cell(Column.DESCRIPTION),
                serial=cell(Column.SERIAL),
                pieces=cell(Column.PIECES),
                weight=cell(Column.WEIGHT),
                value=cell(Column.VALUE),
                origin=cell(Column.ORIGIN),
            )
        )
    if not raw_rows:
        raise UserError(say("goods-import.no-rows"), field="file")
    hint = DELIMITER_HINTS.get(delimiter or "") or decimal_hint(chosen.aliases)
    lines, problems = check_rows(
        raw_rows, known_country_codes=known_country_codes, hint=hint, money_decimals=money_decimals
    )
    for row_number, text in pending:
        problems.append(
            Problem(
                row_number,
                Column.DESCRIPTION,
                Severity.ERROR,
                say("goods-check.heading-alone", text=text[:40]),
            )
        )
    good_rows = [
        r.row
        for r in raw_rows
        if not any(p.row == r.row and p.severity is Severity.ERROR for p in problems)
    ]
    lines = [
        GoodsLine(
            item_no=line.item_no,
            description=line.description,
            pieces=line.pieces,
            value=line.value,
            origin=line.origin,
            weight=line.weight,
            weight_unit=chosen.weight_unit,
            marks=line.marks,
            heading=heading_of.get(source_row, ""),
        )
        for line, source_row in zip(lines, good_rows, strict=True)
    ]
    return ImportResult(
        lines=lines,
        problems=problems,
        mapping=chosen,
        source_rows=len(raw_rows),
        warnings=[p for p in problems if p.severity is not Severity.ERROR],
        headings=headings,
    )


def is_heading_row(read: Callable[[Column], str], mapping: ColumnMapping) -> bool:
    """Whether a row (its cells read by column) is a group heading under ``mapping``."""
    return _is_heading(read, mapping)


def _is_heading(read: Callable[[Column], str], mapping: ColumnMapping) -> bool:
    description = read(Column.DESCRIPTION)
    if not description:
        return False
    if Column.HEADING in mapping.columns:
        return normalise_header(read(Column.HEADING)) in TRUE_WORDS
    others = (Column.SERIAL, Column.PIECES, Column.WEIGHT, Column.VALUE, Column.ORIGIN)
    if any(read(column) for column in others):
        return False
    return not read(Column.ITEM)


def import_goods(
    session: Session,
    carnet_id: int | str,
    path: Path,
    *,
    user: str,
    expected_version: int | None = None,
    sheet: str | None = None,
) -> tuple[CarnetView, ImportResult]:
    """Replace a draft's general list with the file's; refuse the whole file on any error
    (``GeneralListRefused`` lists every one)."""
    carnet = find_draft(session, carnet_id)
    check_version(carnet, expected_version)
    if carnet.status != CarnetStatus.DRAFT.value:
        raise UserError(
            say(
                "goods-import.list-locked",
                carnet=carnet.number or carnet.id,
                status=status_word(carnet.status),
            ),
            field="status",
        )
    table = country_table(session)
    source = read_table_file(path, sheet=sheet)
    result = _parse_table(source, [r.code for r in table.rules()], carnet.currency)
    errors = errors_of(result.problems)
    if errors:
        raise GeneralListRefused(errors)
    refuse_unprintable_lines(result.lines)
    before = carnet_snapshot(carnet)
    replace_goods(session, carnet, result.lines)
    carnet.updated_at = datetime.now(UTC)
    session.flush()
    record_audit(
        session,
        user=user,
        action="carnet.import-goods",
        carnet=carnet,
        summary=say(
            "trail.goods-imported", draft=carnet.id, lines=len(result.lines), file=path.name
        ),
        before=before,
        after=carnet_snapshot(carnet),
    )
    return record_view(session, carnet), result


def _parse_table(source: Table, codes: Sequence[str], currency: str) -> ImportResult:
    try:
        result = parse_general_list(
            source.rows,
            codes,
            delimiter=source.delimiter,
            money_decimals=min(MONEY_DECIMALS, _currency_digits(currency)),
        )
    except UserError as exc:
        if len(source.sheets) > 1 and exc.field == "file":
            raise UserError(
                say(
                    "goods-import.sheet",
                    sheet=source.sheet,
                    name=source.name,
                    why=exc.said,
                    sheets=[repr(s) for s in source.sheets],
                ),
                field="sheet",
            ) from None
        raise
    result.sheet = source.sheet
    return result


def _currency_digits(currency: str) -> int:
    try:
        return minor_unit_digits(currency)
    except Exception:  # an unknown code: the stored scale decides
        return MONEY_DECIMALS

"""General lists from CSV (any delimiter, UTF-8 or Windows-1252) and XLSX files.

The header row is found among the first rows, columns are mapped by their usual English and
French names, every row is checked (``carnet_app.domain.goods_checks``), and nothing is
imported while any row is in error.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

from carnet_app.db.models import Carnet
from carnet_app.domain.goods_checks import Column, Problem, RawRow, check_rows, errors_of
from carnet_app.domain.types import CarnetStatus, GoodsLine
from carnet_app.errors import UserError
from carnet_app.services.audit import carnet_snapshot, record_audit
from carnet_app.services.loading import check_version, find_draft
from carnet_app.services.records import replace_goods
from carnet_app.services.reference import country_table

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 10_000
HEADER_SEARCH_ROWS = 15

HEADER_ALIASES: dict[Column, tuple[str, ...]] = {
    Column.ITEM: ("item no", "item", "no", "n", "nr", "line", "numero", "n d ordre", "#"),
    Column.DESCRIPTION: (
        "trade description",
        "description",
        "designation commerciale",
        "designation",
        "goods",
        "article",
        "libelle",
    ),
    Column.SERIAL: (
        "serial number",
        "serial",
        "s n",
        "sn",
        "marks and numbers",
        "marks",
        "n de serie",
        "numero de serie",
        "no de serie",
        "marques",
    ),
    Column.PIECES: (
        "number of pieces",
        "pieces",
        "qty",
        "quantity",
        "pcs",
        "quantite",
        "nombre de pieces",
        "nb",
    ),
    Column.WEIGHT: ("weight", "poids", "weight or volume", "poids ou volume"),
    Column.VALUE: ("value", "valeur", "amount", "montant", "price", "prix"),
    Column.ORIGIN: ("country of origin", "origin", "pays d origine", "origine", "pays"),
}


@dataclass(frozen=True)
class ColumnMapping:
    header_row: int  # 1-based
    columns: dict[Column, int]  # column → 0-based index in the source
    weight_unit: str = "kg"


@dataclass
class ImportResult:
    lines: list[GoodsLine]
    problems: list[Problem]
    mapping: ColumnMapping
    source_rows: int = 0
    warnings: list[Problem] = field(default_factory=list)


def normalise_header(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    plain = re.sub(r"\(.*?\)", " ", plain)
    plain = re.sub(r"[^a-z0-9#]+", " ", plain)
    return " ".join(plain.split())


def _match_column(header: str) -> tuple[Column, int] | None:
    """The column a header names, with the length of the alias matched (longer wins)."""
    name = normalise_header(header)
    if not name:
        return None
    best: tuple[Column, int] | None = None
    for column, aliases in HEADER_ALIASES.items():
        for alias in aliases:
            if name == alias or name.startswith(alias + " "):
                if best is None or len(alias) > best[1]:
                    best = (column, len(alias))
    return best


def detect_mapping(rows: Sequence[Sequence[str]]) -> ColumnMapping:
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        columns: dict[Column, tuple[int, int]] = {}
        for position, cell in enumerate(row):
            match = _match_column(cell)
            if match is None:
                continue
            column, strength = match
            if column not in columns or strength > columns[column][1]:
                columns[column] = (position, strength)
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
            )
    raise UserError(
        "no header row found in the first rows: name the columns (description, pieces, "
        "value, origin...)",
        field="file",
    )


def read_table(path: Path) -> list[list[str]]:
    """Every row of the first sheet (XLSX) or of the CSV, as text cells."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UserError(f"file {path}: {exc.strerror}", field="file") from None
    if size > MAX_FILE_BYTES:
        raise UserError(f"file {path.name} is larger than 20 MB", field="file")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    return _read_csv(path.read_bytes(), path.name)


def _read_csv(data: bytes, name: str) -> list[list[str]]:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes almost anything
        raise UserError(f"file {name}: not UTF-8 or Windows-1252 text", field="file")
    if "\x00" in text:
        raise UserError(f"file {name}: binary data, not a CSV file", field="file")
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    try:
        rows = [list(row) for row in csv.reader(io.StringIO(text), dialect)]
    except csv.Error as exc:
        raise UserError(f"file {name}: not a readable CSV file ({exc})", field="file") from None
    if len(rows) > MAX_ROWS:
        raise UserError(f"file {name}: more than {MAX_ROWS} rows", field="file")
    return rows


def _read_xlsx(path: Path) -> list[list[str]]:
    # The file is opened here so that it is closed whatever openpyxl meets in it.
    with path.open("rb") as stream:
        return _read_workbook(stream, path.name)


def _read_workbook(stream: BinaryIO, name: str) -> list[list[str]]:
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(stream, read_only=True, data_only=False)
    except Exception as exc:  # a hostile workbook can break any layer (zip, zlib, XML)
        raise UserError(
            f"file {name}: not a readable XLSX workbook ({_short(exc)})", field="file"
        ) from None
    try:
        sheet = workbook.worksheets[0]
        rows: list[list[str]] = []
        for row in sheet.iter_rows(values_only=True):  # read lazily: errors surface here too
            rows.append([_cell_text(value) for value in row])
            if len(rows) > MAX_ROWS:
                raise UserError(f"file {name}: more than {MAX_ROWS} rows", field="file")
        return rows
    except UserError:
        raise
    except Exception as exc:
        raise UserError(
            f"file {name}: not a readable XLSX workbook ({_short(exc)})", field="file"
        ) from None
    finally:
        workbook.close()


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:100]


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return format(Decimal(repr(value)), "f")
    return str(value)


def parse_general_list(
    rows: Sequence[Sequence[str]],
    known_country_codes: Sequence[str],
    mapping: ColumnMapping | None = None,
) -> ImportResult:
    chosen = mapping or detect_mapping(rows)
    raw_rows: list[RawRow] = []
    for index in range(chosen.header_row, len(rows)):
        row = rows[index]
        if not any(cell.strip() for cell in row):
            continue

        def cell(column: Column, row: Sequence[str] = row) -> str:
            position = chosen.columns.get(column)
            if position is None or position >= len(row):
                return ""
            return row[position].strip()

        raw_rows.append(
            RawRow(
                row=index + 1,
                description=cell(Column.DESCRIPTION),
                serial=cell(Column.SERIAL),
                pieces=cell(Column.PIECES) or ("1" if Column.PIECES not in chosen.columns else ""),
                weight=cell(Column.WEIGHT),
                value=cell(Column.VALUE),
                origin=cell(Column.ORIGIN),
            )
        )
    if not raw_rows:
        raise UserError("the file has a header but no goods rows", field="file")
    lines, problems = check_rows(raw_rows, known_country_codes=known_country_codes)
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
        )
        for line in lines
    ]
    return ImportResult(
        lines=lines,
        problems=problems,
        mapping=chosen,
        source_rows=len(raw_rows),
        warnings=[p for p in problems if p not in errors_of(problems)],
    )


def import_goods(
    session: Session,
    carnet_id: int | str,
    path: Path,
    *,
    user: str,
    expected_version: int | None = None,
) -> tuple[Carnet, ImportResult]:
    """Replace a draft's general list with the file's; refuse the whole file on any error."""
    carnet = find_draft(session, carnet_id)
    check_version(carnet, expected_version)
    if carnet.status != CarnetStatus.DRAFT.value:
        raise UserError(
            f"carnet {carnet.number or carnet.id} is {carnet.status}: the general list is "
            f"locked once issued (no item may be added after issue)",
            field="status",
        )
    table = country_table(session)
    result = parse_general_list(read_table(path), [r.code for r in table.rules()])
    errors = errors_of(result.problems)
    if errors:
        shown = "; ".join(str(p) for p in errors[:8])
        more = f" (and {len(errors) - 8} more)" if len(errors) > 8 else ""
        raise UserError(
            f"general list refused, nothing imported: {len(errors)} error(s): {shown}{more}",
            field="file",
        )
    before = carnet_snapshot(carnet)
    replace_goods(session, carnet, result.lines)
    carnet.updated_at = datetime.now(UTC)
    session.flush()
    record_audit(
        session,
        user=user,
        action="carnet.import-goods",
        carnet=carnet,
        summary=f"general list of draft {carnet.id} replaced by {len(result.lines)} line(s) "
        f"from {path.name}",
        before=before,
        after=carnet_snapshot(carnet),
    )
    return carnet, result

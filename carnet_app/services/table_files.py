"""General-list files read as rows of text cells, in bounded memory.

CSV in UTF-8, UTF-16 or Windows-1252 with any usual delimiter; XLSX read by openpyxl in
read-only (streaming) mode after a pre-check of the zip (declared sizes, which zipfile enforces
while inflating) and of the sheets' XML (rows, cells per row, cell length), so that a small
hostile file cannot make the desk inflate gigabytes. Every limit refuses early with one line.
"""

from __future__ import annotations

import codecs
import csv
import io
import math
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import IO, cast
from xml.etree import ElementTree

from carnet_app.domain.messages import say
from carnet_app.domain.number_columns import NumberCell
from carnet_app.errors import UserError

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 10_000
MAX_COLUMNS = 200
MAX_CELL = 5_000  # characters in one cell
MAX_CSV_LINE = 64 * 1024  # characters in one line of a CSV file
MAX_XLSX_INFLATED = 32 * 1024 * 1024  # bytes of all the workbook's parts once decompressed
MAX_XLSX_PARTS = 2_000
_CHUNK = 64 * 1024


@dataclass
class Table:
    """A file's rows, the sheet they come from and what the file says about its locale."""

    rows: list[list[str]]
    name: str
    sheet: str | None = None
    sheets: tuple[str, ...] = ()
    delimiter: str | None = None
    notes: list[str] = field(default_factory=list)


def read_table_file(path: Path, *, sheet: str | None = None) -> Table:
    """Every row of the CSV, or of a sheet of the XLSX (the first unless ``sheet`` names one)."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UserError(
            say("list-file.unreadable", path=path, reason=exc.strerror), field="file"
        ) from None
    if size > MAX_FILE_BYTES:
        raise UserError(say("list-file.too-large", name=path.name), field="file")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        with path.open("rb") as stream:
            return _read_xlsx(stream, path.name, sheet)
    if sheet is not None:
        raise UserError(say("list-file.csv-has-no-sheets", name=path.name), field="sheet")
    try:
        with path.open("rb") as handle:  # bounded: a pipe or /dev/zero says no size
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise UserError(
            say("list-file.unreadable", path=path, reason=exc.strerror), field="file"
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise UserError(say("list-file.too-large", name=path.name), field="file")
    return read_csv_bytes(data, path.name)


# --------------------------------------------------------------------------- CSV


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 (BOM, or NUL bytes between ASCII), Windows-1252."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings: tuple[str, ...] = ("utf-16",)
    elif _looks_utf16(data):
        encodings = ("utf-16-le" if data[1:2] == b"\x00" else "utf-16-be",)
    else:
        encodings = ("utf-8-sig", "cp1252")
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UserError(say("list-file.encoding", name=name), field="file")


def _looks_utf16(data: bytes) -> bool:
    sample = data[:2000]
    if len(sample) < 4:
        return False
    odd = sample[1::2].count(0)
    even = sample[0::2].count(0)
    half = len(sample) // 2
    return max(odd, even) > half * 0.4 and min(odd, even) < half * 0.05


def read_csv_bytes(data: bytes, name: str) -> Table:
    text = decode_text(data, name)
    if "\x00" in text:
        raise UserError(say("list-file.binary", name=name), field="file")
    for number, line in enumerate(_lines(text), start=1):
        if len(line) > MAX_CSV_LINE:
            raise UserError(
                say("list-file.line-too-long", name=name, line=number, most=MAX_CSV_LINE),
                field="file",
            )
        if number > MAX_ROWS * 4:  # quoted newlines aside, the row limit comes first
            break
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows: list[list[str]] = []
    try:
        for row in csv.reader(io.StringIO(text), dialect):
            if len(row) > MAX_COLUMNS:
                raise UserError(
                    say(
                        "list-file.too-many-fields",
                        name=name,
                        row=len(rows) + 1,
                        count=len(row),
                        most=MAX_COLUMNS,
                    ),
                    field="file",
                )
            _check_cells(row, len(rows) + 1, name)
            rows.append(row)
            if len(rows) > MAX_ROWS:
                raise UserError(
                    say("list-file.too-many-rows", name=name, most=MAX_ROWS), field="file"
                )
    except csv.Error as exc:
        raise UserError(
            say("list-file.bad-csv", name=name, reason=str(exc)), field="file"
        ) from None
    return Table(rows, name, delimiter=str(dialect.delimiter))


def _lines(text: str) -> Iterator[str]:
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        yield text[start:end]
        start = end + 1


def _check_cells(row: list[str], number: int, name: str) -> None:
    for cell in row:
        if len(cell) > MAX_CELL:
            raise UserError(
                say(
                    "list-file.cell-too-long",
                    name=name,
                    row=number,
                    length=len(cell),
                    most=MAX_CELL,
                ),
                field="file",
            )


# --------------------------------------------------------------------------- XLSX


def _read_xlsx(stream: IO[bytes], name: str, sheet: str | None) -> Table:
    _check_zip(stream, name)
    stream.seek(0)
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(stream, read_only=True, data_only=False)
    except Exception as exc:  # a hostile workbook can break any layer (zip, zlib, XML)
        raise UserError(
            say("list-file.bad-xlsx", name=name, reason=_short(exc)), field="file"
        ) from None
    try:
        names = tuple(workbook.sheetnames)
        if not names:
            raise UserError(say("list-file.no-sheet", name=name), field="file")
        chosen = sheet if sheet is not None else names[0]
        if chosen not in names:
            raise UserError(
                say("list-file.unknown-sheet", name=name, sheet=chosen, sheets=_sheet_list(names)),
                field="sheet",
            )
        worksheet = workbook[chosen]
        rows: list[list[str]] = []
        for row in worksheet.iter_rows(max_row=MAX_ROWS + 1, max_col=MAX_COLUMNS, values_only=True):
            cells = [_cell_text(value) for value in row]
            while cells and cells[-1] == "":
                cells.pop()
            _check_cells(cells, len(rows) + 1, name)
            rows.append(cells)
        while rows and not rows[-1]:
            rows.pop()
        if len(rows) > MAX_ROWS:
            raise UserError(say("list-file.too-many-rows", name=name, most=MAX_ROWS), field="file")
        return Table(rows, name, sheet=chosen, sheets=names)
    except UserError:
        raise
    except Exception as exc:
        raise UserError(
            say("list-file.bad-xlsx", name=name, reason=_short(exc)), field="file"
        ) from None
    finally:
        workbook.close()


def _sheet_list(names: tuple[str, ...]) -> str:
    return ", ".join(repr(n) for n in names[:20]) + (" …" if len(names) > 20 else "")


def _check_zip(stream: IO[bytes], name: str) -> None:
    """Refuse a workbook whose parts inflate beyond the limit, before anything inflates;
    then stream the sheets' and shared strings' XML once, counting rows, cells and text."""
    try:
        archive = zipfile.ZipFile(stream)
    except Exception as exc:  # BadZipFile, NotImplementedError (zip version), OSError, ...
        raise UserError(
            say("list-file.bad-xlsx", name=name, reason=_short(exc)), field="file"
        ) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_XLSX_PARTS:
            raise UserError(
                say("list-file.too-many-parts", name=name, count=len(infos)), field="file"
            )
        inflated = sum(info.file_size for info in infos)
        if inflated > MAX_XLSX_INFLATED:
            raise UserError(
                say(
                    "list-file.inflates",
                    name=name,
                    size=inflated // (1024 * 1024),
                    most=MAX_XLSX_INFLATED // (1024 * 1024),
                ),
                field="file",
            )
        for info in infos:
            part = info.filename
            if part.startswith("xl/worksheets/") and part.endswith(".xml"):
                _scan_part(archive, info, name, sheet=True)
            elif part == "xl/sharedStrings.xml":
                _scan_part(archive, info, name, sheet=False)


_CELL_REF = re.compile(r"([A-Za-z]{1,3})(\d{1,7})")


def _scan_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, *, sheet: bool) -> None:
    scan = _PartScan(name, sheet=sheet)
    parser: ElementTree.XMLPullParser[ElementTree.Element] = ElementTree.XMLPullParser(
        events=("start", "end")
    )
    try:
        with archive.open(info) as part:
            while chunk := part.read(_CHUNK):
                parser.feed(chunk)
                for item in parser.read_events():
                    event, element = cast(tuple[str, object], item)
                    assert isinstance(element, ElementTree.Element)
                    scan.meet(str(event), element)
            parser.close()
    except UserError:
        raise
    except Exception as exc:
        raise UserError(
            say("list-file.bad-xlsx", name=name, reason=_short(exc)), field="file"
        ) from None


class _PartScan:
    """Rows, cells per row and text length of one XML part, each element dropped once read
    (so memory holds one row at most)."""

    def __init__(self, name: str, *, sheet: bool) -> None:
        self.name = name
        self.sheet = sheet
        self.stack: list[ElementTree.Element] = []
        self.rows = 0
        self.cells = 0

    def meet(self, event: str, element: ElementTree.Element) -> None:
        tag = str(element.tag).rsplit("}", 1)[-1]
        if event == "start":
            self.stack.append(element)
            if self.sheet and tag == "row":
                self.rows += 1
                self.cells = 0
                if self.rows > MAX_ROWS:
                    raise UserError(
                        say("list-file.too-many-rows", name=self.name, most=MAX_ROWS), field="file"
                    )
            elif self.sheet and tag == "c":
                self.cells += 1
                _check_reference(element.get("r"), self.cells, self.rows, self.name)
            return
        self.stack.pop()
        if element.text and len(element.text) > MAX_CELL:
            raise UserError(
                say("list-file.xml-cell-too-long", name=self.name, row=self.rows, most=MAX_CELL),
                field="file",
            )
        if self.stack:
            self.stack[-1].remove(element)


def _check_reference(reference: str | None, cells: int, rows: int, name: str) -> None:
    column = cells
    if reference:
        match = _CELL_REF.fullmatch(reference)
        if match:
            column = 0
            for letter in match.group(1).upper():
                column = column * 26 + ord(letter) - 64
            if int(match.group(2)) > MAX_ROWS + 1:
                raise UserError(
                    say("list-file.too-many-rows", name=name, most=MAX_ROWS), field="file"
                )
    if column > MAX_COLUMNS or cells > MAX_COLUMNS:
        raise UserError(
            say("list-file.cells-beyond", name=name, row=rows, most=MAX_COLUMNS), field="file"
        )


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:100]


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return NumberCell(str(value))
    if isinstance(value, float):  # how openpyxl hands over a workbook's number cell
        if not math.isfinite(value):
            return str(value)
        return NumberCell(format(Decimal(repr(value)), "f"))
    text = str(value)
    return text

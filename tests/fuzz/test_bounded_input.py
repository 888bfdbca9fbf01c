"""Hostile files read in bounded memory (issue 14, item 3): each is built here, read by the
importer in a fresh Python process, and that process's peak memory is measured."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from carnet_app.domain.application import parse_application
from carnet_app.errors import UserError
from carnet_app.services.table_files import read_table_file
from tests.services.conftest import sample_application

PEAK_LIMIT_MB = 250  # Python, openpyxl and the desk's modules take about 70 MB

_READ_AND_MEASURE = """
import json, resource, sys
from pathlib import Path
from carnet_app.errors import UserError
from carnet_app.services.table_files import read_table_file
try:
    table = read_table_file(Path(sys.argv[1]))
    outcome = f"read {len(table.rows)} rows"
except UserError as exc:
    outcome = "refused: " + exc.message
def peak_mb():
    # VmHWM is this program's own high-water mark; ru_maxrss can keep the pytest parent's
    # size across fork and exec.
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"outcome": outcome, "peak_mb": peak_mb()}))
"""


def read_in_a_fresh_process(path: Path) -> tuple[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", _READ_AND_MEASURE, str(path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    answer = json.loads(done.stdout)
    return str(answer["outcome"]), float(answer["peak_mb"])


_OPC = "http://schemas.openxmlformats.org"
_SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    f'<Types xmlns="{_OPC}/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{_SHEET_TYPE}.sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_SHEET_TYPE}.worksheet+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_OPC}/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="List" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_OPC}/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/>'
    "</Relationships>"
)
_SHEET_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
_SHEET_TAIL = b"</sheetData></worksheet>"


def hostile_workbook(
    path: Path, body: bytes, repeat: int, *, head: bytes = b"", tail: bytes = b""
) -> Path:
    """A workbook whose one sheet holds ``head + body * repeat + tail`` inside sheetData,
    streamed into the zip so the test never holds the inflated sheet in memory."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(_SHEET_HEAD + head)
            block = body * 65_536
            for _ in range(repeat // 65_536):
                sheet.write(block)
            sheet.write(body * (repeat % 65_536))
            sheet.write(tail + _SHEET_TAIL)
    return path


@pytest.mark.slow
def test_thirty_million_inline_cells_are_refused_in_bounded_memory(tmp_path: Path) -> None:
    path = hostile_workbook(
        tmp_path / "cells.xlsx",
        b'<c t="inlineStr"><is><t>a</t></is></c>',
        30_000_000,
        head=b'<row r="1">',
        tail=b"</row>",
    )
    assert path.stat().st_size < 5 * 1024 * 1024
    outcome, peak_mb = read_in_a_fresh_process(path)
    assert outcome.startswith("refused: file cells.xlsx: the workbook inflates to")
    assert peak_mb < PEAK_LIMIT_MB


@pytest.mark.slow
def test_one_cell_of_one_and_a_half_gigabytes_is_refused_in_bounded_memory(
    tmp_path: Path,
) -> None:
    path = hostile_workbook(
        tmp_path / "cell.xlsx",
        b"A" * 1024,
        1_500_000,
        head=b'<row r="1"><c r="A1" t="inlineStr"><is><t>',
        tail=b"</t></is></c></row>",
    )
    outcome, peak_mb = read_in_a_fresh_process(path)
    assert outcome.startswith("refused: file cell.xlsx: the workbook inflates to")
    assert peak_mb < PEAK_LIMIT_MB


def test_a_wide_row_within_the_size_limit_is_refused_while_streaming(tmp_path: Path) -> None:
    path = hostile_workbook(
        tmp_path / "wide.xlsx",
        b"<c><v>1</v></c>",
        1_500_000,
        head=b'<row r="1">',
        tail=b"</row>",
    )
    outcome, peak_mb = read_in_a_fresh_process(path)
    assert outcome == "refused: file wide.xlsx: row 1 has cells beyond column 200"
    assert peak_mb < PEAK_LIMIT_MB


def test_a_far_away_cell_or_row_does_not_make_a_huge_sheet(tmp_path: Path) -> None:
    far_column = hostile_workbook(
        tmp_path / "far.xlsx", b"", 0, head=b'<row r="1"><c r="XFD1"><v>1</v></c></row>'
    )
    with pytest.raises(UserError, match="beyond column 200"):
        read_table_file(far_column)
    far_row = hostile_workbook(
        tmp_path / "deep.xlsx", b"", 0, head=b'<row r="1048576"><c r="A1048576"><v>1</v></c></row>'
    )
    with pytest.raises(UserError, match="more than 10000 rows"):
        read_table_file(far_row)


def test_a_long_csv_line_or_cell_is_refused_early(tmp_path: Path) -> None:
    line = tmp_path / "line.csv"
    line.write_bytes(b"Description,Qty\n" + b"a," * 10_000_000)
    with pytest.raises(UserError, match="line 2 is longer than"):
        read_table_file(line)
    fields = tmp_path / "fields.csv"
    fields.write_bytes(b"Description,Qty\n" + b"a," * 300 + b"\n")
    with pytest.raises(UserError, match="fields, at most 200"):
        read_table_file(fields)
    rows = tmp_path / "rows.csv"
    rows.write_bytes(b"Description,Qty\n" + b"\n" * 15_000_000)
    with pytest.raises(UserError, match="more than 10000 rows"):
        read_table_file(rows)
    many = tmp_path / "many.csv"
    many.write_bytes(b"Description,Qty\n" + b"x,1\n" * 20_000)
    with pytest.raises(UserError, match="more than 10000 rows"):
        read_table_file(many)


@pytest.mark.parametrize(
    "change",
    [
        {"itinerary": [{"country": "CH", "times": 1_000_000_000}]},
        {"trips": 10**20},
        {"itinerary": [{"country": "CH", "times": 99}, {"country": "NO", "times": 99},
                       {"country": "JP", "times": 99}]},
        {"itinerary": [{"country": "CH"}] * 1000},
    ],
)  # fmt: skip
def test_itineraries_that_would_print_millions_of_vouchers_are_refused(change: dict) -> None:  # type: ignore[type-arg]
    with pytest.raises(UserError) as refused:
        parse_application(sample_application(**change))
    assert refused.value.field in ("itinerary", "trips") or "times" in str(refused.value.field)

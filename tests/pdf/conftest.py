"""Sample carnets and PDF helpers for the pdf tests (real rendering, no mocks)."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from carnet_app.domain.types import GoodsLine, MovementAction
from carnet_app.pdf import (
    CarnetPrintData,
    Country,
    Party,
    TripItem,
    TripSelection,
    TripVoucher,
    VoucherSets,
)

MM = 72 / 25.4


def goods(count: int, description: str = "Camera body, S/N {n}") -> tuple[GoodsLine, ...]:
    return tuple(
        GoodsLine(
            item_no=n,
            description=description.format(n=n),
            pieces=1 + n % 3,
            value=Decimal("100.25") * n,
            weight=Decimal("2.5"),
            weight_unit="kg",
            origin="DE" if n % 2 else "JP",
        )
        for n in range(1, count + 1)
    )


def make_carnet(
    items: int = 5,
    *,
    holder: str = "Lumière Films SARL",
    sets: VoucherSets | None = None,
    lines: tuple[GoodsLine, ...] | None = None,
) -> CarnetPrintData:
    return CarnetPrintData(
        number="FR/PAR/2026/000123",
        association=Party("CCI Paris Ile-de-France", "2 place de la Bourse\n75002 Paris", "FR"),
        holder=Party(holder, "12 rue de la Paix\n75002 Paris", "FR"),
        goods=lines if lines is not None else goods(items),
        currency="EUR",
        issued_on=date(2026, 3, 15),
        valid_until=date(2027, 3, 14),
        representatives=("Jean Dupont",),
        uses=("PE",),
        use_description="Film shoot equipment",
        countries=(Country("CH", "Switzerland"), Country("US", "United States")),
        voucher_sets=sets or VoucherSets(1, 1, 1),
        place_of_issue="Paris",
    )


def make_trip(*actions: tuple[MovementAction, int]) -> TripSelection:
    return TripSelection(
        vouchers=tuple(TripVoucher(action, number) for action, number in actions),
        items=(TripItem(1), TripItem(2), TripItem(3, 1), TripItem(5)),
        declarant="Jean Dupont",
        place="Paris",
        declared_on=date(2026, 4, 2),
        intended_use_at="Studio Lausanne",
        means_of_transport="Truck AB-123-CD",
        packaging="4 flight cases",
        transit_destination="Chiasso customs office",
    )


@pytest.fixture
def open_pdf() -> Callable[[bytes], pdfplumber.PDF]:
    opened: list[pdfplumber.PDF] = []

    def _open(data: bytes) -> pdfplumber.PDF:
        pdf = pdfplumber.open(io.BytesIO(data))
        opened.append(pdf)
        return pdf

    yield _open  # type: ignore[misc]
    for pdf in opened:
        pdf.close()


def qpdf_check(data: bytes, folder: Path) -> None:
    """``qpdf --check`` must find no error or warning in the file."""
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        if os.environ.get("CI"):  # .ci/run installs it: CI never skips the check
            pytest.fail("qpdf is not installed (.ci/run installs it)")
        pytest.skip("qpdf is not installed")
    path = folder / "checked.pdf"
    path.write_bytes(data)
    result = subprocess.run([qpdf, "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors found" in result.stdout


def unembedded_fonts(data: bytes) -> list[str]:
    """Names of fonts the file uses without embedding them (pypdf walks every page)."""
    reader = PdfReader(io.BytesIO(data))
    missing: set[str] = set()
    for page in reader.pages:
        fonts = page.get("/Resources", {}).get_object().get("/Font", {})
        stack = [fonts.get_object()] if fonts else []
        xobjects = page["/Resources"].get("/XObject", {})
        for xobject in xobjects.values() if xobjects else ():
            inner = xobject.get_object().get("/Resources", {})
            if inner and inner.get_object().get("/Font"):
                stack.append(inner.get_object()["/Font"].get_object())
        for font_dict in stack:
            for font in font_dict.values():
                font = font.get_object()
                descriptors = [font.get("/FontDescriptor")]
                for descendant in font.get("/DescendantFonts", []):
                    descriptors.append(descendant.get_object().get("/FontDescriptor"))
                embedded = any(
                    d is not None
                    and any(k in d.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                    for d in descriptors
                )
                if not embedded:
                    missing.add(str(font.get("/BaseFont")))
    return sorted(missing)

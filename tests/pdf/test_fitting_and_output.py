"""Text never leaves its box silently; files are written atomically; the printable carnet
from the typed view."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from carnet_app.domain.carnet_view import (
    CarnetView,
    ItemView,
    ItineraryStopView,
    PartyView,
    VoucherCountView,
)
from carnet_app.domain.types import (
    CarnetFormat,
    CarnetKind,
    CarnetStatus,
    ItineraryKind,
    VoucherColour,
)
from carnet_app.errors import UserError
from carnet_app.pdf import (
    Party,
    print_data_from_view,
    render_carnet,
    write_pdf_atomically,
)
from carnet_app.pdf.layout import load_layout
from tests.pdf.conftest import MM, make_carnet


def test_a_long_address_shrinks_to_fit_its_box(open_pdf) -> None:  # type: ignore[no-untyped-def]
    address = "Building 7, Industrial Estate North\nUnit 12-14\n4400 Springfield\nUnited Kingdom"
    carnet = replace(make_carnet(2), holder=Party("Springfield Broadcast Services Ltd", address))
    page = open_pdf(render_carnet(carnet, part="cover")).pages[0]
    rect = load_layout("cover-front").field("A.holder").rect
    inside = page.crop((rect.x * MM, rect.y * MM, rect.right * MM, rect.bottom * MM))
    assert "United Kingdom" in inside.extract_text()
    sizes = {round(c["size"], 1) for c in inside.chars}
    assert min(sizes) >= 8.0


def test_text_too_long_for_its_box_goes_to_a_numbered_annex(open_pdf) -> None:  # type: ignore[no-untyped-def]
    names = tuple(f"Representative {n}" for n in range(40))
    carnet = replace(make_carnet(2), representatives=names)
    pdf = open_pdf(render_carnet(carnet, part="cover"))
    box = load_layout("cover-front").field("B.representatives").rect
    inside = pdf.pages[0].crop((box.x * MM, box.y * MM, box.right * MM, box.bottom * MM))
    assert "annexe\xa01" in inside.extract_text() or "annexe 1" in inside.extract_text()
    annex = pdf.pages[1].extract_text()
    assert "ANNEX No. 1" in annex and "FR/PAR/2026/000123" in annex
    assert "Representative 39" in annex


def test_replacement_carnet_says_which_carnet_it_replaces(open_pdf) -> None:  # type: ignore[no-untyped-def]
    carnet = replace(make_carnet(2), kind=CarnetKind.REPLACEMENT, replaces="FR/PAR/2025/000777")
    text = open_pdf(render_carnet(carnet, part="cover")).pages[0].extract_text()
    assert "REPLACEMENT FOR A.T.A. CARNET No. FR/PAR/2025/000777" in text


def test_write_pdf_atomically(tmp_path: Path) -> None:
    target = tmp_path / "carnet.pdf"
    target.write_bytes(b"old")
    write_pdf_atomically(target, b"%PDF-new")
    assert target.read_bytes() == b"%PDF-new"
    assert [p.name for p in tmp_path.iterdir()] == ["carnet.pdf"]
    with pytest.raises(UserError, match="missing does not exist") as refused:
        write_pdf_atomically(tmp_path / "missing" / "x.pdf", b"%PDF")
    assert refused.value.code == "file.no-folder"
    assert [p.name for p in tmp_path.iterdir()] == ["carnet.pdf"]


def _item(item_no: int, description: str, pieces: int, value: str, **more: object) -> ItemView:
    fields: dict = dict(marks="", weight=None, weight_unit="kg", origin="FR")
    fields.update(more)
    return ItemView(
        item_no=item_no, description=description, pieces=pieces, value=Decimal(value), **fields
    )


def _counts(colour: VoucherColour, sets: int) -> VoucherCountView:
    return VoucherCountView(colour, sets, sets * 2, 0, sets * 2, {})


# a replacement carnet as the services' view shows it: items out of order, a transit country
VIEW = CarnetView(
    id=1,
    number="FR/PAR/2026/000123",
    status=CarnetStatus.ISSUED,
    kind=CarnetKind.REPLACEMENT,
    follows="FR/PAR/2025/000777",
    format=CarnetFormat.PAPER,
    eata_id=None,
    version=1,
    holder=PartyView("Lumière Films", "Paris", "FR"),
    representatives=("Jean Dupont",),
    association=PartyView("CCI Paris", "Paris", "FR", "PAR", "EUR"),
    registered=None,
    issued_on=date(2026, 3, 15),
    valid_until=date(2027, 3, 14),
    uses=("PE",),
    use_description="Shoot",
    event=None,
    itinerary=(
        ItineraryStopView("CH", ItineraryKind.VISIT),
        ItineraryStopView("US", ItineraryKind.TRANSIT),
    ),
    trips=1,
    currency="EUR",
    total_value=Decimal("62002.50"),
    total_pieces=3,
    security=Decimal("24801.00"),
    security_form=None,
    fees=Decimal("340.00"),
    fees_after_issue=(),
    replacement_consent=None,
    carried_importations=(),
    returned_on=None,
    discharged_on=None,
    vouchers=(
        _counts(VoucherColour.YELLOW, 2),
        _counts(VoucherColour.WHITE, 1),
        _counts(VoucherColour.BLUE, 1),
    ),
    items=(
        _item(2, "Tripod", 2, "2.50"),
        _item(1, "Camera", 1, "62000.00", marks="CD-1", weight=Decimal("2.600"), origin="DE"),
    ),
    general_list=(),
    movements=(),
    events=(),
    claims=(),
    claim_window_closes=None,
    irregularities=(),
)


def test_print_data_from_view() -> None:
    data = print_data_from_view(VIEW, {"CH": "Switzerland"})
    assert data.kind is CarnetKind.REPLACEMENT and data.replaces == "FR/PAR/2025/000777"
    assert [line.item_no for line in data.goods] == [1, 2]
    assert data.goods[0].value == Decimal("62000.00") and data.goods[0].weight == Decimal("2.6")
    assert data.goods[1].weight is None
    assert [(c.code, c.name) for c in data.countries] == [("CH", "Switzerland"), ("US", "US")]
    assert (data.voucher_sets.yellow, data.voucher_sets.white, data.voucher_sets.blue) == (2, 1, 1)
    assert render_carnet(data, part="cover").startswith(b"%PDF")

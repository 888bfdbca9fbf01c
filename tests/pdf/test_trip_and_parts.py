"""Parts of the carnet in issue order, trip packs with the holder's declaration filled in."""

from __future__ import annotations

import pytest

from carnet_app.domain.types import MovementAction
from carnet_app.errors import UserError
from carnet_app.pdf import TripItem, VoucherSets, render_carnet
from carnet_app.pdf.layout import load_layout
from tests.pdf.conftest import MM, make_carnet, make_trip


def _footers(pdf) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.extract_text().splitlines()[-1] for page in pdf.pages]


def test_whole_carnet_in_issue_order_with_sheet_x_of_y(open_pdf) -> None:  # type: ignore[no-untyped-def]
    pdf = open_pdf(render_carnet(make_carnet(5, sets=VoucherSets(1, 1, 1))))
    footers = _footers(pdf)
    total = len(footers)
    assert total == 19
    order = [
        "FRONT COVER",
        "GENERAL LIST",
        "EXPORTATION / RE-IMPORTATION COUNTERFOILS No. 1",
        "EXPORTATION VOUCHER No. 1",
        "EXPORTATION VOUCHER No. 1, LIST OF GOODS",
        "RE-IMPORTATION VOUCHER No. 1",
        "RE-IMPORTATION VOUCHER No. 1, LIST OF GOODS",
        "IMPORTATION / RE-EXPORTATION COUNTERFOILS No. 1",
        "IMPORTATION VOUCHER No. 1",
        "IMPORTATION VOUCHER No. 1, LIST OF GOODS",
        "RE-EXPORTATION VOUCHER No. 1",
        "RE-EXPORTATION VOUCHER No. 1, LIST OF GOODS",
        "TRANSIT COUNTERFOILS No. 1",
        "TRANSIT VOUCHER No. 1, copy 1",
        "TRANSIT VOUCHER No. 1, copy 1, LIST OF GOODS",
        "TRANSIT VOUCHER No. 1, copy 2",
        "TRANSIT VOUCHER No. 1, copy 2, LIST OF GOODS",
        "COVER PAGE 3",
        "COVER PAGE 4",
    ]
    for sheet, (footer, part) in enumerate(zip(footers, order, strict=True), start=1):
        assert footer.startswith("A.T.A. CARNET No. FR/PAR/2026/000123"), footer
        assert part in footer and f"Sheet {sheet} of {total}" in footer, footer


@pytest.mark.parametrize("part, pages", [("cover", 3), ("list", 1), ("vouchers", 15)])
def test_single_parts(open_pdf, part: str, pages: int) -> None:  # type: ignore[no-untyped-def]
    pdf = open_pdf(render_carnet(make_carnet(5, sets=VoucherSets(1, 1, 1)), part=part))
    assert len(pdf.pages) == pages


def test_trip_pack_fills_the_declaration_and_lists_only_travelling_goods(open_pdf) -> None:  # type: ignore[no-untyped-def]
    trip = make_trip((MovementAction.EXPORTATION, 2), (MovementAction.IMPORTATION, 3))
    pdf = open_pdf(render_carnet(make_carnet(8), part="trip", trip=trip, overlay=True))
    assert len(pdf.pages) == 4
    front, reverse = pdf.pages[0], pdf.pages[1]
    layout = load_layout("voucher-exportation")
    items = layout.field("F.a.items").rect
    declared = front.crop((items.x * MM, items.y * MM, items.right * MM, items.bottom * MM))
    assert declared.extract_text().strip() == "1-3, 5"
    h_box = next(box for box in layout.boxes if box.id == "H").rect
    customs = front.crop((h_box.x * MM, h_box.y * MM, h_box.right * MM, h_box.bottom * MM))
    assert customs.extract_text().strip() == "", "box H is left to customs"
    listed = reverse.extract_text()
    assert "1. Camera body, S/N 1" in listed and "5. Camera body, S/N 5" in listed
    assert "S/N 4" not in listed and "S/N 6" not in listed
    assert "3. Camera body, S/N 3 1 2.5 300.75" in listed.replace("kg", ""), "1 of 2 pieces"
    # an overlay prints only what a clerk types: the voucher number in G, no footer
    assert "\n3\n" in pdf.pages[2].extract_text() and "Sheet" not in pdf.pages[2].extract_text()


def test_trip_refuses_items_not_on_the_general_list() -> None:
    trip = make_trip((MovementAction.EXPORTATION, 1))
    bad = type(trip)(vouchers=trip.vouchers, items=(TripItem(99),))
    with pytest.raises(UserError, match="item 99"):
        render_carnet(make_carnet(5), part="trip", trip=bad)
    too_many = type(trip)(vouchers=trip.vouchers, items=(TripItem(1, 7),))
    with pytest.raises(UserError, match="7 pieces"):
        render_carnet(make_carnet(5), part="trip", trip=too_many)
    with pytest.raises(UserError, match="is not one of all, cover"):
        render_carnet(make_carnet(5), part="everything")


def test_output_is_byte_stable_with_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    carnet = make_carnet(30, sets=VoucherSets(1, 1, 0))
    assert render_carnet(carnet) == render_carnet(carnet)
    assert render_carnet(carnet, overlay=True) == render_carnet(carnet, overlay=True)

"""Nothing the desk accepts is unprintable: each case of issue 15 that was refused with "does
not fit even at 8 pt" now prints, the box saying where the rest is, the annex holding all."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from carnet_app.domain.types import MovementAction
from carnet_app.pdf import (
    Party,
    TripItem,
    TripSelection,
    TripVoucher,
    VoucherSets,
    render_carnet,
)
from carnet_app.pdf.layout import load_layout
from carnet_app.pdf.page_plan import plan_pages
from carnet_app.services.documents import boxes_going_to_annex
from tests.pdf.conftest import MM, goods, make_carnet, qpdf_check

CCI_PARIS = "Chambre de Commerce et d'Industrie de Région Paris Île-de-France"
LONG_HOLDER = Party(
    "Société Européenne de Production Cinématographique et Audiovisuelle Lumière & Associés "
    "SARL, établissement secondaire de Boulogne-Billancourt",
    "Bâtiment C, 3e étage, Parc d'activités des Grands Champs\n"
    "124 avenue du Général de Gaulle, Cedex 17\n92130 Issy-les-Moulineaux\nFrance",
    "FR",
)


def _text_in(pdf, page: int, layout_id: str, field_id: str) -> str:  # type: ignore[no-untyped-def]
    rect = load_layout(layout_id).field(field_id).rect
    box = (rect.x * MM, rect.y * MM, rect.right * MM, rect.bottom * MM)
    return str(pdf.pages[page].crop(box).extract_text())


def test_the_64_character_cci_paris_issuer_prints_on_the_cover(open_pdf) -> None:  # type: ignore[no-untyped-def]
    carnet = replace(make_carnet(2), association=Party(CCI_PARIS, "2 place de la Bourse", "FR"))
    pdf = open_pdf(render_carnet(carnet, part="cover"))
    issuer = _text_in(pdf, 0, "cover-front", "issuer.name")
    assert "Île-de-France" in issuer and "annex" not in issuer


def test_box_c_with_three_uses_and_a_description_continues_on_an_annex(
    open_pdf,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    description = (
        "Professional equipment for a documentary film shoot with lighting, grip and sound "
        "crews, commercial samples shown at client meetings in Geneva and Zurich"
    )
    carnet = replace(make_carnet(2), uses=("PE", "CS", "EF"), use_description=description)
    data = render_carnet(carnet, part="cover")
    qpdf_check(data, tmp_path)
    pdf = open_pdf(data)
    assert "suite en annexe" in _text_in(pdf, 0, "cover-front", "C.uses")
    annex = pdf.pages[1].extract_text()
    assert "ANNEX No. 1" in annex and "C. INTENDED USE OF GOODS" in annex
    assert "Zurich" in annex and "FR/PAR/2026/000123" in annex


def test_a_trade_fair_event_with_its_address_prints(open_pdf) -> None:  # type: ignore[no-untyped-def]
    event = (
        "Salon international de l'équipement audiovisuel professionnel, Paris Expo Porte de "
        "Versailles, 1 place de la Porte de Versailles, 75015 Paris, France"
    )
    carnet = replace(make_carnet(2), uses=("EF",), event=event)
    pdf = open_pdf(render_carnet(carnet, part="cover"))
    assert "Porte de Versailles, 75015 Paris" in " ".join(pdf.pages[1].extract_text().split())


def test_a_long_holder_overflowing_on_every_voucher_gets_one_annex(open_pdf) -> None:  # type: ignore[no-untyped-def]
    holder = replace(LONG_HOLDER, address=LONG_HOLDER.address * 3)
    carnet = replace(make_carnet(2), holder=holder, voucher_sets=VoucherSets(1, 1, 0))
    jobs = plan_pages(carnet, "all", None)
    annexes = [job for job in jobs if job.layout_id == "annex"]
    assert len(annexes) == 1  # the same text on the cover and four vouchers: one annex
    # annexes go before the back cover (pages 3 and 4)
    assert [job.layout_id for job in jobs[-3:]] == ["annex", "cover-notes", "cover-associations"]
    pdf = open_pdf(render_carnet(carnet))
    assert "suite en annexe" in _text_in(pdf, 0, "cover-front", "A.holder")


def test_cover_box_g_states_more_than_seventy_continuation_sheets_in_words(
    open_pdf,  # type: ignore[no-untyped-def]
) -> None:
    carnet = make_carnet(lines=goods(2400))
    pdf = open_pdf(render_carnet(carnet, part="cover"))
    count = " ".join(_text_in(pdf, 0, "cover-front", "G.a.continuation").split())
    assert "annex" not in count
    sheets = int(count.split()[0])
    assert sheets > 70
    assert ("-" in count and "soixante" in count) or "quatre-vingt" in count


def test_trip_pack_with_forty_scattered_items_lists_them_on_an_annex(open_pdf) -> None:  # type: ignore[no-untyped-def]
    trip = TripSelection(
        vouchers=(TripVoucher(MovementAction.EXPORTATION, 1),),
        items=tuple(TripItem(n) for n in range(1, 200, 5)),
        declarant="Jean Dupont",
    )
    pdf = open_pdf(render_carnet(make_carnet(200), part="trip", trip=trip))
    texts = [page.extract_text() for page in pdf.pages]
    annex = next(text for text in texts if "ANNEX No. 1" in text)
    assert "196" in annex and "1, 6, 11" in annex


@pytest.mark.parametrize("overlay", [False, True])
def test_annex_pages_print_in_full_in_overlay_prints_too(open_pdf, overlay: bool) -> None:  # type: ignore[no-untyped-def]
    carnet = replace(make_carnet(2), representatives=tuple(f"Agent {n}" for n in range(60)))
    pdf = open_pdf(render_carnet(carnet, part="cover", overlay=overlay))
    annex = pdf.pages[1].extract_text()
    assert "ANNEX No. 1" in annex and "Continuation of box" in annex and "Agent 59" in annex


def test_the_desk_can_tell_which_boxes_go_to_an_annex() -> None:
    carnet = replace(make_carnet(2), holder=LONG_HOLDER, uses=("PE", "CS", "EF"))
    fitting = boxes_going_to_annex(make_carnet(2))
    assert fitting == []
    warned = boxes_going_to_annex(
        replace(carnet, holder=replace(LONG_HOLDER, address=LONG_HOLDER.address * 3))
    )
    assert any(name.startswith("A. HOLDER") for name in warned)

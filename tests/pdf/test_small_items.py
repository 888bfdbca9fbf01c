"""Smaller points of issue 15: transit counterfoils numbered 1 and 2, box I's town, an overlay
printing only what a clerk would type."""

from __future__ import annotations

from carnet_app.pdf import VoucherSets, render_carnet
from carnet_app.pdf.bindings import town_of
from carnet_app.pdf.page_plan import plan_pages
from tests.pdf.conftest import make_carnet


def test_the_two_transit_counterfoils_of_a_blue_sheet_are_numbered_1_and_2() -> None:
    jobs = plan_pages(make_carnet(3, sets=VoucherSets(0, 0, 2)), "vouchers", None)
    blue = [job for job in jobs if job.layout_id == "counterfoil-blue"]
    numbers = [(job.values["counterfoil.first"], job.values["counterfoil.second"]) for job in blue]
    assert numbers == [("1", "2"), ("3", "4")]


def test_box_i_prints_the_town_not_the_country() -> None:
    assert town_of("1 rue de la Paix, Paris, France") == "Paris"
    assert town_of("Via Roma 1\nMilano\nItalia") == "Milano"
    assert town_of("2 place de la Bourse\n69002 Lyon\nFrance") == "Lyon"


def test_an_overlay_has_no_footer_no_list_title(open_pdf) -> None:  # type: ignore[no-untyped-def]
    carnet = make_carnet(3, sets=VoucherSets(1, 0, 0))
    pdf = open_pdf(render_carnet(carnet, overlay=True))
    for page in pdf.pages:
        text = page.extract_text() or ""
        assert "Sheet" not in text and "A.T.A. CARNET No." not in text
        assert "List of goods for" not in text

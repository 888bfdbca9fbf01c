"""Two-sided printing: each form starts on a front, each voucher's list is on its back, and
the footer counts sheets."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from carnet_app.pdf import Party, VoucherSets, render_carnet
from carnet_app.pdf.page_plan import BLANK_PAGE, plan_pages
from tests.pdf.conftest import goods, make_carnet, qpdf_check

FORM_STARTS = {
    "cover-front",
    "general-list-continuation",
    "counterfoil-yellow",
    "counterfoil-white",
    "counterfoil-blue",
    "voucher-exportation",
    "voucher-reimportation",
    "voucher-importation",
    "voucher-reexportation",
    "voucher-transit",
    "cover-notes",
}


def test_each_form_starts_on_a_front_and_each_list_is_on_its_voucher_back() -> None:
    # 80 items: the voucher lists take three pages, the general list two continuation sheets
    carnet = make_carnet(lines=goods(80), sets=VoucherSets(2, 1, 1))
    jobs = plan_pages(carnet, "all", None, duplex=True)
    assert len(jobs) % 2 == 0
    for index, job in enumerate(jobs):
        if job.layout_id in FORM_STARTS:
            assert index % 2 == 0, f"{job.part_en} starts on a back (page {index + 1})"
        if job.layout_id == "voucher-reverse" and job.list_page_index == 0:
            assert index % 2 == 1 and jobs[index - 1].layout_id.startswith("voucher-")
    assert jobs[1].layout_id == "general-list"  # cover page 2 is the back of page 1
    assert [job.layout_id for job in jobs[-2:]] == ["cover-notes", "cover-associations"]
    simplex = plan_pages(carnet, "all", None)
    assert [j for j in jobs if j.layout_id != BLANK_PAGE] == simplex


def test_duplex_footer_counts_sheets(open_pdf, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    carnet = replace(make_carnet(5, sets=VoucherSets(1, 0, 0)), holder=Party("Lumière", "Paris"))
    data = render_carnet(carnet, duplex=True)
    qpdf_check(data, tmp_path)
    pdf = open_pdf(data)
    pages = len(pdf.pages)
    assert pages % 2 == 0
    sheets = pages // 2
    assert f"Sheet 1 of {sheets}" in pdf.pages[0].extract_text()
    assert f"Sheet 1 of {sheets}" in pdf.pages[1].extract_text()  # the general list: back
    assert f"Sheet {sheets} of {sheets}" in pdf.pages[-1].extract_text()

"""The detail page's parts: the documents it makes (each only when it applies), the evidence
beside each movement, and the discharge over an open irregularity (confirmed, named)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument

from carnet_app.domain.types import MovementAction
from carnet_app.gui.context import DeskContext
from carnet_app.gui.dialogs import actions as dialogs
from carnet_app.gui.pages.carnet_detail import TABS, CarnetDetailPage
from carnet_app.gui.pages.detail.documents import ENTRY_ROLE
from carnet_app.services import desk, evidence, movements, views
from carnet_app.services.desk import DeskAction
from carnet_app.services.movements import StampRequest
from tests.gui.conftest import TODAY
from tests.show_json import show_json

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
    b"\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe\x92\xef"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)


def open_page(ctx: DeskContext, qtbot: Any, number: str) -> CarnetDetailPage:
    page = CarnetDetailPage(ctx)
    qtbot.addWidget(page)
    page.show_carnet(ctx.read(desk.carnet_id_of, number))
    assert page.detail is not None
    return page


def first(ctx: DeskContext, status: str) -> str:
    return str(ctx.read(views.list_carnets, status=status)[0].number)


def offered(page: CarnetDetailPage) -> dict[str, str]:
    """Each document entry's key and, when it does not apply, the reason it says."""
    listed = page.documents.list
    rows = [listed.topLevelItem(row) for row in range(listed.topLevelItemCount())]
    return {
        str(item.data(0, ENTRY_ROLE)): (
            "" if item.flags() & Qt.ItemFlag.ItemIsEnabled else item.toolTip(1)
        )
        for item in rows
    }


def previewed(page: CarnetDetailPage, qtbot: Any, key: str) -> int:
    assert page.documents.make(key), page.inline.text()
    preview = page.documents.preview
    assert preview is not None, page.inline.text()
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready, timeout=20_000)
    assert preview.pdf.startswith(b"%PDF")
    return preview.page_count


def test_the_documents_tab_lists_every_letter_and_report_with_why_not(
    ctx: DeskContext, qtbot: Any
) -> None:
    page = open_page(ctx, qtbot, first(ctx, "active"))
    entries = offered(page)
    for key in (
        "carnet:all",
        "carnet:cover",
        "carnet:list",
        "carnet:vouchers",
        "carnet:trip",
        "letter:quote",
        "letter:discharge",
        "report:goods-abroad",
        "calibration",
    ):
        assert key in entries
    assert entries["carnet:all"] == ""
    assert entries["letter:claim"] == "There is no claim on this carnet."
    assert entries["dossier"] == "There is no claim on this carnet."
    assert entries["letter:discharge"] == "Made once the carnet is discharged."
    # a disabled entry cannot be made: its reason is said instead
    assert not page.documents.make("letter:discharge")
    assert page.inline.text() == "Made once the carnet is discharged."
    # the list is compact: no button per document
    assert page.documents.list.topLevelItemCount() == len(entries)


def test_a_claim_brings_its_letter_and_dossier(ctx: DeskContext, qtbot: Any) -> None:
    number = first(ctx, "returned")  # the seeded desk opened a claim on it
    page = open_page(ctx, qtbot, number)
    assert page.detail is not None
    claim_id = page.detail.carnet.claims[0].id
    entries = offered(page)
    assert entries[f"letter:claim:{claim_id}"] == ""
    assert entries[f"dossier:{claim_id}"] == ""
    assert previewed(page, qtbot, f"letter:claim:{claim_id}") >= 1
    assert previewed(page, qtbot, f"dossier:{claim_id}") >= 1


@pytest.mark.parametrize("key", ["report:goods-abroad", "carnet:cover", "carnet:trip"])
def test_each_applicable_document_opens_in_the_paging_preview(
    ctx: DeskContext, qtbot: Any, key: str
) -> None:
    page = open_page(ctx, qtbot, first(ctx, "issued"))  # its goods are at home
    assert previewed(page, qtbot, key) >= 1


def test_the_quote_letter_is_made_for_the_carnets_application(ctx: DeskContext, qtbot: Any) -> None:
    page = open_page(ctx, qtbot, first(ctx, "issued"))
    assert offered(page)["letter:quote"] == ""
    assert previewed(page, qtbot, "letter:quote") >= 1


def test_a_refused_quote_says_why_inline(ctx: DeskContext, qtbot: Any) -> None:
    from carnet_app.db.models import Carnet

    number = first(ctx, "active")

    def a_form_the_schedule_does_not_know(session: Any) -> None:
        session.query(Carnet).filter_by(number=number).one().security_form = "gold bars"

    ctx.write(a_form_the_schedule_does_not_know)
    page = open_page(ctx, qtbot, number)
    assert page.documents.make("letter:quote")
    assert page.documents.preview is None
    assert page.inline.isVisibleTo(page)
    assert page.inline.text().startswith("quote refused:")
    assert "gold bars" in page.inline.text()


def test_the_discharge_certificate_comes_with_a_discharged_carnet(
    ctx: DeskContext, qtbot: Any
) -> None:
    page = open_page(ctx, qtbot, first(ctx, "discharged"))
    entries = offered(page)
    assert entries["letter:discharge"] == ""
    assert entries["carnet:trip"]  # no trip for a discharged carnet
    assert previewed(page, qtbot, "letter:discharge") == 1


def test_a_draft_prints_nothing_yet(ctx: DeskContext, qtbot: Any) -> None:
    drafts = ctx.read(views.list_carnets, status="draft")
    if not drafts:
        pytest.skip("no draft in the seeded desk")
    page = CarnetDetailPage(ctx)
    qtbot.addWidget(page)
    page.show_carnet(drafts[0].id)
    entries = offered(page)
    assert entries["carnet:all"] == "A draft is printed once it is issued."


def test_a_movements_evidence_shows_beside_it_and_opens_in_the_evidence_tab(
    ctx: DeskContext, qtbot: Any, tmp_path: Path
) -> None:
    number = first(ctx, "active")
    seq = int(ctx.read(show_json, number)["movements"][0]["seq"])
    for name in ("counterfoil.png", "stamp.png"):
        ctx.write(
            evidence.attach_evidence,
            number,
            file_name=name,
            content=PNG,
            user="clerk",
            movement_seq=seq,
        )
    page = open_page(ctx, qtbot, number)
    timeline = page.movements.model
    row = next(r for r in range(timeline.rowCount()) if timeline.record_at(r).seq == seq)
    cell = timeline.index(row, timeline.EVIDENCE_COLUMN)
    assert timeline.data(cell) == "2"
    assert timeline.data(cell, Qt.ItemDataRole.DecorationRole) is not None
    assert "counterfoil.png" in timeline.data(cell, Qt.ItemDataRole.ToolTipRole)
    others = [r for r in range(timeline.rowCount()) if r != row]
    assert all(timeline.data(timeline.index(r, timeline.EVIDENCE_COLUMN)) == "" for r in others)
    page.movements.timeline_view.doubleClicked.emit(cell)
    assert page.tabs.currentIndex() == TABS.index("evidence")
    chosen = page.evidence.selected()
    assert chosen is not None and chosen.movement_seq == seq
    assert page.evidence.target.currentData() == ("movement", seq)
    # the file says what it is attached to in the desk's own words, as the target list does
    shown = page.evidence.table.item(page.evidence.table.currentRow(), 0).text()
    assert shown == page.evidence.target.currentText()


def a_returned_carnet_with_an_open_irregularity(ctx: DeskContext) -> str:
    """A carnet whose goods went abroad with no exportation stamp (an irregularity, confirmed)
    and came back home, then returned to the chamber."""
    number = first(ctx, "issued")
    carnet = ctx.read(show_json, number)
    visit = next(s["country"] for s in carnet["itinerary"] if s["kind"] == "visit")
    every_item = ",".join(str(item["item_no"]) for item in carnet["items"])
    steps = (
        (MovementAction.IMPORTATION, visit, -9, every_item),  # named: nothing is en route
        (MovementAction.RE_EXPORTATION, visit, -6, ""),
        (MovementAction.RE_IMPORTATION, None, -5, ""),
    )
    for action, country, day, items in steps:
        ctx.write(
            movements.record_stamp,
            number,
            StampRequest(
                action=action, on=TODAY + timedelta(days=day), country=country, items=items
            ),
            confirm=True,
            user="clerk",
            today=TODAY,
        )
    after = ctx.read(show_json, number)
    assert any(not i["resolved_on"] for i in after["irregularities"])
    from carnet_app.services import carnets

    ctx.write(
        carnets.return_carnet,
        number,
        on=TODAY - timedelta(days=3),
        user="clerk",
        today=TODAY,
    )
    return number


def test_discharge_over_an_open_irregularity_asks_naming_it_then_discharges(
    ctx: DeskContext, qtbot: Any, monkeypatch: Any
) -> None:
    number = a_returned_carnet_with_an_open_irregularity(ctx)
    page = open_page(ctx, qtbot, number)
    assert DeskAction.DISCHARGE in page.offered_actions()
    on = TODAY
    monkeypatch.setattr(dialogs.DateDialog, "ask", classmethod(lambda cls, *a, **k: on))
    asked: list[str] = []

    def answer(yes: bool) -> Any:
        return lambda parent, title, text: asked.append(text) or yes

    monkeypatch.setattr(dialogs, "confirm", answer(False))
    assert not page.commands.discharge(), "the clerk said no: nothing is written"
    assert ctx.read(show_json, number)["status"] == "returned"
    assert asked, page.inline.text()
    assert "irregularity" in asked[0] and "still open" in asked[0]
    monkeypatch.setattr(dialogs, "confirm", answer(True))
    assert page.commands.discharge()
    after = ctx.read(show_json, number)
    assert after["status"] == "discharged"
    assert all(i["resolved_on"] for i in after["irregularities"])
    assert page.detail is not None and page.detail.carnet.status == "discharged"  # reloaded
    assert "confirmed with open irregularit" in str(page.detail.history[-1].summary)


def test_the_carnet_menu_and_the_buttons_share_the_same_actions(
    window: Any, ctx: DeskContext, monkeypatch: Any
) -> None:
    number = first(ctx, "active")
    window.open_carnet(ctx.read(desk.carnet_id_of, number))
    commands = window.detail.commands
    in_menu = window.carnet_menu.actions()
    assert commands.more_menu.menuAction() in in_menu
    return_action = commands.actions[DeskAction.RETURN]
    assert return_action in commands.more_menu.actions()
    assert return_action.isVisible() and return_action.isEnabled()
    discharge_action = commands.actions[DeskAction.DISCHARGE]
    assert not discharge_action.isEnabled()  # an active carnet is returned first
    monkeypatch.setattr(dialogs.DateDialog, "ask", classmethod(lambda cls, *a, **k: TODAY))
    return_action.trigger()  # from the menu: the same slot as the button row's menu
    assert ctx.read(show_json, number)["status"] == "returned"
    assert not return_action.isEnabled()
    assert not commands.buttons[DeskAction.STAMP].isVisibleTo(window.detail)


def test_a_document_is_saved_as_pdf_straight_from_the_list(
    ctx: DeskContext, qtbot: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    from carnet_app.gui.pages.detail.documents import DocumentsTab

    page = open_page(ctx, qtbot, first(ctx, "issued"))
    chosen = [tmp_path / "gone" / "cover.pdf", tmp_path / "cover"]
    monkeypatch.setattr(DocumentsTab, "choose_file", lambda self, name: str(chosen.pop(0)))
    listed = page.documents.list
    cover = next(
        listed.topLevelItem(r)
        for r in range(listed.topLevelItemCount())
        if listed.topLevelItem(r).data(0, ENTRY_ROLE) == "carnet:cover"
    )
    listed.setCurrentItem(cover)
    assert page.documents.save_current()  # into a folder that is not there: said, no file
    assert "gone does not exist" in page.inline.text()
    assert not (tmp_path / "gone").exists()
    with qtbot.waitSignal(page.message) as said:
        assert page.documents.save_current()
    saved = tmp_path / "cover.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    assert str(saved) in said.args[0]
    # an entry that does not apply cannot be chosen to be saved either
    discharge = next(
        listed.topLevelItem(r)
        for r in range(listed.topLevelItemCount())
        if listed.topLevelItem(r).data(0, ENTRY_ROLE) == "letter:discharge"
    )
    listed.setCurrentItem(discharge)
    current = listed.currentItem()
    assert current is not None and current.flags() & Qt.ItemFlag.ItemIsEnabled

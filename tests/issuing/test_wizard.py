"""The issuing wizard end to end: a clerk pastes a list, picks the countries, reads the quote
and issues; a bad cell blocks issuing and says why; drafts reopen; copies start a new carnet."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QWizard

from carnet_app.gui.context import DeskContext
from carnet_app.gui.issuing.actions import IssuingActions
from carnet_app.gui.issuing.goods_model import Col
from carnet_app.gui.issuing.pickers import DraftPickerDialog, EarlierCarnetDialog
from carnet_app.gui.issuing.wizard import IssuingWizard
from carnet_app.services import drafts
from carnet_app.services.drafts import StopForm
from tests.issuing.conftest import FILM_CSV, TODAY, tsv
from tests.show_json import show_json


def film_crew_block() -> str:
    """The film crew's list as a spreadsheet puts it on the clipboard (header row included)."""
    text = FILM_CSV.read_bytes().decode("cp1252")
    return tsv([line.split(";") for line in text.splitlines() if line.strip()])


def new_wizard(ctx: DeskContext) -> IssuingWizard:
    wizard = IssuingWizard(ctx, ctx.read(drafts.issuing_desk))
    wizard.show()
    return wizard


def fill_first_pages(wizard: IssuingWizard, stops: list[StopForm]) -> None:
    holder = wizard.holder_page
    assert not holder.isComplete()
    holder.name.setText("Lumière Productions SARL")
    holder.address.setPlainText("12 rue des Arts\n69001 Lyon")
    holder.representatives.setPlainText("Claire Martin\n\nPaul Girard\n")
    assert holder.isComplete()
    wizard.next()
    uses = wizard.uses_page
    assert not uses.isComplete()
    uses.use_boxes["PE"].setChecked(True)
    uses.description.setText("Professional equipment for a film shoot")
    uses.event_name.setText("Documentary shoot, Geneva and Oslo")
    wizard.next()
    page = wizard.itinerary_page
    for stop in stops:
        page.add_stop(stop)
    page.run_check()
    wizard.next()


def test_the_wizard_issues_a_carnet_from_a_pasted_list(
    ctx: DeskContext, messages: list[Any]
) -> None:
    wizard = new_wizard(ctx)
    fill_first_pages(wizard, [StopForm("CH"), StopForm("NO")])
    itinerary = wizard.itinerary_page
    assert itinerary.check is not None and not itinerary.refusals()
    assert wizard.currentPage() is wizard.goods_page
    editor = wizard.goods_page.editor
    assert editor.paste_text(film_crew_block()) == 120
    check = editor.check()
    assert check.line_count == 120 and not check.errors
    assert "8 continuation sheets when printed" in editor.totals.text()
    assert wizard.goods_page.isComplete()
    wizard.next()
    quote = wizard.quote_page.view.quote
    assert quote is not None and not quote.refusals
    assert wizard.quote_page.view.vouchers.rowCount() == len(quote.voucher_plan_lines)
    assert wizard.quote_page.view.fees_total.text().endswith(f"{quote.fees.currency}")
    wizard.next()
    review = wizard.review_page
    assert review.isComplete(), review.verdict.text()
    assert "Claire Martin, Paul Girard" in review.summary.text()
    issued_signals: list[tuple[int, str]] = []
    wizard.carnet_issued.connect(lambda i, n: issued_signals.append((i, n)))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.issued is not None and issued_signals == [
        (wizard.issued.id, wizard.issued.number)
    ]
    assert messages[-1][0] == "information" and wizard.issued.number in messages[-1][2]
    assert not wizard.isVisible()
    show = ctx.read(show_json, wizard.issued.number)
    assert show["status"] == "issued" and len(show["items"]) == 120
    assert show["items"][0]["description"].startswith(
        "Digital cinema camera body ARRI Alexa Mini LF"
    )
    assert show["representatives"] == ["Claire Martin", "Paul Girard"]
    assert show["vouchers"]["white"]["sets"] == 2


def test_a_bad_cell_blocks_issuing_and_says_why(ctx: DeskContext, messages: list[Any]) -> None:
    wizard = new_wizard(ctx)
    fill_first_pages(wizard, [StopForm("CH")])
    editor = wizard.goods_page.editor
    editor.paste_text(film_crew_block())
    editor.model.setData(editor.model.index(6, Col.VALUE), "")
    assert not wizard.goods_page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert editor.problems.kind == "error"
    assert "line 7, value: the value is missing" in editor.problems.text()
    editor.next_problem()
    assert (
        editor.table.currentIndex().row() == 6 and editor.table.currentIndex().column() == Col.VALUE
    )
    assert wizard.issue() is None
    assert messages[-1][0] == "warning"
    assert "general list has 1 error: row 7, column value" in messages[-1][2]
    assert wizard.save_draft() is None
    assert "draft not saved" in messages[-1][2]
    editor.model.setData(editor.model.index(6, Col.VALUE), "5800,00")
    assert wizard.goods_page.isComplete()


def test_a_refused_country_blocks_issuing_on_the_review(
    ctx: DeskContext, messages: list[Any]
) -> None:
    wizard = new_wizard(ctx)
    fill_first_pages(wizard, [StopForm("CH"), StopForm("US", "transit")])
    refusals = wizard.itinerary_page.refusals()
    assert refusals and "US" in refusals[0]
    row_text = wizard.itinerary_page.table.item(1, wizard.itinerary_page.CHECK).text()
    assert row_text.startswith("Refused:") and "transit" in row_text
    wizard.goods_page.editor.paste_text(film_crew_block())
    wizard.next()
    wizard.next()
    assert not wizard.review_page.isComplete()
    assert "transit" in wizard.review_page.verdict.text()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


@pytest.mark.slow  # the longest of its file; CI runs it (the slow set)
def test_a_draft_is_saved_reopened_and_finished(
    ctx: DeskContext, messages: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = new_wizard(ctx)
    fill_first_pages(wizard, [StopForm("CH")])
    wizard.goods_page.editor.paste_text(film_crew_block())
    wizard.button(QWizard.WizardButton.CustomButton1).click()  # "Save draft"
    assert wizard.draft_id is not None
    saved = wizard.save_draft()
    assert saved is not None and wizard.draft_id == saved.id
    assert "Draft" in wizard.side.draft.text()
    again = wizard.save_draft()
    assert again is not None and again.id == saved.id and again.version > saved.version
    wizard.close()

    actions = IssuingActions(wizard.parentWidget() or wizard, ctx)
    monkeypatch.setattr(DraftPickerDialog, "ask", classmethod(lambda cls, parent, c: saved.id))
    reopened = actions.open_draft()
    assert reopened is not None and reopened.draft_id == saved.id
    assert reopened.holder_page.name.text() == "Lumière Productions SARL"
    assert len(reopened.goods_page.editor.lines()) == 120
    assert reopened.goods_page.editor.check().goods == wizard.goods_page.editor.check().goods

    # someone else saves the same draft meanwhile: this desk is told, nothing is overwritten
    other = ctx.read(drafts.load_draft, saved.id)
    ctx.write(
        drafts.save_draft,
        other.form,
        user="other",
        today=TODAY,
        draft_id=saved.id,
        expected_version=other.version,
    )
    assert reopened.save_draft() is None
    assert messages[-1][1] == "Draft changed elsewhere"

    fresh = actions.open_draft(saved.id)
    assert fresh is not None
    for _ in range(5):
        fresh.next()
    fresh.button(QWizard.WizardButton.FinishButton).click()
    assert fresh.issued is not None and fresh.issued.id == saved.id
    assert ctx.read(drafts.list_drafts) == []


def test_a_new_carnet_starts_as_a_copy_of_an_earlier_one(
    ctx: DeskContext, messages: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = new_wizard(ctx)
    fill_first_pages(wizard, [StopForm("CH"), StopForm("NO")])
    wizard.goods_page.editor.paste_text(film_crew_block())
    issued = wizard.issue()
    assert issued is not None
    actions = IssuingActions(wizard, ctx)
    monkeypatch.setattr(EarlierCarnetDialog, "ask", classmethod(lambda cls, parent, c: issued.id))
    copy = actions.copy_carnet()
    assert copy is not None and copy.draft_id is None
    assert copy.holder_page.name.text() == "Lumière Productions SARL"
    assert [s.country for _, s in copy.itinerary_page.stops()] == ["CH", "NO"]
    assert len(copy.goods_page.editor.lines()) == 120
    assert copy.uses_page.use_boxes["PE"].isChecked()
    picker = EarlierCarnetDialog(ctx)
    picker.search.setText("Lumi")
    picker.reload()
    assert picker.table.rowCount() == 1 and picker.chosen() == issued.id


def test_holders_are_found_by_name(ctx: DeskContext, messages: list[Any]) -> None:
    first = new_wizard(ctx)
    fill_first_pages(first, [StopForm("CH")])
    first.goods_page.editor.paste_text(film_crew_block())
    assert first.save_draft() is not None
    wizard = new_wizard(ctx)
    holder = wizard.holder_page
    holder.search.setText("lumi")
    holder.run_search()
    assert holder.results.count() == 1
    holder._picked(holder.results.item(0))
    assert holder.name.text() == "Lumière Productions SARL"
    assert holder.representatives.toPlainText() == "Claire Martin\nPaul Girard"

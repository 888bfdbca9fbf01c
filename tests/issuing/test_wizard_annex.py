"""The wizard's review step warns, as ``apply`` and ``quote`` do, when a box's text is too
long for the form and will print on an annex page; the carnet can still be issued."""

from __future__ import annotations

from typing import Any

from carnet_app.gui.context import DeskContext
from carnet_app.services.drafts import StopForm
from tests.issuing.test_wizard import fill_first_pages, film_crew_block, new_wizard

LONG_USE = (
    "Professional equipment for the filming of a documentary series on the rivers of Europe, "
    "with interviews, drone shots and night recordings in the mountains; "
) * 6


def _review(ctx: DeskContext, use: str | None) -> Any:
    wizard = new_wizard(ctx)
    fill_first_pages(wizard, [StopForm("CH")])
    if use is not None:
        wizard.back()
        wizard.back()
        wizard.uses_page.description.setText(use)
        wizard.next()
        wizard.next()
    assert wizard.goods_page.editor.paste_text(film_crew_block()) == 120
    wizard.next()
    wizard.next()
    return wizard.review_page


def test_the_review_warns_of_a_box_going_to_an_annex(ctx: DeskContext) -> None:
    review = _review(ctx, LONG_USE)
    assert review.isComplete(), review.verdict.text()  # a warning, not a refusal
    assert "will print on an annex page" in review.verdict.text()
    assert "C. INTENDED USE" in review.verdict.text()
    assert "Annex pages" in review.summary.text()


def test_the_review_says_nothing_of_annexes_when_everything_fits(ctx: DeskContext) -> None:
    review = _review(ctx, None)
    assert review.isComplete()
    assert "annex" not in review.verdict.text().lower()
    assert "Annex pages" not in review.summary.text()

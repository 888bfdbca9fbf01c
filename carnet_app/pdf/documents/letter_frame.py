"""The parts every chamber letter shares: space for the letterhead, the recipient, place and
date, references, subject, salutation, and the closing with the signature block."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from carnet_app.pdf.data import Party
from carnet_app.pdf.documents.base import party_block, style
from carnet_app.pdf.documents.records import Letterhead
from carnet_app.pdf.documents.wording import Words
from carnet_app.pdf.fonts import markup
from carnet_app.pdf.units import MM


def head_of(letterhead: Letterhead | None, association: Party) -> Letterhead:
    return letterhead or Letterhead(association.name, association.address)


def paragraphs(words: Words, key: str, **values: object) -> list[Flowable]:
    """The paragraph in each language of the letter (the French in italics when both)."""
    result: list[Flowable] = []
    for code, text in words.each(key, **values):
        italic = code == "fr" and len(words.codes) > 1
        body = markup(text)
        result.append(Paragraph(f"<i>{body}</i>" if italic else body, style("body")))
    return result


def opening(
    words: Words,
    head: Letterhead,
    recipient: Party | None,
    dated: date,
    references: list[tuple[str, str]],
    subject: str,
) -> list[Flowable]:
    """Letterhead room, recipient, "Town, date", references, subject and salutation."""
    right = ParagraphStyle("right", parent=style("body"), alignment=TA_RIGHT)
    story: list[Flowable] = [Spacer(1, 18 * MM)]
    if recipient is not None:
        story += [party_block(recipient), Spacer(1, 6 * MM)]
    story.append(Paragraph(markup(words.place_and_date(head.town, dated)), right))
    for label, value in references:
        story.append(Paragraph(f"{markup(label)}: {markup(value)}", style("small")))
    story.append(Paragraph(markup(subject), style("title")))
    if recipient is not None:
        story += [Paragraph(markup(text), style("body")) for _, text in words.each("dear")]
    return story


def closing(
    words: Words,
    head: Letterhead,
    salutation: bool = True,
    last_text: Sequence[Flowable] = (),
) -> list[Flowable]:
    """The closing formula and the signature block (name, title, chamber), kept together,
    and with them ``last_text``, the letter's last paragraphs: a page never holds the
    closing alone."""
    story: list[Flowable] = [*last_text, Spacer(1, 4 * MM)]
    if salutation:
        story += [Paragraph(markup(text), style("body")) for _, text in words.each("closing")]
    story.append(Spacer(1, 14 * MM))
    for line in (head.signatory_name, head.signatory_title, head.name):
        if line:
            story.append(Paragraph(markup(line), style("body")))
    return [KeepTogether(story)]

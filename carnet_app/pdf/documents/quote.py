"""Security and fee quote for the applicant, before the carnet is issued: a letter from the
chamber in its language, with no desk-internal warnings (those stay on the desk)."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from carnet_app.pdf.bindings import use_labels
from carnet_app.pdf.documents.base import build, han_shapes_of, key_values, para, table
from carnet_app.pdf.documents.letter_frame import closing, head_of, opening, paragraphs
from carnet_app.pdf.documents.records import SecurityLine, SecurityQuote
from carnet_app.pdf.documents.wording import Words
from carnet_app.pdf.units import MM

WIDTH = 170 * MM


def _uses(quote: SecurityQuote, words: Words) -> str:
    labels = use_labels()
    names = []
    for code in quote.uses:
        english, french = labels.get(code, (code, code))
        names.append(" / ".join(french if c == "fr" else english for c in words.codes))
    return ", ".join(names)


def _place(line: SecurityLine, words: Words) -> str:
    country = f"{line.country.name} ({line.country.code})"
    # "in transit / en transit, Switzerland / Suisse (CH)": a bilingual letter names the
    # country once, already in both languages
    return f"{words.label('in_transit_word')}, {country}" if line.in_transit else country


@han_shapes_of(lambda quote: (quote.applicant, quote.association))
def render_security_quote(quote: SecurityQuote) -> bytes:
    """A4 letter: the applicant, the carnet asked for, the security per country (the highest
    one applies), the fees with their total, and what the applicant pays and lodges."""
    head = head_of(quote.letterhead, quote.association)
    words = Words(head.language)
    currency = quote.currency
    facts = [
        (words.label("quote_date"), words.day(quote.quoted_on)),
        (words.label("intended_use"), _uses(quote, words)),
        (
            words.label("countries"),
            ", ".join(f"{c.name} ({c.code})" for c in quote.countries),
        ),
        (
            words.label("voucher_sets"),
            words.label(
                "sets_value",
                yellow=quote.voucher_sets.yellow,
                white=quote.voucher_sets.white,
                blue=quote.voucher_sets.blue,
            ),
        ),
        (words.label("list_value"), words.money(quote.general_list_value, currency)),
    ]
    if quote.valid_until is not None:
        facts.insert(1, (words.label("quote_valid"), words.day(quote.valid_until)))
    subject = words.label("quote_title", reference=quote.reference)
    story: list[Flowable] = opening(
        words,
        head,
        quote.applicant,
        quote.quoted_on,
        [(words.label("our_ref"), quote.reference)],
        subject,
    )
    story += paragraphs(words, "quote_intro")
    story += [key_values(facts, WIDTH), para(words.label("security"), "heading")]
    if quote.security_lines:
        headings = [words.label(k) for k in ("country", "use", "rate", "basis", "security")]
        rows: list[list[str]] = [headings]
        rows += [
            [
                _place(line, words),
                line.use,
                line.rate,
                line.basis.replace("→", ":"),
                words.money(line.amount, currency),
            ]
            for line in quote.security_lines
        ]
        story.append(table(rows, (45 * MM, 22 * MM, 20 * MM, 45 * MM, 38 * MM), right_columns=(4,)))
    story.append(
        para(
            words.label("security_total", amount=words.money(quote.security_amount, currency)),
            "heading",
        )
    )
    if quote.security_forms:
        story.append(para(words.label("security_forms", forms=quote.security_forms)))
    story.append(para(words.label("fees"), "heading"))
    fee_rows: list[list[str]] = [[words.label("fee"), words.label("amount")]]
    fee_rows += [[line.label, words.money(line.amount, currency)] for line in quote.fee_lines]
    fee_rows.append([words.label("fees_total"), words.money(quote.fees_total, currency)])
    story.append(table(fee_rows, (130 * MM, 40 * MM), right_columns=(1,)))
    story.append(Spacer(1, 4 * MM))
    last_text = paragraphs(
        words,
        "to_pay",
        fees=words.money(quote.fees_total, currency),
        security=words.money(quote.security_amount, currency),
    )
    last_text += [para(note, "small") for note in quote.notes]
    story += closing(words, head, last_text=last_text)
    return build(story, title=subject, association=quote.association, letterhead=head, words=words)

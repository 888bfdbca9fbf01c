"""Letters to the holder: the claim notice with its deadline, and the discharge certificate."""

from __future__ import annotations

from datetime import date, timedelta

from reportlab.platypus import Flowable, Table

from carnet_app.domain.types import TRANSIT_PREFIX
from carnet_app.pdf import numbers
from carnet_app.pdf.documents.base import build, han_shapes_of, key_values, para, table
from carnet_app.pdf.documents.letter_frame import closing, head_of, opening, paragraphs
from carnet_app.pdf.documents.records import ClaimNotice, DischargeCertificate
from carnet_app.pdf.documents.wording import CountryOf, Words
from carnet_app.pdf.units import MM

WIDTH = 170 * MM


def holder_deadline(notice: ClaimNotice) -> date:
    """The date given to the holder: the association's own deadline less the margin it
    keeps to examine the proof (never before the letter is sent)."""
    due = notice.proof_due - timedelta(days=max(0, notice.holder_margin_days))
    return max(due, notice.sent_on)


@han_shapes_of(lambda notice: (notice.holder, notice.association))
def render_claim_notice(notice: ClaimNotice) -> bytes:
    """A4 letter telling the holder of a customs claim: who claims what, for which goods
    (numbers and descriptions), and the date by which proof must reach the association."""
    head = head_of(notice.letterhead, notice.association)
    words = Words(head.language)
    country = f"{notice.claiming_country.name} ({notice.claiming_country.code})"
    amount = words.money(notice.amount, notice.currency)
    subject = words.label("claim_title", carnet=notice.carnet_number)
    references = [
        (words.label("our_ref"), notice.claim_reference),
        (words.label("carnet_ref"), notice.carnet_number),
    ]
    story: list[Flowable] = opening(words, head, notice.holder, notice.sent_on, references, subject)
    story += paragraphs(
        words,
        "claim_intro",
        of_country=CountryOf(
            notice.claiming_country.code,
            dict(notice.country_names) or {"": notice.claiming_country.name},
        ),
        notified=notice.notified_on,
        carnet=notice.carnet_number,
        amount=amount,
    )
    facts = [
        (words.label("claim_reference"), notice.claim_reference),
        (words.label("claiming_country"), country),
        (words.label("notified_on"), words.day(notice.notified_on)),
        (words.label("amount_claimed"), amount),
    ]
    if notice.reason:
        facts.append((words.label("reason"), notice.reason))
    story.append(key_values(facts, WIDTH))
    if notice.items:
        story.append(para(words.label("goods_concerned"), "heading"))
        story.append(_goods_table(notice, words))
    story.append(para(words.label("deadline_heading"), "heading"))
    deadlines = [
        (words.label("proof_by"), words.day(holder_deadline(notice))),
        (words.label("payment_final"), words.day(notice.payment_final_on)),
    ]
    story.append(key_values(deadlines, WIDTH))
    request = paragraphs(words, "claim_request", country=notice.claiming_country.name)
    story += closing(words, head, last_text=request)
    return build(story, title=subject, association=notice.association, letterhead=head, words=words)


def _goods_table(notice: ClaimNotice, words: Words) -> Table:
    """The goods the claim concerns, one row an item: number, description, pieces claimed,
    their value and where the ledger has them."""
    keys = ("item_no", "description", "pieces", "value", "where")
    header = [words.label(key) for key in keys]
    currency = notice.goods_currency or notice.currency
    rows = [
        [
            numbers.count(goods.item_no, words.codes[0]),
            goods.description,
            numbers.count(goods.pieces, words.codes[0]),
            "-" if goods.value is None else words.money(goods.value, currency),
            _place(goods.place, words),
        ]
        for goods in notice.items
    ]
    widths = (WIDTH * 0.08, WIDTH * 0.46, WIDTH * 0.1, WIDTH * 0.18, WIDTH * 0.18)
    return table([header, *rows], widths, right_columns=(0, 2, 3))


def _place(place: str, words: Words) -> str:
    if not place:
        return "-"
    if place.startswith(TRANSIT_PREFIX):
        return words.label("in_transit", country=place.removeprefix(TRANSIT_PREFIX))
    return place


@han_shapes_of(lambda certificate: (certificate.holder, certificate.association))
def render_discharge_certificate(certificate: DischargeCertificate) -> bytes:
    """A4 certificate, dated, that the carnet was returned and every item accounted for."""
    head = head_of(certificate.letterhead, certificate.association)
    words = Words(head.language)
    dated = certificate.certified_on or certificate.discharged_on
    subject = words.label("discharge_title", carnet=certificate.carnet_number)
    story: list[Flowable] = opening(
        words,
        head,
        certificate.holder,
        dated,
        [(words.label("carnet_ref"), certificate.carnet_number)],
        subject,
    )
    story += paragraphs(
        words,
        "discharge_text",
        association=head.name,
        carnet=certificate.carnet_number,
        holder=certificate.holder.name,
        returned=certificate.returned_on,
        discharged=certificate.discharged_on,
    )
    facts = [
        (words.label("carnet_no"), certificate.carnet_number),
        (words.label("issued_on"), words.day(certificate.issued_on)),
        (words.label("valid_until"), words.day(certificate.valid_until)),
        (words.label("returned_on"), words.day(certificate.returned_on)),
        (words.label("discharged_on"), words.day(certificate.discharged_on)),
        (
            words.label("general_list"),
            words.label(
                "pieces_value",
                pieces=words.plural("piece", certificate.total_pieces),
                value=words.money(certificate.total_value, certificate.currency),
            ),
        ),
    ]
    if certificate.claims_window_ends is not None:
        facts.append((words.label("claims_until"), words.day(certificate.claims_window_ends)))
    release = certificate.security_release_on
    if release is not None:
        # never a "released on" date still to come: the certificate says from when
        key = "released_on" if release <= dated else "release_from"
        facts.append((words.label(key), words.day(release)))
    story.append(key_values(facts, WIDTH))
    if certificate.remarks:
        story.append(para(certificate.remarks))
    story += closing(words, head, salutation=False)
    return build(
        story, title=subject, association=certificate.association, letterhead=head, words=words
    )

"""Documents as PDF bytes: the carnet's forms, the trip pack and the chamber's letters.

The data is gathered here inside the caller's session; the PDF layer draws it.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from carnet_app.db.models import Carnet, Claim
from carnet_app.domain.application import Application
from carnet_app.domain.calendar import claim_window_closes, security_release_date
from carnet_app.domain.claim_goods import pieces_claimed
from carnet_app.domain.item_spec import format_item_list, parse_item_spec
from carnet_app.domain.messages import InEachLanguage, Joined, Message, say, status_word
from carnet_app.domain.types import HOME, CarnetStatus, ClaimStatus, ItineraryKind, VoucherColour
from carnet_app.errors import UserError
from carnet_app.languages import country_name
from carnet_app.number_format import CENT
from carnet_app.pdf import (
    CarnetPrintData,
    ClaimedGoods,
    ClaimNotice,
    Country,
    DischargeCertificate,
    Letterhead,
    MoneyLine,
    Party,
    SecurityLine,
    SecurityQuote,
    VoucherSets,
    annexed_boxes,
    print_data_from_view,
    render_carnet,
    render_claim_notice,
    render_discharge_certificate,
    render_security_quote,
)
from carnet_app.pdf.documents.wording import letter_languages
from carnet_app.pdf.page_plan import annex_entries
from carnet_app.pdf.proof_code import ProofCode
from carnet_app.services import views
from carnet_app.services.carnet_rules import issuer_of
from carnet_app.services.letterhead import MAX_MARGIN_DAYS, letterhead_of
from carnet_app.services.loading import find_carnet, ledger_state, row_by_id, the_association
from carnet_app.services.printable import refuse_unprintable
from carnet_app.services.quotes import quote_for_application
from carnet_app.services.reference import country_table
from carnet_app.services.settings import printer_calibration
from carnet_app.services.trips import TripRequest, render_trip_pack

if TYPE_CHECKING:
    from carnet_app.services.drafts import DraftForm

CARNET_PARTS = ("all", "cover", "list", "vouchers", "trip")


def _country_names(session: Session) -> dict[str, str]:
    return {rule.code: rule.name for rule in country_table(session).rules()}


def chamber_letterhead(session: Session) -> Letterhead:
    return letterhead_of(the_association(session))


def _in_letter(said: Message | Joined | str, language: str) -> str:
    """What a service said, in the letter's language (``en``, ``fr``; ``en+fr``: both, when
    they differ): a letter speaks its chamber's language, whatever the desk speaks."""
    if isinstance(said, str):
        return said
    texts = list(dict.fromkeys(said.text(code) for code in letter_languages(language)))
    return " / ".join(texts)


def _country_in_letter(english_name: str, language: str) -> str:
    names = [country_name(english_name, code) for code in letter_languages(language)]
    return " / ".join(dict.fromkeys(names))


def association_party(session: Session) -> Party:
    association = the_association(session)
    return Party(association.name, association.address, association.country)


def issuer_of_letter(session: Session, carnet: Carnet) -> tuple[Party, Letterhead]:
    """Who writes a letter about ``carnet``: the association that issued it, with the name,
    address and country fixed on the carnet at issue (a later rename applies to new carnets
    only); the contact details and signatory are today's. A carnet registered from another
    chamber's cover is written about by this desk's association."""
    association = the_association(session)
    letterhead = letterhead_of(association)
    if carnet.registration is not None or not carnet.issuer_country:
        return Party(association.name, association.address, association.country), letterhead
    issuer = issuer_of(carnet)
    party = Party(issuer["name"], issuer["address"], issuer["country"])
    return party, replace(letterhead, name=party.name, address=party.address)


def carnet_pdf(
    session: Session,
    number: str,
    *,
    part: str = "all",
    overlay: bool = False,
    today: date,
    trip_to: str | None = None,
    trip_items: str = "",
    duplex: bool = False,
    proof_code: bool | None = None,
) -> bytes:
    """The carnet's forms (plain paper or overlay with the printer calibration); ``duplex``
    adds blank backs so each form starts on a front and each voucher's list is on its back.

    A chamber's own carnet carries its signed proof code on every page; ``proof_code``
    (default: on plain paper only) prints it in overlay mode too, or leaves it out.

    ``part="trip"`` prints the vouchers of the next round trip to ``trip_to`` (default: the
    first destination) for the items at home (or ``trip_items``, like ``1-3,5:2``).
    """
    if part not in CARNET_PARTS:
        raise UserError(say("printing.part-unknown", part=part, parts=CARNET_PARTS), field="part")
    carnet = find_carnet(session, number)
    if carnet.status == CarnetStatus.DRAFT.value or carnet.issued_on is None:
        raise UserError(say("printing.draft", number=number), field="number")
    if part == "trip":
        return render_trip_pack(
            session,
            carnet.id,
            _trip_request(session, carnet, trip_to, trip_items),
            today=today,
            overlay=overlay,
            duplex=duplex,
            proof_code=proof_code,
        )
    data = print_data_from_view(views.carnet_view(session, number), _country_names(session))
    # box I prints the town the carnet is issued in (a holder's desk has no association)
    town = "" if carnet.registration is not None else the_association(session).town
    if town and not data.place_of_issue:
        data = replace(data, place_of_issue=town)
    data = replace(data, proof=_proof(carnet, proof_code))
    calibration = printer_calibration(session) if overlay else None
    return render_carnet(data, part=part, overlay=overlay, calibration=calibration, duplex=duplex)


def boxes_going_to_annex(data: CarnetPrintData, part: str = "all") -> list[str]:
    """The boxes of a carnet print whose text is too long for them even at their smallest
    type: they print their beginning and continue on a numbered annex page. The desk warns
    about them (``render``, the wizard) so the clerk may shorten the text instead."""
    return annexed_boxes(data, part)


def annex_sentences(data: CarnetPrintData, part: str) -> list[str]:
    """One warning per box going to an annex, its name in the language messages speak
    ("C. INTENDED USE OF GOODS (annex No. 1) continues on an annex page")."""
    return [
        say(
            "annex.continues",
            box=InEachLanguage({"en": entry.box_en, "fr": entry.box_fr}),
            number=entry.number,
        ).text()
        for entry in annex_entries(data, part)
    ]


def annex_warnings(session: Session, number: str, part: str = "all") -> list[str]:
    """``boxes_going_to_annex`` for a stored carnet, as one-line warnings."""
    data = print_data_from_view(views.carnet_view(session, number), _country_names(session))
    part = part if part in ("all", "cover", "list", "vouchers") else "all"
    return annex_sentences(data, part)


SAMPLE_NUMBER = "XX/XXX/2000/000000"  # stands for the number the carnet will get


def application_annex_warnings(session: Session, application: Application) -> list[str]:
    """``annex_warnings`` for an application before it is a carnet: what ``apply``,
    ``quote`` and the wizard tell the clerk ("C. INTENDED USE OF GOODS (annex No. 1)
    continues on an annex page"), so the text may be shortened before issue."""
    association = the_association(session)
    data = CarnetPrintData(
        number=SAMPLE_NUMBER,
        association=Party(association.name, association.address, association.country),
        holder=Party(
            application.holder.name, application.holder.address, application.holder.country
        ),
        goods=tuple(application.goods),
        currency=application.currency,
        representatives=application.representatives,
        uses=application.uses,
        use_description=application.use_description,
        event=application.event,
        voucher_sets=VoucherSets(1, 1, 1),
        place_of_issue=association.town,
    )
    return annex_sentences(data, "all")


def form_annex_warnings(session: Session, form: DraftForm) -> list[str]:
    """``application_annex_warnings`` for the issuing wizard's form; nothing while the form
    cannot be read yet (the wizard says why)."""
    from carnet_app.services import drafts

    association = the_association(session)
    check = drafts.check_general_list(form.lines, drafts.known_country_codes(session))
    if check.errors:
        return []
    try:
        application = drafts.application_of(form, association.currency, check.goods)
    except UserError:
        return []
    return application_annex_warnings(session, application)


def _proof(carnet: Carnet, wanted: bool | None) -> ProofCode | None:
    from carnet_app.services.proof import desk_proof

    return desk_proof(carnet, wanted)


def _trip_request(
    session: Session, carnet: Carnet, trip_to: str | None, trip_items: str
) -> TripRequest:
    visits = [s["country"] for s in carnet.itinerary if s.get("kind") != ItineraryKind.TRANSIT]
    destination = (trip_to or (visits[0] if visits else "")).upper()
    state = ledger_state(session, carnet)
    if trip_items.strip():
        pieces = {item.item_no: item.pieces for item in carnet.items}
        chosen = parse_item_spec(trip_items)
        items = tuple(
            (no, quantity if quantity is not None else state.quantity_at(no, HOME) or pieces[no])
            for no, quantity in chosen.items()
            if no in pieces
        )
        missing = sorted(set(chosen) - set(pieces))
        if missing:
            raise UserError(
                say("printing.items-not-listed", items=format_item_list(missing)), field="items"
            )
    else:
        items = tuple(
            (item.item_no, state.quantity_at(item.item_no, HOME))
            for item in carnet.items
            if state.quantity_at(item.item_no, HOME)
        )
    transits = tuple(
        s["country"] for s in carnet.itinerary if s.get("kind") == ItineraryKind.TRANSIT
    )
    return TripRequest(destination=destination, items=items, transits=transits)


def quote_letter_pdf(session: Session, application: Application, *, today: date) -> bytes:
    """The security and fee quote sent to an applicant (its texts printable: no row of empty
    boxes where the holder's name should be)."""
    refuse_unprintable(application)
    association = the_association(session)
    quote = quote_for_application(
        session, application, home_country=association.country, today=today
    )
    if quote.refusals:
        raise UserError(
            say(
                "quote.refused",
                reasons=quote.refusals_said,
            ),
            field="itinerary",
        )
    letterhead = chamber_letterhead(session)
    language = letterhead.language
    english_names = _country_names(session)
    names = {code: _country_in_letter(name, language) for code, name in english_names.items()}
    countries = tuple(  # a country visited and crossed is named once
        Country(code, names.get(code, code))
        for code in dict.fromkeys(stop.country for stop in application.itinerary)
    )
    security = quote.security
    return render_security_quote(
        SecurityQuote(
            association=association_party(session),
            applicant=Party(
                application.holder.name, application.holder.address, application.holder.country
            ),
            reference=quote_reference(application, today),
            quoted_on=today,
            currency=quote.currency,
            general_list_value=quote.total_value,
            security_amount=security.amount,
            security_lines=tuple(
                SecurityLine(
                    country=Country(d.country, names.get(d.country, d.country)),
                    use=", ".join(application.uses),
                    rate=f"{d.percent} %",
                    basis=_in_letter(d.said_rule, language),
                    amount=d.amount,
                    in_transit=d.kind is ItineraryKind.TRANSIT,
                )
                for d in security.per_destination
            ),
            fee_lines=tuple(
                MoneyLine(_in_letter(line.said, language), line.amount) for line in quote.fees.lines
            ),
            countries=countries,
            uses=application.uses,
            voucher_sets=VoucherSets(
                yellow=quote.voucher_sets.get(VoucherColour.YELLOW, 0),
                white=quote.voucher_sets.get(VoucherColour.WHITE, 0),
                blue=quote.voucher_sets.get(VoucherColour.BLUE, 0),
            ),
            security_forms="; ".join(_in_letter(form.said, language) for form in security.forms),
            # the desk's own warnings (example figures, currency) stay on the desk: see
            # ``quote_warnings``; the letter carries only what the applicant needs
            notes=(_in_letter(security.said_explanation, language),)
            if security.explanation
            else (),
            letterhead=letterhead,
        )
    )


def quote_reference(application: Application, today: date) -> str:
    """``Q-20261201-3F9A1C``: the day and a digest of the application (it keeps its number)."""
    digest = hashlib.sha256(repr(application).encode("utf-8")).hexdigest()[:6].upper()
    return f"Q-{today.strftime('%Y%m%d')}-{digest}"


def quote_warnings(session: Session, application: Application, *, today: date) -> list[str]:
    """What the desk should see before sending the quote (never printed in the letter)."""
    association = the_association(session)
    quote = quote_for_application(
        session, application, home_country=association.country, today=today
    )
    return list(quote.warnings)


def claim_notice_pdf(
    session: Session, claim_id: int, *, today: date, margin_days: int | None = None
) -> bytes:
    """The letter telling the holder of a claim; the holder's deadline is the chamber's less
    ``margin_days`` (default: the association's claim margin)."""
    claim = row_by_id(session, Claim, claim_id)
    if claim is None:
        raise UserError(say("claim.unknown", claim_id=claim_id), field="claim")
    if claim.status != ClaimStatus.OPEN:  # the notice asks for proof: not of a settled claim
        raise UserError(
            say(
                "claim-notice.settled",
                claim_id=claim.id,
                on=claim.settled_on,
                by=say(
                    "claim-notice.by-proof"
                    if claim.status == ClaimStatus.SETTLED_PROOF
                    else "claim-notice.by-payment"
                ),
            ),
            field="claim",
        )
    carnet = claim.carnet
    names = _country_names(session)
    state = ledger_state(session, carnet)
    found = pieces_claimed(claim.country, claim.items, state.snapshot())
    claimed = _claimed_goods(carnet, found, claim.items)
    association = the_association(session)
    margin = association.claim_margin_days if margin_days is None else margin_days
    if not 0 <= margin <= MAX_MARGIN_DAYS:
        raise UserError(
            say("claim-notice.margin", margin=margin, most=MAX_MARGIN_DAYS), field="margin"
        )
    issuer, letterhead = issuer_of_letter(session, carnet)
    return render_claim_notice(
        ClaimNotice(
            association=issuer,
            holder=Party(carnet.holder.name, carnet.holder.address, carnet.holder.country),
            carnet_number=carnet.number or "",
            claim_reference=f"CLAIM-{claim.id}",
            claiming_country=Country(
                claim.country,
                _country_in_letter(names.get(claim.country, claim.country), letterhead.language),
            ),
            notified_on=claim.notified_on,
            amount=claim.amount,
            currency=claim.currency,
            proof_due=claim.proof_due,
            payment_final_on=claim.payment_final,
            sent_on=today,
            items=claimed,
            letterhead=letterhead,
            holder_margin_days=margin,
            goods_currency=carnet.currency,
            country_names=tuple(
                (code, country_name(names.get(claim.country, claim.country), code))
                for code in letter_languages(letterhead.language)
            ),
        )
    )


def _claimed_goods(
    carnet: Carnet, found: dict[int, dict[str, int]], named: dict[str, int | None] | None
) -> tuple[ClaimedGoods, ...]:
    """The goods a claim concerns, for the holder's letter: each item the ledger has in the
    claiming country (``found``, per place), then each item the claim names that the ledger
    does not have there (its pieces as named, no place), with the value of those pieces."""
    items = {item.item_no: item for item in carnet.items}
    rows = [
        (no, quantity, place) for no, places in found.items() for place, quantity in places.items()
    ]
    for text, quantity in (named or {}).items():
        no = int(text)
        if no not in found and no in items:
            rows.append((no, items[no].pieces if quantity is None else quantity, ""))
    claimed = []
    for no, pieces, place in sorted(rows, key=lambda row: row[0]):
        item = items.get(no)
        value = None
        if item is not None and item.pieces:
            value = (item.value * pieces / item.pieces).quantize(CENT, rounding=ROUND_HALF_UP)
        claimed.append(ClaimedGoods(no, item.description if item else "", pieces, place, value))
    return tuple(claimed)


def discharge_certificate_pdf(session: Session, number: str, *, today: date | None = None) -> bytes:
    """The dated certificate (``today``, default the discharge date) that the carnet was
    discharged."""
    carnet = find_carnet(session, number)
    if carnet.status != CarnetStatus.DISCHARGED.value:
        raise UserError(
            say("certificate.not-discharged", number=number, status=status_word(carnet.status)),
            field="status",
        )
    assert carnet.issued_on and carnet.valid_until and carnet.discharged_on
    issuer, letterhead = issuer_of_letter(session, carnet)
    return render_discharge_certificate(
        DischargeCertificate(
            association=issuer,
            holder=Party(carnet.holder.name, carnet.holder.address, carnet.holder.country),
            carnet_number=number,
            issued_on=carnet.issued_on,
            valid_until=carnet.valid_until,
            returned_on=carnet.returned_on or carnet.discharged_on,
            discharged_on=carnet.discharged_on,
            total_pieces=sum(i.pieces for i in carnet.items),
            total_value=sum((i.value for i in carnet.items), Decimal("0.00")),
            currency=carnet.currency,
            claims_window_ends=claim_window_closes(carnet.valid_until),
            security_release_on=security_release_date(carnet.valid_until),
            letterhead=letterhead,
            certified_on=today,
        )
    )


def carnet_quote_letter_pdf(session: Session, carnet_id: int, *, today: date) -> bytes:
    """The quote letter for a carnet's own application (its holder, goods and itinerary), a
    draft's included, as the desk makes it from the carnet's documents."""
    from carnet_app.services.carnets import application_of

    carnet = session.get(Carnet, carnet_id)
    if carnet is None:
        raise UserError(say("carnet.unknown-id", carnet_id=carnet_id), field="carnet")
    return quote_letter_pdf(session, application_of(carnet), today=today)

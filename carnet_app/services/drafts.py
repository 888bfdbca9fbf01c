"""The issuing wizard's use cases: what the desk issues with, the general list checked as it is
typed, holders to pick from, drafts saved and reopened (with a version check), a carnet started
as a copy of an earlier one, the quote, and issuing from the wizard.

The wizard collects a ``DraftForm`` (plain text and numbers, exactly as typed); everything that
is a rule happens here or in the domain. One function = one user action = one transaction
(the caller's unit of work) = one audit event per write.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from carnet_app.db.models import Carnet, Holder
from carnet_app.domain.application_checks import Finding, carnet_format_needed, check_application
from carnet_app.domain.goods_checks import (
    Column,
    Problem,
    Severity,
    parse_decimal,
)
from carnet_app.domain.messages import Joined, Message, say
from carnet_app.domain.quote import Quote
from carnet_app.domain.schedules import SECURITY_FORMS
from carnet_app.domain.types import CarnetKind, CarnetStatus, GoodsLine
from carnet_app.errors import UserError
from carnet_app.services import carnets, draft_carnets
from carnet_app.services.draft_forms import (
    HOLDER_RESULTS,
    WEIGHT_UNITS,
    CarnetChoice,
    CountryChoice,
    DraftForm,
    DraftSummary,
    FormQuote,
    HolderMatch,
    IssuedCarnet,
    IssuingDesk,
    LoadedDraft,
    SavedDraft,
    StopForm,
    UseChoice,
    application_of,
    form_of,
)
from carnet_app.services.list_editing import (
    EditorLine,
    ListCheck,
    check_general_list,
    lines_from_table,
)
from carnet_app.services.loading import the_association
from carnet_app.services.quotes import printed_continuation_sheets, quote_for_application
from carnet_app.services.reference import active_schedule, country_table

__all__ = [
    "SECURITY_FORMS",
    "WEIGHT_UNITS",
    "CarnetChoice",
    "Column",
    "CountryChoice",
    "DraftForm",
    "DraftSummary",
    "EditorLine",
    "Finding",
    "FormQuote",
    "HolderMatch",
    "IssuedCarnet",
    "IssuingDesk",
    "ListCheck",
    "LoadedDraft",
    "Problem",
    "Quote",
    "SavedDraft",
    "Severity",
    "StopForm",
    "UseChoice",
    "application_of",
    "check_general_list",
    "lines_from_table",
    "parse_decimal",
]


def issuing_desk(session: Session) -> IssuingDesk:
    association = the_association(session)
    table = country_table(session)
    schedule = active_schedule(session)
    countries = tuple(
        CountryChoice(rule.code, rule.name, rule.status.value == "not-ata")
        for rule in table.rules()
        if len(rule.code) == 2
    )
    uses = tuple(UseChoice(u.code, u.label) for u in table.use_definitions())
    return IssuingDesk(
        association=association.name,
        home_country=association.country,
        currency=association.currency,
        countries=countries,
        uses=uses,
        rows_per_sheet=schedule.fees.rows_per_sheet,
        security_forms=schedule.security.forms,
        schedule=schedule.name,
    )


def known_country_codes(session: Session) -> list[str]:
    return [rule.code for rule in country_table(session).rules()]


def search_holders(
    session: Session, text: str, *, limit: int = HOLDER_RESULTS
) -> list[HolderMatch]:
    """Holders whose name contains ``text`` (case-insensitive), most used first."""
    pattern = f"%{text.strip()}%"
    used = (
        select(Carnet.holder_id, func.count(Carnet.id).label("n"))
        .group_by(Carnet.holder_id)
        .subquery()
    )
    query = (
        select(Holder, func.coalesce(used.c.n, 0))
        .outerjoin(used, used.c.holder_id == Holder.id)
        .options(selectinload(Holder.representatives))
        .where(Holder.name.ilike(pattern))
        .order_by(func.coalesce(used.c.n, 0).desc(), Holder.name)
        .limit(limit)
    )
    return [
        HolderMatch(
            id=holder.id,
            name=holder.name,
            address=holder.address,
            country=holder.country,
            representatives=tuple(r.name for r in holder.representatives),
            carnets=int(count),
        )
        for holder, count in session.execute(query)
    ]


def list_drafts(session: Session) -> list[DraftSummary]:
    query = (
        select(Carnet)
        .where(Carnet.status == CarnetStatus.DRAFT.value)
        .options(selectinload(Carnet.items), selectinload(Carnet.holder))
        .order_by(Carnet.updated_at.desc())
    )
    return [
        DraftSummary(
            id=carnet.id,
            version=carnet.version,
            holder=carnet.holder.name,
            event=carnet.event or "",
            items=len(carnet.items),
            total_value=sum((item.value for item in carnet.items), Decimal(0)),
            currency=carnet.currency,
            updated_at=carnet.updated_at,
        )
        for carnet in session.execute(query).scalars()
    ]


def earlier_carnets(session: Session, text: str = "", *, limit: int = 200) -> list[CarnetChoice]:
    """Issued carnets (any state after issue) a new carnet may start from, newest first."""
    query = (
        select(Carnet)
        .join(Holder)
        .where(Carnet.number.is_not(None), Carnet.kind == CarnetKind.ORIGINAL.value)
        .options(selectinload(Carnet.items), selectinload(Carnet.holder))
        .order_by(Carnet.issued_on.desc(), Carnet.id.desc())
        .limit(limit)
    )
    if text.strip():
        pattern = f"%{text.strip()}%"
        query = query.where(
            or_(
                Carnet.number.ilike(pattern),
                Holder.name.ilike(pattern),
                Carnet.event.ilike(pattern),
            )
        )
    return [
        CarnetChoice(
            id=carnet.id,
            number=carnet.number or "",
            status=carnet.status,
            holder=carnet.holder.name,
            event=carnet.event or "",
            issued_on=carnet.issued_on,
            items=len(carnet.items),
        )
        for carnet in session.execute(query).scalars()
    ]


def load_draft(session: Session, draft_id: int) -> LoadedDraft:
    carnet = draft_carnets.open_draft(session, draft_id)
    return LoadedDraft(carnet.id, carnet.version, form_of(carnet, keep_departure=True))


def form_from_carnet(session: Session, carnet_id: int) -> DraftForm:
    """A new application prefilled from an earlier carnet: same holder, box B, uses,
    itinerary and general list; the departure date is left for the clerk."""
    carnet = session.get(Carnet, carnet_id)
    if carnet is None:
        raise UserError(say("carnet.unknown-id", carnet_id=carnet_id), field="id")
    return form_of(carnet, keep_departure=False)


@dataclass(frozen=True)
class ItineraryCheck:
    findings: tuple[Finding, ...]
    format_needed: str  # paper | digital | both
    format_explanation: str

    def for_stop(self, index: int) -> list[Finding]:
        return [f for f in self.findings if f.field == f"itinerary[{index}].country"]

    def general(self) -> list[Finding]:
        return [f for f in self.findings if not f.field.startswith("itinerary[")]


def itinerary_check(session: Session, form: DraftForm, *, today: date) -> ItineraryCheck:
    """The country rules checked for the uses and itinerary alone (no general list yet), and
    the carnet format the itinerary needs."""
    association = the_association(session)
    table = country_table(session)
    uses_missing = not form.uses
    form = replace(
        form,
        holder_name=form.holder_name.strip() or "?",  # the holder is not what is checked here
        uses=form.uses or ("PE",),  # checks per use come once a use is ticked
        itinerary=tuple(stop for stop in form.itinerary if stop.country.strip()),
    )
    application = application_of(form, association.currency, ())
    findings = check_application(application, association.country, table, today)
    if uses_missing:
        findings = [
            f for f in findings if not f.field.startswith("itinerary[") or f.rule not in _USE_RULES
        ]
    decision = carnet_format_needed(application.itinerary, association.country, table, today)
    return ItineraryCheck(tuple(findings), decision.needed.value, decision.explanation)


_USE_RULES = ("use-not-accepted", "use-national-law", "use-limited", "use-unverified", "stay-limit")


def quote_form(session: Session, form: DraftForm, *, today: date) -> FormQuote:
    """Vouchers, security, fees and format for the form; no quote while the general list has
    errors or the form cannot be read (``refused_because`` says why)."""
    association = the_association(session)
    check = check_general_list(form.lines, known_country_codes(session))
    if check.errors:
        return FormQuote(None, str(_list_refusal(check)))
    try:
        application = application_of(form, association.currency, check.goods)
    except UserError as exc:
        return FormQuote(None, exc.message)
    quote = quote_for_application(
        session, application, home_country=association.country, today=today
    )
    return FormQuote(quote)


# --------------------------------------------------------------------------- writing


def save_draft(
    session: Session,
    form: DraftForm,
    *,
    user: str,
    today: date,
    draft_id: int | None = None,
    expected_version: int | None = None,
) -> SavedDraft:
    """Create a draft or update one (refused if someone saved it since it was opened).

    A draft may be incomplete (no itinerary, refused countries: issuing checks those), but its
    general list is stored only when every line is right.
    """
    association = the_association(session)
    check = check_general_list(form.lines, known_country_codes(session))
    if check.errors:
        raise UserError(say("draft.not-saved", reason=_list_refusal(check)), field="goods")
    application = application_of(form, association.currency, check.goods)
    if draft_id is None:
        carnet = draft_carnets.create_draft(session, application, user=user)
    else:
        carnet = draft_carnets.update_draft(
            session, draft_id, application, user=user, expected_version=expected_version
        )
    return SavedDraft(carnet.id, carnet.version)


def issue_form(
    session: Session,
    form: DraftForm,
    *,
    on: date,
    user: str,
    today: date,
    draft_id: int | None = None,
    expected_version: int | None = None,
) -> IssuedCarnet:
    """Save the wizard's form as the draft, then issue it: both or nothing."""
    saved = save_draft(
        session,
        form,
        user=user,
        today=today,
        draft_id=draft_id,
        expected_version=expected_version,
    )
    carnet = carnets.issue(session, saved.id, on=on, user=user, today=today)
    assert carnet.number is not None and carnet.issued_on and carnet.valid_until
    return IssuedCarnet(
        id=carnet.id,
        number=carnet.number,
        issued_on=carnet.issued_on,
        valid_until=carnet.valid_until,
        vouchers={count.colour.value: count.sets for count in carnet.vouchers if count.sets},
        security=carnet.security,
        fees=carnet.fees,
        currency=carnet.currency,
    )


# --------------------------------------------------------------------------- helpers


def _list_refusal(check: ListCheck) -> Message:
    errors = check.errors
    more = say("register.more-errors", count=len(errors) - 3) if len(errors) > 3 else ""
    return say(
        "draft.list-errors",
        count=len(errors),
        lines=Joined(tuple(problem.located() for problem in errors[:3])),
        more=more,
    )


def sheets_for(goods: Sequence[GoodsLine], currency: str) -> int:
    """Continuation sheets the general list takes once printed."""
    return printed_continuation_sheets(goods, currency)

"""The issuing association: set up once, then changed (its letterhead, number format and
security hold) without ever changing the country and code already printed in carnet numbers.
One call = one transaction = one audit event."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from carnet_app.db.models import Association, Carnet
from carnet_app.db.touched import mark_touched
from carnet_app.domain.calendar import SECURITY_HOLD_MONTHS
from carnet_app.domain.messages import Joined, Message, say
from carnet_app.domain.numbering import DEFAULT_NUMBER_FORMAT, check_number_format, format_number
from carnet_app.domain.types import CarnetStatus
from carnet_app.errors import UserError
from carnet_app.services.audit import record_audit
from carnet_app.services.letterhead import (
    LetterheadValue,
    apply_letterhead,
    check_letterhead,
    letterhead_dict,
)
from carnet_app.services.loading import the_association
from carnet_app.services.reference import country_table


def set_association(
    session: Session,
    *,
    name: str,
    country: str,
    currency: str,
    code: str | None = None,
    number_format: str | None = None,
    address: str | None = None,
    security_hold_months: int | None = None,
    user: str,
    letterhead: Mapping[str, LetterheadValue] | None = None,
) -> AssociationView:
    """``letterhead``: phone, email, logo_path, signatory_name, signatory_title, town,
    letter_language, claim_margin_days (``None`` values leave a field unchanged)."""
    checked_letterhead = check_letterhead(letterhead or {})
    name = name.strip()
    if not name:
        raise UserError(say("association.name-empty"), field="name")
    country = country.strip().upper()
    if country not in country_table(session):
        raise UserError(say("country.unknown", country=country), field="country")
    currency = currency.strip().upper()
    if len(currency) != 3 or not currency.isalpha():
        raise UserError(say("currency.unknown", currency=currency), field="currency")
    existing = session.execute(select(Association).order_by(Association.id)).scalars().first()
    if existing is not None:
        _check_identity_kept(session, existing, country=country, code=code)
    chosen_format = number_format or (existing.number_format if existing else DEFAULT_NUMBER_FORMAT)
    check_number_format(chosen_format)
    before = association_view(existing).record() if existing else None
    association = existing or Association(next_serial=1)
    association.name = name
    association.country = country
    association.currency = currency
    association.code = (code if code is not None else (existing.code if existing else "")).strip()
    association.address = (
        address if address is not None else (existing.address if existing else "")
    ).strip()
    association.number_format = chosen_format
    apply_letterhead(association, checked_letterhead)
    if security_hold_months is not None:
        if not 0 <= security_hold_months <= 120:
            raise UserError(say("association.hold-months"), field="security-hold-months")
        if association.security_hold_months != security_hold_months:
            # every discharged carnet's release date moves: their deadlines follow
            mark_touched(
                session,
                set(
                    session.scalars(
                        select(Carnet.id).where(
                            Carnet.status == CarnetStatus.DISCHARGED.value,
                            Carnet.security_released_on.is_(None),
                        )
                    )
                ),
            )
        association.security_hold_months = security_hold_months
    if existing is None:
        session.add(association)
    elif not session.is_modified(association):
        return association_view(association)  # set as it already was: nothing to audit
    session.flush()
    record_audit(
        session,
        user=user,
        action="association.set",
        summary=say("trail.association-set", name=name, country=country),
        before=before,
        after=association_view(association).record(),
    )
    return association_view(association)


def current_association(session: Session) -> AssociationView:
    """The association this desk issues for, as ``association show`` answers it."""
    return association_view(the_association(session))


def _check_identity_kept(
    session: Session, existing: Association, *, country: str, code: str | None
) -> None:
    """The country and code are in every number issued: they cannot change once carnets exist
    (name, address and currency can; each carnet keeps the ones it was issued under)."""
    new_code = existing.code if code is None else code.strip()
    no_code = say("association.no-code")
    changes: list[Message] = []
    if country != existing.country:
        changes.append(say("association.change-country", old=existing.country, new=country))
    if new_code != existing.code:
        changes.append(
            say("association.change-code", old=existing.code or no_code, new=new_code or no_code)
        )
    if not changes:
        return
    issued = session.execute(
        select(func.count()).select_from(Carnet).where(Carnet.number.is_not(None))
    ).scalar_one()
    if issued:
        raise UserError(
            say(
                "association.identity-kept",
                issued=issued,
                country=existing.country,
                code=existing.code or no_code,
                changes=Joined(tuple(changes), ", "),
            ),
            field="country" if country != existing.country else "code",
        )


@dataclass(frozen=True, slots=True)
class AssociationView:
    """The issuing association as the desk keeps it."""

    name: str
    country: str
    code: str
    currency: str
    address: str
    number_format: str
    next_serial: int
    # months the security is held after discharge as set; None: the guarantee chain's delays
    security_hold_months: int | None
    letterhead: Mapping[str, LetterheadValue]  # the letterhead's fields, in their order

    @property
    def held_months(self) -> int:
        months = self.security_hold_months
        return SECURITY_HOLD_MONTHS if months is None else months

    def next_number(self, on: date) -> str:
        """The number the next carnet issued on ``on`` takes."""
        return format_number(
            self.number_format,
            country=self.country,
            code=self.code,
            serial=self.next_serial,
            issued_on=on,
        )

    def record(self) -> dict[str, object]:
        """What the audit trail keeps of the association, before and after a change."""
        return {
            "name": self.name,
            "country": self.country,
            "code": self.code,
            "currency": self.currency,
            "address": self.address,
            "number_format": self.number_format,
            "next_serial": self.next_serial,
            **self.letterhead,
            "security_hold_months": self.security_hold_months,
        }

    def answer(self, today: date) -> dict[str, object]:
        """What ``carnet association set`` and ``association show`` answer (docs/cli.md)."""
        return {
            "name": self.name,
            "country": self.country,
            "code": self.code,
            "currency": self.currency,
            "address": self.address,
            "number_format": self.number_format,
            "security_hold_months": self.held_months,
            "next_number": self.next_number(today),
            **self.letterhead,
        }


def association_view(association: Association) -> AssociationView:
    return AssociationView(
        name=association.name,
        country=association.country,
        code=association.code,
        currency=association.currency,
        address=association.address,
        number_format=association.number_format,
        next_serial=association.next_serial,
        security_hold_months=association.security_hold_months,
        letterhead=letterhead_dict(association),
    )

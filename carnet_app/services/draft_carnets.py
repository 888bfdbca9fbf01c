"""Draft carnets: the one path by which an application becomes a draft, is changed as a whole
and is reopened, for the command line's ``apply`` and the issuing wizard alike. Each write is
one audit event (``carnet.apply`` or ``carnet.draft-update``)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session

from carnet_app.db.models import Carnet
from carnet_app.domain.application import Application
from carnet_app.domain.messages import say, status_word
from carnet_app.domain.types import CarnetStatus
from carnet_app.errors import UserError
from carnet_app.services.audit import carnet_snapshot, record_audit, record_carnet_change
from carnet_app.services.loading import check_version, find_draft, the_association
from carnet_app.services.printable import refuse_unprintable
from carnet_app.services.records import carnet_for, goods_item, holder_for, replace_goods


def create_draft(session: Session, application: Application, *, user: str) -> Carnet:
    """The one way a draft carnet comes to be (``apply``, the issuing wizard): the carnet row,
    its general list and one ``carnet.apply`` audit event. The country rules are checked when
    it is issued; the wizard saves a draft they still refuse."""
    refuse_unprintable(application)
    association = the_association(session)
    holder = holder_for(session, application.holder, application.representatives)
    now = datetime.now(UTC)
    carnet = carnet_for(
        application,
        holder,
        association=association,
        status=CarnetStatus.DRAFT,
        now=now,
        security_form=application.security_form,
    )
    carnet.items = [goods_item(line) for line in application.goods]
    session.add(carnet)
    session.flush()
    record_audit(
        session,
        user=user,
        action="carnet.apply",
        carnet=carnet,
        summary=say(
            "trail.draft-created", draft=carnet.id, holder=holder.name, items=len(carnet.items)
        ),
        after=carnet_snapshot(carnet),
    )
    return carnet


def update_draft(
    session: Session,
    carnet_id: int | str,
    application: Application,
    *,
    user: str,
    expected_version: int | None = None,
) -> Carnet:
    """A draft's application replaced as a whole (refused if someone saved it since it was
    opened, or once it is issued), with one ``carnet.draft-update`` audit event."""
    refuse_unprintable(application)
    carnet = open_draft(session, carnet_id)
    check_version(carnet, expected_version)
    before = carnet_snapshot(carnet)
    carnet.holder = holder_for(session, application.holder, application.representatives)
    carnet.format = application.format.value
    carnet.representatives = list(application.representatives)
    carnet.uses = list(application.uses)
    carnet.use_description = application.use_description
    carnet.event = application.event
    carnet.itinerary = [
        {"country": s.country, "kind": s.kind.value, "times": s.times}
        for s in application.itinerary
    ]
    carnet.trips = application.trips
    carnet.departure = application.departure
    carnet.member = application.member
    carnet.options = dict(application.extra)
    carnet.currency = application.currency
    carnet.security_form = application.security_form
    replace_goods(session, carnet, application.goods)
    record_carnet_change(
        session,
        carnet,
        before,
        user=user,
        action="carnet.draft-update",
        summary=say(
            "trail.draft-updated",
            draft=carnet.id,
            holder=carnet.holder.name,
            items=len(carnet.items),
        ),
    )
    return carnet


def open_draft(session: Session, carnet_id: int | str) -> Carnet:
    """A draft whose application may still change (refused once it is issued)."""
    carnet = find_draft(session, carnet_id)
    if carnet.status != CarnetStatus.DRAFT.value:
        raise UserError(
            say(
                "draft.no-longer-draft",
                carnet=carnet.number or carnet.id,
                status=status_word(carnet.status),
            ),
            field="status",
        )
    return carnet

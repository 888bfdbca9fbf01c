"""Drafts and carnets have one path to create and issue: the wizard's form and the ``apply``
document of the same application make the same draft through the same service (one
``carnet.apply`` event each), and a draft no longer open is refused in the clerk's language."""

from __future__ import annotations

import pytest

from carnet_app.db.models import Carnet
from carnet_app.db.uow import Database
from carnet_app.domain.messages import Message
from carnet_app.errors import UserError
from carnet_app.services import carnets, drafts
from carnet_app.services.audit import carnet_snapshot
from carnet_app.services.drafts import DraftForm, StopForm
from carnet_app.services.views import audit_entries
from tests.issuing.conftest import TODAY, good_line

FORM = DraftForm(
    holder_name="Atelier Test",
    holder_address="1 rue de la Paix\nLyon",
    holder_country="FR",
    representatives=("Jean Dupont", " "),
    uses=("PE",),
    event="Salon 2027",
    itinerary=(StopForm("CH", "visit", 2), StopForm("NO", "transit")),
    trips=2,
    lines=(good_line(1), good_line(2)),
    vehicles=True,
)


def _stored(carnet: Carnet) -> tuple[object, ...]:
    """What the desk keeps of an application (ids and moments aside)."""
    items = [
        (i.item_no, i.description, i.pieces, i.value, i.origin, i.weight, i.weight_unit, i.marks)
        for i in carnet.items
    ]
    return (
        carnet.status,
        carnet.kind,
        carnet.holder.id,
        carnet.format,
        carnet.representatives,
        carnet.uses,
        carnet.use_description,
        carnet.event,
        carnet.itinerary,
        carnet.trips,
        carnet.member,
        carnet.options,
        carnet.currency,
        carnet.security_form,
        items,
    )


def test_the_form_and_the_apply_document_make_the_same_draft(database: Database) -> None:
    with database.write() as session:
        start = len(audit_entries(session))
        saved = drafts.save_draft(session, FORM, user="clerk", today=TODAY)
        from_form = session.get(Carnet, saved.id)
        assert from_form is not None
        application = carnets.application_of(from_form)
        applied = session.get(
            Carnet, carnets.apply(session, application, user="clerk", today=TODAY).id
        )
        assert applied is not None
        assert _stored(applied) == _stored(from_form)
        assert carnet_snapshot(applied) == carnet_snapshot(from_form)
        trail = audit_entries(session)[start:]
    assert [event.action for event in trail] == ["carnet.apply", "carnet.apply"]
    assert [str(event.summary) for event in trail] == [
        f"draft {saved.id} created for Atelier Test with 2 items",
        f"draft {applied.id} created for Atelier Test with 2 items",
    ]


def test_an_issued_draft_is_refused_by_code_in_french(database: Database) -> None:
    with database.write() as session:
        saved = drafts.save_draft(session, FORM, user="clerk", today=TODAY)
        issued = carnets.issue(session, saved.id, on=TODAY, user="clerk", today=TODAY)
    with database.write() as session, pytest.raises(UserError) as refused:
        drafts.save_draft(session, FORM, user="clerk", today=TODAY, draft_id=saved.id)
    said = refused.value.said
    assert isinstance(said, Message) and said.code == "draft.no-longer-draft"
    assert said.text("fr") == (
        f"le carnet {issued.number} est délivré, ce n'est plus un brouillon : sa demande ne "
        "peut plus être modifiée"
    )
    with database.read() as session, pytest.raises(UserError, match="no longer a draft"):
        drafts.load_draft(session, saved.id)

"""Issue 12: the association's typed view records in the audit trail exactly what the desk
recorded before it (the trail's hashes cover it); a refused change is said in the reader's
language, down to the change it names."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from carnet_app.db.models import AuditEvent
from carnet_app.db.uow import Database
from carnet_app.domain.messages import set_message_language
from carnet_app.errors import UserError
from carnet_app.services import carnets
from tests.services.conftest import issue_sample


def test_a_change_of_the_association_records_it_before_and_after(database: Database) -> None:
    with database.write() as session:
        carnets.set_association(
            session,
            name="CCI Lyon Métropole",
            country="FR",
            currency="EUR",
            security_hold_months=24,
            user="admin",
        )
    with database.read() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert event is not None
        before, after = event.before, event.after
    common = {
        "country": "FR",
        "code": "LY",
        "currency": "EUR",
        "address": "",
        "number_format": "{country}/{code}/{serial:06d}",
        "next_serial": 1,
        "phone": "",
        "email": "",
        "logo_path": "",
        "signatory_name": "",
        "signatory_title": "",
        "town": "",
        "letter_language": "en",
        "claim_margin_days": 14,
    }
    assert before == {**common, "name": "CCI Lyon", "security_hold_months": None}
    assert after == {**common, "name": "CCI Lyon Métropole", "security_hold_months": 24}


def test_a_refused_change_of_country_names_the_change_in_the_readers_language(
    database: Database,
) -> None:
    issue_sample(database)
    set_message_language("fr")
    try:
        with pytest.raises(UserError) as refused, database.write() as session:
            carnets.set_association(
                session, name="CCI", country="DE", currency="EUR", code="", user="admin"
            )
        said = str(refused.value)
    finally:
        set_message_language("en")
    assert "pays FR → DE" in said and "code de la chambre LY → (aucun)" in said
    assert "country" not in said and "(none)" not in said

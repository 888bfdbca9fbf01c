"""The desk's role: unset on a new desk, chosen once, audited, read back."""

from __future__ import annotations

from sqlalchemy import select

from carnet_app.db.models import AuditEvent, Setting
from carnet_app.services.settings import DeskRole, desk_role, set_desk_role


def test_a_new_desk_has_no_role_until_one_is_chosen(database):
    with database.read() as session:
        assert desk_role(session) is None
    with database.write() as session:
        set_desk_role(session, DeskRole.HOLDER, user="ana")
    with database.read() as session:
        assert desk_role(session) is DeskRole.HOLDER
        summaries = session.execute(select(AuditEvent.summary)).scalars().all()
        assert "desk role: holder" in summaries


def test_an_unknown_stored_role_reads_as_unchosen(database):
    with database.write() as session:
        session.add(Setting(key="desk.role", value="printer"))
    with database.read() as session:
        assert desk_role(session) is None

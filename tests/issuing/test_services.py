"""The issuing services on their own: one audit event per write, stale saves refused,
issued carnets locked, business settings kept in the database."""

from __future__ import annotations

from decimal import Decimal

import pytest

from carnet_app.db.uow import Database
from carnet_app.errors import ConcurrentEditError, UserError
from carnet_app.services import drafts, settings, trips
from carnet_app.services.drafts import DraftForm, EditorLine, StopForm
from carnet_app.services.views import audit_entries
from tests.issuing.conftest import TODAY, good_line

FORM = DraftForm(
    holder_name="Atelier Test",
    holder_country="FR",
    representatives=("Jean Dupont",),
    uses=("PE",),
    itinerary=(StopForm("CH"),),
    lines=(good_line(1), good_line(2)),
)


def events(database: Database) -> list[str]:
    with database.read() as session:
        return [event.action for event in audit_entries(session)]


def test_a_draft_is_saved_updated_and_protected_against_stale_saves(database: Database) -> None:
    start = len(events(database))
    with database.write() as session:
        saved = drafts.save_draft(session, FORM, user="clerk", today=TODAY)
    with database.write() as session:
        again = drafts.save_draft(
            session,
            FORM,
            user="clerk",
            today=TODAY,
            draft_id=saved.id,
            expected_version=saved.version,
        )
    assert events(database)[start:] == ["carnet.apply", "carnet.draft-update"]
    with database.write() as session, pytest.raises(ConcurrentEditError):
        drafts.save_draft(
            session,
            FORM,
            user="other",
            today=TODAY,
            draft_id=saved.id,
            expected_version=saved.version,
        )
    with database.read() as session:
        loaded = drafts.load_draft(session, saved.id)
        assert loaded.version == again.version
        assert [(line.serial, line.value) for line in loaded.form.lines] == [
            ("S/N 1001", "1200"),
            ("S/N 1002", "1200"),
        ]
        assert [d.id for d in drafts.list_drafts(session)] == [saved.id]
        assert drafts.search_holders(session, "atel")[0].representatives == ("Jean Dupont",)
    with database.write() as session:
        issued = drafts.issue_form(
            session,
            FORM,
            on=TODAY,
            user="clerk",
            today=TODAY,
            draft_id=saved.id,
            expected_version=again.version,
        )
    assert issued.number.startswith("FR/LY/") and issued.vouchers == {"yellow": 1, "white": 1}
    with database.write() as session, pytest.raises(UserError, match="no longer a draft"):
        drafts.save_draft(session, FORM, user="clerk", today=TODAY, draft_id=saved.id)


def test_lines_in_error_are_never_stored(database: Database) -> None:
    bad = DraftForm(
        **{
            **FORM.__dict__,
            "lines": (good_line(1), EditorLine("Various cables", "", "2", "", "10", "CN")),
        }
    )
    with (
        database.write() as session,
        pytest.raises(UserError, match="1 error: row 2, column description"),
    ):
        drafts.save_draft(session, bad, user="clerk", today=TODAY)
    with database.read() as session:
        assert drafts.list_drafts(session) == []


def test_business_settings_are_audited(database: Database) -> None:
    start = len(events(database))
    with database.write() as session:
        settings.save_user_display_names(session, {"clerk": "Claire"}, user="admin")
        settings.save_printer_calibration(
            session,
            offset_x_mm=Decimal("1.5"),
            offset_y_mm=Decimal("-0.8"),
            scale=Decimal("1.002"),
            user="admin",
        )
    with database.write() as session, pytest.raises(UserError, match="more than 25"):
        settings.save_printer_calibration(
            session,
            offset_x_mm=Decimal("40"),
            offset_y_mm=Decimal("0"),
            scale=Decimal("1"),
            user="admin",
        )
    assert events(database)[start:] == ["settings.set", "settings.set"]
    with database.read() as session:
        assert settings.display_name(session, "clerk") == "Claire"
        assert settings.printer_calibration(session).scale == pytest.approx(1.002)
        assert (
            settings.number_preview(
                "{country}/{year}/{serial:04d}", country="fr", code="", serial=7, on=TODAY
            )
            == "FR/2026/0007"
        )


def test_a_setting_saved_as_it_already_is_writes_no_audit_event(database: Database) -> None:
    with database.write() as session:
        settings.save_user_display_names(session, {"clerk": "Claire"}, user="admin")
    start = len(events(database))
    with database.write() as session:
        settings.save_user_display_names(session, {"clerk": "Claire"}, user="admin")
    assert events(database)[start:] == []  # nothing changed, nothing to explain


def test_trip_overview_counts_the_vouchers_left(database: Database) -> None:
    with database.write() as session:
        issued = drafts.issue_form(session, FORM, on=TODAY, user="clerk", today=TODAY)
    with database.read() as session:
        overview = trips.trip_overview(session, issued.id)
        assert overview.vouchers_left == {"yellow": 2, "white": 2, "blue": 0}
        assert [g.at_home for g in overview.goods] == [1, 1]
        assert [c.id for c in trips.trip_carnets(session, today=TODAY)] == [issued.id]

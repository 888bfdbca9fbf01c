from __future__ import annotations

import threading
from datetime import date
from decimal import Decimal

import pytest

from carnet_app.db.models import Carnet
from carnet_app.db.uow import Database
from carnet_app.domain.types import MovementAction as A
from carnet_app.errors import ConcurrentEditError, ConfirmationRequired, UserError
from carnet_app.services import carnets, claims, deadlines, movements, reissue, views
from carnet_app.services.audit import verify_chain
from carnet_app.services.movements import StampRequest
from tests.services.conftest import TODAY, issue_sample
from tests.show_json import show_json


def stamp(
    database: Database,
    number: str,
    action: A,
    on: date,
    country: str | None = None,
    items: str = "",
    **kw: object,
) -> None:
    with database.write() as session:
        movements.record_stamp(
            session,
            number,
            StampRequest(action=action, on=on, country=country, items=items, **kw),  # type: ignore[arg-type]
            confirm=False,
            user="clerk",
            today=TODAY,
        )


def show(database: Database, number: str) -> dict:
    with database.read() as session:
        return show_json(session, number)


def test_numbers_follow_the_association_format_without_gaps(database: Database) -> None:
    numbers = [issue_sample(database) for _ in range(3)]
    assert numbers == ["FR/LY/000001", "FR/LY/000002", "FR/LY/000003"]


def test_a_refused_issue_does_not_consume_a_number(database: Database) -> None:
    with database.write() as session:
        from carnet_app.domain.application import parse_application
        from tests.services.conftest import sample_application

        draft = carnets.apply(
            session, parse_application(sample_application(goods=[])), user="clerk", today=TODAY
        )
        draft_id = draft.id
    with pytest.raises(UserError, match="no general list"), database.write() as session:
        carnets.issue(session, draft_id, on=TODAY, user="clerk", today=TODAY)
    assert issue_sample(database) == "FR/LY/000001"


def test_two_desks_issuing_at_once_get_unique_consecutive_numbers(database: Database) -> None:
    results: list[str] = []
    errors: list[BaseException] = []

    def desk() -> None:
        try:
            for _ in range(3):
                results.append(issue_sample(database))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=desk) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(results) == [f"FR/LY/{n:06d}" for n in range(1, 10)]


def test_a_second_save_from_a_stale_view_is_refused(database: Database) -> None:
    number = issue_sample(database)
    opened_version = show(database, number)["version"]
    stamp(database, number, A.EXPORTATION, date(2026, 3, 10))  # another desk saves first
    with (
        pytest.raises(ConcurrentEditError, match="changed by someone else"),
        database.write() as session,
    ):
        carnets.add_vouchers(
            session,
            number,
            colour="white",
            sets=1,
            user="clerk",
            today=TODAY,
            expected_version=opened_version,
        )


def test_warnings_need_confirmation_and_stay_listed(database: Database) -> None:
    number = issue_sample(database)
    # items named: an importation with no exportation is irregular but happens (naming none
    # with nothing en route is refused outright, see test_lifecycle_rules)
    request = StampRequest(action=A.IMPORTATION, on=date(2026, 3, 10), country="CH", items="1-3")
    with pytest.raises(ConfirmationRequired) as refused, database.write() as session:
        movements.record_stamp(session, number, request, confirm=False, user="c", today=TODAY)
    assert "no exportation recorded" in refused.value.warnings[0]
    with database.write() as session:
        movements.record_stamp(session, number, request, confirm=True, user="c", today=TODAY)
    irregularities = show(database, number)["irregularities"]
    assert len(irregularities) == 1 and irregularities[0]["resolved_on"] is None
    with database.write() as session:
        movements.resolve_irregularity(
            session,
            irregularities[0]["id"],
            note="export stamp found on the green cover",
            user="c",
            today=TODAY,
        )
    assert show(database, number)["irregularities"][0]["resolved_on"] == TODAY


def test_duplicate_keeps_expiry_carries_positions_not_movements(database: Database) -> None:
    number = issue_sample(database)
    stamp(database, number, A.EXPORTATION, date(2026, 3, 10))
    stamp(database, number, A.IMPORTATION, date(2026, 3, 10), "CH")
    with database.write() as session:
        copy = reissue.duplicate(session, number, on=date(2026, 4, 1), user="c", today=TODAY)
        copy_number = copy.number
    original, duplicate = show(database, number), show(database, copy_number)
    assert original["status"] == "superseded"
    assert duplicate["kind"] == "duplicate" and duplicate["follows"] == number
    assert duplicate["valid_until"] == original["valid_until"]
    assert duplicate["movements"] == []
    assert duplicate["items"][0]["where"] == {"CH": 1}
    # no set was completed (CH importation open), so every set is issued again
    assert duplicate["vouchers"]["white"]["sets"] == original["vouchers"]["white"]["sets"]
    assert duplicate["vouchers"]["yellow"]["sets"] == 1
    # the duplicate carries on: re-export from CH and come home
    stamp(database, copy_number, A.RE_EXPORTATION, date(2026, 4, 5), "CH")
    stamp(database, copy_number, A.RE_IMPORTATION, date(2026, 4, 6))
    assert all(i["where"] == {"home": i["pieces"]} for i in show(database, copy_number)["items"])


def test_replacement_takes_over_the_goods_in_the_consenting_country(database: Database) -> None:
    number = issue_sample(database)
    stamp(database, number, A.EXPORTATION, date(2026, 3, 10))
    stamp(database, number, A.IMPORTATION, date(2026, 3, 10), "CH")
    stamp(database, number, A.RE_EXPORTATION, date(2026, 4, 1), "CH", items="2-20")
    stamp(database, number, A.RE_IMPORTATION, date(2026, 4, 2), items="2-20")
    with database.write() as session:
        new = reissue.replace(
            session, number, country="CH", on=date(2026, 11, 1), user="c", today=TODAY
        )
        new_number = new.number
    replacement, original = show(database, new_number), show(database, number)
    assert new_number == "FR/LY/000002"
    assert replacement["kind"] == "replacement" and replacement["follows"] == number
    # issued the day asked, never in the future; valid to a year after the original's expiry
    assert str(replacement["issued_on"]) == "2026-11-01"
    assert str(replacement["valid_until"]) == "2028-02-29"
    assert [i["description"] for i in replacement["items"]] == [original["items"][0]["description"]]
    assert replacement["items"][0]["where"] == {"CH": 1}
    assert original["status"] == "replaced"
    assert original["items"][0]["where"] == {"transferred": 1}


def test_replacement_refused_where_not_accepted(database: Database) -> None:
    number = issue_sample(
        database, "film-shoot", itinerary=[{"country": "US", "kind": "visit", "times": 1}]
    )
    stamp(database, number, A.EXPORTATION, date(2026, 3, 10))
    stamp(database, number, A.IMPORTATION, date(2026, 3, 10), "US")
    with pytest.raises(UserError, match="replacement"), database.write() as session:
        reissue.replace(session, number, country="US", on=date(2026, 11, 1), user="c", today=TODAY)


def test_claim_calendar_and_discharge_waits_for_it(database: Database) -> None:
    number = issue_sample(database)
    with database.write() as session:
        carnets.return_carnet(session, number, on=date(2026, 4, 1), user="c", today=TODAY)
    with database.write() as session:
        claim = claims.open_claim(
            session,
            number,
            country="CH",
            notified_on=date(2026, 6, 30),
            amount=Decimal("1250.00"),
            user="c",
            today=TODAY,
        ).claim
        claim_id = claim.id
        assert (claim.proof_due, claim.payment_final) == (date(2026, 12, 30), date(2027, 3, 30))
    with pytest.raises(UserError, match="still open"), database.write() as session:
        carnets.discharge(session, number, on=date(2026, 7, 1), user="c", today=TODAY)
    with database.write() as session:
        claims.settle_claim(
            session,
            claim_id,
            on=date(2026, 8, 1),
            proof="re-exportation counterfoil stamped Geneva 2026-04-01",
            paid=None,
            user="c",
            today=TODAY,
        )
        carnets.discharge(session, number, on=date(2026, 8, 2), user="c", today=TODAY)
    assert show(database, number)["status"] == "discharged"


def test_claim_after_the_window_is_refused(database: Database) -> None:
    # issued while it was still valid: valid until 2025-05-31
    number = issue_sample(database, on=date(2024, 6, 1), today=date(2024, 6, 1))
    with pytest.raises(UserError, match="within 12 months"), database.write() as session:
        claims.open_claim(
            session,
            number,
            country="CH",
            notified_on=date(2026, 6, 1),
            amount=Decimal("10"),
            user="c",
            today=TODAY,
        )


def test_alerts_list_a_near_customs_final_date(database: Database) -> None:
    number = issue_sample(database)
    stamp(database, number, A.EXPORTATION, date(2026, 11, 20))
    stamp(database, number, A.IMPORTATION, date(2026, 11, 20), "CH", final_date=date(2026, 12, 2))
    with database.read() as session:
        found = deadlines.alerts(session, today=TODAY, within_days=10)
    assert [(a.carnet, a.kind.value, a.due) for a in found] == [
        (number, "final-date", date(2026, 12, 2))
    ]


def test_every_action_is_in_the_chained_audit_trail(database: Database) -> None:
    number = issue_sample(database)
    stamp(database, number, A.EXPORTATION, date(2026, 3, 10))
    with database.read() as session:
        trail = views.audit_entries(session, number)
        assert [e.action for e in trail] == [
            "carnet.apply",
            "carnet.issue",
            "movement.exportation",
        ]
        assert verify_chain(session).intact
    with database.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE audit_events SET summary = 'nothing happened' WHERE action = 'carnet.issue'"
        )
    with database.read() as session:
        check = verify_chain(session)
    assert not check.intact and check.problem is not None
    assert check.problem.code == "integrity.event-altered"
    altered = check.first_bad_id
    assert check.problem.text("en") == f"event {altered} was altered after it was written"
    assert check.problem.text("fr") == f"l'événement {altered} a été modifié après avoir été écrit"


def test_vehicle_rules_follow_the_holder_kind_and_stay_with_the_carnet(
    database: Database,
) -> None:
    """Percentage example schedule: 40 % by default, road vehicles 100 % for a company and
    150 % for a private person (275,660.00 EUR of goods)."""
    from tests.services.conftest import sample_application

    plain = issue_sample(database)
    company = issue_sample(database, flags=["vehicle"])
    person_data = sample_application(flags=["vehicle"])
    person_data["holder"] = {**person_data["holder"], "kind": "individual"}
    person = issue_sample(
        database, **{k: v for k, v in person_data.items() if k in ("flags", "holder")}
    )
    securities = [show(database, n)["security"] for n in (plain, company, person)]
    assert securities == [Decimal("110264.00"), Decimal("275660.00"), Decimal("413490.00")]
    with database.write() as session:
        copy = reissue.duplicate(session, person, on=date(2026, 4, 1), user="c", today=TODAY)
        stored = session.get(Carnet, copy.id)
        assert stored is not None
        assert stored.options == {"holder_kind": "individual", "flags": ["vehicle"]}


def test_unknown_holder_kind_is_refused_naming_the_field() -> None:
    from carnet_app.domain.application import parse_application
    from tests.services.conftest import sample_application

    data = sample_application()
    data["holder"] = {**data["holder"], "kind": "robot"}
    with pytest.raises(UserError, match=r"holder\.kind"):
        parse_application(data)
    with pytest.raises(UserError, match=r"flags\[0\]"):
        parse_application(sample_application(flags=["Vehicle!"]))

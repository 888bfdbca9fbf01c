"""Reference services on a real SQLite file: seeding, edits, schedules in and out, quotes."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from carnet_app.db.reference_models import CountryRuleRow, ScheduleRow
from carnet_app.db.uow import Database
from carnet_app.domain.countries import CountryTable
from carnet_app.errors import UserError
from carnet_app.services import reference
from carnet_app.services.quotes import quote_for_application
from carnet_app.services.reference import (
    activate_schedule,
    active_schedule,
    country_table,
    export_schedules,
    import_schedules,
    list_schedules,
    save_schedule,
    schedule_document,
    seed_reference_data,
    update_country_rule,
)
from tests.reference.conftest import TODAY, application, sample_application

PERCENTAGE = "Example: percentage of value (USCIB-like)"
DUTY = "Example: duty-based (LCCI-like)"


@pytest.fixture
def seeded(database: Database) -> Database:
    with database.write() as session:
        seed_reference_data(session)
    return database


def test_seeding_copies_the_shipped_data_once(seeded: Database, table: CountryTable) -> None:
    with seeded.write() as session:
        seed_reference_data(session)  # a second start changes nothing
    with seeded.read() as session:
        assert country_table(session).rules() == table.rules()
        schedules = {info.name: info.active for info in list_schedules(session)}
        assert schedules == {PERCENTAGE: True, DUTY: False}
        assert active_schedule(session).name == PERCENTAGE
        assert len(session.scalars(select(ScheduleRow)).all()) == 2


def test_a_newer_release_updates_only_rows_the_admin_left_alone(
    seeded: Database, table: CountryTable, monkeypatch: pytest.MonkeyPatch
) -> None:
    with seeded.write() as session:
        update_country_rule(session, "NO", {"notes": "our own note"}, "admin")
    newer = CountryTable(
        [replace(rule, notes="release 2") for rule in table.rules()]
        + [replace(table.get("CH"), code="XX", name="Newland", territory="XX")],  # type: ignore[arg-type]
        table.use_definitions(),
    )
    monkeypatch.setattr(reference, "shipped_country_data", lambda: (newer, 2))
    with seeded.write() as session:
        seed_reference_data(session)
    with seeded.read() as session:
        current = country_table(session)
        assert current.get("CH").notes == "release 2"  # type: ignore[union-attr]
        assert current.get("NO").notes == "our own note"  # type: ignore[union-attr]
        assert current.get("XX") is not None
        versions = {row.code: row.data_version for row in session.scalars(select(CountryRuleRow))}
        assert versions["CH"] == 2 and versions["NO"] == 1


def test_editing_a_country_rule_changes_the_next_quote(seeded: Database) -> None:
    trip = application(itinerary=[{"country": "CH", "kind": "transit", "times": 1}])
    with seeded.read() as session:
        before = quote_for_application(session, trip, home_country="FR", today=TODAY)
    assert before.refusals == []
    with seeded.write() as session:
        rule = update_country_rule(session, "ch", {"transit": False}, "admin")
        assert rule.transit is False
    with seeded.read() as session:
        after = quote_for_application(session, trip, home_country="FR", today=TODAY)
        row = session.get(CountryRuleRow, "CH")
        assert row is not None and row.edited_by_admin and row.edited_by == "admin"
    assert after.refusals == [
        "CH (Switzerland) does not accept carnets for transit (no blue vouchers)"
    ]


def test_a_bad_country_edit_is_refused_naming_the_key(seeded: Database) -> None:
    with pytest.raises(UserError) as refused, seeded.write() as session:
        update_country_rule(session, "CH", {"uses": {"PE": "perhaps"}}, "admin")
    assert refused.value.field == "countries.CH.uses.PE"
    with pytest.raises(UserError, match="not in the country table"), seeded.write() as session:
        update_country_rule(session, "QQ", {"transit": True}, "admin")
    with seeded.read() as session:
        row = session.get(CountryRuleRow, "CH")
        assert row is not None and not row.edited_by_admin


def test_editing_a_rate_changes_the_next_quote(seeded: Database) -> None:
    film = sample_application("film-shoot")
    with seeded.read() as session:
        before = quote_for_application(session, film, home_country="FR", today=TODAY)
        document = schedule_document(session, PERCENTAGE)
    assert before.security.amount == Decimal("110264.00")  # 40 % of 275,660
    document["security"]["rates"].append({"country": "NO", "percent": "50"})
    with seeded.write() as session:
        save_schedule(session, document, "admin")
    with seeded.read() as session:
        after = quote_for_application(session, film, home_country="FR", today=TODAY)
    assert after.security.amount == Decimal("137830.00")  # 50 % of 275,660, set by Norway
    assert after.security.country == "NO"


def test_switching_the_active_schedule(seeded: Database) -> None:
    with seeded.write() as session:
        activate_schedule(session, DUTY)
    with seeded.read() as session:
        assert active_schedule(session).name == DUTY
        assert [i.name for i in list_schedules(session) if i.active] == [DUTY]
    with pytest.raises(UserError, match="no such schedule"), seeded.write() as session:
        activate_schedule(session, "Nope")


@pytest.mark.parametrize("suffix", [".toml", ".json"])
def test_schedules_survive_an_export_and_import(
    seeded: Database, tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"schedules{suffix}"
    with seeded.read() as session:
        assert export_schedules(session, path) == 2
        original = {i.name: schedule_document(session, i.name) for i in list_schedules(session)}
    content = path.read_text(encoding="utf-8")
    assert "active" in content and "EXAMPLE" in content
    with seeded.write() as session:
        activate_schedule(session, DUTY)
    with seeded.write() as session:
        assert sorted(import_schedules(session, path)) == sorted(original)
    with seeded.read() as session:
        assert active_schedule(session).name == PERCENTAGE  # the file's active schedule
        for name, document in original.items():
            assert _normalised(schedule_document(session, name)) == _normalised(document)


def test_importing_a_shipped_example_file_alone(seeded: Database) -> None:
    from carnet_app.resources import resource_path

    path = resource_path("reference", "schedules", "duty-based-example.toml")
    with seeded.write() as session:
        assert import_schedules(session, path) == [DUTY]


def test_a_bad_import_changes_nothing_and_names_the_key(seeded: Database, tmp_path: Path) -> None:
    with seeded.read() as session:
        good = schedule_document(session, PERCENTAGE)
    renamed = json.loads(json.dumps(good))
    renamed["schedule"]["name"] = "New chamber prices"
    broken = json.loads(json.dumps(good))
    broken["fees"]["bands"][1]["fee"] = "a lot"
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps({"schedules": [renamed, broken]}), encoding="utf-8")
    with pytest.raises(UserError) as refused, seeded.write() as session:
        import_schedules(session, path)
    assert refused.value.field == "schedules[1].fees.bands[1].fee"
    assert "schedules[1].fees.bands[1].fee" in refused.value.message
    with seeded.read() as session:
        assert "New chamber prices" not in {i.name for i in list_schedules(session)}


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("s.toml", "[schedule\nname=", "not valid TOML"),
        ("s.json", "{", "not valid JSON"),
        ("s.yaml", "a: 1", "use a .toml or .json file"),
        ("s.json", '{"schedules": []}', "must be a list of schedules"),
    ],
)
def test_unreadable_files_are_refused(
    seeded: Database, tmp_path: Path, name: str, content: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UserError, match=message), seeded.write() as session:
        import_schedules(session, path)


def test_an_unseeded_database_quotes_with_the_shipped_defaults(database: Database) -> None:
    with database.read() as session:
        quote = quote_for_application(
            session, sample_application("trade-fair"), home_country="FR", today=TODAY
        )
    assert quote.schedule_name == PERCENTAGE
    assert quote.security.amount == Decimal("6160.00")


def _normalised(document: dict[str, object]) -> object:
    return json.loads(json.dumps(document, default=str))

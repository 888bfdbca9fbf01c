"""Check-in: a stamp both desks recorded, but differently (other date, pieces or place), is ONE
difference "changed" with the fields side by side — not one missing plus one extra — and
accepting it corrects the desk's own stamp."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carnet_app.domain.types import MovementAction
from carnet_app.services import carnet_file, checkin, movements
from carnet_app.services.checkin import compare_entries
from tests.exchange.conftest import Desk as CliDesk
from tests.exchange.conftest import DeskFactory
from tests.exchange.test_signed_files import (
    NUMBER,
    TODAY,
    Desk,
    _desk,
    _travelled_holder,
    _trusting,
)
from tests.show_json import show_json


@pytest.fixture
def desks(tmp_path: Path) -> Iterator[tuple[Desk, Desk]]:
    chamber = _desk(tmp_path / "chamber", chamber=True)
    holder = _desk(tmp_path / "holder", chamber=False)
    yield chamber, holder
    chamber.database.dispose()
    holder.database.dispose()


def _chamber_stamps(chamber: Desk, *, imported_on: date, place: str = "") -> None:
    """The chamber's own record: the same exportation, the importation on another date."""
    with chamber.database.write() as session:
        for action, on, country, final, where in (
            (MovementAction.EXPORTATION, date(2026, 3, 10), "FR", None, ""),
            (MovementAction.IMPORTATION, imported_on, "CH", date(2026, 6, 30), place),
        ):
            movements.record_stamp(
                session,
                NUMBER,
                movements.StampRequest(
                    action=action, on=on, country=country, final_date=final, place=where
                ),
                confirm=False,
                user="clerk",
                today=TODAY,
            )


def test_a_stamp_recorded_on_another_date_and_place_is_one_changed_difference(
    desks: tuple[Desk, Desk], tmp_path: Path
) -> None:
    chamber, holder = desks
    record = _travelled_holder(chamber, holder, tmp_path)
    _chamber_stamps(chamber, imported_on=date(2026, 3, 12), place="Basel")
    with chamber.database.read() as session:
        review = checkin.check_in(
            session, record, trust=_trusting(holder), user="clerk", today=TODAY
        )
    assert len(review.differences) == 1
    difference = review.differences[0]
    assert difference.kind == "changed"
    assert [(c.field, c.ours, c.theirs) for c in difference.changes] == [
        ("date", "2026-03-12", "2026-03-11"),
        ("place", "Basel", ""),
    ]
    shown = difference.to_dict()
    assert shown["kind"] == "changed" and shown["entry"]["date"] == "2026-03-11"
    assert shown["movement"] == {
        "type": "movement",
        "action": "importation",
        "voucher": {"colour": "white", "no": 1},
    }
    assert shown["changes"] == [
        {"field": "date", "ours": "2026-03-12", "theirs": "2026-03-11"},
        {"field": "place", "ours": "Basel", "theirs": ""},
    ]
    assert shown["ours"]["date"] == "2026-03-12" and shown["theirs"]["date"] == "2026-03-11"
    assert "date 2026-03-12 here, 2026-03-11 in the holder's record" in difference.text

    with chamber.database.write() as session:
        done = checkin.check_in(
            session, record, accept=[1], trust=_trusting(holder), user="clerk", today=TODAY
        )
    assert done.accepted == (1,)
    with chamber.database.read() as session:
        stamps = show_json(session, NUMBER)["movements"]
        again = checkin.check_in(session, record, trust=_trusting(holder), user="c", today=TODAY)
    assert [(m["action"], str(m["date"])) for m in stamps] == [
        ("exportation", "2026-03-10"),
        ("importation", "2026-03-11"),
    ]
    assert again.differences == ()


def test_a_rejected_change_keeps_the_desks_stamp(desks: tuple[Desk, Desk], tmp_path: Path) -> None:
    chamber, holder = desks
    record = _travelled_holder(chamber, holder, tmp_path)
    _chamber_stamps(chamber, imported_on=date(2026, 3, 12))
    with chamber.database.write() as session:
        done = checkin.check_in(
            session, record, accept=[], trust=_trusting(holder), user="clerk", today=TODAY
        )
    assert done.rejected == (1,)
    with chamber.database.read() as session:
        stamps = show_json(session, NUMBER)["movements"]
    assert str(stamps[1]["date"]) == "2026-03-12"


def _stamp(action: str, day: str, country: str, items: dict[str, int], no: int) -> dict[str, Any]:
    colour = "white" if action in ("importation", "re-exportation") else "yellow"
    return {
        "type": "movement",
        "action": action,
        "date": day,
        "country": country,
        "office": "",
        "place": "",
        "reference": "",
        "final_date": None,
        "remarks": "",
        "voucher": {"colour": colour, "no": no},
        "refers_to": [],
        "items": items,
    }


RECORD = [
    _stamp("exportation", "2026-03-10", "FR", {"1": 1, "2": 2, "3": 1}, 1),
    _stamp("importation", "2026-03-11", "CH", {"1": 1, "2": 2, "3": 1}, 1),
    _stamp("re-exportation", "2026-04-01", "CH", {"1": 1}, 1),
    _stamp("importation", "2026-04-02", "NO", {"1": 1}, 2),
]
CHANGES = {
    "date": "2026-03-09",
    "items": {"1": 1, "2": 1},
    "place": "Chiasso",
    "country": "DE",
}


@given(
    index=st.integers(0, len(RECORD) - 1),
    fields=st.lists(st.sampled_from(sorted(CHANGES)), min_size=1, max_size=2, unique=True),
)
def test_any_one_or_two_fields_changed_on_one_stamp_make_one_changed_difference(
    index: int, fields: list[str]
) -> None:
    theirs = [dict(entry) for entry in RECORD]
    theirs[index] = {**theirs[index], **{field: CHANGES[field] for field in fields}}
    found = compare_entries(RECORD, theirs)
    assert [d.kind for d in found] == ["changed"]
    assert {c.field for c in found[0].changes} == set(fields)


def test_a_stamp_missing_on_one_side_is_still_missing_not_changed() -> None:
    ours = [RECORD[0], RECORD[1], RECORD[3]]  # this desk never saw the re-exportation
    found = compare_entries(ours, RECORD)
    assert [(d.kind, d.entry["action"]) for d in found] == [("missing here", "re-exportation")]
    # and the holder's record lacks the NO importation this desk recorded
    found = compare_entries(RECORD, RECORD[:3])
    assert [(d.kind, d.entry["action"]) for d in found] == [("not in record", "importation")]


@pytest.mark.slow  # a whole journey through the command line; CI runs it
def test_through_the_command(chamber: CliDesk, desk: DeskFactory, tmp_path: Path) -> None:
    carnet = tmp_path / "carnet.json"
    sent = chamber.ok("send", NUMBER, "--out", str(carnet))
    holder = desk("holder")
    holder.ok("receive", str(carnet), "--trust-fingerprint", sent["fingerprint"])
    day = "2026-04-20"
    for desk_, on in ((holder, "2026-03-11"), (chamber, "2026-03-12")):
        desk_.ok("record", NUMBER, "exportation", "--date", "2026-03-10", today=day)
        desk_.ok("record", NUMBER, "importation", "--date", on, "--country", "CH", today=day)
    record = tmp_path / "record.json"
    holder.ok("send", NUMBER, "--record", "--out", str(record), today=day)
    key = tmp_path / "holder.key"
    holder.ok("key", "export", "--out", str(key))
    review = chamber.ok("checkin", str(record), "--trust", str(key), today=day)
    assert [(d["id"], d["kind"]) for d in review["differences"]] == [(1, "changed")]
    assert review["differences"][0]["changes"] == [
        {"field": "date", "ours": "2026-03-12", "theirs": "2026-03-11"}
    ]
    assert {"id", "kind", "entry", "text", "movement", "ours", "theirs"} <= set(
        review["differences"][0]
    )
    chamber.ok("checkin", str(record), "--trust", str(key), "--accept", "1", today=day)
    dates = [m["date"] for m in chamber.ok("show", NUMBER, today=day)["movements"]]
    assert dates == ["2026-03-10", "2026-03-11"]


def test_the_recorded_file_carries_what_the_comparison_reads(
    desks: tuple[Desk, Desk], tmp_path: Path
) -> None:
    """The fields compared are the ones the holder's record file holds."""
    chamber, holder = desks
    _travelled_holder(chamber, holder, tmp_path)
    with holder.database.read() as session:
        from carnet_app.services.loading import find_carnet

        entries = carnet_file.entries_of(find_carnet(session, NUMBER))
    for field in checkin.COMPARED_FIELDS["movement"]:
        assert field in entries[0]

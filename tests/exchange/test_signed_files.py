"""The signed carnet file and the holder's record, in-process on two real SQLite desks with
their own key folders: trust on first use, one-byte alterations, foreign keys, unknown
carnets, and the clerk's choice difference by difference."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carnet_app.db.uow import Database
from carnet_app.domain.application import parse_application
from carnet_app.domain.types import MovementAction
from carnet_app.errors import UserError
from carnet_app.keys import KeyStore
from carnet_app.paths import AppPaths
from carnet_app.services import carnet_file, carnets, checkin, movements
from carnet_app.services.database import open_database
from carnet_app.services.signed_files import TrustRequest, read_signed_file, trusted_keys
from tests.conftest import TEST_DATA
from tests.examples import examples
from tests.show_json import show_json

TODAY = date(2026, 4, 20)
NUMBER = "FR/LY/000001"


@dataclass
class Desk:
    database: Database
    keys: KeyStore

    def dump(self) -> list[str]:
        import sqlite3

        url = self.database.url_for_display
        path = url.split("sqlite:///", 1)[-1]
        with sqlite3.connect(path) as connection:
            return list(connection.iterdump())


def _desk(folder: Path, *, chamber: bool) -> Desk:
    folder.mkdir(parents=True, exist_ok=True)
    database = open_database(
        f"sqlite:///{folder / 'desk.sqlite3'}", AppPaths.from_base_dir(folder / "data")
    )
    if chamber:
        import json

        application = parse_application(
            json.loads((TEST_DATA / "application-film-shoot.json").read_text("utf-8"))
        )
        with database.write() as session:
            carnets.set_association(
                session, name="CCI Lyon", country="FR", currency="EUR", code="LY", user="admin"
            )
            draft = carnets.apply(session, application, user="clerk", today=TODAY)
            carnets.issue(session, draft.id, on=date(2026, 3, 2), user="clerk", today=TODAY)
    return Desk(database, KeyStore(folder / "keys"))


@pytest.fixture
def chamber(tmp_path: Path) -> Iterator[Desk]:
    desk = _desk(tmp_path / "chamber", chamber=True)
    yield desk
    desk.database.dispose()


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[Desk]:
    desk = _desk(tmp_path / "holder", chamber=False)
    yield desk
    desk.database.dispose()


def _send(chamber: Desk, out: Path) -> Path:
    with chamber.database.read() as session:
        carnet_file.send_carnet(session, NUMBER, out, keys=chamber.keys, today=TODAY)
    return out


def _receive(holder: Desk, path: Path, trust: TrustRequest) -> None:
    with holder.database.write() as session:
        carnet_file.receive_carnet(session, path, trust=trust, user="holder", today=TODAY)


def _trusting(desk: Desk) -> TrustRequest:
    return TrustRequest(fingerprint=desk.keys.public_key().fingerprint)


def test_a_received_carnet_is_the_one_sent_and_its_key_is_trusted_from_then_on(
    chamber: Desk, holder: Desk, tmp_path: Path
) -> None:
    sent = _send(chamber, tmp_path / "carnet.json")
    _receive(holder, sent, _trusting(chamber))
    with chamber.database.read() as session:
        theirs = show_json(session, NUMBER)
    with holder.database.read() as session:
        ours = show_json(session, NUMBER)
        trusted = trusted_keys(session)
    for key in ("items", "itinerary", "uses", "valid_until", "issued_on", "vouchers", "holder"):
        assert ours[key] == theirs[key]
    assert [t.fingerprint for t in trusted] == [chamber.keys.public_key().fingerprint]


def test_a_wrong_fingerprint_is_refused(chamber: Desk, holder: Desk, tmp_path: Path) -> None:
    sent = _send(chamber, tmp_path / "carnet.json")
    before = holder.dump()
    with pytest.raises(UserError, match="not by the fingerprint you gave"):
        _receive(holder, sent, TrustRequest(fingerprint="1234 5678 9ABC DEF0"))
    assert holder.dump() == before
    # a whole page pasted where the fingerprint goes is not repeated back whole
    with pytest.raises(UserError) as refused:
        _receive(holder, sent, TrustRequest(fingerprint="A" * 10_000))
    assert len(refused.value.message) < 300
    assert holder.dump() == before


@settings(
    max_examples=examples(60),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_changing_any_single_byte_is_refused(
    chamber: Desk, tmp_path: Path, data: st.DataObject
) -> None:
    sent = tmp_path / "carnet.json"
    if not sent.exists():
        _send(chamber, sent)
    original = sent.read_bytes()
    position = data.draw(st.integers(0, len(original) - 1))
    new_byte = data.draw(st.integers(0, 255).filter(lambda b: b != original[position]))
    altered = tmp_path / "altered.json"
    altered.write_bytes(original[:position] + bytes([new_byte]) + original[position + 1 :])
    with pytest.raises(UserError):
        read_signed_file(altered, carnet_file.CARNET_FORMAT, "signed carnet file")


def test_a_carnet_signed_by_another_key_than_the_trusted_one_is_refused(
    chamber: Desk, holder: Desk, tmp_path: Path
) -> None:
    _receive(holder, _send(chamber, tmp_path / "carnet.json"), _trusting(chamber))
    impostor = _desk(tmp_path / "impostor", chamber=True)  # also calls itself CCI Lyon, FR
    forged = tmp_path / "forged.json"
    with impostor.database.read() as session:
        carnet_file.send_carnet(session, NUMBER, forged, keys=impostor.keys, today=TODAY)
    impostor.database.dispose()
    before = holder.dump()
    with pytest.raises(UserError, match="this desk trusts"):
        _receive(holder, forged, TrustRequest())
    assert holder.dump() == before


def _travelled_holder(chamber: Desk, holder: Desk, tmp_path: Path) -> Path:
    _receive(holder, _send(chamber, tmp_path / "carnet.json"), _trusting(chamber))
    with holder.database.write() as session:
        for action, on, country, final in (
            (MovementAction.EXPORTATION, date(2026, 3, 10), "FR", None),
            (MovementAction.IMPORTATION, date(2026, 3, 11), "CH", date(2026, 6, 30)),
        ):
            movements.record_stamp(
                session,
                NUMBER,
                movements.StampRequest(action=action, on=on, country=country, final_date=final),
                confirm=False,
                user="holder",
                today=TODAY,
            )
    record = tmp_path / "record.json"
    with holder.database.read() as session:
        carnet_file.send_record(session, NUMBER, record, keys=holder.keys, today=TODAY)
    return record


def test_the_clerk_accepts_one_difference_and_rejects_the_other(
    chamber: Desk, holder: Desk, tmp_path: Path
) -> None:
    record = _travelled_holder(chamber, holder, tmp_path)
    with chamber.database.write() as session:
        done = checkin.check_in(
            session, record, accept=[1], trust=_trusting(holder), user="clerk", today=TODAY
        )
    assert done.accepted == (1,) and done.rejected == (2,)
    with chamber.database.read() as session:
        assert [m["action"] for m in show_json(session, NUMBER)["movements"]] == ["exportation"]
        left = checkin.check_in(session, record, trust=TrustRequest(), user="c", today=TODAY)
    assert [d.entry["action"] for d in left.differences] == ["importation"]


def test_a_record_signed_by_another_key_or_for_an_unknown_carnet_is_refused(
    chamber: Desk, holder: Desk, tmp_path: Path
) -> None:
    record = _travelled_holder(chamber, holder, tmp_path)
    with chamber.database.write() as session:
        checkin.check_in(
            session, record, accept="all", trust=_trusting(holder), user="clerk", today=TODAY
        )
    other = _desk(tmp_path / "other-holder", chamber=False)
    _receive(other, _send(chamber, tmp_path / "again.json"), _trusting(chamber))
    stray = tmp_path / "stray.json"
    with other.database.read() as session:
        carnet_file.send_record(session, NUMBER, stray, keys=other.keys, today=TODAY)
    before = chamber.dump()
    with chamber.database.write() as session, pytest.raises(UserError, match="this desk trusts"):
        checkin.check_in(session, stray, accept="all", trust=TrustRequest(), user="c", today=TODAY)
    assert chamber.dump() == before
    with other.database.write() as session, pytest.raises(UserError, match="not issued by this"):
        checkin.check_in(session, record, accept="all", trust=TrustRequest(), user="c", today=TODAY)
    other.database.dispose()
    fresh = _desk(tmp_path / "fresh", chamber=False)
    with fresh.database.write() as session, pytest.raises(UserError, match="not known on this"):
        checkin.check_in(session, record, trust=TrustRequest(), user="c", today=TODAY)
    fresh.database.dispose()

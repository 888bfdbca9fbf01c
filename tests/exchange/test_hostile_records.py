"""A holder's record is signed, but its signer is only as careful as the holder's desk: any
JSON inside a well-signed record must come out as a review or a one-line refusal, never as a
traceback, and a refused check-in writes nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carnet_app.errors import UserError
from carnet_app.services import carnet_file, checkin
from carnet_app.services.carnet_file import CARNET_FORMAT, RECORD_FORMAT
from carnet_app.services.signed_files import signed_file_bytes
from tests.examples import examples
from tests.exchange.test_signed_files import (
    TODAY,
    Desk,
    _desk,
    _send,
    _travelled_holder,
    _trusting,
)

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
    | st.sampled_from(["2026-03-11", "CH", "importation", "exportation", "event", "1:2"]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


# values of the right shape that a careless or hostile holder's desk could still sign: an
# unknown country, pieces the carnet does not have, a stamp that refers to no stamp, dates far
# away or before the carnet
PLAUSIBLE_VALUES = st.sampled_from(
    [
        "ZZ",
        "ch",
        "",
        "FR",
        None,
        "0001-01-01",
        "9999-12-31",
        "2026-02-29",
        "2026-03-01",
        {"999": 1},
        {"1": 10**8},
        {},
        {"1": 1, "2": 999_999},
        [999],
        [1, 1],
        [],
        {"colour": "purple", "no": 1},
        {"colour": "white", "no": 999_999},
        {"colour": None},
        "transit",
        "importation",
        "re-exportation",
        "lost",
        "x" * 300,
    ]
)


class _RolledBack(Exception):
    """Raised inside the write block so that an accepted check-in is not kept between
    examples: each example starts from the same chamber desk."""


@pytest.fixture(scope="module")
def travelled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Desk, Desk, dict]]:
    folder = tmp_path_factory.mktemp("hostile-records")
    chamber = _desk(folder / "chamber", chamber=True)
    holder = _desk(folder / "holder", chamber=False)
    record = _travelled_holder(chamber, holder, folder)
    genuine = json.loads(record.read_text("utf-8"))["payload"]
    yield chamber, holder, genuine
    chamber.database.dispose()
    holder.database.dispose()


@settings(
    max_examples=examples(120),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_any_field_of_a_signed_record_is_reviewed_or_refused_in_one_line(
    travelled: tuple[Desk, Desk, dict], tmp_path: Path, data: st.DataObject
) -> None:
    chamber, holder, genuine = travelled
    entries = [dict(entry) for entry in genuine["entries"]]
    index = data.draw(st.integers(0, len(entries) - 1), label="entry")
    field = data.draw(
        st.sampled_from([*sorted(entries[index]), "items", "refers_to", "final_date"]),
        label="field",
    )
    entries[index][field] = data.draw(JSON_VALUES | PLAUSIBLE_VALUES, label="value")
    record = tmp_path / "record.json"
    record.write_bytes(
        signed_file_bytes(RECORD_FORMAT, {**genuine, "entries": entries}, holder.keys)
    )
    before = chamber.dump()
    for accept in (None, "all"):
        try:
            with chamber.database.write() as session:
                checkin.check_in(
                    session,
                    record,
                    accept=accept,
                    trust=_trusting(holder),
                    user="clerk",
                    today=TODAY,
                )
                raise _RolledBack
        except _RolledBack:
            pass
        except UserError as refusal:
            text = str(refusal.said)
            assert text and "\n" not in text and "Traceback" not in text
        assert chamber.dump() == before


@pytest.fixture(scope="module")
def sent_carnet(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Desk, Desk, dict]]:
    folder = tmp_path_factory.mktemp("hostile-carnets")
    chamber = _desk(folder / "chamber", chamber=True)
    holder = _desk(folder / "holder", chamber=False)
    genuine = json.loads(_send(chamber, folder / "carnet.json").read_text("utf-8"))["payload"]
    yield chamber, holder, genuine
    chamber.database.dispose()
    holder.database.dispose()


@settings(
    max_examples=examples(120),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_any_field_of_a_signed_carnet_file_is_received_or_refused_in_one_line(
    sent_carnet: tuple[Desk, Desk, dict], tmp_path: Path, data: st.DataObject
) -> None:
    """The same for a carnet file from another chamber: the exhibitor's desk brings it in
    exactly as written or refuses it, and a refusal leaves the desk as it was."""
    chamber, holder, genuine = sent_carnet
    payload = json.loads(json.dumps(genuine))
    if data.draw(st.booleans(), label="in the goods"):
        line = data.draw(st.sampled_from(payload["goods"]), label="line")
        field = data.draw(st.sampled_from(sorted(line)), label="field")
        line[field] = data.draw(JSON_VALUES | PLAUSIBLE_VALUES, label="value")
    else:
        field = data.draw(st.sampled_from(sorted(payload)), label="field")
        payload[field] = data.draw(JSON_VALUES | PLAUSIBLE_VALUES, label="value")
    sent = tmp_path / "carnet.json"
    sent.write_bytes(signed_file_bytes(CARNET_FORMAT, payload, chamber.keys))
    before = holder.dump()
    try:
        with holder.database.write() as session:
            carnet_file.receive_carnet(
                session, sent, trust=_trusting(chamber), user="holder", today=TODAY
            )
            raise _RolledBack
    except _RolledBack:
        pass
    except UserError as refusal:
        text = str(refusal.said)
        assert text and "\n" not in text and "Traceback" not in text
    assert holder.dump() == before

"""A replacement carnet is valid from the original's expiry, one year on (its issue date can be
a year before its validity ends): the file the chamber signs for it must be taken in by the
exhibitor's desk, with the validity the chamber gave it."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import CarnetCommand, command_for
from tests.conftest import TEST_DATA

TODAY = "2026-06-01"


def _ok(done: object) -> None:
    assert getattr(done, "code", None) == 0, getattr(done, "stderr", done)


def test_a_replacement_sent_by_the_chamber_is_received_with_its_validity(
    carnet: CarnetCommand, tmp_path: Path
) -> None:
    _ok(carnet("init"))
    _ok(carnet("association", "set", "--name", "CCI Lyon", "--country", "FR",
               "--currency", "EUR", "--code", "LY"))  # fmt: skip
    _ok(carnet("apply", str(TEST_DATA / "application-trade-fair.json")))
    _ok(carnet("issue", "1", "--date", "2026-03-02", today=TODAY))
    _ok(carnet("record", "FR/LY/000001", "exportation", "--date", "2026-03-05", today=TODAY))
    _ok(carnet("record", "FR/LY/000001", "importation", "--country", "CH",
               "--date", "2026-03-06", today=TODAY))  # fmt: skip
    _ok(carnet("replace", "FR/LY/000001", "--country", "CH", "--date", "2026-04-01",
               today=TODAY))  # fmt: skip
    replacement = carnet("show", "FR/LY/000002", "--json", today=TODAY).json
    assert replacement["valid_until"] > "2027-04-01"  # a year from the original's expiry
    sent = carnet("send", "FR/LY/000002", "--out", str(tmp_path / "r.carnet"), "--json",
                  today=TODAY)  # fmt: skip
    _ok(sent)

    exhibitor = command_for(tmp_path / "exhibitor.sqlite3", tmp_path / "exhibitor-data")
    _ok(exhibitor("init"))
    received = exhibitor("receive", str(tmp_path / "r.carnet"),
                         "--trust-fingerprint", sent.json["fingerprint"], today=TODAY)  # fmt: skip
    _ok(received)
    taken = exhibitor("show", "FR/LY/000002", "--json", today=TODAY).json
    assert taken["valid_until"] == replacement["valid_until"]
    assert taken["issued_on"] == replacement["issued_on"]
    assert taken["kind"] == replacement["kind"] == "replacement"

"""The whole path between a chamber's desk and its holder's desk, through the signed files:
issue and send, receive, stamps abroad, the record sent back, check-in, discharge — and every
tampered or foreign file refused with nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.exchange.conftest import Desk, DeskFactory

NUMBER = "FR/LY/000001"


def _holder_with_carnet(chamber: Desk, desk: DeskFactory, tmp_path: Path) -> tuple[Desk, Path]:
    carnet_file = tmp_path / "carnet.json"
    sent = chamber.ok("send", NUMBER, "--out", str(carnet_file))
    holder = desk("holder")
    holder.ok("init")
    before = holder.dump()
    first = holder("receive", str(carnet_file))
    assert first.code == 2
    assert sent["fingerprint"] in first.stderr and "--trust-fingerprint" in first.stderr
    assert holder.dump() == before
    holder.ok("receive", str(carnet_file), "--trust-fingerprint", sent["fingerprint"])
    return holder, carnet_file


@pytest.mark.slow  # a whole journey through the command line; CI runs it
def test_issue_send_receive_travel_send_back_check_in_and_discharge(
    chamber: Desk, desk: DeskFactory, tmp_path: Path
) -> None:
    holder, _ = _holder_with_carnet(chamber, desk, tmp_path)
    shown = holder.ok("show", NUMBER)
    assert len(shown["items"]) == 20
    assert shown["association"]["name"] == "CCI Lyon"
    assert shown["registered"]["source"] == "received"

    day = "2026-04-20"
    holder.ok("record", NUMBER, "exportation", "--date", "2026-03-10", "--country", "FR", today=day)
    holder.ok(
        "record",
        NUMBER,
        "importation",
        "--date",
        "2026-03-11",
        "--country",
        "CH",
        "--final-date",
        "2026-06-30",
        today=day,
    )
    alerts = holder.ok("alerts", "--within", "120", today=day)["alerts"]
    assert any(a["kind"] == "final-date" and a["due"] == "2026-06-30" for a in alerts)
    holder.ok(
        "record",
        NUMBER,
        "re-exportation",
        "--date",
        "2026-04-01",
        "--country",
        "CH",
        "--items",
        "1-5",
        today=day,
    )
    holder.ok(
        "record", NUMBER, "re-exportation", "--date", "2026-04-10", "--country", "CH", today=day
    )
    holder.ok(
        "record", NUMBER, "re-importation", "--date", "2026-04-11", "--country", "FR", today=day
    )
    record = tmp_path / "record.json"
    holder_key = holder.ok("send", NUMBER, "--record", "--out", str(record), today=day)
    key_file = tmp_path / "holder.key"
    holder.ok("key", "export", "--out", str(key_file))

    # the chamber stamped the exportation itself when the goods left
    chamber.ok(
        "record", NUMBER, "exportation", "--date", "2026-03-10", "--country", "FR", today=day
    )
    before = chamber.dump()
    unknown = chamber("checkin", str(record), today=day)
    assert unknown.code == 2 and holder_key["fingerprint"] in unknown.stderr
    review = chamber.ok("checkin", str(record), "--trust", str(key_file), today=day)
    assert [d["entry"]["action"] for d in review["differences"]] == [
        "importation",
        "re-exportation",
        "re-exportation",
        "re-importation",
    ]
    assert chamber.dump() == before  # showing the differences writes nothing

    done = chamber.ok(
        "checkin", str(record), "--trust", str(key_file), "--accept", "all", today=day
    )
    assert done["accepted"] == [1, 2, 3, 4] and done["rejected"] == []
    assert chamber.ok("checkin", str(record), today=day)["differences"] == []
    chamber.ok("return", NUMBER, "--date", "2026-04-15", today=day)
    assert chamber.ok("discharge", NUMBER, "--date", "2026-04-16", today=day)["status"] == (
        "discharged"
    )

"""A replacement carnet is valid from the original's expiry, one year on (its issue date can be
a year before its validity ends): the file the chamber signs for it must be taken in by the
exhibitor's desk, with the validity the chamber gave it — and with its goods where they are
(abroad, in the consenting country), so the exhibitor can stamp them home. A duplicate for a
lost carnet travels the same way, with the goods spread where the lost one left them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from carnet_app.domain.json_types import JsonValue
from tests.cli.conftest import CarnetCommand, Run, command_for, dump
from tests.conftest import TEST_DATA

TODAY = "2026-06-01"
ORIGINAL = "FR/LY/000001"


def _ok(done: Run) -> dict[str, Any]:
    assert done.code == 0, done.stderr
    return done.json if done.stdout.lstrip().startswith("{") else {}


def _chamber_with_goods_abroad(carnet: CarnetCommand, *items: str) -> None:
    """The trade-fair carnet (item 1: one turbine model, item 2: two screens) exported, then
    imported into Switzerland (the ``items`` named, else all)."""
    _ok(carnet("init"))
    _ok(carnet("association", "set", "--name", "CCI Lyon", "--country", "FR",
               "--currency", "EUR", "--code", "LY"))  # fmt: skip
    _ok(carnet("apply", str(TEST_DATA / "application-trade-fair.json")))
    _ok(carnet("issue", "1", "--date", "2026-03-02", today=TODAY))
    _ok(carnet("record", ORIGINAL, "exportation", "--date", "2026-03-05", today=TODAY))
    selection = ("--items", *items) if items else ()
    _ok(carnet("record", ORIGINAL, "importation", "--country", "CH", *selection,
               "--date", "2026-03-06", today=TODAY))  # fmt: skip


def _received(carnet: CarnetCommand, number: str, tmp_path: Path) -> CarnetCommand:
    sent = carnet("send", number, "--out", str(tmp_path / "sent.carnet"), "--json", today=TODAY)
    _ok(sent)
    exhibitor = command_for(tmp_path / "exhibitor.sqlite3", tmp_path / "exhibitor-data")
    _ok(exhibitor("init"))
    _ok(exhibitor("receive", str(tmp_path / "sent.carnet"),
                  "--trust-fingerprint", sent.json["fingerprint"], today=TODAY))  # fmt: skip
    return exhibitor


def _where(shown: dict[str, Any]) -> dict[int, dict[str, int]]:
    return {item["item_no"]: item["where"] for item in shown["items"]}


def test_a_replacement_sent_by_the_chamber_is_received_with_its_validity_and_goods_abroad(
    carnet: CarnetCommand, tmp_path: Path
) -> None:
    _chamber_with_goods_abroad(carnet)
    _ok(carnet("replace", ORIGINAL, "--country", "CH", "--date", "2026-04-01",
               today=TODAY))  # fmt: skip
    replacement = _ok(carnet("show", "FR/LY/000002", "--json", today=TODAY))
    assert replacement["valid_until"] > "2027-04-01"  # a year from the original's expiry

    exhibitor = _received(carnet, "FR/LY/000002", tmp_path)
    taken = _ok(exhibitor("show", "FR/LY/000002", "--json", today=TODAY))
    assert taken["valid_until"] == replacement["valid_until"]
    assert taken["issued_on"] == replacement["issued_on"]
    assert taken["kind"] == replacement["kind"] == "replacement"
    assert taken["status"] == replacement["status"] == "active"
    assert _where(taken) == _where(replacement) == {1: {"CH": 1}, 2: {"CH": 2}}

    # the exhibitor brings the goods home on the replacement
    _ok(exhibitor("record", "FR/LY/000002", "re-exportation", "--country", "CH",
                  "--date", "2026-06-01", today=TODAY))  # fmt: skip
    _ok(exhibitor("record", "FR/LY/000002", "re-importation", "--country", "FR",
                  "--date", "2026-06-01", today=TODAY))  # fmt: skip
    home = _ok(exhibitor("show", "FR/LY/000002", "--json", today=TODAY))
    assert _where(home) == {1: {"home": 1}, 2: {"home": 2}}

    # the chamber takes the exhibitor's record in: the same goods come home on its side
    record, key = tmp_path / "record.json", tmp_path / "exhibitor.key"
    _ok(exhibitor("send", "FR/LY/000002", "--record", "--out", str(record), today=TODAY))
    _ok(exhibitor("key", "export", "--out", str(key)))
    _ok(carnet("checkin", str(record), "--trust", str(key), "--accept", "all", today=TODAY))
    assert _where(_ok(carnet("show", "FR/LY/000002", "--json", today=TODAY))) == _where(home)


def test_a_duplicate_is_received_with_the_goods_where_the_lost_carnet_left_them(
    carnet: CarnetCommand, tmp_path: Path
) -> None:
    _chamber_with_goods_abroad(carnet)
    _ok(carnet("record", ORIGINAL, "re-exportation", "--country", "CH", "--items", "2:1",
               "--date", "2026-03-20", today=TODAY))  # fmt: skip
    _ok(carnet("record", ORIGINAL, "re-importation", "--country", "FR", "--items", "2:1",
               "--date", "2026-03-21", today=TODAY))  # fmt: skip
    _ok(carnet("duplicate", ORIGINAL, "--date", "2026-04-01", today=TODAY))
    duplicate = _ok(carnet("show", "FR/LY/000001-D1", "--json", today=TODAY))
    assert _where(duplicate) == {1: {"CH": 1}, 2: {"CH": 1, "home": 1}}

    exhibitor = _received(carnet, duplicate["number"], tmp_path)
    taken = _ok(exhibitor("show", duplicate["number"], "--json", today=TODAY))
    assert (taken["kind"], taken["status"]) == ("duplicate", "active")
    assert _where(taken) == _where(duplicate)
    assert taken["carried_importations"] == duplicate["carried_importations"]
    # the importation the duplicate carries is closed by the re-exportation from Switzerland
    _ok(exhibitor("record", duplicate["number"], "re-exportation", "--country", "CH",
                  "--date", "2026-06-01", today=TODAY))  # fmt: skip
    assert _where(_ok(exhibitor("show", duplicate["number"], "--json", today=TODAY))) == {
        1: {"en-route": 1},
        2: {"en-route": 1, "home": 1},
    }
    _ok(exhibitor("record", duplicate["number"], "re-importation", "--country", "FR",
                  "--date", "2026-06-01", today=TODAY))  # fmt: skip

    # the chamber takes in the record whose re-exportation closes the carried importation
    record, key = tmp_path / "record.json", tmp_path / "exhibitor.key"
    _ok(exhibitor("send", duplicate["number"], "--record", "--out", str(record), today=TODAY))
    _ok(exhibitor("key", "export", "--out", str(key)))
    _ok(carnet("checkin", str(record), "--trust", str(key), "--accept", "all", today=TODAY))
    at_chamber = _ok(carnet("show", duplicate["number"], "--json", today=TODAY))
    assert _where(at_chamber) == {1: {"home": 1}, 2: {"home": 2}}
    assert [m["refers_to"] for m in at_chamber["movements"]] == [
        m["refers_to"]
        for m in _ok(exhibitor("show", duplicate["number"], "--json", today=TODAY))["movements"]
    ]


@pytest.mark.parametrize(
    ("opening", "words"),
    [
        ({"positions": {"1": {"CH": 2}, "2": {"CH": 2}}, "importations": []}, "item 1"),
        (
            {"positions": {"1": {"CH": 1}, "2": {"CH": 2}, "9": {"CH": 1}}, "importations": []},
            "item 9",
        ),
        ({"positions": {"1": {"ZZ": 1}, "2": {"CH": 2}}, "importations": []}, "ZZ"),
        ({"positions": {"1": {"CH": -1, "home": 2}, "2": {"CH": 2}}, "importations": []}, "item 1"),
        ({"positions": [], "importations": []}, "opening"),
        (
            {
                "positions": {"1": {"CH": 1}, "2": {"CH": 2}},
                "importations": [
                    {"voucher": n, "territory": "CH", "final_date": None, "items": {"2": 2}}
                    for n in (1, 2)
                ],
            },
            "item 2",
        ),
        (
            {
                "positions": {"1": {"CH": 1}, "2": {"CH": 2}},
                "importations": [
                    {"voucher": 1, "territory": "CH", "final_date": day, "items": {"1": 1}}
                    for day in ("2026-05-30", "2026-06-30")
                ],
            },
            "voucher 1 is listed twice",
        ),
    ],
    ids=[
        "more pieces than listed",
        "an item not listed",
        "no such place",
        "negative",
        "list",
        "more pieces under importation than there",
        "a voucher twice",
    ],
)
def test_a_carnet_file_whose_goods_stand_nowhere_they_can_is_refused_whole(
    carnet: CarnetCommand, tmp_path: Path, opening: JsonValue, words: str
) -> None:
    """The positions come signed by the chamber (the test re-signs its altered file with the
    chamber's own key); positions that do not add up to the general list, or stand where the
    itinerary does not go, are refused in one line with nothing taken in."""
    _chamber_with_goods_abroad(carnet)
    _ok(carnet("replace", ORIGINAL, "--country", "CH", "--date", "2026-04-01", today=TODAY))
    from carnet_app.keys import KeyStore
    from carnet_app.services.signed_files import read_signed_file, signed_file_bytes

    sent = tmp_path / "sent.carnet"
    _ok(carnet("send", "FR/LY/000002", "--out", str(sent), today=TODAY))
    payload = dict(read_signed_file(sent, "carnet-desk.carnet/1", "carnet").payload)
    payload["opening"] = opening
    keys = KeyStore(tmp_path / "data" / "keys")
    altered = tmp_path / "altered.carnet"
    altered.write_bytes(signed_file_bytes("carnet-desk.carnet/1", payload, keys))
    fingerprint = keys.public_key().fingerprint

    exhibitor = command_for(tmp_path / "exhibitor.sqlite3", tmp_path / "exhibitor-data")
    _ok(exhibitor("init"))
    before = dump(tmp_path / "exhibitor.sqlite3")
    refused = exhibitor("receive", str(altered), "--trust-fingerprint", fingerprint, today=TODAY)
    assert refused.code == 2, refused.stdout
    assert "Traceback" not in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1, refused.stderr
    assert words in refused.stderr, refused.stderr
    assert dump(tmp_path / "exhibitor.sqlite3") == before


def test_a_typed_replacement_starts_with_its_goods_in_its_one_country(
    carnet: CarnetCommand, tmp_path: Path
) -> None:
    document = json.loads((TEST_DATA / "application-trade-fair.json").read_text())
    document.update(
        number="GB/LO/004711",
        kind="replacement",
        issuer={"name": "London Chamber of Commerce", "country": "GB"},
        issued_on="2026-04-01",
        valid_until="2027-03-01",
        itinerary=[{"country": "CH", "kind": "visit", "times": 1}],
        sheets={
            "yellow": {"exportation": 1, "re-importation": 1},
            "white": {"importation": 1, "re-exportation": 1},
        },
    )
    typed = tmp_path / "typed.json"
    typed.write_text(json.dumps(document))
    _ok(carnet("init"))
    _ok(carnet("register", str(typed), "--json", today=TODAY))
    shown = _ok(carnet("show", "GB/LO/004711", "--json", today=TODAY))
    assert shown["status"] == "active"
    assert _where(shown) == {1: {"CH": 1}, 2: {"CH": 2}}
    _ok(carnet("record", "GB/LO/004711", "re-exportation", "--country", "CH",
               "--date", "2026-05-01", today=TODAY))  # fmt: skip

    document["itinerary"].append({"country": "NO", "kind": "visit", "times": 1})
    document["number"] = "GB/LO/004712"
    typed.write_text(json.dumps(document))
    refused = carnet("register", str(typed), today=TODAY)
    assert refused.code == 2 and "one country" in refused.stderr, refused.stderr
    document["itinerary"] = [{"country": "CH", "kind": "transit", "times": 1}]
    typed.write_text(json.dumps(document))
    refused = carnet("register", str(typed), today=TODAY)
    assert refused.code == 2 and "a transit is no stay" in refused.stderr, refused.stderr


def _cover_text(carnet: CarnetCommand, number: str, out: Path) -> str:
    _ok(carnet("render", number, "--part", "cover", "--out", str(out), today=TODAY))
    with pdfplumber.open(out) as pdf:
        return " ".join((page.extract_text() or "") for page in pdf.pages)


def test_a_received_duplicate_names_the_carnet_it_follows_and_supersedes_it_here(
    carnet: CarnetCommand, tmp_path: Path
) -> None:
    """The exhibitor took in the original, then the duplicate for it (lost): one carnet to
    follow, the duplicate, and its cover prints the original's number."""
    _chamber_with_goods_abroad(carnet)
    exhibitor = _received(carnet, ORIGINAL, tmp_path)
    _ok(carnet("duplicate", ORIGINAL, "--date", "2026-04-01", today=TODAY))
    duplicate = f"{ORIGINAL}-D1"
    sent = carnet("send", duplicate, "--out", str(tmp_path / "d1.carnet"), "--json", today=TODAY)
    fingerprint = _ok(sent)["fingerprint"]
    answer = _ok(exhibitor("receive", str(tmp_path / "d1.carnet"), "--json",
                           "--trust-fingerprint", fingerprint, today=TODAY))  # fmt: skip
    assert (answer["kind"], answer["follows"], answer["status"]) == (
        "duplicate",
        ORIGINAL,
        "active",
    )
    assert answer["predecessor"] == {"number": ORIGINAL, "status": "superseded"}
    taken = _ok(exhibitor("show", duplicate, "--json", today=TODAY))
    assert taken["follows"] == ORIGINAL
    assert _ok(exhibitor("show", ORIGINAL, "--json", today=TODAY))["status"] == "superseded"
    listed = _ok(exhibitor("list", "--status", "active", "--json", today=TODAY))
    assert [row["number"] for row in listed["carnets"]] == [duplicate]
    assert f"DUPLICATE OF A.T.A. CARNET No. {ORIGINAL}" in _cover_text(
        exhibitor, duplicate, tmp_path / "d1.pdf"
    )

    elsewhere = command_for(tmp_path / "other.sqlite3", tmp_path / "other-data")
    _ok(elsewhere("init"))
    there = _ok(elsewhere("receive", str(tmp_path / "d1.carnet"), "--json",
                          "--trust-fingerprint", fingerprint, today=TODAY))  # fmt: skip
    assert (there["follows"], there["predecessor"]) == (ORIGINAL, None)  # not held there
    assert _ok(elsewhere("show", duplicate, "--json", today=TODAY))["follows"] == ORIGINAL


def test_a_received_replacement_takes_the_goods_over_from_the_original_here(
    carnet: CarnetCommand, tmp_path: Path
) -> None:
    _chamber_with_goods_abroad(carnet)
    exhibitor = _received(carnet, ORIGINAL, tmp_path)
    _ok(exhibitor("record", ORIGINAL, "exportation", "--date", "2026-03-05", today=TODAY))
    _ok(exhibitor("record", ORIGINAL, "importation", "--country", "CH",
                  "--date", "2026-03-06", today=TODAY))  # fmt: skip
    _ok(carnet("replace", ORIGINAL, "--country", "CH", "--date", "2026-04-01", today=TODAY))
    sent = carnet("send", "FR/LY/000002", "--out", str(tmp_path / "r.carnet"), "--json",
                  today=TODAY)  # fmt: skip
    received = exhibitor("receive", str(tmp_path / "r.carnet"),
                         "--trust-fingerprint", _ok(sent)["fingerprint"], today=TODAY)  # fmt: skip
    assert received.code == 0, received.stderr
    # the clerk reads at once what became of the original on this desk
    assert f"carnet {ORIGINAL} on this desk: now replaced" in received.stdout
    original_here = _ok(exhibitor("show", ORIGINAL, "--json", today=TODAY))
    original_there = _ok(carnet("show", ORIGINAL, "--json", today=TODAY))
    assert original_here["status"] == original_there["status"] == "replaced"
    assert _where(original_here) == _where(original_there)
    assert "REPLACEMENT FOR A.T.A. CARNET No. FR/LY/000001" in _cover_text(
        exhibitor, "FR/LY/000002", tmp_path / "r.pdf"
    )

    def deadlines(desk: CarnetCommand) -> list[tuple[str, str, str]]:
        alerts = _ok(desk("alerts", "--within", "400", "--json", today=TODAY))["alerts"]
        return sorted((a["carnet"], a["kind"], a["due"]) for a in alerts)

    assert deadlines(exhibitor) == deadlines(carnet)  # the same deadlines, none twice


def test_only_a_duplicate_or_a_replacement_follows_another_carnet(
    carnet: CarnetCommand, tmp_path: Path
) -> None:
    cover = {"number": "US 004711", "follows": "US 000815", "issued_on": "2026-04-01",
             "valid_until": "2027-03-31"}  # fmt: skip
    _ok(carnet("init"))
    refused = carnet("register", str(_typed(tmp_path, "original", **cover)), today=TODAY)
    assert refused.code == 2 and "follows" in refused.stderr, refused.stderr
    typed = _typed(tmp_path, "duplicate", kind="duplicate", **cover)
    _ok(carnet("register", str(typed), today=TODAY))
    assert _ok(carnet("show", "US 004711", "--json", today=TODAY))["follows"] == "US 000815"


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", "taken over by a replacement carnet"),
        ("fr", "reprises par un carnet de remplacement"),
    ],
)
def test_goods_a_replacement_took_over_are_said_so_in_the_desks_language(
    carnet: CarnetCommand, language: str, words: str
) -> None:
    _chamber_with_goods_abroad(carnet)
    _ok(carnet("replace", ORIGINAL, "--country", "CH", "--date", "2026-04-01", today=TODAY))
    shown = carnet("--lang", language, "show", ORIGINAL, today=TODAY)
    assert shown.code == 0, shown.stderr
    assert words in shown.stdout and "transferred" not in shown.stdout, shown.stdout


def test_a_carnet_whose_goods_a_replacement_took_over_only_in_part_stays_in_use(
    carnet: CarnetCommand, tmp_path: Path
) -> None:
    """Item 1 stays in Switzerland under a replacement; item 2 travels on under the original:
    the original is still in use (sent, stamped, duplicated if lost), not "replaced"."""
    _chamber_with_goods_abroad(carnet, "1")
    _ok(carnet("replace", ORIGINAL, "--country", "CH", "--date", "2026-04-01", today=TODAY))
    original = _ok(carnet("show", ORIGINAL, "--json", today=TODAY))
    assert original["status"] == "active"
    assert _where(original)[2] == {"en-route": 2}
    _ok(carnet("send", ORIGINAL, "--out", str(tmp_path / "o.carnet"), today=TODAY))
    _ok(carnet("record", ORIGINAL, "importation", "--country", "GB",
               "--date", "2026-04-02", today=TODAY))  # fmt: skip
    _ok(carnet("duplicate", ORIGINAL, "--date", "2026-04-03", today=TODAY))


def test_a_duplicate_for_a_carnet_whose_goods_all_left_it_is_refused(
    carnet: CarnetCommand, db_file: Path
) -> None:
    """Every piece sold in Switzerland: a duplicate would cover nothing, yet was issued with
    voucher sets and charged."""
    _chamber_with_goods_abroad(carnet)
    _ok(carnet("event", ORIGINAL, "sold", "--date", "2026-03-15", "--country", "CH",
               "--items", "1-2", today=TODAY))  # fmt: skip
    before = dump(db_file)
    refused = carnet("duplicate", ORIGINAL, "--date", "2026-03-22", today=TODAY)
    assert refused.code == 2, refused.stdout
    assert "nothing" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    assert dump(db_file) == before


def test_a_french_desk_says_the_goods_a_replacement_took_over_agreeing(
    carnet: CarnetCommand,
) -> None:
    _chamber_with_goods_abroad(carnet)
    _ok(carnet("replace", ORIGINAL, "--country", "CH", "--date", "2026-04-01", today=TODAY))
    shown = carnet("--lang", "fr", "show", ORIGINAL, today=TODAY)
    assert shown.code == 0, shown.stderr
    assert "marchandises remplacées" in shown.stdout and "remplacé " not in shown.stdout


def test_a_duplicate_of_a_replacement_is_received_with_the_replacements_validity(
    carnet: CarnetCommand, tmp_path: Path
) -> None:
    _chamber_with_goods_abroad(carnet)
    _ok(carnet("replace", ORIGINAL, "--country", "CH", "--date", "2026-05-01", today=TODAY))
    _ok(carnet("duplicate", "FR/LY/000002", "--date", "2026-05-05", today=TODAY))
    duplicate = _ok(carnet("show", "FR/LY/000002-D1", "--json", today=TODAY))
    assert duplicate["valid_until"] > "2027-05-05"  # the replacement's, past a year
    exhibitor = _received(carnet, "FR/LY/000002-D1", tmp_path)
    taken = _ok(exhibitor("show", "FR/LY/000002-D1", "--json", today=TODAY))
    assert (taken["valid_until"], taken["follows"]) == (duplicate["valid_until"], "FR/LY/000002")
    assert _where(taken) == _where(duplicate)


def test_a_carnet_that_follows_itself_is_refused(carnet: CarnetCommand, tmp_path: Path) -> None:
    typed = _typed(tmp_path, "self", number="US 123456", kind="duplicate", follows="US 123456",
                   issued_on="2026-04-01", valid_until="2027-03-31")  # fmt: skip
    _ok(carnet("init"))
    refused = carnet("register", str(typed), today=TODAY)
    assert refused.code == 2 and "follows" in refused.stderr and "itself" in refused.stderr


def test_an_original_received_after_its_duplicate_comes_in_superseded(
    carnet: CarnetCommand, tmp_path: Path
) -> None:
    _chamber_with_goods_abroad(carnet)
    original = carnet("send", ORIGINAL, "--out", str(tmp_path / "o.carnet"), "--json", today=TODAY)
    _ok(carnet("duplicate", ORIGINAL, "--date", "2026-04-01", today=TODAY))
    exhibitor = _received(carnet, f"{ORIGINAL}-D1", tmp_path)
    _ok(exhibitor("receive", str(tmp_path / "o.carnet"),
                  "--trust-fingerprint", _ok(original)["fingerprint"], today=TODAY))  # fmt: skip
    assert _ok(exhibitor("show", ORIGINAL, "--json", today=TODAY))["status"] == "superseded"
    refused = exhibitor("record", ORIGINAL, "exportation", "--date", "2026-04-10", today=TODAY)
    assert refused.code == 2 and len(refused.stderr.strip().splitlines()) == 1
    active = _ok(exhibitor("list", "--status", "active", "--json", today=TODAY))["carnets"]
    assert [row["number"] for row in active] == [f"{ORIGINAL}-D1"]


def _typed(tmp_path: Path, name: str, **changes: Any) -> Path:
    document = json.loads((TEST_DATA / "application-trade-fair.json").read_text())
    document.update(
        issuer={"name": "USCIB", "country": "US"},
        sheets={
            "yellow": {"exportation": 2, "re-importation": 2},
            "white": {"importation": 2, "re-exportation": 2},
        },
        **changes,
    )
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(document))
    return path


@pytest.mark.parametrize("kind", ["duplicate", "replacement"])
def test_a_duplicate_or_replacement_typed_from_its_cover_takes_over_from_the_original_here(
    carnet: CarnetCommand, tmp_path: Path, kind: str
) -> None:
    """No chamber file: the typed copy follows the original this desk holds. A duplicate
    carries the goods where the original left them; a replacement takes over those in its
    country, its lines matched to the original's by their description."""
    _ok(carnet("init"))
    original = _typed(tmp_path, "original", number="US 111111",
                      issued_on="2026-03-02", valid_until="2027-03-01")  # fmt: skip
    _ok(carnet("register", str(original), "--json", today=TODAY))
    _ok(carnet("record", "US 111111", "exportation", "--date", "2026-03-10", today=TODAY))
    _ok(carnet("record", "US 111111", "importation", "--country", "CH",
               "--date", "2026-03-11", today=TODAY))  # fmt: skip
    copy = _typed(tmp_path, kind, number="US 222222", kind=kind, follows="US 111111",
                  issued_on="2026-04-01", valid_until="2027-03-01",
                  itinerary=[{"country": "CH", "kind": "visit", "times": 1}])  # fmt: skip
    _ok(carnet("register", str(copy), "--json", today=TODAY))
    shown = _ok(carnet("show", "US 222222", "--json", today=TODAY))
    before = _ok(carnet("show", "US 111111", "--json", today=TODAY))
    assert (shown["status"], shown["follows"]) == ("active", "US 111111")
    assert _where(shown) == {1: {"CH": 1}, 2: {"CH": 2}}
    assert before["status"] == {"duplicate": "superseded", "replacement": "replaced"}[kind]
    history = _ok(carnet("audit", "US 111111", "--json", today=TODAY))
    assert "registered from its cover" in json.dumps(history)

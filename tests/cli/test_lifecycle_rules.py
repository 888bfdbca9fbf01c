"""Issue 13 through the `carnet` command: a whole life with a check-in after the return and a
claim settled by proof, and each lifecycle or money rule refused with one line and nothing
written."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.cli.conftest import CarnetCommand, command_for, dump
from tests.conftest import TEST_DATA

TODAY = "2026-11-27"
FILM = str(TEST_DATA / "application-film-shoot.json")


def _ok(result: Any) -> Any:
    assert result.code == 0, result.stderr
    return result.json


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """An issued film-shoot carnet (FR/LY/000001, valid until 2027-03-01), and the same carnet
    in use: everything exported (final date for re-importation 2026-03-31), items 1-10
    imported into CH, then the rest into CH on a second importation naming no items."""
    folder = tmp_path_factory.mktemp("rules")
    issued = folder / "issued.sqlite3"
    carnet = command_for(issued, folder / "data")
    _ok(
        carnet(
            "association", "set", "--name", "CCI Lyon", "--country", "FR", "--currency", "EUR",
            "--code", "LY", "--json",
        )
    )  # fmt: skip
    draft = _ok(carnet("apply", FILM, "--json"))
    _ok(carnet("issue", str(draft["id"]), "--date", "2026-03-02", "--json", today=TODAY))
    used = folder / "used.sqlite3"
    _copy(issued, used)
    carnet = command_for(used, folder / "data")
    n = "FR/LY/000001"
    for args in (
        ("exportation", "--date", "2026-03-10", "--final-date", "2026-03-31"),
        ("importation", "--date", "2026-03-10", "--country", "CH", "--items", "1-10"),
        ("importation", "--date", "2026-03-11", "--country", "CH", "--final-date", "2026-09-10"),
    ):
        _ok(carnet("record", n, *args, "--json", today=TODAY))
    return {"issued": issued, "used": used}


def _copy(source: Path, target: Path) -> None:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


@pytest.fixture
def issued(templates: dict[str, Path], db_file: Path) -> str:
    _copy(templates["issued"], db_file)
    return "FR/LY/000001"


@pytest.fixture
def used(templates: dict[str, Path], db_file: Path) -> str:
    _copy(templates["used"], db_file)
    return "FR/LY/000001"


def _refused(carnet: CarnetCommand, db_file: Path, *args: str, today: str = TODAY) -> str:
    before = dump(db_file)
    result = carnet(*args, today=today)
    assert result.code == 2, (result.stdout, result.stderr)
    assert result.stderr.count("\n") == 1 and result.stdout == ""
    assert "refused: refused" not in result.stderr
    assert dump(db_file) == before
    return result.stderr


def test_whole_life_with_partial_re_exportations_a_check_in_and_a_claim_settled_by_proof(
    carnet: CarnetCommand, issued: str, db_file: Path
) -> None:
    def run(*args: str) -> Any:
        return _ok(carnet(*args, "--json", today=TODAY))

    run("record", issued, "exportation", "--date", "2026-03-10")
    run("record", issued, "importation", "--date", "2026-03-10", "--country", "CH")
    run("record", issued, "re-exportation", "--date", "2026-04-20", "--country", "CH",
        "--items", "1-10")  # fmt: skip
    run("return", issued, "--date", "2026-06-01")
    # check-in: the chamber finds a re-exportation stamped before the return
    assert "returned to the chamber on 2026-06-01" in _refused(
        carnet, db_file, "record", issued, "re-exportation", "--date", "2026-06-02",
        "--country", "CH", "--items", "11-15",
    )  # fmt: skip
    found = run("record", issued, "re-exportation", "--date", "2026-05-28", "--country", "CH",
                "--items", "11-15")  # fmt: skip
    assert found["voucher"] == {"colour": "white", "no": 2} and found["status"] == "returned"
    refusal = _refused(carnet, db_file, "discharge", issued, "--date", "2026-06-03")
    assert "items 1-15 en route" in refusal and "items 16-20 in CH" in refusal
    # ... and the re-importation stamp: naming no items, it takes the goods en route only
    pieces = {str(i["item_no"]): i["pieces"] for i in run("show", issued)["items"]}
    home = run("record", issued, "re-importation", "--date", "2026-05-30")
    assert home["items"] == {str(i): pieces[str(i)] for i in range(1, 16)}
    refusal = _refused(carnet, db_file, "discharge", issued, "--date", "2026-06-03")
    assert "items 1-15" not in refusal
    claim = run("claim", "open", issued, "--country", "CH", "--notified", "2026-08-03",
                "--amount", "1250.00", "--currency", "CHF")  # fmt: skip
    assert (claim["amount"], claim["currency"]) == ("1250.00", "CHF")
    settled = run("claim", "settle", str(claim["id"]), "--date", "2026-08-20", "--proof",
                  "Swiss customs certificate of re-exportation", "--reexported", "2026-07-15",
                  "--items", "16-20")  # fmt: skip
    assert settled["status"] == "settled-proof"
    shown = run("show", issued)
    assert all("CH" not in item["where"] for item in shown["items"])
    assert shown["events"][-1]["kind"] == "re-exported"
    assert shown["vouchers"]["white"]["left_by_action"] == {"importation": 1, "re-exportation": 0}
    assert run("discharge", issued, "--date", "2026-08-21")["status"] == "discharged"


RULES = [
    (
        ["association", "set", "--name", "Handelskammer", "--country", "CH", "--currency", "CHF",
         "--code", "ZH"],
        "cannot change",
    ),
    (
        ["record", "{n}", "re-exportation", "--date", "2026-04-01", "--country", "CH",
         "--items", "1", "--refers-to", "2"],
        "never carried",
    ),
    (["return", "{n}", "--date", "2026-03-10"], "would come before the importation of 2026-03-11"),
    (
        ["claim", "open", "{n}", "--country", "DE", "--notified", "2026-06-01", "--amount", "10"],
        "home customs territory",
    ),
    (["record", "{n}", "re-importation", "--date", "2026-04-01", "--items", "1"], "box H b"),
    (["cancel", "{n}"], "goods travel under it"),
]  # fmt: skip


@pytest.mark.parametrize(("args", "fragment"), RULES)
def test_each_rule_on_a_carnet_in_use_is_refused_in_one_line(
    carnet: CarnetCommand, used: str, db_file: Path, args: list[str], fragment: str
) -> None:
    assert fragment in _refused(carnet, db_file, *[a.format(n=used) for a in args])


def test_an_importation_naming_no_items_took_only_the_goods_en_route(
    carnet: CarnetCommand, used: str
) -> None:
    shown = _ok(carnet("show", used, "--json"))
    second = shown["movements"][2]
    assert second["items"] == {str(i["item_no"]): i["pieces"] for i in shown["items"][10:]}
    assert second["voucher"] == {"colour": "white", "no": 2}


def test_an_importation_naming_no_items_with_nothing_en_route_is_refused(
    carnet: CarnetCommand, issued: str, db_file: Path
) -> None:
    """Nothing exported yet: an importation naming no items says where the goods are and how
    to name them (it once proposed the whole list from home behind --confirm)."""
    message = _refused(carnet, db_file, "record", issued, "importation", "--date", "2026-03-12",
                       "--country", "CH", "--confirm")  # fmt: skip
    assert "no goods are en route (items 1-20 at home)" in message
    assert "record the exportation first, or name the items imported, e.g. --items 1-20" in (
        message
    )
    _ok(carnet("record", issued, "importation", "--date", "2026-03-12", "--country", "CH",
               "--items", "1-2", "--confirm", "--json", today=TODAY))  # fmt: skip


def test_a_stamp_dated_before_the_one_that_brought_the_goods_there_names_it(
    carnet: CarnetCommand, issued: str, db_file: Path
) -> None:
    """An importation dated before the recorded exportation (and a re-exportation before the
    importation) is refused for its date, naming the stamp it would precede; it once said no
    goods were en route and to record the exportation, which was recorded."""
    _ok(carnet("record", issued, "exportation", "--date", "2026-03-10", "--json", today=TODAY))
    early = _refused(carnet, db_file, "record", issued, "importation", "--date", "2026-03-09",
                     "--country", "CH")  # fmt: skip
    assert "importation dated 2026-03-09 would come before the exportation of 2026-03-10" in early
    assert "en route" not in early
    _ok(carnet("record", issued, "importation", "--date", "2026-03-12", "--country", "CH",
               "--json", today=TODAY))  # fmt: skip
    early = _refused(carnet, db_file, "record", issued, "re-exportation", "--date", "2026-03-11",
                     "--country", "CH")  # fmt: skip
    assert "re-exportation dated 2026-03-11 would come before the importation of 2026-03-12" in (
        early
    )


def test_a_duplicate_in_use_cannot_be_cancelled_and_its_own_duplicate_is_d2(
    carnet: CarnetCommand, used: str, db_file: Path
) -> None:
    first = _ok(carnet("duplicate", used, "--date", "2026-04-01", "--json", today=TODAY))
    assert first["number"] == f"{used}-D1" and first["fees"] is not None
    assert "is active" in _refused(carnet, db_file, "cancel", first["number"])
    second = _ok(
        carnet("duplicate", first["number"], "--date", "2026-04-02", "--json", today=TODAY)
    )
    assert second["number"] == f"{used}-D2"
    carried = _ok(carnet("show", second["number"], "--json"))["carried_importations"]
    assert [(c["voucher"], c["final_date"]) for c in carried] == [(1, None), (2, "2026-09-10")]


def test_a_duplicate_or_replacement_carrying_goods_abroad_is_in_use(
    carnet: CarnetCommand, used: str, db_file: Path
) -> None:
    """A duplicate of a carnet whose goods are in CH is in use from its issue: active, so it
    can be replaced for the goods in CH (it was 'issued — not yet used' and refused), and the
    list agrees; the replacement, carrying goods in CH, is in use too."""
    first = _ok(carnet("duplicate", used, "--date", "2026-04-01", "--json", today=TODAY))
    assert first["status"] == "active"
    assert _ok(carnet("show", first["number"], "--json"))["status"] == "active"
    listed = {c["number"]: c["status"] for c in _ok(carnet("list", "--json"))["carnets"]}
    assert listed[first["number"]] == "active"
    replacement = _ok(carnet("replace", first["number"], "--country", "CH", "--date",
                             "2026-04-02", "--json", today=TODAY))  # fmt: skip
    assert replacement["status"] == "active"


def test_claim_paid_above_its_amount_needs_confirmation(
    carnet: CarnetCommand, used: str, db_file: Path
) -> None:
    claim = _ok(carnet("claim", "open", used, "--country", "CH", "--notified", "2026-06-01",
                       "--amount", "10.00", "--json", today=TODAY))  # fmt: skip
    settle = ["claim", "settle", str(claim["id"]), "--date", "2026-07-01", "--paid", "999999"]
    assert "confirm" in _refused(carnet, db_file, *settle)
    assert _ok(carnet(*settle, "--confirm", "--json", today=TODAY))["paid"] == "999999.00"


def test_issue_of_an_already_expired_carnet_is_refused(
    carnet: CarnetCommand, issued: str, db_file: Path
) -> None:
    draft = _ok(carnet("apply", FILM, "--json", today=TODAY))
    assert "already past" in _refused(
        carnet, db_file, "issue", str(draft["id"]), "--date", "2025-01-01", today="2026-05-01"
    )


@pytest.mark.parametrize(
    "stamps",
    [
        [("exportation", "--date", "2026-03-10")],
        [
            ("exportation", "--date", "2026-03-10"),
            ("importation", "--date", "2026-03-11", "--country", "CH"),
            ("re-exportation", "--date", "2026-03-20", "--country", "CH"),
        ],
        [
            ("exportation", "--date", "2026-03-10"),
            ("importation", "--date", "2026-03-11", "--country", "CH"),
            ("re-exportation", "--date", "2026-03-20", "--country", "CH", "--items", "1-19"),
            ("re-importation", "--date", "2026-03-21"),
        ],
    ],
    ids=["exported", "re-exported", "one-piece-left"],
)
def test_discharge_is_refused_while_goods_are_en_route_or_abroad(
    carnet: CarnetCommand, issued: str, db_file: Path, stamps: list[tuple[str, ...]]
) -> None:
    """Goods exported with no stamp bringing them home are not accounted for: the chamber
    cannot certify the carnet discharged (it once did, en route counted as home)."""
    for stamp in stamps:
        _ok(carnet("record", issued, *stamp, "--json", today=TODAY))
    _ok(carnet("return", issued, "--date", "2026-04-01", "--json", today=TODAY))
    refusal = _refused(carnet, db_file, "discharge", issued, "--date", "2026-04-02")
    assert "goods are not all home or accounted for" in refusal
    assert "20 en route" in refusal or "item 20 in CH" in refusal


def test_discharge_before_the_return_is_refused(
    carnet: CarnetCommand, issued: str, db_file: Path
) -> None:
    _ok(carnet("return", issued, "--date", "2026-04-01", "--json", today=TODAY))
    stderr = _refused(carnet, db_file, "discharge", issued, "--date", "2026-03-31")
    assert "before the return of 2026-04-01" in stderr


def test_replacement_after_expiry_needs_consent_and_confirmation_and_is_charged(
    carnet: CarnetCommand, used: str, db_file: Path
) -> None:
    later = "2027-03-10"  # the carnet expired on 2027-03-01
    replace = ["replace", used, "--country", "CH", "--date", "2027-03-05"]
    assert "--consent" in _refused(carnet, db_file, *replace, today=later)
    with_consent = [*replace, "--consent", "OFDF 2027/118"]
    assert "confirm" in _refused(carnet, db_file, *with_consent, today=later)
    new = _ok(carnet(*with_consent, "--confirm", "--json", today=later))
    assert new["consent"] == "OFDF 2027/118" and new["fees"] is not None
    original = _ok(carnet("show", used, "--json", today=later))
    assert original["items"][0]["where"] == {"transferred": 1}
    assert original["items"][0]["transferred_to"] == {new["number"]: 1}


def test_a_replacement_is_issued_on_its_date_and_the_goods_can_leave_on_it_at_once(
    carnet: CarnetCommand, used: str, db_file: Path
) -> None:
    """The original (issued 2026-03-02) expires on 2027-03-01: a replacement asked on
    2026-06-01 is issued that day (it was dated 2027-03-01, in the future), valid to one year
    after the original's expiry, and the goods it took over can be re-exported on it from its
    issue; both trails show its creation."""
    new = _ok(carnet("replace", used, "--country", "CH", "--date", "2026-06-01", "--json",
                     today=TODAY))  # fmt: skip
    assert (new["issued_on"], new["valid_until"]) == ("2026-06-01", "2028-02-29")
    left = _ok(carnet("record", new["number"], "re-exportation", "--date", "2026-06-02",
                      "--country", "CH", "--json", today=TODAY))  # fmt: skip
    assert left["status"] == "active" and left["items"]
    for number in (used, new["number"]):
        trail = _ok(carnet("audit", number, "--json"))["events"]
        assert [e["carnet"] for e in trail if e["action"] == "carnet.replace"] == [number]
    copy = _ok(carnet("duplicate", new["number"], "--date", "2026-06-03", "--json", today=TODAY))
    trail = _ok(carnet("audit", copy["number"], "--json"))["events"]
    assert [e["action"] for e in trail] == ["carnet.duplicate"]
    assert copy["number"] in trail[0]["summary"] and new["number"] in trail[0]["summary"]


def test_sets_added_after_issue_are_charged_and_shown(carnet: CarnetCommand, issued: str) -> None:
    added = _ok(carnet("vouchers", "add", issued, "--colour", "white", "--sets", "1", "--json",
                       today=TODAY))  # fmt: skip
    assert (added["fee"], added["currency"]) == ("75.00", "EUR")
    shown = _ok(carnet("show", issued, "--json"))
    assert shown["fees_after_issue"] == [
        {"date": TODAY, "what": "1 voucher set (white) added", "amount": "75.00"}
    ]
    assert shown["association"]["name"] == "CCI Lyon"

"""Issue 12: ``carnet --lang fr`` prints no English sentence. Every read-only command that
prints text runs on a desk holding carnets in every state (drafts, issued, with a claim,
discharged over an accepted irregularity, with an irregularity a clerk resolved, cancelled,
with voucher sets sold after issue and goods sold abroad), and the words it prints, once the
carnets' own data (holder, goods, notes) is taken out, carry none of the marks of English."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.cli.conftest import CarnetCommand
from tests.cli.test_input_rules import film_shoot, write_json
from tests.gui.test_detail_parts import PNG

TODAY = "2026-11-27"
FIRST, SECOND, THIRD = "FR/LY/000001", "FR/LY/000002", "FR/LY/000003"
# words and pieces that never occur in French, checked with spaces around them
ENGLISH_MARKS = (
    " the ", " of the ", " of ", " and ", " with ", " by ", " at ", " to ", " is ", " are ",
    " was ", " from ", " for ", " not ", " no ", " still ", " until ", " worth ", " accepted ",
    " items ", " item ", " draft ", " voucher ", " vouchers ", " pieces ", " piece ",
    " holder ", " issued ", " valid ", " claim ", " proof ", " due ", " fee ", " fees ",
    " goods ", " movement ", " movements ", " resolved ", " open ", " home ", " used ",
    " left ", " none ", " white ", " yellow ", " blue ", " sold ", " returned ", " discharged ",
    " cancelled ", " active ", " security ", " value ", " uses ", "(s)",
)  # fmt: skip
NOTE = "export stamp seen on the cover"  # what the clerk typed
# what the desk was given and prints back as it is: not the desk's words (the example
# schedules' names and the reference data's country names are data too)
GIVEN = (
    "Example: percentage of value (USCIB-like)",
    "Example: duty-based (LCCI-like)",
    "Switzerland",
    "counterfoil.png",
    NOTE,
    "C88 123",
    "clerk",
)
READS = (
    ("show", FIRST),
    ("show", SECOND),
    ("show", THIRD),
    ("show", "4"),
    ("list",),
    ("list", "--status", "discharged"),
    ("list", "--open-claim"),
    ("alerts", "--within", "400"),
    ("audit",),
    ("audit", FIRST),
    ("audit", "--verify"),
    ("association", "show"),
    ("evidence", "list", FIRST),
    ("key", "show"),
    ("countries", "CH", "FR"),
    ("schedules", "list"),
    ("quote", "{application}"),
    ("verify", "{cover}"),
)


def ok(run: CarnetCommand, *args: str) -> Any:
    done = run(*args, "--json", today=TODAY)
    assert done.code == 0, (args, done.stderr)
    return done.json


def a_desk_in_every_state(run: CarnetCommand, tmp_path: Path) -> None:
    application = str(write_json(tmp_path / "application.json", film_shoot()))
    assert run("init").code == 0
    ok(run, "association", "set", "--name", "CCI Lyon", "--country", "FR", "--currency", "EUR",
       "--code", "LY")  # fmt: skip
    for _ in range(3):
        ok(run, "issue", str(ok(run, "apply", application)["id"]), "--date", "2026-03-02")
    ok(run, "apply", application)  # a draft left as it is
    ok(run, "cancel", str(ok(run, "apply", application)["id"]))
    # the first: abroad, goods sold, voucher sets sold after issue, a claim
    ok(run, "record", FIRST, "exportation", "--date", "2026-03-04")
    ok(run, "record", FIRST, "importation", "--date", "2026-03-05", "--country", "CH")
    ok(run, "event", FIRST, "sold", "--date", "2026-03-17", "--country", "CH", "--items", "2:1",
       "--document", "C88 123")  # fmt: skip
    ok(run, "vouchers", "add", FIRST, "--colour", "white", "--sets", "1")
    ok(run, "claim", "open", FIRST, "--country", "CH", "--notified", "2026-10-01",
       "--amount", "1250.00")  # fmt: skip
    scan = tmp_path / "counterfoil.png"
    scan.write_bytes(PNG)
    ok(run, "evidence", "add", FIRST, str(scan), "--movement", "2")
    ok(run, "evidence", "add", FIRST, str(scan), "--claim", "1", "--note", NOTE)
    # the second: an irregularity accepted at its discharge
    ok(run, "record", SECOND, "importation", "--date", "2026-03-10", "--country", "CH",
       "--items", "1-20", "--confirm")  # fmt: skip
    ok(run, "record", SECOND, "re-exportation", "--date", "2026-03-20", "--country", "CH")
    ok(run, "record", SECOND, "re-importation", "--date", "2026-03-21")
    ok(run, "return", SECOND, "--date", "2026-03-22")
    ok(run, "discharge", SECOND, "--date", "2026-03-23", "--confirm")
    # the third: an irregularity a clerk resolved, one still open
    ok(run, "record", THIRD, "importation", "--date", "2026-03-10", "--country", "CH",
       "--items", "1", "--confirm")  # fmt: skip
    shown = ok(run, "show", THIRD)
    ok(run, "irregularity", "resolve", str(shown["irregularities"][0]["id"]),
       "--note", NOTE)  # fmt: skip
    ok(run, "record", THIRD, "importation", "--date", "2026-03-11", "--country", "CH",
       "--items", "2", "--confirm")  # fmt: skip
    ok(run, "render", FIRST, "--part", "cover", "--out", str(tmp_path / "cover.pdf"))


def desk_words(text: str, data: list[str]) -> str:
    """The text without the carnets' own data: what is left is what the desk says."""
    for value in sorted(data, key=len, reverse=True):
        text = text.replace(value, " ")
    return " " + re.sub(r"\s+", " ", text) + " "


def data_of(run: CarnetCommand) -> list[str]:
    """The values the carnets hold as given: holder, address, goods, notes."""
    values = list(GIVEN)
    for number in (FIRST, SECOND, THIRD):
        shown = ok(run, "show", number)
        values += [shown["holder"]["name"], shown["holder"]["address"]]
        values += [shown["association"]["name"], shown["use_description"] or ""]
        values += [item["description"][:50] for item in shown["items"]]
        values += [item["description"] for item in shown["items"]]
    return [v for v in values if v]


@pytest.fixture
def desk(carnet: CarnetCommand, tmp_path: Path) -> CarnetCommand:
    a_desk_in_every_state(carnet, tmp_path)
    return carnet


def test_every_read_prints_french_on_a_french_desk(desk: CarnetCommand, tmp_path: Path) -> None:
    data = data_of(desk)
    found = {}
    files = {"application": tmp_path / "application.json", "cover": tmp_path / "cover.pdf"}
    for read in READS:
        args = [arg.format(**files) for arg in read]
        done = desk("--lang", "fr", *args, today=TODAY)
        assert done.code == 0, (args, done.stderr)
        words = desk_words(done.stdout, data)
        english = [mark.strip() for mark in ENGLISH_MARKS if mark in words]
        if english:
            found[" ".join(args)] = (english, done.stdout[:2000])
    assert not found, found


def test_the_english_desk_still_says_it_in_english(desk: CarnetCommand) -> None:
    shown = desk("show", SECOND, today=TODAY).stdout
    assert "accepted at the discharge of 2026-03-23 by clerk" in shown
    assert "holder: " in shown and "items:" in shown and "(s)" not in shown

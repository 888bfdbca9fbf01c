"""A hostile but realistic clerk at the ``carnet`` command: an id past what the database holds,
a file that never ends, an empty item selection, an amount typed with an exponent, control
characters in what a stamp says, a French desk. Each is a one-line answer or refusal with
nothing written; never a traceback, never a value taken for another."""

from __future__ import annotations

import json
import os
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.cli.conftest import CarnetCommand, command_for, copy_desk, dump
from tests.conftest import TEST_DATA

NUMBER = "FR/LY/000001"
TODAY = "2026-12-01"
PAST_ANY_ROW = "99999999999999999999"  # more than a 64-bit row id holds


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A chamber with one carnet issued, exported and imported into Switzerland, a claim from
    Switzerland open on it (built once; each test works on its own copy)."""
    folder = tmp_path_factory.mktemp("h50-desk")
    carnet = command_for(folder / "desk.sqlite3", folder / "data")

    def run(*args: str) -> None:
        done = carnet(*args, today=TODAY)
        assert done.code == 0, (args, done.stderr)

    run("init")
    run("association", "set", "--name", "CCI Lyon", "--country", "FR", "--currency", "EUR",
        "--code", "LY")  # fmt: skip
    run("apply", str(TEST_DATA / "application-trade-fair.json"))
    run("issue", "1", "--date", "2026-03-02")
    run("record", NUMBER, "exportation", "--date", "2026-03-10")
    run("record", NUMBER, "importation", "--date", "2026-03-11", "--country", "CH")
    run("claim", "open", NUMBER, "--country", "CH", "--notified", "2026-04-01", "--amount", "100")
    return folder


@pytest.fixture
def desk(carnet: CarnetCommand, template: Path, db_file: Path, tmp_path: Path) -> CarnetCommand:
    """This test's copy of the template desk, its commands run on ``TODAY``."""
    copy_desk(template, db_file, tmp_path / "data")

    def at_today(*args: str) -> object:
        return carnet(*args, today=TODAY)

    return at_today  # type: ignore[return-value]


def refused_unchanged(desk: CarnetCommand, db_file: Path, *args: str) -> str:
    before = dump(db_file)
    done = desk(*args)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.code == 2, (done.code, done.stdout, done.stderr)
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert dump(db_file) == before
    return done.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("claim", "settle", PAST_ANY_ROW, "--date", "2026-04-05", "--proof", "stamp"),
        ("irregularity", "resolve", PAST_ANY_ROW, "--note", "seen"),
        ("letter", "claim", PAST_ANY_ROW, "--out", "{tmp}/notice.pdf"),
        ("claim", "dossier", PAST_ANY_ROW, "--out", "{tmp}/dossier.pdf"),
        ("evidence", "save", PAST_ANY_ROW, "--out", "{tmp}/scan.pdf"),
        ("evidence", "add", NUMBER, "{logo}", "--claim", PAST_ANY_ROW),
    ],
    ids=lambda args: " ".join(args[:2]),
)
def test_an_id_no_row_can_have_is_no_such_row(
    desk: CarnetCommand, db_file: Path, tmp_path: Path, args: tuple[str, ...]
) -> None:
    from PIL import Image

    logo = tmp_path / "scan.png"
    Image.new("RGB", (40, 20), (200, 30, 30)).save(logo)
    filled = [arg.format(tmp=tmp_path, logo=logo) for arg in args]
    message = refused_unchanged(desk, db_file, *filled)
    assert PAST_ANY_ROW in message
    assert not [path for path in tmp_path.iterdir() if path.suffix == ".pdf"]


ENDLESS = 64 * 1024 * 1024  # more than any file the desk reads may hold


@contextmanager
def endless_pipe(path: Path) -> Iterator[list[int]]:
    """A named pipe at ``path`` that a writer keeps filling with zeros, as ``/dev/zero`` would
    (up to 64 MB, so that a reader with no bound ends too); yields the count written so far."""
    os.mkfifo(path)
    written = [0]

    def feed() -> None:
        chunk = bytes(1024 * 1024)
        try:
            with path.open("wb") as pipe:
                while written[0] < ENDLESS:
                    pipe.write(chunk)
                    written[0] += len(chunk)
        except OSError:  # the reader had enough and closed its end
            pass

    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()
    try:
        yield written
    finally:
        feeder.join(timeout=10)


ENDLESS_READERS = {
    "import-goods CSV": ("list.csv", lambda f, _: ["import-goods", "2", f]),
    "import-goods XLSX": ("list.xlsx", lambda f, _: ["import-goods", "2", f]),
    "receive": ("carnet.json", lambda f, _: ["receive", f]),
    "checkin": ("record.json", lambda f, _: ["checkin", f]),
    "verify": ("cover.pdf", lambda f, _: ["verify", f]),
    "schedules import": ("schedules.toml", lambda f, _: ["schedules", "import", f]),
    "import-all": ("all.json", lambda f, _: ["import-all", f]),
    "evidence add": ("scan.pdf", lambda f, _: ["evidence", "add", NUMBER, f]),
    "apply": ("application.json", lambda f, _: ["apply", f]),
}


@pytest.mark.parametrize("reader", sorted(ENDLESS_READERS))
def test_a_file_that_never_ends_is_refused_before_it_is_read_whole(
    desk: CarnetCommand, db_file: Path, tmp_path: Path, reader: str
) -> None:
    """``carnet import-goods 2 /dev/zero``, or a pipe that never closes: one line, not a
    MemoryError after the whole memory is taken."""
    name, command = ENDLESS_READERS[reader]
    assert desk("apply", str(TEST_DATA / "application-trade-fair.json")).code == 0  # draft 2
    if reader == "import-all":  # it fills a new, empty database only
        db_file = tmp_path / "empty.sqlite3"
        desk = command_for(db_file, tmp_path / "data")
        assert desk("init").code == 0
    with endless_pipe(tmp_path / name) as written:
        message = refused_unchanged(desk, db_file, *command(str(tmp_path / name), tmp_path))
    assert written[0] < ENDLESS, "the whole stream was read"
    assert name in message


def test_verify_in_its_own_process_says_only_its_answer(
    desk: CarnetCommand, carnet_subprocess: CarnetCommand, tmp_path: Path
) -> None:
    """The code reader's native library counts the objects left at exit: the start-up objects
    set aside for speed (``gc.freeze``) must be let go first, or every ``verify`` ends with
    forty lines of "nanobind: leaked ..." on stderr."""
    cover = tmp_path / "cover.pdf"
    assert desk("render", NUMBER, "--part", "cover", "--out", str(cover)).code == 0
    done = carnet_subprocess("verify", str(cover))
    assert done.code == 0, done.stderr
    assert "genuine" in done.stdout
    assert done.stderr == ""


@pytest.mark.parametrize(
    "args",
    [
        ("event", NUMBER, "sold", "--date", "2026-03-12", "--country", "CH"),
        ("record", NUMBER, "re-exportation", "--date", "2026-03-12", "--country", "CH"),
        ("claim", "open", NUMBER, "--country", "CH", "--notified", "2026-04-02", "--amount", "5"),
        (
            "claim",
            "settle",
            "1",
            "--date",
            "2026-04-05",
            "--proof",
            "stamp",
            "--reexported",
            "2026-03-12",
        ),
        ("render", NUMBER, "--part", "trip", "--out", "{tmp}/trip.pdf"),
    ],
    ids=lambda args: " ".join(args[:2]),
)
@pytest.mark.parametrize("empty", ["", "  "])
def test_an_empty_item_selection_is_refused_not_read_as_every_piece(
    desk: CarnetCommand, db_file: Path, tmp_path: Path, args: tuple[str, ...], empty: str
) -> None:
    """``--items "$ITEMS"`` with the variable empty: ``event sold`` took every piece in the
    country as sold, a stamp every piece at the place; the option left out is the way to say
    every piece, an empty one names none."""
    filled = [arg.format(tmp=tmp_path) for arg in args]
    message = refused_unchanged(desk, db_file, *filled, "--items", empty)
    assert "--items" in message and "1-3,5:2" in message
    assert not (tmp_path / "trip.pdf").exists()


def test_an_amount_typed_with_an_exponent_is_kept_and_said_as_money(desk: CarnetCommand) -> None:
    """``--amount 1e3`` is a thousand euros: said "1000.00" in the answer, the text line and
    the audit trail (which keeps its words for ever), never "1E+3"."""
    opened = desk("claim", "open", NUMBER, "--country", "CH", "--notified", "2026-04-02",
                  "--amount", "1e3", "--json")  # fmt: skip
    assert opened.code == 0, opened.stderr
    assert opened.json["amount"] == "1000.00"
    settled = desk("claim", "settle", str(opened.json["id"]), "--date", "2026-04-05",
                   "--paid", "2.5E+2")  # fmt: skip
    assert settled.code == 0, settled.stderr
    trail = desk("audit", NUMBER).stdout
    assert "1000.00 EUR" in trail and "250.00 EUR" in trail
    assert "E+" not in trail
    shown = desk("show", NUMBER, "--json").json["claims"][-1]
    assert (shown["amount"], shown["paid"]) == ("1000.00", "250.00")


def test_a_payment_finer_than_the_currency_is_refused_as_the_claim_is(
    desk: CarnetCommand, db_file: Path
) -> None:
    """0.005 EUR was answered and written in the trail as paid, and stored as 0.01."""
    message = refused_unchanged(desk, db_file, "claim", "settle", "1", "--date", "2026-04-05",
                                "--paid", "0.005")  # fmt: skip
    assert "0.005" in message and "EUR" in message


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_goods_event_says_its_items_as_a_stamp_does(desk: CarnetCommand, language: str) -> None:
    """The line printed was "goods sold in CH recorded: {'2': 1}", a Python dict."""
    done = desk("--lang", language, "event", NUMBER, "sold", "--date", "2026-03-12",
                "--country", "CH", "--items", "1,2:1")  # fmt: skip
    assert done.code == 0, done.stderr
    assert "{" not in done.stdout and "'" not in done.stdout
    assert done.stdout.rstrip().endswith(": 1-2 ×1")


def test_a_french_desk_says_in_french_that_no_signed_head_vouches_for_the_tail(
    desk: CarnetCommand, db_file: Path, tmp_path: Path
) -> None:
    """The data folder with the signed heads is gone (a new machine, a copied database): the
    text said "ATTENTION : no signed head found: deletion of the latest events cannot be ruled
    out"; the JSON ``warning`` keeps its documented English words."""
    elsewhere = command_for(db_file, tmp_path / "another-data-folder")
    done = elsewhere("--lang", "fr", "audit", "--verify", today=TODAY)
    assert done.code == 0, done.stderr
    assert "ATTENTION" in done.stdout
    assert "no signed head" not in done.stdout and "cannot" not in done.stdout
    assert "aucune tête signée" in done.stdout
    as_json = elsewhere("--lang", "fr", "audit", "--verify", "--json", today=TODAY).json
    assert as_json["warning"].startswith("no signed head found")


def test_a_french_desk_names_the_country_rules_in_french(desk: CarnetCommand) -> None:
    """``countries`` printed "split_shipments = oui  replacement = oui": the table's keys."""
    done = desk("--lang", "fr", "countries", "FR", "GB")
    assert done.code == 0, done.stderr
    for key in ("split_shipments", "replacement", "  postal ="):
        assert key not in done.stdout
    assert "remplacement = oui" in done.stdout and "envois fractionnés = oui" in done.stdout
    english = desk("countries", "FR").stdout
    assert "split_shipments=yes" in english and "replacement=yes" in english


ESCAPE = "\x1b[2J\x1b[31m"  # clears the screen of whoever reads the trail or the list
CONTROLLED = [
    ("record", NUMBER, "re-exportation", "--date", "2026-03-12", "--country", "CH",
     "--remarks", f"seen{ESCAPE}"),
    ("record", NUMBER, "re-exportation", "--date", "2026-03-12", "--country", "CH",
     "--office", "Gen\x07ève"),
    ("event", NUMBER, "sold", "--date", "2026-03-12", "--country", "CH", "--items", "1",
     "--document", f"C88{ESCAPE}"),
    ("claim", "settle", "1", "--date", "2026-04-05", "--proof", "stamp\x9b2J"),
    ("association", "set", "--name", f"CCI Lyon{ESCAPE}", "--country", "FR", "--currency", "EUR",
     "--code", "LY"),
    ("association", "set", "--name", "CCI Lyon", "--country", "FR", "--currency", "EUR",
     "--code", "LY", "--signatory", "Anne\rMarie"),
    ("replace", NUMBER, "--country", "CH", "--date", "2026-03-25", "--consent", f"ok{ESCAPE}"),
]  # fmt: skip


@pytest.mark.parametrize("args", CONTROLLED, ids=lambda args: " ".join(args[:2]))
def test_control_characters_in_a_typed_text_are_refused(
    desk: CarnetCommand, db_file: Path, args: tuple[str, ...]
) -> None:
    """An application's texts refuse control characters; a stamp's remarks, an event's
    document, a proof, the association's name took them and printed them back raw (``show``,
    ``audit``, letters). A line break and a tab stay what they are in an address or a note."""
    message = refused_unchanged(desk, db_file, *args)
    assert "control characters" in message
    assert "\x1b" not in message and "\x07" not in message and "\x9b" not in message


def test_a_line_break_in_an_address_is_still_an_address(desk: CarnetCommand) -> None:
    done = desk("association", "set", "--name", "CCI Lyon", "--country", "FR", "--currency",
                "EUR", "--code", "LY", "--address", "Place de la Bourse\n69002 Lyon")  # fmt: skip
    assert done.code == 0, done.stderr


WRITERS = {
    "render": lambda out: ["render", NUMBER, "--part", "cover", "--out", out],
    "export-list": lambda out: ["export-list", NUMBER, out],
    "export-all": lambda out: ["export-all", out],
    "send": lambda out: ["send", NUMBER, "--out", out],
    "key export": lambda out: ["key", "export", "--out", out],
    "schedules export": lambda out: ["schedules", "export", out],
}


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_a_file_is_never_written_over_a_pipe_or_a_device(
    desk: CarnetCommand, tmp_path: Path, writer: str
) -> None:
    """The desk writes a temporary file and renames it over the target: given a pipe, a
    device or a socket (``--out /dev/null`` run as root) it put a plain file in its place."""
    suffix = {"export-list": ".csv", "schedules export": ".toml"}.get(writer, ".json")
    target = tmp_path / f"pipe{suffix}"
    os.mkfifo(target)
    done = desk(*WRITERS[writer](str(target)))
    assert "Traceback" not in done.stderr, done.stderr
    assert done.code == 2, (done.code, done.stdout, done.stderr)
    assert len(done.stderr.strip().splitlines()) == 1 and target.name in done.stderr
    assert stat.S_ISFIFO(target.lstat().st_mode), "the pipe was replaced by a file"
    assert [path.name for path in tmp_path.iterdir() if "pipe" in path.name] == [target.name]


@pytest.mark.parametrize("where", ["a-file", "a-file/inside"])
def test_a_backup_into_a_file_instead_of_a_folder_is_refused_in_one_line(
    desk: CarnetCommand, db_file: Path, tmp_path: Path, where: str
) -> None:
    (tmp_path / "a-file").write_text("notes\n", encoding="utf-8")
    message = refused_unchanged(desk, db_file, "backup", str(tmp_path / where))
    assert "a-file" in message
    assert (tmp_path / "a-file").read_text(encoding="utf-8") == "notes\n"


@pytest.mark.parametrize("issued_on", ["9999-01-01", "9999-12-31"])
def test_a_carnet_registered_as_issued_in_the_last_year_of_the_calendar_is_in_the_future(
    desk: CarnetCommand, db_file: Path, tmp_path: Path, issued_on: str
) -> None:
    """Its validity (a year less a day) ran past 9999-12-31: a ValueError traceback."""
    document = json.loads((TEST_DATA / "application-trade-fair.json").read_text("utf-8"))
    document.update(
        number="GB/LO/012345",
        issuer={"name": "London Chamber of Commerce", "country": "GB"},
        issued_on=issued_on,
        valid_until="9999-12-31",
        sheets={"white": 3, "yellow": {"exportation": 2, "re-importation": 2}, "blue": 1},
    )
    path = tmp_path / "registration.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    message = refused_unchanged(desk, db_file, "register", str(path), "--confirm")
    assert "issued_on" in message and "future" in message


@pytest.mark.parametrize("amount", ["1e-5", "0.001", "12.345"])
def test_a_registered_security_finer_than_its_currency_is_refused_not_rounded(
    desk: CarnetCommand, db_file: Path, tmp_path: Path, amount: str
) -> None:
    """``"security": {"amount": "1e-5"}`` was kept as a security of 0.00 EUR."""
    document = json.loads((TEST_DATA / "application-trade-fair.json").read_text("utf-8"))
    document.update(
        number="GB/LO/012345",
        issuer={"name": "London Chamber of Commerce", "country": "GB"},
        issued_on="2026-02-01",
        valid_until="2027-01-31",
        sheets={"white": 3, "yellow": {"exportation": 2, "re-importation": 2}, "blue": 1},
        security={"amount": amount, "form": "cash"},
    )
    path = tmp_path / "registration.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    message = refused_unchanged(desk, db_file, "register", str(path), "--confirm")
    assert "security.amount" in message and "EUR" in message

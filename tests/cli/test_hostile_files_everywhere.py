"""Every command that reads a file the desk did not write itself meets hostile copies of a
genuine one: a byte changed, the file cut short, its JSON values replaced, noise. Each answer is
the command's result or one line on stderr (exit 2, or 1 when the environment is in the way),
never a traceback, and a refusal leaves the database exactly as it was."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from tests.cli.conftest import CarnetCommand, command_for, dump
from tests.conftest import TEST_DATA
from tests.examples import examples

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**20), max_value=10**20)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=10)
    | st.sampled_from(["2026-03-02", "FR", "EUR", "CH", "0", "-1", "1e400", "NaN"]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=5,
)


def _replace_one_value(document: object, path: list[int], value: object) -> object:
    """The document with the value at one place (chosen by ``path``) replaced."""
    if isinstance(document, dict) and document:
        keys = sorted(document)
        key = keys[path[0] % len(keys)]
        if len(path) == 1:
            return {**document, key: value}
        return {**document, key: _replace_one_value(document[key], path[1:], value)}
    if isinstance(document, list) and document:
        index = path[0] % len(document)
        changed = list(document)
        changed[index] = (
            value if len(path) == 1 else _replace_one_value(document[index], path[1:], value)
        )
        return changed
    return value


@st.composite
def hostile_copies(draw: st.DrawFn, genuine: bytes) -> bytes:
    how = draw(st.sampled_from(["byte", "cut", "noise", "json", "empty"]))
    if how == "byte" and genuine:
        at = draw(st.integers(0, len(genuine) - 1))
        return genuine[:at] + bytes([draw(st.integers(0, 255))]) + genuine[at + 1 :]
    if how == "cut":
        return genuine[: draw(st.integers(0, max(0, len(genuine) - 1)))]
    if how == "noise":
        return draw(st.binary(max_size=2000))
    if how == "json":
        try:
            document = json.loads(genuine)
        except ValueError:
            return genuine[::-1]
        path = draw(st.lists(st.integers(0, 50), min_size=1, max_size=4))
        value = draw(JSON_VALUES)
        return json.dumps(_replace_one_value(document, path, value)).encode()
    return b""


class Desk:
    """A chamber desk with one issued carnet, and the genuine files it wrote."""

    def __init__(self, folder: Path) -> None:
        self.db = folder / "desk.sqlite3"
        self.carnet: CarnetCommand = command_for(self.db, folder / "data")
        self.files = folder / "genuine"
        self.files.mkdir()
        self.ok(
            "association",
            "set",
            "--name",
            "CCI Lyon",
            "--country",
            "FR",
            "--currency",
            "EUR",
            "--code",
            "LY",
        )
        self.ok("apply", str(TEST_DATA / "application-trade-fair.json"))
        self.ok("issue", "1", "--date", "2026-03-02", today="2026-03-02")
        self.ok("schedules", "export", str(self.files / "schedules.toml"))
        self.ok("schedules", "export", str(self.files / "schedules.json"))
        self.ok("key", "export", "--out", str(self.files / "desk.key"))
        self.ok(
            "send", "FR/LY/000001", "--out", str(self.files / "carnet.json"), today="2026-03-02"
        )
        self.ok("export-all", str(self.files / "all.json"))
        backup = self.carnet("backup", str(self.files / "backups"), "--json")
        assert backup.code == 0, backup.stderr
        Path(backup.json["backup"]).rename(self.files / "backup.sqlite3")
        Image.new("RGB", (120, 60), (200, 30, 30)).save(self.files / "logo.png")
        self.ok(
            "render",
            "FR/LY/000001",
            "--part",
            "cover",
            "--overlay",
            "--proof-code",
            "--out",
            str(self.files / "cover.pdf"),
        )

    def ok(self, *args: str, today: str | None = None) -> None:
        done = self.carnet(*args, today=today)
        assert done.code == 0, (args, done.stderr)


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory, backend: str) -> Desk:
    if backend != "sqlite":
        pytest.skip("the readers are the same on every backend; SQLite is enough")
    return Desk(tmp_path_factory.mktemp("hostile-everywhere"))


# command line for each reader, given the hostile file and a scratch folder
READERS: dict[str, tuple[str, Callable[[Path, Path], list[str]]]] = {
    "schedule file (TOML)": ("schedules.toml", lambda f, _: ["schedules", "import", str(f)]),
    "schedule file (JSON)": ("schedules.json", lambda f, _: ["schedules", "import", str(f)]),
    "trusted key file": (
        "desk.key",
        lambda f, folder: ["receive", str(folder / "carnet.json"), "--trust", str(f)],
    ),
    "whole-database export": ("all.json", lambda f, _: ["import-all", str(f)]),
    "proof code on a PDF": ("cover.pdf", lambda f, _: ["verify", str(f)]),
    "backup copy": (
        "backup.sqlite3",
        lambda f, _: ["restore", str(f), "--accept-unverified"],
    ),
    "letterhead logo": (
        "logo.png",
        lambda f, _: [
            "association",
            "set",
            "--name",
            "CCI Lyon",
            "--country",
            "FR",
            "--currency",
            "EUR",
            "--code",
            "LY",
            "--logo",
            str(f),
        ],
    ),
    "evidence (PDF)": ("cover.pdf", lambda f, _: ["evidence", "add", "FR/LY/000001", str(f)]),
    "evidence (picture)": ("logo.png", lambda f, _: ["evidence", "add", "FR/LY/000001", str(f)]),
    "registration document": (
        "registration.json",
        lambda f, _: ["register", str(f)],
    ),
}


@pytest.mark.parametrize("reader", sorted(READERS))
@settings(
    max_examples=examples(25),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_a_hostile_copy_is_read_or_refused_in_one_line(
    desk: Desk, reader: str, tmp_path: Path, data: st.DataObject
) -> None:
    name, command = READERS[reader]
    source = desk.files / name if name != "registration.json" else _registration(desk)
    hostile = tmp_path / name
    hostile.write_bytes(data.draw(hostile_copies(source.read_bytes()), label="file"))
    (tmp_path / "carnet.json").write_bytes((desk.files / "carnet.json").read_bytes())
    target = desk.carnet
    db = desk.db
    if reader == "whole-database export":  # it fills a new, empty database only
        db = tmp_path / "empty.sqlite3"
        target = command_for(db, tmp_path / "data")
        assert target("init").code == 0
    if reader.startswith(("backup", "letterhead", "evidence")):  # they change the desk
        db = tmp_path / "desk.sqlite3"
        db.write_bytes(desk.db.read_bytes())
        target = command_for(db, tmp_path / "data")
    before = dump(db)
    done = target(*command(hostile, tmp_path))
    assert "Traceback" not in done.stderr, done.stderr
    assert done.code in (0, 1, 2), done.stderr
    if done.code != 0:
        assert done.stderr.startswith("carnet: ") and done.stderr.count("\n") == 1, done.stderr
        assert dump(db) == before


def _registration(desk: Desk) -> Path:
    """A carnet from another chamber as the exhibitor types it from its green cover."""
    path = desk.files / "registration.json"
    if not path.exists():
        document = json.loads((TEST_DATA / "application-trade-fair.json").read_text("utf-8"))
        document.update(
            number="GB/LO/012345",
            issuer={"name": "London Chamber of Commerce", "country": "GB"},
            issued_on="2026-02-01",
            valid_until="2027-01-31",
            sheets={"white": 3, "yellow": {"exportation": 2, "re-importation": 2}, "blue": 1},
        )
        path.write_text(json.dumps(document), encoding="utf-8")
    return path

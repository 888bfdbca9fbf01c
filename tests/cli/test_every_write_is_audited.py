"""One door per use case, audit inside: every command of ``carnet`` runs once in one scenario (a
chamber's desk, the holder's desk it sends a carnet to, and an empty desk an export fills), and
each step is held to the audit rule a chamber relies on:

* the step exits 0;
* if it changed a business row (every table but the audit trail itself and what is derived
  from the rows: deadlines, goods positions, proof codes, the list's summary columns, the
  request log), the audit trail gained at least one event whose ``action`` names the use case,
  with the carnet's number when there is one;
* if it changed nothing (a read, or a write asked to set what already is), the audit trail
  gained nothing;
* the whole-database replacements (restore, import-all, demo-data) leave a database whose trail
  explains its rows: ``carnet audit --verify`` vouches for them.

The scenario's commands are the parser's commands: a new command fails the first test until it
is added here with a step that runs it.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import create_engine, inspect, select
from sqlalchemy.pool import NullPool

import carnet_app.db.models  # noqa: F401  (every table on Base.metadata)
from carnet_app.cli.main import build_parser
from carnet_app.db.base import Base
from carnet_app.db.touched import _NOT_TRACKED
from tests.cli.conftest import CarnetCommand, command_for, current_backend, database_for
from tests.conftest import TEST_DATA
from tests.test_cli_contract import commands

REPO = Path(__file__).resolve().parents[2]
TODAY = "2026-11-27"
CHAMBER, HOLDER, COPY = "chamber", "holder", "copy"

# What is not a business row: the audit trail itself, and what every write derives from the
# rows in its own transaction (db/touched.py's followers) or keeps for the command line.
NOT_BUSINESS = {"audit_events", "request_log", "database_identity", *_NOT_TRACKED}
DERIVED_COLUMNS = {  # the carnet list's summary columns (services/list_columns.py, loading.py)
    "carnets": {"item_count", "value_total", "first_country", "open_claims", "goods_abroad"}
}
# The program's own reference data, written by the migration that creates a database.
SEEDED = {"country_rules", "schedules"}
# Tables a database has that are no model's: the schema version, SQLite's full-text indexes.
NOT_MODELS = ("alembic_version", "search_", "sqlite_")

Rows = dict[str, list[tuple[Any, ...]]]


# -- reading a desk ---------------------------------------------------------------------------


def url_of(db_file: Path, backend: str) -> str:
    target = database_for(db_file, backend)
    return target if "://" in target else f"sqlite:///{target}"


def business_rows(url: str) -> Rows:
    """Every business row of the database, by table, in primary-key order (either backend)."""
    engine = create_engine(url, poolclass=NullPool)
    try:
        present = set(inspect(engine).get_table_names())
        unknown = {
            name for name in present - set(Base.metadata.tables) if not name.startswith(NOT_MODELS)
        }
        assert not unknown, f"tables this test does not read: {sorted(unknown)}"
        rows: Rows = {}
        with engine.connect() as connection:
            for table in Base.metadata.sorted_tables:
                if table.name in NOT_BUSINESS or table.name not in present:
                    continue
                skipped = DERIVED_COLUMNS.get(table.name, set())
                columns = [c for c in table.columns if c.name not in skipped]
                query = select(*columns).order_by(*table.primary_key.columns)
                rows[table.name] = [tuple(row) for row in connection.execute(query)]
        return rows
    finally:
        engine.dispose()


def changed_tables(before: Rows, after: Rows) -> list[str]:
    return sorted(t for t in before.keys() | after.keys() if before.get(t) != after.get(t))


# -- the scenario -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Step:
    """One command on one desk. ``action``: the audit action of its use case (None: a read).
    ``carnet``: the number its event must name. ``kind``: "create" (a new database),
    "replace" (the whole database replaced), or a plain "step". ``save``: what later steps
    need from its JSON answer."""

    args: tuple[str, ...]
    action: str | None = None
    carnet: str | None = None
    desk: str = CHAMBER
    kind: str = "step"
    save: Callable[[Any], dict[str, str]] | None = None
    today: str = TODAY

    @property
    def command(self) -> str:
        words = [a for a in self.args if not a.startswith("-")]
        return " ".join(words[:2]) if " ".join(words[:2]) in PARSER_COMMANDS else words[0]


PARSER_COMMANDS = {" ".join(path) for path, _ in commands(build_parser())}
N1, N2, N3, N4 = (f"FR/LY/00000{i}" for i in range(1, 5))
US = "US 123456"


def run(*args: str, **options: Any) -> Step:
    return Step(args=args, **options)


def first_inactive(answer: Any) -> dict[str, str]:
    return {"schedule": next(s["name"] for s in answer["schedules"] if not s["active"])}


SCENARIO: list[Step] = [
    # a chamber sets up its desk and issues carnets
    run("init", kind="create"),
    run("association", "set", "--name", "CCI Lyon Métropole", "--country", "FR",
        "--currency", "EUR", "--code", "LY", "--town", "Lyon", action="association.set"),
    run("association", "show"),
    run("countries", "CH", "NO"),
    run("quote", "{data}/application-film-shoot.json"),
    run("schedules", "list", save=first_inactive),
    run("schedules", "export", "{tmp}/schedules.toml"),
    run("schedules", "import", "{tmp}/schedules.toml", action="reference.schedule-import"),
    run("schedules", "activate", "{schedule}", action="reference.schedule-activate"),
    # a write asked to change what already is changes nothing, and the trail says nothing
    run("schedules", "activate", "{schedule}"),
    run("association", "set", "--name", "CCI Lyon Métropole", "--country", "FR",
        "--currency", "EUR", "--code", "LY", "--town", "Lyon"),
    run("apply", "{data}/application-film-shoot.json", action="carnet.apply",
        save=lambda a: {"film": str(a["id"])}),
    run("apply", "{data}/application-trade-fair.json", action="carnet.apply",
        save=lambda a: {"fair": str(a["id"])}),
    run("apply", "{data}/application-trade-fair.json", action="carnet.apply",
        save=lambda a: {"crew": str(a["id"])}),
    run("import-goods", "{crew}", "{data}/general-list-film-crew.csv",
        action="carnet.import-goods"),
    run("apply", "{data}/application-trade-fair.json", action="carnet.apply",
        save=lambda a: {"spare": str(a["id"])}),
    run("issue", "{film}", "--date", "2026-03-02", action="carnet.issue", carnet=N1),
    run("issue", "{fair}", "--date", "2026-03-02", action="carnet.issue", carnet=N2),
    run("issue", "{crew}", "--date", "2026-03-02", action="carnet.issue", carnet=N3),
    run("issue", "{spare}", "--date", "2026-03-02", action="carnet.issue", carnet=N4),
    run("cancel", N4, action="carnet.cancel", carnet=N4),
    run("duplicate", N3, "--date", "2026-04-01", action="carnet.duplicate", carnet=N3),
    run("vouchers", "add", N1, "--colour", "yellow", "--sets", "1", action="carnet.vouchers",
        carnet=N1),
    run("destination", N1, "--country", "IN", action="carnet.destination", carnet=N1),
    # the trade-fair carnet travels: an importation with no exportation, confirmed and resolved
    run("record", N2, "importation", "--date", "2026-03-10", "--country", "CH",
        "--final-date", "2026-09-10", "--items", "1-2", "--confirm", action="movement.importation",
        carnet=N2),
    run("show", N2, save=lambda a: {"irregularity": str(a["irregularities"][0]["id"])}),
    run("irregularity", "resolve", "{irregularity}", "--note", "exportation stamp seen on paper",
        action="irregularity.resolve", carnet=N2),
    run("event", N2, "sold", "--date", "2026-03-17", "--country", "CH", "--items", "2:1",
        "--document", "C88 123", action="event.sold", carnet=N2),
    run("claim", "open", N2, "--country", "CH", "--notified", "2026-10-01", "--amount", "1200",
        action="claim.open", carnet=N2, save=lambda a: {"claim": str(a["id"])}),
    run("evidence", "add", N2, "{tmp}/counterfoil.png", "--claim", "{claim}", "--note",
        "Geneva stamp", action="evidence.attach", carnet=N2,
        save=lambda a: {"evidence": str(a["id"])}),
    run("evidence", "list", N2),
    run("evidence", "save", "{evidence}", "--out", "{tmp}/copy.png"),
    run("claim", "dossier", "{claim}", "--out", "{tmp}/dossier.pdf"),
    run("letter", "claim", "{claim}", "--out", "{tmp}/claim-letter.pdf"),
    run("claim", "settle", "{claim}", "--date", "2026-10-20", "--proof",
        "Swiss customs certificate", action="claim.settle", carnet=N2),
    run("replace", N2, "--country", "CH", "--date", "2026-10-25", action="carnet.replace",
        carnet=N2),
    # looking and printing write nothing
    run("show", N1),
    run("list", "--status", "issued"),
    run("alerts", "--within", "400"),
    run("export", N2),
    run("export-list", N3, "{tmp}/list.csv"),
    run("render", N1, "--part", "cover", "--out", "{tmp}/carnet.pdf"),
    run("verify", "{tmp}/carnet.pdf"),
    run("calibration-sheet", "--out", "{tmp}/calibration.pdf"),
    run("letter", "quote", "{data}/application-trade-fair.json", "--out", "{tmp}/quote.pdf"),
    run("report", "goods-abroad", "--out", "{tmp}/abroad.pdf"),
    # the film-shoot carnet goes to its holder's desk and comes back with the holder's stamps
    run("key", "show", save=lambda a: {"chamber_key": a["fingerprint"]}),
    run("send", N1, "--out", "{tmp}/carnet-file.json"),
    run("init", desk=HOLDER, kind="create"),
    run("receive", "{tmp}/carnet-file.json", "--trust-fingerprint", "{chamber_key}",
        desk=HOLDER, action="carnet.receive", carnet=N1),
    run("register", "{tmp}/us-carnet.json", desk=HOLDER, action="carnet.register", carnet=US),
    run("record", N1, "exportation", "--date", "2026-03-10", "--country", "FR", desk=HOLDER,
        action="movement.exportation", carnet=N1),
    run("record", N1, "importation", "--date", "2026-03-11", "--country", "CH", desk=HOLDER,
        action="movement.importation", carnet=N1),
    run("record", N1, "re-exportation", "--date", "2026-04-10", "--country", "CH",
        desk=HOLDER, action="movement.re-exportation", carnet=N1),
    run("record", N1, "re-importation", "--date", "2026-04-11", "--country", "FR",
        desk=HOLDER, action="movement.re-importation", carnet=N1),
    run("send", N1, "--record", "--out", "{tmp}/record.json", desk=HOLDER),
    run("key", "export", "--out", "{tmp}/holder.key", desk=HOLDER),
    run("record", N1, "exportation", "--date", "2026-03-10", action="movement.exportation",
        carnet=N1),
    run("checkin", "{tmp}/record.json", "--trust", "{tmp}/holder.key"),  # shown, not taken
    run("checkin", "{tmp}/record.json", "--trust", "{tmp}/holder.key", "--accept", "all",
        action="carnet.checkin", carnet=N1),
    run("return", N1, "--date", "2026-04-15", action="carnet.return", carnet=N1),
    run("discharge", N1, "--date", "2026-04-16", action="carnet.discharge", carnet=N1),
    run("letter", "discharge", N1, "--out", "{tmp}/discharge.pdf"),
    # safety: a backup, a change, the backup restored; demo data; the whole desk moved
    run("backup", "{tmp}/backups"),
    run("association", "set", "--name", "CCI Lyon Métropole", "--country", "FR",
        "--currency", "EUR", "--code", "LY", "--town", "Villeurbanne", action="association.set"),
    run("restore", "{backup}", kind="replace"),
    run("demo-data", "--carnets", "3", kind="replace"),
    run("audit", "--verify"),
    run("export-all", "{tmp}/everything.json"),
    run("import-all", "{tmp}/everything.json", desk=COPY, kind="replace"),
]  # fmt: skip


# -- running it -------------------------------------------------------------------------------


@dataclass
class Desks:
    """The three desks of the scenario, each with its database and data folder."""

    folder: Path
    main_db: Path
    backend: str
    context: dict[str, str] = field(default_factory=dict)
    seen: dict[str, tuple[Rows, list[dict[str, Any]]]] = field(default_factory=dict)

    def db_of(self, desk: str) -> Path:
        return self.main_db if desk == CHAMBER else self.folder / f"{desk}.sqlite3"

    def carnet(self, desk: str) -> CarnetCommand:
        return command_for(self.db_of(desk), self.folder / f"{desk}-data")

    def rows(self, desk: str) -> Rows:
        return business_rows(url_of(self.db_of(desk), self.backend))

    def events(self, desk: str) -> list[dict[str, Any]]:
        done = self.carnet(desk)("audit", "--json")
        assert done.code == 0, done.stderr
        return list(done.json["events"])

    def state(self, desk: str, *, fresh: bool = False) -> tuple[Rows, list[dict[str, Any]]]:
        """The desk's rows and trail: as read after its last step (nothing ran on it since but
        reads, themselves steps held to the rule), else read now. The trail is read first: on
        a desk not yet used, that creates its database."""
        if fresh or desk not in self.seen:
            events = self.events(desk)
            self.seen[desk] = (self.rows(desk), events)
        return self.seen[desk]

    def verified(self, desk: str) -> dict[str, Any]:
        done = self.carnet(desk)("audit", "--verify", "--json")
        assert done.code == 0, done.stderr
        return dict(done.json)


def png() -> bytes:
    out = BytesIO()
    Image.new("RGB", (80, 50), "white").save(out, format="PNG")
    return out.getvalue()


def us_carnet() -> dict[str, Any]:
    """A carnet issued in the United States, typed from its green cover."""
    return {
        "number": US,
        "issuer": {"name": "USCIB", "country": "US"},
        "issued_on": "2026-02-02",
        "valid_until": "2027-02-01",
        "security": {"amount": "9000.00", "form": "bond"},
        "sheets": {
            "yellow": {"exportation": 2, "re-importation": 2, "counterfoils_only": True},
            "white": {"importation": 3, "re-exportation": 3},
        },
        "holder": {"name": "Acme Audio Inc.", "address": "1 Main St, Austin TX", "country": "US"},
        "uses": ["PE"],
        "currency": "USD",
        "itinerary": [{"country": "FR", "kind": "visit"}, {"country": "CH", "kind": "visit"}],
        "goods": [
            {
                "description": "Mixing console Yamaha CL5, S/N 884411",
                "pieces": 1,
                "value": "28000.00",
                "origin": "JP",
                "weight": "36",
            }
        ],
    }


@pytest.fixture
def desks(db_file: Path, tmp_path: Path) -> Iterator[Desks]:
    (tmp_path / "counterfoil.png").write_bytes(png())
    (tmp_path / "us-carnet.json").write_text(json.dumps(us_carnet()), encoding="utf-8")
    yield Desks(
        folder=tmp_path,
        main_db=db_file,
        backend=current_backend(),
        context={"tmp": str(tmp_path), "data": str(TEST_DATA)},
    )


def test_the_scenario_runs_every_command_of_the_parser() -> None:
    assert {step.command for step in SCENARIO} == PARSER_COMMANDS


def new_events(before: list[dict[str, Any]], after: list[dict[str, Any]]) -> list[dict[str, Any]]:
    assert after[: len(before)] == before, "events already written were changed or removed"
    return after[len(before) :]


def check_step(
    step: Step, rows_before: Rows, rows_after: Rows, added: list[dict[str, Any]]
) -> None:
    changed = changed_tables(rows_before, rows_after)
    actions = [(e["action"], e["carnet"]) for e in added]
    if step.action is None:
        assert not changed, f"a read changed {changed} (events: {actions})"
        assert not added, f"nothing changed, yet the trail gained {actions}"
        return
    assert changed, f"the step was to write ({step.action}) and changed nothing"
    assert any(
        event["action"] == step.action and (step.carnet is None or event["carnet"] == step.carnet)
        for event in added
    ), f"{changed} changed; the trail gained {actions}, not ({step.action}, {step.carnet})"


def test_each_command_that_writes_leaves_its_audit_event(desks: Desks) -> None:
    backup: tuple[Rows, list[dict[str, Any]]] = ({}, [])
    for step in SCENARIO:
        args = [arg.format(**desks.context) for arg in step.args]
        label = f"{step.desk}: carnet {' '.join(args)}"
        carnet = desks.carnet(step.desk)
        if step.kind == "create":
            done = carnet(*args, today=step.today)
            assert done.code == 0, (label, done.stderr)
            rows, events = desks.state(step.desk)
            assert {t for t, r in rows.items() if r} <= SEEDED, label
            assert events == [], label
            continue
        if step.command == "restore" and desks.backend == "postgresql":
            refused = carnet(*args, "--json", today=step.today)
            assert refused.code == 2 and "import-all" in refused.stderr, (label, refused.stderr)
            continue
        rows_before, events_before = desks.state(step.desk)
        done = carnet(*args, "--json", today=step.today)
        assert done.code == 0, (label, done.stderr)
        answer = done.json
        rows_after, events_after = desks.state(step.desk, fresh=True)
        if step.save:
            desks.context.update(step.save(answer))
        if step.command == "backup":
            desks.context["backup"] = answer["backup"]
            backup = (rows_before, events_before)
        if step.kind == "replace":
            check_replacement(step, desks, (rows_before, rows_after), events_after)
            if step.command == "restore":  # the change made since the backup is undone
                assert rows_before != backup[0], f"{label}: nothing to undo"
                assert (rows_after, events_after) == backup, f"{label}: not the backup's rows"
            if step.command == "demo-data":
                added = new_events(events_before, events_after)
                assert "audit.bulk" in {event["action"] for event in added}, label
            continue
        try:
            check_step(step, rows_before, rows_after, new_events(events_before, events_after))
        except AssertionError as failure:
            raise AssertionError(f"{label}: {failure}") from None
    assert desks.verified(CHAMBER)["intact"] is True
    assert desks.verified(HOLDER)["intact"] is True


def check_replacement(
    step: Step, desks: Desks, rows: tuple[Rows, Rows], events: list[dict[str, Any]]
) -> None:
    """A whole database replaced: its trail explains every row it now holds."""
    label = f"{step.desk}: carnet {step.command}"
    before, after = rows
    verified = desks.verified(step.desk)
    assert verified["intact"] is True, (label, verified)
    assert verified["rows"]["checked"] > 0, (label, verified)
    actions = [event["action"] for event in events]
    if step.command == "demo-data":
        assert len(after["carnets"]) == len(before["carnets"]) + 3, label
    if step.command == "import-all":
        source = desks.rows(CHAMBER)
        assert after == source, label
        assert actions[-1] == "database.import", (label, actions[-3:])
        assert [e["hash"] for e in events[:-1]] == [e["hash"] for e in desks.events(CHAMBER)]


# The reference tables' writers, which write no audit event themselves: services/settings.py
# wraps each in its audited use case, the one door the desk and the command line go through.
UNAUDITED_REFERENCE_WRITERS = {
    "update_country_rule",
    "save_schedule",
    "activate_schedule",
    "import_schedules",
}


def reference_writers_used(source: str) -> set[str]:
    """The unaudited writers a module reaches: imported from services.reference, or called as
    ``reference.NAME``."""
    used: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module == "carnet_app.services.reference":
            used |= {alias.name for alias in node.names} & UNAUDITED_REFERENCE_WRITERS
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "reference"
            and node.attr in UNAUDITED_REFERENCE_WRITERS
        ):
            used.add(node.attr)
    return used


def test_reference_data_is_written_only_through_its_audited_door() -> None:
    doors = {
        str(path.relative_to(REPO)): used
        for path in sorted((REPO / "carnet_app").rglob("*.py"))
        if path.name != "reference.py"
        and (used := reference_writers_used(path.read_text(encoding="utf-8")))
    }
    assert doors == {"carnet_app/services/settings.py": UNAUDITED_REFERENCE_WRITERS}

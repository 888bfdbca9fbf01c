"""Several desks writing to one database at once (separate processes, as in a chamber).

Each desk (``desk_worker.desk``) issues carnets, records stamps on carnets the others are
stamping too, adds voucher sets to one shared carnet, and saves edits made from a view it
opened a moment before. Afterwards: numbers unique and gapless, every acknowledged action
present, no voucher set lost on the shared carnet, and every conflict came back as a clear
refusal (never a crash, never a silent overwrite).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from carnet_app.db.engine import WRITER_LOCK_KEY, make_engine
from carnet_app.db.uow import Database
from carnet_app.errors import EnvironmentProblem
from carnet_app.paths import AppPaths, sqlite_file_of
from carnet_app.services import carnets, views
from carnet_app.services.database import open_database
from tests.safety import desk_worker
from tests.safety.conftest import REPO, Cli, set_up_chamber
from tests.safety.invariants import Acks, check_database
from tests.show_json import show_json

DESKS = int(os.environ.get("CARNET_TEST_DESKS", "3"))
OPS = int(os.environ.get("CARNET_TEST_DESK_OPS", "30"))  # figures: 4 desks x 1000


def shown(database: Database, number: str) -> dict[str, Any]:
    with database.read() as session:
        return show_json(session, number)


@pytest.mark.slow
def test_desks_writing_at_once_lose_nothing_and_conflicts_are_refused_clearly(
    backend: str, db_url: str, paths: AppPaths, record_property: Any
) -> None:
    database = open_database(db_url, paths)
    set_up_chamber(database)
    with database.write() as session:
        draft = carnets.apply(
            session,
            desk_worker.parse_application(desk_worker.application("shared")),
            user="admin",
            today=desk_worker.TODAY,
        )
        draft_id = draft.id
    with database.write() as session:
        shared = carnets.issue(
            session, draft_id, on=desk_worker.ISSUED_ON, user="admin", today=desk_worker.TODAY
        ).number
    assert shared is not None
    before = shown(database, shared)["vouchers"]
    env = {**os.environ, "CARNET_DATA_DIR": str(paths.data_dir), "PYTHONWARNINGS": "error"}
    desks = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.safety.desk_worker",
                "desk",
                db_url,
                str(seed),
                str(OPS),
                shared,
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO,
            env=env,
        )
        for seed in range(1, DESKS + 1)
    ]
    outputs: list[str] = []
    try:
        for process in desks:
            assert process.stdout is not None
            ready = process.stdout.readline()
            assert json.loads(ready) == {"act": "ready"}, ready
        for process in desks:  # all at once
            assert process.stdin is not None
            process.stdin.write("go\n")
            process.stdin.flush()
        for process in desks:
            out, err = process.communicate(timeout=max(300, OPS * 3))
            assert process.returncode == 0, err
            outputs.append(out)
    finally:
        for process in desks:
            if process.poll() is None:
                process.kill()
                process.communicate()
    acks = Acks()
    refusals: Counter[str] = Counter()
    white_added = blue_added = 0
    for out in outputs:
        for line in out.splitlines():
            record = json.loads(line)
            acks.add(record)
            if "refused" in record:
                refusals[record["refused"]] += 1
                message = record["message"]
                assert message and "\n" not in message and "Traceback" not in message
            if record.get("number") == shared and record.get("act") == "vouchers":
                white_added += 1
            if record.get("number") == shared and record.get("act") == "blue":
                blue_added += 1
        assert out.splitlines()[-1] == '{"act": "done"}'
    counts = check_database(database, acks)
    after = shown(database, shared)["vouchers"]
    # no lost update: every set a desk was told it added is there, and no other
    assert after["white"]["sets"] == before["white"]["sets"] + white_added
    assert after["blue"]["sets"] == before["blue"]["sets"] + blue_added
    assert set(refusals) <= {"concurrent", "rule", "busy"}
    database.dispose()
    figures = {
        "backend": backend,
        "desks": DESKS,
        "operations": DESKS * OPS,
        "acknowledged": acks.count,
        "shared_sets_added": white_added + blue_added,
        "refused_stale_view": refusals["concurrent"],
        "refused_by_rules": refusals["rule"],
        "refused_busy": refusals["busy"],
        **counts,
    }
    record_property("concurrency_figures", figures)
    print(f"\nconcurrent desks: {figures}")
    assert acks.count >= DESKS * OPS // 2


@pytest.mark.slow  # a whole journey through the command line; CI runs it
def test_desks_issuing_through_the_command_line_at_once_get_unique_numbers(
    database: Database, cli: Cli
) -> None:
    drafts = []
    for n in range(4):
        with database.write() as session:
            draft = carnets.apply(
                session,
                desk_worker.parse_application(desk_worker.application(f"cli-{n}")),
                user="clerk",
                today=desk_worker.TODAY,
            )
            drafts.append(draft.id)
    env = {**os.environ, "CARNET_DB": database.url, "CARNET_TODAY": "2026-11-27"}
    commands = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "carnet_app.cli",
                "issue",
                str(d),
                "--date",
                "2026-03-02",
                "--json",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO,
            env=env,
        )
        for d in drafts
    ]
    numbers = []
    for command in commands:
        out, err = command.communicate(timeout=120)
        assert command.returncode == 0, err
        numbers.append(json.loads(out)["number"])
    assert sorted(numbers) == [f"FR/LY/{n:06d}" for n in range(1, 5)]
    check_database(database)


class HeldWriteLock:
    """Another desk in the middle of a long write: it holds the writers' lock."""

    def __init__(self, url: str) -> None:
        self.url = url

    def __enter__(self) -> HeldWriteLock:
        path = sqlite_file_of(self.url)
        if path is not None:
            self.sqlite = sqlite3.connect(path, isolation_level=None)
            self.sqlite.execute("BEGIN IMMEDIATE")
        else:
            self.engine = create_engine(self.url, poolclass=NullPool)
            self.connection = self.engine.connect()
            self.connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK_KEY})")
        return self

    def __exit__(self, *exc: object) -> None:
        if hasattr(self, "sqlite"):
            self.sqlite.execute("ROLLBACK")
            self.sqlite.close()
        else:
            self.connection.rollback()
            self.connection.close()
            self.engine.dispose()


def test_a_desk_that_cannot_get_the_lock_is_told_another_desk_is_writing(
    database: Database, db_url: str
) -> None:
    impatient = Database(make_engine(db_url, busy_timeout=300))
    try:
        with HeldWriteLock(db_url):
            with pytest.raises(EnvironmentProblem, match="another desk is writing"):
                with impatient.write() as session:
                    carnets.set_association(
                        session, name="Other", country="FR", currency="EUR", user="x"
                    )
            with impatient.read() as session:  # reading never waits for a writer
                assert views.list_carnets(session) == []
        with impatient.write() as session:  # and once the other desk is done, it works
            carnets.set_association(session, name="Other", country="FR", currency="EUR", user="x")
    finally:
        impatient.dispose()


def test_the_command_line_refuses_when_the_lock_stays_taken_and_writes_nothing(
    database: Database, db_url: str, cli: Cli, tmp_path: Path
) -> None:
    application = tmp_path / "application.json"
    application.write_text(json.dumps(desk_worker.application("busy")))
    with HeldWriteLock(db_url):
        result = cli("apply", str(application), env={"CARNET_BUSY_TIMEOUT_MS": "400"})
    assert result.code == 1, result.stderr
    assert "another desk is writing" in result.stderr
    assert result.stderr.count("\n") == 1
    with database.read() as session:
        assert views.list_carnets(session) == []

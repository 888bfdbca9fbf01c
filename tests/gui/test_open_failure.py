"""A desk whose database will not open offers to restore it from a backup copy."""

from __future__ import annotations

import random
from pathlib import Path

from pytestqt.qtbot import QtBot

from carnet_app.domain.messages import say
from carnet_app.errors import EnvironmentProblem
from carnet_app.gui.open_failure import OpenFailureBox, newest_copy, restore_and_open
from carnet_app.paths import AppPaths
from carnet_app.services import backups, views
from carnet_app.services.database import open_database
from tests.safety.conftest import set_up_chamber
from tests.safety.desk_worker import issue_one


def test_a_damaged_database_is_restored_from_the_newest_copy_and_opens(tmp_path: Path) -> None:
    paths = AppPaths.from_base_dir(tmp_path / "data")
    url = f"sqlite:///{tmp_path / 'carnets.sqlite3'}"
    database = open_database(url, paths)
    set_up_chamber(database)
    issue_one(database, random.Random(4), "clerk")
    backups.backup(database, paths.backups_dir)
    database.dispose()
    live = tmp_path / "carnets.sqlite3"
    live.write_bytes(b"SQLite format 3\x00" + b"\x07" * 9000)
    chosen = newest_copy(paths, live)
    assert chosen is not None
    reopened = restore_and_open(url, paths, chosen)
    try:
        with reopened.read() as session:
            assert [c.number for c in views.list_carnets(session)] == ["FR/LY/000001"]
    finally:
        reopened.dispose()


def test_the_message_names_the_problem_and_offers_the_restore(qtbot: QtBot) -> None:
    problem = EnvironmentProblem(
        say(
            "database.problem",
            path="/srv/carnets.sqlite3",
            reason="file is not a database",
            hint=say("database.hint.damaged"),
        ),
        path="/srv/carnets.sqlite3",
    )
    box = OpenFailureBox(problem)
    qtbot.addWidget(box)
    assert "file is not a database" in box.informativeText()
    assert box.defaultButton() is box.restore_button
    assert box.restore_button.text() == "Restore from a backup…"

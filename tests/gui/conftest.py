"""GUI fixtures: a seeded SQLite database per test, a desk context with an inline task runner
(tasks run synchronously), settings in the test's tmp folder."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from carnet_app.db.uow import Database
from carnet_app.gui.context import DeskContext
from carnet_app.gui.main_window import MainWindow
from carnet_app.gui.tasks import TaskRunner
from carnet_app.paths import AppPaths
from carnet_app.services import claims, desk, views
from carnet_app.services.database import open_database
from carnet_app.services.demo_data import fill_demo_data
from tests.show_json import show_json

TODAY = date(2026, 11, 27)
SEEDED_CARNETS = 80


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One seeded database file per session; each test works on its own copy."""
    folder = tmp_path_factory.mktemp("template")
    paths = AppPaths.from_base_dir(folder)
    database = open_database(f"sqlite:///{folder / 'template.sqlite3'}", paths)
    try:
        with database.write() as session:
            fill_demo_data(session, carnets=SEEDED_CARNETS, seed=3, today=TODAY, user="seed")
        with database.write() as session:
            returned = views.list_carnets(session, status="returned")[0].number
            shown = show_json(session, returned)
            claims.open_claim(
                session,
                returned,
                country=shown["itinerary"][0]["country"],
                notified_on=TODAY,
                amount=Decimal("1250.00"),
                user="seed",
                today=TODAY,
            )
        with database.write() as session:
            desk.prepare_search_index(session)
    finally:
        database.dispose()
    return folder / "template.sqlite3"


@pytest.fixture
def database(seeded_template: Path, tmp_path: Path) -> Iterator[Database]:
    from carnet_app.db.migrate import copy_sqlite

    target = tmp_path / "desk.sqlite3"
    copy_sqlite(seeded_template, target)
    db = open_database(f"sqlite:///{target}", AppPaths.from_base_dir(tmp_path))
    yield db
    db.dispose()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings" / "desk-settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def ctx(
    database: Database, tmp_path: Path, settings: QSettings, qapp: object
) -> Iterator[DeskContext]:
    runner = TaskRunner(inline=True)
    context = DeskContext(
        database,
        AppPaths.from_base_dir(tmp_path),
        settings,
        runner,
        user="tester",
        today=lambda: TODAY,
    )
    yield context
    runner.shutdown()


@pytest.fixture
def window(ctx: DeskContext, qtbot: object) -> Iterator[MainWindow]:
    main = MainWindow(ctx)
    qtbot.addWidget(main)  # type: ignore[attr-defined]
    main.start()
    yield main

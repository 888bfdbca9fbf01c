"""First run on a fresh database: the desk asks what it is for and sets it up from the
answer; every empty place says what to do next with the button to do it; no command line in
what the desk says."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from carnet_app.db.uow import Database
from carnet_app.gui import first_run
from carnet_app.gui.context import DeskContext
from carnet_app.gui.first_run import AssociationSetupDialog, DeskPurposeDialog
from carnet_app.gui.issuing.common import set_country
from carnet_app.gui.main_window import MainWindow
from carnet_app.gui.tasks import TaskRunner
from carnet_app.paths import AppPaths
from carnet_app.services import desk, settings
from carnet_app.services.database import open_database
from carnet_app.services.settings import DeskRole
from tests.gui.conftest import TODAY
from tests.gui.dialogs import DialogAnswerer


@pytest.fixture
def fresh(qapp: object, tmp_path: Path) -> Iterator[DeskContext]:
    paths = AppPaths.from_base_dir(tmp_path / "data")
    database: Database = open_database(f"sqlite:///{tmp_path / 'fresh.sqlite3'}", paths)
    runner = TaskRunner(inline=True)
    store = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    context = DeskContext(database, paths, store, runner, user="clerk", today=lambda: TODAY)
    yield context
    DialogAnswerer.stop_all()
    runner.shutdown()
    context.database.dispose()


@pytest.fixture
def window(fresh: DeskContext, qtbot: Any) -> MainWindow:
    shown = MainWindow(fresh)
    qtbot.addWidget(shown)
    shown.show()
    shown.start()
    return shown


def choose(button: str) -> Any:
    def click(dialog: QWidget) -> None:
        assert isinstance(dialog, DeskPurposeDialog)
        getattr(dialog, f"{button}_button").click()

    return click


def fill_association(dialog: QWidget) -> None:
    assert isinstance(dialog, AssociationSetupDialog)
    dialog.name.setText("CCI Lyon Métropole")
    dialog.address.setPlainText("Place de la Bourse\n69002 Lyon")
    set_country(dialog.country, "FR")
    dialog.currency.setText("eur")
    dialog.code.setText("LY")
    dialog.save()


def test_a_fresh_desk_asks_and_issuing_sets_up_the_association(
    fresh: DeskContext, window: MainWindow
) -> None:
    assert first_run.needs_first_run(fresh)
    answers = DialogAnswerer().answer(choose("chamber"), fill_association)
    window.welcome()
    assert [seen[0] for seen in answers.seen] == ["DeskPurpose", "AssociationSetup"]
    assert fresh.read(settings.desk_role) is DeskRole.CHAMBER
    info = fresh.read(settings.association_info)
    assert info is not None and (info.name, info.country, info.currency, info.code) == (
        "CCI Lyon Métropole",
        "FR",
        "EUR",
        "LY",
    )
    assert not first_run.needs_first_run(fresh)


def test_a_missing_field_is_said_in_the_dialog_and_nothing_is_saved(
    fresh: DeskContext, qtbot: Any
) -> None:
    dialog = AssociationSetupDialog(fresh)
    qtbot.addWidget(dialog)
    dialog.name.setText("CCI Lyon")
    dialog.save()
    assert dialog.message.isVisibleTo(dialog) and dialog.message.text()
    assert "carnet " not in dialog.message.text()  # no command line
    assert fresh.read(settings.association_info) is None
    assert fresh.read(settings.desk_role) is None


def test_tracking_my_own_carnets_makes_a_holder_desk(
    fresh: DeskContext, window: MainWindow
) -> None:
    DialogAnswerer().answer(choose("holder"))
    window.welcome()
    assert fresh.read(settings.desk_role) is DeskRole.HOLDER
    assert fresh.read(settings.association_info) is None


def test_demo_data_is_a_separate_marked_database(
    fresh: DeskContext, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(first_run, "DEMO_CARNETS", 12)  # a small demo: the same code path
    real_url = fresh.database.url
    DialogAnswerer().answer(choose("demo"))
    window.welcome()
    assert fresh.database.url != real_url
    assert len(fresh.read(desk.list_ids, desk.ListFilter(), today=TODAY)) == 12
    assert window.demo_banner.isVisibleTo(window)
    assert "DEMO" in window.windowTitle()
    # the real database is untouched: the question comes back next time
    real = open_database(real_url, fresh.paths)
    try:
        with real.read() as session:
            assert settings.desk_role(session) is None
    finally:
        real.dispose()
        fresh.database.dispose()
        assert window._demo_folder is not None
        window._demo_folder.cleanup()


def test_the_empty_list_says_what_to_do_with_the_buttons_to_do_it(
    fresh: DeskContext, window: MainWindow
) -> None:
    window.show_page("list")
    empty = window.list_page.empty_state
    assert window.list_page.table_stack.currentWidget() is empty
    assert [b.text() for b in empty.buttons] == ["New carnet…", "Open a database…"]
    # New carnet on a desk with no association: the set-up dialog, never a command line
    answers = DialogAnswerer().answer("Cancel")
    empty.buttons[0].click()
    assert answers.seen[0][0] == "AssociationSetup"
    window.show_page("detail")
    assert window.detail.open_list_button.isVisibleTo(window)
    window.detail.open_list_button.click()
    assert window.current_page() == "list"


def test_a_filter_that_finds_nothing_offers_to_clear_it(ctx: DeskContext, qtbot: Any) -> None:
    shown = MainWindow(ctx)
    qtbot.addWidget(shown)
    shown.start()
    page = shown.list_page
    page.search.setText("no carnet has this text zzzz")
    page.query_now()
    assert page.table_stack.currentWidget() is page.empty_state
    assert [b.text() for b in page.empty_state.buttons] == ["Clear filters"]
    page.empty_state.buttons[0].click()
    page.query_now()
    assert page.search.text() == "" and page.table_stack.currentWidget() is page.table

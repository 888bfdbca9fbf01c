"""Issuing screens against a real temporary SQLite file, tasks run inline, dialogs never
block: every ``ask`` and QMessageBox static a test reaches is monkeypatched."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from carnet_app.db.uow import Database
from carnet_app.gui import style
from carnet_app.gui.context import DeskContext
from carnet_app.gui.tasks import TaskRunner
from carnet_app.paths import AppPaths
from carnet_app.services import carnets
from carnet_app.services.database import open_database
from carnet_app.services.drafts import EditorLine
from tests.conftest import TEST_DATA

TODAY = date(2026, 11, 27)
FRENCH_XLSX = TEST_DATA / "general-list-trade-fair-fr.xlsx"
FILM_CSV = TEST_DATA / "general-list-film-crew.csv"
ERRORS_CSV = TEST_DATA / "general-list-with-errors.csv"


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.from_base_dir(tmp_path / "data")


@pytest.fixture
def database(tmp_path: Path, paths: AppPaths) -> Iterator[Database]:
    db = open_database(f"sqlite:///{tmp_path / 'desk.sqlite3'}", paths)
    with db.write() as session:
        carnets.set_association(
            session, name="CCI Lyon", country="FR", currency="EUR", code="LY", user="admin"
        )
    yield db
    db.dispose()


@pytest.fixture
def ctx(
    qapp: QApplication, database: Database, paths: AppPaths, tmp_path: Path
) -> Iterator[DeskContext]:
    style.install(qapp)
    settings = QSettings(str(tmp_path / "desk-settings.ini"), QSettings.Format.IniFormat)
    runner = TaskRunner(inline=True)
    context = DeskContext(database, paths, settings, runner, user="clerk", today=lambda: TODAY)
    yield context
    runner.shutdown()


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Every QMessageBox static call, answered without a window: (kind, title, text)."""
    seen: list[tuple[str, str, str]] = []

    def recorder(kind: str, answer: Any) -> Callable[..., Any]:
        def show(_parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            seen.append((kind, title, text))
            return answer

        return show

    monkeypatch.setattr(
        QMessageBox, "information", recorder("information", QMessageBox.StandardButton.Ok)
    )
    monkeypatch.setattr(QMessageBox, "warning", recorder("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(
        QMessageBox, "critical", recorder("critical", QMessageBox.StandardButton.Ok)
    )
    monkeypatch.setattr(
        QMessageBox, "question", recorder("question", QMessageBox.StandardButton.Yes)
    )
    return seen


def tsv(lines: list[list[str]]) -> str:
    return "\n".join("\t".join(cells) for cells in lines) + "\n"


def good_line(n: int) -> EditorLine:
    return EditorLine(
        description=f"Camera body Canon EOS R{n}",
        serial=f"S/N {1000 + n}",
        pieces="1",
        weight="1.5",
        value="1200.00",
        origin="JP",
    )

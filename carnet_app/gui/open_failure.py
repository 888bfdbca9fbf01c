"""When the desk's database will not open: say why, and offer to restore it from a backup.

A damaged or truncated SQLite file is the one case restore exists for, and restore never
opens the live file (``services.backups.restore_file``), so the desk can offer it before it
has a database at all.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from carnet_app.db.uow import Database
from carnet_app.domain.messages import say
from carnet_app.errors import EnvironmentProblem, UserError
from carnet_app.gui.errors import show_error
from carnet_app.keys import KeyStore
from carnet_app.paths import AppPaths, sqlite_file_of
from carnet_app.services import backups
from carnet_app.services.database import open_database

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("OpenFailure", text)


def newest_copy(paths: AppPaths, target: Path) -> Path | None:
    """The newest backup copy of a file of this name (its identity cannot be read)."""
    folder = paths.backups_dir
    if not folder.is_dir():
        return None
    copies = [
        p
        for p in folder.glob(f"{target.stem}-*.sqlite3")
        if p.is_file() and "-before-restore" not in p.name
    ]
    return max(copies, key=lambda p: p.stat().st_mtime, default=None)


class OpenFailureBox(QMessageBox):
    """The problem in words, with "Restore from a backup…" next to "Close"."""

    def __init__(self, problem: EnvironmentProblem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(tr("The database cannot be opened"))
        self.setText(tr("Carnet Desk cannot open its database."))
        self.setInformativeText(
            str(problem)
            + "\n\n"
            + tr(
                "You can replace it by a backup copy. The present file is kept aside first, "
                "so nothing is lost."
            )
        )
        self.restore_button = self.addButton(
            tr("Restore from a backup…"), QMessageBox.ButtonRole.AcceptRole
        )
        self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(self.restore_button)


def restore_and_open(url: str, paths: AppPaths, chosen: Path) -> Database:
    """Restore the database file from ``chosen`` (checked first), then open it."""
    target = sqlite_file_of(url)
    if target is None:
        raise UserError(say("restore.in-place-sqlite-only"), field="db")
    backups.restore_file(target, chosen, paths.backups_dir, keys=KeyStore.for_paths(paths))
    return open_database(url, paths)


def offer_restore(url: str, paths: AppPaths, problem: EnvironmentProblem) -> Database | None:
    """Ask, restore and open; None when the user closes instead (the problem was shown)."""
    target = sqlite_file_of(url)
    if target is None or not target.exists():
        show_error(None, problem)
        return None
    while True:
        box = OpenFailureBox(problem)
        box.exec()
        if box.clickedButton() is not box.restore_button:
            return None
        start = newest_copy(paths, target) or paths.backups_dir
        chosen, _ = QFileDialog.getOpenFileName(
            None,
            tr("Restore from a backup copy"),
            str(start),
            tr("Carnet Desk databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if not chosen:
            continue
        try:
            return restore_and_open(url, paths, Path(chosen))
        except (UserError, EnvironmentProblem) as exc:
            log.warning("restore at start failed: %s", exc)
            show_error(None, exc)
            if isinstance(exc, EnvironmentProblem):
                problem = exc

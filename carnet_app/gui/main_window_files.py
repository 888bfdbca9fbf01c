"""The main window's database files: open another, create a new one, back up now, restore from
a backup copy (the File menu). MainWindow derives from this window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from carnet_app.domain.messages import say
from carnet_app.errors import UserError
from carnet_app.gui.context import DeskContext
from carnet_app.gui.errors import show_error
from carnet_app.paths import resolve_database_url
from carnet_app.services import backups
from carnet_app.services.database import open_database


class DatabaseFileWindow(QMainWindow):
    ctx: DeskContext

    def mark_demo(self, on: bool) -> None:
        """Show or hide the demo-data mark (the main window shows it)."""

    @Slot()
    def open_database_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a Carnet Desk database"),
            str(self.ctx.paths.data_dir),
            self.tr("Carnet Desk databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if chosen:
            self.switch_database(chosen)

    @Slot()
    def new_database_file(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Create a Carnet Desk database"),
            str(self.ctx.paths.data_dir / "carnets.sqlite3"),
            self.tr("Carnet Desk databases (*.sqlite3)"),
        )
        if chosen:
            if Path(chosen).exists():
                show_error(
                    self,
                    UserError(say("database.exists-use-open", path=chosen)),
                )
                return
            self.switch_database(chosen)

    def switch_database(self, path_or_url: str) -> None:
        url = resolve_database_url(path_or_url, self.ctx.paths)
        self.mark_demo(False)
        self.ctx.runner.submit(
            open_database,
            url,
            self.ctx.paths,
            on_done=self.ctx.replace_database,
            label=self.tr("Opening the database…"),
        )

    @Slot()
    def backup_now(self) -> None:
        folder = self.ctx.paths.backups_dir
        self.ctx.runner.submit(
            backups.backup,
            self.ctx.database,
            folder,
            on_done=self._backup_done,
            label=self.tr("Backing up…"),
        )

    @Slot()
    def restore_from_backup(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup copy"),
            str(self.ctx.paths.backups_dir),
            self.tr("Carnet Desk databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if not chosen:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore from a backup"),
            self.tr(
                "Replace everything in this database by the copy %1? The present content is "
                "kept as a backup copy first."
            ).replace("%1", Path(chosen).name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.runner.submit(
            backups.restore,
            self.ctx.database,
            Path(chosen),
            self.ctx.paths.backups_dir,
            on_done=self._restored,
            on_error=lambda exc: show_error(self, exc),
            label=self.tr("Restoring…"),
        )

    def _restored(self, kept: object) -> None:
        # reopen: an older copy is upgraded, every view reloads
        self.switch_database(self.ctx.database.url)
        QMessageBox.information(
            self,
            self.tr("Database restored"),
            self.tr("Restored. The previous content was kept as %1").replace("%1", str(kept)),
        )

    def _backup_done(self, path: object) -> None:
        QMessageBox.information(
            self, self.tr("Backup made"), self.tr("Backup written to %1").replace("%1", str(path))
        )

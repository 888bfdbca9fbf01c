"""The main window: navigation, the three pages, menus and shortcuts, the status bar.

It composes the pages and wires their signals (docs/architecture.md convention 7); pages never
reach each other.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

from carnet_app import APP_NAME, __version__
from carnet_app.db.uow import Database
from carnet_app.gui import style
from carnet_app.gui.context import DeskContext
from carnet_app.gui.errors import show_error
from carnet_app.gui.main_window_files import DatabaseFileWindow
from carnet_app.gui.pages.carnet_detail import CarnetDetailPage
from carnet_app.gui.pages.carnet_list import CarnetListPage
from carnet_app.gui.pages.dashboard import DashboardPage
from carnet_app.gui.pages.management import ManagementPage
from carnet_app.paths import sqlite_file_of
from carnet_app.services import backups, desk

log = logging.getLogger(__name__)
PAGES = ("dashboard", "list", "detail", "management")
GEOMETRY_KEY = "main/geometry"
STATE_KEY = "main/state"
BACKUP_CHECK_MS = 3 * 60 * 60 * 1000  # the daily copy is checked every three hours


class MainWindow(DatabaseFileWindow):
    """Signals:
    ready(): the first load after start() finished (alerts and list shown).
    """

    ready = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backup_timer: QTimer | None = None
        self.ctx = ctx
        self.setWindowTitle(APP_NAME)
        self.resize(1360, 860)
        self._pending_first_load = {"dashboard", "list"}
        ctx.runner.error_handler = lambda exc: show_error(self, exc)

        self.dashboard = DashboardPage(ctx)
        self.list_page = CarnetListPage(ctx)
        self.detail = CarnetDetailPage(ctx)
        self.stack = QStackedWidget()
        self.management = ManagementPage(ctx)
        self._add_pages()
        self.navigation = QListWidget()
        self.navigation.setObjectName("Navigation")
        self.navigation.addItems(
            [self.tr("Dashboard"), self.tr("Carnets"), self.tr("Carnet"), self.tr("Management")]
        )
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # wide enough for the longest page name in the interface language
        self.navigation.setFixedWidth(max(150, self.navigation.sizeHintForColumn(0) + 8))
        self.navigation.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.demo_banner = QLabel(
            self.tr("Demo data: made-up carnets in a throwaway database, deleted when you quit.")
        )
        self.demo_banner.setObjectName("DemoBanner")
        self.demo_banner.setVisible(False)
        self._demo_folder: tempfile.TemporaryDirectory[str] | None = None
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_status_bar()

        self._build_menus()
        self.issuing = _install_issuing(self, ctx)
        self.holder_actions = _install_holder(self, ctx)
        self.navigation.currentRowChanged.connect(self._navigate)
        self.dashboard.carnet_requested.connect(self.open_carnet_number)
        self.management.carnet_requested.connect(self.open_carnet_number)
        self.list_page.carnet_activated.connect(self.open_carnet)
        self.detail.message.connect(self._show_message)
        self.dashboard.loaded.connect(lambda _n: self._first_load_done("dashboard"))
        self.list_page.loaded.connect(lambda _n: self._first_load_done("list"))
        ctx.runner.progress_shown.connect(self._progress_shown)
        ctx.runner.idle.connect(self._progress_done)
        ctx.database_replaced.connect(self._database_replaced)
        self.list_page.new_carnet_requested.connect(self.new_carnet)
        self.list_page.open_database_requested.connect(self.open_database_file)
        self.detail.list_requested.connect(lambda: self.show_page("list"))
        self._restore_geometry()
        self._show_file()
        self.show_page("dashboard")

    def _build_status_bar(self) -> None:
        self.file_label = QLabel()
        self.progress_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        self.progress_label.setVisible(False)
        # the demo mark sits in the status bar: always in view, no height taken from the pages
        self.statusBar().addPermanentWidget(self.demo_banner, 1)
        # on the right, beside the progress: a message ("Daily backup written") takes the left
        # part and never draws over the file's name, even when shown before the window is
        self.statusBar().addPermanentWidget(self.file_label)
        self.statusBar().addPermanentWidget(self.progress_label)
        self.statusBar().addPermanentWidget(self.progress)

    def _add_pages(self) -> None:
        for page in (self.dashboard, self.list_page, self.detail, self.management):
            self.stack.addWidget(page)

    # ---------------------------------------------------------------- menus

    def _action(
        self,
        text: str,
        slot: Callable[..., object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.open_action = self._action(
            self.tr("&Open database…"), self.open_database_file, QKeySequence.StandardKey.Open
        )
        # Ctrl+N is New carnet (Issue menu); a new database is rare
        self.new_action = self._action(self.tr("&New database…"), self.new_database_file)
        self.backup_action = self._action(self.tr("&Back up now"), self.backup_now, "Ctrl+B")
        self.restore_action = self._action(
            self.tr("&Restore from a backup…"), self.restore_from_backup
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        for action in (self.open_action, self.new_action, self.backup_action, self.restore_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.verify_action = self._action(self.tr("&Verify a printed carnet…"), self.verify_printed)
        file_menu.addAction(self.verify_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        carnet_menu = bar.addMenu(self.tr("&Carnet"))
        self.find_action = self._action(
            self.tr("&Find carnet"), self.focus_search, QKeySequence.StandardKey.Find
        )
        self.stamp_action = self._action(self.tr("&Record stamp…"), self.record_stamp, "Ctrl+R")
        self.print_action = self._action(
            self.tr("&Print preview…"), self.print_current, QKeySequence.StandardKey.Print
        )
        self.refresh_action = self._action(self.tr("Re&fresh"), self.refresh, "F5")
        for action in (self.find_action, self.stamp_action, self.print_action):
            carnet_menu.addAction(action)
        # the open carnet's other actions: the same QActions as its "More actions" button
        carnet_menu.addMenu(self.detail.more_menu)
        carnet_menu.addSeparator()
        carnet_menu.addAction(self.refresh_action)
        self.carnet_menu = carnet_menu

        go_menu = bar.addMenu(self.tr("&Go"))
        for index, (name, label) in enumerate(
            (
                ("dashboard", self.tr("&Dashboard")),
                ("list", self.tr("&Carnets")),
                ("detail", self.tr("Carnet &detail")),
            ),
            start=1,
        ):
            go_menu.addAction(
                self._action(label, lambda _c=False, n=name: self.show_page(n), f"Ctrl+{index}")
            )

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("HelpMenu")  # menus added later go before it, found by name
        help_menu.addAction(self._action(self.tr("&About Carnet Desk"), self.about))

    # ---------------------------------------------------------------- pages

    def start(self) -> None:
        """First load: search index if missing, country list, alerts, carnet list; the day's
        backup copy once the first screen is loaded (not on the start path: copying a large file
        would hold the first rows) and every few hours while the desk stays open."""
        if not self._pending_first_load:
            self.daily_backup()
        if self._backup_timer is None:
            self._backup_timer = QTimer(self)
            self._backup_timer.setInterval(BACKUP_CHECK_MS)
            self._backup_timer.timeout.connect(self.daily_backup)
            self._backup_timer.start()
        self.ctx.submit_read(
            desk.country_choices, on_done=self.list_page.set_countries, label=self.tr("Loading…")
        )
        self.dashboard.reload()
        self.list_page.reload()
        self.ctx.submit_read(desk.search_index_ready, on_done=self._index_checked)

    @Slot()
    def welcome(self) -> None:
        """After the window shows: on a fresh database ask what the desk is for; then offer
        back any carnet application a desk that stopped left unsaved."""
        from carnet_app.gui.first_run import ask_purpose, needs_first_run

        if needs_first_run(self.ctx):
            ask_purpose(self, self)
        offer = getattr(self.issuing, "offer_recovery", None)
        if callable(offer):
            offer()

    @Slot()
    def new_carnet(self) -> None:
        opener = getattr(self.issuing, "new_carnet", None)
        if callable(opener):
            opener()

    def show_demo_database(
        self, database: Database, folder: tempfile.TemporaryDirectory[str]
    ) -> None:
        """Switch to a throwaway demo database, marked as such until the desk closes."""
        old = self._demo_folder
        self._demo_folder = folder
        self.ctx.replace_database(database)
        self.mark_demo(True)
        if old is not None:
            old.cleanup()

    def mark_demo(self, on: bool) -> None:
        self.demo_banner.setVisible(on)
        self.file_label.setVisible(not on)  # a temporary file: the mark says what matters
        self.setWindowTitle(self.tr("%1 — DEMO DATA").replace("%1", APP_NAME) if on else APP_NAME)

    @Slot()
    def daily_backup(self) -> None:
        """At most one automatic copy of the SQLite file a day, in the background."""
        if sqlite_file_of(self.ctx.database.url) is None:
            return
        self.ctx.runner.submit(
            backups.automatic_backup,
            self.ctx.database,
            self.ctx.paths,
            self.ctx.today(),
            on_done=self._backed_up,
            on_error=lambda exc: log.warning("automatic backup failed: %s", exc),
        )

    def _backed_up(self, copy: Path | None) -> None:
        if copy is not None:
            log.info("automatic backup written to %s", copy)
            self.statusBar().showMessage(self.tr("Daily backup written"), 5000)

    def _index_checked(self, ready: bool) -> None:
        if ready or not self.ctx.database.url.startswith("sqlite"):
            return
        self.ctx.submit_write(
            desk.prepare_search_index,
            on_done=self._index_built,
            label=self.tr("Building the search index…"),
        )

    def _index_built(self, built: bool) -> None:
        if built:
            self.list_page.query_now()

    def _first_load_done(self, name: str) -> None:
        if name in self._pending_first_load:
            self._pending_first_load.discard(name)
            if not self._pending_first_load:
                self.ready.emit()
                self.daily_backup()

    def show_page(self, name: str) -> None:
        index = PAGES.index(name)
        self.navigation.setCurrentRow(index)
        self._navigate(index)

    def current_page(self) -> str:
        return PAGES[self.stack.currentIndex()]

    @Slot(int)
    def _navigate(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self.stack.setCurrentIndex(row)
            if PAGES[row] == "management" and self.management.view is None:
                self.management.reload()  # the figures load when first looked at

    @Slot(int)
    def open_carnet(self, carnet_id: int, focus: str | None = None) -> None:
        self.detail.show_carnet(carnet_id, focus)
        self.show_page("detail")

    @Slot(str, str)
    def open_carnet_number(self, number: str, focus: str) -> None:
        self.detail.show_number(number, focus)
        self.show_page("detail")

    @Slot()
    def focus_search(self) -> None:
        self.show_page("list")
        self.list_page.focus_search()

    @Slot()
    def record_stamp(self) -> None:
        if self.current_page() == "list":
            selected = self.list_page.selected_id()
            if selected is not None:
                self.detail.show_carnet(selected)
                self.show_page("detail")
        if self.detail.detail is None:
            self._show_message(self.tr("Open a carnet first."))
            return
        self.show_page("detail")
        self.detail.record_stamp()

    @Slot()
    def print_current(self) -> None:
        if self.detail.detail is None:
            self._show_message(self.tr("Open a carnet first."))
            return
        self.detail.print_carnet("all")

    @Slot()
    def refresh(self) -> None:
        self.ctx.data_changed.emit(0)

    @Slot()
    def _database_replaced(self) -> None:
        self._show_file()
        self.detail.clear()
        self.start()
        self.show_page("dashboard")

    def _show_file(self) -> None:
        self.file_label.setText(self.tr("Data file: %1").replace("%1", self.ctx.data_file))

    # ---------------------------------------------------------------- about, progress

    @Slot()
    def verify_printed(self) -> None:
        """The proof code of a printed page, a scan or a photo (``carnet verify``)."""
        from carnet_app.gui.verify_dialog import VerifyDialog

        dialog = VerifyDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Carnet Desk"),
            self.tr(
                "<h3>Carnet Desk %1</h3><p>Follow ATA carnets through their whole life: issue, "
                "customs stamps, deadlines, return, discharge and claims.</p>"
                "<p>Data file: <code>%2</code></p><p>Licence: GPL-3.0-or-later</p>"
            )
            .replace("%1", __version__)
            .replace("%2", self.ctx.data_file),
        )

    @Slot(str)
    def _progress_shown(self, label: str) -> None:
        self.progress_label.setText(label)
        self.progress_label.setVisible(True)
        self.progress.setVisible(True)
        if QGuiApplication.overrideCursor() is None:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    @Slot()
    def _progress_done(self) -> None:
        self.progress.setVisible(False)
        self.progress_label.setVisible(False)
        while QGuiApplication.overrideCursor() is not None:
            QGuiApplication.restoreOverrideCursor()

    @Slot(str)
    def _show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    # ---------------------------------------------------------------- geometry

    def _restore_geometry(self) -> None:
        geometry = self.ctx.settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.ctx.settings.value(STATE_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def save_geometry(self) -> None:
        self.ctx.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.ctx.settings.setValue(STATE_KEY, self.saveState())
        self.ctx.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        if self.detail.preview is not None:
            self.detail.preview.close()
        super().closeEvent(event)


def _install_issuing(window: MainWindow, ctx: DeskContext) -> object:
    """The issuing desk's Issue and Tools menus."""
    from carnet_app.gui.issuing.actions import install_issuing_actions

    return install_issuing_actions(window, ctx)


def _install_holder(window: MainWindow, ctx: DeskContext) -> object:
    """Register, receive and check-in entries; a holder's desk hides the chamber-only menus."""
    from carnet_app.gui.holder.actions import install_holder_actions

    return install_holder_actions(window, ctx, window.carnet_menu)


__all__ = ["PAGES", "MainWindow", "style"]

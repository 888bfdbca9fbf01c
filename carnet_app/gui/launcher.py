"""``carnet-app``: start the desk, or take a screenshot of one page and exit.

``carnet-app [--db PATH_OR_URL] [--demo] [--lang en|fr|pseudo] [--screenshot FILE [--page NAME]
[--search TEXT] [--size WxH]]``. ``--demo`` opens a throwaway database filled with demo carnets;
``--lang`` overrides the language chosen in the settings (``pseudo``: every string 40 % longer).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from carnet_app import APP_AUTHOR, APP_ID, APP_NAME
from carnet_app.gui import i18n, style
from carnet_app.gui.errors import init_logging, install_excepthook, show_error
from carnet_app.paths import DATA_DIR_ENV_VAR, AppPaths, resolve_database_url
from carnet_app.resources import resource_path
from carnet_app.startup import started

if TYPE_CHECKING:  # the heavy layers load after the first window is painted
    from carnet_app.db.uow import Database
    from carnet_app.gui.dialogs.stamp import StampDialog
    from carnet_app.gui.main_window import MainWindow
    from carnet_app.gui.tasks import TaskRunner

log = logging.getLogger(__name__)
SCREENSHOT_PAGES = ("dashboard", "list", "detail", "stamp", "management")
DEMO_CARNETS = 300
SCREENSHOT_TIMEOUT_MS = 120_000
# For the start-up benchmark: "paint" prints the seconds since the epoch when the first window
# was painted, "exit" also quits there, "desk" prints when the main window was painted and quits.
FIRST_PAINT_ENV_VAR = "CARNET_REPORT_FIRST_PAINT"
DEFAULT_SIZE = (1360, 860)
GEOMETRY_KEY = "main/geometry"  # MainWindow's saved geometry


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="carnet-app", description=APP_NAME)
    parser.add_argument("--db", metavar="PATH_OR_URL", help="database file or SQLAlchemy URL")
    parser.add_argument(
        "--demo", action="store_true", help=f"a throwaway database with {DEMO_CARNETS} demo carnets"
    )
    parser.add_argument("--screenshot", metavar="FILE", help="save a PNG of the window and exit")
    parser.add_argument("--page", choices=SCREENSHOT_PAGES, default="dashboard")
    parser.add_argument("--search", default="", help="with --page list: text typed in the search")
    parser.add_argument("--tab", default="movements", help="with --page detail: the tab shown")
    parser.add_argument("--size", default="1360x860", help="window size for --screenshot (WxH)")
    parser.add_argument("--debug", action="store_true", help="log to the console too")
    parser.add_argument(
        "--lang",
        choices=(i18n.SYSTEM, *i18n.LANGUAGES, i18n.PSEUDO),
        help="interface language for this run (default: the one chosen in the settings)",
    )
    return parser.parse_args(list(argv) if argv is not None else None)


def settings_for(paths: AppPaths, *, throwaway: Path | None = None) -> QSettings:
    """UI preferences (geometry, column widths): beside the data when the data folder is
    overridden (tests, portable installs), else in the user's configuration folder."""
    if throwaway is not None:
        folder = throwaway
    elif os.environ.get(DATA_DIR_ENV_VAR):
        folder = paths.data_dir
    else:
        folder = Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))
    return QSettings(str(folder / "desk-settings.ini"), QSettings.Format.IniFormat)


def app_icon() -> QIcon:
    """The window icon, from the PNGs rendered from resources/icons/carnet-desk.svg."""
    icon = QIcon()
    for png in sorted(resource_path("icons", "hicolor").glob(f"*/apps/{APP_ID}.png")):
        icon.addFile(str(png))
    return icon


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise SystemExit(f"carnet-app: --size {text!r}: expected WIDTHxHEIGHT") from None
    return width, height


class OpeningWindow(QMainWindow):
    """What the desk shows in the first tenth of a second: the main window's frame with the
    carnet table's header and "Opening …", painted before SQLAlchemy, the pages and the
    database are loaded. The real main window takes its place (same geometry) when ready."""

    def __init__(self, database_label: str) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.setObjectName("OpeningWindow")
        body = QWidget()
        layout = QVBoxLayout(body)
        self.message = QLabel(
            QCoreApplication.translate("OpeningWindow", "Opening %1…").replace("%1", database_label)
        )
        self.message.setObjectName("PageSubtitle")
        self.message.setAccessibleName(self.message.text())
        table = QTableWidget(0, 5)
        table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("OpeningWindow", text)
                for text in ("Number", "Holder", "Status", "Valid until", "Value")
            ]
        )
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setEnabled(False)
        layout.addWidget(self.message)
        layout.addWidget(table, 1)
        self.setCentralWidget(body)


class _FirstPaint(QObject):
    """Calls ``then`` once, just after ``window`` was painted for the first time."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        self._done = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            QTimer.singleShot(0, self._then)
        return False


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv if argv is not None else sys.argv[1:])
    paths = AppPaths.from_environment()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    style.install(app)
    init_logging(paths.logs_dir, debug=args.debug)
    if not args.screenshot:
        install_excepthook()
    problem = _environment_problem()
    if problem:
        sys.stderr.write(f"carnet-app: {problem}\n")
        if not args.screenshot:
            QMessageBox.critical(None, APP_NAME, problem)
        return 2

    throwaway: tempfile.TemporaryDirectory[str] | None = None
    if args.demo:
        throwaway = tempfile.TemporaryDirectory(prefix="carnet-demo-")
        url = resolve_database_url(str(Path(throwaway.name) / "demo.sqlite3"), paths)
    else:
        url = resolve_database_url(args.db, paths)
    settings = settings_for(paths, throwaway=Path(throwaway.name) if throwaway else None)
    i18n.install_language(i18n.chosen_language(settings.value(i18n.LANGUAGE_KEY), args.lang), app)

    opening = OpeningWindow(_database_label(url))
    opening.resize(*(_size(args.size) if args.screenshot else DEFAULT_SIZE))
    saved = settings.value(GEOMETRY_KEY)
    if saved is not None and not args.screenshot:
        opening.restoreGeometry(saved)  # where the desk was left, like the main window will
    start = DeskStart(app, args, paths, url, settings, opening)
    _FirstPaint(opening, start.run)
    opening.show()
    code = app.exec()
    code = start.finish(code)
    if throwaway is not None:
        throwaway.cleanup()
    return code


def _environment_problem() -> str | None:
    """What in the environment stops the desk before anything opens (a wrong CARNET_TODAY)."""
    from carnet_app import clock
    from carnet_app.errors import EnvironmentProblem

    try:
        clock.today()
    except EnvironmentProblem as exc:
        return str(exc)
    return None


def _database_label(url: str) -> str:
    if "://" in url and not url.startswith("sqlite"):
        return url.split("@")[-1]
    return Path(url.split(":///", 1)[-1]).name or url


class DeskStart:
    """The part of the start that waits for the first paint: import the database layer and the
    pages, open (and if need be migrate) the database, then put the main window in place."""

    def __init__(
        self,
        app: QApplication,
        args: argparse.Namespace,
        paths: AppPaths,
        url: str,
        settings: QSettings,
        opening: OpeningWindow,
    ) -> None:
        self.app = app
        self.args = args
        self.paths = paths
        self.url = url
        self.settings = settings
        self.opening = opening
        self.window: MainWindow | None = None
        self.database: Database | None = None
        self.runner: TaskRunner | None = None
        self.shooter: Screenshot | None = None

    def run(self) -> None:
        report = os.environ.get(FIRST_PAINT_ENV_VAR)
        if report in ("paint", "exit"):
            sys.stdout.write(f"first-paint {time.time():.6f}\n")
            sys.stdout.flush()
            if report == "exit":
                self.app.exit(0)
                return
        from carnet_app.errors import EnvironmentProblem
        from carnet_app.services.database import open_database

        try:
            database = open_database(self.url, self.paths)
            self.database = database
            from carnet_app.services.deadlines import rebuild_if_pending

            rebuild_if_pending(database)  # once after migration 0008 (the deadline table)
            if self.args.demo:
                from carnet_app.clock import today as current_day
                from carnet_app.services.demo_data import fill_demo_data

                with database.write() as session:
                    fill_demo_data(
                        session, carnets=DEMO_CARNETS, seed=7, today=current_day(), user="demo"
                    )
        except EnvironmentProblem as exc:
            self.opening.hide()
            # a damaged database: offer to restore it from a backup (it was never opened)
            reopened = None
            if not self.args.screenshot:
                from carnet_app.gui.open_failure import offer_restore

                reopened = offer_restore(self.url, self.paths, exc)
            if reopened is None:
                if self.args.screenshot:
                    show_error(None, exc)
                self.app.exit(1)
                return
            database = reopened
            self.database = database
        self._show_desk(database)

    def _show_desk(self, database: Database) -> None:
        from carnet_app import __version__
        from carnet_app.clock import current_user
        from carnet_app.gui.context import DeskContext
        from carnet_app.gui.fonts import register_bundled_fonts
        from carnet_app.gui.main_window import MainWindow
        from carnet_app.gui.tasks import TaskRunner

        self.app.setApplicationVersion(__version__)
        register_bundled_fonts()  # after the first paint: CJK text without system Asian fonts
        self.runner = TaskRunner(self.app)
        ctx = DeskContext(database, self.paths, self.settings, self.runner, user=current_user())
        window = MainWindow(ctx)
        self.window = window
        if self.args.screenshot:
            window.resize(*_size(self.args.size))
        elif not self.settings.contains(GEOMETRY_KEY):
            window.setGeometry(self.opening.geometry())
        if os.environ.get(FIRST_PAINT_ENV_VAR) == "desk":
            _FirstPaint(window, self._report_desk_painted)
        window.show()
        self.opening.hide()
        self.opening.deleteLater()
        window.start()
        started()  # the desk is loaded: the collector resumes, start-up's objects set aside
        if self.args.demo:
            window.mark_demo(True)
        if not self.args.screenshot:  # first run: what is the desk for; unsaved work to recover
            QTimer.singleShot(0, window.welcome)
        if self.args.screenshot:
            self.shooter = Screenshot(
                window,
                self.args.page,
                Path(self.args.screenshot),
                search=self.args.search,
                tab=self.args.tab,
            )
            self.shooter.begin()

    def _report_desk_painted(self) -> None:
        sys.stdout.write(f"desk-painted {time.time():.6f}\n")
        sys.stdout.flush()
        self.app.exit(0)

    def finish(self, code: int) -> int:
        if self.shooter is not None:
            code = self.shooter.exit_code
        if self.runner is not None:
            self.runner.shutdown(wait=True)
        if self.window is not None:
            # delete the window while Python is whole (PySide6 crashes if left to shutdown)
            self.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if self.database is not None:
            self.database.dispose()
        return code


class Screenshot:
    """Drive the window to a page, wait until every task is done, grab it, quit."""

    def __init__(
        self, window: MainWindow, page: str, target: Path, *, search: str = "", tab: str = ""
    ) -> None:
        self.window = window
        self.page = page
        self.target = target
        self.search = search
        self.tab = tab or "movements"
        self.exit_code = 1
        self._quiet_ticks = 0
        self._stage = "start"
        self._dialog: StampDialog | None = None
        self._timer = QTimer(window)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._tick)
        self._deadline = QTimer(window)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._give_up)

    def begin(self) -> None:
        self._timer.start()
        self._deadline.start(SCREENSHOT_TIMEOUT_MS)

    def _settled(self) -> bool:
        if self.window.ctx.runner.busy:
            self._quiet_ticks = 0
            return False
        self._quiet_ticks += 1
        return self._quiet_ticks >= 3

    def _tick(self) -> None:
        if not self._settled():
            return
        self._quiet_ticks = 0
        window = self.window
        if self._stage == "start":
            self._stage = "page"
            if self.page in ("dashboard", "management"):
                window.show_page(self.page)
            elif self.page == "list":
                window.show_page("list")
                if self.search:
                    window.list_page.search.setText(self.search)
                    window.list_page.query_now()
                    window.list_page.table.selectRow(0)
            else:
                from carnet_app.services import desk

                carnet_id = window.ctx.read(desk.sample_carnet_id)
                if carnet_id is not None:
                    window.open_carnet(carnet_id, self.tab if self.page == "detail" else None)
            return
        if self._stage == "page" and self.page == "stamp":
            self._stage = "dialog"
            self._dialog = self._open_stamp_dialog()
            return
        self._grab()

    def _open_stamp_dialog(self) -> StampDialog | None:
        from carnet_app.domain.types import EN_ROUTE, MovementAction, is_out_of_home
        from carnet_app.gui.dialogs.stamp import StampDialog
        from carnet_app.services import desk, movements

        detail = self.window.detail.detail
        if detail is None or not detail.carnet.number:
            return None
        number = detail.carnet.number
        ctx = self.window.ctx
        today = ctx.today()
        abroad = [
            place
            for item in detail.carnet.items
            for place, quantity in item.where.items()
            if quantity and is_out_of_home(place) and place != EN_ROUTE
        ]
        action = MovementAction.RE_EXPORTATION if abroad else (MovementAction.EXPORTATION)
        initial = movements.StampRequest(
            action=action,
            on=today,
            country=abroad[0] if abroad and not abroad[0].startswith("transit-") else None,
            office=self.window.tr("Airport customs, cargo terminal"),
            place=self.window.tr("International airport"),
            reference="2026-118305",
        )
        dialog = StampDialog(
            number=number,
            today=today,
            countries=ctx.read(desk.country_choices),
            checker=lambda request: ctx.read(movements.check_stamp, number, request, today=today),
            picker=lambda act, country: ctx.read(desk.stamp_picker, number, act, country),
            initial=initial,
            parent=self.window,
        )
        dialog.show()
        return dialog

    def _grab(self) -> None:
        self._timer.stop()
        self._deadline.stop()
        widget: QWidget = self._dialog if self._dialog is not None else self.window
        pixmap = widget.grab()
        self.target.parent.mkdir(parents=True, exist_ok=True)
        if pixmap.isNull() or not pixmap.save(str(self.target), "PNG"):
            log.error("could not write the screenshot %s", self.target)
            self.exit_code = 1
        else:
            self.exit_code = 0
        if self._dialog is not None:
            self._dialog.close()
        self.window.close()
        QApplication.quit()

    def _give_up(self) -> None:
        log.error("screenshot: the window did not settle in time")
        self._timer.stop()
        self.exit_code = 1
        self.window.close()
        QApplication.quit()


if __name__ == "__main__":
    sys.exit(main())

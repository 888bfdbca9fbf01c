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
from collections.abc import Sequence
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from carnet_app import APP_AUTHOR, APP_ID, APP_NAME, __version__, i18n
from carnet_app.domain.types import MovementAction
from carnet_app.errors import EnvironmentProblem
from carnet_app.gui import style
from carnet_app.gui.context import DeskContext, current_day, current_user
from carnet_app.gui.dialogs.stamp import StampDialog
from carnet_app.gui.errors import init_logging, install_excepthook, show_error
from carnet_app.gui.main_window import MainWindow
from carnet_app.gui.tasks import TaskRunner
from carnet_app.paths import DATA_DIR_ENV_VAR, AppPaths, resolve_database_url
from carnet_app.resources import resource_path
from carnet_app.services import desk, movements
from carnet_app.services.database import open_database
from carnet_app.services.demo_data import fill_demo_data

log = logging.getLogger(__name__)
SCREENSHOT_PAGES = ("dashboard", "list", "detail", "stamp")
DEMO_CARNETS = 300
SCREENSHOT_TIMEOUT_MS = 120_000


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="carnet-app", description=f"{APP_NAME} {__version__}")
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


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv if argv is not None else sys.argv[1:])
    paths = AppPaths.from_environment()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    style.install(app)
    init_logging(paths.logs_dir, debug=args.debug)
    if not args.screenshot:
        install_excepthook()

    throwaway: tempfile.TemporaryDirectory[str] | None = None
    if args.demo:
        throwaway = tempfile.TemporaryDirectory(prefix="carnet-demo-")
        url = resolve_database_url(str(Path(throwaway.name) / "demo.sqlite3"), paths)
    else:
        url = resolve_database_url(args.db, paths)
    settings = settings_for(paths, throwaway=Path(throwaway.name) if throwaway else None)
    i18n.install_language(i18n.chosen_language(settings.value(i18n.LANGUAGE_KEY), args.lang), app)
    try:
        database = open_database(url, paths)
        if args.demo:
            with database.write() as session:
                fill_demo_data(
                    session, carnets=DEMO_CARNETS, seed=7, today=current_day(), user="demo"
                )
    except EnvironmentProblem as exc:
        show_error(None, exc)
        return 1

    runner = TaskRunner(app)
    ctx = DeskContext(database, paths, settings, runner, user=current_user())
    window = MainWindow(ctx)
    if args.screenshot:
        width, height = _size(args.size)
        window.resize(width, height)
    window.show()
    window.start()
    if args.demo:
        window.mark_demo(True)
    if not args.screenshot:  # first run: what is the desk for; unsaved work to recover
        QTimer.singleShot(0, window.welcome)
    code = 0
    if args.screenshot:
        shooter = Screenshot(
            window, args.page, Path(args.screenshot), search=args.search, tab=args.tab
        )
        shooter.begin()
        app.exec()
        code = shooter.exit_code
    else:
        code = app.exec()
    runner.shutdown(wait=True)
    # delete the window while Python is whole (PySide6 crashes if left to shutdown)
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    database.dispose()
    if throwaway is not None:
        throwaway.cleanup()
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
            if self.page == "dashboard":
                window.show_page("dashboard")
            elif self.page == "list":
                window.show_page("list")
                if self.search:
                    window.list_page.search.setText(self.search)
                    window.list_page.query_now()
                    window.list_page.table.selectRow(0)
            else:
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
        detail = self.window.detail.detail
        if detail is None or not detail.get("number"):
            return None
        number = str(detail["number"])
        ctx = self.window.ctx
        today = ctx.today()
        abroad = [
            place
            for item in detail["items"]
            for place, quantity in item["where"].items()
            if quantity and place not in ("home", "en-route", "disposed")
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

"""Errors shown once, in their kind (docs/architecture.md convention 5), and the log file.

* ``UserError``: a message box (or the caller shows it inline); logged at INFO.
* ``EnvironmentProblem``: a dialog naming the file and what to do; logged at ERROR.
* anything else is a bug: logged with its traceback, crash dialog with copyable details.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
import traceback
from collections import deque
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carnet_app import APP_NAME, __version__
from carnet_app.errors import EnvironmentProblem, UserError

log = logging.getLogger(__name__)
LOG_FILENAME = "carnet-desk.log"
_tail: deque[str] = deque(maxlen=200)
_log_file: Path | None = None


class _TailHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        _tail.append(self.format(record))


def init_logging(logs_dir: Path, *, debug: bool = False) -> Path | None:
    """A rotating log file in the logs folder, a tail kept for the crash dialog."""
    global _log_file
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    tail = _TailHandler()
    tail.setFormatter(formatter)
    root.addHandler(tail)
    try:
        logs_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            logs_dir / LOG_FILENAME, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError as exc:
        log.warning("no log file in %s: %s", logs_dir, exc)
        _log_file = None
    else:
        handler.setFormatter(formatter)
        root.addHandler(handler)
        _log_file = logs_dir / LOG_FILENAME
    if debug:
        console = logging.StreamHandler()
        console.setFormatter(formatter)
        root.addHandler(console)
    qInstallMessageHandler(_qt_message)
    return _log_file


def _qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }.get(kind, logging.ERROR)
    logging.getLogger("qt").log(level, "%s", message)


def details_of(exc: BaseException) -> str:
    lines = [
        f"{APP_NAME} {__version__}",
        f"Python {platform.python_version()} on {platform.platform()}",
        "",
        "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)).rstrip(),
    ]
    if _tail:
        lines += ["", "Last log lines:", *list(_tail)[-30:]]
    return "\n".join(lines)


class CrashDialog(QDialog):
    """A bug: what happened, details to copy, where the log is."""

    def __init__(self, exc: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Something went wrong inside Carnet Desk. Nothing was saved by the action that "
                "failed. Please send the details below to your support contact."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.details = QPlainTextEdit(details_of(exc))
        self.details.setReadOnly(True)
        layout.addWidget(self.details, 1)
        if _log_file is not None:
            where = QLabel(self.tr("Log file: %1").replace("%1", str(_log_file)))
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy details"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())

    @classmethod
    def show_crash(cls, exc: BaseException, parent: QWidget | None = None) -> None:
        cls(exc, parent).exec()


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show an error in its kind (for errors not shown inline)."""
    if isinstance(exc, UserError):
        log.info("refused: %s", exc)
        QMessageBox.warning(parent, QCoreApplication.translate("Errors", "Not possible"), str(exc))
    elif isinstance(exc, EnvironmentProblem):
        log.error("environment problem: %s", exc)
        text = QCoreApplication.translate("Errors", "Carnet Desk cannot use its data file.")
        if exc.path:
            text += "\n\n" + QCoreApplication.translate("Errors", "File: %1").replace(
                "%1", exc.path
            )
        text += "\n\n" + str(exc)
        QMessageBox.critical(
            parent, QCoreApplication.translate("Errors", "Data file problem"), text
        )
    else:
        log.critical("unexpected error", exc_info=exc)
        CrashDialog.show_crash(exc, parent)


def install_excepthook() -> None:
    """Uncaught exceptions in slots end in the crash dialog instead of a silent abort."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        show_error(None, exc)

    sys.excepthook = hook

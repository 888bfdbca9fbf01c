"""What every page and dialog is given: the database, the task runner, who and when, and the
one change bus (docs/architecture.md conventions 2 and 7).

Widgets never hold a session: ``read``/``write`` open one unit of work per call, ``submit_read``
runs a read in the task runner (its own session in its own thread).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, Concatenate, ParamSpec, TypeVar

from PySide6.QtCore import QObject, QSettings, Signal

from carnet_app.clock import current_user
from carnet_app.clock import today as current_day
from carnet_app.db.uow import Database
from carnet_app.gui.tasks import TaskRunner
from carnet_app.paths import AppPaths, sqlite_file_of
from carnet_app.services.database import Session

T = TypeVar("T")
P = ParamSpec("P")


class DeskContext(QObject):
    """The composition root's shared services.

    Signals:
        data_changed(int): a service call changed data; the carnet id, or 0 for "anything".
        database_replaced(): another database file was opened; reload everything.
    """

    data_changed = Signal(int)
    database_replaced = Signal()

    def __init__(
        self,
        database: Database,
        paths: AppPaths,
        settings: QSettings,
        runner: TaskRunner,
        *,
        user: str | None = None,
        today: Callable[[], date] = current_day,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.paths = paths
        self.settings = settings
        self.runner = runner
        self.user = user or current_user()
        self._today = today

    def today(self) -> date:
        return self._today()

    @property
    def data_file(self) -> str:
        path = sqlite_file_of(self.database.url)
        return str(path) if path is not None else self.database.url_for_display

    def read(
        self, fn: Callable[Concatenate[Session, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """A short read on the GUI thread (one unit of work)."""
        with self.database.read() as session:
            return fn(session, *args, **kwargs)

    def write(
        self, fn: Callable[Concatenate[Session, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """One user action: one write transaction, then the change bus."""
        return self.write_carnet(0, fn, *args, **kwargs)

    def write_carnet(
        self,
        carnet_id: int,
        fn: Callable[Concatenate[Session, P], T],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> T:
        """``write`` for an action on one carnet: the change bus names it."""
        with self.database.write() as session:
            result = fn(session, *args, **kwargs)
        self.data_changed.emit(carnet_id)
        return result

    def submit_read(
        self,
        fn: Callable[..., T],
        *args: Any,
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
        label: str = "",
    ) -> int:
        """A read in the task runner; the worker opens its own session."""
        return self._submit(False, fn, args, on_done, on_error, label)

    def submit_write(
        self,
        fn: Callable[..., T],
        *args: Any,
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
        label: str = "",
    ) -> int:
        """A write in the task runner: one transaction in the worker's own session."""
        return self._submit(True, fn, args, on_done, on_error, label)

    def _submit(
        self,
        writes: bool,
        fn: Callable[..., T],
        args: tuple[Any, ...],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None,
        label: str,
    ) -> int:
        database = self.database

        def task() -> T:
            with database.write() if writes else database.read() as session:
                return fn(session, *args)

        return self.runner.submit(task, on_done=on_done, on_error=on_error, label=label)

    def replace_database(self, database: Database) -> None:
        old = self.database
        self.database = database
        old.dispose()
        self.database_replaced.emit()

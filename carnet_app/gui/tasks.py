"""Work off the GUI thread: plain functions run in a pool, results come back by a queued signal.

Workers never touch widgets: a task is a function of plain inputs (it opens its own unit of
work) returning plain data. ``on_done``/``on_error`` run on the GUI thread. Tests pass
``inline=True`` so tasks run synchronously (docs/architecture.md conventions 6 and 9).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 300
T = TypeVar("T")


@dataclass
class _Pending:
    label: str
    on_done: Callable[[Any], None]
    on_error: Callable[[BaseException], None] | None
    cancelled: bool = False


class _Relay(QObject):
    """Lives on the GUI thread; its signal is emitted from workers (queued delivery)."""

    finished = Signal(object)  # (task id, ok, result or exception): one Python object


class TaskRunner(QObject):
    """Runs tasks in a small thread pool and reports back on the GUI thread.

    Signals:
        progress_shown(str): a task has been running for more than ~300 ms (show progress).
        idle(): no task is running any more.
    """

    progress_shown = Signal(str)
    idle = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        inline: bool = False,
        max_workers: int = 2,
        error_handler: Callable[[BaseException], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._inline = inline
        self._executor = None if inline else ThreadPoolExecutor(max_workers=max_workers)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._relayed, Qt.ConnectionType.QueuedConnection)
        self._pending: dict[int, _Pending] = {}
        self._ids = itertools.count(1)
        self.error_handler = error_handler
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_DELAY_MS)
        self._progress_timer.timeout.connect(self._maybe_show_progress)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def submit(
        self,
        fn: Callable[..., T],
        *args: Any,
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
        label: str = "",
    ) -> int:
        """Run ``fn(*args)``; ``on_done(result)`` or ``on_error(exc)`` later on this thread."""
        task_id = next(self._ids)
        pending = _Pending(label=label, on_done=on_done, on_error=on_error)
        self._pending[task_id] = pending
        if self._inline or self._executor is None:
            try:
                result = fn(*args)
            except Exception as exc:  # delivered to the caller's error path
                self._finished(task_id, False, exc)
            else:
                self._finished(task_id, True, result)
            return task_id
        if not self._progress_timer.isActive():
            self._progress_timer.start()
        future = self._executor.submit(fn, *args)
        future.add_done_callback(lambda done: self._deliver(task_id, done))
        return task_id

    def cancel(self, task_id: int) -> None:
        """Forget the result of a task (it still finishes in its thread)."""
        pending = self._pending.get(task_id)
        if pending is not None:
            pending.cancelled = True

    def _deliver(self, task_id: int, future: Future[Any]) -> None:  # worker thread
        if future.cancelled():
            return
        exc = future.exception()
        try:
            if exc is not None:
                self._relay.finished.emit((task_id, False, exc))
            else:
                self._relay.finished.emit((task_id, True, future.result()))
        except RuntimeError:  # the window closed meanwhile: nobody is waiting any more
            log.debug("task %s finished after shutdown", task_id)

    @Slot()
    def _maybe_show_progress(self) -> None:
        running = [p for p in self._pending.values() if not p.cancelled]
        if running:
            self.progress_shown.emit(running[0].label)

    @Slot(object)
    def _relayed(self, message: tuple[int, bool, object]) -> None:
        task_id, ok, value = message
        self._finished(task_id, ok, value)

    def _finished(self, task_id: int, ok: bool, value: object) -> None:
        pending = self._pending.pop(task_id, None)
        if pending is None:
            return
        try:
            if pending.cancelled:
                return
            if ok:
                pending.on_done(value)
            else:
                assert isinstance(value, BaseException)
                if pending.on_error is not None:
                    pending.on_error(value)
                elif self.error_handler is not None:
                    self.error_handler(value)
                else:
                    log.error("task %r failed", pending.label, exc_info=value)
        finally:
            if not self._pending:
                self._progress_timer.stop()
                self.idle.emit()

    def shutdown(self, *, wait: bool = True) -> None:
        for pending in self._pending.values():
            pending.cancelled = True
        if self._executor is not None:
            self._executor.shutdown(wait=wait, cancel_futures=True)

"""The proof's hashing of a bulk load (``drawn_bundles``), in a process of its own for a large
load: the drawing thread hands each batch's rows over and goes on drawing while the other core
hashes them (at 100,000 demo carnets the hashing was a fifth of the load's time, all of it in
the drawing thread).

The process is started fresh (``spawn``: no copy of the desk's threads, windows or database
connections) and holds the load's ``DrawnBundles`` until the end, when it hands them back
whole. Batches are hashed in the order they are handed over; at most ``IN_FLIGHT`` wait, so
a slow hasher holds the drawing back instead of the batches piling up in memory. A hasher
that fails (or a process that dies) fails the load, which then rolls back.

A small load hashes in the drawing thread: starting a process costs more than it saves.

This module imports nothing of the desk at its top: the process imports it first, and only
then, prepared as the programs are (``carnet_app.startup``: compiled imports kept), the rest.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from types import TracebackType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from carnet_app.services.drawn_bundles import DrawnBundles, Written

# carnets from which a load hashes in a process of its own
SEPARATE_FROM = 5_000
IN_FLIGHT = 2  # batches handed over and not yet hashed, at most

Moved = Sequence[tuple[int, int, int, list[int]]]


class BundleHasher:
    """Hashes the batches of one load (``add``) and gives the ``DrawnBundles`` of them all
    (``result``); used as a context manager, which stops the process."""

    def __init__(self, first_carnet: int, next_ids: Mapping[str, int], *, carnets: int) -> None:
        self._here: DrawnBundles | None = None
        self._process: ProcessPoolExecutor | None = None
        self._pending: deque[Future[None]] = deque()
        if carnets < SEPARATE_FROM:
            from carnet_app.services.drawn_bundles import DrawnBundles

            self._here = DrawnBundles(first_carnet, next_ids)
        else:
            self._process = ProcessPoolExecutor(
                max_workers=1,
                mp_context=get_context("spawn"),
                initializer=_start,
                initargs=(first_carnet, dict(next_ids)),
            )

    def __enter__(self) -> BundleHasher:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._process is not None:
            self._process.shutdown(wait=True, cancel_futures=True)
            self._process = None

    def add(self, written: Mapping[str, Written], moved: Moved) -> None:
        """Hash a batch (``DrawnBundles.add``): the rows as written, the moved movements."""
        if self._here is not None:
            self._here.add(written, moved)
            return
        assert self._process is not None, "the hasher is still open"
        while len(self._pending) >= IN_FLIGHT:
            _outcome(self._pending.popleft())
        from carnet_app.services.audit_bulk import BUNDLE_TABLES

        bundled = {name: written[name] for name in BUNDLE_TABLES if name in written}
        self._pending.append(self._process.submit(_add, bundled, list(moved)))

    def result(self) -> DrawnBundles:
        """The digests of every batch handed over."""
        if self._here is not None:
            return self._here
        assert self._process is not None, "the hasher is still open"
        while self._pending:
            _outcome(self._pending.popleft())
        bundles: DrawnBundles = _outcome(self._process.submit(_bundles))
        return bundles


def _outcome(future: Future[Any]) -> Any:
    """What the process answered; its end (killed, out of memory) as the desk's one line."""
    try:
        return future.result()
    except BrokenProcessPool as exc:
        from carnet_app.domain.messages import say
        from carnet_app.errors import EnvironmentProblem

        raise EnvironmentProblem(say("cli.demo-hasher-stopped")) from exc


# In the hashing process: the load's bundles, from the first batch to the last.
_drawn: DrawnBundles | None = None


def _start(first_carnet: int, next_ids: dict[str, int]) -> None:
    global _drawn
    import signal

    # Ctrl-C in a terminal reaches the whole group: the program stops the load and this
    # process with it, without a word of this one
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from carnet_app import startup

    startup.prepare_process()
    startup.started()
    from carnet_app.services.drawn_bundles import DrawnBundles

    _drawn = DrawnBundles(first_carnet, next_ids)


def _add(written: Mapping[str, Written], moved: Moved) -> None:
    assert _drawn is not None, "the process was started with the load's first ids"
    _drawn.add(written, moved)


def _bundles() -> DrawnBundles:
    assert _drawn is not None, "the process was started with the load's first ids"
    return _drawn

"""The writing half of a demo load (``demo_data``): each batch of rows, already in their
stored form, into the database, with the rows the database makes from them (movement lines,
the search index's rows).

A thread of the writer's own works while the drawing thread draws the next batch; the drawing
thread does not touch the connection while it does, and an error of the writer reaches it at
the next batch or at the end, when the whole load rolls back.

* On PostgreSQL the thread writes the whole batch: the server parses, inserts and joins on
  its core while the client draws on the other (at 100,000 carnets the build took 116 s
  instead of 167 s).
* On SQLite the drawing thread inserts the rows itself (the driver takes the interpreter lock
  back for every row: a writer thread contending for it with the drawing made the load two
  and a half times slower), and the thread runs the batch's statements that work inside
  SQLite alone, without the lock: the movement lines from the goods lines, and the item
  index's rows for the batch's goods.
"""

from __future__ import annotations

from collections.abc import Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from types import TracebackType

from sqlalchemy import Connection, Table

from carnet_app.db.bulk import index_goods_range, insert_rows, lines_from_goods
from carnet_app.db.search_documents import fill_search_documents
from carnet_app.services.demo_rows import MODELS, Moved
from carnet_app.services.drawn_bundles import Written


@dataclass(frozen=True)
class Batch:
    """One batch of a load, ready to write."""

    # each table's columns and stored rows, in the order the foreign keys need
    written: Mapping[str, Written]
    # the movements whose lines the database makes from the goods lines, and the first id
    moved: list[Moved]
    line_id: int
    # the first and last carnet of the batch (their search documents)
    carnets: tuple[int, int]


class BatchWriter:
    """Writes the batches of one load, in order; used as a context manager (leaving it waits
    for the last batch, and raises its error)."""

    def __init__(self, connection: Connection, *, documents: bool, items_search: bool) -> None:
        self.connection = connection
        self.documents = documents  # PostgreSQL's search documents, filled batch by batch
        self.items_search = items_search  # SQLite's item index, filled batch by batch
        self.whole_batch = connection.dialect.name == "postgresql"  # all of it in the thread
        self._threads: ThreadPoolExecutor | None = None
        self._pending: Future[None] | None = None  # the batch being written

    def __enter__(self) -> BatchWriter:
        self._threads = ThreadPoolExecutor(max_workers=1, thread_name_prefix="demo-writer")
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._threads is None:
            return
        try:
            if kind is None:
                self._wait()
        finally:
            self._threads.shutdown(wait=True)  # on an error too: the connection is free again
            self._threads = None

    def write(self, batch: Batch) -> None:
        """Write one batch: once the one before is in, hand the batch (on SQLite, what is
        left of it once its rows are in) to the thread."""
        assert self._threads is not None, "the writer is used as a context manager"
        self._wait()  # the batch before this one is in (its error, if any, raised here)
        if self.whole_batch:
            self._pending = self._threads.submit(self._write, batch)
        else:
            self._insert(batch)
            self._pending = self._threads.submit(self._derive, batch)

    def _wait(self) -> None:
        if self._pending is not None:
            pending, self._pending = self._pending, None
            pending.result()

    def _write(self, batch: Batch) -> None:
        self._insert(batch)
        self._derive(batch)

    def _insert(self, batch: Batch) -> None:
        for name, (columns, rows) in batch.written.items():
            insert_rows(self.connection, table_of(MODELS[name]), columns, rows, stored=columns)

    def _derive(self, batch: Batch) -> None:
        """The rows the database makes from the batch's: movement lines, search rows."""
        moved_lines(self.connection, batch.moved, batch.line_id)
        first, last = batch.carnets
        if first > last:
            return
        if self.documents:
            fill_search_documents(self.connection, first, last)
        if self.items_search:
            index_goods_range(self.connection, first, last)


def moved_lines(connection: Connection, moved: list[Moved], line_id: int) -> None:
    """The lines of a batch's movements, each moving every item of its carnet
    (``Rows.moved``), made from the goods lines in one statement instead of millions of
    tuples; ids from ``line_id`` in the order the rows were drawn (by movement, then item)."""
    if moved:
        lines_from_goods(
            connection,
            first_id=line_id,
            movements=(moved[0][1], moved[-1][1] + moved[-1][2] - 1),
            carnets=(moved[0][0], moved[-1][0]),
        )


def table_of(model: object) -> Table:
    """The table of a mapped class."""
    table = getattr(model, "__table__", None)
    assert isinstance(table, Table)
    return table

"""The bundle digests of a bulk load (``audit_bulk``) worked out from the rows as they are
written, instead of reading every row back once the load is done (at 100,000 demo carnets the
reading alone was about 7 s of CPU, more than the hashing).

Each row is put in the form ``audit_bulk`` gives a row it reads back: the carnet's id first,
then every column of the table in its order, the columns the load does not write holding what
the database puts there (their server default, or NULL), the ids the database assigns worked
out as it assigns them, then the same per-backend conversions; its ``repr`` is hashed the same
way. So ``verify_bundles`` recomputes the very same digests from the tables
(``tests/safety/test_bulk_proof.py`` checks a demo database).

What the database gives back is what the driver was given (the column types' bind processing
applied), up to the per-backend conversions (``audit_bulk.read_converters``: SQLite hands back
the text of a date, PostgreSQL a date). An id left out is the largest so far plus one: SQLite
gives an ``INTEGER PRIMARY KEY`` that; PostgreSQL's sequences are set to give it before the
load (``portability.advance_id_sequences``). ``ids_hold`` checks that after the load; where it
does not hold, the proof reads the rows back as before.
"""

from __future__ import annotations

import hashlib
from array import array
from collections.abc import Callable, Mapping, Sequence
from itertools import groupby
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Table, text
from sqlalchemy.orm import Session

from carnet_app.services.audit_bulk import (
    BUNDLE_TABLES,
    HINT,
    bundle_digest,
    bundle_table,
    converted,
    read_converters,
)

Row = tuple[Any, ...]
# a table's rows as written: its column names, then each row's values in that order
Written = tuple[Sequence[str], list[tuple[object, ...]]]
_EMPTY = hashlib.sha256().hexdigest()
_FULL_BYTES = 16  # the digest's first part: 32 hex digits
_HINT_BYTES = HINT // 2
_WIDTH = _FULL_BYTES + _HINT_BYTES * len(BUNDLE_TABLES)
_LINES = "movement_lines"
# the columns of a movement line as read back, all integers, none converted: what lets
# ``_moved_texts`` write their ``repr`` without making the tuples
assert [c.name for c in bundle_table(_LINES).columns] == [
    "id",
    "movement_id",
    "item_no",
    "quantity",
]
assert not read_converters(bundle_table(_LINES))


class _Layout:
    """How a row as written (``names`` order) becomes the row ``audit_bulk`` reads back."""

    def __init__(self, table: Table, names: Sequence[str]) -> None:
        self.assigned_id = "id" not in names
        if table.name == "carnets":
            self.owner = names.index("id")
        elif table.name == "movement_lines":
            self.owner = names.index("movement_id")  # its carnet: through the movement
        else:
            self.owner = names.index("carnet_id")
        # the row extended: (owner, [the id the database assigns], *written, *constants)
        written = 1 + self.assigned_id
        constants: list[Any] = []
        picks = [0]
        for column in table.columns:
            if column.name in names:
                picks.append(written + names.index(column.name))
            elif column.name == "id":
                picks.append(1)
            else:
                picks.append(written + len(names) + len(constants))
                constants.append(_stored_default(column))
        self.constants = tuple(constants)
        # None: the extended row is already in the table's order (goods, lines, vouchers)
        self.pick = None if picks == list(range(len(picks))) else itemgetter(*picks)
        self.converters = read_converters(table)


def _stored_default(column: Any) -> Any:
    """What the database stores in a column an INSERT leaves out: its server default (a
    literal in this schema) or NULL."""
    default = column.server_default
    if default is None:
        return None
    argument = default.arg
    if isinstance(argument, str):
        return argument
    raise ValueError(f"bulk proof: {column.table.name}.{column.name} has a computed default")


class DrawnBundles:
    """The digest of every carnet's bundle, kept compact (34 bytes a carnet) until the proof
    records them, batch by batch."""

    def __init__(self, first_carnet: int, next_ids: Mapping[str, int]) -> None:
        self.first = first_carnet
        self.first_ids = {name: next_ids[name] for name in BUNDLE_TABLES if name in next_ids}
        self.next_ids = dict(self.first_ids)  # tables whose ids the database assigns
        self.digests = bytearray()
        self.rows = array("L")
        self._layouts: dict[tuple[str, tuple[str, ...]], _Layout] = {}

    def __getstate__(self) -> dict[str, Any]:
        """What another process needs of these bundles (``bundle_hasher``): the digests and
        ids; the row layouts are made again there when needed."""
        return {**self.__dict__, "_layouts": {}}

    def add(
        self,
        written: Mapping[str, Written],
        moved: Sequence[tuple[int, int, int, list[int]]] = (),
    ) -> None:
        """The rows of a batch of whole carnets, as written (stored form), per table: every
        carnet's rows in id order, the carnets in id order, following the previous batch.
        ``moved``: movements whose lines (not in ``written``) move every item of their carnet,
        ids following on: (carnet id, first movement id, movements, each item's pieces)."""
        parts: dict[int, dict[str, str]] = {}
        counts: dict[int, int] = {}
        carnet_of = self._carnet_of_movements(written)
        for owner, texts in self._moved_texts(moved):
            parts.setdefault(owner, {})[_LINES] = hashlib.sha256(texts.encode()).hexdigest()
            counts[owner] = counts.get(owner, 0) + texts.count("\n")
        for name in BUNDLE_TABLES:
            names, rows = cast(tuple[Sequence[str], list[Row]], written[name])
            if not rows:
                continue
            layout = self._layout(name, tuple(names))
            for owner, texts in self._texts(name, layout, rows, carnet_of):
                parts.setdefault(owner, {})[name] = hashlib.sha256(
                    texts.encode("utf-8", "surrogatepass")
                ).hexdigest()
                counts[owner] = counts.get(owner, 0) + texts.count("\n")
        names, carnets = cast(tuple[Sequence[str], list[Row]], written["carnets"])
        id_index = list(names).index("id")
        for row in carnets:
            carnet_id = row[id_index]
            if carnet_id != self.first + len(self.rows):
                raise ValueError("bulk proof: carnets not written in id order")
            found = parts[carnet_id]
            digest = bundle_digest([found.get(name, _EMPTY) for name in BUNDLE_TABLES])
            full, _, hints = digest.partition(":")
            self.digests += bytes.fromhex(full) + bytes.fromhex(hints.replace(",", ""))
            self.rows.append(counts[carnet_id])

    def _moved_texts(self, moved: Sequence[tuple[int, int, int, list[int]]]) -> Any:
        """(carnet id, the text of its movement lines) for movements that move every item:
        the ``repr`` of each line as read back, ``(carnet, id, movement, item, pieces)``, all
        integers (``_LINE_LAYOUT``), made directly."""
        line_id = self.next_ids[_LINES]
        for carnet_id, first, movements, pieces in moved:
            lines = [
                f"({carnet_id}, {line_id + n}, {movement}, {item_no}, {quantity})\n"
                for n, (movement, (item_no, quantity)) in enumerate(
                    (movement, item)
                    for movement in range(first, first + movements)
                    for item in enumerate(pieces, start=1)
                )
            ]
            line_id += len(lines)
            yield carnet_id, "".join(lines)
        self.next_ids[_LINES] = line_id

    def _layout(self, name: str, names: tuple[str, ...]) -> _Layout:
        layout = self._layouts.get((name, names))
        if layout is None:
            layout = self._layouts[name, names] = _Layout(bundle_table(name), names)
        return layout

    @staticmethod
    def _carnet_of_movements(written: Mapping[str, Written]) -> dict[int, int]:
        names, rows = cast(tuple[Sequence[str], list[Row]], written["movements"])
        ids, carnets = list(names).index("id"), list(names).index("carnet_id")
        return {row[ids]: row[carnets] for row in rows}

    def _texts(self, name: str, layout: _Layout, rows: list[Row], carnet_of: dict[int, int]) -> Any:
        """(carnet id, the text of its rows: one ``repr`` a line) for each carnet."""
        owner_index, constants, pick = layout.owner, layout.constants, layout.pick
        owner_of: Callable[[Row], int] = itemgetter(owner_index)
        if name == "movement_lines":
            owner_of = lambda row: carnet_of[row[owner_index]]  # noqa: E731
        if layout.assigned_id:
            first_id = self.next_ids[name]
            self.next_ids[name] += len(rows)
            full = [(owner_of(row), first_id + n, *row, *constants) for n, row in enumerate(rows)]
        else:
            full = [(owner_of(row), *row, *constants) for row in rows]
        if pick is not None:
            full = [pick(row) for row in full]
        if layout.converters:
            full = [converted(row, layout.converters) for row in full]
        for owner, group in groupby(full, key=itemgetter(0)):
            yield owner, "\n".join(map(repr, group)) + "\n"

    def batch(self, first: int, last: int) -> tuple[dict[str, str], int]:
        """The digests of carnets ``first``..``last`` ({"id": digest}), and their rows."""
        found: dict[str, str] = {}
        for carnet_id in range(first, last + 1):
            at = (carnet_id - self.first) * _WIDTH
            packed = self.digests[at : at + _WIDTH]
            hints = packed[_FULL_BYTES:]
            found[str(carnet_id)] = (
                packed[:_FULL_BYTES].hex()
                + ":"
                + ",".join(
                    hints[n : n + _HINT_BYTES].hex() for n in range(0, len(hints), _HINT_BYTES)
                )
            )
        return found, sum(self.rows[first - self.first : last + 1 - self.first])

    def ids_hold(self, session: Session) -> bool:
        """Whether the database gave the rows the ids worked out for them (each table's rows
        from the load are exactly the ids from its first to its last)."""
        for name, first in self.first_ids.items():
            expected = self.next_ids[name] - first
            count, top = session.execute(
                text(f'SELECT count(*), max(id) FROM "{name}" WHERE id >= :first'),
                {"first": first},
            ).one()
            if count != expected or (expected and top != self.next_ids[name] - 1):
                return False
        return True

"""Moving data out of and into Carnet Desk.

* The whole database as one JSON document (``export_database`` / ``import_database``): every
  table, every row, exact values (amounts as decimal strings, dates and UTC timestamps in ISO
  form), in a versioned format. It moves a chamber from a SQLite file to a PostgreSQL server
  and back, and is the PostgreSQL desks' own backup. Importing checks the whole file before
  writing anything and only fills an empty database, in one transaction.

A carnet's general list as a spreadsheet is ``services/list_export.py``.
"""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import IO, Any

from sqlalchemy import (
    Integer,
    Table,
    func,
    select,
    text,
)
from sqlalchemy.orm import Session

from carnet_app import __version__
from carnet_app.db import models as _models  # noqa: F401  (registers every table)
from carnet_app.db.base import Base
from carnet_app.db.migrate import SCHEMA_REVISION
from carnet_app.db.search_documents import rebuild_search_documents
from carnet_app.db.uow import Database
from carnet_app.domain.json_types import JsonObject, JsonValue
from carnet_app.domain.messages import Joined, say
from carnet_app.errors import UserError
from carnet_app.files import write_stream_atomically
from carnet_app.keys import KeyStore
from carnet_app.paths import AppPaths
from carnet_app.services import signed_head
from carnet_app.services.audit import ChainCheck, record_audit, verify_chain
from carnet_app.services.export_values import column_reader
from carnet_app.services.import_checks import replay_every_ledger, signed_header, unverified

EXPORT_FORMAT = "carnet-desk-database"
EXPORT_FORMAT_VERSION = 1
# Seeded by every new database from resources/: an import replaces them with the file's rows.
SEEDED_TABLES = frozenset({"country_rules", "schedules"})
INSERT_BATCH = 500
# one row of a table, converted to its column values (Decimal, date, bytes…)
Row = dict[str, object]


# A database's own identity stays with it: a database filled by an import keeps its own.
NOT_EXPORTED = frozenset({"database_identity"})
# Older exports read too: the columns added since, which stay empty in their rows (an older
# desk's audit events and irregularities had no message codes; the chain still verifies).
COLUMNS_ADDED_SINCE: dict[str, dict[str, tuple[str, ...]]] = {
    "0014_carnet_codes": {
        "audit_events": ("code", "params"),
        "irregularities": ("code", "params", "resolution_code", "resolution_params"),
        "registered_carnets": ("follows_number",),
    },
    "0015_message_codes": {
        "irregularities": ("resolution_code", "resolution_params"),
        "registered_carnets": ("follows_number",),
    },
    # 0017 added PostgreSQL's search documents, not exported
    "0016_resolution_codes": {"registered_carnets": ("follows_number",)},
    "0017_pg_search_documents": {"registered_carnets": ("follows_number",)},
}


def exported_tables() -> list[Table]:
    """Every table of the schema, parents before children."""
    return [t for t in Base.metadata.sorted_tables if t.name not in NOT_EXPORTED]


# --- the whole database -------------------------------------------------------------------


@dataclass(frozen=True)
class DatabaseExport:
    path: Path
    rows: dict[str, int]
    audit_events: int
    audit_head: str | None


@dataclass(frozen=True)
class DatabaseImport:
    rows: dict[str, int]
    audit: ChainCheck
    events: int = 0
    unverified: tuple[str, ...] = ()


def export_database(
    database: Database, target: Path, *, keys: KeyStore | None = None
) -> DatabaseExport:
    """Write every row of every table to ``target`` (written whole or not at all); the audit
    chain's head is signed with the desk's key (``keys``: the desk's key store)."""
    target = target.expanduser()
    if target.is_dir():
        raise UserError(say("file.is-a-folder", path=target), field="file")
    store = keys or KeyStore.for_paths(AppPaths.from_environment())

    def write(stream: IO[bytes]) -> tuple[dict[str, int], int, str | None]:
        text_stream = io.TextIOWrapper(stream, encoding="utf-8", newline="\n")
        with database.read() as session:
            written = write_database_json(session, text_stream, keys=store)
        text_stream.flush()
        text_stream.detach()
        return written

    counts, events, head = write_stream_atomically(target, write)
    return DatabaseExport(path=target, rows=counts, audit_events=events, audit_head=head)


def write_database_json(
    session: Session, stream: IO[str], *, keys: KeyStore | None = None
) -> tuple[dict[str, int], int, str | None]:
    """Stream the export document: a header, then each table's column names and rows."""
    events, head = signed_head.chain_head(session)
    audit_header: dict[str, Any] = {"events": events, "head": head}
    if keys is not None:
        signed = signed_head.sign_head(keys, None, events, head)
        audit_header.update(
            signed_at=signed.signed_at, public_key=signed.public_key, signature=signed.signature
        )
    header = {
        "format": EXPORT_FORMAT,
        "format_version": EXPORT_FORMAT_VERSION,
        "schema": SCHEMA_REVISION,
        "program": f"Carnet Desk {__version__}",
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "source": session.get_bind().dialect.name,
        "audit": audit_header,
    }
    stream.write("{\n")
    for key, value in header.items():
        stream.write(f"{json.dumps(key)}: {_dumps(value)},\n")
    stream.write('"tables": {')
    counts: dict[str, int] = {}
    for index, table in enumerate(exported_tables()):
        columns = list(table.columns)
        stream.write("," if index else "")
        stream.write(f'\n{json.dumps(table.name)}: {{"columns": ')
        stream.write(_dumps([c.name for c in columns]))
        stream.write(', "rows": [')
        count = 0
        order = list(table.primary_key.columns) or columns[:1]
        query = select(*columns).order_by(*order).execution_options(yield_per=1000)
        for row in session.execute(query):
            stream.write("," if count else "")
            stream.write("\n" + _dumps([_to_json(c, v) for c, v in zip(columns, row, strict=True)]))
            count += 1
        stream.write("]}")
        counts[table.name] = count
    stream.write("\n}\n}\n")
    return counts, events, head


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _to_json(column: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def import_database(
    database: Database, source: Path, *, user: str, accept_unverified: bool = False
) -> DatabaseImport:
    """Fill an empty database with an export's rows, checked whole before anything is written:
    the values, every carnet's ledger replayed, the audit chain, and the export's count, head
    and signature. What does not hold is refused, or with ``accept_unverified`` imported with
    the reasons written into the new chain."""
    document = read_export(source)
    tables = checked_rows(document, source.name)
    claimed = signed_header(document)
    with database.write() as session:
        refuse_unless_empty(session)
        replace_all_rows(session, tables)
        replay_every_ledger(session, source.name)
        check = verify_chain(session)
        events = len(tables["audit_events"])
        problems = unverified(session, check, claimed, events)
        if problems and not accept_unverified:
            raise UserError(
                say("import-all.unverified", name=source.name, problem=problems[0]), field="file"
            )
        counts = {name: len(rows) for name, rows in tables.items()}
        summary = say(
            "trail.database-imported-unverified" if problems else "trail.database-imported",
            file=source.name,
            carnets=counts.get("carnets", 0),
            events=events,
            **({"problems": Joined(tuple(problems))} if problems else {}),
        )
        record_audit(
            session,
            user=user,
            action="database.import",
            summary=summary,
            after={
                "rows": counts,
                "audit_intact": check.intact,
                "unverified": [problem.text("en") for problem in problems],
                "signed_by": claimed.fingerprint() if claimed else None,
            },
        )
    return DatabaseImport(
        rows=counts,
        audit=check,
        events=events,
        unverified=tuple(str(problem) for problem in problems),
    )


_FIRST_BYTES = 64 * 1024
UTF8_BOM = b"\xef\xbb\xbf"


def read_export(source: Path) -> JsonObject:
    try:
        with source.open("rb") as stream:
            start = stream.read(_FIRST_BYTES)
            first = start.removeprefix(UTF8_BOM).lstrip()[:1]
            if first in (b"", b"{"):
                document = json.loads(start + stream.read())
            else:  # noise, or /dev/zero: judged on its start, never read whole
                document = json.loads(start)
    except FileNotFoundError:
        raise UserError(say("import-all.not-found", path=source), field="file") from None
    except IsADirectoryError:
        raise UserError(say("import-all.folder", path=source), field="file") from None
    except OSError as exc:
        raise UserError(
            say("import-all.unreadable", path=source, reason=exc.strerror), field="file"
        ) from None
    except (ValueError, RecursionError) as exc:  # JSONDecodeError and UnicodeDecodeError
        raise UserError(
            say("import-all.not-json", name=source.name, reason=_short(exc)), field="file"
        ) from None
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise UserError(say("import-all.not-an-export", name=source.name), field="file")
    version = document.get("format_version")
    if version != EXPORT_FORMAT_VERSION:
        raise UserError(
            say(
                "import-all.format",
                name=source.name,
                version=repr(version),
                known=EXPORT_FORMAT_VERSION,
            ),
            field="file",
        )
    schema = document.get("schema")
    if not isinstance(schema, str) or (
        schema != SCHEMA_REVISION and schema not in COLUMNS_ADDED_SINCE
    ):
        raise UserError(
            say("import-all.schema", name=source.name, schema=repr(schema), known=SCHEMA_REVISION),
            field="file",
        )
    if not isinstance(document.get("tables"), dict):
        raise UserError(say("import-all.no-tables", name=source.name), field="file")
    return document


def checked_rows(document: Mapping[str, JsonValue], name: str) -> dict[str, list[Row]]:
    """Every row of the document converted to column values; any doubt refuses the file."""
    given = _tables_of(document, name)
    known = {table.name: table for table in exported_tables()}
    unknown = sorted(set(given) - set(known))
    if unknown:
        raise UserError(say("import-all.unknown-table", name=name, table=unknown[0]), field="file")
    missing = sorted(set(known) - set(given))
    if missing:
        raise UserError(say("import-all.missing-table", name=name, table=missing[0]), field="file")
    result: dict[str, list[Row]] = {}
    added_since = COLUMNS_ADDED_SINCE.get(str(document.get("schema")), {})
    for table_name, table in known.items():
        added = added_since.get(table_name, ())
        block = given[table_name]
        block_rows = block.get("rows") if isinstance(block, dict) else None
        if not isinstance(block, dict) or not isinstance(block_rows, list):
            raise UserError(
                say("import-all.malformed-table", name=name, table=table_name), field="file"
            )
        columns = block.get("columns")
        expected = [c.name for c in table.columns if c.name not in added]
        if columns != expected:
            raise UserError(
                say(
                    "import-all.columns",
                    name=name,
                    table=table_name,
                    columns=repr(columns),
                    expected=repr(expected),
                ),
                field="file",
            )
        converters = [
            (c.name, column_reader(c), c.nullable) for c in table.columns if c.name not in added
        ]
        rows: list[Row] = []
        for number, raw in enumerate(block_rows, start=1):
            if not isinstance(raw, list) or len(raw) != len(converters):
                raise UserError(
                    say(
                        "import-all.row-length",
                        name=name,
                        table=table_name,
                        row=number,
                        count=len(converters),
                    ),
                    field="file",
                )
            row: Row = {}
            for (column, convert, nullable), value in zip(converters, raw, strict=True):
                where = say("import-all.where", table=table_name, row=number, column=column)
                if value is None:
                    if not nullable:
                        raise UserError(
                            say("import-all.missing-value", name=name, where=where), field="file"
                        )
                    row[column] = None
                    continue
                try:
                    row[column] = convert(value)
                except (TypeError, ValueError, InvalidOperation, OverflowError):
                    raise UserError(
                        say(
                            "import-all.invalid-value",
                            name=name,
                            where=where,
                            value=_short_value(value),
                        ),
                        field="file",
                    ) from None
            rows.append({**row, **dict.fromkeys(added)})
        result[table_name] = rows
    return result


def _tables_of(document: Mapping[str, JsonValue], name: str) -> dict[str, JsonValue]:
    given = document.get("tables")
    if not isinstance(given, dict):
        raise UserError(say("import-all.no-tables", name=name), field="file")
    return given


def _short(exc: BaseException) -> str:
    message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return message[:120]


def _short_value(value: Any) -> str:
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."


def refuse_unless_empty(session: Session) -> None:
    for table in exported_tables():
        if table.name in SEEDED_TABLES:
            continue
        count = session.execute(select(func.count()).select_from(table)).scalar_one()
        if count:
            raise UserError(say("import-all.not-empty", count=count, table=table.name), field="db")


def replace_all_rows(session: Session, tables: Mapping[str, Sequence[Row]]) -> None:
    """Every table emptied, then filled with ``tables``' rows (parents first)."""
    for table in reversed(exported_tables()):
        session.execute(table.delete())
    for table in exported_tables():
        rows = tables[table.name]
        for start in range(0, len(rows), INSERT_BATCH):
            session.execute(table.insert(), rows[start : start + INSERT_BATCH])
    advance_id_sequences(session)
    session.flush()
    rebuild_search_documents(session)  # PostgreSQL's: derived, not in the export


def advance_id_sequences(session: Session) -> None:
    """PostgreSQL hands out ids from sequences, which rows inserted with explicit ids (an
    import, a bulk load) do not move: set each one past the highest id in its table."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in exported_tables():
        key = list(table.primary_key.columns)
        if len(key) != 1 or not isinstance(key[0].type, Integer) or key[0].autoincrement is False:
            continue
        name = key[0].name
        sequence = session.execute(
            text("SELECT pg_get_serial_sequence(:table, :column)"),
            {"table": table.name, "column": name},
        ).scalar_one_or_none()
        if sequence is None:
            continue
        session.execute(
            text(
                f'SELECT setval(:sequence, COALESCE((SELECT MAX("{name}") FROM "{table.name}"), 0)'
                f" + 1, false)"
            ),
            {"sequence": sequence},
        )

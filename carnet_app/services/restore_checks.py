"""What a file must be before it may replace a desk's database.

``check_candidate`` reads the offered file into a private copy (the file itself is only
read) and refuses, with the reason in one line, anything that is not a whole, intact Carnet
Desk database this program can open:

* SQLite's own ``integrity_check``;
* a Carnet Desk schema this program knows, brought to the current revision on the private
  copy, then compared table by table and column by column with the models (the migrations'
  own comparison, alembic's ``compare_metadata``);
* the audit chain and the business rows under it (``audit``, ``row_digests``).

What cannot be confirmed without refusing outright (the copy's recorded checksum, its signed
head) is returned in ``unverified``: the caller refuses unless told to accept it.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from carnet_app.db.engine import make_engine
from carnet_app.db.migrate import alembic_config, head_revision, readonly_uri
from carnet_app.db.uow import Database
from carnet_app.domain.messages import Message, say
from carnet_app.errors import UserError
from carnet_app.services import signed_head

MANIFEST_SUFFIX = ".manifest.json"
CARNET_TABLES = frozenset({"carnets", "audit_events", "alembic_version"})


@dataclass(frozen=True)
class CandidateCheck:
    revision: str
    identity: str | None
    events: int
    head: str | None
    unverified: list[str] = field(default_factory=list)


def chain_of_file(path: Path) -> tuple[str | None, int, str | None]:
    """(identity, audit events, head hash) of a SQLite file, read only."""
    connection = sqlite3.connect(readonly_uri(path), uri=True)
    try:
        events = int(connection.execute("SELECT count(*) FROM audit_events").fetchone()[0])
        row = connection.execute(
            "SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1"
        ).fetchone()
        try:
            identity_row = connection.execute("SELECT uuid FROM database_identity").fetchone()
        except sqlite3.Error:
            identity_row = None
    finally:
        connection.close()
    return (
        str(identity_row[0]) if identity_row else None,
        events,
        str(row[0]) if row else None,
    )


def check_candidate(source: Path, copy: Path, *, accept_unverified: bool = False) -> CandidateCheck:
    """Raise ``UserError`` for a file that may not replace a database; what could not be
    verified is refused too unless ``accept_unverified`` (then it is listed in the result)."""
    name = source.name
    _private_copy(source, copy)
    digest = _sha256(copy)
    checksum = _check_checksum(source, digest)
    if checksum and not accept_unverified:
        _refuse_unverified(name, checksum)
    revision = _check_file(copy, name)
    database = Database(make_engine(f"sqlite:///{copy}"))
    try:
        if revision != head_revision():
            _upgrade(database, name)
        _compare_schema(database, name)
        _check_chain(database, name)
    finally:
        database.dispose()
    identity, events, head = chain_of_file(copy)
    unverified = checksum + _check_signed_head(source, database_copy=copy)
    if unverified and not accept_unverified:
        _refuse_unverified(name, unverified)
    return CandidateCheck(head_revision(), identity, events, head, unverified)


def _refuse_unverified(name: str, problems: list[str]) -> None:
    raise UserError(say("restore.unverified", name=name, problem=problems[0]), field="file")


def _manifest(source: Path) -> tuple[Path, dict[str, Any] | None, str | None]:
    path = source.with_name(source.name + MANIFEST_SUFFIX)
    if not path.is_file():
        return path, None, None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return path, None, say("restore.manifest-unreadable", name=path.name).text()
    if not isinstance(data, dict):
        return path, None, say("restore.manifest-unreadable", name=path.name).text()
    return path, data, None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _private_copy(source: Path, target: Path) -> None:
    """Copy ``source`` (and its write-ahead log, if one lies beside it) byte for byte: the
    file offered for a restore is only ever read, never opened by SQLite."""
    try:
        with source.open("rb") as stream:
            header = stream.read(16)
        if header != b"SQLite format 3\x00":
            raise UserError(say("restore.not-sqlite", name=source.name), field="file")
        shutil.copyfile(source, target)
        log = source.with_name(source.name + "-wal")
        if log.is_file():
            shutil.copyfile(log, target.with_name(target.name + "-wal"))
    except OSError as exc:
        raise UserError(
            say("import-all.unreadable", path=source, reason=exc.strerror), field="file"
        ) from None


def _check_file(copy: Path, name: str) -> str:
    try:
        connection = sqlite3.connect(copy)
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
            if [tuple(r) for r in rows] != [("ok",)]:
                first = rows[0][0] if rows else "?"
                raise UserError(say("restore.damaged", name=name, reason=first), field="file")
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not CARNET_TABLES <= tables:
                raise UserError(say("restore.not-carnet-desk", name=name), field="file")
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise UserError(say("restore.damaged", name=name, reason=exc), field="file") from None
    version = str(revision[0]) if revision else ""
    if version != head_revision():
        from alembic.script import ScriptDirectory

        known = {r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
        if version not in known:
            raise UserError(say("restore.newer", name=name, schema=version or "none"), field="file")
    return version


def _upgrade(database: Database, name: str) -> None:
    from alembic import command

    config = alembic_config()
    try:
        with database.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except (SQLAlchemyError, sqlite3.Error) as exc:
        raise UserError(
            say("restore.cannot-upgrade", name=name, reason=str(exc).splitlines()[0][:120]),
            field="file",
        ) from None


def _compare_schema(database: Database, name: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from carnet_app.db import models  # noqa: F401  (registers every table)
    from carnet_app.db.base import Base
    from carnet_app.db.migrations.env_support import not_search_index

    with database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": not_search_index, "compare_type": False}
        )
        differences = compare_metadata(context, Base.metadata)
    if differences:
        raise UserError(
            say("restore.schema-differs", name=name, difference=_describe(differences)),
            field="file",
        )


def _describe(differences: list[Any]) -> Message:
    flat: list[Any] = []
    for difference in differences:
        flat.extend(difference if isinstance(difference, list) else [difference])
    order = {"add_table": 0, "add_column": 1, "remove_table": 2, "remove_column": 3}
    flat.sort(key=lambda d: order.get(d[0], 9))
    first = flat[0]
    kind = first[0]
    if kind == "add_table":
        return say("restore.table-missing", table=first[1].name)
    if kind == "remove_table":
        return say("restore.table-unknown", table=first[1].name)
    if kind == "add_column":
        return say("restore.column-missing", column=f"{first[2]}.{first[3].name}")
    if kind == "remove_column":
        return say("restore.column-unknown", column=f"{first[2]}.{first[3].name}")
    return say("restore.other-difference", kind=kind.replace("_", " "))


def _check_chain(database: Database, name: str) -> None:
    from carnet_app.services.audit import verify_chain
    from carnet_app.services.row_digests import verify_rows

    try:
        with database.read() as session:
            chain = verify_chain(session)
            if not chain.intact:
                raise UserError(
                    say("restore.chain-broken", name=name, problem=chain.problem), field="file"
                )
            rows = verify_rows(session)
            if rows.problem:
                raise UserError(
                    say("restore.rows-differ", name=name, problem=rows.problem), field="file"
                )
    except SQLAlchemyError as exc:
        raise UserError(
            say("restore.damaged", name=name, reason=str(exc).splitlines()[0][:120])
        ) from None


def _check_checksum(source: Path, digest: str) -> list[str]:
    """A copy without a manifest (made elsewhere or by an older desk) is checked like any
    other file; one with a manifest must still have the checksum recorded there."""
    _, manifest, problem = _manifest(source)
    if problem:
        return [problem]
    if manifest is not None and manifest.get("sha256") != digest:
        return [say("restore.checksum").text()]
    return []


def _check_signed_head(source: Path, *, database_copy: Path) -> list[str]:
    path, manifest, _ = _manifest(source)
    if manifest is None:
        return []
    head = signed_head.SignedHead.from_dict(manifest.get("audit"))
    if head is None or not head.signature_holds():
        return [say("restore.head-unsigned").text()]
    database = Database(make_engine(f"sqlite:///{database_copy}"))
    try:
        with database.read() as session:
            found = signed_head.check_against(session, head, path.name)
    finally:
        database.dispose()
    return [str(found.problem)] if found.problem else []

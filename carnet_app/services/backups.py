"""Backups: consistent copies on demand, at start and daily, rotated; a checked restore.

A SQLite database is copied through SQLite's online backup API (safe while other desks work).
A PostgreSQL database is backed up as a whole-database JSON export (``portability``); the
server's own ``pg_dump`` remains the administrator's tool for the server itself.

File names: ``{stem}-{UTC stamp}[-{kind}].sqlite3|.json``, the stamp sorting in time order.
Each kind (on demand, daily, before a restore) keeps its own newest N copies, so daily copies
never push out the one made by hand before a risky change. The copies made before a schema
upgrade (``db.migrate``) are named apart and never rotated away.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from carnet_app.db.engine import busy_timeout_ms, is_sqlite
from carnet_app.db.migrate import alembic_config, copy_sqlite, head_revision
from carnet_app.db.uow import Database
from carnet_app.errors import EnvironmentProblem, UserError
from carnet_app.paths import AppPaths, sqlite_file_of

KEEP_BACKUPS = 10
KEEP_DAILY = 14
DAILY = "daily"
BEFORE_RESTORE = "before-restore"
_NAME = re.compile(r"^(?P<stamp>\d{8}T\d{12}Z)(?:-(?P<label>[a-z][a-z0-9-]*?))?\.(sqlite3|json)$")
_DAY_SUFFIX = re.compile(r"-\d{4}-\d{2}-\d{2}$")


def database_file(database: Database) -> Path:
    path = sqlite_file_of(database.url)
    if path is None:
        raise UserError(
            "restore replaces a SQLite file; for PostgreSQL, create a new database and fill it "
            "with `carnet import-all` from a backup or an export-all file",
            field="db",
        )
    return path


def backup_stem(database: Database) -> str:
    path = sqlite_file_of(database.url)
    if path is not None:
        return path.stem
    name = database.engine.url.database or "database"
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", f"{database.engine.dialect.name}-{name}")


def backup(database: Database, folder: Path, *, keep: int = KEEP_BACKUPS, label: str = "") -> Path:
    """A consistent copy in ``folder``; keep the newest ``keep`` copies of the same kind."""
    stem = backup_stem(database)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    suffix = f"-{label}" if label else ""
    sqlite_source = sqlite_file_of(database.url)
    extension = "sqlite3" if sqlite_source is not None else "json"
    target = folder / f"{stem}-{stamp}{suffix}.{extension}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if sqlite_source is not None:
            copy_sqlite(sqlite_source, target)
        else:
            from carnet_app.services.portability import export_database

            export_database(database, target)
    except (OSError, sqlite3.Error) as exc:
        raise EnvironmentProblem(f"backup to {folder} failed: {exc}", path=str(folder)) from exc
    rotate(folder, stem, keep, kind=_kind(label))
    return target


def _kind(label: str) -> str:
    """The rotation group of a label: ``daily-2026-11-27`` is a ``daily`` copy."""
    return _DAY_SUFFIX.sub("", label)


@dataclass(frozen=True)
class BackupCopy:
    path: Path
    stamp: str
    label: str

    @property
    def kind(self) -> str:
        return _kind(self.label)


def backup_copies(folder: Path, stem: str) -> list[BackupCopy]:
    """This database's rotated copies in ``folder``, oldest first."""
    found: list[BackupCopy] = []
    if not folder.is_dir():
        return found
    prefix = f"{stem}-"
    for path in folder.iterdir():
        if not path.name.startswith(prefix) or not path.is_file():
            continue
        match = _NAME.match(path.name[len(prefix) :])
        if match:
            found.append(BackupCopy(path, match["stamp"], match["label"] or ""))
    return sorted(found, key=lambda copy: (copy.stamp, copy.path.name))


def rotate(folder: Path, stem: str, keep: int, *, kind: str = "") -> list[Path]:
    """Remove all but the newest ``keep`` copies of one kind; return what was removed."""
    copies = [c for c in backup_copies(folder, stem) if c.kind == kind]
    removed = [c.path for c in copies[:-keep]] if keep > 0 else []
    for old in removed:
        old.unlink(missing_ok=True)
    return removed


def automatic_backup(
    database: Database, paths: AppPaths, today: date, *, keep: int = KEEP_DAILY
) -> Path | None:
    """The daily copy: made at most once per day (the desk calls this at start and every few
    hours); returns the new copy, or None when today's exists already."""
    stem = backup_stem(database)
    label = f"{DAILY}-{today.isoformat()}"
    if any(c.label == label for c in backup_copies(paths.backups_dir, stem)):
        return None
    return backup(database, paths.backups_dir, keep=keep, label=label)


def check_backup_file(path: Path) -> str:
    """Refuse anything that is not a whole Carnet Desk database this program can open; return
    its schema revision. The file is only read (a private copy is checked)."""
    if not path.is_file():
        raise UserError(f"file {path}: not found", field="file")
    with tempfile.TemporaryDirectory(prefix="carnet-restore-") as folder:
        copy = Path(folder) / "checked.sqlite3"
        _private_copy(path, copy)
        return _check_copy(copy, path.name)


def _private_copy(source: Path, target: Path) -> None:
    """Copy ``source`` (and its write-ahead log, if one lies beside it) byte for byte: the
    file offered for a restore is only ever read, never opened by SQLite."""
    try:
        with source.open("rb") as stream:
            header = stream.read(16)
        if header != b"SQLite format 3\x00":
            raise UserError(f"file {source.name} is not a SQLite database", field="file")
        shutil.copyfile(source, target)
        log = source.with_name(source.name + "-wal")
        if log.is_file():
            shutil.copyfile(log, target.with_name(target.name + "-wal"))
    except OSError as exc:
        raise UserError(f"file {source}: cannot be read ({exc.strerror})", field="file") from None


def _check_copy(copy: Path, name: str) -> str:
    try:
        connection = sqlite3.connect(copy)
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
            if [tuple(r) for r in rows] != [("ok",)]:
                first = rows[0][0] if rows else "?"
                raise UserError(f"file {name} is damaged ({first})", field="file")
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not {"carnets", "audit_events", "alembic_version"} <= tables:
                raise UserError(f"file {name} is not a Carnet Desk database", field="file")
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise UserError(f"file {name} is damaged ({exc})", field="file") from None
    version = str(revision[0]) if revision else ""
    if version != head_revision():
        from alembic.script import ScriptDirectory

        known = {r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
        if version not in known:
            raise UserError(
                f"file {name} was written by a newer Carnet Desk (schema {version or 'none'})",
                field="file",
            )
    return version


def restore(database: Database, source: Path, backups_dir: Path) -> Path:
    """Replace the database's content by a checked backup copy; return the copy of the current
    content kept in ``backups_dir``.

    The backup is read into a private copy and checked there (integrity, a Carnet Desk schema
    this program can open) before anything is touched; then the current database is backed up;
    then the checked copy is written into the live database through SQLite's backup API, in one
    transaction that other desks wait for. A copy from an older program is upgraded the next
    time the database is opened.
    """
    target = database_file(database)
    if not source.is_file():
        raise UserError(f"file {source}: not found", field="file")
    if target.exists() and source.resolve() == target.resolve():
        raise UserError("file: that is the database itself", field="file")
    with tempfile.TemporaryDirectory(prefix="carnet-restore-") as folder:
        checked = Path(folder) / "checked.sqlite3"
        _private_copy(source, checked)
        _check_copy(checked, source.name)
        safety = backup(database, backups_dir, label=BEFORE_RESTORE) if target.exists() else None
        database.dispose()
        try:
            src = sqlite3.connect(checked)
            try:
                dst = sqlite3.connect(target, timeout=busy_timeout_ms() / 1000)
                try:
                    src.backup(dst)
                finally:
                    dst.close()
            finally:
                src.close()
        except sqlite3.Error as exc:
            raise EnvironmentProblem(
                f"restore into {target} failed, the database is unchanged: {exc} "
                f"(another desk may be writing; try again)",
                path=str(target),
            ) from exc
    return safety or target


def can_restore_in_place(database: Database) -> bool:
    """Both backends back up; only a SQLite file can be restored in place."""
    return is_sqlite(database.engine)

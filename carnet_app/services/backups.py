"""Consistent backup copies of the SQLite file, rotated, and a checked restore."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from carnet_app.db.migrate import copy_sqlite, head_revision
from carnet_app.db.uow import Database
from carnet_app.errors import EnvironmentProblem, UserError
from carnet_app.paths import sqlite_file_of

KEEP_BACKUPS = 10


def database_file(database: Database) -> Path:
    path = sqlite_file_of(database.url)
    if path is None:
        raise UserError(
            "backups copy a SQLite file; for PostgreSQL use `carnet export-all` or the "
            "server's own pg_dump",
            field="db",
        )
    return path


def backup(database: Database, folder: Path, *, keep: int = KEEP_BACKUPS, label: str = "") -> Path:
    """Copy the database through SQLite's online backup API; keep the newest ``keep`` copies."""
    source = database_file(database)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    suffix = f"-{label}" if label else ""
    target = folder / f"{source.stem}-{stamp}{suffix}.sqlite3"
    try:
        copy_sqlite(source, target)
    except (OSError, sqlite3.Error) as exc:
        raise EnvironmentProblem(f"backup to {folder} failed: {exc}", path=str(folder)) from exc
    rotate(folder, source.stem, keep)
    return target


def rotate(folder: Path, stem: str, keep: int) -> list[Path]:
    copies = sorted(folder.glob(f"{stem}-*.sqlite3"))
    removed = copies[:-keep] if keep > 0 else []
    for old in removed:
        old.unlink(missing_ok=True)
    return removed


def check_backup_file(path: Path) -> str:
    """Refuse anything that is not a whole Carnet Desk database this program can open."""
    if not path.is_file():
        raise UserError(f"file {path}: not found", field="file")
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            result = connection.execute("PRAGMA integrity_check").fetchone()
            if not result or result[0] != "ok":
                raise UserError(
                    f"file {path.name} is damaged ({result[0] if result else '?'})", field="file"
                )
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not {"carnets", "alembic_version"} <= tables:
                raise UserError(f"file {path.name} is not a Carnet Desk database", field="file")
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise UserError(
            f"file {path.name} is not a SQLite database ({exc})", field="file"
        ) from None
    version = revision[0] if revision else ""
    if version != head_revision():
        from alembic.script import ScriptDirectory

        from carnet_app.db.migrate import alembic_config

        known = {r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
        if version not in known:
            raise UserError(
                f"file {path.name} was written by a newer Carnet Desk (schema {version})",
                field="file",
            )
    return version


def restore(database: Database, source: Path, backups_dir: Path) -> Path:
    """Replace the database file by a checked backup; the current file is kept as a backup."""
    check_backup_file(source)
    target = database_file(database)
    safety = backup(database, backups_dir, label="before-restore") if target.exists() else None
    database.dispose()
    partial = target.with_suffix(target.suffix + ".restoring")
    shutil.copyfile(source, partial)
    for extra in (target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")):
        extra.unlink(missing_ok=True)
    partial.replace(target)
    return safety or target

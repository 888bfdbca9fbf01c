"""Schema management: create a new database, upgrade an older one after a backup copy, refuse
one written by a newer program (ARCHITECTURE.md convention 4)."""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DatabaseError

from carnet_app.db.engine import is_sqlite, make_engine
from carnet_app.db.uow import Database
from carnet_app.errors import EnvironmentProblem

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest migration shipped. Opening a current database needs no alembic import (it is
# slow to import); a test checks this equals alembic's head.
SCHEMA_REVISION = "0005_list_headings"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "no migration shipped"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        try:
            row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
        except DatabaseError:
            return None
        return str(row[0]) if row else None


def ensure_schema(engine: Engine, backups_dir: Path) -> str:
    """Bring the database to the code's schema; return what was done."""
    table_names = set(inspect(engine).get_table_names())
    if "alembic_version" in table_names and current_revision(engine) == SCHEMA_REVISION:
        return "current"
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = head_revision()
    config = alembic_config()
    if not table_names - {"alembic_version"}:
        # The migrations are the one description of the schema (some of it, like the search
        # index, is not in the models): a new database runs them all.
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        return "created"
    current = current_revision(engine)
    if current == head:
        return "current"
    known = {rev.revision for rev in script.walk_revisions()}
    if current is None or current not in known:
        raise EnvironmentProblem(
            f"database {engine.url.database or engine.url} was written by a newer Carnet Desk "
            f"(schema {current or 'unknown'}); install the newer program to open it",
            path=engine.url.database,
        )
    backup = backup_before_upgrade(engine, backups_dir, current)
    log.info("upgrading database from %s to %s (backup %s)", current, head, backup)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return "upgraded"


def backup_before_upgrade(engine: Engine, backups_dir: Path, revision: str) -> Path | None:
    if not is_sqlite(engine) or not engine.url.database:
        return None
    source = Path(engine.url.database)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backups_dir / f"{source.stem}-before-upgrade-{revision}-{stamp}.sqlite3"
    copy_sqlite(source, target)
    return target


def copy_sqlite(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's online backup API (safe while others write)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(target.suffix + ".part")
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(partial))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)


def connect(url: str, backups_dir: Path) -> Database:
    """Open a database, creating or upgrading its schema as needed."""
    if url.startswith("sqlite"):
        file_part = url.split(":///", 1)[1] if ":///" in url else ""
        if file_part and file_part != ":memory:":
            folder = Path(file_part).parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise EnvironmentProblem(
                    f"cannot create the data folder {folder}: {exc.strerror}", path=str(folder)
                ) from exc
    engine = make_engine(url)
    try:
        ensure_schema(engine, backups_dir)
    except EnvironmentProblem:
        engine.dispose()
        raise
    except DatabaseError as exc:
        engine.dispose()
        raise EnvironmentProblem(
            f"cannot open database {engine.url.database or url}: {exc.orig}",
            path=engine.url.database,
        ) from exc
    return Database(engine)

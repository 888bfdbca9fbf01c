"""Schema management: create a new database, upgrade an older one after a backup copy, refuse
one written by a newer program (docs/architecture.md convention 4)."""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DatabaseError, OperationalError

from carnet_app.db.engine import is_sqlite, make_engine
from carnet_app.db.uow import Database
from carnet_app.domain.messages import say
from carnet_app.errors import EnvironmentProblem

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest migration shipped. Opening a current database needs no alembic import (it is
# slow to import); a test checks this equals alembic's head.
SCHEMA_REVISION = "0018_registered_follows"


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
    if "alembic_version" not in table_names or "carnets" not in table_names or current is None:
        raise EnvironmentProblem(
            say(
                "database.not-carnet-desk",
                path=engine.url.database or engine.url,
                tables=sorted(table_names)[:3],
            ),
            path=engine.url.database,
        )
    if current not in known:
        raise EnvironmentProblem(
            say("database.newer", path=engine.url.database or engine.url, schema=current),
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
    rotate_before_upgrade(backups_dir, source.stem)
    return target


KEEP_BEFORE_UPGRADE = 3
BEFORE_UPGRADE = "-before-upgrade-"


def rotate_before_upgrade(folder: Path, stem: str | None = None) -> list[Path]:
    """Keep the newest ``KEEP_BEFORE_UPGRADE`` copies made before an upgrade, per database file
    name: an upgrade interrupted again and again does not fill the disk."""
    groups: dict[str, list[Path]] = {}
    if not folder.is_dir():
        return []
    for path in folder.iterdir():
        name = path.name
        if BEFORE_UPGRADE not in name or not name.endswith(".sqlite3") or not path.is_file():
            continue
        prefix = name.split(BEFORE_UPGRADE, 1)[0]
        if stem is None or prefix == stem:
            groups.setdefault(prefix, []).append(path)
    removed: list[Path] = []
    for paths in groups.values():
        # the stamp ends the name: sort by it, then keep the newest
        paths.sort(key=lambda p: (p.name.rsplit("-", 1)[-1], p.name))
        for old in paths[:-KEEP_BEFORE_UPGRADE]:
            old.unlink(missing_ok=True)
            removed.append(old)
    return removed


PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` if needed; a folder this program creates is its owner's only."""
    if folder.is_dir():
        return
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        folder.mkdir(mode=PRIVATE_FOLDER)
    except FileExistsError:
        return
    os.chmod(folder, PRIVATE_FOLDER)


def create_private_file(path: Path) -> None:
    """An empty file readable by its owner only (SQLite gives its -wal and -shm the same mode)."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    except FileExistsError:
        pass


def make_private(path: Path) -> None:
    """Take group and other permissions off a file of ours (an older desk made them 0644)."""
    for each in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            status = each.stat()
            if os.name == "posix" and status.st_uid == os.getuid() and status.st_mode & 0o077:
                os.chmod(each, PRIVATE_FILE)
        except OSError:
            continue


def readonly_uri(path: Path) -> str:
    """A SQLite URI that opens ``path`` for reading only (never creates it)."""
    return f"file:{quote(str(path))}?mode=ro"


def part_file(target: Path) -> Path:
    """Where a copy is written before it is put in place; the pid says whose it is."""
    return target.with_name(f"{target.name}.{os.getpid()}.part")


def copy_sqlite(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's online backup API (safe while others write)."""
    make_private_folder(target.parent)
    partial = part_file(target)
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    try:
        src = sqlite3.connect(readonly_uri(source), uri=True)
        try:
            dst = sqlite3.connect(str(partial))
            try:
                src.backup(dst)
                # a copy is a single file: reading it later leaves no -wal or -shm beside it
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def connect(url: str, backups_dir: Path) -> Database:
    """Open a database, creating or upgrading its schema as needed.

    A new SQLite file and the folder made for it are private to their owner (0600/0700), and
    an existing file of ours that others could read is made private. A file this desk may read
    but not write (a read-only mount or folder) is opened read-only: reading works, writing is
    refused with a clear message.
    """
    read_only = False
    file_part = sqlite_file_of(url)
    if url.startswith("sqlite") and file_part is None and _names_no_file(url):
        raise EnvironmentProblem(say("database.no-file-named", url=url), path=url)
    if file_part is not None and file_part.is_dir():
        raise EnvironmentProblem(say("database.is-a-folder", path=file_part), path=str(file_part))
    if file_part is not None:
        folder = file_part.parent
        try:
            if file_part.exists():
                read_only = not _writable(file_part)
                if not read_only:
                    make_private(file_part)
            else:
                make_private_folder(folder)
                create_private_file(file_part)
        except OSError as exc:
            raise EnvironmentProblem(
                say("database.no-data-folder", folder=folder, reason=exc.strerror),
                path=str(folder),
            ) from exc
    engine = make_engine(url, read_only=read_only)
    try:
        done = ensure_schema(engine, backups_dir)
    except EnvironmentProblem:
        engine.dispose()
        raise
    except DatabaseError as exc:
        engine.dispose()
        if not is_sqlite(engine) and isinstance(exc, OperationalError):  # no answer, no login
            server = f"{engine.url.host or 'localhost'}:{engine.url.port or 5432}"
            reason = " ".join(str(exc.orig).split())[:200]
            raise EnvironmentProblem(
                say("database.unreachable", name=engine.url.database, server=server, reason=reason),
                path=engine.url.database,
            ) from exc
        raise EnvironmentProblem(
            say("database.cannot-open", path=engine.url.database or url, reason=exc.orig),
            path=engine.url.database,
        ) from exc
    database = Database(engine)
    database.schema_change = done
    database.read_only = read_only
    return database


def _writable(path: Path) -> bool:
    """Whether this desk may write the file and create its -wal and -shm beside it."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def _names_no_file(url: str) -> bool:
    """``sqlite:///`` or ``sqlite:///:memory:``: a database that would vanish with the command."""
    file_part = url.split(":///", 1)[1] if ":///" in url else ""
    return file_part.split("?", 1)[0] in ("", ":memory:")


def sqlite_file_of(url: str) -> Path | None:
    if not url.startswith("sqlite"):
        return None
    file_part = url.split(":///", 1)[1] if ":///" in url else ""
    file_part = file_part.split("?", 1)[0]
    if not file_part or file_part == ":memory:" or file_part.startswith("file:"):
        return None
    return Path(file_part)

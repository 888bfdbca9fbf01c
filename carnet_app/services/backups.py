"""Backups: consistent copies on demand, at start and daily, rotated; a checked restore.

A SQLite database is copied through SQLite's online backup API (safe while other desks work).
A PostgreSQL database is backed up as a whole-database JSON export (``portability``); the
server's own ``pg_dump`` remains the administrator's tool for the server itself.

File names: ``{stem}-{identity}-{UTC stamp}[-{kind}].sqlite3|.json``: the identity is the first
eight characters of the UUID the database was given at creation, so two databases sharing a
file name never rotate each other's copies away. Each kind (on demand, daily, before a
restore) keeps its own newest N copies. Beside each copy, ``….manifest.json`` records its
SHA-256, size and the audit chain's head signed with the desk's key (``signed_head``).

Restore (``restore_file``) never opens the live database: the candidate is copied and checked
in private (integrity, the whole schema as the migrations build it, the audit chain and its
rows, the manifest's checksum and signed head), the live file is kept aside (byte for byte
when SQLite cannot read it), then the checked copy is written in.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import unquote

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from carnet_app.db.engine import busy_timeout_ms
from carnet_app.db.migrate import (
    PRIVATE_FILE,
    copy_sqlite,
    create_private_file,
    make_private_folder,
    part_file,
    readonly_uri,
    rotate_before_upgrade,
)
from carnet_app.db.models import DatabaseIdentity
from carnet_app.db.uow import Database
from carnet_app.domain.messages import say
from carnet_app.errors import EnvironmentProblem, UserError
from carnet_app.files import refuse_unless_a_file
from carnet_app.keys import KeyStore
from carnet_app.paths import AppPaths, sqlite_file_of
from carnet_app.services import signed_head
from carnet_app.services.restore_checks import CandidateCheck, chain_of_file, check_candidate

log = logging.getLogger(__name__)
KEEP_BACKUPS = 10
KEEP_DAILY = 14
KEEP_BEFORE_UPGRADE = 3
DAILY = "daily"
BEFORE_RESTORE = "before-restore"
MANIFEST_SUFFIX = ".manifest.json"
RESTORE_SCRATCH_PREFIX = "carnet-restore-"
# A leftover whose owner cannot be told (older names) is removed once this old.
STALE_SECONDS = 3600
_NAME = re.compile(r"^(?P<stamp>\d{8}T\d{12}Z)(?:-(?P<label>[a-z][a-z0-9-]*?))?\.(sqlite3|json)$")
_DAY_SUFFIX = re.compile(r"-\d{4}-\d{2}-\d{2}$")
_PID_PART = re.compile(r"\.(\d+)\.part$")
_PID_SCRATCH = re.compile(rf"^{RESTORE_SCRATCH_PREFIX}(\d+)-")


def live_file(database: Database) -> Path | None:
    """The SQLite file behind a database (also when it was opened read-only), or None."""
    url = database.url
    path = sqlite_file_of(url)
    if path is not None and str(path).startswith("file:"):
        return Path(unquote(str(path)[len("file:") :]))
    return path


def database_file(database: Database) -> Path:
    path = live_file(database)
    if path is None:
        raise UserError(say("restore.sqlite-only"), field="db")
    return path


def database_identity(database: Database) -> str:
    """The UUID the database was given at creation (``database_identity``)."""
    try:
        with database.read() as session:
            found = session.execute(select(DatabaseIdentity.uuid)).scalar_one_or_none()
    except (SQLAlchemyError, EnvironmentProblem):
        found = None
    return str(found) if found else "unknown"


def identity_of_file(path: Path) -> str | None:
    try:
        connection = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            row = connection.execute("SELECT uuid FROM database_identity").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def _stem(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name)


def stem_for(file_stem: str, identity: str | None) -> str:
    return f"{_stem(file_stem)}-{(identity or 'unknown')[:8]}"


def backup_stem(database: Database) -> str:
    path = live_file(database)
    if path is not None:
        base = path.stem
    else:
        base = f"{database.engine.dialect.name}-{database.engine.url.database or 'database'}"
    return stem_for(base, database_identity(database))


def manifest_of(copy: Path) -> Path:
    return copy.with_name(copy.name + MANIFEST_SUFFIX)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _keys(keys: KeyStore | None) -> KeyStore:
    return keys or KeyStore.for_paths(AppPaths.from_environment())


def write_manifest(
    copy: Path, identity: str | None, events: int, head: str | None, keys: KeyStore
) -> Path:
    signed = signed_head.sign_head(keys, identity, events, head)
    manifest = manifest_of(copy)
    signed_head.write_private_json(
        manifest,
        {
            "file": copy.name,
            "sha256": sha256_of(copy),
            "bytes": copy.stat().st_size,
            "identity": identity,
            "made_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "audit": signed.as_dict(),
        },
    )
    return manifest


def backup(
    database: Database,
    folder: Path,
    *,
    keep: int = KEEP_BACKUPS,
    label: str = "",
    keys: KeyStore | None = None,
) -> Path:
    """A consistent copy in ``folder``; keep the newest ``keep`` copies of the same kind."""
    _usable_folder(folder)
    stem = backup_stem(database)
    sqlite_source = live_file(database)
    if sqlite_source is not None:
        return _backup_sqlite(sqlite_source, folder, stem, keep=keep, label=label, keys=keys)
    from carnet_app.services.portability import export_database

    target = _target(folder, stem, label, "json")
    try:
        make_private_folder(folder)
        done = export_database(database, target, keys=keys)
        write_manifest(
            target, database_identity(database), done.audit_events, done.audit_head, _keys(keys)
        )
    except OSError as exc:
        raise EnvironmentProblem(
            say("backup.failed", folder=folder, reason=exc), path=str(folder)
        ) from exc
    rotate(folder, stem, keep, kind=_kind(label))
    return target


def backup_file(
    source: Path,
    folder: Path,
    *,
    keep: int = KEEP_BACKUPS,
    label: str = "",
    keys: KeyStore | None = None,
) -> Path:
    """A consistent copy of a SQLite file, named by the identity it holds."""
    _usable_folder(folder)
    stem = stem_for(source.stem, identity_of_file(source))
    return _backup_sqlite(source, folder, stem, keep=keep, label=label, keys=keys)


def _usable_folder(folder: Path) -> None:
    """The folder the copy goes in, created if needed: a file given as the folder, or in its
    path, is refused before anything is written."""
    for part in (folder, *folder.parents):
        if part.exists():
            if not part.is_dir():
                raise UserError(
                    say("backup.folder-is-a-file", folder=folder, file=part), field="dir"
                )
            return


def _target(folder: Path, stem: str, label: str, extension: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    suffix = f"-{label}" if label else ""
    return folder / f"{stem}-{stamp}{suffix}.{extension}"


def _backup_sqlite(
    source: Path, folder: Path, stem: str, *, keep: int, label: str, keys: KeyStore | None
) -> Path:
    target = _target(folder, stem, label, "sqlite3")
    try:
        copy_sqlite(source, target)
        identity, events, head = chain_of_file(target)
        write_manifest(target, identity, events, head, _keys(keys))
    except (OSError, sqlite3.Error) as exc:
        target.unlink(missing_ok=True)
        raise EnvironmentProblem(
            say("backup.failed-maybe-damaged", folder=folder, reason=exc), path=str(folder)
        ) from exc
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


def backup_copies_of(database: Database, folder: Path) -> list[BackupCopy]:
    return backup_copies(folder, backup_stem(database))


def rotate(folder: Path, stem: str, keep: int, *, kind: str = "") -> list[Path]:
    """Remove all but the newest ``keep`` copies of one kind; return what was removed."""
    copies = [c for c in backup_copies(folder, stem) if c.kind == kind]
    removed = [c.path for c in copies[:-keep]] if keep > 0 else []
    for old in removed:
        old.unlink(missing_ok=True)
        manifest_of(old).unlink(missing_ok=True)
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


# --- leftovers --------------------------------------------------------------------------


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _abandoned(path: Path, pid_pattern: re.Pattern[str]) -> bool:
    match = pid_pattern.search(path.name)
    if match:
        return not _alive(int(match.group(1)))
    try:
        return time.time() - path.stat().st_mtime > STALE_SECONDS
    except OSError:
        return False


def clean_leftovers(backups_dir: Path) -> list[Path]:
    """Remove what killed backups, restores and upgrades left behind; return what went.

    ``.part`` files of copies whose process is gone, manifests whose copy is gone, restore
    scratch folders of dead processes, and all but the newest pre-upgrade copies.
    """
    removed: list[Path] = []
    try:
        if backups_dir.is_dir():
            for path in backups_dir.iterdir():
                name = path.name
                if name.endswith(".part") and path.is_file() and _abandoned(path, _PID_PART):
                    path.unlink(missing_ok=True)
                    removed.append(path)
                elif (
                    name.endswith(MANIFEST_SUFFIX)
                    and not path.with_name(name[: -len(MANIFEST_SUFFIX)]).exists()
                ):
                    path.unlink(missing_ok=True)
                    removed.append(path)
            removed += rotate_before_upgrade(backups_dir)
        scratch_root = Path(tempfile.gettempdir())
        for path in scratch_root.glob(f"{RESTORE_SCRATCH_PREFIX}*"):
            if path.is_dir() and _abandoned(path, _PID_SCRATCH):
                shutil.rmtree(path, ignore_errors=True)
                removed.append(path)
    except OSError as exc:  # housekeeping never stops a desk from opening
        log.warning("could not clean leftovers in %s: %s", backups_dir, exc)
    return removed


# --- restore ----------------------------------------------------------------------------


def check_backup_file(path: Path) -> str:
    """Refuse anything that is not a whole Carnet Desk database this program can open; return
    its schema revision. The file is only read (a private copy is checked)."""
    refuse_unless_a_file(path)
    with _scratch() as folder:
        return check_candidate(path, folder / "checked.sqlite3").revision


class _scratch:
    """A private scratch folder named by this process (removed at the next start if killed)."""

    def __enter__(self) -> Path:
        self.path = Path(tempfile.mkdtemp(prefix=f"{RESTORE_SCRATCH_PREFIX}{os.getpid()}-"))
        return self.path

    def __exit__(self, *exc: object) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


@dataclass(frozen=True)
class RestoreDone:
    target: Path
    previous: Path | None
    check: CandidateCheck
    accepted_unverified: list[str] = field(default_factory=list)


def restore(database: Database, source: Path, backups_dir: Path) -> Path:
    """Restore into an open database's file (the desk's menu); return the copy kept aside."""
    target = database_file(database)
    database.dispose()
    done = restore_file(target, source, backups_dir)
    return done.previous or target


def restore_file(
    target: Path,
    source: Path,
    backups_dir: Path,
    *,
    accept_unverified: bool = False,
    keys: KeyStore | None = None,
) -> RestoreDone:
    """Replace the SQLite file ``target`` by a checked copy of ``source``; the live file is
    never opened before it is kept aside (so a damaged one is restored too)."""
    refuse_unless_a_file(source)
    if target.exists() and source.resolve() == target.resolve():
        raise UserError(say("restore.same-file"), field="file")
    with _scratch() as folder:
        checked = folder / "checked.sqlite3"
        check = check_candidate(source, checked, accept_unverified=accept_unverified)
        previous = _keep_live_aside(target, backups_dir, keys) if target.exists() else None
        _write_into(checked, target)
    try:
        signed_head.keep_heads(
            backups_dir, _keys(keys), check.identity, check.events, check.head, restored=True
        )
    except OSError as exc:
        log.warning("could not keep the signed head after the restore: %s", exc)
    return RestoreDone(target, previous, check, list(check.unverified))


def _keep_live_aside(target: Path, backups_dir: Path, keys: KeyStore | None) -> Path:
    try:
        return backup_file(target, backups_dir, label=BEFORE_RESTORE, keys=keys)
    except EnvironmentProblem:
        pass  # SQLite cannot read it: keep its bytes as they are
    stem = stem_for(target.stem, None).replace("-unknown", "-damaged")
    kept = _target(backups_dir, stem, BEFORE_RESTORE, "sqlite3")
    try:
        make_private_folder(backups_dir)
        partial = part_file(kept)
        create_private_file(partial)
        shutil.copyfile(target, partial)
        partial.replace(kept)
        for side in ("-wal", "-shm"):
            log_file = Path(f"{target}{side}")
            if log_file.is_file():
                shutil.copyfile(log_file, Path(f"{kept}{side}"))
    except OSError as exc:
        raise EnvironmentProblem(
            say("restore.cannot-keep-aside", folder=backups_dir, reason=exc.strerror),
            path=str(backups_dir),
        ) from exc
    return kept


def _write_into(checked: Path, target: Path) -> None:
    """The checked copy into the live file: through SQLite's backup API (one transaction
    other desks wait for) when the live file is readable, else by replacing the file."""
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
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise EnvironmentProblem(
                say("restore.busy", path=target, reason=exc), path=str(target)
            ) from exc
        _replace_file(checked, target)
    except sqlite3.DatabaseError:
        _replace_file(checked, target)
    try:
        os.chmod(target, PRIVATE_FILE)
    except OSError:
        pass


def _replace_file(checked: Path, target: Path) -> None:
    """Put the checked copy in place of a file SQLite cannot read (its log files go too)."""
    partial = part_file(target)
    try:
        create_private_file(partial)
        shutil.copyfile(checked, partial)
        for side in ("-wal", "-shm"):
            Path(f"{target}{side}").unlink(missing_ok=True)
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise EnvironmentProblem(
            say("restore.cannot-write", path=target, reason=exc.strerror), path=str(target)
        ) from exc


def describe(done: RestoreDone) -> dict[str, object]:
    return {
        "restored": str(done.target),
        "previous_copy": str(done.previous) if done.previous else None,
        "events": done.check.events,
        "verified": not done.accepted_unverified,
        "unverified": done.accepted_unverified,
    }

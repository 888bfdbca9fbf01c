"""Files the desk writes for people: whole or not at all, private to their owner.

A temporary file beside the target, flushed to disk, then ``os.replace``: a reader never sees
half a file and a failure leaves any previous file as it was. Carnet data (holders, values,
security, scans) is private by default (0600).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import IO, TypeVar

from carnet_app.domain.messages import Message, say
from carnet_app.errors import EnvironmentProblem, UserError

PRIVATE_FILE = 0o600
_T = TypeVar("_T")


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomically(path: str | os.PathLike[str], data: bytes, *, private: bool = True) -> Path:
    """Write ``data`` to ``path`` atomically; returns the final path. ``private``: 0600 (carnet
    data, scans); otherwise the permissions any other file the user writes gets (0666 less the
    umask: a printed form to send or print)."""
    if not str(path).strip():
        raise UserError(say("file.no-name"), field="out")
    target = Path(path).expanduser()
    if target.is_dir():
        raise UserError(say("file.is-a-folder", path=target), field="out")
    refuse_special_file(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(say("file.no-folder", path=target, folder=folder), field="out")
    temp_name = ""
    try:
        with tempfile.NamedTemporaryFile(
            "wb", dir=folder, prefix=f".{target.name}.", suffix=".tmp", delete=False
        ) as handle:
            temp_name = handle.name
            os.fchmod(handle.fileno(), PRIVATE_FILE if private else 0o666 & ~_current_umask())
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, target)
    except OSError as problem:
        if temp_name and os.path.exists(temp_name):
            os.unlink(temp_name)
        raise EnvironmentProblem(
            say("file.cannot-write", path=target, reason=problem.strerror or problem),
            path=str(target),
        ) from problem
    return target


def refuse_special_file(target: Path) -> None:
    """A file is written beside ``target`` and renamed over it: over a pipe, a device or a
    socket (``--out /dev/null`` run as root) that would put a plain file in its place."""
    if target.exists() and not target.is_file() and not target.is_dir():
        raise UserError(say("file.not-a-plain-file", path=target), field="out")


def refuse_unless_a_file(path: Path) -> None:
    """A file to read: a folder is said to be one, anything else missing is not found."""
    if path.is_dir():
        raise UserError(say("file.folder-not-file", path=path), field="file")
    if not path.is_file():
        raise UserError(say("import-all.not-found", path=path), field="file")


def read_bounded(path: str | os.PathLike[str], limit: int, *, what: Message | None = None) -> bytes:
    """Read a file of at most ``limit`` bytes, refusing a larger one before reading it;
    ``what`` names the kind of file in the refusal (``file.what-*``)."""
    what = what or say("file.what-file")
    source = Path(path).expanduser()
    try:
        with source.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise UserError(
                    say(
                        "file.too-large",
                        name=source.name,
                        size=Decimal(size / 1048576).quantize(Decimal("0.1")),
                        limit=round(limit / 1048576),
                        what=what,
                    ),
                    field="file",
                )
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise UserError(say("file.not-found", path=source), field="file") from None
    except IsADirectoryError:
        raise UserError(say("file.folder-not-file", path=source), field="file") from None
    except PermissionError:
        raise UserError(say("file.not-allowed", path=source), field="file") from None
    except OSError as exc:
        raise EnvironmentProblem(
            say("file.cannot-read", path=source, reason=exc.strerror), path=str(source)
        ) from exc
    if len(data) > limit:  # grew while we read it
        raise UserError(say("file.grew", name=source.name, what=what), field="file")
    return data


def write_stream_atomically(target: Path, write: Callable[[IO[bytes]], _T]) -> _T:
    """Let ``write`` fill a temporary file beside ``target``, then put it in place: whole or
    not at all (a large export written as it is produced); returns what ``write`` returned."""
    folder = target.parent
    if not folder.is_dir():
        raise UserError(say("file.no-folder", path=target, folder=folder), field="file")
    refuse_special_file(target)
    try:
        handle, partial_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
    except OSError as exc:
        raise EnvironmentProblem(
            say("file.cannot-write-in", folder=folder, reason=exc.strerror), path=str(folder)
        ) from exc
    partial = Path(partial_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            result = write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise EnvironmentProblem(
            say("file.write-failed", path=target, reason=exc), path=str(target)
        ) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return result

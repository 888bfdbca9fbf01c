"""Files the desk writes for people: whole or not at all, private to their owner.

A temporary file beside the target, flushed to disk, then ``os.replace``: a reader never sees
half a file and a failure leaves any previous file as it was. Carnet data (holders, values,
security, scans) is private by default (0600).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from carnet_app.errors import EnvironmentProblem, UserError

PRIVATE_FILE = 0o600


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomically(path: str | os.PathLike[str], data: bytes, *, private: bool = True) -> Path:
    """Write ``data`` to ``path`` atomically; returns the final path. ``private``: 0600 (carnet
    data, scans); otherwise the permissions any other file the user writes gets (0666 less the
    umask: a printed form to send or print)."""
    if not str(path).strip():
        raise UserError("give the name of the file to write", field="out")
    target = Path(path).expanduser()
    if target.is_dir():
        raise UserError(f"{target}: is a folder; give a file name", field="out")
    folder = target.parent if str(target.parent) else Path(".")
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
            f"cannot write {target}: {problem.strerror or problem}; check the folder exists, "
            "is writable and has free space, and that the file is not open in another program",
            path=str(target),
        ) from problem
    return target


def read_bounded(path: str | os.PathLike[str], limit: int, *, what: str = "file") -> bytes:
    """Read a file of at most ``limit`` bytes, refusing a larger one before reading it."""
    source = Path(path).expanduser()
    try:
        with source.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise UserError(
                    f"{source.name}: {size / 1048576:.1f} MB is more than the "
                    f"{limit / 1048576:.0f} MB a {what} may have",
                    field="file",
                )
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise UserError(f"{source}: no such file", field="file") from None
    except IsADirectoryError:
        raise UserError(f"{source}: is a folder, not a file", field="file") from None
    except PermissionError:
        raise UserError(f"{source}: you may not read this file", field="file") from None
    except OSError as exc:
        raise EnvironmentProblem(
            f"{source}: cannot read it ({exc.strerror})", path=str(source)
        ) from exc
    if len(data) > limit:  # grew while we read it
        raise UserError(f"{source.name}: more than the {what} size limit", field="file")
    return data

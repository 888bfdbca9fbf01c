"""Write a PDF so no reader sees half a file: a temp file beside the target, then replace."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from carnet_app.errors import EnvironmentProblem


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_pdf_atomically(path: str | os.PathLike[str], data_bytes: bytes) -> Path:
    """Write ``data_bytes`` to ``path`` via a temporary file in the same folder and
    ``os.replace``; returns the final path. A failure leaves any previous file untouched and
    raises ``EnvironmentProblem`` naming the file."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    temp_name = ""
    try:
        with tempfile.NamedTemporaryFile(
            "wb", dir=folder, prefix=f".{target.name}.", suffix=".tmp", delete=False
        ) as handle:
            temp_name = handle.name
            handle.write(data_bytes)
            handle.flush()
            # A temporary file is private (0600); the export gets the permissions any other
            # file the user writes gets (0666 less the umask).
            os.fchmod(handle.fileno(), 0o666 & ~_current_umask())
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

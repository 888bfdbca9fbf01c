"""Write a PDF so no reader sees half a file: a temp file beside the target, then replace."""

from __future__ import annotations

import os
from pathlib import Path

from carnet_app.files import write_atomically


def write_pdf_atomically(path: str | os.PathLike[str], data_bytes: bytes) -> Path:
    """Write ``data_bytes`` to ``path`` via a temporary file in the same folder and
    ``os.replace``; returns the final path. A failure leaves any previous file untouched and
    raises ``EnvironmentProblem`` naming the file. A printed form gets the permissions any other
    file the user writes gets (0666 less the umask)."""
    return write_atomically(path, data_bytes, private=False)

"""Running the ``carnet`` command from a test: in this process through ``main(argv)`` (fast:
no interpreter start, no re-import of Qt-free but heavy modules), or as a real subprocess for
the few smoke tests that must prove the installed entry points.

Both give the same ``Run``: exit code, stdout, stderr. In process, the environment the command
reads (``CARNET_DB``, ``CARNET_TODAY``, ``CARNET_USER``, ...) is set for the call only and put
back afterwards, and an exception that escapes ``main`` becomes exit 1 with its traceback on
stderr, exactly what the interpreter would have printed, so "no traceback ever" is checked the
same way in both modes.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
import traceback
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str

    @property
    def json(self) -> Any:
        return json.loads(self.stdout)


@contextlib.contextmanager
def environment(changes: Mapping[str, str | None]) -> Iterator[None]:
    """``os.environ`` with ``changes`` applied (None removes), restored on the way out."""
    saved = {name: os.environ.get(name) for name in changes}
    try:
        for name, value in changes.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def run_in_process(args: Sequence[str], env: Mapping[str, str | None]) -> Run:
    """``carnet ARGS`` through ``carnet_app.cli.main``, in this interpreter."""
    from carnet_app.cli import main

    out, err = _stream(), _stream()
    with environment(env), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as exc:  # what the console script would turn into an exit code
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            if exc.code is not None and not isinstance(exc.code, int):
                err.write(f"{exc.code}\n")
        except Exception:
            err.write(traceback.format_exc())
            code = 1
    return Run(code, _text_of(out), _text_of(err))


def _stream() -> io.TextIOWrapper:
    """A text stream with a ``.buffer`` underneath, like a real ``sys.stdout``."""
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True)


def _text_of(stream: io.TextIOWrapper) -> str:
    stream.flush()
    raw = stream.buffer
    assert isinstance(raw, io.BytesIO)
    return raw.getvalue().decode("utf-8", errors="replace").replace("\r\n", "\n")


def run_subprocess(
    args: Sequence[str],
    env: Mapping[str, str | None],
    *,
    program: Sequence[str] | None = None,
    timeout: float = 120,
) -> Run:
    """``carnet ARGS`` as a new process (``python -m carnet_app.cli`` unless ``program``)."""
    full_env = {**os.environ, "PYTHONWARNINGS": "error"}
    for name, value in env.items():
        if value is None:
            full_env.pop(name, None)
        else:
            full_env[name] = value
    done = subprocess.run(
        [*(program or [sys.executable, "-m", "carnet_app.cli"]), *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=REPO,
        timeout=timeout,
        check=False,
    )
    return Run(done.returncode, done.stdout, done.stderr)

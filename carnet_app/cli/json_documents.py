"""The one reader of the JSON documents the command line takes in (applications, quotes,
register and receive files): at most a bounded number of bytes whatever the file is (a FIFO or
``/dev/zero`` has no size to check first), amounts kept as their exact text, and every way a
document can be unreadable (not UTF-8, not JSON, nested deeper than the parser recurses, a
number of thousands of digits) a one-line refusal naming the file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from carnet_app.domain.messages import say
from carnet_app.errors import UserError

MAX_DOCUMENT_BYTES = 5 * 1024 * 1024


def read_json(path: Path) -> Any:
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_DOCUMENT_BYTES + 1)
    except FileNotFoundError:
        raise UserError(say("import-all.not-found", path=path), field="file") from None
    except OSError as exc:
        raise UserError(say("import-all.unreadable", path=path, reason=exc), field="file") from None
    if len(raw) > MAX_DOCUMENT_BYTES:
        raise UserError(
            say("cli.application-too-large", name=path.name, most=MAX_DOCUMENT_BYTES // 1024**2),
            field="file",
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UserError(say("import-all.unreadable", path=path, reason=exc), field="file") from None
    try:
        return json.loads(text, parse_float=str)  # amounts stay exact decimals
    except json.JSONDecodeError as exc:
        raise UserError(
            say("cli.bad-json", name=path.name, line=exc.lineno, column=exc.colno, reason=exc.msg),
            field="file",
        ) from None
    except RecursionError:  # "[" fifty thousand times
        raise UserError(say("cli.json-too-deep", name=path.name), field="file") from None
    except ValueError:  # an integer of more digits than Python converts (4,300)
        raise UserError(say("cli.json-number-too-long", name=path.name), field="file") from None

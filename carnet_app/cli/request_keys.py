"""``--request-id KEY`` on the command line: the key checked, the request it stands for (the
command and a digest of the values given), the first answer given back to a retry, and the
database whose first write transaction records the key with the write."""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from carnet_app.cli.main import CliContext, CommandResult, to_jsonable
from carnet_app.domain.messages import say


def request_of(key: str, args: argparse.Namespace) -> tuple[str, str, str]:
    """(the checked key, the command's name, the digest of its values)."""
    return _check_request_key(key), _command_name(args), _arguments_digest(args)


class KeyedDatabase:
    """The database of a command run with ``--request-id``: its first write transaction also
    records the key, so the write and the key commit (or roll back) together."""

    def __init__(self, database: Any, request: tuple[str, str, str]) -> None:
        self._database = database
        self._request = request

    def __getattr__(self, name: str) -> Any:
        return getattr(self._database, name)

    @contextmanager
    def write(self) -> Iterator[Any]:
        from carnet_app.services import request_log

        with self._database.write() as session:
            yield session
            request_log.claim(session, *self._request)


def _check_request_key(key: str) -> str:
    from carnet_app.services import request_log

    return request_log.check_key(key)


# What shapes the answer or says where the desk is, not what is asked: left out of the digest.
_NOT_THE_REQUEST = frozenset({"handler", "request_id", "json", "lang", "db"})


def _arguments_digest(args: argparse.Namespace) -> str:
    """The values a command was given, as one digest: a retry gives the same ones."""
    given = {
        name: str(value)
        for name, value in sorted(vars(args).items())
        if name not in _NOT_THE_REQUEST and not callable(value)
    }
    text = json.dumps(given, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _command_name(args: argparse.Namespace) -> str:
    command = str(args.command)
    sub = getattr(args, f"{command.replace('-', '_')}_command", None)
    return f"{command} {sub}" if sub else command


def earlier_answer(context: CliContext) -> CommandResult | None:
    from carnet_app.services import request_log

    assert context.request is not None
    with context.database().read() as session:
        earlier = request_log.find(session, *context.request)
    if earlier is None:
        return None
    if not earlier.kept:  # the write committed but its answer was not kept
        key, command, _ = context.request
        return CommandResult(
            {"request_id": key, "command": command, "status": "already done"},
            say("cli.done.already-done", key=key, command=command).text(),
        )
    return CommandResult(earlier.data, earlier.text)


def remember_answer(context: CliContext, result: CommandResult) -> None:
    from carnet_app.services import request_log

    assert context.request is not None
    database = context.database()
    inner = getattr(database, "_database", database)
    with inner.write() as session:
        request_log.record_answer(
            session,
            *context.request,
            {"data": to_jsonable(result.data), "text": result.text},
        )

"""Argument parsing, output and exit codes shared by every ``carnet`` command.

Exit 0 on success; exit 2 with one line on stderr when input is refused (nothing written);
exit 1 when the environment is in the way (file locked, server down, newer database).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

from carnet_app.clock import current_user
from carnet_app.domain.messages import (
    MESSAGE_LANGUAGES,
    Joined,
    Message,
    language_from_environment,
    say,
    set_message_language,
)
from carnet_app.errors import EnvironmentProblem, UserError
from carnet_app.startup import started

EXIT_OK = 0
EXIT_ENVIRONMENT = 1
EXIT_REFUSED = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT: what a shell reports for a program stopped by Ctrl-C
EXIT_PIPE_CLOSED = 141  # 128 + SIGPIPE: what a shell reports for `yes | head -1`
CREATING_COMMANDS = ("init",)  # the only command that may create a --db file
MAX_AMOUNT_DIGITS = 12  # digits before the decimal point of an amount typed on the line


@dataclass
class CommandResult:
    data: dict[str, Any]
    text: str | None = None


@dataclass
class CliContext:
    db_option: str | None
    json_output: bool
    user: str
    _database: Any = field(default=None, repr=False)
    # (--request-id key, command, digest of the values given) when a key is given
    request: tuple[str, str, str] | None = None
    may_create: bool = True  # False: a ``--db`` file that does not exist is refused

    def database(self) -> Any:
        """The opened (created or migrated if needed) database, once per run.

        A ``--db`` path naming no file is refused (only ``init`` creates one), so that a typo
        never leaves a new empty database behind; the default database is created on first run.
        """
        if self._database is None:
            from carnet_app.paths import AppPaths, resolve_database_url, sqlite_file_of
            from carnet_app.services.database import open_database

            paths = AppPaths.from_environment()
            url = resolve_database_url(self.db_option, paths)
            target = sqlite_file_of(url)
            if self.db_option and not self.may_create and target and not target.exists():
                raise EnvironmentProblem(
                    say("cli.no-database", path=target, option=self.db_option),
                    path=str(target),
                )
            opened = _opened(lambda: open_database(url, paths), url)
            _rebuild_if_pending(opened)
            if self.request:
                from carnet_app.cli.request_keys import KeyedDatabase

                opened = KeyedDatabase(opened, self.request)
            self._database = opened
            started()  # the database layer is loaded: the collector resumes for the command
        return self._database

    def close(self) -> None:
        if self._database is not None:
            self._database.dispose()


def _rebuild_if_pending(database: Any) -> None:
    """What a migration left to the services (migration 0008: the deadline table)."""
    from carnet_app.services.deadlines import rebuild_if_pending

    rebuild_if_pending(database)


def _opened(opener: Callable[[], Any], url: str) -> Any:
    """Open the database; a URL SQLAlchemy cannot use is a one-line environment problem."""
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    try:
        return opener()
    except (ArgumentError, NoSuchModuleError, ModuleNotFoundError, ValueError) as exc:
        shown = _hide_password(url)
        reason = " ".join(str(exc).split())[:160] or type(exc).__name__
        raise EnvironmentProblem(
            say("cli.bad-database-url", url=shown, reason=reason), path=shown
        ) from None


def _hide_password(url: str) -> str:
    import re

    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)[:200]


Handler = Callable[[argparse.Namespace, CliContext], CommandResult]
Registrar = Callable[[Any, argparse.ArgumentParser], None]


def lazy_module(name: str) -> ModuleType:
    """The module ``name``, run on its first attribute access, not now.

    The command modules declare their arguments at import time and reach the services only
    when a command runs: ``carnet --help`` and ``--version`` never import SQLAlchemy,
    reportlab or alembic, and each command imports only what it uses.
    """
    loaded = sys.modules.get(name)
    if loaded is not None:
        return loaded
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)
    return module


def _version() -> str:
    import carnet_app

    return str(carnet_app.__version__)


class _VersionAction(argparse.Action):
    """``--version`` reading the installed version only when asked (importlib.metadata is slow
    to import)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kw: Any):
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kw)

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kw: Any) -> None:
        sys.stdout.write(f"carnet {_version()}\n")
        parser.exit()


class ArgumentsRefused(Exception):
    """Bad arguments: ``main`` says so on one line (and as a refusal object with --json)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def whole_number(text: str) -> int:
    """A whole number written in ASCII digits (a sign allowed): Python's ``int()`` also reads
    "1_0" and Arabic-Indic or full-width digits, which no clerk means as 10. ValueError else."""
    cleaned = text.strip()
    digits = cleaned[1:] if cleaned[:1] in ("+", "-") else cleaned
    if not (digits.isascii() and digits.isdigit()) or len(digits) > 19:
        raise ValueError(text)
    return int(cleaned)


def _strict_int(text: str) -> int:
    try:
        return whole_number(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_said("cli.arg.not-whole", text=text[:40])) from None


class _RefusingParser(argparse.ArgumentParser):
    """argparse exits 2 on bad arguments already; keep its message to one line. Every
    ``type=int`` option reads ASCII digits only (``whole_number``)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.register("type", int, _strict_int)

    def error(self, message: str) -> Any:
        raise ArgumentsRefused(_one_line(message))


def add_command(
    subparsers: Any, common: argparse.ArgumentParser, name: str, handler: Handler, help_text: str
) -> argparse.ArgumentParser:
    """A sub-command taking the common options (``--json``) and run by ``handler``."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name, parents=[common], help=help_text, description=help_text
    )
    parser.set_defaults(handler=handler)
    return parser


def _said(code: str, **params: Any) -> str:
    return say(code, **params).text()


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_said("cli.arg.not-a-date", text=text[:40])) from None


def decimal_amount(text: str) -> Decimal:
    from decimal import InvalidOperation

    try:
        value = Decimal(text)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(_said("cli.arg.not-an-amount", text=text[:40])) from None
    if not value.is_finite():
        raise argparse.ArgumentTypeError(_said("cli.arg.not-an-amount", text=text[:40]))
    exponent = value.as_tuple().exponent
    if value.adjusted() >= MAX_AMOUNT_DIGITS or (isinstance(exponent, int) and exponent < -6):
        raise argparse.ArgumentTypeError(
            _said("cli.arg.implausible-amount", text=text[:40], most=MAX_AMOUNT_DIGITS)
        )
    return value


def output_file(text: str) -> Path:
    """An argparse type for ``--out``: a file name, not an empty string or a folder."""
    if not text.strip():
        raise argparse.ArgumentTypeError(_said("cli.arg.file-name-needed"))
    path = Path(text)
    if text.endswith(("/", "\\")) or path.is_dir():
        raise argparse.ArgumentTypeError(_said("cli.arg.a-folder", text=text[:80]))
    return path


MAX_SEARCH = 200  # characters of a search text


def search_text(text: str) -> str:
    """An argparse type for ``--search``: what a clerk types, not a document."""
    if len(text) > MAX_SEARCH:
        raise argparse.ArgumentTypeError(
            _said("cli.arg.search-too-long", length=len(text), most=MAX_SEARCH)
        )
    if any(ord(ch) < 32 for ch in text):
        raise argparse.ArgumentTypeError(_said("cli.arg.control-characters"))
    return text


def item_selection(text: str) -> str:
    """An argparse type for ``--items``: a selection that names items. Left out, a command
    takes every piece it may; given empty (``--items "$ITEMS"`` with nothing in it), it names
    none and is refused rather than read as every piece."""
    if not text.strip():
        raise argparse.ArgumentTypeError(_said("cli.arg.no-items"))
    return text


def bounded_int(minimum: int, maximum: int) -> Callable[[str], int]:
    """An argparse type: a whole number within ``minimum..maximum``."""

    def parse(text: str) -> int:
        if len(text.strip()) > 12:
            raise argparse.ArgumentTypeError(_said("cli.arg.not-whole", text=text[:40]))
        value = _strict_int(text)
        if not minimum <= value <= maximum:
            raise argparse.ArgumentTypeError(
                _said("cli.arg.out-of-range", value=value, minimum=minimum, maximum=maximum)
            )
        return value

    return parse


def to_jsonable(value: Any) -> Any:
    if isinstance(value, Message | Joined):  # said in the language of the command (--lang)
        return value.text()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    return value


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS,
        help="print the result as one JSON object",
    )
    common.add_argument(
        "--lang",
        choices=MESSAGE_LANGUAGES,
        default=argparse.SUPPRESS,
        help="the language of messages and refusals (default: $CARNET_LANGUAGE, then the "
        "environment's locale, then English)",
    )
    common.add_argument(
        "--request-id",
        metavar="KEY",
        default=argparse.SUPPRESS,
        help="run this write once: the same key again returns the first answer, writes nothing",
    )
    parser = _RefusingParser(
        prog="carnet",
        description="Carnet Desk command line: issue, track and discharge ATA carnets.",
        parents=[common],
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or SQLAlchemy URL (default: $CARNET_DB, then the "
        "file in the user data folder)",
    )
    parser.add_argument(
        "--version", action=_VersionAction, help="show the program's version number and exit"
    )
    subparsers = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True, parser_class=_RefusingParser
    )
    for register in _registrars():
        register(subparsers, common)
    return parser


def _registrars() -> list[Registrar]:
    from carnet_app.cli import (
        admin_commands,
        core_commands,
        document_commands,
        evidence_commands,
        exchange_commands,
        reference_commands,
        safety_commands,
    )

    return [
        core_commands.register,
        reference_commands.register,
        document_commands.register,
        admin_commands.register,
        safety_commands.register,
        evidence_commands.register,
        exchange_commands.register,
    ]


def main(argv: Sequence[str] | None = None) -> int:
    from carnet_app.cli.argument_checks import refuse_control_characters
    from carnet_app.cli.argument_words import argparse_in, wanted

    raw = list(sys.argv[1:] if argv is None else argv)
    language, as_json = wanted(raw)
    set_message_language(language)
    parser = build_parser()
    try:
        with argparse_in(language):
            args = parser.parse_args(raw)
            refuse_control_characters(parser, args)
    except SystemExit as exc:
        return int(exc.code or 0)
    except ArgumentsRefused as refused:
        sys.stderr.write(f"carnet: {say('cli.arguments-refused', reason=refused.message)}\n")
        if as_json:
            refusal = {"code": "cli.arguments", "message": refused.message, "field": None}
            sys.stdout.write(json.dumps({"refused": refusal}, ensure_ascii=False) + "\n")
        return EXIT_REFUSED
    set_message_language(getattr(args, "lang", None) or language_from_environment(os.environ))
    context = CliContext(
        db_option=args.db,
        json_output=bool(getattr(args, "json", False)),
        user=current_user(),
        may_create=args.command in CREATING_COMMANDS,
    )
    handler: Handler = args.handler
    try:
        result = _answer(handler, args, context)
    except UserError as exc:
        reason = _one_line(exc.message).removeprefix("refused: ")  # never "refused: refused:"
        sys.stderr.write(f"carnet: refused: {reason}\n")
        if context.json_output:  # for integrators: the stable code beside the words
            refusal = {"code": exc.code, "message": reason, "field": exc.field}
            sys.stdout.write(json.dumps({"refused": refusal}, ensure_ascii=False) + "\n")
        return EXIT_REFUSED
    except EnvironmentProblem as exc:
        sys.stderr.write(f"carnet: {_one_line(exc.message)}\n")
        return EXIT_ENVIRONMENT
    except Exception as exc:
        damaged = _damaged_database(exc)
        if damaged is None:
            raise
        sys.stderr.write(f"carnet: {damaged}\n")
        return EXIT_ENVIRONMENT
    except KeyboardInterrupt:  # Ctrl-C: the command's transaction was rolled back
        sys.stderr.write(f"carnet: {say('cli.interrupted')}\n")
        return EXIT_INTERRUPTED
    finally:
        context.close()
    return _print_result(result, context.json_output)


def _answer(handler: Handler, args: argparse.Namespace, context: CliContext) -> CommandResult:
    """What the command answers; with ``--request-id``, the answer it gave that request
    before, if it did (the command is not run again)."""
    request_id = getattr(args, "request_id", None)
    if request_id is not None:
        from carnet_app.cli import request_keys

        context.request = request_keys.request_of(request_id, args)
        earlier = request_keys.earlier_answer(context)
        if earlier is not None:
            return earlier
    result = handler(args, context)
    if context.request is not None:
        from carnet_app.cli import request_keys

        request_keys.remember_answer(context, result)
    return result


def _print_result(result: CommandResult, as_json: bool) -> int:
    """Print the answer; a reader that closed the pipe first (``carnet list | head -1``) ends
    the command quietly with the shell's code for SIGPIPE, as ``yes | head -1`` does."""
    if as_json or result.text is None:
        text = json.dumps(to_jsonable(result.data), ensure_ascii=False) + "\n"
    else:
        text = result.text.rstrip("\n") + "\n"
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        _drop_closed_stdout()
        return EXIT_PIPE_CLOSED
    return EXIT_OK


def _drop_closed_stdout() -> None:
    """Point the closed standard output at the null device, so the interpreter's last flush on
    the way out meets no broken pipe either (the recipe of Python's ``signal`` documentation)."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a file descriptor: an in-memory stream
        pass


def _damaged_database(exc: BaseException) -> str | None:
    """The one-line message for a damaged SQLite file met outside a unit of work (which
    translates its own errors), or None for anything else (a bug: let it show)."""
    import sqlite3

    from sqlalchemy.exc import DatabaseError

    original = exc.orig if isinstance(exc, DatabaseError) else exc
    if not isinstance(original, sqlite3.DatabaseError):
        return None
    text = str(original).lower()
    if "malformed" not in text and "not a database" not in text:
        return None
    return say("cli.damaged-database", reason=_one_line(str(original))).text()


def _one_line(message: str) -> str:
    return " ".join(message.split())


if __name__ == "__main__":
    raise SystemExit(main())

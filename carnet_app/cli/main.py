"""Argument parsing, output and exit codes shared by every ``carnet`` command.

Exit 0 on success; exit 2 with one line on stderr when input is refused (nothing written);
exit 1 when the environment is in the way (file locked, server down, newer database).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from carnet_app import __version__
from carnet_app.errors import EnvironmentProblem, UserError

EXIT_OK = 0
EXIT_ENVIRONMENT = 1
EXIT_REFUSED = 2
USER_ENV_VAR = "CARNET_USER"


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

    def database(self) -> Any:
        """The opened (created or migrated if needed) database, once per run."""
        if self._database is None:
            from carnet_app.paths import AppPaths, resolve_database_url
            from carnet_app.services.database import open_database

            paths = AppPaths.from_environment()
            self._database = open_database(resolve_database_url(self.db_option, paths), paths)
        return self._database

    def close(self) -> None:
        if self._database is not None:
            self._database.dispose()


Handler = Callable[[argparse.Namespace, CliContext], CommandResult]
Registrar = Callable[[Any, argparse.ArgumentParser], None]


class _RefusingParser(argparse.ArgumentParser):
    """argparse exits 2 on bad arguments already; keep its message to one line."""

    def error(self, message: str) -> Any:
        sys.stderr.write(f"carnet: error: {message}\n")
        raise SystemExit(EXIT_REFUSED)


def add_command(
    subparsers: Any, common: argparse.ArgumentParser, name: str, handler: Handler, help_text: str
) -> argparse.ArgumentParser:
    """A sub-command taking the common options (``--json``) and run by ``handler``."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name, parents=[common], help=help_text, description=help_text
    )
    parser.set_defaults(handler=handler)
    return parser


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {text!r}") from None


def decimal_amount(text: str) -> Decimal:
    from decimal import InvalidOperation

    try:
        value = Decimal(text)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"not a decimal amount: {text!r}") from None
    if not value.is_finite():
        raise argparse.ArgumentTypeError(f"not a decimal amount: {text!r}")
    return value


def to_jsonable(value: Any) -> Any:
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
    parser.add_argument("--version", action="version", version=f"carnet {__version__}")
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
        reference_commands,
        safety_commands,
    )

    return [
        core_commands.register,
        reference_commands.register,
        document_commands.register,
        admin_commands.register,
        safety_commands.register,
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    context = CliContext(
        db_option=args.db,
        json_output=bool(getattr(args, "json", False)),
        user=os.environ.get(USER_ENV_VAR) or _login_name(),
    )
    handler: Handler = args.handler
    try:
        result = handler(args, context)
    except UserError as exc:
        sys.stderr.write(f"carnet: refused: {_one_line(exc.message)}\n")
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
    finally:
        context.close()
    _print_result(result, context.json_output)
    return EXIT_OK


def _print_result(result: CommandResult, as_json: bool) -> None:
    if as_json or result.text is None:
        sys.stdout.write(json.dumps(to_jsonable(result.data), ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(result.text.rstrip("\n") + "\n")


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
    return (
        f"the database file is damaged ({_one_line(str(original))}); restore it from a "
        "backup with `carnet restore FILE`"
    )


def _one_line(message: str) -> str:
    return " ".join(message.split())


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


if __name__ == "__main__":
    raise SystemExit(main())

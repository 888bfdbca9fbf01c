"""Moving data between backends and out to spreadsheets: export-all, import-all, export-list."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from carnet_app.cli.main import CliContext, CommandResult, add_command, lazy_module
from carnet_app.domain.messages import say

if TYPE_CHECKING:
    from carnet_app.services import list_export, portability
else:  # loaded when a command uses it (keeps `carnet --help` light)
    portability = lazy_module("carnet_app.services.portability")
    list_export = lazy_module("carnet_app.services.list_export")


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    def add(name: str, handler: Any, help_text: str) -> argparse.ArgumentParser:
        return add_command(subparsers, common, name, handler, help_text)

    p = add(
        "export-all",
        cmd_export_all,
        "the whole database as one JSON file (every table; to move between SQLite and "
        "PostgreSQL, or as a PostgreSQL backup)",
    )
    p.add_argument("file", type=Path)

    p = add(
        "import-all",
        cmd_import_all,
        "fill a new, empty database from an export-all file (checked whole first: values, "
        "every carnet's ledger, the audit chain, its count, head and signature)",
    )
    p.add_argument("file", type=Path)
    p.add_argument(
        "--accept-unverified",
        action="store_true",
        help="import even when the audit trail, its count, head or signature does not verify "
        "(the reasons are written into the new audit trail)",
    )

    p = add(
        "export-list",
        cmd_export_list,
        "a carnet's general list as a CSV or XLSX file (formulas neutralised)",
    )
    p.add_argument("number")
    p.add_argument("file", type=Path, help="FILE.csv or FILE.xlsx")


def cmd_export_all(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    done = portability.export_database(ctx.database(), args.file)
    data = {
        "file": str(done.path),
        "tables": done.rows,
        "audit": {"events": done.audit_events, "head": done.audit_head},
        "bytes": done.path.stat().st_size,
    }
    carnets = done.rows.get("carnets", 0)
    return CommandResult(
        data,
        say(
            "cli.done.exported",
            path=done.path,
            carnets=carnets,
            rows=sum(done.rows.values()),
            tables=len(done.rows),
            events=done.audit_events,
        ).text(),
    )


def cmd_import_all(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    done = portability.import_database(
        ctx.database(), args.file, user=ctx.user, accept_unverified=args.accept_unverified
    )
    data = {
        "imported": str(args.file),
        "tables": done.rows,
        "audit": {"intact": done.audit.intact, "events": done.events},
    }
    if done.unverified:
        data["unverified"] = list(done.unverified)
    said = say(
        "cli.done.imported-unverified" if done.unverified else "cli.done.imported",
        file=args.file,
        carnets=done.rows.get("carnets", 0),
        events=done.events,
        **({"problems": "; ".join(done.unverified)} if done.unverified else {}),
    )
    return CommandResult(data, said.text())


def cmd_export_list(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    done = list_export.export_general_list(ctx.database(), args.number, args.file)
    data = {"number": done.number, "file": str(done.path), "items": done.items}
    said = say("cli.done.list-exported", number=done.number, items=done.items, path=done.path)
    return CommandResult(data, said.text())

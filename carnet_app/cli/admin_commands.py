"""Housekeeping commands: backups, restore, the audit trail, demo data."""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from carnet_app.cli.core_commands import today
from carnet_app.cli.main import CliContext, CommandResult, add_command, lazy_module
from carnet_app.errors import UserError

if TYPE_CHECKING:
    from carnet_app import paths
    from carnet_app.services import audit, backups, demo_data, views
else:  # loaded when a command uses them (keeps `carnet --help` light)
    audit = lazy_module("carnet_app.services.audit")
    paths = lazy_module("carnet_app.paths")
    backups = lazy_module("carnet_app.services.backups")
    demo_data = lazy_module("carnet_app.services.demo_data")
    views = lazy_module("carnet_app.services.views")

KEEP_BACKUPS = 10  # backups.KEEP_BACKUPS, spelled here so `--help` needs no service import


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    def add(name: str, handler: Any, help_text: str) -> argparse.ArgumentParser:
        return add_command(subparsers, common, name, handler, help_text)

    p = add("backup", cmd_backup, "consistent backup copy of the database file")
    p.add_argument("dir", nargs="?", type=Path, help="folder (default: the backups folder)")
    p.add_argument("--keep", type=int, default=KEEP_BACKUPS, help="copies to keep in that folder")

    p = add("restore", cmd_restore, "replace the database by a checked backup copy")
    p.add_argument("file", type=Path)

    p = add("audit", cmd_audit, "the audit trail (of one carnet, or all)")
    p.add_argument("number", nargs="?")
    p.add_argument(
        "--verify",
        action="store_true",
        help="check the hash chain; exit 2 at the first altered or missing event",
    )

    p = add("demo-data", cmd_demo_data, "fill the database with realistic demo carnets")
    p.add_argument("--carnets", type=int, required=True)
    p.add_argument("--seed", type=int, default=1)


def cmd_backup(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    folder = args.dir or paths.AppPaths.from_environment().backups_dir
    if args.keep < 1:
        raise UserError("keep: keep at least one copy", field="keep")
    target = backups.backup(ctx.database(), folder, keep=args.keep)
    data = {"backup": str(target), "bytes": target.stat().st_size}
    return CommandResult(data, f"backup written: {target}")


def cmd_restore(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    database = ctx.database()
    safety = backups.restore(database, args.file, paths.AppPaths.from_environment().backups_dir)
    data = {"restored": str(args.file), "previous_copy": str(safety)}
    return CommandResult(
        data, f"database restored from {args.file}; the previous file was kept as {safety}"
    )


def cmd_audit(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    with ctx.database().read() as session:
        if args.verify:
            check = audit.verify_chain(session)
            if not check.intact:
                raise UserError(f"audit trail broken: {check.problem}", field="audit")
            data: dict[str, Any] = {"intact": True, "events": check.events}
            return CommandResult(data, f"audit trail intact: {check.events} events")
        events = views.audit_trail(session, args.number)
    text = (
        "\n".join(f"{e['at']}  {e['user']:<12} {e['action']:<24} {e['summary']}" for e in events)
        or "no events"
    )
    return CommandResult({"events": events}, text)


def cmd_demo_data(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    if not 1 <= args.carnets <= 1_000_000:
        raise UserError("carnets: give between 1 and 1,000,000", field="carnets")
    started = time.perf_counter()
    with ctx.database().write() as session:
        summary = demo_data.fill_demo_data(
            session, carnets=args.carnets, seed=args.seed, today=today(), user=ctx.user
        )
    seconds = round(time.perf_counter() - started, 1)
    data = {
        "carnets": summary.carnets,
        "holders": summary.holders,
        "items": summary.items,
        "movements": summary.movements,
        "claims": summary.claims,
        "by_status": summary.by_status,
        "seconds": seconds,
    }
    return CommandResult(
        data,
        f"{summary.carnets} demo carnets ({summary.items} items, "
        f"{summary.movements} movements) added in {seconds} s",
    )

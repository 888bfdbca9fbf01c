"""Housekeeping commands: backups, restore, the audit trail, demo data."""

from __future__ import annotations

import argparse
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from carnet_app.cli.core_commands import today
from carnet_app.cli.main import CliContext, CommandResult, add_command, lazy_module
from carnet_app.domain.messages import Message, say
from carnet_app.errors import UserError

if TYPE_CHECKING:
    from carnet_app import paths
    from carnet_app.domain import show_contract
    from carnet_app.services import audit, backups, demo_data, views
else:  # loaded when a command uses them (keeps `carnet --help` light)
    audit = lazy_module("carnet_app.services.audit")
    paths = lazy_module("carnet_app.paths")
    backups = lazy_module("carnet_app.services.backups")
    demo_data = lazy_module("carnet_app.services.demo_data")
    views = lazy_module("carnet_app.services.views")
    show_contract = lazy_module("carnet_app.domain.show_contract")

KEEP_BACKUPS = 10  # backups.KEEP_BACKUPS, spelled here so `--help` needs no service import


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    def add(name: str, handler: Any, help_text: str) -> argparse.ArgumentParser:
        return add_command(subparsers, common, name, handler, help_text)

    p = add("backup", cmd_backup, "consistent backup copy of the database file")
    p.add_argument("dir", nargs="?", type=Path, help="folder (default: the backups folder)")
    p.add_argument("--keep", type=int, default=KEEP_BACKUPS, help="copies to keep in that folder")

    p = add(
        "restore",
        cmd_restore,
        "replace the database by a checked backup copy (works on a damaged database too)",
    )
    p.add_argument("file", type=Path)
    p.add_argument(
        "--accept-unverified",
        action="store_true",
        help="restore a copy whose checksum or signed audit head does not verify",
    )

    p = add("audit", cmd_audit, "the audit trail (of one carnet, or all)")
    p.add_argument("number", nargs="?")
    p.add_argument(
        "--verify",
        action="store_true",
        help="check the hash chain, the rows under it and the newest signed head; exit 2 "
        "naming the first altered, missing or removed event or row",
    )

    p = add("demo-data", cmd_demo_data, "fill the database with realistic demo carnets")
    p.add_argument("--carnets", type=int, required=True)
    p.add_argument("--seed", type=int, default=1)


def cmd_backup(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    folder = args.dir or paths.AppPaths.from_environment().backups_dir
    if args.keep < 1:
        raise UserError(say("cli.keep-one"), field="keep")
    target = backups.backup(ctx.database(), folder, keep=args.keep)
    data = {"backup": str(target), "bytes": target.stat().st_size}
    return CommandResult(data, say("cli.done.backup", path=target).text())


def cmd_restore(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    # The live database is never opened: a damaged one is restored too.
    from carnet_app.keys import KeyStore
    from carnet_app.paths import AppPaths, resolve_database_url, sqlite_file_of

    paths = AppPaths.from_environment()
    target = sqlite_file_of(resolve_database_url(ctx.db_option, paths))
    if target is None:
        raise UserError(say("cli.restore-sqlite-only"), field="db")
    done = backups.restore_file(
        target,
        args.file,
        paths.backups_dir,
        accept_unverified=args.accept_unverified,
        keys=KeyStore.for_paths(paths),
    )
    if done.accepted_unverified:
        with ctx.database().write() as session:
            audit.record_audit(
                session,
                user=ctx.user,
                action="database.restore",
                summary=say(
                    "trail.restored-unverified",
                    file=args.file.name,
                    problems="; ".join(done.accepted_unverified),
                ),
                after={"unverified": done.accepted_unverified},
            )
    data = backups.describe(done)
    text = say("cli.done.restored", file=args.file).text()
    if done.previous:
        text += say("cli.done.restored-kept", previous=done.previous).text()
    if done.accepted_unverified:
        problems = "; ".join(done.accepted_unverified)
        text += say("cli.done.restored-unverified", problems=problems).text()
    return CommandResult(data, text)


def cmd_audit(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    if args.verify:
        from carnet_app.services.database import verify_record

        check = verify_record(ctx.database(), paths.AppPaths.from_environment())
        if not check.intact:
            raise UserError(say("cli.audit-broken", problem=check.problem), field="audit")
        head = check.head
        data: dict[str, Any] = {
            # intact only when a signed head vouches for the tail too
            "intact": check.vouched,
            "events": check.events,
            "rows": {"checked": check.rows, "under_the_chain": check.rows_covered},
            "head": {
                "signed": head is not None,
                "events": head.events if head else None,
                "signed_at": head.signed_at if head else None,
                "where": check.head_where,
                "key": head.fingerprint() if head else None,
            },
            "warning": check.warning,
        }
        counts = say(
            "cli.done.audit-counts",
            events=check.events,
            covered=check.rows_covered,
            rows=check.rows,
        )
        if head is None:
            # the JSON ``warning`` keeps its documented English; the text says it in --lang
            warning = say("cli.done.audit-no-signed-head")
            said = say("cli.done.audit-unvouched", counts=counts, warning=warning)
            return CommandResult(data, said.text())
        said = say(
            "cli.done.audit-intact",
            counts=counts,
            signed_at=_moment(head.signed_at),
            head=head.events,
        )
        return CommandResult(data, said.text())
    with ctx.database().read() as session:
        events = [
            show_contract.audit_dict(entry) for entry in views.audit_entries(session, args.number)
        ]
    text = (
        "\n".join(f"{e['at']}  {e['user']:<12} {e['action']:<24} {e['summary']}" for e in events)
        or say("cli.done.no-events").text()
    )
    return CommandResult({"events": events}, text)


def _moment(stamp: str) -> Message | str:
    """An ISO timestamp as people read it, in the command's language (to the minute, UTC)."""
    try:
        moment = datetime.fromisoformat(stamp).astimezone(UTC)
    except ValueError:
        return stamp
    return say("cli.moment", day=moment.date(), time=moment.strftime("%H:%M"))


def cmd_demo_data(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    if not 1 <= args.carnets <= 1_000_000:
        raise UserError(say("cli.demo-count"), field="carnets")
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
        say(
            "cli.done.demo-data",
            carnets=summary.carnets,
            items=summary.items,
            movements=summary.movements,
            seconds=seconds,
        ).text(),
    )

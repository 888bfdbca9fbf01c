"""Evidence and claim dossiers on the command line: ``evidence add|list|save`` and the handler
of ``claim dossier``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from carnet_app.cli.main import CliContext, CommandResult, output_file
from carnet_app.domain.messages import say


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    evidence = subparsers.add_parser(
        "evidence",
        parents=[common],
        help="scans, photos and documents kept as evidence on a carnet",
    )
    actions = evidence.add_subparsers(dest="evidence_command", metavar="ACTION", required=True)
    p = actions.add_parser(
        "add",
        parents=[common],
        help="attach a PDF, PNG, JPEG or TIFF file (20 MB at most) to a carnet, one of its "
        "movements or one of its claims",
    )
    p.set_defaults(handler=cmd_evidence_add)
    p.add_argument("number")
    p.add_argument("file", type=Path, metavar="FILE")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--movement", type=int, metavar="SEQ", help="the movement's number")
    where.add_argument("--claim", type=int, metavar="ID", help="the claim's id")
    p.add_argument("--note", default="", help="what the file shows (500 characters at most)")
    p = actions.add_parser("list", parents=[common], help="the evidence kept on a carnet")
    p.set_defaults(handler=cmd_evidence_list)
    p.add_argument("number")
    p = actions.add_parser("save", parents=[common], help="write one attachment to a file")
    p.set_defaults(handler=cmd_evidence_save)
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--out", type=output_file, required=True, metavar="FILE")


def _data(view: Any) -> dict[str, Any]:
    return {
        "id": view.id,
        "carnet": view.carnet_number,
        "file_name": view.file_name,
        "media_type": view.kind.value,
        "size": view.size,
        "sha256": view.sha256,
        "attached_to": view.attached_to,
        "movement": view.movement_seq,
        "claim": view.claim_id,
        "note": view.note,
        "added_at": view.added_at.isoformat(timespec="seconds"),
        "added_by": view.added_by,
    }


def cmd_evidence_add(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from carnet_app.services.evidence import attach_evidence, read_evidence_file

    content = read_evidence_file(args.file)
    with ctx.database().write() as session:
        view = attach_evidence(
            session,
            args.number,
            file_name=args.file.name,
            content=content,
            user=ctx.user,
            movement_seq=args.movement,
            claim_id=args.claim,
            note=args.note,
        )
    return CommandResult(
        _data(view),
        say(
            "cli.done.evidence-attached",
            evidence=view.id,
            target=view.attached_to,
            number=view.carnet_number,
            file=view.file_name,
            digest=view.sha256,
        ).text(),
    )


def cmd_evidence_list(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from carnet_app.services.evidence import evidence_of

    with ctx.database().read() as session:
        views = evidence_of(session, args.number)
    lines = [
        f"{v.id:>4}  {v.added_at:%Y-%m-%d}  {v.target.text():<40}  "
        + say("cli.evidence-file", name=v.file_name, size=v.size).text()
        for v in views
    ]
    return CommandResult(
        {"carnet": args.number, "evidence": [_data(v) for v in views]},
        "\n".join(lines) or say("cli.done.no-evidence", number=args.number).text(),
    )


def cmd_evidence_save(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from carnet_app.services.evidence import save_evidence

    with ctx.database().read() as session:
        view = save_evidence(session, args.id, args.out)
    return CommandResult(
        {**_data(view), "file": str(args.out)},
        say(
            "cli.done.written", what=say("cli.what.evidence", evidence=view.id), path=args.out
        ).text(),
    )


def cmd_claim_dossier(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from carnet_app.cli.core_commands import today
    from carnet_app.files import write_atomically
    from carnet_app.services.dossier import claim_dossier_pdf

    with ctx.database().read() as session:
        pdf = claim_dossier_pdf(session, args.claim_id, today=today(), user=ctx.user)
    write_atomically(args.out, pdf)
    return CommandResult(
        {"claim": args.claim_id, "file": str(args.out), "bytes": len(pdf)},
        say("cli.done.written", what=say("cli.what.claim-dossier"), path=args.out).text(),
    )

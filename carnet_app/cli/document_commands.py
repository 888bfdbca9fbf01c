"""Printing from the command line: the carnet's forms, the calibration sheet, letters, reports."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from carnet_app.cli.core_commands import today
from carnet_app.cli.input_commands import _read_json
from carnet_app.cli.main import CliContext, CommandResult, output_file
from carnet_app.domain.application import parse_application
from carnet_app.pdf import render_calibration_sheet, write_pdf_atomically
from carnet_app.services import documents


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser("render", parents=[common], help="the carnet's forms as a PDF")
    p.set_defaults(handler=cmd_render)
    p.add_argument("number")
    p.add_argument("--out", type=output_file, required=True, metavar="FILE.pdf")
    p.add_argument("--part", default="all", choices=documents.CARNET_PARTS)
    p.add_argument(
        "--overlay",
        action="store_true",
        help="data only, for the official pre-printed forms (printer calibration applied)",
    )
    p.add_argument(
        "--to",
        dest="trip_to",
        metavar="CC",
        help="trip pack: the destination (default: the first one)",
    )
    p.add_argument("--items", default="", help="trip pack: the items travelling, e.g. 1-3,5:2")

    p = subparsers.add_parser(
        "calibration-sheet",
        parents=[common],
        help="a test sheet with rulers and crosshairs to measure the printer's offsets",
    )
    p.set_defaults(handler=cmd_calibration)
    p.add_argument("--out", type=output_file, required=True, metavar="FILE.pdf")

    letter = subparsers.add_parser("letter", parents=[common], help="the chamber's letters")
    letter_sub = letter.add_subparsers(dest="letter_command", required=True)
    p = letter_sub.add_parser("quote", parents=[common], help="security and fee quote")
    p.set_defaults(handler=cmd_letter_quote)
    p.add_argument("application", type=Path)
    p.add_argument("--out", type=output_file, required=True)
    p = letter_sub.add_parser("claim", parents=[common], help="claim notice to the holder")
    p.set_defaults(handler=cmd_letter_claim)
    p.add_argument("claim_id", type=int)
    p.add_argument("--out", type=output_file, required=True)
    p = letter_sub.add_parser("discharge", parents=[common], help="discharge certificate")
    p.set_defaults(handler=cmd_letter_discharge)
    p.add_argument("number")
    p.add_argument("--out", type=output_file, required=True)

    p = subparsers.add_parser("report", parents=[common], help="reports")
    report_sub = p.add_subparsers(dest="report_command", required=True)
    p = report_sub.add_parser(
        "goods-abroad", parents=[common], help="carnets with goods outside the home territory"
    )
    p.set_defaults(handler=cmd_report_goods_abroad)
    p.add_argument("--out", type=output_file, required=True)


def _written(path: Path, pdf: bytes, what: str) -> CommandResult:
    target = write_pdf_atomically(path, pdf)
    data = {
        "file": str(target),
        "bytes": len(pdf),
        "pages": pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page"),
    }
    return CommandResult(data, f"{what} written to {target}")


def cmd_render(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    with ctx.database().read() as session:
        pdf = documents.carnet_pdf(
            session,
            args.number,
            part=args.part,
            overlay=args.overlay,
            today=today(),
            trip_to=args.trip_to,
            trip_items=args.items,
        )
    return _written(args.out, pdf, f"carnet {args.number} ({args.part})")


def cmd_calibration(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    return _written(args.out, render_calibration_sheet(), "calibration sheet")


def cmd_letter_quote(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    application = parse_application(_read_json(args.application))
    with ctx.database().read() as session:
        pdf = documents.quote_letter_pdf(session, application, today=today())
    return _written(args.out, pdf, "quote")


def cmd_letter_claim(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    with ctx.database().read() as session:
        pdf = documents.claim_notice_pdf(session, args.claim_id, today=today())
    return _written(args.out, pdf, f"claim notice {args.claim_id}")


def cmd_letter_discharge(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    with ctx.database().read() as session:
        pdf = documents.discharge_certificate_pdf(session, args.number)
    return _written(args.out, pdf, f"discharge certificate for {args.number}")


def cmd_report_goods_abroad(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    with ctx.database().read() as session:
        pdf = documents.goods_abroad_report_pdf(session, today=today())
    return _written(args.out, pdf, "goods-abroad report")

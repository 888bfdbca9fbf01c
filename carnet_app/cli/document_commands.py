"""Printing from the command line: the carnet's forms, the calibration sheet, letters, reports."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from carnet_app.cli.core_commands import today
from carnet_app.cli.json_documents import read_json
from carnet_app.cli.main import (
    CliContext,
    CommandResult,
    item_selection,
    lazy_module,
    output_file,
)
from carnet_app.domain.messages import Message, say

if TYPE_CHECKING:
    from carnet_app import pdf as pdf_layer
    from carnet_app.domain import application as application_format
    from carnet_app.services import documents, goods_abroad_report
else:  # loaded when a command uses them (keeps `carnet --help` light)
    application_format = lazy_module("carnet_app.domain.application")
    documents = lazy_module("carnet_app.services.documents")
    goods_abroad_report = lazy_module("carnet_app.services.goods_abroad_report")
    pdf_layer = lazy_module("carnet_app.pdf")

# documents.CARNET_PARTS, spelled here so `--help` needs no reportlab import (a test compares)
CARNET_PARTS = ("all", "cover", "list", "vouchers", "trip")


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser("render", parents=[common], help="the carnet's forms as a PDF")
    p.set_defaults(handler=cmd_render)
    p.add_argument("number")
    p.add_argument("--out", type=output_file, required=True, metavar="FILE.pdf")
    p.add_argument("--part", default="all", choices=CARNET_PARTS)
    p.add_argument(
        "--overlay",
        action="store_true",
        help="data only, for the official pre-printed forms (printer calibration applied)",
    )
    p.add_argument(
        "--proof-code",
        action="store_true",
        help="overlay: print the chamber's signed code too (plain paper always has it)",
    )
    p.add_argument(
        "--to",
        dest="trip_to",
        metavar="CC",
        help="trip pack: the destination (default: the first one)",
    )
    p.add_argument(
        "--items", type=item_selection, help="trip pack: the items travelling, e.g. 1-3,5:2"
    )
    p.add_argument(
        "--duplex",
        action="store_true",
        help="two-sided printing: blank backs so each form starts on a front and each "
        "voucher's list of goods is on its back",
    )

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
    p.add_argument(
        "--margin-days",
        type=int,
        help="days taken off the chamber's proof deadline for the holder "
        "(default: the association's claim margin)",
    )
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


def _written(path: Path, pdf: bytes, what: Message) -> CommandResult:
    target = pdf_layer.write_pdf_atomically(path, pdf)
    data = {
        "file": str(target),
        "bytes": len(pdf),
        "pages": pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page"),
    }
    return CommandResult(data, say("cli.done.written", what=what, path=target).text())


def cmd_render(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    with ctx.database().read() as session:
        pdf = documents.carnet_pdf(
            session,
            args.number,
            part=args.part,
            overlay=args.overlay,
            today=today(),
            trip_to=args.trip_to,
            trip_items=args.items or "",
            duplex=args.duplex,
            proof_code=True if args.proof_code else None,
        )
        warnings = documents.annex_warnings(session, args.number, args.part)
    result = _written(
        args.out,
        pdf,
        say("cli.what.carnet-part", number=args.number, part=say(f"cli.part.{args.part}")),
    )
    if warnings:
        result.data["warnings"] = warnings
        result.text = "\n".join(
            [result.text or "", *(say("cli.done.note", text=w).text() for w in warnings)]
        )
    return result


def cmd_calibration(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    calibration = pdf_layer.render_calibration_sheet()
    return _written(args.out, calibration, say("cli.what.calibration-sheet"))


def cmd_letter_quote(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    application = application_format.parse_application(read_json(args.application))
    with ctx.database().read() as session:
        pdf = documents.quote_letter_pdf(session, application, today=today())
        warnings = documents.quote_warnings(session, application, today=today())
    result = _written(args.out, pdf, say("cli.what.quote"))
    if warnings:  # for the clerk, not printed in the applicant's letter
        result.data["warnings"] = warnings
        result.text = "\n".join(
            [result.text or "", *(say("cli.done.note", text=w).text() for w in warnings)]
        )
    return result


def cmd_letter_claim(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    with ctx.database().read() as session:
        pdf = documents.claim_notice_pdf(
            session, args.claim_id, today=today(), margin_days=args.margin_days
        )
    return _written(args.out, pdf, say("cli.what.claim-notice", claim=args.claim_id))


def cmd_letter_discharge(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    with ctx.database().read() as session:
        pdf = documents.discharge_certificate_pdf(session, args.number, today=today())
    return _written(args.out, pdf, say("cli.what.discharge-certificate", number=args.number))


def cmd_report_goods_abroad(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    with ctx.database().read() as session:
        pdf = goods_abroad_report.report_pdf(session, today=today())
    return _written(args.out, pdf, say("cli.what.goods-abroad"))

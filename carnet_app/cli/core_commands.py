"""The carnet's life on the command line: the commands and their options (``register``); the
handlers live in ``carnet_commands``, ``show_commands``, ``follow_up_commands`` and
``input_commands``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

# The handlers live in one module per part of a carnet's life; registered here in the order
# `carnet --help` lists them.
from carnet_app.cli.carnet_commands import (
    cmd_association_set,
    cmd_association_show,
    cmd_destination,
    cmd_event,
    cmd_init,
    cmd_issue,
    cmd_record,
    cmd_vouchers_add,
)
from carnet_app.cli.follow_up_commands import (
    cmd_cancel,
    cmd_claim_open,
    cmd_claim_settle,
    cmd_discharge,
    cmd_duplicate,
    cmd_irregularity_resolve,
    cmd_replace,
    cmd_return,
)
from carnet_app.cli.input_commands import cmd_apply, cmd_import_goods
from carnet_app.cli.main import (
    CliContext,
    CommandResult,
    add_command,
    bounded_int,
    decimal_amount,
    iso_date,
    item_selection,
    output_file,
    search_text,
)
from carnet_app.cli.show_commands import cmd_alerts, cmd_export, cmd_list, cmd_show, format_show
from carnet_app.clock import TODAY_ENV_VAR, today
from carnet_app.domain.types import GoodsEventKind, MovementAction

__all__ = ["TODAY_ENV_VAR", "format_show", "register", "today"]

MAX_SETS_ADDED = 50  # voucher sets sold at once after issue


def _claim_dossier(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from carnet_app.cli.evidence_commands import cmd_claim_dossier

    return cmd_claim_dossier(args, ctx)


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    def add(name: str, handler: Any, help_text: str) -> argparse.ArgumentParser:
        return add_command(subparsers, common, name, handler, help_text)

    add("init", cmd_init, "create or migrate the database")

    association = subparsers.add_parser(
        "association", parents=[common], help="the issuing association"
    )
    association_sub = association.add_subparsers(dest="association_command", required=True)
    assoc_set = association_sub.add_parser("set", parents=[common], help="set it up or change it")
    assoc_set.set_defaults(handler=cmd_association_set)
    assoc_set.add_argument("--name", required=True)
    assoc_set.add_argument("--country", required=True, help="ISO 3166 alpha-2 code")
    assoc_set.add_argument("--currency", required=True, help="ISO 4217 code")
    assoc_set.add_argument("--code", help="the association's code in carnet numbers")
    assoc_set.add_argument(
        "--number-format",
        help="e.g. {country}/{code}/{serial:06d} (fields: country, code, year, serial)",
    )
    assoc_set.add_argument("--address")
    letterhead = assoc_set.add_argument_group("letterhead of the chamber's letters")
    letterhead.add_argument("--phone")
    letterhead.add_argument("--email")
    letterhead.add_argument("--logo", metavar="FILE", help="a PNG or JPEG printed at the top left")
    letterhead.add_argument("--signatory", help="the name signing the letters")
    letterhead.add_argument("--signatory-title", help="e.g. Head of the carnet service")
    letterhead.add_argument("--town", help="the town letters are dated from")
    letterhead.add_argument(
        "--letter-language", choices=("en", "fr", "en+fr"), help="en+fr: bilingual letters"
    )
    letterhead.add_argument(
        "--claim-margin-days",
        type=int,
        help="days taken off the chamber's deadline in the holder's claim letter (default 14)",
    )
    assoc_set.add_argument(
        "--security-hold-months",
        type=int,
        help="months after expiry the security is held (default 21: 12 + 6 + 3)",
    )
    assoc_show = association_sub.add_parser("show", parents=[common], help="show it")
    assoc_show.set_defaults(handler=cmd_association_show)

    p = add("apply", cmd_apply, "create a draft from an application document (JSON)")
    p.add_argument("file", type=Path)

    p = add("issue", cmd_issue, "issue a draft carnet")
    p.add_argument("id")
    p.add_argument("--date", type=iso_date)

    p = add("record", cmd_record, "record a customs stamp")
    p.add_argument("number")
    p.add_argument("action", choices=[a.value for a in MovementAction])
    p.add_argument("--date", type=iso_date, required=True)
    p.add_argument("--country")
    p.add_argument("--office", default="")
    p.add_argument("--place", default="")
    p.add_argument(
        "--items", type=item_selection, help="e.g. 1-3,5:2 (default: every item at the place)"
    )
    p.add_argument("--final-date", type=iso_date)
    p.add_argument("--reference", default="")
    p.add_argument("--remarks", default="")
    p.add_argument("--refers-to", default="", help="importation voucher numbers, e.g. 1,2")
    p.add_argument("--confirm", action="store_true", help="record despite warnings")

    p = add(
        "event",
        cmd_event,
        "goods sold, destroyed, stolen, lost or seized (abroad or en route), or re-exported "
        "as proven by another document",
    )
    p.add_argument("number")
    p.add_argument("kind", choices=[k.value for k in GoodsEventKind if k.value != "replaced"])
    p.add_argument("--date", type=iso_date, required=True)
    p.add_argument("--country", required=True)
    p.add_argument("--items", type=item_selection, required=True)
    p.add_argument("--document", default="")

    vouchers = subparsers.add_parser("vouchers", parents=[common], help="voucher sets")
    vouchers_sub = vouchers.add_subparsers(dest="vouchers_command", required=True)
    p = vouchers_sub.add_parser("add", parents=[common], help="sell extra voucher sets")
    p.set_defaults(handler=cmd_vouchers_add)
    p.add_argument("number")
    p.add_argument("--colour", "--color", required=True, choices=["yellow", "white", "blue"])
    p.add_argument("--sets", type=bounded_int(1, MAX_SETS_ADDED), required=True)

    p = add("destination", cmd_destination, "add a destination to a carnet in use")
    p.add_argument("number")
    p.add_argument("--country", required=True)
    p.add_argument("--transit", action="store_true", help="crossed in transit, not visited")
    p.add_argument("--times", type=int, default=1, help="entries planned (default 1)")

    p = add("show", cmd_show, "show a carnet")
    p.add_argument("number")

    p = add("list", cmd_list, "list carnets")
    p.add_argument(
        "--status", help="a carnet status (draft, issued, active, ...) or claim: an open claim"
    )
    p.add_argument("--search", type=search_text)
    p.add_argument("--open-claim", action="store_true", help="only carnets with an open claim")

    p = add("alerts", cmd_alerts, "deadlines overdue or due soon")
    p.add_argument("--today", type=iso_date)
    p.add_argument("--within", type=int, default=30, metavar="DAYS")

    for name, handler, text in (
        ("return", cmd_return, "the carnet is back at the chamber"),
        ("discharge", cmd_discharge, "discharge a returned carnet"),
    ):
        p = add(name, handler, text)
        p.add_argument("number")
        p.add_argument("--date", type=iso_date, required=True)
        if name == "discharge":
            p.add_argument(
                "--confirm", action="store_true", help="discharge despite an open irregularity"
            )

    p = add("cancel", cmd_cancel, "void a carnet (or draft) before any use")
    p.add_argument("number")

    p = add("duplicate", cmd_duplicate, "issue a duplicate for a lost carnet")
    p.add_argument("number")
    p.add_argument("--date", type=iso_date, required=True)

    p = add("replace", cmd_replace, "issue a replacement carnet for goods staying in a country")
    p.add_argument("number")
    p.add_argument("--country", required=True)
    p.add_argument("--date", type=iso_date, required=True)
    p.add_argument(
        "--consent", help="reference of the host customs' written consent (needed after expiry)"
    )
    p.add_argument("--confirm", action="store_true", help="replace after the expiry")

    claim = subparsers.add_parser("claim", parents=[common], help="claims from foreign customs")
    claim_sub = claim.add_subparsers(dest="claim_command", required=True)
    p = claim_sub.add_parser("open", parents=[common], help="record a claim")
    p.set_defaults(handler=cmd_claim_open)
    p.add_argument("number")
    p.add_argument("--country", required=True)
    p.add_argument("--notified", type=iso_date, required=True)
    p.add_argument("--amount", type=decimal_amount, required=True)
    p.add_argument("--currency", help="the claiming customs' currency (default: the carnet's)")
    p.add_argument("--items", type=item_selection, help="the items the claim concerns, e.g. 16-20")
    p = claim_sub.add_parser("settle", parents=[common], help="settle a claim")
    p.set_defaults(handler=cmd_claim_settle)
    p.add_argument("claim_id", type=int)
    p.add_argument("--date", type=iso_date, required=True)
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--proof")
    how.add_argument("--paid", type=decimal_amount)
    p.add_argument(
        "--reexported",
        type=iso_date,
        metavar="DATE",
        help="with --proof: the proof is a re-exportation stamp of that date; record it",
    )
    p.add_argument("--items", type=item_selection, help="with --reexported: the items re-exported")
    p.add_argument("--office", default="", help="with --reexported: the customs office")
    p.add_argument("--confirm", action="store_true", help="pay more than the claim")
    p = claim_sub.add_parser(
        "dossier", parents=[common], help="the claim's dossier for the guaranteeing association"
    )
    p.set_defaults(handler=_claim_dossier)
    p.add_argument("claim_id", type=int)
    p.add_argument("--out", type=output_file, required=True, metavar="FILE.pdf")

    irregularity = subparsers.add_parser(
        "irregularity", parents=[common], help="confirmed irregularities"
    )
    irregularity_sub = irregularity.add_subparsers(dest="irregularity_command", required=True)
    p = irregularity_sub.add_parser("resolve", parents=[common], help="mark one resolved")
    p.set_defaults(handler=cmd_irregularity_resolve)
    p.add_argument("irregularity_id", type=int)
    p.add_argument("--note", required=True)

    p = add("import-goods", cmd_import_goods, "general list from CSV/XLSX into a draft")
    p.add_argument("id")
    p.add_argument("file", type=Path)
    p.add_argument("--sheet", metavar="NAME", help="the workbook's sheet (default: the first)")
    p.add_argument(
        "--errors", metavar="FILE", type=Path, help="write every error there, one per line"
    )

    p = add("export", cmd_export, "the carnet as JSON")
    p.add_argument("number")


# -- handlers --------------------------------------------------------------------------------

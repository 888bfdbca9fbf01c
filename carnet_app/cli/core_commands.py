"""The carnet's life on the command line: association, apply, issue, record, show, ..."""

from __future__ import annotations

import argparse
import json
import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

# The commands that bring data in live in their own module; registered here with the others.
from carnet_app.cli.input_commands import cmd_apply, cmd_import_goods
from carnet_app.cli.main import (
    CliContext,
    CommandResult,
    add_command,
    bounded_int,
    decimal_amount,
    iso_date,
    lazy_module,
    output_file,
    search_text,
    to_jsonable,
)
from carnet_app.domain.item_spec import format_quantities
from carnet_app.domain.show_contract import show_dict
from carnet_app.domain.types import GoodsEventKind, MovementAction
from carnet_app.errors import EnvironmentProblem, UserError

if TYPE_CHECKING:
    from carnet_app.domain import application as application_format
    from carnet_app.services import (
        carnets,
        claims,
        deadlines,
        goods_import,
        movements,
        reissue,
        views,
    )
else:  # loaded when a command uses them (keeps `carnet --help` light)
    application_format = lazy_module("carnet_app.domain.application")
    carnets = lazy_module("carnet_app.services.carnets")
    claims = lazy_module("carnet_app.services.claims")
    deadlines = lazy_module("carnet_app.services.deadlines")
    goods_import = lazy_module("carnet_app.services.goods_import")
    movements = lazy_module("carnet_app.services.movements")
    reissue = lazy_module("carnet_app.services.reissue")
    views = lazy_module("carnet_app.services.views")

MAX_SETS_ADDED = 50  # voucher sets sold at once after issue
TODAY_ENV_VAR = "CARNET_TODAY"  # for training databases and tests: pretend today is this date

SubParsers = "argparse._SubParsersAction[argparse.ArgumentParser]"


def _claim_dossier(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from carnet_app.cli.evidence_commands import cmd_claim_dossier

    return cmd_claim_dossier(args, ctx)


def today() -> date:
    override = os.environ.get(TODAY_ENV_VAR)
    if not override:
        return date.today()
    try:
        return date.fromisoformat(override.strip())
    except ValueError:
        raise EnvironmentProblem(
            f"{TODAY_ENV_VAR}={override[:40]!r} is not a date: set it as YYYY-MM-DD or unset it"
        ) from None


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
    p.add_argument("--items", default="", help="e.g. 1-3,5:2 (default: every item at the place)")
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
    p.add_argument("--items", required=True)
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
    p.add_argument("--items", default="", help="the items the claim concerns, e.g. 16-20")
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
    p.add_argument("--items", default="", help="with --reexported: the items re-exported")
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


def cmd_init(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    database = ctx.database()
    return CommandResult(
        {"database": database.url_for_display, "status": "ready"},
        f"database ready: {database.url_for_display}",
    )


def cmd_association_set(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    with ctx.database().write() as session:
        association = carnets.set_association(
            session,
            name=args.name,
            country=args.country,
            currency=args.currency,
            code=args.code,
            number_format=args.number_format,
            address=args.address,
            security_hold_months=args.security_hold_months,
            user=ctx.user,
            letterhead={
                "phone": args.phone,
                "email": args.email,
                "logo_path": args.logo,
                "signatory_name": args.signatory,
                "signatory_title": args.signatory_title,
                "town": args.town,
                "letter_language": args.letter_language,
                "claim_margin_days": args.claim_margin_days,
            },
        )
        data = _association_data(association)
    return CommandResult(
        data,
        f"issuing association: {data['name']} ({data['country']}), "
        f"currency {data['currency']}, numbers like {data['next_number']}",
    )


def cmd_association_show(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from carnet_app.services.loading import the_association

    with ctx.database().read() as session:
        data = _association_data(the_association(session))
    return CommandResult(data, "\n".join(f"{k}: {v}" for k, v in data.items()))


def _association_data(association: Any) -> dict[str, Any]:
    from carnet_app.domain.calendar import SECURITY_HOLD_MONTHS
    from carnet_app.domain.numbering import format_number
    from carnet_app.services.letterhead import letterhead_dict

    return {
        "name": association.name,
        "country": association.country,
        "code": association.code,
        "currency": association.currency,
        "address": association.address,
        "number_format": association.number_format,
        "security_hold_months": association.security_hold_months or SECURITY_HOLD_MONTHS,
        "next_number": format_number(
            association.number_format,
            country=association.country,
            code=association.code,
            serial=association.next_serial,
            issued_on=today(),
        ),
        **letterhead_dict(association),
    }


def _issue_answer(carnet: Any) -> dict[str, Any]:
    from carnet_app.services.loading import voucher_totals

    return {
        "number": carnet.number,
        "status": carnet.status,
        "kind": carnet.kind,
        "issued_on": carnet.issued_on,
        "valid_until": carnet.valid_until,
        "vouchers": {c.value: n for c, n in voucher_totals(carnet).items()},
        "security": carnet.security_amount,
        "fees": carnet.fees_total,
        "currency": carnet.currency,
        "follows": carnet.follows.number if carnet.follows else None,
    }


def cmd_issue(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    with ctx.database().write() as session:
        carnet = carnets.issue(
            session, args.id, on=args.date or today(), user=ctx.user, today=today()
        )
        data = _issue_answer(carnet)
    return CommandResult(data, _issue_text("issued", data))


def _issue_text(verb: str, data: dict[str, Any]) -> str:
    vouchers = ", ".join(f"{n} {c}" for c, n in data["vouchers"].items())
    return (
        f"carnet {data['number']} {verb} on {data['issued_on']}, valid until "
        f"{data['valid_until']}\nvoucher sets: {vouchers}\nsecurity: {data['security']} "
        f"{data['currency']}, fees: {data['fees']} {data['currency']}"
    )


def cmd_record(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    refers_to: tuple[int, ...] = ()
    if args.refers_to.strip():
        try:
            refers_to = tuple(int(x) for x in args.refers_to.split(","))
        except ValueError:
            raise UserError(
                "refers-to: give importation voucher numbers like 1,2", field="refers-to"
            ) from None
    request = movements.StampRequest(
        action=MovementAction(args.action),
        on=args.date,
        country=args.country,
        items=args.items,
        office=args.office,
        place=args.place,
        reference=args.reference,
        final_date=args.final_date,
        remarks=args.remarks,
        refers_to=refers_to,
    )
    with ctx.database().write() as session:
        movement = movements.record_stamp(
            session, args.number, request, confirm=args.confirm, user=ctx.user, today=today()
        )
        data = {
            "carnet": args.number,
            "action": movement.action,
            "date": movement.on,
            "country": movement.country,
            "voucher": {"colour": movement.voucher_colour, "no": movement.voucher_no},
            "items": {str(line.item_no): line.quantity for line in movement.lines},
            "refers_to": list(movement.refers_to),
            "final_date": movement.final_date,
            "irregularities": [
                i.message for i in movement.carnet.irregularities if i.movement_id == movement.id
            ],
            "status": movement.carnet.status,
        }
    text = (
        f"{data['action']} recorded on {data['date']}: {data['voucher']['colour']} voucher "
        f"{data['voucher']['no']}, items "
        f"{format_quantities({int(k): v for k, v in data['items'].items()})}"
    )
    if data["irregularities"]:
        text += "\nirregularity: " + "; ".join(data["irregularities"])
    return CommandResult(data, text)


def cmd_event(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    with ctx.database().write() as session:
        event = movements.record_goods_event(
            session,
            args.number,
            kind=GoodsEventKind(args.kind),
            on=args.date,
            country=args.country,
            items=args.items,
            document=args.document,
            user=ctx.user,
            today=today(),
        )
        data = {
            "carnet": args.number,
            "kind": event.kind,
            "date": event.on,
            "country": event.country,
            "document": event.document,
            "items": {str(line.item_no): line.quantity for line in event.lines},
        }
    return CommandResult(
        data, f"goods {data['kind']} in {data['country']} recorded: {data['items']}"
    )


def cmd_vouchers_add(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from carnet_app.services.loading import voucher_totals

    with ctx.database().write() as session:
        carnet = carnets.add_vouchers(
            session, args.number, colour=args.colour, sets=args.sets, user=ctx.user, today=today()
        )
        data = {
            "number": carnet.number,
            "vouchers": {c.value: n for c, n in voucher_totals(carnet).items()},
            "fee": carnet.voucher_sets[-1].fee,
            "currency": carnet.currency,
        }
    return CommandResult(
        data,
        f"voucher sets of {data['number']} now: {data['vouchers']}; fee {data['fee']} "
        f"{data['currency']}",
    )


def cmd_destination(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from carnet_app.domain.types import ItineraryKind
    from carnet_app.services import destinations

    with ctx.database().write() as session:
        done = destinations.add_destination(
            session,
            args.number,
            country=args.country,
            kind=ItineraryKind.TRANSIT if args.transit else ItineraryKind.VISIT,
            times=args.times,
            user=ctx.user,
            today=today(),
        )
        data = {
            "number": done.carnet.number,
            "country": done.country,
            "security_top_up": done.security_top_up,
            "security": done.carnet.security_amount,
            "sets_added": {c.value: n for c, n in done.sets_added.items()},
            "fee": done.fee,
            "currency": done.carnet.currency,
        }
    return CommandResult(
        data,
        f"{data['country']} added to {data['number']}: security top-up {data['security_top_up']} "
        f"(now {data['security']}), voucher sets added {data['sets_added'] or 'none'}, fee "
        f"{data['fee']} {data['currency']}",
    )


def cmd_show(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    with ctx.database().read() as session:
        data = show_dict(views.carnet_view(session, args.number))
    return CommandResult(data, format_show(data))


def format_show(data: dict[str, Any]) -> str:
    d = to_jsonable(data)
    lines = [
        f"carnet {d['number']} ({d['kind']}, {d['format']}) — {d['status']}",
        f"holder: {d['holder']['name']}, {d['holder']['address']}",
        f"issued {d['issued_on']}, valid until {d['valid_until']}; uses {', '.join(d['uses'])}",
        f"value {d['total_value']} {d['currency']}; security {d['security']}; fees {d['fees']}",
        "vouchers: "
        + ", ".join(f"{c} {v['used']}/{v['issued']} used" for c, v in d["vouchers"].items()),
        "vouchers left: "
        + "; ".join(
            ", ".join(f"{action} {n}" for action, n in v["left_by_action"].items())
            for v in d["vouchers"].values()
        ),
        "items:",
    ]
    for item in d["items"]:
        where = ", ".join(f"{p} {q}" for p, q in item["where"].items())
        lines.append(
            f"  {item['item_no']:>4}  {item['description'][:50]:<50} "
            f"{item['pieces']:>3} pc  {where}"
        )
    if d["movements"]:
        lines.append("movements:")
        for m in d["movements"]:
            lines.append(
                f"  {m['date']}  {m['action']:<15} {m['country'] or '':<3} "
                f"{m['voucher']['colour']} {m['voucher']['no']:<3} items "
                f"{format_quantities({int(k): v for k, v in m['items'].items()})}"
                + (f"  final {m['final_date']}" if m["final_date"] else "")
            )
    for fee in d["fees_after_issue"]:
        lines.append(f"fee {fee['date']}: {fee['what']}, {fee['amount']} {d['currency']}")
    for event in d["events"]:
        to = f" → {event['transferred_to']}" if event["transferred_to"] else ""
        lines.append(
            f"  {event['date']}  goods {event['kind']:<11} {event['country']:<3} items "
            f"{format_quantities({int(k): v for k, v in event['items'].items()})}{to}"
        )
    for claim in d["claims"]:
        lines.append(
            f"claim {claim['id']} {claim['country']} {claim['amount']} {claim['currency']} — "
            f"{claim['status']}, proof due {claim['proof_due']}"
        )
    for irregularity in d["irregularities"]:
        state = "resolved" if irregularity["resolved_on"] else "open"
        lines.append(f"irregularity {irregularity['id']} ({state}): {irregularity['message']}")
    return "\n".join(lines)


def cmd_list(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    with ctx.database().read() as session:
        rows = views.list_carnets(
            session, status=args.status, search=args.search, open_claim=args.open_claim
        )
    text = (
        "\n".join(
            f"{r['number'] or 'draft ' + str(r['id']):<24} {r['status']:<11} "
            f"{r['valid_until'] or '':<10}  {r['holder']}"
            for r in rows
        )
        or "no carnets"
    )
    return CommandResult({"carnets": rows}, text)


def cmd_alerts(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    if args.within < 0:
        raise UserError("within: give a number of days, 0 or more", field="within")
    with ctx.database().read() as session:
        found = deadlines.alerts(session, today=args.today or today(), within_days=args.within)
    rows = [
        {
            "carnet": a.carnet,
            "kind": a.kind.value,
            "due": a.due,
            "message": a.message,
            "urgency": a.urgency.value,
        }
        for a in found
    ]
    text = (
        "\n".join(f"{r['due']}  {r['urgency']:<10} {r['carnet']:<22} {r['message']}" for r in rows)
        or "nothing due"
    )
    return CommandResult({"alerts": rows}, text)


def cmd_return(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    with ctx.database().write() as session:
        carnet = carnets.return_carnet(
            session, args.number, on=args.date, user=ctx.user, today=today()
        )
        data = {"number": carnet.number, "status": carnet.status, "returned_on": carnet.returned_on}
    return CommandResult(data, f"carnet {data['number']} returned on {data['returned_on']}")


def cmd_discharge(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    with ctx.database().write() as session:
        carnet = carnets.discharge(
            session, args.number, on=args.date, user=ctx.user, today=today(), confirm=args.confirm
        )
        data = {
            "number": carnet.number,
            "status": carnet.status,
            "discharged_on": carnet.discharged_on,
        }
    return CommandResult(data, f"carnet {data['number']} discharged on {data['discharged_on']}")


def cmd_cancel(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    with ctx.database().write() as session:
        carnet = carnets.cancel(session, args.number, user=ctx.user, today=today())
        data = {"number": carnet.number, "id": carnet.id, "status": carnet.status}
    return CommandResult(data, f"carnet {data['number'] or data['id']} cancelled")


def cmd_duplicate(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    with ctx.database().write() as session:
        carnet = reissue.duplicate(session, args.number, on=args.date, user=ctx.user, today=today())
        data = _issue_answer(carnet)
    return CommandResult(data, _issue_text(f"issued as duplicate of {args.number}", data))


def cmd_replace(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    with ctx.database().write() as session:
        carnet = reissue.replace(
            session,
            args.number,
            country=args.country,
            on=args.date,
            user=ctx.user,
            today=today(),
            confirm=args.confirm,
            consent=args.consent,
        )
        data = _issue_answer(carnet)
        data["consent"] = carnet.replacement_consent
    return CommandResult(data, _issue_text(f"issued to replace {args.number}", data))


def _claim_data(claim: Any) -> dict[str, Any]:
    return {
        "id": claim.id,
        "carnet": claim.carnet.number,
        "country": claim.country,
        "notified": claim.notified_on,
        "amount": claim.amount,
        "currency": claim.currency,
        "proof_due": claim.proof_due,
        "payment_final": claim.payment_final,
        "status": claim.status,
        "settled_on": claim.settled_on,
        "paid": claim.paid_amount,
        "items": dict(claim.items or {}),
        "handling_fee": claim.handling_fee,
        "carnet_status": claim.carnet.status,
    }


def cmd_claim_open(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    with ctx.database().write() as session:
        claim = claims.open_claim(
            session,
            args.number,
            country=args.country,
            notified_on=args.notified,
            amount=args.amount,
            user=ctx.user,
            today=today(),
            currency=args.currency,
            items=args.items,
        )
        data = _claim_data(claim)
    return CommandResult(
        data,
        f"claim {data['id']} from {data['country']} opened for {data['amount']} "
        f"{data['currency']}: proof due {data['proof_due']}, "
        f"payment final {data['payment_final']}",
    )


def cmd_claim_settle(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    with ctx.database().write() as session:
        claim = claims.settle_claim(
            session,
            args.claim_id,
            on=args.date,
            proof=args.proof,
            paid=args.paid,
            user=ctx.user,
            today=today(),
            confirm=args.confirm,
            reexported_on=args.reexported,
            items=args.items,
            office=args.office,
        )
        data = _claim_data(claim)
    return CommandResult(data, f"claim {data['id']} {data['status']} on {data['settled_on']}")


def cmd_irregularity_resolve(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    with ctx.database().write() as session:
        irregularity = movements.resolve_irregularity(
            session, args.irregularity_id, note=args.note, user=ctx.user, today=today()
        )
        data = {
            "id": irregularity.id,
            "resolved_on": irregularity.resolved_on,
            "resolution": irregularity.resolution,
        }
    return CommandResult(data, f"irregularity {data['id']} resolved")


def cmd_export(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    with ctx.database().read() as session:
        data = show_dict(views.carnet_view(session, args.number))
    return CommandResult(data, json.dumps(to_jsonable(data), ensure_ascii=False, indent=2))

"""Reading carnets on the command line: ``show`` (the contract's JSON, written from the
carnet's typed view), ``list``, ``alerts`` and ``export``."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from carnet_app.cli.main import CliContext, CommandResult, lazy_module, to_jsonable
from carnet_app.clock import today
from carnet_app.domain.item_spec import format_quantities
from carnet_app.domain.messages import say
from carnet_app.domain.show_contract import list_row_dict, show_dict
from carnet_app.errors import UserError

if TYPE_CHECKING:
    from carnet_app.services import (
        deadlines,
        views,
    )
else:  # loaded when a command runs (keeps `carnet --help` light)
    deadlines = lazy_module("carnet_app.services.deadlines")
    views = lazy_module("carnet_app.services.views")


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
            f"{r.number or 'draft ' + str(r.id):<24} {r.status.value:<11} "
            f"{r.valid_until.isoformat() if r.valid_until else '':<10}  {r.holder}"
            for r in rows
        )
        or say("cli.done.no-carnets").text()
    )
    return CommandResult({"carnets": [list_row_dict(r) for r in rows]}, text)


def cmd_alerts(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    if args.within < 0:
        raise UserError(say("cli.within-days"), field="within")
    with ctx.database().read() as session:
        found = deadlines.alerts(session, today=args.today or today(), within_days=args.within)
    rows = [
        {
            "carnet": a.carnet,
            "kind": a.kind.value,
            "due": a.due,
            "code": a.code,
            "message": a.message,
            "urgency": a.urgency.value,
        }
        for a in found
    ]
    text = (
        "\n".join(f"{r['due']}  {r['urgency']:<10} {r['carnet']:<22} {r['message']}" for r in rows)
        or say("cli.done.nothing-due").text()
    )
    return CommandResult({"alerts": rows}, text)


def cmd_export(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    with ctx.database().read() as session:
        data = show_dict(views.carnet_view(session, args.number))
    return CommandResult(data, json.dumps(to_jsonable(data), ensure_ascii=False, indent=2))

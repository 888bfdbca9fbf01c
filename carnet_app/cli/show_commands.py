"""Reading carnets on the command line: ``show`` (the contract's JSON, written from the
carnet's typed view), ``list``, ``alerts`` and ``export``."""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING

from carnet_app.cli.main import CliContext, CommandResult, lazy_module, to_jsonable
from carnet_app.clock import today
from carnet_app.domain.item_spec import format_quantities
from carnet_app.domain.ledger_words import colour_word, kind_word, place_words
from carnet_app.domain.messages import Joined, Message, say, status_word
from carnet_app.errors import UserError

if TYPE_CHECKING:
    from carnet_app.domain import show_contract
    from carnet_app.domain.carnet_view import (
        CarnetView,
        GoodsEventView,
        ItemView,
        MovementView,
        VoucherCountView,
    )
    from carnet_app.services import (
        deadlines,
        views,
    )
else:  # loaded when a command runs (keeps `carnet --help` light)
    deadlines = lazy_module("carnet_app.services.deadlines")
    views = lazy_module("carnet_app.services.views")
    show_contract = lazy_module("carnet_app.domain.show_contract")


def cmd_show(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    with ctx.database().read() as session:
        view = views.carnet_view(session, args.number)
    return CommandResult(show_contract.show_dict(view), format_show(view))


def format_show(view: CarnetView) -> str:
    """The carnet as a clerk reads it, in the language of the command (the JSON is the
    contract; these lines are for reading)."""
    kind = say(f"carnet-kind.{view.kind.value}")
    form = say(f"show.format.{view.format.value}")
    status = status_word(view.status.value)
    uses = ", ".join(view.uses)
    lines: list[Message | str] = [
        say("show.title", number=view.number, kind=kind, format=form, status=status)
        if view.number
        else say("show.draft-title", draft=view.id, kind=kind, format=form, status=status),
        say("show.holder", name=view.holder.name, address=view.holder.address),
        say("show.dates", issued=view.issued_on, valid_until=view.valid_until, uses=uses)
        if view.issued_on and view.valid_until
        else say("show.not-issued", uses=uses),
        say(
            "show.money",
            value=view.total_value,
            currency=view.currency,
            security=_or_none(view.security),
            fees=_or_none(view.fees),
        ),
        say("show.vouchers", counts=Joined(tuple(_count(c) for c in view.vouchers), ", ")),
        say(
            "show.vouchers-left",
            left=Joined(
                tuple(
                    Joined(
                        tuple(
                            Joined((kind_word(action), str(left)), " ")
                            for action, left in count.left_by_action.items()
                        ),
                        ", ",
                    )
                    for count in view.vouchers
                )
            ),
        ),
        say("show.items"),
    ]
    lines.extend(_item_line(item) for item in view.items)
    if view.movements:
        lines.append(say("show.movements"))
        lines.extend(_movement_line(movement) for movement in view.movements)
    lines.extend(
        say(
            "show.fee-after-issue",
            on=fee.date,
            sets=fee.sets,
            colour=colour_word(fee.colour),
            amount=fee.amount,
            currency=view.currency,
        )
        for fee in view.fees_after_issue
    )
    lines.extend(_event_line(event) for event in view.events)
    lines.extend(
        say(
            "show.claim",
            claim=claim.id,
            country=claim.country,
            amount=claim.amount,
            currency=claim.currency,
            status=say(f"cli.done.claim-status.{claim.status.value}"),
            proof_due=claim.proof_due,
        )
        for claim in view.claims
    )
    lines.extend(
        say(
            "show.irregularity-resolved",
            irregularity=found.id,
            on=found.resolved_on,
            resolution=found.resolution,
            message=found.message,
        )
        if found.resolved_on
        else say("show.irregularity-open", irregularity=found.id, message=found.message)
        for found in view.irregularities
    )
    return "\n".join(str(line) for line in lines)


def _or_none(amount: Decimal | None) -> Decimal | Message:
    return say("show.not-set") if amount is None else amount


def _count(count: VoucherCountView) -> Message:
    return say(
        "show.voucher-count", colour=colour_word(count.colour), used=count.used, issued=count.issued
    )


def _item_line(item: ItemView) -> str:
    where = Joined(
        tuple(
            Joined((str(quantity), place_words(place)), " ")
            for place, quantity in item.where.items()
        ),
        ", ",
    )
    said = say(
        "show.item",
        item_no=item.item_no,
        description=f"{item.description[:50]:<50}",
        pieces=item.pieces,
        where=where,
    )
    return f"  {said}"


def _movement_line(movement: MovementView) -> str:
    said = say(
        "show.movement",
        on=movement.date,
        action=f"{kind_word(movement.action).text():<15}",
        country=f"{movement.country or '':<3}",
        colour=colour_word(movement.voucher_colour),
        voucher=movement.voucher_no,
        items=_quantities(movement.items),
    )
    final = say("show.final-date", final_date=movement.final_date) if movement.final_date else ""
    return f"  {said}" + (f"  {final}" if final else "")


def _event_line(event: GoodsEventView) -> str:
    said = say(
        "show.event",
        on=event.date,
        kind=f"{say(f'cli.goods-event.{event.kind.value}').text():<11}",  # agrees in French
        country=f"{event.country:<3}",
        items=_quantities(event.items),
    )
    return f"  {said}" + (f" → {event.transferred_to}" if event.transferred_to else "")


def _quantities(items: Mapping[str, int]) -> str:
    return format_quantities({int(item_no): pieces for item_no, pieces in items.items()})


def cmd_list(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    with ctx.database().read() as session:
        rows = views.list_carnets(
            session, status=args.status, search=args.search, open_claim=args.open_claim
        )
    text = (
        "\n".join(
            f"{r.number or say('draft.label', draft=r.id).text():<24} "
            f"{status_word(r.status.value)!s:<11} "
            f"{r.valid_until.isoformat() if r.valid_until else '':<10}  {r.holder}"
            for r in rows
        )
        or say("cli.done.no-carnets").text()
    )
    return CommandResult({"carnets": [show_contract.list_row_dict(r) for r in rows]}, text)


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
        "\n".join(
            f"{a.due}  {say(f'urgency.{a.urgency.value}').text():<15} {a.carnet:<22} {a.message}"
            for a in found
        )
        or say("cli.done.nothing-due").text()
    )
    return CommandResult({"alerts": rows}, text)


def cmd_export(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    with ctx.database().read() as session:
        data = show_contract.show_dict(views.carnet_view(session, args.number))
    return CommandResult(data, json.dumps(to_jsonable(data), ensure_ascii=False, indent=2))

"""The carnet's making and daily use on the command line: the database and the issuing
association, issue, customs stamps, goods events, extra voucher sets and added destinations."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from carnet_app.cli.main import CliContext, CommandResult, lazy_module, whole_number
from carnet_app.clock import today
from carnet_app.domain.item_spec import format_quantities
from carnet_app.domain.ledger_words import colour_word, kind_word
from carnet_app.domain.messages import Joined, say
from carnet_app.domain.types import GoodsEventKind, MovementAction, VoucherColour
from carnet_app.errors import UserError

if TYPE_CHECKING:
    from carnet_app.domain.carnet_view import CarnetView
    from carnet_app.services import (
        carnets,
        movements,
    )
else:  # loaded when a command runs (keeps `carnet --help` light)
    carnets = lazy_module("carnet_app.services.carnets")
    movements = lazy_module("carnet_app.services.movements")


def cmd_init(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    database = ctx.database()
    return CommandResult(
        {"database": database.url_for_display, "status": "ready"},
        say("cli.done.database-ready", url=database.url_for_display).text(),
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
        data = association.answer(today())
    return CommandResult(
        data,
        say(
            "cli.done.association",
            name=data["name"],
            country=data["country"],
            currency=data["currency"],
            next_number=data["next_number"],
        ).text(),
    )


def cmd_association_show(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from carnet_app.services.association import current_association

    with ctx.database().read() as session:
        data = current_association(session).answer(today())
    text = "\n".join(say(f"association-field.{k}", value=v).text() for k, v in data.items())
    return CommandResult(data, text)


def issue_answer(carnet: CarnetView) -> dict[str, Any]:
    return {
        "number": carnet.number,
        "status": carnet.status,
        "kind": carnet.kind,
        "issued_on": carnet.issued_on,
        "valid_until": carnet.valid_until,
        "vouchers": {count.colour.value: count.sets for count in carnet.vouchers},
        "security": carnet.security,
        "fees": carnet.fees,
        "currency": carnet.currency,
        "follows": carnet.follows,
    }


def cmd_issue(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    with ctx.database().write() as session:
        carnet = carnets.issue(
            session, args.id, on=args.date or today(), user=ctx.user, today=today()
        )
        data = issue_answer(carnet)
    return CommandResult(data, issue_text("cli.done.issued", data))


def issue_text(code: str, data: dict[str, Any], **more: Any) -> str:
    """What an issued carnet's command says: ``code`` is the issue, duplicate or replacement."""
    return say(
        code,
        number=data["number"],
        issued_on=data["issued_on"],
        valid_until=data["valid_until"],
        vouchers=sets_by_colour(data["vouchers"]),
        security=data["security"],
        fees=data["fees"],
        currency=data["currency"],
        **more,
    ).text()


def sets_by_colour(vouchers: Any) -> Joined:
    """``{"white": 2, "yellow": 1}`` said as "2 white, 1 yellow" in the command's language."""
    return Joined(
        tuple(
            say("cli.done.sets-of-colour", sets=n, colour=colour_word(VoucherColour(c)))
            for c, n in vouchers.items()
        ),
        separator=", ",
    )


def cmd_record(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    refers_to: tuple[int, ...] = ()
    if args.refers_to.strip():
        try:
            refers_to = tuple(whole_number(x) for x in args.refers_to.split(","))
        except ValueError:
            raise UserError(say("cli.refers-to-numbers"), field="refers-to") from None
    request = movements.StampRequest(
        action=MovementAction(args.action),
        on=args.date,
        country=args.country,
        items=args.items or "",
        office=args.office,
        place=args.place,
        reference=args.reference,
        final_date=args.final_date,
        remarks=args.remarks,
        refers_to=refers_to,
    )
    with ctx.database().write() as session:
        recorded = movements.record_stamp(
            session, args.number, request, confirm=args.confirm, user=ctx.user, today=today()
        )
    movement = recorded.movement
    data = {
        "carnet": args.number,
        "action": movement.action,
        "date": movement.date,
        "country": movement.country,
        "voucher": {"colour": movement.voucher_colour, "no": movement.voucher_no},
        "items": dict(movement.items),
        "refers_to": list(movement.refers_to),
        "final_date": movement.final_date,
        "irregularities": [str(found.message) for found in recorded.irregularities],
        "status": recorded.carnet.status,
    }
    text = say(
        "cli.done.recorded",
        action=kind_word(MovementAction(data["action"])),
        on=data["date"],
        colour=colour_word(VoucherColour(data["voucher"]["colour"])),
        voucher=data["voucher"]["no"],
        items=format_quantities({int(k): v for k, v in data["items"].items()}),
    ).text()
    if data["irregularities"]:
        found = "; ".join(data["irregularities"])
        text += "\n" + say("cli.done.irregularity", found=found).text()
    return CommandResult(data, text)


def cmd_event(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    with ctx.database().write() as session:
        event = movements.record_goods_event(
            session,
            args.number,
            kind=GoodsEventKind(args.kind),
            on=args.date,
            country=args.country,
            items=args.items or "",
            document=args.document,
            user=ctx.user,
            today=today(),
        ).event
    data = {
        "carnet": args.number,
        "kind": event.kind,
        "date": event.date,
        "country": event.country,
        "document": event.document,
        "items": dict(event.items),
    }
    said = say(
        "cli.done.goods-event",
        kind=say(f"cli.goods-event.{GoodsEventKind(data['kind']).value}"),  # agrees in French
        country=data["country"],
        items=format_quantities({int(k): v for k, v in data["items"].items()}),
    )
    return CommandResult(data, said.text())


def cmd_vouchers_add(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    with ctx.database().write() as session:
        carnet = carnets.add_vouchers(
            session, args.number, colour=args.colour, sets=args.sets, user=ctx.user, today=today()
        )
    data = {
        "number": carnet.number,
        "vouchers": {count.colour.value: count.sets for count in carnet.vouchers},
        "fee": carnet.fees_after_issue[-1].amount,  # the sets just added
        "currency": carnet.currency,
    }
    return CommandResult(
        data,
        say(
            "cli.done.vouchers-added",
            number=data["number"],
            vouchers=sets_by_colour(data["vouchers"]),
            fee=data["fee"],
            currency=data["currency"],
        ).text(),
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
            "security": done.carnet.security,
            "sets_added": {c.value: n for c, n in done.sets_added.items()},
            "fee": done.fee,
            "currency": done.carnet.currency,
        }
    return CommandResult(
        data,
        say(
            "cli.done.destination",
            country=data["country"],
            number=data["number"],
            top_up=data["security_top_up"],
            security=data["security"],
            sets=sets_by_colour(data["sets_added"]) if data["sets_added"] else say("cli.done.none"),
            fee=data["fee"],
            currency=data["currency"],
        ).text(),
    )

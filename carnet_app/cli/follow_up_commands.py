"""The end of a carnet's life on the command line: return, discharge, cancellation,
duplicates and replacements, customs' claims and confirmed irregularities."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from carnet_app.cli.carnet_commands import issue_answer, issue_text
from carnet_app.cli.main import CliContext, CommandResult, lazy_module
from carnet_app.clock import today
from carnet_app.domain.messages import say

if TYPE_CHECKING:
    from carnet_app.services import (
        carnets,
        claims,
        movements,
        reissue,
    )
    from carnet_app.services.views import ClaimRecorded
else:  # loaded when a command runs (keeps `carnet --help` light)
    carnets = lazy_module("carnet_app.services.carnets")
    claims = lazy_module("carnet_app.services.claims")
    movements = lazy_module("carnet_app.services.movements")
    reissue = lazy_module("carnet_app.services.reissue")


def cmd_return(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    with ctx.database().write() as session:
        carnet = carnets.return_carnet(
            session, args.number, on=args.date, user=ctx.user, today=today()
        )
        data = {"number": carnet.number, "status": carnet.status, "returned_on": carnet.returned_on}
    said = say("cli.done.returned", number=data["number"], on=data["returned_on"])
    return CommandResult(data, said.text())


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
    said = say("cli.done.discharged", number=data["number"], on=data["discharged_on"])
    return CommandResult(data, said.text())


def cmd_cancel(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    with ctx.database().write() as session:
        carnet = carnets.cancel(session, args.number, user=ctx.user, today=today())
        data = {"number": carnet.number, "id": carnet.id, "status": carnet.status}
    said = say("cli.done.cancelled", number=data["number"] or data["id"])
    return CommandResult(data, said.text())


def cmd_duplicate(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    with ctx.database().write() as session:
        carnet = reissue.duplicate(session, args.number, on=args.date, user=ctx.user, today=today())
        data = issue_answer(carnet)
    return CommandResult(data, issue_text("cli.done.duplicate", data, original=args.number))


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
        data = issue_answer(carnet)
        data["consent"] = carnet.replacement_consent
    return CommandResult(data, issue_text("cli.done.replacement", data, original=args.number))


def _claim_data(recorded: ClaimRecorded) -> dict[str, Any]:
    claim = recorded.claim
    return {
        "id": claim.id,
        "carnet": recorded.carnet.number,
        "country": claim.country,
        "notified": claim.notified,
        "amount": claim.amount,
        "currency": claim.currency,
        "proof_due": claim.proof_due,
        "payment_final": claim.payment_final,
        "status": claim.status,
        "settled_on": claim.settled_on,
        "paid": claim.paid,
        "items": dict(claim.items),
        "handling_fee": claim.handling_fee,
        "carnet_status": recorded.carnet.status,
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
            items=args.items or "",
        )
        data = _claim_data(claim)
    return CommandResult(
        data,
        say(
            "cli.done.claim-opened",
            claim=data["id"],
            country=data["country"],
            amount=data["amount"],
            currency=data["currency"],
            proof_due=data["proof_due"],
            payment_final=data["payment_final"],
        ).text(),
    )


def cmd_claim_settle(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    with ctx.database().write() as session:
        claim = claims.settle_claim(
            session,
            args.claim_id,
            on=args.date,
            proof=args.proof,
            paid=args.paid,
            confirm=args.confirm,
            reexported_on=args.reexported,
            items=args.items or "",
            office=args.office,
            user=ctx.user,
            today=today(),
        )
        data = _claim_data(claim)
    said = say(
        "cli.done.claim-settled",
        claim=data["id"],
        status=say(f"cli.done.claim-status.{data['status']}"),
        on=data["settled_on"],
    )
    return CommandResult(data, said.text())


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
    return CommandResult(
        data, say("cli.done.irregularity-resolved", irregularity=data["id"]).text()
    )

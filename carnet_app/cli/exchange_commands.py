"""Carnets between desks: register one issued anywhere, send and receive the signed carnet
file, send back the holder's record and check it in, show and export the desk's key, verify a
printed code."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from carnet_app.cli.core_commands import today
from carnet_app.cli.json_documents import read_json
from carnet_app.cli.main import (
    CliContext,
    CommandResult,
    add_command,
    output_file,
    to_jsonable,
    whole_number,
)
from carnet_app.domain.messages import Message, say, status_word
from carnet_app.errors import UserError

if TYPE_CHECKING:  # the services load with the command that uses them
    from carnet_app.services.registration_answer import PredecessorAnswer


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    def add(name: str, handler: Any, help_text: str) -> argparse.ArgumentParser:
        return add_command(subparsers, common, name, handler, help_text)

    p = add("register", cmd_register, "register a carnet issued anywhere (JSON from its cover)")
    p.add_argument("file", type=Path)
    p.add_argument("--goods", type=Path, help="the general list from a CSV or XLSX file")
    p.add_argument(
        "--confirm",
        action="store_true",
        help="register despite warnings (a number that opens with another country's letters)",
    )

    p = add("send", cmd_send, "write a carnet (or, with --record, the holder's record) signed")
    p.add_argument("number")
    p.add_argument("--out", type=output_file, required=True)
    p.add_argument(
        "--record",
        action="store_true",
        help="the holder's stamps and events, for the issuing chamber's check-in",
    )

    p = add("receive", cmd_receive, "take in a signed carnet file from its issuing chamber")
    p.add_argument("file", type=Path)
    _trust_options(p)

    p = add("checkin", cmd_checkin, "compare a holder's signed record with this desk's")
    p.add_argument("file", type=Path)
    p.add_argument(
        "--accept",
        metavar="all|ID,...",
        help="accept these differences (the others are rejected); without it: show only",
    )
    _trust_options(p)

    key = subparsers.add_parser("key", parents=[common], help="this desk's signing key")
    key_sub = key.add_subparsers(dest="key_command", required=True)
    p = key_sub.add_parser("show", parents=[common], help="the public key and its fingerprint")
    p.set_defaults(handler=cmd_key_show)
    p = key_sub.add_parser("export", parents=[common], help="write the public key to a file")
    p.set_defaults(handler=cmd_key_export)
    p.add_argument("--out", type=output_file, required=True)

    p = add("verify", cmd_verify, "check the code printed on a cover or voucher (PDF, PNG, JPEG)")
    p.add_argument("file", type=Path)
    p.add_argument("--page", type=int, default=1, help="PDF page to read (default 1)")


def _trust_options(parser: argparse.ArgumentParser) -> None:
    how = parser.add_mutually_exclusive_group()
    how.add_argument(
        "--trust-fingerprint",
        metavar="FINGERPRINT",
        help="trust the signer's key on first use, after checking this fingerprint with them",
    )
    how.add_argument("--trust", type=Path, metavar="KEYFILE", help="their exported public key")


def _keys() -> Any:
    from carnet_app.keys import KeyStore
    from carnet_app.paths import AppPaths

    return KeyStore.for_paths(AppPaths.from_environment())


def _trust(args: argparse.Namespace) -> Any:
    from carnet_app.services.signed_files import TrustRequest

    return TrustRequest(fingerprint=args.trust_fingerprint, key_file=args.trust)


def cmd_register(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from carnet_app.services import register as registering
    from carnet_app.services.registration_answer import registration_answer

    document = read_json(args.file)
    registration = registering.parse_registration(document)
    goods_path = args.goods
    if goods_path is None and registration.goods_file:
        goods_path = args.file.parent / registration.goods_file
    with ctx.database().write() as session:
        goods = registering.goods_from_file(session, goods_path) if goods_path else None
        carnet = registering.register_carnet(
            session, registration, user=ctx.user, today=today(), goods=goods, confirm=args.confirm
        )
        data = registration_answer(session, carnet)
    said = say(
        "cli.done.registered",
        number=data["number"],
        issuer=data["issuer"]["name"],
        country=data["issuer"]["country"],
        items=data["items"],
        valid_until=data["valid_until"],
    )
    return CommandResult(dict(data), _with_predecessor(said, data["predecessor"]))


def _with_predecessor(said: Message, predecessor: PredecessorAnswer | None) -> str:
    """The answer's line, and what became of the carnet it follows on this desk."""
    if predecessor is None:
        return said.text()
    became = say(
        "cli.done.predecessor",
        number=predecessor["number"],
        status=status_word(predecessor["status"]),
    )
    return f"{said.text()}\n{became.text()}"


def cmd_send(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from carnet_app.services import carnet_file

    keys = _keys()
    with ctx.database().read() as session:
        if args.record:
            data = carnet_file.send_record(session, args.number, args.out, keys=keys, today=today())
            said = say(
                "cli.done.record-sent",
                number=data["number"],
                entries=data["entries"],
                path=args.out,
            )
        else:
            data = carnet_file.send_carnet(session, args.number, args.out, keys=keys, today=today())
            said = say(
                "cli.done.carnet-sent",
                number=data["number"],
                path=args.out,
                fingerprint=data["fingerprint"],
            )
    return CommandResult(data, said.text())


def cmd_receive(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from carnet_app.services import carnet_file
    from carnet_app.services.registration_answer import registration_answer

    with ctx.database().write() as session:
        carnet = carnet_file.receive_carnet(
            session, args.file, trust=_trust(args), user=ctx.user, today=today()
        )
        data = registration_answer(session, carnet)
        data["issuer_key"] = carnet.registered.issuer_key if carnet.registered else None
    said = say(
        "cli.done.received",
        number=data["number"],
        issuer=data["issuer"]["name"],
        items=data["items"],
        valid_until=data["valid_until"],
    )
    return CommandResult(dict(data), _with_predecessor(said, data["predecessor"]))


def _accepted(text: str | None) -> list[int] | str | None:
    if text is None:
        return None
    if text.strip().lower() == "all":
        return "all"
    try:
        return [whole_number(part) for part in text.replace(" ", "").split(",") if part]
    except ValueError:
        raise UserError(say("cli.accept", text=text), field="accept") from None


def cmd_checkin(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from carnet_app.services import checkin

    accept = _accepted(args.accept)
    database = ctx.database()
    with database.write() if accept is not None else database.read() as session:
        review = checkin.check_in(
            session, args.file, accept=accept, trust=_trust(args), user=ctx.user, today=today()
        )
        data = review.to_dict()
    lines = [say("cli.done.checkin", number=data["number"], key=data["holder_key"]).text()]
    if not review.differences:
        lines.append(say("cli.done.checkin-matches").text())
    for difference in review.differences:
        mark = say(
            "cli.done.checkin-accepted"
            if difference.id in review.accepted
            else "cli.done.checkin-rejected"
            if difference.id in review.rejected
            else "cli.done.checkin-to-review"
        )
        lines.append(f"  #{difference.id} [{mark}] {difference.text}")
    if accept is None and review.differences:
        lines.append(say("cli.done.checkin-nothing-written").text())
    return CommandResult(data, "\n".join(lines))


def cmd_key_show(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    keys = _keys()
    key = keys.public_key()
    data = {"fingerprint": key.fingerprint, "public_key": key.text, "folder": str(keys.folder)}
    said = say("cli.done.key", fingerprint=key.fingerprint, key=key.text)
    return CommandResult(data, said.text())


def cmd_key_export(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from carnet_app.files import write_atomically
    from carnet_app.services.settings import association_info
    from carnet_app.services.signed_files import public_key_file_bytes

    keys = _keys()
    with ctx.database().read() as session:
        info = association_info(session)
    name = info.name if info is not None else ""
    write_atomically(args.out, public_key_file_bytes(keys, name))
    key = keys.public_key()
    data = {"fingerprint": key.fingerprint, "file": str(args.out)}
    what = say("cli.what.public-key", fingerprint=key.fingerprint)
    return CommandResult(data, say("cli.done.written", what=what, path=args.out).text())


def cmd_verify(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from carnet_app.services import proof

    with ctx.database().read() as session:
        result = proof.verify_file(session, args.file, page=args.page, keys=_keys())
    data = to_jsonable(result.to_dict())
    if not result.genuine:
        raise UserError(say("cli.verify-failed", reason=result.message), field="file")
    return CommandResult(data, result.message)

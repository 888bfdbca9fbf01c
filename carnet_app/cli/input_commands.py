"""The commands that bring data into the desk: an application document (``apply``) and a
general list from a CSV or XLSX file (``import-goods``)."""

from __future__ import annotations

import argparse
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from carnet_app.cli.json_documents import read_json
from carnet_app.cli.main import CliContext, CommandResult, lazy_module
from carnet_app.domain.messages import say
from carnet_app.errors import UserError

if TYPE_CHECKING:
    from carnet_app.domain.carnet_view import CarnetView
    from carnet_app.services import carnets, goods_import
    from carnet_app.services.goods_import import ImportResult
else:  # loaded when a command uses them (keeps `carnet --help` light)
    carnets = lazy_module("carnet_app.services.carnets")
    goods_import = lazy_module("carnet_app.services.goods_import")

APPLICANT_FIELDS = ("goods", "holder", "representatives", "uses", "event", "itinerary")

__all__ = ["cmd_apply", "cmd_import_goods"]


def cmd_apply(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from carnet_app.cli.core_commands import today
    from carnet_app.domain.application import parse_application
    from carnet_app.services.documents import application_annex_warnings
    from carnet_app.services.quotes import quote_for_application
    from carnet_app.services.views import desk_country

    application = parse_application(read_json(args.file))
    with ctx.database().write() as session:
        # every check runs before the draft is written, in the one transaction: a step that
        # fails (measuring the boxes, the quote) leaves no draft behind
        annexed = application_annex_warnings(session, application)  # boxes printed on an annex
        quote = quote_for_application(
            session, application, home_country=desk_country(session), today=today()
        )
        carnet = carnets.apply(session, application, user=ctx.user, today=today())
        data: dict[str, Any] = {"id": carnet.id, "status": carnet.status}
    # what the applicant wrote that the clerk should look at (the list's warnings: a missing
    # serial number...), and the boxes that will print on an annex; the quote's own remarks
    # (schedule, format) belong to `carnet quote`
    written = [
        _with_field(finding.field, finding.message)
        for finding in quote.findings
        if not finding.is_refusal and finding.field.startswith(APPLICANT_FIELDS)
    ]
    if written or annexed:
        data["warnings"] = [*written, *annexed]
    lines = [
        say("cli.done.draft-created", draft=data["id"]).text(),
        *(say("cli.done.warning", text=w).text() for w in written),
        *(say("cli.done.note", text=w).text() for w in annexed),
    ]
    return CommandResult(data, "\n".join(lines))


def cmd_import_goods(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    try:
        with ctx.database().write() as session:
            carnet, result = goods_import.import_goods(
                session, args.id, args.file, user=ctx.user, sheet=args.sheet
            )
            data = _imported(carnet, result)
    except goods_import.GeneralListRefused as refused:
        if args.errors is None:
            raise
        _write_errors(args.errors, refused)
        raise UserError(
            say("cli.list-refused", count=len(refused.problems), path=args.errors), field="file"
        ) from None
    if args.errors is not None:
        _write_errors(args.errors, None)
    warnings = data["warnings"]
    if data["headings"]:
        said = say(
            "cli.done.goods-imported-headings",
            items=data["items"],
            draft=data["id"],
            headings=data["headings"],
        )
    else:
        said = say("cli.done.goods-imported", items=data["items"], draft=data["id"])
    text = "\n".join([said.text(), *(say("cli.done.warning", text=w).text() for w in warnings)])
    return CommandResult(data, text)


def _with_field(field: str, message: str) -> str:
    """The warning with the field it concerns, named once (some messages start with it)."""
    if message.startswith(field):
        return message
    return say("cli.field-said", field=field, text=message).text()


def _write_errors(path: Path, refused: Any) -> None:
    """The error report: one line per error (empty when the list was imported)."""
    lines = [str(p) for p in refused.problems] if refused is not None else []
    try:
        path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    except OSError as exc:
        raise UserError(
            say("cli.errors-unwritable", path=path, reason=exc.strerror), field="errors"
        ) from None


def _imported(carnet: CarnetView, result: ImportResult) -> dict[str, Any]:
    return {
        "id": carnet.id,
        "items": len(result.lines),
        "total_pieces": sum(line.pieces for line in result.lines),
        "total_value": sum((line.value for line in result.lines), Decimal(0)).quantize(
            Decimal("0.01")
        ),  # as stored: every value has at most the currency's decimals
        "header_row": result.mapping.header_row,
        "columns": {c.value: i + 1 for c, i in result.mapping.columns.items()},
        "warnings": [str(p) for p in result.warnings],
        "headings": result.headings,
        "sheet": result.sheet,
    }

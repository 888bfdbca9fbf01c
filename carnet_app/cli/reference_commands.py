"""Reference data on the command line: ``quote``, ``countries``, ``schedules``."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from carnet_app.cli.json_documents import read_json
from carnet_app.cli.main import CliContext, CommandResult, lazy_module
from carnet_app.domain.catalogue import CATALOGUE
from carnet_app.domain.messages import Joined, Message, message_language, say
from carnet_app.errors import UserError

if TYPE_CHECKING:
    from carnet_app.domain import application as application_format
    from carnet_app.domain import countries as country_rules
    from carnet_app.domain.quote import Quote
else:  # loaded when a command uses them (keeps `carnet --help` light)
    application_format = lazy_module("carnet_app.domain.application")
    country_rules = lazy_module("carnet_app.domain.countries")


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    quote = subparsers.add_parser(
        "quote",
        parents=[common],
        help="voucher plan, security, fees and checks for an application (nothing is saved)",
    )
    quote.add_argument("file", type=Path, metavar="APPLICATION.json")
    quote.add_argument(
        "--home", metavar="CC", help="home country (default: the issuing association's)"
    )
    quote.set_defaults(handler=cmd_quote)

    countries = subparsers.add_parser(
        "countries", parents=[common], help="the country table and its rules"
    )
    countries.add_argument("codes", nargs="*", metavar="CC", help="only these countries")
    countries.set_defaults(handler=cmd_countries)

    schedules = subparsers.add_parser(
        "schedules", parents=[common], help="security and fee schedules"
    )
    actions = schedules.add_subparsers(dest="schedules_command", metavar="ACTION", required=True)
    export = actions.add_parser("export", parents=[common], help="write every schedule to FILE")
    export.add_argument("file", type=Path, metavar="FILE", help=".toml or .json")
    export.set_defaults(handler=cmd_schedules_export)
    load = actions.add_parser(
        "import", parents=[common], help="add or replace schedules from FILE (checked first)"
    )
    load.add_argument("file", type=Path, metavar="FILE", help=".toml or .json")
    load.set_defaults(handler=cmd_schedules_import)
    listing = actions.add_parser("list", parents=[common], help="the schedules, active first")
    listing.set_defaults(handler=cmd_schedules_list)
    activate = actions.add_parser("activate", parents=[common], help="use NAME for quotes")
    activate.add_argument("name", metavar="NAME")
    activate.set_defaults(handler=cmd_schedules_activate)


# -- handlers ---------------------------------------------------------------------------------


def cmd_quote(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from carnet_app.cli.core_commands import today
    from carnet_app.services.quotes import quote_for_application
    from carnet_app.services.views import desk_country

    application = application_format.parse_application(read_json(args.file))
    with ctx.database().read() as session:
        home = args.home.strip().upper() if args.home else desk_country(session)
        quote = quote_for_application(session, application, home_country=home, today=today())
        from carnet_app.services.documents import application_annex_warnings

        annexes = application_annex_warnings(session, application)
    data = quote.to_dict()
    text = format_quote(quote, item_count=len(application.goods))
    if annexes:
        data["print_warnings"] = annexes
        text = "\n".join([text, *(say("quote-text.note", note=w).text() for w in annexes)])
    return CommandResult(data, text)


def cmd_countries(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from carnet_app.services.reference import country_rows

    with ctx.database().read() as session:
        rows = country_rows(session)
    wanted = {code.upper() for code in args.codes}
    if wanted - {rule.code for rule, _, _ in rows}:
        missing = sorted(wanted - {rule.code for rule, _, _ in rows})
        raise UserError(say("cli.unknown-country", code=missing[0]), field="codes")
    countries = [
        {
            "code": rule.code,
            **country_rules.country_rule_to_dict(rule),
            "edited_by_admin": edited,
            "data_version": version,
        }
        for rule, edited, version in rows
        if not wanted or rule.code in wanted
    ]
    lines = [_country_line(country) for country in countries]
    return CommandResult({"countries": countries}, "\n".join(lines))


def cmd_schedules_export(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from carnet_app.services.reference import export_schedules

    with ctx.database().read() as session:
        count = export_schedules(session, args.file)
    return CommandResult(
        {"file": str(args.file), "schedules": count},
        say("cli.done.schedules-exported", count=count, path=args.file).text(),
    )


def cmd_schedules_import(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from carnet_app.services.settings import import_schedule_file

    with ctx.database().write() as session:
        names = import_schedule_file(session, args.file, user=ctx.user)
    return CommandResult(
        {"file": str(args.file), "schedules": names},
        say("cli.done.schedules-imported", count=len(names), path=args.file, names=names).text(),
    )


def cmd_schedules_list(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from carnet_app.services.reference import list_schedules

    with ctx.database().read() as session:
        infos = sorted(list_schedules(session), key=lambda info: (not info.active, info.name))
    data = [
        {
            "name": info.name,
            "active": info.active,
            "example": info.example,
            "currency": info.currency,
            "updated_at": info.updated_at.isoformat(),
            "updated_by": info.updated_by,
        }
        for info in infos
    ]
    text = "\n".join(
        f"{'*' if info['active'] else ' '} {info['name']} ({info['currency']})"
        + (f" {say('schedules.example')}" if info["example"] else "")
        for info in data
    )
    return CommandResult({"schedules": data}, text or say("cli.done.no-schedules").text())


def cmd_schedules_activate(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from carnet_app.services.settings import activate_schedule

    with ctx.database().write() as session:
        activate_schedule(session, args.name, user=ctx.user)
    return CommandResult(
        {"active": args.name}, say("cli.done.schedule-active", name=args.name).text()
    )


# -- text output ------------------------------------------------------------------------------


def format_quote(quote: Quote, *, item_count: int) -> str:
    """The quote as a clerk reads it, in the language of the command."""
    from carnet_app.domain.ledger_words import colour_word

    cur = quote.currency
    sets = Joined(
        tuple(Joined((colour_word(c), str(n)), " ") for c, n in quote.voucher_sets.items()), ", "
    )
    lines: list[Message | str] = [
        say("quote-text.title", on=quote.quoted_on, schedule=quote.schedule_name),
        say("quote-text.value", value=quote.total_value, currency=cur, items=item_count),
        say("quote-text.voucher-sets", sets=sets),
        *(f"  {text}" for text in quote.voucher_plan_lines),
        say("quote-text.security", amount=quote.security.amount, currency=cur),
        *(f"  {text}" for text in quote.security.explanation.splitlines()),
        *(f"  {say('quote-text.form', form=form.said)}" for form in quote.security.forms),
        say("quote-text.fees"),
        *(
            "  "
            + say(
                "quote-text.fee",
                label=line.said,
                quantity=line.quantity,
                unit=line.unit_price,
                amount=line.amount,
            ).text()
            for line in quote.fees.lines
        ),
        f"  {say('quote-text.total', amount=quote.fees.total, currency=cur)}",
        say(
            "quote-text.format",
            format=say(f"show.format.{quote.format_needed.value}"),
            why=quote.format_explanation,
        ),
    ]
    refusals = [f for f in quote.findings if f.is_refusal]
    warnings = [f for f in quote.findings if not f.is_refusal]
    for heading, findings in (("quote-text.refused", refusals), ("quote-text.warnings", warnings)):
        if findings:
            lines.append(say(heading))
            lines.extend(
                f"  {say('quote-text.finding', field=f.field, message=f.said)}" for f in findings
            )
    return "\n".join(str(line) for line in lines)


def _country_line(country: dict[str, Any]) -> str:
    from carnet_app.languages import country_name

    uses = " ".join(f"{use}={value}" for use, value in country["uses"].items())
    flags = [
        say(
            "countries.flag",
            key=say(f"countries.rule.{key}"),
            value=say("word.yes" if country[key] else "word.no"),
        ).text()
        for key in ("transit", "postal", "split_shipments", "replacement")
        if key in country
    ]
    status = f"ata-status.{country['status']}"
    parts = [
        f"{country['code']:<3} {country_name(country['name'], message_language())}",
        f"[{country['territory']}]",
        say(status).text() if status in CATALOGUE else country["status"],
        uses,
        *flags,
    ]
    if "eata_from" in country:
        on = date.fromisoformat(country["eata_from"])
        parts.append(say("countries.eata-from", on=on).text())
    if country["edited_by_admin"]:
        parts.append(say("countries.edited").text())
    return "  ".join(part for part in parts if part)

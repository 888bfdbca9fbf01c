"""Registering a carnet issued anywhere: a holder's desk types it in from the green cover.

The document is an application (``apply``'s JSON) plus what the issuing chamber decided: the
number exactly as printed, the issuing association and its country, the issue date and the
validity, the security when known, and the voucher sheets actually bound in the booklet. The
general list goes through the same checks as an imported one (or is read from a CSV/XLSX file
by the same importer). A registered carnet keeps its number and takes no serial from this
desk; its home territory is the issuing country.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from carnet_app.db.exchange_models import RegisteredCarnet
from carnet_app.db.models import Carnet, VoucherSet
from carnet_app.domain.application import Application, parse_application
from carnet_app.domain.calendar import (
    ATA_CONVENTION_IN_FORCE,
    latest_replacement_valid_until,
)
from carnet_app.domain.calendar import valid_until as last_valid_day
from carnet_app.domain.carnet_view import CarnetView
from carnet_app.domain.goods_checks import RawRow, check_rows, errors_of
from carnet_app.domain.messages import say
from carnet_app.domain.schedules import money_digits
from carnet_app.domain.types import CarnetKind, CarnetStatus, GoodsLine, VoucherColour
from carnet_app.errors import ConfirmationRequired, UserError
from carnet_app.services.audit import carnet_snapshot, record_audit
from carnet_app.services.carried_goods import CarriedGoods, start_positions
from carnet_app.services.goods_import import parse_general_list, read_table
from carnet_app.services.printable import refuse_unprintable, refuse_unprintable_lines
from carnet_app.services.received_successor import link_predecessor, link_successors
from carnet_app.services.records import carnet_for, goods_item, holder_for
from carnet_app.services.reference import country_table
from carnet_app.services.registration_fields import (
    carnet_kind,
    country_code,
    follows_number,
    iso_date,
    number_country_prefix,
    read_number,
    security,
    short_text,
)
from carnet_app.services.views import record_view

MAX_SHEETS = 99

# the two actions of each colour's sheets, in the order a set is used
SHEET_ACTIONS: dict[VoucherColour, tuple[str, str]] = {
    VoucherColour.YELLOW: ("exportation", "re-importation"),
    VoucherColour.WHITE: ("importation", "re-exportation"),
    VoucherColour.BLUE: ("transit-in", "transit-out"),
}


class RegistrationSource:
    TYPED = "typed"
    RECEIVED = "received"


@dataclass(frozen=True)
class Registration:
    """A carnet issued elsewhere, as read from its cover."""

    application: Application
    number: str
    issuer_name: str
    issuer_country: str
    issued_on: date
    valid_until: date
    sheets: Mapping[VoucherColour, Mapping[str, int]]
    counterfoils_only: frozenset[VoucherColour] = frozenset()
    security_amount: Decimal | None = None
    security_form: str | None = None
    goods_file: str | None = None
    kind: CarnetKind = CarnetKind.ORIGINAL  # a replacement runs a year from the original's expiry
    follows: str | None = None  # a duplicate's or replacement's predecessor, by number

    def sets(self, colour: VoucherColour) -> int:
        """Sets of a colour the ledger may use: the larger of its two actions' sheets."""
        return max(self.sheets.get(colour, {}).values(), default=0)


def parse_registration(data: object) -> Registration:
    """Read a registration document; raise UserError naming the first bad field."""
    if not isinstance(data, Mapping):
        raise UserError(say("register.not-an-object"), field="registration")
    number = read_number(data.get("number"))
    issuer = data.get("issuer")
    if not isinstance(issuer, Mapping):
        raise UserError(say("register.issuer-missing"), field="issuer")
    issuer_name = short_text(issuer.get("name"), "issuer.name", 200)
    issuer_country = country_code(issuer.get("country"), "issuer.country")
    issued_on = iso_date(data.get("issued_on"), "issued_on")
    if issued_on < ATA_CONVENTION_IN_FORCE:
        raise UserError(
            say("register.before-convention", issued=issued_on, first=ATA_CONVENTION_IN_FORCE),
            field="issued_on",
        )
    valid_until = iso_date(data.get("valid_until"), "valid_until")
    if valid_until < issued_on:
        raise UserError(
            say("register.valid-before-issue", until=valid_until, issued=issued_on),
            field="valid_until",
        )
    kind = carnet_kind(data.get("kind"))
    if kind is not CarnetKind.ORIGINAL:  # a duplicate keeps the validity of what it follows
        last = latest_replacement_valid_until(issued_on)
        if valid_until > last:
            raise UserError(
                say(
                    f"register.{kind.value}-too-long",
                    issued=issued_on,
                    until=valid_until,
                    last=last,
                ),
                field="valid_until",
            )
    elif valid_until > last_valid_day(issued_on):
        raise UserError(
            say(
                "register.valid-over-a-year",
                issued=issued_on,
                until=valid_until,
                last=last_valid_day(issued_on),
            ),
            field="valid_until",
        )
    follows = follows_number(data.get("follows"), kind, number)
    security_amount, security_form = security(data.get("security"))
    sheets, counterfoils_only = _sheets(data.get("sheets"))
    goods_file = data.get("goods_file")
    if goods_file is not None and not isinstance(goods_file, str):
        raise UserError(say("register.goods-file"), field="goods_file")
    application_data = {k: v for k, v in data.items() if k not in _REGISTRATION_KEYS}
    if security_form is not None:
        application_data["security_form"] = security_form
    application = parse_application(application_data)
    if security_amount is not None:
        quantum = Decimal(1).scaleb(-money_digits(application.currency))
        if security_amount.quantize(quantum) != security_amount:  # it would be kept rounded
            raise UserError(
                say(
                    "register.security-decimals",
                    value=str(data["security"]["amount"]),
                    currency=application.currency,
                ),
                field="security",
            )
        security_amount = security_amount.quantize(quantum)
    return Registration(
        application=application,
        number=number,
        issuer_name=issuer_name,
        issuer_country=issuer_country,
        issued_on=issued_on,
        valid_until=valid_until,
        sheets=sheets,
        counterfoils_only=counterfoils_only,
        security_amount=security_amount,
        security_form=security_form,
        goods_file=goods_file,
        kind=kind,
        follows=follows,
    )


_REGISTRATION_KEYS = (
    "number",
    "issuer",
    "issued_on",
    "valid_until",
    "security",
    "sheets",
    "goods_file",
    "kind",
    "follows",
)


def _sheets(value: Any) -> tuple[dict[VoucherColour, dict[str, int]], frozenset[VoucherColour]]:
    """``{"white": 4}`` (4 sets) or ``{"white": {"importation": 4, "re-exportation": 4}}``;
    ``"counterfoils_only": true`` in a colour's object: the sheets carry no detachable voucher
    (the yellow sheets of a US carnet)."""
    if not isinstance(value, Mapping) or not value:
        raise UserError(say("register.sheets-missing"), field="sheets")
    sheets: dict[VoucherColour, dict[str, int]] = {}
    counterfoils_only: set[VoucherColour] = set()
    for key, counts in value.items():
        try:
            colour = VoucherColour(str(key).strip().lower())
        except ValueError:
            raise UserError(
                say("register.sheet-colour", colour=key), field=f"sheets.{key}"
            ) from None
        actions = SHEET_ACTIONS[colour]
        if isinstance(counts, int) and not isinstance(counts, bool):
            counts = dict.fromkeys(actions, counts)
        if not isinstance(counts, Mapping):
            raise UserError(
                say("register.sheet-counts", colour=colour, actions=", ".join(actions)),
                field=f"sheets.{colour}",
            )
        by_action: dict[str, int] = {}
        for action, count in counts.items():
            if action == "counterfoils_only":
                if count is True:
                    counterfoils_only.add(colour)
                continue
            if action not in actions:
                raise UserError(
                    say(
                        "register.sheet-action",
                        colour=colour,
                        action=action,
                        actions=" and ".join(actions),
                    ),
                    field=f"sheets.{colour}",
                )
            if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= 99:
                raise UserError(
                    say("register.sheet-count", colour=colour, action=action, most=MAX_SHEETS),
                    field=f"sheets.{colour}",
                )
            by_action[action] = count
        sheets[colour] = {action: by_action.get(action, 0) for action in actions}
    return sheets, frozenset(counterfoils_only)


def goods_from_file(session: Session, path: Path) -> list[GoodsLine]:
    """The general list of a CSV/XLSX file, through the importer and its checks."""
    return goods_from_rows(session, read_table(path))


def goods_from_rows(session: Session, rows: Sequence[Sequence[str]]) -> list[GoodsLine]:
    """A pasted table (header row first), through the importer and its checks."""
    table = country_table(session)
    result = parse_general_list(rows, [r.code for r in table.rules()])
    _refuse_errors(errors_of(result.problems))
    return list(result.lines)


def preview_goods(
    rows: Sequence[Sequence[str]], known_country_codes: Sequence[str]
) -> tuple[list[GoodsLine], list[str], list[str]]:
    """A pasted list as the importer reads it: its lines, errors and warnings (for the desk
    to show while the list is typed; nothing is written)."""
    result = parse_general_list(rows, known_country_codes)
    errors = errors_of(result.problems)
    warnings = [p for p in result.problems if p not in errors]
    return list(result.lines), [str(p) for p in errors], [str(p) for p in warnings]


def checked_goods(session: Session, lines: Sequence[GoodsLine]) -> list[GoodsLine]:
    """Typed or pasted lines through the same carnet checks as an imported list."""
    table = country_table(session)
    rows = [
        RawRow(
            row=index,
            description=line.description,
            serial=line.marks,
            pieces=str(line.pieces),
            weight="" if line.weight is None else format(line.weight, "f"),
            value=format(line.value, "f"),
            origin=line.origin,
        )
        for index, line in enumerate(lines, start=1)
    ]
    checked, problems = check_rows(rows, known_country_codes=[r.code for r in table.rules()])
    _refuse_errors(errors_of(problems))
    by_no = {line.item_no: line for line in lines}
    return [
        GoodsLine(
            item_no=line.item_no,
            description=line.description,
            pieces=line.pieces,
            value=line.value,
            origin=line.origin,
            weight=line.weight,
            weight_unit=by_no[line.item_no].weight_unit if line.item_no in by_no else "kg",
            marks=line.marks,
        )
        for line in checked
    ]


def _refuse_errors(errors: Sequence[Any]) -> None:
    if errors:
        shown = "; ".join(str(p) for p in errors[:8])
        more = say("register.more-errors", count=len(errors) - 8) if len(errors) > 8 else ""
        raise UserError(
            say("register.list-refused", count=len(errors), shown=shown, more=more),
            field="goods",
        )


def register_carnet(
    session: Session,
    registration: Registration,
    *,
    user: str,
    today: date,
    goods: Sequence[GoodsLine] | None = None,
    source: str = RegistrationSource.TYPED,
    issuer_key: str | None = None,
    confirm: bool = False,
    carried: CarriedGoods | None = None,
    original_items: Mapping[int, int] | None = None,
) -> CarnetView:
    """Add a carnet issued elsewhere, under its own number, ready for its stamps.

    A number that opens with another country's two letters (``GB/LO/…`` from a US issuer)
    is most likely a typing slip, but chambers number as they like: a warning to confirm."""
    application = registration.application
    refuse_unprintable(application)
    if goods is not None:
        refuse_unprintable_lines(goods)
    table = country_table(session)
    for code, where in [(registration.issuer_country, "issuer.country")] + [
        (stop.country, f"itinerary[{i}].country") for i, stop in enumerate(application.itinerary)
    ]:
        if code not in table:
            raise UserError(say("register.unknown-country", where=where, code=code), field=where)
    if registration.issued_on > today:
        raise UserError(
            say("date.future", field="issued_on", day=registration.issued_on), field="issued_on"
        )
    prefix = number_country_prefix(registration.number)
    if not confirm and prefix is not None and prefix != registration.issuer_country:
        raise ConfirmationRequired(
            [
                say(
                    "register.number-prefix-other-country",
                    number=registration.number,
                    prefix=prefix,
                    country=registration.issuer_country,
                )
            ]
        )
    existing = session.execute(
        select(Carnet.id).where(Carnet.number == registration.number)
    ).scalar_one_or_none()
    if existing is not None:
        raise UserError(say("register.already-here", number=registration.number), field="number")
    lines = list(goods) if goods is not None else checked_goods(session, application.goods)
    if not lines:
        raise UserError(say("register.goods-empty"), field="goods")
    if not application.itinerary:
        raise UserError(say("register.itinerary-empty"), field="itinerary")
    if not any(registration.sets(colour) for colour in VoucherColour):
        raise UserError(say("register.no-sheets"), field="sheets")
    holder = holder_for(session, application.holder, application.representatives)
    now = datetime.now(UTC)
    carnet = carnet_for(
        application,
        holder,
        association=None,
        status=CarnetStatus.ISSUED,
        now=now,
        number=registration.number,
        issued_on=registration.issued_on,
        valid_until=registration.valid_until,
        security_amount=registration.security_amount,
        security_form=registration.security_form,
    )
    carnet.kind = registration.kind.value
    carnet.items = [goods_item(line) for line in lines]
    start_positions(
        carnet,
        registration.kind,
        lines,
        itinerary=registration.application.itinerary,
        home=registration.issuer_country,
        table=table,
        carried=carried,
        original_items=original_items or {},
    )
    for colour in VoucherColour:
        sets = registration.sets(colour)
        if sets:
            carnet.voucher_sets.append(
                VoucherSet(
                    colour=colour.value, sets=sets, at_issue=True, added_on=registration.issued_on
                )
            )
    carnet.registration = RegisteredCarnet(
        source=source,
        issuer_name=registration.issuer_name,
        issuer_country=registration.issuer_country,
        sheets=sheets_document(registration),
        issuer_key=issuer_key,
        follows_number=registration.follows,
        registered_at=now,
        registered_by=user,
    )
    session.add(carnet)
    session.flush()
    link_predecessor(session, carnet, user=user)
    record_audit(
        session,
        user=user,
        action="carnet.register" if source == RegistrationSource.TYPED else "carnet.receive",
        carnet=carnet,
        summary=say(
            "trail.carnet-registered"
            if source == RegistrationSource.TYPED
            else "trail.carnet-received",
            number=carnet.number,
            issuer=registration.issuer_name,
            country=registration.issuer_country,
            items=len(carnet.items),
        ),
        after=carnet_snapshot(carnet),
    )
    link_successors(session, carnet, user=user)  # its duplicate or replacement came first
    return record_view(session, carnet)


def register_document(
    session: Session,
    document: object,
    rows: Sequence[Sequence[str]],
    *,
    user: str,
    today: date,
    confirm: bool = True,
) -> str:
    """The desk's register dialog: a registration document plus a pasted or imported table
    (header row first; empty: the document's own goods). Returns the carnet number."""
    registration = parse_registration(document)
    goods = goods_from_rows(session, rows) if rows else None
    carnet = register_carnet(
        session, registration, user=user, today=today, goods=goods, confirm=confirm
    )
    return carnet.number or ""


def sheets_document(registration: Registration) -> dict[str, dict[str, int | bool]]:
    """The sheets as stored and shown: colour → {action: sheets, "counterfoils_only": bool}."""
    document: dict[str, dict[str, int | bool]] = {}
    for colour in VoucherColour:
        counts = dict(registration.sheets.get(colour, dict.fromkeys(SHEET_ACTIONS[colour], 0)))
        document[colour.value] = {
            **counts,
            "counterfoils_only": colour in registration.counterfoils_only,
        }
    return document

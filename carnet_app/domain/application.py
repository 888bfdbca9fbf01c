"""The application for a carnet, read and checked field by field: from the ``apply`` document
(docs/cli.md) or from the fields of the desk's own form, by the same rules in the same order.

Every refusal names the field (``goods[3].value``) so a clerk can find it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any

from carnet_app.domain import application_fields as check
from carnet_app.domain.application_fields import MAX_INTEGER_DIGITS as MAX_INTEGER_DIGITS
from carnet_app.domain.application_fields import MAX_TEXT as MAX_TEXT
from carnet_app.domain.goods_checks import MAX_PIECES
from carnet_app.domain.messages import say
from carnet_app.domain.types import (
    CarnetFormat,
    GoodsLine,
    ItineraryKind,
    ItineraryStop,
)
from carnet_app.errors import UserError

MAX_GOODS = 10_000
MAX_TRIPS = 99  # exits from and returns to the home territory
MAX_TIMES = 99  # visits to, or crossings of, one country
MAX_STOPS = 60  # countries on one itinerary
MAX_VOUCHER_SETS = 200  # trips plus every visit and crossing: more is not one carnet
MAX_HEADING = 200


@dataclass(frozen=True)
class Holder:
    name: str
    address: str = ""
    country: str = ""


@dataclass(frozen=True)
class Application:
    holder: Holder
    uses: tuple[str, ...]
    currency: str
    format: CarnetFormat = CarnetFormat.PAPER
    representatives: tuple[str, ...] = ()
    use_description: str = ""
    event: str | None = None
    itinerary: tuple[ItineraryStop, ...] = ()
    trips: int = 1
    goods: tuple[GoodsLine, ...] = ()
    departure: date | None = None
    member: bool = True
    security_form: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def total_value(self) -> Decimal:
        return sum((line.value for line in self.goods), Decimal(0))

    @property
    def total_pieces(self) -> int:
        return sum(line.pieces for line in self.goods)


@dataclass(frozen=True)
class StopAsTyped:
    """A stop of the itinerary as a clerk typed it (the issuing wizard's form), not yet
    checked: a country code, ``visit`` or ``transit``, and how many times."""

    country: str
    kind: str = "visit"  # visit | transit
    times: int = 1


def parse_application(data: Any) -> Application:
    """Read an application document; raise UserError naming the first bad field."""
    if not isinstance(data, Mapping):
        raise UserError(say("application.not-an-object"), field="application")
    holder_data = data.get("holder")
    if not isinstance(holder_data, Mapping):
        raise UserError(say("application.holder-missing"), field="holder")
    return _checked_application(
        holder_name=holder_data.get("name"),
        holder_address=holder_data.get("address"),
        holder_country=holder_data.get("country"),
        holder_kind=holder_data.get("kind", "company"),
        uses=data.get("uses"),
        currency=data.get("currency"),
        carnet_format=data.get("format"),
        representatives=data.get("representatives"),
        use_description=data.get("use_description"),
        event=data.get("event"),
        itinerary=data.get("itinerary"),
        trips=data.get("trips", 1),
        goods=data.get("goods"),
        departure=data.get("departure"),
        member=data.get("member", True),
        security_form=data.get("security_form"),
        flags=data.get("flags"),
    )


def application_as_typed(
    *,
    holder: Holder,
    holder_kind: str,
    uses: Sequence[str],
    currency: str,
    carnet_format: str,
    representatives: Sequence[str],
    use_description: str,
    event: str | None,
    itinerary: Sequence[StopAsTyped],
    trips: int,
    goods: Sequence[GoodsLine],
    departure: date | None,
    member: bool,
    security_form: str | None,
    flags: Sequence[str],
) -> Application:
    """The application of fields typed in the desk's own form, checked by the same rules, in
    the same order, as a document ``parse_application`` reads (the first bad field refused by
    name); the goods are lines already read, their headings kept."""
    return _checked_application(
        holder_name=holder.name,
        holder_address=holder.address,
        holder_country=holder.country,
        holder_kind=holder_kind,
        uses=list(uses),
        currency=currency,
        carnet_format=carnet_format,
        representatives=list(representatives),
        use_description=use_description,
        event=event,
        itinerary=list(itinerary),
        trips=trips,
        goods=list(goods),
        departure=departure,
        member=member,
        security_form=security_form,
        flags=list(flags),
    )


def _checked_application(
    *,
    holder_name: object,
    holder_address: object,
    holder_country: object,
    holder_kind: object,
    uses: object,
    currency: object,
    carnet_format: object,
    representatives: object,
    use_description: object,
    event: object,
    itinerary: object,
    trips: object,
    goods: object,
    departure: object,
    member: object,
    security_form: object,
    flags: object,
) -> Application:
    holder = Holder(
        name=check.text(holder_name, "holder.name", required=True, max_length=300),
        address=check.text(holder_address, "holder.address"),
        country=check.country(holder_country, "holder.country", required=False),
    )
    checked_uses = tuple(
        check.use_code(u, f"uses[{i}]") for i, u in enumerate(check.listed(uses, "uses", True))
    )
    if not checked_uses:
        raise UserError(say("application.no-use"), field="uses")
    currency_code = check.text(currency, "currency", required=True).upper()
    if len(currency_code) != 3 or not currency_code.isalpha():
        raise UserError(say("currency.unknown", currency=currency_code), field="currency")
    format_text = check.text(carnet_format, "format") or CarnetFormat.PAPER.value
    try:
        checked_format = CarnetFormat(format_text)
    except ValueError:
        raise UserError(say("application.format", value=format_text), field="format") from None
    checked_representatives = tuple(
        check.plain_text(r, f"representatives[{i}]", max_length=300)
        for i, r in enumerate(check.listed(representatives, "representatives"))
    )
    checked_event = None if event is None else check.plain_text(event, "event")
    stops = check.listed(itinerary, "itinerary")
    if len(stops) > MAX_STOPS:
        raise UserError(
            say("application.too-many-stops", count=len(stops), most=MAX_STOPS), field="itinerary"
        )
    checked_itinerary = tuple(_stop(stop, f"itinerary[{i}]") for i, stop in enumerate(stops))
    checked_trips = check.whole(trips, "trips", minimum=1, maximum=MAX_TRIPS)
    visits = sum(stop.times for stop in checked_itinerary)
    if checked_trips + visits > MAX_VOUCHER_SETS:
        raise UserError(
            say(
                "application.too-many-sets",
                trips=checked_trips,
                visits=visits,
                most=MAX_VOUCHER_SETS,
            ),
            field="itinerary",
        )
    goods_data = check.listed(goods, "goods")
    if len(goods_data) > MAX_GOODS:
        raise UserError(
            say("application.too-many-goods", count=len(goods_data), most=MAX_GOODS), field="goods"
        )
    checked_goods = _goods_lines(goods_data, currency_code)
    checked_departure = None if departure is None else check.day(departure, "departure")
    if not isinstance(member, bool):
        raise UserError(say("application.member"), field="member")
    form = None
    if security_form is not None:
        form = check.plain_text(security_form, "security_form", max_length=40)
    return Application(
        holder=holder,
        uses=checked_uses,
        currency=currency_code,
        format=checked_format,
        representatives=checked_representatives,
        use_description=check.text(use_description, "use_description"),
        event=checked_event,
        itinerary=checked_itinerary,
        trips=checked_trips,
        goods=checked_goods,
        departure=checked_departure,
        member=member,
        security_form=form,
        extra=_extra(holder_kind, flags),
    )


HOLDER_KINDS = ("company", "individual")
_FLAG = re.compile(r"[a-z][a-z0-9-]{0,29}")


def _extra(kind: object, given_flags: object) -> dict[str, Any]:
    """Facts the security rules look at: an individual holder, goods flagged as vehicles."""
    if kind not in HOLDER_KINDS:
        raise UserError(
            say("application.holder-kind", value=kind, allowed=", ".join(HOLDER_KINDS)),
            field="holder.kind",
        )
    flags: list[str] = []
    for index, flag in enumerate(check.listed(given_flags, "flags")):
        if not isinstance(flag, str) or not _FLAG.fullmatch(flag.strip().lower()):
            raise UserError(
                say("application.flag", where=f"flags[{index}]", value=flag),
                field=f"flags[{index}]",
            )
        if flag.strip().lower() not in flags:
            flags.append(flag.strip().lower())
    extra: dict[str, Any] = {}
    if kind != "company":
        extra["holder_kind"] = kind
    if flags:
        extra["flags"] = flags
    return extra


def _stop(value: object, where: str) -> ItineraryStop:
    if isinstance(value, StopAsTyped):
        return _stop_of(value.country, value.kind, value.times, where)
    if not isinstance(value, Mapping):
        raise UserError(say("field.not-an-object", where=where), field=where)
    return _stop_of(value.get("country"), value.get("kind", "visit"), value.get("times", 1), where)


def _stop_of(
    country_text: object, kind_text: object, times_given: object, where: str
) -> ItineraryStop:
    country = check.country(country_text, f"{where}.country")
    try:
        if not isinstance(kind_text, str):
            raise ValueError(kind_text)
        kind = ItineraryKind(kind_text)
    except ValueError:
        raise UserError(
            say("field.not-visit-or-transit", where=f"{where}.kind", value=kind_text),
            field=f"{where}.kind",
        ) from None
    times = check.whole(times_given, f"{where}.times", minimum=1, maximum=MAX_TIMES)
    return ItineraryStop(country=country, kind=kind, times=times)


def _goods_lines(entries: Sequence[Any], currency: str) -> tuple[GoodsLine, ...]:
    """Goods lines numbered from 1; an entry ``{"heading": "CASE 1 – CAMERA KIT"}`` is a group
    heading kept on the next line, never numbered. A ``GoodsLine`` entry (the desk's own form)
    brings its headings (one a line of its ``heading``) and is checked like the others."""
    lines: list[GoodsLine] = []
    headings: list[str] = []
    decimals = min(2, _currency_digits(currency))
    for index, entry in enumerate(entries):
        where = f"goods[{index}]"
        if isinstance(entry, GoodsLine):
            given = (part.strip() for part in entry.heading.split("\n"))
            headings.extend(_heading(text, f"{where}.heading") for text in given if text)
        if isinstance(entry, Mapping) and "heading" in entry:
            if set(entry) - {"heading"}:
                raise UserError(
                    say(
                        "goods.heading-only",
                        where=where,
                        keys=", ".join(sorted(str(k) for k in entry if k != "heading"))[:60],
                    ),
                    field=where,
                )
            headings.append(_heading(entry["heading"], f"{where}.heading"))
            continue
        line = _goods_line(entry, len(lines) + 1, where)
        if _decimals(line.value) > decimals:
            raise UserError(
                say(
                    "goods.value-decimals",
                    where=f"{where}.value",
                    value=str(line.value)[:24],
                    currency=currency,
                    decimals=decimals,
                ),
                field=f"{where}.value",
            )
        if line.weight is not None and _decimals(line.weight) > 3:
            raise UserError(
                say("goods.weight-decimals", where=f"{where}.weight", value=str(line.weight)[:24]),
                field=f"{where}.weight",
            )
        if headings:
            line = replace(line, heading="\n".join(headings))
            headings = []
        lines.append(line)
    if headings:
        raise UserError(say("goods.heading-last", heading=headings[-1][:40]), field="goods")
    return tuple(lines)


def _heading(value: object, where: str) -> str:
    text = check.plain_text(value, where, max_length=MAX_HEADING)
    if not text or "\n" in text:
        raise UserError(say("goods.heading-one-line", where=where), field=where)
    return text


def _decimals(amount: Decimal) -> int:
    exponent = amount.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _currency_digits(currency: str) -> int:
    from carnet_app.domain.schedules import minor_unit_digits

    try:
        return minor_unit_digits(currency)
    except Exception:  # an unknown code: the stored scale decides
        return 2


def _goods_line(value: object, item_no: int, where: str) -> GoodsLine:
    if isinstance(value, GoodsLine):
        return _line_of(
            item_no,
            where,
            check.exact_decimal,
            description=value.description,
            pieces=value.pieces,
            amount=value.value,
            weight=value.weight,
            origin=value.origin,
            weight_unit=value.weight_unit,
            marks=value.marks,
        )
    if not isinstance(value, Mapping):
        raise UserError(say("field.not-an-object", where=where), field=where)
    return _line_of(
        item_no,
        where,
        check.decimal_text,
        description=value.get("description"),
        pieces=value.get("pieces"),
        amount=value.get("value"),
        weight=value.get("weight"),
        origin=value.get("origin"),
        weight_unit=value.get("weight_unit"),
        marks=value.get("marks"),
    )


def _line_of(
    item_no: int,
    where: str,
    number: Callable[[object, str], Decimal],
    *,
    description: object,
    pieces: object,
    amount: object,
    weight: object,
    origin: object,
    weight_unit: object,
    marks: object,
) -> GoodsLine:
    """One goods line checked field by field; ``number`` reads its value and weight."""
    checked_description = check.text(description, f"{where}.description", required=True)
    checked_pieces = check.whole(pieces, f"{where}.pieces", minimum=1, maximum=MAX_PIECES)
    checked_value = number(amount, f"{where}.value")
    if checked_value <= 0:
        raise UserError(
            say("goods.value-not-positive", where=f"{where}.value"), field=f"{where}.value"
        )
    checked_weight = None
    if weight not in (None, ""):
        checked_weight = number(weight, f"{where}.weight")
        if checked_weight < 0:
            raise UserError(
                say("goods.weight-negative", where=f"{where}.weight"), field=f"{where}.weight"
            )
    return GoodsLine(
        item_no=item_no,
        description=checked_description,
        pieces=checked_pieces,
        value=checked_value,
        origin=check.country(origin, f"{where}.origin"),
        weight=checked_weight,
        weight_unit=check.text(weight_unit, f"{where}.weight_unit", max_length=8) or "kg",
        marks=check.text(marks, f"{where}.marks"),
    )

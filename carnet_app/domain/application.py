"""The application document for a carnet (PRODUCT.md, ``apply``), read and checked field by field.

Every refusal names the field (``goods[3].value``) so a clerk can find it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from carnet_app.domain.messages import say
from carnet_app.domain.types import (
    CarnetFormat,
    GoodsLine,
    ItineraryKind,
    ItineraryStop,
)
from carnet_app.errors import UserError

MAX_TEXT = 2000
MAX_GOODS = 10_000
MAX_TRIPS = 99  # exits from and returns to the home territory
MAX_TIMES = 99  # visits to, or crossings of, one country
MAX_STOPS = 60  # countries on one itinerary
MAX_VOUCHER_SETS = 200  # trips plus every visit and crossing: more is not one carnet
MAX_INTEGER_DIGITS = 12  # 999 999 999 999: more than any carnet's goods are worth
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


def parse_application(data: Any) -> Application:
    """Read an application document; raise UserError naming the first bad field."""
    if not isinstance(data, Mapping):
        raise UserError(say("application.not-an-object"), field="application")
    holder_data = data.get("holder")
    if not isinstance(holder_data, Mapping):
        raise UserError(say("application.holder-missing"), field="holder")
    holder = Holder(
        name=_text(holder_data, "name", "holder.name", required=True, max_length=300),
        address=_text(holder_data, "address", "holder.address"),
        country=_country(holder_data.get("country"), "holder.country", required=False),
    )
    uses = tuple(_use(u, f"uses[{i}]") for i, u in enumerate(_list(data, "uses", required=True)))
    if not uses:
        raise UserError(say("application.no-use"), field="uses")
    currency = _text(data, "currency", "currency", required=True).upper()
    if len(currency) != 3 or not currency.isalpha():
        raise UserError(say("currency.unknown", currency=currency), field="currency")
    format_text = _text(data, "format", "format") or CarnetFormat.PAPER.value
    try:
        carnet_format = CarnetFormat(format_text)
    except ValueError:
        raise UserError(say("application.format", value=format_text), field="format") from None
    representatives = tuple(
        _plain_text(r, f"representatives[{i}]", max_length=300)
        for i, r in enumerate(_list(data, "representatives"))
    )
    event = data.get("event")
    if event is not None:
        event = _plain_text(event, "event")
    stops = _list(data, "itinerary")
    if len(stops) > MAX_STOPS:
        raise UserError(
            say("application.too-many-stops", count=len(stops), most=MAX_STOPS), field="itinerary"
        )
    itinerary = tuple(_stop(stop, f"itinerary[{i}]") for i, stop in enumerate(stops))
    trips = _int(data.get("trips", 1), "trips", minimum=1, maximum=MAX_TRIPS)
    if trips + sum(stop.times for stop in itinerary) > MAX_VOUCHER_SETS:
        raise UserError(
            say(
                "application.too-many-sets",
                trips=trips,
                visits=sum(s.times for s in itinerary),
                most=MAX_VOUCHER_SETS,
            ),
            field="itinerary",
        )
    goods_data = _list(data, "goods")
    if len(goods_data) > MAX_GOODS:
        raise UserError(
            say("application.too-many-goods", count=len(goods_data), most=MAX_GOODS), field="goods"
        )
    goods = _goods_lines(goods_data, currency)
    departure_text = data.get("departure")
    departure = None
    if departure_text is not None:
        departure = _date(departure_text, "departure")
    member = data.get("member", True)
    if not isinstance(member, bool):
        raise UserError(say("application.member"), field="member")
    security_form = data.get("security_form")
    if security_form is not None:
        security_form = _plain_text(security_form, "security_form", max_length=40)
    return Application(
        holder=holder,
        uses=uses,
        currency=currency,
        format=carnet_format,
        representatives=representatives,
        use_description=_text(data, "use_description", "use_description"),
        event=event,
        itinerary=itinerary,
        trips=trips,
        goods=goods,
        departure=departure,
        member=member,
        security_form=security_form,
        extra=_extra(data, holder_data),
    )


HOLDER_KINDS = ("company", "individual")
_FLAG = re.compile(r"[a-z][a-z0-9-]{0,29}")


def _extra(data: Mapping[str, Any], holder_data: Mapping[str, Any]) -> dict[str, Any]:
    """Facts the security rules look at: an individual holder, goods flagged as vehicles."""
    kind = holder_data.get("kind", "company")
    if kind not in HOLDER_KINDS:
        raise UserError(
            say("application.holder-kind", value=kind, allowed=", ".join(HOLDER_KINDS)),
            field="holder.kind",
        )
    flags: list[str] = []
    for index, flag in enumerate(_list(data, "flags")):
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


def _list(data: Mapping[str, Any], key: str, *, required: bool = False) -> Sequence[Any]:
    value = data.get(key)
    if value is None:
        if required:
            raise UserError(say("field.missing", where=key), field=key)
        return []
    if not isinstance(value, list):
        raise UserError(say("field.not-a-list", where=key), field=key)
    return value


def _plain_text(value: Any, where: str, *, max_length: int = MAX_TEXT) -> str:
    if not isinstance(value, str):
        raise UserError(say("field.not-text", where=where), field=where)
    cleaned = value.strip()
    if len(cleaned) > max_length:
        raise UserError(say("field.too-long", where=where, most=max_length), field=where)
    if any(ord(ch) < 32 and ch not in "\n\t" for ch in cleaned):
        raise UserError(say("field.control-characters", where=where), field=where)
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in cleaned):  # a lone "\ud800" escape in JSON
        raise UserError(say("field.not-characters", where=where), field=where)
    return cleaned


def _text(
    data: Mapping[str, Any],
    key: str,
    where: str,
    *,
    required: bool = False,
    max_length: int = MAX_TEXT,
) -> str:
    value = data.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise UserError(say("field.missing", where=where), field=where)
        return ""
    return _plain_text(value, where, max_length=max_length)


def _country(value: Any, where: str, *, required: bool = True) -> str:
    if value is None or value == "":
        if required:
            raise UserError(say("field.country-missing", where=where), field=where)
        return ""
    if not isinstance(value, str) or len(value.strip()) != 2 or not value.strip().isalpha():
        raise UserError(say("field.not-a-country", where=where, value=value), field=where)
    return value.strip().upper()


def _use(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip() or not value.strip().isalnum():
        raise UserError(say("field.not-a-use", where=where, value=value), field=where)
    return value.strip().upper()


def _int(value: Any, where: str, *, minimum: int, maximum: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise UserError(say("field.not-whole", where=where), field=where)
    if value < minimum:
        raise UserError(say("field.below-minimum", where=where, minimum=minimum), field=where)
    if maximum is not None and value > maximum:
        shown = str(value) if value < 10**20 else say("field.digits-count", digits=len(str(value)))
        raise UserError(
            say("field.above-maximum", where=where, shown=shown, maximum=maximum), field=where
        )
    return value


def _date(value: Any, where: str) -> date:
    if not isinstance(value, str):
        raise UserError(say("field.date-not-text", where=where), field=where)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UserError(say("field.not-a-date", where=where, value=value), field=where) from None


def _decimal(value: Any, where: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise UserError(say("field.decimal-as-text", where=where), field=where)
    try:
        result = Decimal(str(value).strip())
    except InvalidOperation:
        raise UserError(say("field.not-decimal", where=where, value=value), field=where) from None
    if not result.is_finite():
        raise UserError(say("field.not-decimal", where=where, value=value), field=where)
    if result.adjusted() >= MAX_INTEGER_DIGITS:
        raise UserError(
            say(
                "field.too-many-digits", where=where, value=str(value)[:20], most=MAX_INTEGER_DIGITS
            ),
            field=where,
        )
    return result


def _stop(value: Any, where: str) -> ItineraryStop:
    if not isinstance(value, Mapping):
        raise UserError(say("field.not-an-object", where=where), field=where)
    country = _country(value.get("country"), f"{where}.country")
    kind_text = value.get("kind", "visit")
    try:
        kind = ItineraryKind(kind_text)
    except ValueError:
        raise UserError(
            say("field.not-visit-or-transit", where=f"{where}.kind", value=kind_text),
            field=f"{where}.kind",
        ) from None
    times = _int(value.get("times", 1), f"{where}.times", minimum=1, maximum=MAX_TIMES)
    return ItineraryStop(country=country, kind=kind, times=times)


def _goods_lines(entries: Sequence[Any], currency: str) -> tuple[GoodsLine, ...]:
    """Goods lines numbered from 1; an entry ``{"heading": "CASE 1 – CAMERA KIT"}`` is a group
    heading kept on the next line, never numbered."""
    lines: list[GoodsLine] = []
    headings: list[str] = []
    decimals = min(2, _currency_digits(currency))
    for index, entry in enumerate(entries):
        where = f"goods[{index}]"
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
            text = _plain_text(entry["heading"], f"{where}.heading", max_length=MAX_HEADING)
            if not text or "\n" in text:
                raise UserError(
                    say("goods.heading-one-line", where=f"{where}.heading"),
                    field=f"{where}.heading",
                )
            headings.append(text)
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


def _decimals(amount: Decimal) -> int:
    exponent = amount.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _currency_digits(currency: str) -> int:
    from carnet_app.domain.schedules import minor_unit_digits

    try:
        return minor_unit_digits(currency)
    except Exception:  # an unknown code: the stored scale decides
        return 2


def _goods_line(value: Any, item_no: int, where: str) -> GoodsLine:
    if not isinstance(value, Mapping):
        raise UserError(say("field.not-an-object", where=where), field=where)
    description = _text(value, "description", f"{where}.description", required=True)
    pieces = _int(value.get("pieces"), f"{where}.pieces", minimum=1)
    amount = _decimal(value.get("value"), f"{where}.value")
    if amount <= 0:
        raise UserError(
            say("goods.value-not-positive", where=f"{where}.value"), field=f"{where}.value"
        )
    weight = None
    if value.get("weight") not in (None, ""):
        weight = _decimal(value.get("weight"), f"{where}.weight")
        if weight < 0:
            raise UserError(
                say("goods.weight-negative", where=f"{where}.weight"), field=f"{where}.weight"
            )
    return GoodsLine(
        item_no=item_no,
        description=description,
        pieces=pieces,
        value=amount,
        origin=_country(value.get("origin"), f"{where}.origin"),
        weight=weight,
        weight_unit=_text(value, "weight_unit", f"{where}.weight_unit", max_length=8) or "kg",
        marks=_text(value, "marks", f"{where}.marks"),
    )

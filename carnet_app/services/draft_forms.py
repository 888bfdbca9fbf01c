"""What the issuing wizard's form holds (``DraftForm``: plain text and numbers, exactly as
typed), the answers the wizard reads back, and how a form becomes an ``Application`` (checked
by the rules of the ``apply`` document) and a stored draft a form again."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal

from carnet_app.db.models import Carnet
from carnet_app.domain.application import Application, Holder, StopAsTyped, application_as_typed
from carnet_app.domain.quote import Quote
from carnet_app.domain.types import GoodsLine
from carnet_app.services.list_editing import EditorLine, editor_lines_of

WEIGHT_UNITS = ("kg", "lb", "g", "t", "l", "m3")
HOLDER_RESULTS = 20


# --------------------------------------------------------------------------- plain records


@dataclass(frozen=True)
class CountryChoice:
    code: str
    name: str
    refused: bool  # outside the ATA system: shown, but flagged


@dataclass(frozen=True)
class UseChoice:
    code: str
    label: str


@dataclass(frozen=True)
class IssuingDesk:
    """What the wizard needs before the first page: who issues, in what, for where."""

    association: str
    home_country: str
    currency: str
    countries: tuple[CountryChoice, ...]
    uses: tuple[UseChoice, ...]
    rows_per_sheet: int
    security_forms: tuple[str, ...]
    schedule: str


# a stop as the wizard holds it: country, visit or transit, times (checked when read)
StopForm = StopAsTyped


@dataclass(frozen=True)
class DraftForm:
    """The application as the wizard holds it."""

    holder_name: str = ""
    holder_address: str = ""
    holder_country: str = ""
    representatives: tuple[str, ...] = ()
    uses: tuple[str, ...] = ()
    use_description: str = ""
    event: str = ""
    itinerary: tuple[StopForm, ...] = ()
    trips: int = 1
    carnet_format: str = "paper"
    departure: date | None = None
    member: bool = True
    security_form: str = ""
    lines: tuple[EditorLine, ...] = ()
    weight_unit: str = "kg"
    holder_kind: str = "company"  # or "individual": vehicles then need more security
    vehicles: bool = False  # the goods include road vehicles (special security rules)


@dataclass(frozen=True)
class HolderMatch:
    id: int
    name: str
    address: str
    country: str
    representatives: tuple[str, ...]
    carnets: int


@dataclass(frozen=True)
class DraftSummary:
    id: int
    version: int
    holder: str
    event: str
    items: int
    total_value: Decimal
    currency: str
    updated_at: datetime


@dataclass(frozen=True)
class CarnetChoice:
    """An earlier carnet a new one may be copied from."""

    id: int
    number: str
    status: str
    holder: str
    event: str
    issued_on: date | None
    items: int


@dataclass(frozen=True)
class LoadedDraft:
    id: int
    version: int
    form: DraftForm


@dataclass(frozen=True)
class SavedDraft:
    id: int
    version: int


@dataclass(frozen=True)
class IssuedCarnet:
    id: int
    number: str
    issued_on: date
    valid_until: date
    vouchers: dict[str, int] = field(default_factory=dict)
    security: Decimal | None = None
    fees: Decimal | None = None
    currency: str = ""


@dataclass(frozen=True)
class FormQuote:
    """The quote of a form, or why there is none yet."""

    quote: Quote | None
    refused_because: str = ""


# --------------------------------------------------------------------------- reading


def application_of(form: DraftForm, currency: str, goods: Sequence[GoodsLine]) -> Application:
    """The application the form stands for (``UserError`` when it cannot be read yet): its
    fields checked by the rules of the ``apply`` document, each line in the form's weight
    unit."""
    return application_as_typed(
        holder=Holder(form.holder_name, form.holder_address, form.holder_country),
        holder_kind=form.holder_kind,
        uses=form.uses,
        currency=currency,
        carnet_format=form.carnet_format,
        representatives=[r for r in (r.strip() for r in form.representatives) if r],
        use_description=form.use_description,
        event=form.event.strip() or None,
        itinerary=form.itinerary,
        trips=form.trips,
        goods=[replace(line, weight_unit=form.weight_unit) for line in goods],
        departure=form.departure,
        member=form.member,
        security_form=form.security_form or None,
        flags=["vehicle"] if form.vehicles else [],
    )


def form_of(carnet: Carnet, *, keep_departure: bool) -> DraftForm:
    units = {item.weight_unit for item in carnet.items}
    return DraftForm(
        holder_name=carnet.holder.name,
        holder_address=carnet.holder.address,
        holder_country=carnet.holder.country,
        representatives=tuple(carnet.representatives),
        uses=tuple(carnet.uses),
        use_description=carnet.use_description,
        event=carnet.event or "",
        itinerary=tuple(
            StopForm(str(s["country"]), str(s.get("kind", "visit")), int(s.get("times", 1)))
            for s in carnet.itinerary
        ),
        trips=carnet.trips,
        carnet_format=carnet.format,
        departure=carnet.departure if keep_departure else None,
        member=carnet.member,
        security_form=carnet.security_form or "",
        lines=editor_lines_of(carnet.items),
        weight_unit=units.pop() if len(units) == 1 else "kg",
        holder_kind=str((carnet.options or {}).get("holder_kind", "company")),
        vehicles="vehicle" in (carnet.options or {}).get("flags", []),
    )

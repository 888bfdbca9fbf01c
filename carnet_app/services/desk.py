"""Read services for the desktop: the lazy carnet list, the detail view by id, the stamp
dialog's item picker, the actions the lifecycle offers, and print rendering.

Each function takes a Session (one unit of work, opened by the caller) and returns plain data
or a typed view (``domain.carnet_view``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from carnet_app.db import list_window, queries, search_index
from carnet_app.db.list_window import ListWindow
from carnet_app.db.models import Carnet, Movement
from carnet_app.db.queries import CarnetListRow, ListFilter, SortKey
from carnet_app.domain import lifecycle
from carnet_app.domain.carnet_view import CarnetDetailView, CarnetView
from carnet_app.domain.lifecycle import Transition
from carnet_app.domain.messages import say
from carnet_app.domain.types import (
    EN_ROUTE,
    HOME,
    CarnetStatus,
    MovementAction,
    is_foreign_place,
    transit_place,
)
from carnet_app.errors import UserError
from carnet_app.services import views
from carnet_app.services.loading import destination_of, find_carnet, ledger_state
from carnet_app.services.reference import country_table

__all__ = [
    "CarnetListRow",
    "ListFilter",
    "ListWindow",
    "SortKey",
]


class DeskAction:
    """What the detail view can offer (names double as action ids in the GUI)."""

    STAMP = "stamp"
    GOODS_EVENT = "goods-event"
    ADD_VOUCHERS = "add-vouchers"
    RETURN = "return"
    DISCHARGE = "discharge"
    DUPLICATE = "duplicate"
    REPLACE = "replace"
    CANCEL = "cancel"
    OPEN_CLAIM = "open-claim"
    SETTLE_CLAIM = "settle-claim"
    PRINT = "print"


@dataclass(frozen=True)
class PickerLine:
    """One general-list item in the stamp dialog's picker."""

    item_no: int
    description: str
    pieces: int
    available: int  # pieces at the places this action takes goods from
    default: int  # what the picker proposes


@dataclass(frozen=True)
class CountryChoice:
    code: str
    label: str


# ---------------------------------------------------------------- the list


def search_index_ready(session: Session) -> bool:
    return search_index.has_search_index(session)


def prepare_search_index(session: Session) -> bool:
    """Build the trigram index on a SQLite database that lacks it (a write; may take seconds
    on a large database). True when it was built now."""
    return search_index.ensure_search_index(session)


def list_ids(
    session: Session,
    flt: ListFilter,
    *,
    today: date,
    sort: SortKey = SortKey.NUMBER,
    descending: bool = False,
) -> list[int]:
    return queries.carnet_ids(session, flt, today=today, sort=sort, descending=descending)


def list_first_page(
    session: Session,
    flt: ListFilter,
    *,
    today: date,
    sort: SortKey = SortKey.NUMBER,
    descending: bool = False,
) -> ListWindow:
    """One keystroke's query: the first ids in list order, and their count when cheap."""
    return list_window.first_page(session, flt, today=today, sort=sort, descending=descending)


def list_id_page(
    session: Session,
    flt: ListFilter,
    *,
    today: date,
    sort: SortKey = SortKey.NUMBER,
    descending: bool = False,
    offset: int,
    limit: int,
) -> list[int]:
    return list_window.carnet_id_page(
        session, flt, today=today, sort=sort, descending=descending, offset=offset, limit=limit
    )


def list_count(session: Session, flt: ListFilter, *, today: date) -> int:
    return list_window.carnet_count_matching(session, flt, today=today)


def list_rows(session: Session, ids: list[int]) -> list[CarnetListRow]:
    return queries.carnet_rows(session, ids)


def carnet_count(session: Session) -> int:
    return queries.carnet_count(session)


# ---------------------------------------------------------------- the detail


def _carnet_by_id(session: Session, carnet_id: int) -> Carnet:
    carnet = session.get(Carnet, carnet_id)
    if carnet is None:
        raise UserError(say("carnet.unknown-id", carnet_id=carnet_id), field="id")
    return carnet


def carnet_id_of(session: Session, number: str) -> int:
    return find_carnet(session, number).id


def carnet_detail(session: Session, carnet_id: int, *, today: date) -> CarnetDetailView:
    """The carnet's view, plus what the desk needs: days left, the audit history, the actions
    this desk offers on it now, and the title it shows under."""
    carnet = _carnet_by_id(session, carnet_id)
    view = views.record_view(session, carnet)
    from carnet_app.services.holder_desk import holder_view_actions

    return CarnetDetailView(
        carnet=view,
        days_left=(carnet.valid_until - today).days if carnet.valid_until else None,
        history=views.audit_entries(session, carnet.number) if carnet.number else (),
        actions=frozenset(holder_view_actions(session, view, available_actions(view))),
        label=carnet.number or f"draft {carnet.id}",
    )


def available_actions(carnet: CarnetView) -> set[str]:
    """The actions the lifecycle allows for a carnet in this state (the service still checks)."""
    status = carnet.status
    offered: set[str] = set()
    transitions = set(lifecycle.transitions_from(status))
    has_movements = bool(carnet.movements) or bool(carnet.events)
    if status in lifecycle.MOVEMENT_STATES:
        offered |= {DeskAction.STAMP, DeskAction.ADD_VOUCHERS}
        if has_movements:
            offered.add(DeskAction.GOODS_EVENT)
    if Transition.RETURN in transitions:
        offered.add(DeskAction.RETURN)
    if Transition.DISCHARGE in transitions:
        offered.add(DeskAction.DISCHARGE)
    if Transition.SUPERSEDE in transitions:
        offered.add(DeskAction.DUPLICATE)
    if Transition.REPLACE in transitions:
        offered.add(DeskAction.REPLACE)
    if Transition.CANCEL in transitions and not has_movements and carnet.number:
        offered.add(DeskAction.CANCEL)
    if status in lifecycle.CLAIMABLE_STATES:
        offered.add(DeskAction.OPEN_CLAIM)
    if carnet.open_claims:
        offered.add(DeskAction.SETTLE_CLAIM)
    if carnet.number and status is not CarnetStatus.DRAFT:
        offered.add(DeskAction.PRINT)
    return offered


def country_choices(session: Session) -> list[CountryChoice]:
    table = country_table(session)
    return sorted(
        (CountryChoice(rule.code, rule.name) for rule in table if len(rule.code) == 2),
        key=lambda choice: choice.code,
    )


# ---------------------------------------------------------------- the stamp dialog


def _source_places(action: MovementAction, territory: str | None) -> list[str]:
    if action is MovementAction.EXPORTATION:
        return [HOME]
    if action in (MovementAction.IMPORTATION, MovementAction.TRANSIT_IN):
        return [EN_ROUTE, HOME]
    if action is MovementAction.RE_EXPORTATION:
        return [territory] if territory else []
    if action is MovementAction.TRANSIT_OUT:
        return [transit_place(territory)] if territory else []
    return [EN_ROUTE]  # re-importation: also any foreign place (added by the caller)


def stamp_picker(
    session: Session, number: str, action: MovementAction, country: str | None
) -> list[PickerLine]:
    """Every item with what is at the place the goods leave: the default selection."""
    carnet = find_carnet(session, number)
    if carnet.issued_on is None:
        return []
    table = country_table(session)
    territory: str | None = None
    if country and country.upper() in table:
        territory = destination_of(carnet, table, country.upper())
    snapshot = ledger_state(session, carnet).snapshot()
    sources = _source_places(action, territory)
    lines: list[PickerLine] = []
    for item in carnet.items:
        where = snapshot.get(item.item_no, {HOME: item.pieces})
        places = list(sources)
        if action is MovementAction.RE_IMPORTATION:
            places += [p for p in where if is_foreign_place(p)]
        available = sum(where.get(place, 0) for place in places)
        default = available
        if action in (MovementAction.IMPORTATION, MovementAction.TRANSIT_IN):
            # goods normally arrive from en route; home stock only when nothing is en route
            en_route_anywhere = any(
                snapshot.get(i.item_no, {}).get(EN_ROUTE, 0) for i in carnet.items
            )
            default = where.get(EN_ROUTE, 0) if en_route_anywhere else where.get(HOME, 0)
        lines.append(
            PickerLine(
                item_no=item.item_no,
                description=item.description,
                pieces=item.pieces,
                available=available,
                default=default,
            )
        )
    return lines


# ---------------------------------------------------------------- printing


PRINT_PARTS = ("all", "cover", "list", "vouchers")


def render_document(
    session: Session,
    number: str,
    *,
    part: str = "all",
    overlay: bool = False,
    today: date | None = None,
    duplex: bool = False,
) -> bytes:
    """The carnet's forms as PDF bytes (country names, printer calibration in overlay);
    ``duplex``: blank backs so each form starts on a front, as ``render --duplex``."""
    if part not in PRINT_PARTS:
        raise UserError(say("printing.part-unknown", part=part, parts=PRINT_PARTS), field="part")
    from carnet_app.services import documents  # the PDF layer loads when printing, not before

    return documents.carnet_pdf(
        session, number, part=part, overlay=overlay, today=today or date.today(), duplex=duplex
    )


def render_calibration_sheet() -> bytes:
    from carnet_app.pdf.calibration import render_calibration_sheet as render

    return render()


def sample_carnet_id(session: Session, *, status: str = "active") -> int | None:
    """A carnet to show first in demos and screenshots: in ``status``, with goods abroad and
    the most movements."""
    query = (
        select(Carnet.id)
        .join(Movement, Movement.carnet_id == Carnet.id)
        .where(Carnet.status == status)
        .group_by(Carnet.id)
        .order_by(Carnet.goods_abroad.desc(), func.count(Movement.id).desc(), Carnet.id)
        .limit(1)
    )
    found = session.execute(query).scalar()
    return int(found) if found is not None else None

"""The dashboard's reads over the deadline table: counts per group and one page at a time.

Everything here is an indexed range over ``deadlines`` (due date within the horizon), joined to
``holders`` only for the rows of the page shown: the time does not grow with the number of
carnets, only with the number of deadlines due. Deadlines (what must be done by a date) and
notices (what may be done, such as releasing a security) are counted and listed apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from carnet_app.db.models import Deadline, Holder
from carnet_app.domain.alerts import Urgency, urgency_of
from carnet_app.domain.messages import Message
from carnet_app.domain.stored_messages import message_from_json
from carnet_app.services.deadlines import DEADLINE, NOTICE

HORIZON_DAYS = 31
WEEK_DAYS = 7
PAGE_SIZE = 100


@dataclass(frozen=True)
class DashboardFilter:
    """What the clerk narrowed the dashboard to; empty fields keep everything."""

    category: str = DEADLINE  # DEADLINE or NOTICE
    kind: str = ""
    urgency: str = ""  # an Urgency value, or "" for every group
    country: str = ""  # ISO code of a country on the carnet's itinerary
    holder: str = ""  # text in the holder's name


@dataclass(frozen=True)
class DeadlineRow:
    id: int
    carnet_id: int
    number: str
    holder: str
    kind: str
    due: date
    message: Message | str  # said in the reader's language (str: a row from before codes)
    focus: str
    urgency: Urgency


@dataclass(frozen=True)
class DashboardCounts:
    """Counts within the horizon under the country and holder filters."""

    by_category: dict[str, int] = field(default_factory=dict)
    by_kind: dict[str, int] = field(default_factory=dict)  # in the filter's category
    by_urgency: dict[str, int] = field(default_factory=dict)  # category and kind filtered
    shown: int = 0  # rows the table pages through (every filter applied)


def _like(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _place_conditions(flt: DashboardFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    code = flt.country.strip().upper()
    if code:
        conditions.append(Deadline.countries.like(f"%,{code},%"))
    holder = flt.holder.strip()
    if holder:
        conditions.append(
            Deadline.holder_id.in_(
                select(Holder.id).where(Holder.name.ilike(_like(holder), escape="\\"))
            )
        )
    return conditions


def _urgency_range(urgency: str, today: date) -> list[ColumnElement[bool]]:
    if urgency == Urgency.OVERDUE.value:
        return [Deadline.due < today]
    if urgency == Urgency.THIS_WEEK.value:
        return [Deadline.due >= today, Deadline.due <= today + timedelta(days=WEEK_DAYS)]
    if urgency == Urgency.THIS_MONTH.value:
        return [Deadline.due > today + timedelta(days=WEEK_DAYS)]
    return []


def dashboard_counts(
    session: Session, flt: DashboardFilter, *, today: date, within_days: int = HORIZON_DAYS
) -> DashboardCounts:
    """One grouped pass over the deadlines due by the horizon."""
    horizon = today + timedelta(days=within_days)
    week = today + timedelta(days=WEEK_DAYS)
    query = (
        select(
            Deadline.category,
            Deadline.kind,
            func.sum(case((Deadline.due < today, 1), else_=0)),
            func.sum(case(((Deadline.due >= today) & (Deadline.due <= week), 1), else_=0)),
            func.sum(case((Deadline.due > week, 1), else_=0)),
        )
        # both bounds: the planner then reads the (due, category, kind) index over the range
        # only, instead of the whole category index (3 to 4 times faster)
        .where(Deadline.due >= date.min, Deadline.due <= horizon, *_place_conditions(flt))
        .group_by(Deadline.category, Deadline.kind)
    )
    by_category = {DEADLINE: 0, NOTICE: 0}
    by_kind: dict[str, int] = {}
    by_urgency = {urgency.value: 0 for urgency in Urgency if urgency is not Urgency.LATER}
    for category, kind, overdue, week_count, month in session.execute(query):
        groups = {
            Urgency.OVERDUE.value: int(overdue or 0),
            Urgency.THIS_WEEK.value: int(week_count or 0),
            Urgency.THIS_MONTH.value: int(month or 0),
        }
        total = sum(groups.values())
        by_category[category] = by_category.get(category, 0) + total
        if category != flt.category:
            continue
        by_kind[kind] = by_kind.get(kind, 0) + total
        if flt.kind and kind != flt.kind:
            continue
        for name, count in groups.items():
            by_urgency[name] += count
    shown = by_urgency.get(flt.urgency, 0) if flt.urgency else sum(by_urgency.values())
    return DashboardCounts(by_category, by_kind, by_urgency, shown)


def dashboard_page(
    session: Session,
    flt: DashboardFilter,
    *,
    today: date,
    offset: int = 0,
    limit: int = PAGE_SIZE,
    within_days: int = HORIZON_DAYS,
) -> list[DeadlineRow]:
    """One page of the filtered deadlines, soonest first."""
    horizon = today + timedelta(days=within_days)
    conditions = [
        Deadline.category == flt.category,
        Deadline.due <= horizon,
        *_urgency_range(flt.urgency, today),
        *_place_conditions(flt),
    ]
    if flt.kind:
        conditions.append(Deadline.kind == flt.kind)
    page = (
        select(Deadline.id)
        .where(*conditions)
        .order_by(Deadline.due, Deadline.id)
        .offset(max(0, offset))
        .limit(max(0, limit))
        .subquery()
    )
    query = (
        select(
            Deadline.id,
            Deadline.carnet_id,
            Deadline.number,
            Holder.name,
            Deadline.kind,
            Deadline.due,
            Deadline.message,
            Deadline.focus,
        )
        .join(page, page.c.id == Deadline.id)
        .outerjoin(Holder, Holder.id == Deadline.holder_id)
        .order_by(Deadline.due, Deadline.id)
    )
    return [
        DeadlineRow(
            id=row[0],
            carnet_id=row[1],
            number=row[2],
            holder=row[3] or "",
            kind=row[4],
            due=row[5],
            message=message_from_json(row[6]),
            focus=row[7],
            urgency=urgency_of(row[5], today),
        )
        for row in session.execute(query)
    ]

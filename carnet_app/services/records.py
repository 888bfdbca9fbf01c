"""Domain values in and out of stored rows: holders, general-list lines."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from carnet_app.db.models import Association, Carnet, GoodsItem, Holder, Representative
from carnet_app.domain.application import Application
from carnet_app.domain.application import Holder as HolderData
from carnet_app.domain.types import CarnetKind, CarnetStatus, GoodsLine


def holder_for(session: Session, data: HolderData, representatives: Iterable[str]) -> Holder:
    """The known holder of that name and country (address refreshed), else a new one; the
    representatives named are remembered for the next application."""
    holder = (
        session.execute(
            select(Holder).where(Holder.name == data.name, Holder.country == data.country)
        )
        .scalars()
        .first()
    )
    if holder is None:
        holder = Holder(name=data.name, address=data.address, country=data.country)
        session.add(holder)
    elif data.address and data.address != holder.address:
        holder.address = data.address
    known = {r.name for r in holder.representatives}
    for name in representatives:
        if name not in known:
            holder.representatives.append(Representative(name=name))
            known.add(name)
    return holder


def carnet_for(
    application: Application,
    holder: Holder,
    *,
    association: Association | None,
    status: CarnetStatus,
    now: datetime,
    **issued: object,
) -> Carnet:
    """The carnet row of an application (drafts and registered carnets alike); ``issued`` adds
    what a carnet issued elsewhere already has (number, dates, security)."""
    return Carnet(
        status=status.value,
        kind=CarnetKind.ORIGINAL.value,
        format=application.format.value,
        association=association,
        holder=holder,
        representatives=list(application.representatives),
        uses=list(application.uses),
        use_description=application.use_description,
        event=application.event,
        itinerary=[
            {"country": s.country, "kind": s.kind.value, "times": s.times}
            for s in application.itinerary
        ],
        trips=application.trips,
        departure=application.departure,
        member=application.member,
        options=dict(application.extra),
        currency=application.currency,
        created_at=now,
        updated_at=now,
        **issued,
    )


# The fields a general-list line has on paper and in the database, under the same names.
GOODS_FIELDS = (
    "item_no",
    "description",
    "marks",
    "pieces",
    "weight",
    "weight_unit",
    "value",
    "origin",
    "heading",
)


def goods_item(line: GoodsLine) -> GoodsItem:
    return GoodsItem(**{name: getattr(line, name) for name in GOODS_FIELDS})


def goods_line(item: GoodsItem) -> GoodsLine:
    return GoodsLine(**{name: getattr(item, name) for name in GOODS_FIELDS})


def replace_goods(session: Session, carnet: Carnet, lines: Iterable[GoodsLine]) -> None:
    """A draft's general list replaced as a whole (item numbers are unique per carnet, so the
    old lines are deleted before the new ones go in)."""
    if carnet.items:
        carnet.items.clear()
        session.flush()
    carnet.items.extend(goods_item(line) for line in lines)

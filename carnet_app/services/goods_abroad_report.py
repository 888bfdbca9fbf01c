"""The goods-abroad report: every carnet with goods outside the home territory, where, how many
pieces of which items, their value, and until when they may stay."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from carnet_app.db.models import Carnet
from carnet_app.domain.item_spec import format_item_list
from carnet_app.domain.types import HOME
from carnet_app.pdf import GoodsAbroadReport, GoodsAbroadRow, render_goods_abroad_report
from carnet_app.services.documents import association_party, chamber_letterhead
from carnet_app.services.loading import ledger_state


def report_pdf(session: Session, *, today: date) -> bytes:
    """Every carnet with goods outside the home territory, where and until when."""
    rows: list[GoodsAbroadRow] = []
    carnets = session.execute(
        select(Carnet)
        .where(Carnet.goods_abroad.is_(True))
        .options(selectinload(Carnet.items), selectinload(Carnet.holder))
        .order_by(Carnet.valid_until)
    ).scalars()
    for carnet in carnets:
        state = ledger_state(session, carnet)
        finals = {t: f for _, t, f, _ in state.open_importations() if f is not None}
        by_place: dict[str, list[int]] = {}
        for no, places in sorted(state.snapshot().items()):
            for place in places:
                if place not in (HOME, "disposed"):
                    by_place.setdefault(place, []).append(no)
        values = {item.item_no: item.value / item.pieces for item in carnet.items}
        for place, item_nos in sorted(by_place.items()):
            pieces = sum(state.quantity_at(no, place) for no in item_nos)
            value = sum(
                (values[no] * state.quantity_at(no, place) for no in item_nos), Decimal(0)
            ).quantize(Decimal("0.01"))
            assert carnet.valid_until is not None
            rows.append(
                GoodsAbroadRow(
                    carnet_number=carnet.number or "",
                    holder=carnet.holder.name,
                    valid_until=carnet.valid_until,
                    place=place,
                    items=format_item_list(item_nos),
                    pieces=pieces,
                    value=value,
                    currency=carnet.currency,
                    final_date=finals.get(place),
                )
            )
    return render_goods_abroad_report(
        GoodsAbroadReport(
            association=association_party(session),
            as_of=today,
            rows=tuple(rows),
            letterhead=chamber_letterhead(session),
        )
    )

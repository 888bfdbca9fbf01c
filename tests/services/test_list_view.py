"""``carnet list --json`` written from the typed list rows (``views.list_carnets`` →
``show_contract.list_row_dict``) equals, keys in the same order, what the services returned
as dicts before the rows were typed (the oracle below is that code), on demo carnets of every
state and under each filter the command offers."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session, selectinload

from carnet_app.cli.main import to_jsonable
from carnet_app.db.models import Carnet, Claim, GoodsItem, Holder
from carnet_app.db.uow import Database
from carnet_app.domain.show_contract import list_row_dict
from carnet_app.domain.types import CarnetStatus
from carnet_app.services import views
from carnet_app.services.demo_data import fill_demo_data
from tests.services.conftest import TODAY


def old_list(
    session: Session, *, status: str | None = None, search: str | None = None
) -> list[dict[str, Any]]:
    """``views.list_carnets`` as it was when it returned dicts (its refusals left out)."""
    query = select(Carnet).join(Holder).options(selectinload(Carnet.holder))
    open_claim = False
    if status == "claim":
        open_claim = True
    elif status:
        query = query.where(Carnet.status == status)
    if open_claim:
        query = query.where(exists().where(Claim.carnet_id == Carnet.id, Claim.status == "open"))
    if search:
        pattern = f"%{search.strip()}%"
        item_match = exists().where(
            GoodsItem.carnet_id == Carnet.id,
            or_(GoodsItem.description.ilike(pattern), GoodsItem.marks.ilike(pattern)),
        )
        query = query.where(
            or_(Carnet.number.ilike(pattern), Holder.name.ilike(pattern), item_match)
        )
    query = query.order_by(Carnet.id.desc()).limit(500)
    return [
        {
            "id": carnet.id,
            "number": carnet.number,
            "status": carnet.status,
            "kind": carnet.kind,
            "holder": carnet.holder.name,
            "issued_on": carnet.issued_on,
            "valid_until": carnet.valid_until,
            "goods_abroad": carnet.goods_abroad,
        }
        for carnet in session.execute(query).scalars()
    ]


def _text(value: object) -> str:
    return json.dumps(to_jsonable(value), ensure_ascii=False)


@pytest.mark.parametrize("seed", [3, 7])
def test_the_list_json_is_what_the_dicts_were_for_every_state_and_filter(
    database: Database, seed: int
) -> None:
    with database.write() as session:
        fill_demo_data(session, carnets=150, seed=seed, today=TODAY, user="demo")
    with database.read() as session:
        every = old_list(session)
        holder = str(every[0]["holder"]).split()[0]
        filters: list[dict[str, str | None]] = [
            {},
            {"search": holder},
            {"search": "FR/"},
            *({"status": s} for s in (*(s.value for s in CarnetStatus), "claim")),
        ]
        seen_statuses: set[str] = set()
        for flt in filters:
            old = old_list(session, **flt)
            new = [list_row_dict(row) for row in views.list_carnets(session, **flt)]
            assert new == old, flt
            assert _text({"carnets": new}) == _text({"carnets": old}), flt
            seen_statuses |= {str(row["status"]) for row in old}
    assert seen_statuses >= {s.value for s in CarnetStatus} - {"superseded", "replaced"}

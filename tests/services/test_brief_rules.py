"""Issue 13, "in the brief": security held through the guarantee chain's delays, release
notices, open irregularities, claim payment alerts, a country's maximum stay, goods lost on
the way."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from carnet_app.db.models import AuditEvent
from carnet_app.db.uow import Database
from carnet_app.domain.alerts import Urgency
from carnet_app.domain.types import GoodsEventKind
from carnet_app.domain.types import MovementAction as A
from carnet_app.errors import ConfirmationRequired, UserError
from carnet_app.services import carnets, claims, deadlines, movements
from carnet_app.services.movements import StampRequest
from tests.services.conftest import TODAY, issue_sample
from tests.show_json import show_json


def stamp(database: Database, number: str, action: A, on: date, country: str | None = None,
          items: str = "", *, confirm: bool = False, **kw: Any) -> None:  # fmt: skip
    with database.write() as session:
        movements.record_stamp(
            session,
            number,
            StampRequest(action=action, on=on, country=country, items=items, **kw),
            confirm=confirm,
            user="clerk",
            today=TODAY,
        )


def show(database: Database, number: str) -> dict[str, Any]:
    with database.read() as session:
        return show_json(session, number)


def alerts(database: Database, today: date, within: int = 30) -> list[tuple[str, str, Any]]:
    with database.read() as session:
        found = deadlines.alerts(session, today=today, within_days=within)
    return [(a.kind.value, a.urgency.value, a.due) for a in found]


def _discharged(database: Database) -> str:
    number = issue_sample(database)  # valid until 2027-03-01
    with database.write() as session:
        carnets.return_carnet(session, number, on=date(2026, 4, 1), user="c", today=TODAY)
        carnets.discharge(session, number, on=date(2026, 4, 2), user="c", today=TODAY)
    return number


def test_security_is_held_for_the_chain_delays_and_its_release_is_a_notice(
    database: Database,
) -> None:
    _discharged(database)
    # 2027-03-01 + 12 + 6 + 3 months, the day after
    assert alerts(database, date(2028, 11, 27)) == [
        ("security-release", "notice", date(2028, 12, 2))
    ]
    assert alerts(database, date(2029, 6, 1))[0][1] == Urgency.NOTICE.value  # never overdue
    with database.write() as session:
        carnets.set_association(
            session,
            name="CCI Lyon",
            country="FR",
            currency="EUR",
            security_hold_months=24,
            user="admin",
        )
    assert alerts(database, date(2028, 11, 27)) == []
    assert alerts(database, date(2029, 2, 27)) == [("security-release", "notice", date(2029, 3, 2))]


def test_an_open_irregularity_is_alerted_and_discharge_over_it_needs_confirmation(
    database: Database,
) -> None:
    number = issue_sample(database)
    # items named: with nothing en route an importation naming none is refused outright
    stamp(database, number, A.IMPORTATION, date(2026, 3, 10), "CH", "1-20", confirm=True)
    assert ("irregularity", "overdue", date(2026, 3, 10)) in alerts(database, TODAY)
    stamp(database, number, A.RE_EXPORTATION, date(2026, 3, 20), "CH")
    stamp(database, number, A.RE_IMPORTATION, date(2026, 3, 21))
    with database.write() as session:
        carnets.return_carnet(session, number, on=date(2026, 3, 22), user="c", today=TODAY)
    with pytest.raises(ConfirmationRequired, match="irregularity 1 is still open"):
        with database.write() as session:
            carnets.discharge(session, number, on=date(2026, 3, 23), user="c", today=TODAY)
    with database.write() as session:
        carnets.discharge(
            session, number, on=date(2026, 3, 23), user="c", today=TODAY, confirm=True
        )
    with database.read() as session:
        last = session.query(AuditEvent).order_by(AuditEvent.id.desc()).first()
        assert last is not None and "open irregularity 1" in last.summary
    assert show(database, number)["irregularities"][0]["resolution"].startswith("accepted at")


def test_claims_are_alerted_for_provisional_payment_and_the_refund_window(
    database: Database,
) -> None:
    number = issue_sample(database)
    with database.write() as session:
        open_id = claims.open_claim(
            session, number, country="CH", notified_on=date(2026, 4, 1),
            amount=Decimal("10.00"), user="c", today=TODAY,
        ).claim.id  # fmt: skip
        paid_id = claims.open_claim(
            session, number, country="NO", notified_on=date(2026, 4, 1),
            amount=Decimal("20.00"), user="c", today=TODAY,
        ).claim.id  # fmt: skip
    with database.write() as session:
        claims.settle_claim(
            session, paid_id, on=date(2026, 11, 1), proof=None, paid=Decimal("20.00"),
            user="c", today=TODAY,
        )  # fmt: skip
    found = alerts(database, TODAY, within=90)
    # CH: proof was due 2026-10-01 and not furnished: pay now, final on 2027-01-01
    assert ("claim-payment", "later", date(2027, 1, 1)) in found
    # NO: paid on 2026-11-01, proof until 2027-02-01 still recovers it
    assert ("claim-refund", "later", date(2027, 2, 1)) in found
    assert open_id != paid_id


def test_a_country_maximum_stay_sets_the_final_date_customs_left_blank(
    database: Database,
) -> None:
    number = issue_sample(database, itinerary=[{"country": "MX", "kind": "visit", "times": 1}])
    stamp(database, number, A.EXPORTATION, date(2026, 3, 10))
    stamp(database, number, A.IMPORTATION, date(2026, 3, 12), "MX")
    shown = show(database, number)
    assert shown["movements"][1]["final_date"] is None
    assert shown["movements"][1]["final_date_from_stay_limit"] == date(2026, 9, 12)
    with pytest.raises(ConfirmationRequired, match="after the final date 2026-09-12"):
        stamp(database, number, A.RE_EXPORTATION, date(2026, 9, 20), "MX")


def test_goods_lost_on_the_way_leave_the_ledger(database: Database) -> None:
    number = issue_sample(database)
    stamp(database, number, A.EXPORTATION, date(2026, 3, 10), items="1-2")
    with database.write() as session:
        movements.record_goods_event(
            session, number, kind=GoodsEventKind.LOST, on=date(2026, 3, 11), country="FR",
            items="2", document="police report 2026/118", user="c", today=TODAY,
        )  # fmt: skip
    where = {i["item_no"]: i["where"] for i in show(database, number)["items"]}
    assert where[1] == {"en-route": 1} and where[2] == {"disposed": 1}


def test_a_claim_names_its_items_and_a_paid_claim_carries_the_handling_fee(
    database: Database,
) -> None:
    number = issue_sample(database)
    with database.write() as session:
        claim_id = claims.open_claim(
            session, number, country="CH", notified_on=date(2026, 6, 1),
            amount=Decimal("1250.00"), items="16-17,18:1", user="c", today=TODAY,
        ).claim.id  # fmt: skip
    with pytest.raises(UserError, match="item 99 is not on the general list"):
        with database.write() as session:
            claims.open_claim(
                session, number, country="CH", notified_on=date(2026, 6, 1),
                amount=Decimal("1"), items="99", user="c", today=TODAY,
            )  # fmt: skip
    with database.write() as session:
        claims.settle_claim(
            session, claim_id, on=date(2026, 7, 1), proof=None, paid=Decimal("1250.00"),
            user="c", today=TODAY,
        )  # fmt: skip
    claim = show(database, number)["claims"][0]
    assert claim["items"] == {"16": None, "17": None, "18": 1}
    # percentage example schedule: 200 for a claim paid from 1,001 to 2,500
    assert claim["handling_fee"] == Decimal("200.00")


def test_a_destination_added_after_issue_tops_up_the_security_and_charges_its_sets(
    database: Database,
) -> None:
    from carnet_app.services import destinations

    number = issue_sample(database)  # CH and NO visits: 40 % of 275,660.00
    with database.write() as session:
        done = destinations.add_destination(session, number, country="IN", user="c", today=TODAY)
        assert done.security_top_up == Decimal("41349.00")  # India 55 %
        assert done.fee == Decimal("75.00")  # one white set after issue, 75 minimum
    shown = show(database, number)
    assert shown["security"] == Decimal("151613.00")
    assert shown["itinerary"][-1]["security_top_up"] == "41349.00"
    assert shown["vouchers"]["white"]["sets"] == 3
    with pytest.raises(UserError, match="already on carnet"), database.write() as session:
        destinations.add_destination(session, number, country="IN", user="c", today=TODAY)

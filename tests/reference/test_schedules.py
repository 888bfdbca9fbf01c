"""Schedule documents: both examples parse; a mistake is refused naming its key."""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

import pytest

from carnet_app.domain.schedules import SecurityMethod, parse_schedule
from carnet_app.domain.types import VoucherColour
from carnet_app.errors import UserError
from tests.reference.conftest import schedule_document


def test_the_examples_are_labelled_and_complete() -> None:
    percentage = parse_schedule(schedule_document("percentage-of-value-example"))
    duty = parse_schedule(schedule_document("duty-based-example"))
    for schedule in (percentage, duty):
        assert schedule.example and "EXAMPLE" in schedule.label
    assert percentage.security.method is SecurityMethod.PERCENTAGE
    assert percentage.security.default_percent == Decimal("40")
    assert [b.fee for b in percentage.fees.bands] == [
        Decimal(f) for f in ("235", "280", "340", "385", "435", "475")
    ]
    assert duty.security.method is SecurityMethod.DUTY
    assert duty.security.penalty_percent == Decimal("10")
    assert duty.fees.bands[0].member_fee == Decimal("180")
    assert duty.contingency[VoucherColour.WHITE] == 1


def mutate(path: str, value: Any) -> dict[str, Any]:
    document = copy.deepcopy(schedule_document("percentage-of-value-example"))
    target: Any = document
    *parents, last = path.split("/")
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    if value is DELETE:
        del target[last]
    else:
        target[last] = value
    return document


DELETE = object()


@pytest.mark.parametrize(
    ("path", "value", "key"),
    [
        ("security/method", "guess", "security.method"),
        ("security/default_percent", DELETE, "security.default_percent"),
        ("security/default_percent", "forty", "security.default_percent"),
        ("security/default_percent", 40.5, "security.default_percent"),
        ("security/rates/1/percent", "-5", "security.rates[1].percent"),
        ("security/rates/0/contry", "BR", "security.rates[0].contry"),
        ("security/forms", ["cash", "gold"], "security.forms[1]"),
        ("fees/bands/2/below", "5000", "fees.bands[2].below"),
        ("fees/bands/5/below", "2000000", "fees.bands[5].below"),
        ("fees/rows_per_sheet", 0, "fees.rows_per_sheet"),
        ("fees/rush/0/within_days", "soon", "fees.rush[0].within_days"),
        ("schedule/currency", "DOLLARS", "schedule.currency"),
        ("plan/contingency/green", 1, "plan.contingency.green"),
        ("fees", DELETE, "fees"),
    ],
)
def test_a_mistake_is_refused_naming_the_key(path: str, value: Any, key: str) -> None:
    with pytest.raises(UserError) as refused:
        parse_schedule(mutate(path, value))
    assert refused.value.field == key
    assert refused.value.message.startswith(key + ":")

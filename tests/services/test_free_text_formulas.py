"""Free text that can reach a CSV or XLSX (holder, representatives, use, event, goods) is
refused when a spreadsheet would run it as a formula, as the goods import refuses it; so what
the desk accepts is exported exactly as written (no apostrophe to add)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from carnet_app.domain.application import parse_application
from carnet_app.domain.application_fields import plain_text
from carnet_app.domain.goods_checks import parse_decimal
from carnet_app.errors import UserError
from carnet_app.services.list_export import neutralise
from tests.services.conftest import sample_application


def _holder(**changes: str) -> dict[str, Any]:
    holder = dict(sample_application()["holder"])
    holder.update(changes)
    return holder


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"holder": _holder(name="=SUM(A1)")}, "holder.name"),
        ({"holder": _holder(address="+33 rue =cmd|' /C calc'!A0")}, "holder.address"),
        ({"representatives": ["@SUM(1+1)"]}, "representatives[0]"),
        ({"use_description": '=HYPERLINK("http://x")'}, "use_description"),
        ({"event": " -2+3+cmd|' /C calc'!A0"}, "event"),
        ({"event": "\uff1dSUM(A1)"}, "event"),
    ],
)
def test_a_formula_in_any_free_text_is_refused_with_the_field_named(
    changes: dict[str, Any], field: str
) -> None:
    with pytest.raises(UserError, match="spreadsheet formula") as refused:
        parse_application(sample_application(**changes))
    assert refused.value.field == field


def test_ordinary_names_with_signs_inside_are_accepted() -> None:
    application = parse_application(
        sample_application(holder=_holder(name="Films A+B = Fun SARL", address="3-5 rue X"))
    )
    assert application.holder.name == "Films A+B = Fun SARL"


@given(st.text(max_size=40))
def test_accepted_text_is_exported_exactly_as_written(value: str) -> None:
    """Whatever free text the desk accepts that is not a plain number, the export writes it
    unchanged: the neutralising apostrophe is never needed, so the file reads back as typed."""
    try:
        accepted = plain_text(value, "holder.name")
    except UserError:
        return
    assume(parse_decimal(accepted) is None)
    assert neutralise(accepted) == accepted

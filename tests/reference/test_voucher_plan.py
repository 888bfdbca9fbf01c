"""Voucher plan: yellow per trip, white per foreign territory visited, blue per crossing."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from carnet_app.domain.countries import CountryTable
from carnet_app.domain.types import ItineraryKind, ItineraryStop, VoucherColour
from carnet_app.domain.voucher_plan import plan_vouchers
from tests.reference.conftest import shipped_table

YELLOW, WHITE, BLUE = VoucherColour.YELLOW, VoucherColour.WHITE, VoucherColour.BLUE
TABLE = shipped_table()


def visit(country: str, times: int = 1) -> ItineraryStop:
    return ItineraryStop(country, ItineraryKind.VISIT, times)


def transit(country: str, times: int = 1) -> ItineraryStop:
    return ItineraryStop(country, ItineraryKind.TRANSIT, times)


def test_the_film_shoot_plan_is_explained_line_by_line(table: CountryTable) -> None:
    plan = plan_vouchers([visit("CH"), visit("NO"), transit("CH", 2)], 1, "FR", table)
    assert dict(plan.sets) == {YELLOW: 1, WHITE: 2, BLUE: 2}
    assert plan.texts() == [
        "yellow: 1 trip out of and back into EU → 1 set",
        "white: CH visit ×1 → 1 set",
        "white: NO visit ×1 → 1 set",
        "blue: CH transit ×2 → 2 sets",
    ]


def test_the_eu_counts_once_for_a_carnet_from_outside(table: CountryTable) -> None:
    plan = plan_vouchers([visit("DE"), visit("IT"), visit("FR")], 1, "GB", table)
    assert plan.sets[WHITE] == 1
    assert "white: EU visit (DE ×1, IT ×1, FR ×1; one territory) → 1 set" in plan.texts()


def test_times_multiply_and_the_busiest_member_state_counts(table: CountryTable) -> None:
    plan = plan_vouchers([visit("DE", 3), visit("IT", 1), visit("CH", 2)], 1, "US", table)
    assert plan.sets[WHITE] == 3 + 2
    plan = plan_vouchers([visit("CH"), visit("CH")], 1, "FR", table)  # listed twice: 2 visits
    assert plan.sets[WHITE] == 2


def test_trips_give_the_yellow_sets_and_home_destinations_need_none(table: CountryTable) -> None:
    plan = plan_vouchers([visit("DE"), transit("AT")], 3, "FR", table)
    assert dict(plan.sets) == {YELLOW: 3, WHITE: 0, BLUE: 0}


def test_liechtenstein_is_switzerland(table: CountryTable) -> None:
    plan = plan_vouchers([visit("CH"), visit("LI")], 1, "FR", table)
    assert plan.sets[WHITE] == 1


def test_contingency_sets_are_added_and_explained(table: CountryTable) -> None:
    plan = plan_vouchers([visit("CH")], 1, "GB", table, {WHITE: 1, BLUE: 2})
    assert dict(plan.sets) == {YELLOW: 1, WHITE: 2, BLUE: 2}
    assert plan.texts()[-2:] == ["white: contingency → 1 set", "blue: contingency → 2 sets"]
    assert plan.total_sets == 5


CODES = ["CH", "NO", "GB", "US", "DE", "IT", "FR", "LI", "JP", "ZA", "BW", "GP", "TW", "AT"]
stop_strategy = st.builds(
    ItineraryStop,
    st.sampled_from(CODES),
    st.sampled_from(list(ItineraryKind)),
    st.integers(min_value=1, max_value=4),
)


@settings(max_examples=150, deadline=None)
@given(
    itinerary=st.lists(stop_strategy, max_size=6),
    extra=stop_strategy,
    trips=st.integers(min_value=1, max_value=3),
    home=st.sampled_from(["FR", "GB", "US", "CH"]),
    position=st.integers(min_value=0, max_value=6),
)
def test_adding_a_visit_or_a_transit_never_lowers_the_plan(
    itinerary: list[ItineraryStop], extra: ItineraryStop, trips: int, home: str, position: int
) -> None:
    before = plan_vouchers(itinerary, trips, home, TABLE)
    longer = [*itinerary[:position], extra, *itinerary[position:]]
    after = plan_vouchers(longer, trips, home, TABLE)
    for colour in VoucherColour:
        assert after.sets[colour] >= before.sets[colour]

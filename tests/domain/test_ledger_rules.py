"""Issue 13 ledger rules as properties: an importation naming no items takes the goods en
route only; refers-to names vouchers that carried the items; late re-importation warns."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carnet_app.domain.ledger import CarnetFacts, Entry, LedgerRefusal, replay
from carnet_app.domain.types import MovementAction, VoucherColour

A = MovementAction
PIECES = {1: 1, 2: 4, 3: 2, 4: 3}


def facts(**overrides: object) -> CarnetFacts:
    values: dict[str, object] = {
        "number": "FR/P/000001",
        "issued_on": date(2026, 3, 2),
        "valid_until": date(2027, 3, 1),
        "home_territory": "EU",
        "pieces": PIECES,
        "voucher_sets": {VoucherColour.YELLOW: 2, VoucherColour.WHITE: 3, VoucherColour.BLUE: 1},
        "visit_territories": frozenset({"CH", "MX"}),
        "transit_territories": frozenset(),
    }
    values.update(overrides)
    return CarnetFacts(**values)  # type: ignore[arg-type]


@settings(max_examples=60, deadline=None)
@given(exported=st.dictionaries(st.sampled_from(sorted(PIECES)), st.integers(1, 4), min_size=1))
def test_an_importation_naming_no_items_takes_exactly_the_goods_en_route(
    exported: dict[int, int],
) -> None:
    sent = {item: min(q, PIECES[item]) for item, q in exported.items()}
    state, outcomes = replay(
        facts(),
        [
            Entry(1, A.EXPORTATION, date(2026, 3, 10), quantities=sent),  # type: ignore[arg-type]
            Entry(2, A.IMPORTATION, date(2026, 3, 11), "CH"),
        ],
    )
    assert dict(outcomes[1].moved) == sent
    assert outcomes[1].warnings == ()
    for item, pieces in PIECES.items():
        assert state.quantity_at(item, "home") == pieces - sent.get(item, 0)


def test_refers_to_must_name_a_voucher_that_carried_the_items() -> None:
    recorded = [
        Entry(1, A.EXPORTATION, date(2026, 3, 10)),
        Entry(2, A.IMPORTATION, date(2026, 3, 10), "CH", {1: None, 2: None}),
        Entry(3, A.IMPORTATION, date(2026, 3, 11), "CH", {3: None}),
    ]
    with pytest.raises(LedgerRefusal, match="importation voucher 2 never carried"):
        replay(facts(), [*recorded, Entry(4, A.RE_EXPORTATION, date(2026, 4, 1), "CH", {1: 1},
                                          refers_to=(2,))])  # fmt: skip
    _, outcomes = replay(
        facts(),
        [
            *recorded,
            Entry(4, A.RE_EXPORTATION, date(2026, 4, 1), "CH", {3: 2}, refers_to=(2,)),
        ],
    )
    assert outcomes[-1].refers_to == (2,)


@given(days_late=st.integers(1, 200))
def test_a_re_importation_after_the_exportation_final_date_warns(days_late: int) -> None:
    final = date(2026, 4, 1)
    on = date.fromordinal(final.toordinal() + days_late)
    _, outcomes = replay(
        facts(),
        [
            Entry(1, A.EXPORTATION, date(2026, 3, 10), final_date=final),
            Entry(2, A.RE_IMPORTATION, on),
        ],
    )
    assert any("box H b" in warning for warning in outcomes[-1].warnings)


def test_a_country_stay_limit_sets_the_final_date_left_blank() -> None:
    state, _ = replay(
        facts(stay_limits={"MX": 6}),
        [
            Entry(1, A.EXPORTATION, date(2026, 3, 10)),
            Entry(2, A.IMPORTATION, date(2026, 3, 12), "MX"),
        ],
    )
    assert state.open_importations()[0][2] == date(2026, 9, 12)

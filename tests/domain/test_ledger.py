from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carnet_app.domain.ledger import (
    CarnetFacts,
    Entry,
    LedgerRefusal,
    LedgerState,
    check_new_entry,
    replay,
)
from carnet_app.domain.types import GoodsEventKind, MovementAction, VoucherColour

A = MovementAction
ISSUED = date(2026, 3, 2)


def facts(**overrides: object) -> CarnetFacts:
    values: dict[str, object] = {
        "number": "FR/P/000001",
        "issued_on": ISSUED,
        "valid_until": date(2027, 3, 1),
        "home_territory": "EU",
        "pieces": {1: 1, 2: 4, 3: 2},
        "voucher_sets": {VoucherColour.YELLOW: 1, VoucherColour.WHITE: 2, VoucherColour.BLUE: 1},
        "visit_territories": frozenset({"CH", "NO"}),
        "transit_territories": frozenset({"CH"}),
        "split_forbidden": frozenset({"NO"}),
    }
    values.update(overrides)
    return CarnetFacts(**values)  # type: ignore[arg-type]


def entry(
    seq: int,
    kind: A | GoodsEventKind,
    on: date,
    territory: str | None = None,
    quantities: dict[int, int | None] | None = None,
    **kw: object,
) -> Entry:
    return Entry(
        seq=seq,
        kind=kind,
        on=on,
        territory=territory,
        quantities=quantities or {1: None, 2: None, 3: None},
        **kw,
    )  # type: ignore[arg-type]


def test_a_whole_trip_moves_every_piece_and_uses_one_voucher_per_action() -> None:
    entries = [
        entry(1, A.EXPORTATION, date(2026, 3, 10)),
        entry(2, A.IMPORTATION, date(2026, 3, 10), "CH", final_date=date(2026, 9, 10)),
        entry(3, A.RE_EXPORTATION, date(2026, 4, 1), "CH", {2: 3}),
        entry(4, A.TRANSIT_IN, date(2026, 4, 2), "CH", {2: 3}),
    ]
    state, outcomes = replay(facts(), entries)
    assert state.snapshot() == {1: {"CH": 1}, 2: {"CH": 1, "transit-CH": 3}, 3: {"CH": 2}}
    assert [o.voucher_no for o in outcomes] == [1, 1, 1, 1]
    assert outcomes[2].refers_to == (1,)
    assert state.used(VoucherColour.WHITE) == 2
    assert all(not o.warnings for o in outcomes)


def test_moving_inside_the_home_customs_territory_is_refused() -> None:
    with pytest.raises(LedgerRefusal, match="home customs territory"):
        replay(
            facts(),
            [
                entry(1, A.EXPORTATION, date(2026, 3, 10)),
                entry(2, A.IMPORTATION, date(2026, 3, 11), "EU"),
            ],
        )


def test_a_country_outside_the_carnet_is_refused() -> None:
    with pytest.raises(LedgerRefusal, match="JP is not a country of carnet FR/P/000001"):
        replay(
            facts(),
            [
                entry(1, A.EXPORTATION, date(2026, 3, 10)),
                entry(2, A.IMPORTATION, date(2026, 3, 11), "JP"),
            ],
        )


def test_item_not_on_the_list_and_too_many_pieces() -> None:
    with pytest.raises(LedgerRefusal, match="item 9 is not on the general list"):
        replay(facts(), [entry(1, A.EXPORTATION, date(2026, 3, 10), quantities={9: 1})])
    with pytest.raises(LedgerRefusal, match="5 pieces asked, the general list has 4"):
        replay(facts(), [entry(1, A.EXPORTATION, date(2026, 3, 10), quantities={2: 5})])
    with pytest.raises(LedgerRefusal, match="3 pieces asked, only 2 in CH"):
        replay(
            facts(),
            [
                entry(1, A.EXPORTATION, date(2026, 3, 10), quantities={2: 3}),
                entry(2, A.IMPORTATION, date(2026, 3, 11), "CH", {2: 2}),
                entry(3, A.RE_EXPORTATION, date(2026, 3, 12), "CH", {2: 3}),
            ],
        )


def test_dates_before_issue_and_importation_after_expiry_are_refused() -> None:
    with pytest.raises(LedgerRefusal, match="before the carnet was issued"):
        replay(facts(), [entry(1, A.EXPORTATION, date(2026, 3, 1))])
    with pytest.raises(LedgerRefusal, match="expired on 2027-03-01"):
        replay(
            facts(),
            [
                entry(1, A.EXPORTATION, date(2027, 2, 27)),
                entry(2, A.IMPORTATION, date(2027, 3, 2), "CH"),
            ],
        )


def test_final_date_beyond_validity_is_refused() -> None:
    with pytest.raises(LedgerRefusal, match="after the carnet's validity"):
        replay(
            facts(),
            [
                entry(1, A.EXPORTATION, date(2026, 3, 10)),
                entry(2, A.IMPORTATION, date(2026, 3, 10), "CH", final_date=date(2027, 6, 1)),
            ],
        )


def test_re_exportation_after_the_customs_final_date_is_a_warning() -> None:
    _, outcomes = replay(
        facts(),
        [
            entry(1, A.EXPORTATION, date(2026, 3, 10)),
            entry(2, A.IMPORTATION, date(2026, 3, 10), "CH", final_date=date(2026, 4, 1)),
            entry(3, A.RE_EXPORTATION, date(2026, 4, 5), "CH"),
        ],
    )
    assert outcomes[2].warnings == (
        "re-exportation on 2026-04-05 is after the final date 2026-04-01 set by CH customs",
    )


def test_importation_without_exportation_is_a_warning_and_moves_from_home() -> None:
    state, outcomes = replay(facts(), [entry(1, A.IMPORTATION, date(2026, 3, 10), "CH")])
    assert "no exportation recorded for items 1-3" in outcomes[0].warnings[0]
    assert state.quantity_at(2, "CH") == 4


def test_an_importation_naming_no_items_with_nothing_en_route_is_refused() -> None:
    """It used to propose the whole list from home behind a confirmation; with nothing en
    route there is no "the goods" to take, so the clerk must say which (issue 13)."""
    recorded = [
        entry(1, A.EXPORTATION, date(2026, 3, 10), quantities={1: 1, 2: 4}),
        entry(2, A.IMPORTATION, date(2026, 3, 11), "CH", quantities={1: 1, 2: 4}),
    ]
    new = Entry(seq=3, kind=A.IMPORTATION, on=date(2026, 3, 12), territory="NO")
    with pytest.raises(LedgerRefusal) as refused:
        check_new_entry(facts(), recorded, new)
    message = refused.value.message
    assert "\n" not in message
    assert "no goods are en route" in message
    assert "item 3 at home" in message and "items 1-2 in CH" in message
    assert "--items" in message
    # naming the items still works (an importation with no exportation: a warning)
    named = Entry(
        seq=3, kind=A.IMPORTATION, on=date(2026, 3, 12), territory="NO", quantities={3: 2}
    )
    _, outcome = check_new_entry(facts(), recorded, named)
    assert "no exportation recorded for item 3" in outcome.warnings[0]


def test_the_sheets_of_each_action_are_counted_and_counterfoils_need_no_voucher() -> None:
    """A registered booklet: one white re-exportation sheet for two importation sheets, and
    yellow counterfoils only (a US carnet)."""
    booklet = facts(
        voucher_sets={VoucherColour.YELLOW: 0, VoucherColour.WHITE: 2},
        sheets_by_action={A.IMPORTATION: 2, A.RE_EXPORTATION: 1},
        counterfoils_only=frozenset({VoucherColour.YELLOW}),
    )
    trip = [
        entry(1, A.EXPORTATION, date(2026, 3, 10)),
        entry(2, A.IMPORTATION, date(2026, 3, 11), "CH"),
        entry(3, A.RE_EXPORTATION, date(2026, 3, 12), "CH", {1: 1}),
    ]
    state, outcomes = replay(booklet, trip)
    assert outcomes[0].voucher_colour is VoucherColour.YELLOW and outcomes[0].voucher_no == 1
    assert state.vouchers_left(A.IMPORTATION) == 1
    assert state.vouchers_left(A.RE_EXPORTATION) == 0
    with pytest.raises(LedgerRefusal, match="no white re-exportation voucher left: 1 white"):
        replay(booklet, [*trip, entry(4, A.RE_EXPORTATION, date(2026, 3, 13), "CH", {2: 4})])
    # the way home goes on a counterfoil too: never refused for want of a yellow voucher
    _, home = replay(booklet, [*trip, entry(4, A.RE_IMPORTATION, date(2026, 3, 13), None, {1: 1})])
    assert home[-1].voucher_no == 1


def test_no_voucher_left_names_the_colour() -> None:
    with pytest.raises(LedgerRefusal, match="no yellow voucher left for exportation"):
        replay(
            facts(),
            [
                entry(1, A.EXPORTATION, date(2026, 3, 10), quantities={1: 1}),
                entry(2, A.EXPORTATION, date(2026, 3, 11), quantities={2: 1}),
            ],
        )


def test_split_shipment_into_a_country_that_forbids_it_is_a_warning() -> None:
    _, outcomes = replay(
        facts(),
        [
            entry(1, A.EXPORTATION, date(2026, 3, 10)),
            entry(2, A.IMPORTATION, date(2026, 3, 11), "NO", {1: 1}),
            entry(3, A.IMPORTATION, date(2026, 3, 12), "NO", {2: 4}),
        ],
    )
    assert any("split shipment" in w for w in outcomes[2].warnings)


def test_transit_where_refused() -> None:
    with pytest.raises(LedgerRefusal, match="transit through CH refused: no transit"):
        replay(
            facts(transit_refused={"CH": "no transit"}),
            [
                entry(1, A.EXPORTATION, date(2026, 3, 10)),
                entry(2, A.TRANSIT_IN, date(2026, 3, 11), "CH"),
            ],
        )


def test_goods_event_disposes_of_goods_abroad() -> None:
    state, _ = replay(
        facts(),
        [
            entry(1, A.EXPORTATION, date(2026, 3, 10)),
            entry(2, A.IMPORTATION, date(2026, 3, 11), "CH"),
            entry(3, GoodsEventKind.SOLD, date(2026, 3, 20), "CH", {2: 1}),
        ],
    )
    assert state.snapshot()[2] == {"CH": 3, "disposed": 1}


def test_a_back_dated_stamp_that_breaks_a_later_one_is_refused() -> None:
    recorded = [
        entry(1, A.EXPORTATION, date(2026, 3, 10), quantities={1: 1}),
        entry(2, A.IMPORTATION, date(2026, 3, 12), "CH", {1: 1}),
    ]
    late_reimport = entry(3, A.RE_IMPORTATION, date(2026, 3, 11), quantities={1: 1})
    # re-importing item 1 on the 11th takes it home; the importation on the 12th then finds it
    # at home, which is only a warning; but exporting again is impossible (one yellow set).
    _, outcome = check_new_entry(facts(), recorded, late_reimport)
    assert outcome.voucher_no == 1
    with pytest.raises(LedgerRefusal, match="would no longer be possible"):
        check_new_entry(
            facts(), recorded, entry(3, A.EXPORTATION, date(2026, 3, 9), quantities={1: 1})
        )


def test_opening_positions_of_a_duplicate() -> None:
    state = LedgerState(facts(opening={1: {"CH": 1}, 2: {"home": 4}, 3: {"en-route": 2}}))
    assert state.quantity_at(1, "CH") == 1
    assert state.goods_abroad()


# -- property tests ---------------------------------------------------------------------------

ACTIONS = [
    A.EXPORTATION,
    A.IMPORTATION,
    A.RE_EXPORTATION,
    A.TRANSIT_IN,
    A.TRANSIT_OUT,
    A.RE_IMPORTATION,
    GoodsEventKind.SOLD,
]

step = st.tuples(
    st.sampled_from(ACTIONS),
    st.integers(min_value=0, max_value=40),  # days after issue
    st.sampled_from(["CH", "NO"]),
    st.dictionaries(
        st.integers(min_value=1, max_value=3),
        st.one_of(st.none(), st.integers(min_value=1, max_value=4)),
        min_size=1,
        max_size=3,
    ),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(step, max_size=14))
def test_quantities_always_add_up_and_replay_is_stable(steps: list) -> None:
    base = facts(voucher_sets={c: 3 for c in VoucherColour}, split_forbidden=frozenset())
    accepted: list[Entry] = []
    for seq, (kind, day, territory, quantities) in enumerate(steps, start=1):
        candidate = Entry(
            seq=seq,
            kind=kind,
            on=date.fromordinal(ISSUED.toordinal() + day),
            territory=territory if kind not in (A.EXPORTATION, A.RE_IMPORTATION) else None,
            quantities=quantities,
        )
        try:
            state, outcome = check_new_entry(base, accepted, candidate)
        except LedgerRefusal:
            continue
        # record what was resolved, as the service stores explicit quantities
        accepted.append(
            Entry(
                seq=seq,
                kind=kind,
                on=candidate.on,
                territory=candidate.territory,
                quantities=dict(outcome.moved),
            )
        )
        for item_no, pieces in base.pieces.items():
            places = state.where[item_no]
            assert all(q >= 0 for q in places.values())
            assert sum(places.values()) == pieces
    replayed_once, _ = replay(base, accepted)
    replayed_twice, _ = replay(base, list(reversed(accepted)))
    assert replayed_once.snapshot() == replayed_twice.snapshot()

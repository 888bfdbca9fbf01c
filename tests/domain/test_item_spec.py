import pytest

from carnet_app.domain.item_spec import format_item_list, parse_item_spec
from carnet_app.errors import UserError


def test_ranges_and_quantities() -> None:
    assert parse_item_spec("1-3,5:2") == {1: None, 2: None, 3: None, 5: 2}


def test_spaces_are_tolerated() -> None:
    assert parse_item_spec(" 7 , 9:1 ") == {7: None, 9: 1}


@pytest.mark.parametrize(
    ("spec", "fragment"),
    [
        ("", "empty"),
        ("3-1", "backwards"),
        ("1,1", "named twice"),
        ("a", "not an item number"),
        ("1-3:2", "applies to one item"),
        ("0", "start at 1"),
        ("5:0", "at least 1"),
    ],
)
def test_bad_specs_are_refused_with_a_reason(spec: str, fragment: str) -> None:
    with pytest.raises(UserError, match=fragment):
        parse_item_spec(spec)


def test_compact_item_list() -> None:
    assert format_item_list([5, 1, 2, 3, 8, 9]) == "1-3, 5, 8-9"


def test_quantities_read_back_compactly() -> None:
    from carnet_app.domain.item_spec import format_quantities

    assert format_quantities({1: 1, 2: 1, 3: 1, 10: 2, 11: 2, 12: 4}) == "1-3 ×1, 10-11 ×2, 12 ×4"


@pytest.mark.parametrize("count", ["9" * 25, "1000001"])
def test_a_count_of_pieces_past_any_line_is_said_as_pieces_not_as_an_item(count: str) -> None:
    """ "1:99999…" names item 1; what is too large is the count of its pieces."""
    with pytest.raises(UserError) as refused:
        parse_item_spec(f"1:{count}")
    said = refused.value.message
    assert (
        "pieces" in said and "1000000" in said.replace(",", "") and "last possible item" not in said
    )

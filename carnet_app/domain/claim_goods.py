"""Which goods a customs claim concerns: the pieces the ledger has in the claiming country (or
in transit there), limited to the items the claim names, up to the quantities it names."""

from __future__ import annotations

from collections.abc import Mapping

from carnet_app.domain.types import transit_place


def pieces_claimed(
    country: str,
    named: Mapping[str, int | None] | None,
    whereabouts: Mapping[int, Mapping[str, int]],
) -> dict[int, dict[str, int]]:
    """Per item, the pieces a claim from ``country`` concerns where the ledger has them.
    ``named``: the claim's items (item number as text → quantity, None for all its pieces);
    a claim that names none concerns every item there."""
    limits = {int(no): limit for no, limit in named.items()} if named else None
    places = {country, transit_place(country)}
    concerned: dict[int, dict[str, int]] = {}
    for item_no, spots in sorted(whereabouts.items()):
        if limits is not None and item_no not in limits:
            continue
        left = limits.get(item_no) if limits is not None else None
        there: dict[str, int] = {}
        for place, quantity in spots.items():
            if place not in places and place.upper() != country:
                continue
            taken = quantity if left is None else min(quantity, left)
            if taken > 0:
                there[place] = taken
                left = None if left is None else left - taken
        if there:
            concerned[item_no] = there
    return concerned

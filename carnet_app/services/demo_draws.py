"""The random draws of a demo carnet that need nothing but the generator: how many items its
general list has, its status and issue date, the movements its ledger gets."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

# one movement: action, date, territory, pieces moved by item number, final date, voucher
# colour, voucher number
Plan = tuple[str, date, str | None, dict[int, int], date | None, str, int]


def item_count(rng: random.Random) -> int:
    roll = rng.random()
    if roll < 0.80:
        return rng.randint(1, 8)
    if roll < 0.97:
        return rng.randint(9, 40)
    return rng.randint(41, 300)


def pick_status(rng: random.Random, today: date) -> tuple[str, date]:
    roll = rng.random()
    if roll < 0.04:
        return "draft", today
    if roll < 0.07:
        return "cancelled", today - timedelta(days=rng.randint(1, 600))
    if roll < 0.20:
        return "issued", today - timedelta(days=rng.randint(0, 200))
    if roll < 0.55:
        return "active", today - timedelta(days=rng.randint(5, 360))
    if roll < 0.68:
        return "returned", today - timedelta(days=rng.randint(370, 700))
    return "discharged", today - timedelta(days=rng.randint(400, 1000))


def movement_plan(
    rng: random.Random,
    status: str,
    issued: date,
    until: date,
    today: date,
    country: str,
    pieces: list[int],
) -> Iterator[Plan]:
    """Movements the ledger accepts: out, into the first destination, and maybe back."""
    if status in ("issued", "cancelled"):
        return
    everything = {n: q for n, q in enumerate(pieces, start=1)}
    last_day = min(today, until)
    span = max(1, (last_day - issued).days)
    out = issued + timedelta(days=rng.randint(0, max(0, min(span, 30) - 1)))
    final = min(until, out + timedelta(days=rng.choice([90, 180, 365])))
    yield "exportation", out, None, everything, None, "yellow", 1
    yield "importation", out, country, everything, final, "white", 1
    if status == "active" and rng.random() < 0.6:
        return
    back = min(last_day, out + timedelta(days=rng.randint(3, 60)))
    yield "re-exportation", back, country, everything, None, "white", 1
    yield "re-importation", back, None, everything, None, "yellow", 1

"""Tying a closing voucher to the opening vouchers it settles: a re-exportation to the
importations of its country, a re-importation to the exportations still out. The ledger keeps
these tables (``ledger.py``); settling updates the quantities still open in place."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from carnet_app.domain.item_spec import format_item_list
from carnet_app.domain.ledger_facts import Entry
from carnet_app.domain.ledger_words import LedgerRefusal, items_or_none, voucher_words
from carnet_app.domain.messages import Joined, say

# importation voucher no → (territory, final date, quantities still to re-export)
Importations = dict[int, tuple[str, date | None, dict[int, int]]]
# exportation voucher no → (final date for re-importation, quantities still out)
Exportations = dict[int, tuple[date | None, dict[int, int]]]


def settle_exportations(
    exportations: Exportations, entry: Entry, moved: Mapping[int, int]
) -> list[date]:
    """Tie a re-importation to the exportation vouchers still out; their final dates
    (box H b of the exportation voucher) that the re-importation misses."""
    remaining = dict(moved)
    late: list[date] = []
    for _, (final, open_quantities) in sorted(exportations.items()):
        touched = False
        for item_no, quantity in list(remaining.items()):
            take = min(quantity, open_quantities.get(item_no, 0))
            if take:
                open_quantities[item_no] -= take
                remaining[item_no] -= take
                touched = True
        if touched and final is not None and entry.on > final and final not in late:
            late.append(final)
    return late


def settle_importations(
    importations: Importations,
    carried_by: Mapping[int, Mapping[int, int]],
    entry: Entry,
    territory: str,
    moved: Mapping[int, int],
) -> tuple[tuple[int, ...], list[date]]:
    """Tie a re-exportation to the importation vouchers of that territory."""
    # the original's carried importations (negative keys) first, oldest first
    candidates = [
        no
        for no in sorted(importations, key=lambda no: (no > 0, abs(no)))
        if importations[no][0] == territory
    ]
    if entry.refers_to:
        for no in entry.refers_to:
            if no not in importations:
                raise LedgerRefusal(say("ledger.voucher-unknown", no=no), field="refers-to")
            if importations[no][0] != territory:
                raise LedgerRefusal(
                    say(
                        "ledger.voucher-other-country",
                        voucher=voucher_words(no),
                        used_in=importations[no][0],
                        territory=territory,
                    ),
                    field="refers-to",
                )
            carried = carried_by.get(no, {})
            if not any(carried.get(item_no) for item_no in moved):
                raise LedgerRefusal(
                    say(
                        "ledger.voucher-never-carried",
                        voucher=voucher_words(no),
                        items=format_item_list(sorted(moved)),
                        carried=items_or_none(sorted(carried)),
                    ),
                    field="refers-to",
                )
        uncovered = sorted(
            item_no
            for item_no in moved
            if not any(carried_by.get(no, {}).get(item_no) for no in entry.refers_to)
        )
        if uncovered:
            raise LedgerRefusal(
                say(
                    "ledger.items-not-carried",
                    items=format_item_list(uncovered),
                    vouchers=Joined(
                        tuple(voucher_words(no) for no in entry.refers_to), separator=", "
                    ),
                ),
                field="refers-to",
            )
        chosen = list(entry.refers_to)
    else:
        chosen = candidates
    remaining = dict(moved)
    used: list[int] = []
    late: list[date] = []
    for no in chosen:
        _, final, open_quantities = importations[no]
        touched = False
        for item_no, quantity in list(remaining.items()):
            take = min(quantity, open_quantities.get(item_no, 0))
            if take:
                open_quantities[item_no] -= take
                remaining[item_no] -= take
                touched = True
        if touched:
            used.append(no)
            if final is not None and entry.on > final and final not in late:
                late.append(final)
    return tuple(used), late

"""A general list in its printed order: group headings between the goods lines.

Headings ("CASE 1 – CAMERA KIT") are stored on the goods line they open (``GoodsItem.heading``,
one heading per text line); they are never numbered nor counted. The packing list offers the
groups as its cases.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypedDict

from sqlalchemy.orm import Session

from carnet_app.db.models import Carnet
from carnet_app.services.loading import find_carnet_or_draft


@dataclass(frozen=True)
class ListGroup:
    """The goods under one heading (the goods before the first heading have none)."""

    heading: str
    item_nos: tuple[int, ...]


def headings_of(text: str) -> list[str]:
    return [line for line in (part.strip() for part in text.split("\n")) if line]


class ListEntry(TypedDict, total=False):
    """One entry of the printed general list: a group heading or a numbered line."""

    heading: str
    item_no: int


def general_list_entries(carnet: Carnet) -> list[ListEntry]:
    """``[{"heading": …}, {"item_no": 1}, …]`` in printed order."""
    entries: list[ListEntry] = []
    for item in sorted(carnet.items, key=lambda i: i.item_no):
        entries.extend(ListEntry(heading=heading) for heading in headings_of(item.heading or ""))
        entries.append(ListEntry(item_no=item.item_no))
    return entries


def list_groups(session: Session, number_or_id: str) -> list[ListGroup]:
    """The carnet's goods grouped under their headings, for the packing list's cases.

    Consecutive headings with no goods between them make one group named by all of them.
    """
    return groups_of(find_carnet_or_draft(session, number_or_id))


def groups_of(carnet: Carnet) -> list[ListGroup]:
    """The goods of ``carnet`` grouped under their headings (see ``list_groups``)."""
    groups: list[ListGroup] = []
    heading = ""
    items: list[int] = []
    for item in sorted(carnet.items, key=lambda i: i.item_no):
        opened = headings_of(item.heading or "")
        if opened:
            if items or heading:
                groups.append(ListGroup(heading, tuple(items)))
            heading, items = " / ".join(opened), []
        items.append(item.item_no)
    if items:
        groups.append(ListGroup(heading, tuple(items)))
    return groups

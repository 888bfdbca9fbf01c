"""The packing list by case: which case each item of a carnet travels in, proposed from the
general list's headings until the holder packs it, kept as one audited setting per carnet."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from carnet_app.db.models import Carnet
from carnet_app.domain.application import MAX_HEADING
from carnet_app.domain.messages import say
from carnet_app.errors import UserError
from carnet_app.services.general_list import groups_of
from carnet_app.services.settings import get_setting, put_setting

PACKING_KEY = "packing-list.{carnet_id}"
MAX_CASE_NAME = MAX_HEADING  # a case may be named after a general-list heading


@dataclass(frozen=True)
class PackingLine:
    item_no: int
    description: str
    pieces: int
    weight: Decimal | None
    weight_unit: str
    value: Decimal
    case: str


@dataclass(frozen=True)
class CaseSummary:
    case: str
    items: tuple[int, ...]
    pieces: int
    weight: Decimal
    weight_unit: str
    value: Decimal


@dataclass(frozen=True)
class PackingList:
    carnet_id: int
    label: str  # the carnet number, or "draft N" in the reader's language
    holder: str
    currency: str
    lines: tuple[PackingLine, ...]
    # the general list's group headings, in order: the cases it offers
    heading_cases: tuple[str, ...] = ()
    # nothing saved yet: each heading's goods are proposed in a case named after it
    proposed_from_headings: bool = False

    def cases(self) -> list[CaseSummary]:
        """One summary per case: the list's headings in their order, then the other names in
        natural order ("Case 2" before "Case 10"); items not packed yet come last under an
        empty case name."""
        grouped: dict[str, list[PackingLine]] = {}
        for line in self.lines:
            grouped.setdefault(line.case, []).append(line)
        order = {name: index for index, name in enumerate(self.heading_cases)}
        result = []
        for case in sorted(
            grouped,
            key=lambda name: (name == "", order.get(name, len(order)), _natural(name)),
        ):
            lines = grouped[case]
            units = {line.weight_unit for line in lines if line.weight is not None}
            result.append(
                CaseSummary(
                    case=case,
                    items=tuple(line.item_no for line in lines),
                    pieces=sum(line.pieces for line in lines),
                    weight=sum((line.weight or Decimal(0) for line in lines), Decimal(0)),
                    weight_unit=units.pop() if len(units) == 1 else "",
                    value=sum((line.value for line in lines), Decimal(0)),
                )
            )
        return result


def packing_list(session: Session, carnet_id: int) -> PackingList:
    carnet = session.get(Carnet, carnet_id)
    if carnet is None:
        raise UserError(say("carnet.unknown-id", carnet_id=carnet_id), field="id")
    stored = get_setting(session, PACKING_KEY.format(carnet_id=carnet_id))
    cases = {str(k): str(v) for k, v in stored.items()} if isinstance(stored, dict) else {}
    groups = [group for group in groups_of(carnet) if group.heading]
    proposed = stored is None and bool(groups)
    if proposed:  # never packed: each heading's goods in a case named after it
        cases = {str(no): _case_name(group.heading) for group in groups for no in group.item_nos}
    return PackingList(
        heading_cases=tuple(_case_name(group.heading) for group in groups),
        proposed_from_headings=proposed,
        carnet_id=carnet.id,
        label=carnet.number or say("draft.label", draft=carnet.id).text(),
        holder=carnet.holder.name,
        currency=carnet.currency,
        lines=tuple(
            PackingLine(
                item_no=item.item_no,
                description=item.description,
                pieces=item.pieces,
                weight=item.weight,
                weight_unit=item.weight_unit,
                value=item.value,
                case=cases.get(str(item.item_no), ""),
            )
            for item in carnet.items
        ),
    )


def save_packing_cases(
    session: Session, carnet_id: int, cases: Mapping[int, str], *, user: str
) -> PackingList:
    """Which case each item travels in (an empty name: not packed yet)."""
    current = packing_list(session, carnet_id)
    known = {line.item_no for line in current.lines}
    stored: dict[str, str] = {}
    for item_no, case in sorted(cases.items()):
        name = " ".join(case.split())
        if item_no not in known:
            raise UserError(say("item.not-listed", item_no=item_no), field="items")
        if len(name) > MAX_CASE_NAME:
            raise UserError(
                say("trip.case-name-too-long", item_no=item_no, most=MAX_CASE_NAME), field="case"
            )
        if name:
            stored[str(item_no)] = name
    put_setting(
        session,
        PACKING_KEY.format(carnet_id=carnet_id),
        stored,
        user=user,
        summary=say(
            "trail.packing-list",
            label=current.label,
            items=len(stored),
            cases=len(set(stored.values())),
        ),
    )
    return packing_list(session, carnet_id)


def _case_name(heading: str) -> str:
    return " ".join(heading.split())[:MAX_CASE_NAME]


def _natural(text: str) -> list[object]:
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", text)]

"""Which pages a carnet print holds, in issue order, and what each page shows.

Whole carnet: green cover page 1, general list (cover page 2) and its continuation sheets, then
the voucher sets by colour (yellow, white, blue) and number, each counterfoil sheet in front of
its vouchers and each voucher followed by the list of goods on its reverse; cover pages 3 and 4
close the carnet.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal

from carnet_app.domain.messages import say
from carnet_app.domain.types import GoodsLine, MovementAction
from carnet_app.errors import UserError
from carnet_app.pdf.annex import (
    ANNEX_LAYOUT,
    AnnexEntry,
    annex_pages,
    annex_values,
    list_annexes,
)
from carnet_app.pdf.bindings import Value, carnet_values, trip_values, voucher_values
from carnet_app.pdf.data import CarnetPrintData, TripSelection
from carnet_app.pdf.general_list import ListPlan, paginate, paginate_general_list
from carnet_app.pdf.layout import Table, load_layout

PARTS = ("all", "cover", "list", "vouchers", "trip")

VOUCHER_LAYOUTS: dict[MovementAction, str] = {
    MovementAction.EXPORTATION: "voucher-exportation",
    MovementAction.RE_IMPORTATION: "voucher-reimportation",
    MovementAction.IMPORTATION: "voucher-importation",
    MovementAction.RE_EXPORTATION: "voucher-reexportation",
    MovementAction.TRANSIT_IN: "voucher-transit",
    MovementAction.TRANSIT_OUT: "voucher-transit",
}

TRANSIT_COPY: dict[MovementAction, tuple[str, str]] = {
    MovementAction.TRANSIT_IN: ("copy 1", "ex. 1"),
    MovementAction.TRANSIT_OUT: ("copy 2", "ex. 2"),
}


@dataclass(frozen=True)
class PageJob:
    layout_id: str
    values: dict[str, Value]
    part_en: str
    part_fr: str
    colour: str | None = None
    list_plan: ListPlan | None = None
    list_page_index: int = 0
    list_key: str = ""
    annexes: tuple[tuple[str, int], ...] = ()  # field id → the annex holding its whole text
    continues: bool = False  # prints on from the page before (a later page of one annex)


BLANK_PAGE = "blank"
# Pages printed on the back of the page before them: the general list is cover page 2, cover
# page 4 the back of page 3, and a voucher's list of goods the back of the voucher.
_ON_THE_BACK = {"general-list": "cover-front", "cover-associations": "cover-notes"}


def _continues(job: PageJob, previous: PageJob | None) -> bool:
    if job.continues or job.layout_id == "voucher-reverse":
        return True
    return previous is not None and _ON_THE_BACK.get(job.layout_id) == previous.layout_id


def for_duplex(jobs: list[PageJob]) -> list[PageJob]:
    """The pages for two-sided printing: a blank back is added wherever a form would
    otherwise start on the back of a sheet, so each form starts on a front and each voucher's
    list of goods is on its back."""
    result: list[PageJob] = []
    previous: PageJob | None = None
    for job in jobs:
        if len(result) % 2 == 1 and not _continues(job, previous):
            result.append(PageJob(BLANK_PAGE, {}, "", ""))
        result.append(job)
        previous = job
    if len(result) % 2 == 1:
        result.append(PageJob(BLANK_PAGE, {}, "", ""))
    return result


@dataclass
class _Planner:
    data: CarnetPrintData
    base_values: dict[str, Value] = field(default_factory=dict)

    def table(self, layout_id: str) -> Table:
        table = load_layout(layout_id).table
        if table is None:
            raise ValueError(f"layout {layout_id} has no table")
        return table

    def general_list(self) -> ListPlan:
        return paginate_general_list(
            self.data.goods,
            self.data.currency,
            self.table("general-list"),
            self.table("general-list-continuation"),
        )

    def cover_front(self) -> PageJob:
        return PageJob("cover-front", self.base_values, "FRONT COVER", "Couverture")

    def cover_back(self) -> Iterator[PageJob]:
        yield PageJob(
            "cover-notes",
            self.base_values,
            "COVER PAGE 3, NOTES ON USE",
            "Couverture page 3, notice",
        )
        yield PageJob(
            "cover-associations",
            self.base_values,
            "COVER PAGE 4, GUARANTEEING ASSOCIATIONS",
            "Couverture page 4, associations garantes",
        )

    def list_pages(self, plan: ListPlan) -> Iterator[PageJob]:
        for index in range(len(plan.pages)):
            if index == 0:
                yield PageJob(
                    "general-list",
                    self.base_values,
                    "GENERAL LIST",
                    "Liste générale",
                    list_plan=plan,
                    list_page_index=0,
                    list_key="general-0",
                )
                continue
            values = {**self.base_values, "sheet.number": str(index)}
            yield PageJob(
                "general-list-continuation",
                values,
                f"GENERAL LIST CONTINUATION SHEET No. {index}",
                f"Feuille supplémentaire n° {index}",
                list_plan=plan,
                list_page_index=index,
                list_key=f"general-{index}",
            )

    def voucher(
        self,
        action: MovementAction,
        number: int,
        reverse_plan: ListPlan,
        reverse_key: str,
        trip: TripSelection | None = None,
    ) -> Iterator[PageJob]:
        layout = load_layout(VOUCHER_LAYOUTS[action])
        values = {**self.base_values, **voucher_values(layout.kind_en, layout.kind_fr, number)}
        if trip is not None:
            values.update(trip_values(trip, action, number))
        part_en, part_fr = f"{layout.kind_en} No. {number}", f"{layout.kind_fr} n° {number}"
        # A blue set's two transit vouchers share the set number: the office of departure
        # detaches the first, the office of destination the second.
        copy = TRANSIT_COPY.get(action)
        if copy:
            part_en, part_fr = f"{part_en}, {copy[0]}", f"{part_fr}, {copy[1]}"
        yield PageJob(layout.id, values, part_en, part_fr)
        pages = len(reverse_plan.pages)
        for index in range(pages):
            sheet = f" ({index + 1}/{pages})" if pages > 1 else ""
            yield PageJob(
                "voucher-reverse",
                values,
                f"{part_en}, LIST OF GOODS{sheet}",
                f"{part_fr}, liste des marchandises{sheet}",
                colour=layout.colour,
                list_plan=reverse_plan,
                list_page_index=index,
                list_key=f"{reverse_key}-{index}",
            )

    def counterfoil_sheet(self, colour: str, first: int, second: int) -> PageJob:
        layout = load_layout(f"counterfoil-{colour}")
        values = {
            **self.base_values,
            "counterfoil.first": str(first),
            "counterfoil.second": str(second),
        }
        numbers = str(first) if first == second else f"{first} / {second}"
        return PageJob(
            layout.id, values, f"{layout.kind_en} No. {numbers}", f"{layout.kind_fr} n° {numbers}"
        )

    def voucher_sets(self) -> Iterator[PageJob]:
        reverse = paginate(
            self.data.goods,
            self.data.currency,
            self.table("voucher-reverse"),
            self.table("voucher-reverse"),
        )
        sets = self.data.voucher_sets
        pairs = (
            ("yellow", sets.yellow, MovementAction.EXPORTATION, MovementAction.RE_IMPORTATION),
            ("white", sets.white, MovementAction.IMPORTATION, MovementAction.RE_EXPORTATION),
            ("blue", sets.blue, MovementAction.TRANSIT_IN, MovementAction.TRANSIT_OUT),
        )
        for colour, count, opening, closing in pairs:
            # Both vouchers of a set carry the set's number, as the ledger numbers them
            # (importation No 1 + re-exportation No 1; transit No 1 out and back).
            for set_no in range(1, count + 1):
                # A blue sheet holds two transit counterfoils: set n has Nos 2n-1 and 2n.
                first, second = (2 * set_no - 1, 2 * set_no) if colour == "blue" else (set_no,) * 2
                yield self.counterfoil_sheet(colour, first, second)
                # only the vouchers the booklet holds (a registered carnet's sheets by action)
                if set_no <= sets.vouchers(colour, opening):
                    yield from self.voucher(opening, set_no, reverse, "reverse-all")
                if set_no <= sets.vouchers(colour, closing):
                    yield from self.voucher(closing, set_no, reverse, "reverse-all")


def trip_goods(goods: Sequence[GoodsLine], trip: TripSelection) -> tuple[GoodsLine, ...]:
    """The goods travelling, with pieces, weight and value in proportion to the quantity (a
    voucher's list prints no group headings)."""
    by_number = {line.item_no: replace(line, heading="") for line in goods}
    selected: list[GoodsLine] = []
    seen: set[int] = set()
    for item in trip.items:
        line = by_number.get(item.item_no)
        if line is None:
            raise UserError(
                say("trip-pack.item-not-listed", item_no=item.item_no), field="trip.items"
            )
        if item.item_no in seen:
            raise UserError(say("trip-pack.item-twice", item_no=item.item_no), field="trip.items")
        seen.add(item.item_no)
        quantity = line.pieces if item.quantity is None else item.quantity
        if not 0 < quantity <= line.pieces:
            raise UserError(
                say(
                    "trip-pack.too-many-pieces",
                    item_no=item.item_no,
                    asked=quantity,
                    listed=line.pieces,
                ),
                field="trip.items",
            )
        if quantity == line.pieces:
            selected.append(line)
            continue
        share = Decimal(quantity) / Decimal(line.pieces)
        weight = None if line.weight is None else (line.weight * share).quantize(Decimal("0.001"))
        value = (line.value * share).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        selected.append(replace(line, pieces=quantity, weight=weight, value=value))
    return tuple(sorted(selected, key=lambda line: line.item_no))


def with_annexes(jobs: list[PageJob], base_values: dict[str, Value]) -> list[PageJob]:
    """``jobs`` with each box that goes to an annex marked, and the annex pages added: before
    the back cover (pages 3 and 4) when the document has one, else at the end."""
    book = list_annexes([(job.layout_id, job.values) for job in jobs])
    if not book.entries:
        return jobs
    marked: list[PageJob] = []
    for job in jobs:
        layout = load_layout(job.layout_id)
        numbers = []
        for box in layout.fields:
            number = book.number_for(layout, box, job.values.get(box.bind) if box.bind else None)
            if number is not None and box.overflow == "annex":
                numbers.append((box.id, number))
        marked.append(replace(job, annexes=tuple(numbers)) if numbers else job)
    pages: list[PageJob] = []
    for entry in book.entries:
        chunks = annex_pages(entry)
        for page, chunk in enumerate(chunks, start=1):
            suffix = f" ({page}/{len(chunks)})" if len(chunks) > 1 else ""
            pages.append(
                PageJob(
                    ANNEX_LAYOUT,
                    {**base_values, **annex_values(entry, page, len(chunks), chunk)},
                    f"ANNEX No. {entry.number}{suffix}",
                    f"Annexe n° {entry.number}{suffix}",
                    continues=page > 1,
                )
            )
    back = next((i for i, job in enumerate(marked) if job.layout_id == "cover-notes"), len(marked))
    return marked[:back] + pages + marked[back:]


def annexed_boxes(
    data: CarnetPrintData, part: str = "all", trip: TripSelection | None = None
) -> list[str]:
    """The boxes whose text goes to an annex page, named as on the annex ("C. INTENDED USE
    OF GOODS (annex No. 1)"): what the desk warns about before printing."""
    jobs = _plan_forms(data, part, trip)
    book = list_annexes([(job.layout_id, job.values) for job in jobs])
    return [f"{entry.box_en} (annex No. {entry.number})" for entry in book.entries]


def annex_entries(
    data: CarnetPrintData, part: str = "all", trip: TripSelection | None = None
) -> list[AnnexEntry]:
    """The annex's entries (number, the box's English and French names) for a desk that says
    them in its own language."""
    jobs = _plan_forms(data, part, trip)
    return list(list_annexes([(job.layout_id, job.values) for job in jobs]).entries)


def plan_pages(
    data: CarnetPrintData, part: str, trip: TripSelection | None, *, duplex: bool = False
) -> list[PageJob]:
    jobs = with_annexes(_plan_forms(data, part, trip), carnet_values(data, 0))
    return for_duplex(jobs) if duplex else jobs


def _plan_forms(data: CarnetPrintData, part: str, trip: TripSelection | None) -> list[PageJob]:
    if part not in PARTS:
        raise UserError(say("printing.part-unknown", part=part, parts=PARTS), field="part")
    planner = _Planner(data)
    general = planner.general_list()
    planner.base_values = carnet_values(data, len(general.pages) - 1)
    if part == "trip":
        if trip is None or not trip.vouchers:
            raise UserError(say("trip-pack.no-vouchers"), field="trip")
        if not trip.items:
            raise UserError(say("trip-pack.no-items"), field="trip.items")
        goods = trip_goods(data.goods, trip)
        table = planner.table("voucher-reverse")
        reverse = paginate(goods, data.currency, table, table)
        jobs: list[PageJob] = []
        # only the vouchers the booklet holds: a US carnet's yellow sheets are counterfoils
        held = [v for v in trip.vouchers if data.voucher_sets.holds(v.action, v.voucher_no)]
        if not held:
            raise UserError(say("trip-pack.none-held"), field="trip.vouchers")
        for voucher in held:
            if voucher.voucher_no < 1:
                raise UserError(
                    say("trip-pack.voucher-not-valid", voucher_no=voucher.voucher_no),
                    field="trip.vouchers",
                )
            jobs.extend(
                planner.voucher(voucher.action, voucher.voucher_no, reverse, "reverse-trip", trip)
            )
        return jobs
    jobs = []
    if part in ("all", "cover"):
        jobs.append(planner.cover_front())
    if part in ("all", "list"):
        jobs.extend(planner.list_pages(general))
    if part in ("all", "vouchers"):
        jobs.extend(planner.voucher_sets())
    if part in ("all", "cover"):
        jobs.extend(planner.cover_back())
    return jobs

"""Item selections like ``1-3,5:2`` (items 1 to 3 whole, item 5 two pieces)."""

from __future__ import annotations

from carnet_app.domain.goods_checks import MAX_PIECES
from carnet_app.domain.messages import say
from carnet_app.errors import UserError

MAX_ITEM_NO = 100_000
MAX_SPEC_LENGTH = 10_000


def parse_item_spec(spec: str) -> dict[int, int | None]:
    """Map item number → quantity; ``None`` means every piece at the place the goods leave."""
    result: dict[int, int | None] = {}
    text = spec.strip()
    if len(text) > MAX_SPEC_LENGTH:
        raise UserError(
            say("items.spec-too-long", length=len(text), most=MAX_SPEC_LENGTH), field="items"
        )
    if not text:
        raise UserError(say("items.empty"), field="items")
    for part in text.split(","):
        part = part.strip()
        if not part:
            raise UserError(say("items.empty-entry", spec=spec), field="items")
        quantity: int | None = None
        if ":" in part:
            range_text, quantity_text = part.split(":", 1)
            quantity = _count(quantity_text, spec)
            if quantity < 1:
                raise UserError(say("items.quantity-min", part=part), field="items")
        else:
            range_text = part
        if "-" in range_text:
            first_text, last_text = range_text.split("-", 1)
            first, last = _number(first_text, spec), _number(last_text, spec)
            if last < first:
                raise UserError(say("items.range-backwards", range=range_text), field="items")
            if quantity is not None and last != first:
                raise UserError(say("items.quantity-on-range", range=range_text), field="items")
        else:
            first = last = _number(range_text, spec)
        if first < 1 or last > MAX_ITEM_NO:
            raise UserError(say("items.start-at-1", part=part), field="items")
        for item_no in range(first, last + 1):
            if item_no in result:
                raise UserError(say("items.named-twice", item_no=item_no, spec=spec), field="items")
            result[item_no] = quantity
    return result


def format_item_list(item_nos: list[int]) -> str:
    """Compact form for messages and vouchers: [1,2,3,5] → "1-3, 5"."""
    numbers = sorted(set(item_nos))
    runs: list[str] = []
    start = previous = None
    for number in numbers:
        if start is None:
            start = previous = number
        elif previous is not None and number == previous + 1:
            previous = number
        else:
            runs.append(_run(start, previous))
            start = previous = number
    if start is not None:
        runs.append(_run(start, previous))
    return ", ".join(runs)


def format_quantities(quantities: dict[int, int]) -> str:
    """Item numbers with pieces, consecutive equal runs merged: "1-9 ×1, 10-11 ×2"."""
    parts: list[str] = []
    run: list[int] = []
    for item_no in sorted(quantities):
        if run and item_no == run[-1] + 1 and quantities[item_no] == quantities[run[0]]:
            run.append(item_no)
            continue
        if run:
            parts.append(f"{_run(run[0], run[-1])} ×{quantities[run[0]]}")
        run = [item_no]
    if run:
        parts.append(f"{_run(run[0], run[-1])} ×{quantities[run[0]]}")
    return ", ".join(parts)


def _run(start: int, end: int | None) -> str:
    return str(start) if end is None or end == start else f"{start}-{end}"


def _count(text: str, spec: str) -> int:
    """The pieces of one item: as many as one goods line may hold at most."""
    cleaned = text.strip()
    if not (cleaned.isascii() and cleaned.isdigit()):
        raise UserError(say("items.not-a-number", text=cleaned[:20], spec=spec[:60]), field="items")
    if len(cleaned) > len(str(MAX_PIECES)) or int(cleaned) > MAX_PIECES:
        raise UserError(
            say("items.too-many-pieces", text=cleaned[:20], most=MAX_PIECES), field="items"
        )
    return int(cleaned)


def _number(text: str, spec: str) -> int:
    cleaned = text.strip()
    if not (cleaned.isascii() and cleaned.isdigit()):
        raise UserError(say("items.not-a-number", text=cleaned[:20], spec=spec[:60]), field="items")
    if len(cleaned) > len(str(MAX_ITEM_NO)):
        raise UserError(
            say("items.beyond-last", text=cleaned[:20], most=MAX_ITEM_NO), field="items"
        )
    return int(cleaned)

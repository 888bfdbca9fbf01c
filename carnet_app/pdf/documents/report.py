"""Report of the carnets with goods abroad on a date, soonest deadline first, with totals."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from reportlab.platypus import Flowable, Spacer

from carnet_app.pdf import numbers
from carnet_app.pdf.documents.base import build, han_shapes_of, para, table
from carnet_app.pdf.documents.letter_frame import head_of
from carnet_app.pdf.documents.records import GoodsAbroadReport, GoodsAbroadRow
from carnet_app.pdf.documents.wording import Words
from carnet_app.pdf.units import MM


def _due(row: GoodsAbroadRow) -> date:
    return min(d for d in (row.final_date, row.valid_until) if d is not None)


def _deadline(row: GoodsAbroadRow) -> tuple[date, str, str]:
    return _due(row), row.carnet_number, row.place


@han_shapes_of(lambda report: (report.association,))
def render_goods_abroad_report(report: GoodsAbroadReport) -> bytes:
    """A4 landscape table: carnet, holder, where the goods are, which items, pieces and value,
    the customs final date and the carnet expiry, days left to the nearer of the two; then
    the totals (pieces, and value per currency)."""
    head = head_of(report.letterhead, report.association)
    words = Words(head.language)
    keys = ("carnet", "holder", "where", "items", "pieces", "value", "final_date")
    rows: list[list[str]] = [
        [*(words.label(k) for k in keys), words.label("valid_until"), words.label("days_left")]
    ]
    values: dict[str, Decimal] = defaultdict(Decimal)
    pieces = 0
    for row in sorted(report.rows, key=_deadline):
        rows.append(
            [
                row.carnet_number,
                row.holder,
                row.place,
                row.items,
                numbers.count(row.pieces),
                words.money(row.value, row.currency),
                words.day(row.final_date),
                words.day(row.valid_until),
                str((_due(row) - report.as_of).days),
            ]
        )
        values[row.currency] += row.value
        pieces += row.pieces
    carnets = len({row.carnet_number for row in report.rows})
    totals = "; ".join(words.money(value, currency) for currency, value in sorted(values.items()))
    rows.append(
        [
            words.label("total"),
            words.plural("carnet", carnets),
            "",
            "",
            numbers.count(pieces),
            totals or "-",
            "",
            "",
            "",
        ]
    )
    title = words.label("abroad_title", day=report.as_of)
    story: list[Flowable] = [
        Spacer(1, 18 * MM),  # below the letterhead
        para(title, "title"),
        para(f"{words.plural('entry', len(report.rows))}. {words.label('abroad_note')}", "small"),
        table(
            rows,
            (40 * MM, 44 * MM, 15 * MM, 26 * MM, 15 * MM, 32 * MM, 31 * MM, 31 * MM, 17 * MM),
            right_columns=(4, 5, 8),
        ),
    ]
    return build(
        story,
        title=title,
        association=report.association,
        wide=True,
        letterhead=head,
        words=words,
    )

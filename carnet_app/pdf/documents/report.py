"""Report of the carnets with goods abroad on a date, soonest deadline first."""

from __future__ import annotations

from reportlab.platypus import Flowable

from carnet_app.pdf.documents.base import build, iso, money, para, table
from carnet_app.pdf.documents.records import GoodsAbroadReport, GoodsAbroadRow
from carnet_app.pdf.units import MM


def _deadline(row: GoodsAbroadRow) -> tuple[object, str, str]:
    due = min(d for d in (row.final_date, row.valid_until) if d is not None)
    return due, row.carnet_number, row.place


def render_goods_abroad_report(report: GoodsAbroadReport) -> bytes:
    """A4 landscape table: carnet, holder, where the goods are, which items, pieces and value, the
    customs final date and the carnet expiry, and days left to the nearer of the two."""
    rows: list[list[str]] = [
        [
            "Carnet",
            "Holder",
            "Where",
            "Items",
            "Pieces",
            "Value",
            "Final date",
            "Valid until",
            "Days left",
        ]
    ]
    for row in sorted(report.rows, key=_deadline):
        due = min(d for d in (row.final_date, row.valid_until) if d is not None)
        rows.append(
            [
                row.carnet_number,
                row.holder,
                row.place,
                row.items,
                str(row.pieces),
                money(row.value, row.currency),
                iso(row.final_date),
                iso(row.valid_until),
                str((due - report.as_of).days),
            ]
        )
    story: list[Flowable] = [
        para(f"Carnets with goods abroad on {iso(report.as_of)}", "title"),
        para(f"{len(report.rows)} entries; negative days are overdue.", "small"),
        table(
            rows,
            (42 * MM, 48 * MM, 15 * MM, 28 * MM, 15 * MM, 32 * MM, 22 * MM, 22 * MM, 17 * MM),
            right_columns=(4, 5, 8),
        ),
    ]
    return build(
        story,
        title=f"Goods abroad on {iso(report.as_of)}",
        association=report.association,
        wide=True,
    )

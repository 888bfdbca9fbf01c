"""Lists printed in columns: the countries of cover box P and the associations of cover page 4.

Both come from ``resources/forms/guaranteeing-associations.toml`` (reference data that changes:
edit the file, not the code). In box P an "X" before a country marks the carnet as valid there;
the X is data (printed in overlay mode too), the country names are the printed form.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from reportlab.pdfgen.canvas import Canvas

from carnet_app import parsed_files
from carnet_app.pdf.data import Country
from carnet_app.pdf.fonts import Face
from carnet_app.pdf.layout import PAGE_HEIGHT_MM, Grid, LayoutError
from carnet_app.pdf.text_fit import draw_line, wrap_text
from carnet_app.pdf.units import MM
from carnet_app.resources import resource_path

MARK_WIDTH_MM = 3.0


@dataclass(frozen=True)
class ChainMember:
    code: str
    name: str
    association: str
    territory: str = ""


@cache
def chain_members() -> tuple[ChainMember, ...]:
    raw = parsed_files.toml_file(resource_path("forms", "guaranteeing-associations.toml"))
    return tuple(
        ChainMember(
            code=str(m["code"]),
            name=str(m["name"]),
            association=str(m.get("association", "")),
            territory=str(m.get("territory", "")),
        )
        for m in raw.get("member", [])
    )


def _y(y_mm: float) -> float:
    return (PAGE_HEIGHT_MM - y_mm) * MM


class GridPainter:
    """Draws the grids of a layout for one carnet (its countries of validity)."""

    def __init__(self, valid_countries: Iterable[Country] = ()) -> None:
        countries = tuple(valid_countries)
        codes = {c.code.upper() for c in countries}
        members = chain_members()
        member_codes = {m.code for m in members}
        self.marked = {m.code for m in members if m.code in codes or m.territory in codes}
        self.extra = tuple(
            c for c in countries if c.code.upper() not in member_codes and c.code.upper() != "EU"
        )

    def _member_rows(self, grid: Grid) -> tuple[int, float]:
        """The rows the members fill, column by column, and the column width: fixed by the
        list alone, so each member keeps its place on the pre-printed form whatever the
        carnet's other countries."""
        members = len(chain_members())
        rows = max(1, math.ceil(members / grid.columns))
        if rows * grid.row_h > grid.rect.h + 0.01:
            raise LayoutError(f"grid {grid.id}: {members} members need {rows} rows")
        return rows, grid.rect.w / grid.columns

    def _extra_slots(self, grid: Grid, rows: int) -> list[tuple[int, int]]:
        """(column, row) of the free places for countries outside the list: after the last
        member, then the rows the box still has below the members, left to right."""
        members = len(chain_members())
        slots = [divmod(index, rows) for index in range(members, rows * grid.columns)]
        room_rows = int((grid.rect.h + 0.01) // grid.row_h)
        slots += [(column, row) for row in range(rows, room_rows) for column in range(grid.columns)]
        return slots

    def _extra_lines(self, slots: int) -> list[str]:
        """One line a slot: a country and its code while each has a slot of its own; when
        more countries than slots, their codes shared out over the slots (nothing left out)."""
        if not self.extra:
            return []
        if slots == 0:
            raise LayoutError("box P has no room left for the countries outside its list")
        if len(self.extra) <= slots:
            return [f"{country.name.upper()} ({country.code})" for country in self.extra]
        per_slot = math.ceil(len(self.extra) / slots)
        codes = [country.code.upper() for country in self.extra]
        return [
            " · ".join(codes[start : start + per_slot]) for start in range(0, len(codes), per_slot)
        ]

    def _position(self, grid: Grid, column: int, row: int, column_w: float) -> tuple[float, float]:
        return grid.rect.x + column * column_w, grid.rect.y + (row + 1) * grid.row_h - 0.6

    def draw_static(self, canvas: Canvas, grid: Grid) -> None:
        if grid.bind == "countries":
            members = chain_members()
            rows, column_w = self._member_rows(grid)
            for index, member in enumerate(members):
                x, baseline = self._position(grid, *divmod(index, rows), column_w)
                draw_line(
                    canvas,
                    f"{member.name} ({member.code})",
                    (x + MARK_WIDTH_MM) * MM,
                    _y(baseline),
                    (column_w - MARK_WIDTH_MM) * MM,
                    Face.REGULAR.value,
                    grid.size,
                )
        elif grid.bind == "associations":
            self._draw_associations(canvas, grid)

    def draw_data(self, canvas: Canvas, grid: Grid) -> None:
        if grid.bind != "countries":
            return
        members = chain_members()
        rows, column_w = self._member_rows(grid)
        for index, member in enumerate(members):
            if member.code in self.marked:
                x, baseline = self._position(grid, *divmod(index, rows), column_w)
                draw_line(
                    canvas,
                    "X",
                    x * MM,
                    _y(baseline),
                    MARK_WIDTH_MM * MM,
                    Face.BOLD.value,
                    grid.size + 1,
                )
        slots = self._extra_slots(grid, rows)
        for (column, row), text in zip(slots, self._extra_lines(len(slots)), strict=False):
            x, baseline = self._position(grid, column, row, column_w)
            draw_line(
                canvas,
                "X",
                x * MM,
                _y(baseline),
                MARK_WIDTH_MM * MM,
                Face.BOLD.value,
                grid.size + 1,
            )
            draw_line(
                canvas,
                text,
                (x + MARK_WIDTH_MM) * MM,
                _y(baseline),
                (column_w - MARK_WIDTH_MM) * MM,
                Face.REGULAR.value,
                grid.size,
            )

    def _draw_associations(self, canvas: Canvas, grid: Grid) -> None:
        members = chain_members()
        column_w = grid.rect.w / grid.columns
        name_w = column_w * 0.36
        text_w = column_w - name_w - 2.0
        per_column = math.ceil(len(members) / grid.columns)
        line_h = grid.size * 1.2 / MM * 1.0
        for column in range(grid.columns):
            y = grid.rect.y
            for member in members[column * per_column : (column + 1) * per_column]:
                x = grid.rect.x + column * column_w
                name_lines = wrap_text(
                    f"{member.name} ({member.code})", Face.BOLD.value, grid.size, name_w * MM
                )
                text_lines = wrap_text(
                    member.association, Face.REGULAR.value, grid.size, text_w * MM
                )
                for index, line in enumerate(name_lines):
                    draw_line(
                        canvas,
                        line,
                        x * MM,
                        _y(y + (index + 1) * line_h),
                        name_w * MM,
                        Face.BOLD.value,
                        grid.size,
                    )
                for index, line in enumerate(text_lines):
                    draw_line(
                        canvas,
                        line,
                        (x + name_w + 2.0) * MM,
                        _y(y + (index + 1) * line_h),
                        text_w * MM,
                        Face.REGULAR.value,
                        grid.size,
                    )
                y += max(len(name_lines), len(text_lines)) * line_h + 0.8
            if y > grid.rect.bottom + 0.01:
                raise LayoutError(f"grid {grid.id}: the associations need {y - grid.rect.y:.0f} mm")

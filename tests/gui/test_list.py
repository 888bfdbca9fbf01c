"""Search as you type and filters on a seeded database, through the list page."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from carnet_app.gui.context import DeskContext
from carnet_app.gui.list_model import CarnetColumn
from carnet_app.gui.models import ROW_ROLE
from carnet_app.gui.pages.carnet_list import HEADER_KEY, SEARCH_DEBOUNCE_MS, CarnetListPage
from carnet_app.services import desk, views
from carnet_app.services.desk import CarnetListRow
from tests.gui.conftest import SEEDED_CARNETS, TODAY
from tests.show_json import show_json


@pytest.fixture
def page(ctx: DeskContext, qtbot: Any) -> CarnetListPage:
    widget = CarnetListPage(ctx)
    qtbot.addWidget(widget)
    widget.set_countries(ctx.read(desk.country_choices))
    widget.reload()
    return widget


def rows(page: CarnetListPage) -> list[CarnetListRow]:
    model = page.model
    return [model.data(model.index(r, 0), ROW_ROLE) for r in range(model.rowCount())]


def an_active_carnet(ctx: DeskContext) -> dict[str, Any]:
    listed = ctx.read(views.list_carnets, status="active")
    return ctx.read(show_json, listed[0].number)


def test_everything_listed_at_first(page: CarnetListPage) -> None:
    assert page.model.rowCount() == SEEDED_CARNETS
    assert page.count_label.text() == f"{SEEDED_CARNETS} carnets"


def test_search_is_debounced_and_matches_holders(
    page: CarnetListPage, ctx: DeskContext, qtbot: Any
) -> None:
    holder = an_active_carnet(ctx)["holder"]["name"]
    fragment = holder.split()[1][:5].lower()
    with qtbot.waitSignal(page.loaded, timeout=SEARCH_DEBOUNCE_MS * 8):
        qtbot.keyClicks(page.search, fragment)
    found = rows(page)
    assert found and len(found) < SEEDED_CARNETS
    expected = {
        c.number or c.id for c in ctx.read(views.list_carnets, search=fragment, limit=10_000)
    }
    assert {r.number or r.id for r in found} >= {n for n in expected if isinstance(n, str)}


def test_search_by_serial_number_and_by_number(page: CarnetListPage, ctx: DeskContext) -> None:
    carnet = an_active_carnet(ctx)
    serial = carnet["items"][0]["description"].rsplit("S/N ", 1)[1]
    page.search.setText(serial)
    page.query_now()
    assert carnet["number"] in {r.number for r in rows(page)}
    page.search.setText(carnet["number"][-5:])
    page.query_now()
    assert carnet["number"] in {r.number for r in rows(page)}
    page.search.setText("no such thing anywhere")
    page.query_now()
    assert page.model.rowCount() == 0
    assert page.count_label.text() == "No carnet matches these filters."


def test_short_search_uses_numbers_and_holders(page: CarnetListPage, ctx: DeskContext) -> None:
    page.search.setText("FR")
    page.query_now()
    assert page.model.rowCount() == sum(
        1 for c in ctx.read(views.list_carnets, limit=10_000) if c.number
    )


def test_filters(page: CarnetListPage, ctx: DeskContext) -> None:
    page.status_filter.setCurrentIndex(page.status_filter.findData("active"))
    assert rows(page) and {r.status for r in rows(page)} == {"active"}
    page.abroad_filter.setChecked(True)
    assert all(r.goods_abroad for r in rows(page))
    page.clear_filters()
    assert page.model.rowCount() == SEEDED_CARNETS

    page.claim_filter.setChecked(True)
    assert rows(page) and all(r.open_claims for r in rows(page))
    page.clear_filters()

    page.expiry_filter.setCurrentIndex(page.expiry_filter.findData(90))
    for row in rows(page):
        assert row.status in ("issued", "active", "replaced")
        assert row.valid_until is not None and 0 <= (row.valid_until - TODAY).days <= 90
    page.clear_filters()

    country = an_active_carnet(ctx)["itinerary"][0]["country"]
    page.country_filter.setCurrentIndex(page.country_filter.findData(country))
    assert rows(page) and all(country in r.countries for r in rows(page))


def test_sort_by_any_column(page: CarnetListPage) -> None:
    page.table.sortByColumn(CarnetColumn.HOLDER, Qt.SortOrder.AscendingOrder)
    holders = [r.holder for r in rows(page)]
    assert holders == sorted(holders)
    page.table.sortByColumn(CarnetColumn.VALUE, Qt.SortOrder.DescendingOrder)
    values = [r.total_value for r in rows(page)]
    assert values == sorted(values, reverse=True)
    page.table.sortByColumn(CarnetColumn.ITEMS, Qt.SortOrder.AscendingOrder)
    items = [r.items for r in rows(page)]
    assert items == sorted(items)


def test_column_widths_and_sort_are_remembered(ctx: DeskContext, qtbot: Any) -> None:
    first = CarnetListPage(ctx)
    qtbot.addWidget(first)
    first.table.setColumnWidth(CarnetColumn.HOLDER, 333)
    first.table.sortByColumn(CarnetColumn.VALID_UNTIL, Qt.SortOrder.DescendingOrder)
    assert ctx.settings.value(HEADER_KEY) is not None
    second = CarnetListPage(ctx)
    qtbot.addWidget(second)
    assert second.table.columnWidth(CarnetColumn.HOLDER) == 333
    second.reload()
    dates = [r.valid_until for r in rows(second) if r.valid_until]
    assert dates == sorted(dates, reverse=True)


def test_activating_a_row_opens_the_carnet(page: CarnetListPage, qtbot: Any) -> None:
    with qtbot.waitSignal(page.carnet_activated) as blocker:
        page.table.activated.emit(page.model.index(4, 0))
    assert blocker.args == [page.model.id_at(4)]

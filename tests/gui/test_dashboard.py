"""The dashboard at chamber scale: deadlines apart from notices, filters by kind, country and
holder, counts per group, a table that pages, kept up to date by saves, never "Nothing here."
while it loads."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

from carnet_app.domain.alerts import AlertKind, Urgency
from carnet_app.gui.context import DeskContext
from carnet_app.gui.pages.dashboard import DashboardPage
from carnet_app.gui.tasks import TaskRunner
from carnet_app.services import claims, deadlines, views
from carnet_app.services.deadlines import DEADLINE, NOTICE
from tests.gui.conftest import TODAY
from tests.show_json import show_json


def open_page(ctx: DeskContext, qtbot: Any) -> DashboardPage:
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1024, 640)
    page.show()
    page.reload()
    return page


def every_row(page: DashboardPage) -> list[Any]:
    """Every row the current filter keeps, turning the pages."""
    rows = list(page.model.rows())
    while page.next_button.isEnabled():
        page.next_button.click()
        rows += page.model.rows()
    return rows


def test_deadlines_and_notices_are_listed_apart(ctx: DeskContext, qtbot: Any) -> None:
    page = open_page(ctx, qtbot)
    deadline_rows = every_row(page)
    assert deadline_rows, "the seeded desk has deadlines"
    assert all(deadlines.category_of(r.kind) == DEADLINE for r in deadline_rows)
    assert AlertKind.SECURITY_RELEASE.value not in {r.kind for r in deadline_rows}
    page.categories.setCurrentIndex(1)
    notice_rows = every_row(page)
    assert notice_rows and {r.kind for r in notice_rows} == {AlertKind.SECURITY_RELEASE.value}
    tabs = [page.categories.tabText(i) for i in range(2)]
    assert tabs[0].endswith(f"({page.counts.by_category[DEADLINE]})")
    assert tabs[1].endswith(f"({page.counts.by_category[NOTICE]})")


def test_counts_per_group_add_up_and_each_group_filters(ctx: DeskContext, qtbot: Any) -> None:
    page = open_page(ctx, qtbot)
    total = page.counts.shown
    groups = page.counts.by_urgency
    assert sum(groups.values()) == total > 0
    assert page.group_buttons[""].text().endswith(f"({total})")
    for urgency in (Urgency.OVERDUE, Urgency.THIS_WEEK, Urgency.THIS_MONTH):
        page.group_buttons[urgency.value].click()
        rows = every_row(page)
        assert len(rows) == groups[urgency.value]
        assert all(r.urgency is urgency for r in rows)
    assert sum(page.counts.by_kind.values()) == total


def test_filters_by_kind_country_and_holder(ctx: DeskContext, qtbot: Any) -> None:
    page = open_page(ctx, qtbot)
    everything = every_row(page)
    kind = everything[0].kind
    page.kind.setCurrentIndex(page.kind.findData(kind))
    assert {r.kind for r in every_row(page)} == {kind}
    page.clear_filters()

    sample = everything[0]
    holder_word = sample.holder.split()[-1]  # the holder's number: one holder
    page.holder.setText(sample.holder)
    page.holder.returnPressed.emit()
    by_holder = every_row(page)
    assert by_holder and {r.holder for r in by_holder} == {sample.holder}
    assert holder_word
    page.clear_filters()

    shown = ctx.read(show_json, sample.number)
    country = shown["itinerary"][0]["country"]
    page.country.setText(country.lower())
    page._filters_changed()
    kept = every_row(page)
    assert sample.number in {r.number for r in kept}
    for row in kept:
        stops = ctx.read(show_json, row.number)["itinerary"]
        assert country in {s["country"] for s in stops}
    page.country.setText("ZZ")
    page._filters_changed()
    assert page.model.rowCount() == 0
    assert "clear them" in page.state.text()
    assert "Nothing here" not in page.state.text()


def test_the_table_pages(ctx: DeskContext, qtbot: Any) -> None:
    page = open_page(ctx, qtbot)
    page.page_size = 3
    page._filters_changed()
    first = [r.id for r in page.model.rows()]
    assert len(first) == 3 and page.range_label.text().startswith("1–3 of ")
    assert not page.previous_button.isEnabled()
    page.next_button.click()
    second = [r.id for r in page.model.rows()]
    assert second and not set(first) & set(second)
    assert page.range_label.text().startswith("4–")
    page.previous_button.click()
    assert [r.id for r in page.model.rows()] == first
    dues = [r.due for r in every_row(page)]
    assert dues == sorted(dues)


def test_a_save_updates_the_carnet_it_touched(ctx: DeskContext, qtbot: Any) -> None:
    page = open_page(ctx, qtbot)
    returned = ctx.read(views.list_carnets, status="returned")
    number = next(r.number for r in returned)
    before = [r for r in every_row(page) if r.number == number and r.kind == "claim-proof"]
    page.clear_filters()
    shown = ctx.read(show_json, number)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        ctx.write(
            claims.open_claim,
            number,
            country=shown["itinerary"][0]["country"],
            notified_on=TODAY - timedelta(days=200),
            amount=Decimal("300.00"),
            user="tester",
            today=TODAY,
        )
    after = [r for r in every_row(page) if r.number == number and r.kind == "claim-proof"]
    assert len(after) == len(before) + 1


def test_loading_says_so_and_never_nothing_here(ctx: DeskContext, qtbot: Any) -> None:
    runner = TaskRunner()  # a real worker thread: the page is seen while it loads
    threaded = DeskContext(
        ctx.database, ctx.paths, ctx.settings, runner, user="tester", today=lambda: TODAY
    )
    try:
        page = DashboardPage(threaded)
        qtbot.addWidget(page)
        page.show()
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            page.reload()
            assert page.state.text() == "Loading deadlines…"
            assert "Nothing" not in page.state.text()
        assert page.model.rowCount() > 0
        assert page.state.text() == ""
    finally:
        runner.shutdown(wait=True)


def test_a_click_opens_the_carnet_at_its_tab(ctx: DeskContext, qtbot: Any) -> None:
    page = open_page(ctx, qtbot)
    row = page.model.row_at(0)
    assert row is not None
    with qtbot.waitSignal(page.carnet_requested) as signal:
        page.table.clicked.emit(page.model.index(0, 2))
    assert signal.args == [row.number, row.focus]


def test_a_screen_reader_hears_what_each_table_and_control_is(ctx: DeskContext, qtbot: Any) -> None:
    page = open_page(ctx, qtbot)
    assert page.table.accessibleName() == "Deadlines"
    assert page.table.accessibleDescription()
    page.categories.setCurrentIndex(1)
    assert page.table.accessibleName() == "Notices"
    page.categories.setCurrentIndex(0)
    assert page.table.accessibleName() == "Deadlines"
    for control in (
        page.categories,
        page.kind,
        page.country,
        page.holder,
        page.previous_button,
        page.next_button,
        *page.group_buttons.values(),
    ):
        assert control.accessibleName(), control

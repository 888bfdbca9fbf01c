"""What a tester saw on the desk's standard screenshots: an empty detail page still showing
the previous carnet's evidence, disabled buttons and check boxes that vanish in the dark
palette, urgency chips unreadable in dark, a document label cut off, a French « ? » alone on
its line, and a chart footer naming its currency twice."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from carnet_app.gui import colours, style
from carnet_app.gui.context import DeskContext
from carnet_app.gui.dialogs.stamp_picker import CHOSEN
from carnet_app.gui.main_window import MainWindow
from carnet_app.gui.pages.carnet_detail import CarnetDetailPage
from carnet_app.gui.pages.dashboard import DashboardPage
from carnet_app.services import desk, evidence, views
from carnet_app.services.management import ChartId
from tests.gui.test_contrast import theme  # noqa: F401  (the light / dark fixture)
from tests.gui.test_detail_parts import PNG
from tests.gui.test_stamp_explains import dialog_for

ROOT = Path(__file__).resolve().parents[2]
CARNET_FR = ROOT / "resources" / "i18n" / "carnet_fr.ts"
READS = 4.5
SEEN = 3.0  # WCAG: a control's outline against what is beside it


def carnet_with_evidence(ctx: DeskContext) -> int:
    number = str(ctx.read(views.list_carnets, status="active")[0].number)
    ctx.write(evidence.attach_evidence, number, file_name="counterfoil.png", content=PNG, user="t")
    return int(ctx.read(desk.carnet_id_of, number))


def shown_rows(page: CarnetDetailPage) -> dict[str, int]:
    """How many rows each tab shows."""
    return {
        "list": page.goods.model.rowCount(),
        "movements": page.movements.model.rowCount(),
        "where": page.movements.where_model.rowCount(),
        "vouchers": page.vouchers.model.rowCount(),
        "irregularities": page.irregularities.model.rowCount(),
        "claims": page.claims.model.rowCount(),
        "documents": page.documents.list.topLevelItemCount(),
        "evidence": page.evidence.table.rowCount(),
        "history": page.history.model.rowCount(),
    }


def test_no_carnet_open_shows_nothing_of_the_last_one(ctx: DeskContext, qtbot: Any) -> None:
    page = CarnetDetailPage(ctx)
    qtbot.addWidget(page)
    page.show_carnet(carnet_with_evidence(ctx))
    assert page.evidence.table.rowCount() == 1
    page.evidence.table.selectRow(0)
    page.clear()
    assert shown_rows(page) == dict.fromkeys(shown_rows(page), 0)
    assert all(not label.text() for label in page.fields.values())
    assert not page.goods.note.text()
    assert page.evidence.target.count() == 0
    evidence_buttons = page.evidence.findChildren(QPushButton)
    assert evidence_buttons and not any(b.isEnabled() for b in evidence_buttons)
    assert not page.irregularities.resolve_button.isEnabled()
    assert not page.documents.preview_button.isEnabled()
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert not any("(" in text for text in tabs), tabs


def test_a_draft_opened_next_shows_no_evidence_of_the_last_carnet(
    ctx: DeskContext, qtbot: Any
) -> None:
    drafts = ctx.read(views.list_carnets, status="draft")
    if not drafts:
        pytest.skip("no draft in the seeded desk")
    page = CarnetDetailPage(ctx)
    qtbot.addWidget(page)
    page.show_carnet(carnet_with_evidence(ctx))
    page.show_carnet(drafts[0].id)
    assert page.evidence.table.rowCount() == 0
    assert page.movements.model.rowCount() == 0


def test_disabled_buttons_look_disabled(theme: str, qapp: QApplication) -> None:  # noqa: F811
    palette = qapp.palette()
    for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        enabled = palette.color(QPalette.ColorGroup.Active, role)
        disabled = palette.color(QPalette.ColorGroup.Disabled, role)
        ground = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button)
        assert colours.contrast(enabled, disabled) >= 1.8, (theme, role)
        assert colours.contrast(disabled, ground) < colours.contrast(enabled, ground)


def test_the_stamp_dialog_refusing_greys_its_button_and_shows_every_check_box(
    ctx: DeskContext,
    qtbot: Any,
    theme: str,  # noqa: F811
) -> None:
    dialog, _ = dialog_for(ctx, qtbot)
    dialog.resize(1024, 640)
    dialog.show()
    assert "Refused" in dialog.verdict.text()
    assert not dialog.save_button.isEnabled()
    rows = colours.row_backgrounds()
    delegate = dialog.items.itemDelegateForColumn(CHOSEN) or dialog.items.itemDelegate()
    assert isinstance(delegate, QStyledItemDelegate)
    option = QStyleOptionViewItem()
    option.palette = dialog.items.palette()
    delegate.initStyleOption(option, dialog.picker_model.index(0, CHOSEN))
    # Fusion outlines a check box with the window colour darker(140), lighter(110)
    outline = option.palette.color(QPalette.ColorRole.Window).darker(140).lighter(110)
    for ground in rows:
        assert colours.contrast(outline, ground) >= SEEN, (theme, ground.name(), outline.name())


def test_every_urgency_chip_reads(ctx: DeskContext, qtbot: Any, theme: str) -> None:  # noqa: F811
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    for urgency, button in page.group_buttons.items():
        if not urgency:
            palette = button.palette()
            pairs = [(palette.color(QPalette.ColorRole.ButtonText), palette.button().color())]
        else:
            chip = style.chip_colours(style.URGENCY_COLOURS[urgency])
            pairs = [(chip.text, chip.ground), (chip.checked_text, chip.checked_ground)]
            sheet = button.styleSheet()
            for text, ground in pairs:
                assert colours.name(text) in sheet and colours.name(ground) in sheet
        for text, ground in pairs:
            assert colours.contrast(text, ground) >= READS, (theme, urgency)


def test_every_document_label_is_whole_or_in_its_tooltip(ctx: DeskContext, qtbot: Any) -> None:
    page = CarnetDetailPage(ctx)
    qtbot.addWidget(page)
    page.resize(880, 600)
    page.show_carnet(int(ctx.read(views.list_carnets, status="active")[0].id))
    page.select_tab("documents")
    page.show()
    QApplication.processEvents()
    listed = page.documents.list
    metrics = listed.fontMetrics()
    for row in range(listed.topLevelItemCount()):
        item = listed.topLevelItem(row)
        assert item is not None
        label = item.text(0)
        fits = metrics.horizontalAdvance(label) + 16 <= listed.columnWidth(0)
        assert fits or label in item.toolTip(0), label
        assert label in item.toolTip(0)


def test_french_punctuation_never_starts_a_line() -> None:
    root = ET.parse(CARNET_FR).getroot()
    texts = [
        text
        for translation in root.iter("translation")
        for text in [translation.text, *(form.text for form in translation.iter("numerusform"))]
        if text
    ]
    breaking = [text for text in texts if re.search(r" [?!:;]", text)]
    assert not breaking, breaking[:5]


def test_a_chart_footer_says_what_its_figure_is(window: MainWindow, qtbot: Any) -> None:
    with qtbot.waitSignal(window.management.loaded, timeout=20_000):
        window.show_page("management")
    note = window.management.cards[ChartId.SECURITY_BY_COUNTRY].note.text()
    assert note.startswith("Total of "), note
    assert " bars: " in note.split(" · ")[0]
    assert note.split(" · ")[0].count("EUR") == 1, note

"""Every window fits a 1024×640 screen in English, French and the pseudo-translation: its
minimum size is at most that (it can be made that small), and at 1024×640 no label or button
is narrower than its text (the clipping check, on every window and dialog)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from carnet_app.gui import i18n
from carnet_app.gui.context import DeskContext
from carnet_app.gui.dialogs.stamp import StampDialog
from carnet_app.gui.first_run import AssociationSetupDialog, DeskPurposeDialog
from carnet_app.gui.issuing.packing_list import PackingListDialog
from carnet_app.gui.issuing.settings_dialog import SettingsDialog
from carnet_app.gui.issuing.trip_planner import TripPlannerDialog
from carnet_app.gui.issuing.wizard import IssuingWizard
from carnet_app.gui.main_window import MainWindow
from carnet_app.gui.print_preview import PrintPreviewDialog
from carnet_app.services import desk, drafts, movements
from tests.gui.conftest import TODAY
from tests.i18n.test_pseudo import clipped

Language = Callable[[str], i18n.InstalledLanguage]
SCREEN = QSize(1024, 640)
LANGUAGES = pytest.mark.parametrize("code", ["en", "fr", i18n.PSEUDO])


def smallest(widget: QWidget) -> QSize:
    """The smallest size the window can be given (its layout's minimum or a set minimum)."""
    QApplication.processEvents()
    return widget.minimumSizeHint().expandedTo(widget.minimumSize())


def at_screen_size(widget: QWidget) -> list[str]:
    """Clipped texts at 1024×640, and the window itself when it would not get that small
    (a wizard keeps the size of its largest step)."""
    widget.resize(SCREEN)
    widget.show()
    QApplication.processEvents()
    widget.resize(SCREEN)
    QApplication.processEvents()
    grown = []
    if widget.width() > SCREEN.width() or widget.height() > SCREEN.height():
        grown.append(f"window stays {widget.width()}×{widget.height()}")
    return grown + clipped(widget)


def stamp_dialog(ctx: DeskContext) -> StampDialog:
    carnet_id = ctx.read(desk.sample_carnet_id)
    assert carnet_id is not None
    number = str(ctx.read(desk.carnet_detail, carnet_id, today=TODAY).carnet.number)
    return StampDialog(
        number=number,
        today=TODAY,
        countries=ctx.read(desk.country_choices),
        checker=lambda request: ctx.read(movements.check_stamp, number, request, today=TODAY),
        picker=lambda action, country: ctx.read(desk.stamp_picker, number, action, country),
    )


def windows(ctx: DeskContext) -> Iterator[tuple[str, QWidget]]:
    carnet_id = ctx.read(desk.sample_carnet_id)
    yield "stamp", stamp_dialog(ctx)
    yield "purpose", DeskPurposeDialog()
    yield "association", AssociationSetupDialog(ctx)
    yield "settings", SettingsDialog(ctx)
    yield "packing", PackingListDialog(ctx, carnet_id=carnet_id)
    yield "trip", TripPlannerDialog(ctx, carnet_id=carnet_id)
    yield "preview", PrintPreviewDialog(desk.render_calibration_sheet(), title="Preview")


@LANGUAGES
def test_the_main_window_fits_on_every_page_and_tab(
    ctx: DeskContext, qtbot: Any, language: Language, code: str
) -> None:
    language(code)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.start()
    carnet_id = ctx.read(desk.sample_carnet_id)
    assert carnet_id is not None
    window.open_carnet(carnet_id)
    problems = []
    for page in ("dashboard", "list", "detail"):
        window.show_page(page)
        size = smallest(window)
        if size.width() > SCREEN.width() or size.height() > SCREEN.height():
            problems.append(f"{page}: minimum {size.width()}×{size.height()}")
        if page != "dashboard":  # the dashboard is being rebuilt elsewhere
            problems += [f"{page}: {p}" for p in at_screen_size(window)]
    for tab in range(window.detail.tabs.count()):
        window.detail.tabs.setCurrentIndex(tab)
        size = smallest(window)
        if size.width() > SCREEN.width() or size.height() > SCREEN.height():
            problems.append(f"tab {tab}: minimum {size.width()}×{size.height()}")
        problems += [f"tab {tab}: {p}" for p in at_screen_size(window)]
    assert problems == []


@LANGUAGES
def test_the_wizard_fits_on_every_step(
    ctx: DeskContext, qtbot: Any, language: Language, code: str
) -> None:
    language(code)
    wizard = IssuingWizard(ctx, ctx.read(drafts.issuing_desk))
    qtbot.addWidget(wizard)
    problems = []
    for page_id in wizard.pageIds():
        wizard.setStartId(page_id)
        wizard.restart()
        size = smallest(wizard)
        title = wizard.currentPage().title()
        if size.width() > SCREEN.width() or size.height() > SCREEN.height():
            problems.append(f"{title}: minimum {size.width()}×{size.height()}")
        problems += [f"{title}: {p}" for p in at_screen_size(wizard)]
    assert problems == []


@LANGUAGES
def test_every_dialog_fits(ctx: DeskContext, qtbot: Any, language: Language, code: str) -> None:
    language(code)
    problems = []
    for name, window in windows(ctx):
        qtbot.addWidget(window)
        size = smallest(window)
        if size.width() > SCREEN.width() or size.height() > SCREEN.height():
            problems.append(f"{name}: minimum {size.width()}×{size.height()}")
        if isinstance(window, QMainWindow):
            continue
        problems += [f"{name}: {p}" for p in at_screen_size(window)]
        window.hide()
    assert problems == []

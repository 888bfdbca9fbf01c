"""Layout with longer words: under the pseudo-translation every string, ours and Qt's, is 40 %
longer (accented, padded with dots), and French is often longer still. In both, no label,
button or check box of the main window, the stamp dialog or the issuing wizard may be
narrower than its text, nor a word-wrapped label shorter than its lines, at the size each
window opens with; and each window still fits the size it asks for (it does not grow past the
screen)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

from carnet_app.gui import i18n
from carnet_app.gui.context import DeskContext
from carnet_app.gui.dialogs.stamp import StampDialog
from carnet_app.gui.issuing.wizard import IssuingWizard
from carnet_app.gui.main_window import MainWindow
from carnet_app.services import desk, drafts, movements
from tests.gui.clipping import clipped_list_items
from tests.gui.conftest import TODAY

Language = Callable[[str], i18n.InstalledLanguage]
SLACK_PX = 1
LONGER = pytest.mark.parametrize("code", [i18n.PSEUDO, "fr"])


def clipped(root: QWidget) -> list[str]:
    """Visible labels, buttons and list items (a navigation, the wizard's steps) whose text
    does not fit the room they were given."""
    QApplication.processEvents()
    problems = clipped_list_items(root)
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text().strip():
            room = widget.contentsRect()
            if widget.wordWrap():
                needed, given = widget.heightForWidth(widget.width()), widget.height()
            else:
                needed, given = widget.sizeHint().width(), widget.width()
            if room.width() <= 0 or needed > given + SLACK_PX:
                problems.append(f"label {widget.text()!r}: needs {needed} px, has {given} px")
        elif isinstance(widget, (QPushButton, QCheckBox, QRadioButton)):
            button: QAbstractButton = widget
            if button.text().strip() and button.sizeHint().width() > button.width() + SLACK_PX:
                problems.append(
                    f"{type(button).__name__} {button.text()!r}: needs "
                    f"{button.sizeHint().width()} px, has {button.width()} px"
                )
    return problems


def test_pseudo_translation_makes_every_string_longer(language: Language) -> None:
    language(i18n.PSEUDO)
    assert i18n.pseudo_translate("Record stamp…") == "Réçõrd stàmp…·····"
    assert i18n.pseudo_translate("Valid until %1").count("%1") == 1
    assert "<b>" in i18n.pseudo_translate("<b>Total</b>")
    assert QApplication.translate("MainWindow", "&File").startswith("&Fîlé")


@LONGER
def test_main_window_pages_fit_longer_words(
    ctx: DeskContext, qtbot: Any, language: Language, code: str
) -> None:
    language(code)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1360, 860)
    window.show()
    window.start()
    carnet_id = ctx.read(desk.sample_carnet_id)
    assert carnet_id is not None
    window.open_carnet(carnet_id)
    for page in ("dashboard", "list", "detail"):
        window.show_page(page)
        assert clipped(window) == [], page
        assert window.width() <= 1360, page
    for tab in range(window.detail.tabs.count()):
        window.show_page("detail")
        window.detail.tabs.setCurrentIndex(tab)
        assert clipped(window) == [], window.detail.tabs.tabText(tab)


@LONGER
def test_stamp_dialog_fits_longer_words(
    ctx: DeskContext, qtbot: Any, language: Language, code: str
) -> None:
    language(code)
    carnet_id = ctx.read(desk.sample_carnet_id)
    assert carnet_id is not None
    number = str(ctx.read(desk.carnet_detail, carnet_id, today=TODAY).carnet.number)
    dialog = StampDialog(
        number=number,
        today=TODAY,
        countries=ctx.read(desk.country_choices),
        checker=lambda request: ctx.read(movements.check_stamp, number, request, today=TODAY),
        picker=lambda action, country: ctx.read(desk.stamp_picker, number, action, country),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.run_check()
    assert clipped(dialog) == []
    assert dialog.width() <= 820


@LONGER
def test_issuing_wizard_fits_longer_words(
    ctx: DeskContext, qtbot: Any, language: Language, code: str
) -> None:
    language(code)
    wizard = IssuingWizard(ctx, ctx.read(drafts.issuing_desk))
    qtbot.addWidget(wizard)
    wizard.show()
    for page_id in wizard.pageIds():
        wizard.setStartId(page_id)
        wizard.restart()
        assert clipped(wizard) == [], wizard.currentPage().title()
        assert wizard.width() <= 1180, wizard.currentPage().title()

"""French titles the clerk could not read whole: the wizard's steps panel cut « Utilisations et
manifestation » and « Vérification et délivrance » (the list scrolled them out of view), and
the general list's narrow columns cut « N° d'ordre », « N° de série / marques » and
« Origine » at both ends. Measured as Qt paints them, at 1024×640, in French."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtWidgets import QApplication

from carnet_app.gui import i18n
from carnet_app.gui.context import DeskContext
from carnet_app.gui.issuing.goods_model import Col
from carnet_app.gui.issuing.wizard import IssuingWizard
from carnet_app.services import drafts
from tests.gui.clipping import clipped_headers, clipped_list_items


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    default = QLocale()
    i18n.install_language("fr", qapp)
    yield
    i18n.install_language("en", qapp)
    QLocale.setDefault(default)


@pytest.fixture
def wizard(ctx: DeskContext, french: None, qtbot: Any) -> Iterator[IssuingWizard]:
    shown = IssuingWizard(ctx, ctx.read(drafts.issuing_desk))
    shown.resize(1024, 640)
    shown.show()
    yield shown
    # deleted now, while Python is whole: a wizard left to interpreter exit can crash PySide
    shown.hide()
    shown.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    del shown
    gc.collect()


def on_step(wizard: IssuingWizard, page_id: int) -> None:
    wizard.setStartId(page_id)
    wizard.restart()
    wizard.resize(1024, 640)
    QApplication.processEvents()


@pytest.mark.slow  # the longest of its file; CI runs it (the slow set)
def test_every_french_step_title_shows_whole_in_the_steps_panel(wizard: IssuingWizard) -> None:
    titles = [wizard.side.steps.item(row).text() for row in range(wizard.side.steps.count())]
    assert "Utilisations et manifestation" in titles
    assert "Vérification et délivrance" in titles
    for page_id in wizard.pageIds():
        on_step(wizard, page_id)  # the current step is bold, hence wider
        assert clipped_list_items(wizard.side) == [], wizard.currentPage().title()


def test_the_general_list_shows_its_french_column_titles_whole(wizard: IssuingWizard) -> None:
    on_step(wizard, wizard.pageIds()[wizard.pages.index(wizard.goods_page)])
    table = wizard.goods_page.editor.table
    model = table.model()
    description = str(model.headerData(Col.DESCRIPTION, Qt.Orientation.Horizontal))
    # the short columns widen to their titles; only the long description title may be cut...
    assert clipped_headers(table, allowed={description}) == []
    # ...at its end, with a tip that says it whole
    header = table.horizontalHeader()
    assert header.textElideMode() == Qt.TextElideMode.ElideRight
    alignment = model.headerData(
        Col.DESCRIPTION, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole
    )
    assert alignment & int(Qt.AlignmentFlag.AlignLeft)
    assert model.headerData(Col.DESCRIPTION, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_the_itinerary_shows_its_french_column_titles_whole(wizard: IssuingWizard) -> None:
    on_step(wizard, wizard.pageIds()[wizard.pages.index(wizard.itinerary_page)])
    assert clipped_headers(wizard.itinerary_page.table) == []

"""One number format per locale across the desk (issues 12 and 16: "704,860.00" was shown under
"704 860.00"): every amount on the list, the detail page, the dashboard, the quote view and
the management page is written the locale's one way, the way babel writes it."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QWidget

from carnet_app import number_format
from carnet_app.domain.application import parse_application
from carnet_app.gui import i18n
from carnet_app.gui.context import DeskContext
from carnet_app.gui.issuing.quote_view import QuoteView
from carnet_app.gui.main_window import MainWindow
from carnet_app.services import desk
from carnet_app.services.quotes import quote_for_application
from tests.conftest import TEST_DATA
from tests.gui.conftest import TODAY

Language = Callable[[str], i18n.InstalledLanguage]
NNBSP = "\u202f"
# an amount as each locale writes it: grouped by three, two decimals, the currency after
AMOUNT = {
    "en": re.compile(r"\b\d{1,3}(?:,\d{3})*\.\d{2} [A-Z]{3}\b"),
    "fr": re.compile(rf"\b\d{{1,3}}(?:{NNBSP}\d{{3}})*,\d{{2}} [A-Z]{{3}}\b"),
}
# what the other conventions would leave on the screen
FOREIGN = {
    "en": re.compile(rf"\d[{NNBSP}\u00a0]\d{{3}}|\d,\d{{2}}(?!\d)|\b\d{{4,}}\.\d{{2}}\b"),
    "fr": re.compile(r"\d,\d{3}[,.]\d|\d\.\d{2} [A-Z]{3}\b|\b\d{4,},\d{2}\b"),
}


@pytest.fixture
def locale_of(language: Language) -> Iterator[Callable[[str], None]]:
    def install(code: str) -> None:
        language(code)
        # the tests run under Qt's neutral "C" locale: give each language its own conventions
        QLocale.setDefault(QLocale("en_GB" if code == "en" else "fr_FR"))

    yield install


def shown_texts(root: QWidget) -> list[str]:
    """Every text a user can read in ROOT: labels, buttons and the cells of every view."""
    texts: list[str] = []
    for label in root.findChildren(QLabel):
        texts.append(label.text())
    for button in root.findChildren(QAbstractButton):
        texts.append(button.text())
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for row in range(min(model.rowCount(), 60)):
            for column in range(model.columnCount()):
                value = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
                if isinstance(value, str):
                    texts.append(value)
    return texts


def check_screen(root: QWidget, code: str, *, amounts_expected: bool = True) -> list[str]:
    texts = shown_texts(root)
    foreign = [t for t in texts if FOREIGN[code].search(t)]
    assert foreign == [], f"another locale's number format in {type(root).__name__}: {foreign}"
    amounts = [m.group(0) for t in texts for m in AMOUNT[code].finditer(t)]
    if amounts_expected:
        assert amounts, f"no amount found on {type(root).__name__}"
    return amounts


@pytest.mark.parametrize(("code", "written"), [("en", "704,860.00 EUR"), ("fr", "704 860,00 EUR")])
def test_the_desk_writes_an_amount_the_way_babel_writes_it_for_the_locale(
    locale_of: Callable[[str], None], code: str, written: str
) -> None:
    locale_of(code)
    expected = written.replace(" ", NNBSP, 1) if code == "fr" else written
    assert i18n.format_money(Decimal("704860.00"), "EUR") == expected
    babel_locale = "en_GB" if code == "en" else "fr_FR"
    assert number_format.money_text(Decimal("704860"), "EUR", babel_locale) == expected


@pytest.mark.parametrize("code", ["en", "fr"])
def test_every_screen_shows_amounts_in_the_one_format_of_its_locale(
    locale_of: Callable[[str], None], ctx: DeskContext, qtbot: Any, code: str
) -> None:
    locale_of(code)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.start()

    window.show_page("list")
    listed = check_screen(window.list_page, code)
    # the list's value column and the detail page write the same carnet's value identically
    carnet_id = ctx.read(desk.sample_carnet_id)
    assert carnet_id is not None
    window.open_carnet(carnet_id, "goods")
    on_detail = check_screen(window.detail, code)
    assert listed and on_detail

    window.show_page("dashboard")
    check_screen(window.dashboard, code, amounts_expected=False)

    window.show_page("management")
    check_screen(window.management, code)

    application = parse_application(
        json.loads((TEST_DATA / "application-film-shoot.json").read_text("utf-8"))
    )
    quote = ctx.read(
        lambda session: quote_for_application(session, application, home_country="FR", today=TODAY)
    )
    view = QuoteView()
    qtbot.addWidget(view)
    view.show_quote(quote)
    amounts = check_screen(view, code)
    assert i18n.format_money(quote.security.amount, quote.security.currency) in amounts
    assert i18n.format_money(quote.fees.total, quote.fees.currency) in " ".join(shown_texts(view))

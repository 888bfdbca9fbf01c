"""The desk in French: the main window, the stamp dialog and the issuing wizard show the
catalogue's French (Qt's own buttons included), dates and amounts as French writes them, and
no English string the catalogue translates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWizard

from carnet_app.gui import i18n
from carnet_app.gui.context import DeskContext
from carnet_app.gui.dialogs.stamp import StampDialog
from carnet_app.gui.issuing.settings_dialog import SettingsDialog
from carnet_app.gui.issuing.wizard import IssuingWizard
from carnet_app.gui.main_window import MainWindow
from carnet_app.services import desk, drafts, movements
from tests.gui.conftest import TODAY
from tests.i18n.screens import still_english

Language = Callable[[str], i18n.InstalledLanguage]


def open_window(ctx: DeskContext, qtbot: Any) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.start()
    return window


def open_sample_carnet(window: MainWindow) -> str:
    carnet_id = window.ctx.read(desk.sample_carnet_id)
    assert carnet_id is not None
    window.open_carnet(carnet_id)
    assert window.detail.detail is not None
    return str(window.detail.detail.carnet.number)


def test_the_main_window_speaks_french(ctx: DeskContext, qtbot: Any, language: Language) -> None:
    assert language("fr").language == "fr"
    window = open_window(ctx, qtbot)

    menus = [action.text() for action in window.menuBar().actions()]
    # Help is last: the issuing menus go before it (found by object, not by its text)
    assert menus[:3] == ["&Fichier", "&Carnet", "A&ller à"] and menus[-1] == "&Aide"
    assert {"&Délivrance", "&Outils"} <= set(menus)
    pages = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert pages == ["Tableau de bord", "Carnets", "Carnet", "Pilotage"]
    dashboard = window.dashboard
    assert dashboard.refresh_button.text() == "Actualiser"
    assert dashboard.subtitle.text().startswith("Nous sommes le 27/11/2026 · ")
    groups = [dashboard.group_buttons[u].text().split(" (")[0] for u in ("overdue", "this week")]
    assert groups == ["En retard", "Cette semaine"]
    tabs = [dashboard.categories.tabText(i).split(" (")[0] for i in range(2)]
    assert tabs == ["Échéances", "Avis"]
    headers = dashboard.model
    assert [headers.headerData(c, _horizontal()) for c in range(headers.columnCount())] == [
        "Échéance",
        "Jours",
        "Carnet",
        "Titulaire",
        "Objet",
        "Détails",
    ]
    assert window.list_page.search.placeholderText().startswith("Numéro, titulaire")

    open_sample_carnet(window)
    tabs = window.detail.tabs
    assert [tabs.tabText(i).split("  (")[0] for i in range(tabs.count())] == [
        "Aperçu",
        "Liste générale",
        "Mouvements",
        "Volets",
        "Irrégularités",
        "Réclamations",
        "Documents",
        "Justificatifs",
        "Historique",
    ]
    field_names = {label.text() for label in window.detail.findChildren(QLabel)}
    assert {"Statut", "Valable jusqu'au", "Titulaire", "Garantie", "Frais"} <= field_names
    valid_until = window.detail.fields["valid_until"].text()
    assert len(valid_until) == 10 and valid_until[2] == "/" and valid_until[5] == "/"
    for page in ("dashboard", "list", "detail"):
        window.show_page(page)
        assert still_english(window) == [], page


def test_the_stamp_dialog_speaks_french(ctx: DeskContext, qtbot: Any, language: Language) -> None:
    language("fr")
    window = open_window(ctx, qtbot)
    number = open_sample_carnet(window)
    dialog = StampDialog(
        number=number,
        today=TODAY,
        countries=ctx.read(desk.country_choices),
        checker=lambda request: ctx.read(movements.check_stamp, number, request, today=TODAY),
        picker=lambda action, country: ctx.read(desk.stamp_picker, number, action, country),
        parent=window,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == f"Enregistrer un visa douanier — {number}"
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"Opération", "Pays", "Bureau de douane", "Lieu", "Date du visa"} <= labels
    assert dialog.save_button.text() == "Enregistrer le visa"
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Annuler"  # Qt's own catalogue (qtbase_fr) is installed too
    actions = [dialog.action.itemText(i) for i in range(dialog.action.count())]
    assert actions[:4] == ["Exportation", "Importation", "Réexportation", "Réimportation"]
    assert dialog.on.displayFormat() == "dd/MM/yyyy"
    assert dialog.on.text() == "27/11/2026"
    assert dialog.verdict.text().startswith(("Refusé", "Le registre accepte", "Irrégulier"))
    assert still_english(dialog) == []


def test_the_issuing_wizard_speaks_french(ctx: DeskContext, qtbot: Any, language: Language) -> None:
    language("fr")
    wizard = IssuingWizard(ctx, ctx.read(drafts.issuing_desk))
    qtbot.addWidget(wizard)
    wizard.show()
    assert [page.title() for page in wizard.pages] == [
        "Titulaire",
        "Utilisations et manifestation",
        "Itinéraire",
        "Liste générale",
        "Devis",
        "Vérification et délivrance",
    ]
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "Suivant >"
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "Délivrer le carnet"
    assert wizard.buttonText(QWizard.WizardButton.CustomButton1) == "Enregistrer le brouillon"
    assert wizard.buttonText(QWizard.WizardButton.BackButton) == "< &Précédent"  # Qt's
    uses = {box.text() for box in wizard.uses_page.use_boxes.values()}
    assert "PE — Matériel professionnel" in uses
    assert still_english(wizard) == []


def test_the_settings_offer_the_language_and_store_it(
    ctx: DeskContext, qtbot: Any, language: Language
) -> None:
    language("fr")
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show_page("language")
    choice = dialog.language.choice
    assert [choice.itemText(i) for i in range(choice.count())] == [
        "Comme le système",
        "English",
        "Français",
    ]
    choice.setCurrentIndex(choice.findData("en"))
    assert ctx.settings.value(i18n.LANGUAGE_KEY) == "en"
    assert "prochain démarrage" in dialog.language.message.text()
    assert i18n.chosen_language(ctx.settings.value(i18n.LANGUAGE_KEY)) == "en"
    assert still_english(dialog) == []


def test_dates_and_amounts_follow_the_locale_and_stay_exact(language: Language) -> None:
    language("fr")
    assert i18n.format_date(date(2026, 3, 2)) == "02/03/2026"
    assert i18n.format_money(Decimal("1234567.50"), "EUR") == "1\u202f234\u202f567,50 EUR"
    assert i18n.format_money(Decimal("0.10"), "CHF") == "0,10 CHF"
    assert i18n.format_decimal(Decimal("-12345678901234567.89")) == (
        "-12\u202f345\u202f678\u202f901\u202f234\u202f567,89"
    )
    language("en")


def _horizontal() -> Any:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal

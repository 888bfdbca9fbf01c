"""The menu entries of the issuing desk and what they open (non-modal windows, kept alive
here until they close)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QWidget

from carnet_app.errors import UserError
from carnet_app.gui.context import DeskContext
from carnet_app.gui.errors import show_error
from carnet_app.gui.issuing.pickers import DraftPickerDialog, EarlierCarnetDialog
from carnet_app.gui.issuing.wizard import IssuingWizard
from carnet_app.services import drafts
from carnet_app.services.drafts import DraftForm, IssuingDesk


class IssuingActions(QObject):
    """Signals:
    carnet_issued(int, str): a wizard issued a carnet (id, number); show it.
    """

    carnet_issued = Signal(int, str)

    def __init__(self, window: QWidget, ctx: DeskContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self._open: list[QWidget] = []
        self.new_carnet_action = self._action(
            self.tr("&New carnet…"), self.new_carnet, "Ctrl+Shift+N"
        )
        self.open_draft_action = self._action(
            self.tr("Open &draft…"), self.open_draft, "Ctrl+Shift+O"
        )
        self.copy_action = self._action(
            self.tr("New carnet from an &earlier one…"), self.copy_carnet
        )
        self.trip_action = self._action(self.tr("&Trip planner…"), self.trip_planner, "Ctrl+T")
        self.packing_action = self._action(self.tr("&Packing list…"), self.packing_list)
        self.settings_action = self._action(
            self.tr("&Settings…"), self.settings, QKeySequence.StandardKey.Preferences
        )

    def _action(
        self,
        text: str,
        slot: Any,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def issue_menu(self, parent: QWidget | None = None) -> QMenu:
        menu = QMenu(self.tr("&Issue"), parent)
        menu.addAction(self.new_carnet_action)
        menu.addAction(self.copy_action)
        menu.addAction(self.open_draft_action)
        return menu

    def tools_menu(self, parent: QWidget | None = None) -> QMenu:
        menu = QMenu(self.tr("&Tools"), parent)
        menu.addAction(self.trip_action)
        menu.addAction(self.packing_action)
        menu.addSeparator()
        menu.addAction(self.settings_action)
        return menu

    # ------------------------------------------------------------------ opening

    def _keep(self, widget: QWidget) -> QWidget:
        widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self._open.append(widget)
        widget.destroyed.connect(lambda _o=None, w=widget: self._forget(w))
        widget.show()
        return widget

    def _forget(self, widget: QWidget) -> None:
        if widget in self._open:
            self._open.remove(widget)

    def _desk(self) -> IssuingDesk | None:
        try:
            desk: IssuingDesk = self.ctx.read(drafts.issuing_desk)
        except UserError as exc:
            QMessageBox.warning(
                self.window,
                self.tr("Set up the issuing association first"),
                self.tr("%1\n\nOpen Tools > Settings > Association.").replace("%1", str(exc)),
            )
            return None
        except Exception as exc:
            show_error(self.window, exc)
            return None
        return desk

    def open_wizard(
        self,
        *,
        form: DraftForm | None = None,
        draft_id: int | None = None,
        draft_version: int | None = None,
    ) -> IssuingWizard | None:
        desk = self._desk()
        if desk is None:
            return None
        wizard = IssuingWizard(
            self.ctx, desk, form=form, draft_id=draft_id, draft_version=draft_version
        )
        wizard.carnet_issued.connect(self.carnet_issued)
        self._keep(wizard)
        return wizard

    @Slot()
    def new_carnet(self) -> IssuingWizard | None:
        return self.open_wizard()

    @Slot()
    def open_draft(self, draft_id: int | None = None) -> IssuingWizard | None:
        chosen = draft_id if draft_id is not None else DraftPickerDialog.ask(self.window, self.ctx)
        if chosen is None:
            return None
        try:
            loaded: drafts.LoadedDraft = self.ctx.read(drafts.load_draft, chosen)
        except Exception as exc:
            show_error(self.window, exc)
            return None
        return self.open_wizard(form=loaded.form, draft_id=loaded.id, draft_version=loaded.version)

    @Slot()
    def copy_carnet(self, carnet_id: int | None = None) -> IssuingWizard | None:
        chosen = (
            carnet_id if carnet_id is not None else EarlierCarnetDialog.ask(self.window, self.ctx)
        )
        if chosen is None:
            return None
        try:
            form: DraftForm = self.ctx.read(drafts.form_from_carnet, chosen)
        except Exception as exc:
            show_error(self.window, exc)
            return None
        return self.open_wizard(form=form)

    @Slot()
    def trip_planner(self, carnet_id: int | None = None) -> QWidget:
        from carnet_app.gui.issuing.trip_planner import TripPlannerDialog

        return self._keep(TripPlannerDialog(self.ctx, carnet_id=carnet_id))

    @Slot()
    def packing_list(self, carnet_id: int | None = None) -> QWidget:
        from carnet_app.gui.issuing.packing_list import PackingListDialog

        return self._keep(PackingListDialog(self.ctx, carnet_id=carnet_id))

    @Slot()
    def settings(self) -> QWidget:
        from carnet_app.gui.issuing.settings_dialog import SettingsDialog

        return self._keep(SettingsDialog(self.ctx))


def install_issuing_actions(window: QMainWindow, ctx: DeskContext) -> IssuingActions:
    """Add the Issue and Tools menus to the main window (before Help when there is one) and
    show each newly issued carnet with ``window.open_carnet(id)`` when the window has it."""
    actions = IssuingActions(window, ctx)
    bar = window.menuBar()
    help_action = next(
        (a for a in bar.actions() if a.text().replace("&", "").lower() == "help"), None
    )
    for menu in (actions.issue_menu(bar), actions.tools_menu(bar)):
        if help_action is not None:
            bar.insertMenu(help_action, menu)
        else:
            bar.addMenu(menu)
    opener = getattr(window, "open_carnet", None)
    if callable(opener):
        actions.carnet_issued.connect(lambda carnet_id, _number: opener(carnet_id))
    return actions

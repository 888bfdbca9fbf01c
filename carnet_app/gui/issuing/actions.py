"""The menu entries of the issuing desk and what they open (non-modal windows, kept alive
here until they close)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QMessageBox, QWidget

from carnet_app.gui import style
from carnet_app.gui.context import DeskContext
from carnet_app.gui.errors import show_error
from carnet_app.gui.issuing.pickers import DraftPickerDialog, EarlierCarnetDialog
from carnet_app.gui.issuing.recovery import RecoveredForm, RecoveryStore
from carnet_app.gui.issuing.wizard import IssuingWizard
from carnet_app.services import drafts, settings
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
        self._recovery: RecoveryStore | None = None
        self.new_carnet_action = self._action(
            self.tr("&New carnet…"), self.new_carnet, QKeySequence.StandardKey.New
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
        slot: Callable[[], object],
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

    def recovery(self) -> RecoveryStore:
        """The safety copies for the database open now (a new store when it changed)."""
        url = self.ctx.database.url
        if self._recovery is None or self._recovery.database != url:
            if self._recovery is not None:
                self._recovery.close()
            self._recovery = RecoveryStore(self.ctx.paths.data_dir, url)
        return self._recovery

    def _desk(self) -> IssuingDesk | None:
        if self.ctx.read(settings.association_info) is None:
            from carnet_app.gui.first_run import AssociationSetupDialog

            # the wizard needs the association: set it up here, then go on
            if AssociationSetupDialog(self.ctx, self.window).exec() != QDialog.DialogCode.Accepted:
                return None
        try:
            desk: IssuingDesk = self.ctx.read(drafts.issuing_desk)
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
            self.ctx,
            desk,
            form=form,
            draft_id=draft_id,
            draft_version=draft_version,
            recovery=self.recovery().slot(),
        )
        wizard.carnet_issued.connect(self.carnet_issued)
        self._keep(wizard)
        return wizard

    def offer_recovery(self) -> list[IssuingWizard]:
        """Offer back each application a desk that stopped left unsaved; the wizards
        reopened."""
        reopened: list[IssuingWizard] = []
        for left in self.recovery().left_behind():
            answer = self._ask_recover(left)
            if answer is QMessageBox.StandardButton.Open:
                wizard = self.open_wizard(
                    form=left.form, draft_id=left.draft_id, draft_version=left.draft_version
                )
                if wizard is not None:
                    left.discard()
                    wizard.autosave_now()
                    reopened.append(wizard)
            elif answer is QMessageBox.StandardButton.Discard:
                left.discard()
        return reopened

    def _ask_recover(self, left: RecoveredForm) -> QMessageBox.StandardButton:
        holder = left.form.holder_name.strip() or self.tr("no holder yet")
        when = left.saved_at.astimezone()
        box = QMessageBox(self.window)
        box.setObjectName("RecoverApplication")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Recover unsaved work"))
        box.setText(
            self.tr(
                "Carnet Desk stopped while a carnet application was being typed (%1, %2 "
                "lines, last copied on %3 at %4). Reopen it?"
            )
            .replace("%1", holder)
            .replace("%2", str(sum(1 for line in left.form.lines if not line.is_blank())))
            .replace("%3", style.date_text(when.date()))
            .replace("%4", when.strftime("%H:%M"))
        )
        box.setStandardButtons(
            QMessageBox.StandardButton.Open
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.button(QMessageBox.StandardButton.Open).setText(self.tr("Reopen"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Ask me later"))
        box.setDefaultButton(QMessageBox.StandardButton.Open)
        box.exec()
        clicked = box.standardButton(box.clickedButton())
        return (
            clicked
            if clicked != QMessageBox.StandardButton.NoButton
            else (QMessageBox.StandardButton.Cancel)
        )

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
    # found by its object name: the text is translated
    help_menu = bar.findChild(QMenu, "HelpMenu")
    help_action = help_menu.menuAction() if help_menu is not None else None
    for menu in (actions.issue_menu(bar), actions.tools_menu(bar)):
        if help_action is not None:
            bar.insertMenu(help_action, menu)
        else:
            bar.addMenu(menu)
    opener = getattr(window, "open_carnet", None)
    if callable(opener):
        actions.carnet_issued.connect(lambda carnet_id, _number: opener(carnet_id))
    return actions

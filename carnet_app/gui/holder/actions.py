"""The holder's menu entries and the desk-role view: register, receive, send the record back,
check a record in; on a holder's desk the chamber-only menus are hidden."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from carnet_app.errors import CarnetError, UserError
from carnet_app.gui.context import DeskContext
from carnet_app.gui.errors import show_error
from carnet_app.keys import KeyStore
from carnet_app.services import carnet_file
from carnet_app.services.holder_desk import is_holder_desk
from carnet_app.services.signed_files import (
    TrustRequest,
    export_public_key,
    read_signed_file,
    trusted_keys,
)

CHAMBER_ONLY_MENUS = ("issue",)  # menu titles (without "&") a holder's desk does not show


class HolderActions(QObject):
    def __init__(self, window: QMainWindow, ctx: DeskContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.register_action = self._action(
            self.tr("Re&gister a carnet issued elsewhere…"), self.register
        )
        self.receive_action = self._action(self.tr("Recei&ve a carnet file…"), self.receive)
        self.checkin_action = self._action(self.tr("Chec&k in a holder's record…"), self.check_in)
        self.send_carnet_action = self._action(
            self.tr("Send the signed carnet &file…"), lambda: self.send(record=False)
        )
        self.send_record_action = self._action(
            self.tr("Send my record to the &chamber…"), lambda: self.send(record=True)
        )
        self.key_action = self._action(self.tr("This desk's &key…"), self.show_key)

    def _action(self, text: str, slot: object) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.window.addAction(action)
        return action

    # ---------------------------------------------------------------- drag and drop

    def accept_drops(self) -> None:
        """A signed carnet file dropped onto the window is received like Receive… does."""
        self.window.setAcceptDrops(True)
        self.window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and isinstance(event, QDragEnterEvent | QDropEvent):
            files = dropped_files(event.mimeData().urls())
            if not files:
                return False
            if isinstance(event, QDragEnterEvent):
                event.acceptProposedAction()
                return True
            event.acceptProposedAction()
            for path in files:
                self.receive_file(path)
            return True
        return super().eventFilter(watched, event)

    def add_to(self, menu: QMenu) -> None:
        menu.addSeparator()
        for action in (
            self.register_action,
            self.receive_action,
            self.send_carnet_action,
            self.send_record_action,
            self.checkin_action,
            self.key_action,
        ):
            menu.addAction(action)

    def apply_role(self) -> None:
        """Hide what only a chamber does on a holder's desk (call again after the role changes)."""
        holder = self.ctx.read(is_holder_desk)
        for action in self.window.menuBar().actions():
            if action.text().replace("&", "").strip().lower() in CHAMBER_ONLY_MENUS:
                action.setVisible(not holder)
        self.checkin_action.setVisible(not holder)
        self.send_carnet_action.setVisible(not holder)

    # ---------------------------------------------------------------- actions

    def register(self) -> None:
        from carnet_app.gui.holder.register_wizard import RegisterCarnetDialog

        dialog = RegisterCarnetDialog(self.ctx, self.window)
        if dialog.exec() and dialog.registered_number:
            self._open(dialog.registered_number)

    def receive(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Signed carnet file"), "", self.tr("Carnet files (*.json)")
        )
        if name:
            self.receive_file(Path(name))

    def receive_file(self, path: Path) -> None:
        try:
            signer = read_signed_file(path, carnet_file.CARNET_FORMAT, "signed carnet file").signer
            known = any(k.public_key == signer.text for k in self.ctx.read(trusted_keys))
            if not known:
                answer = QMessageBox.question(
                    self.window,
                    self.tr("A new chamber's key"),
                    self.tr(
                        "This carnet is signed by key %1, which this desk has never seen.\n\n"
                        "Call the issuing chamber and compare the fingerprint. Is it theirs?"
                    ).replace("%1", signer.fingerprint),
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return
            carnet = self.ctx.write(
                carnet_file.receive_carnet,
                path,
                trust=TrustRequest(fingerprint=signer.fingerprint),
                user=self.ctx.user,
                today=self.ctx.today(),
            )
        except UserError as exc:
            QMessageBox.warning(self.window, self.tr("Carnet file refused"), exc.message)
            return
        except CarnetError as exc:
            show_error(self.window, exc)
            return
        self._open(carnet.number or "")

    def check_in(self) -> None:
        from carnet_app.gui.holder.checkin_review import CheckInReviewDialog

        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Holder's record"), "", self.tr("Record files (*.json)")
        )
        if name:
            CheckInReviewDialog(self.ctx, Path(name), self.window).exec()

    def current_number(self) -> str | None:
        detail = getattr(getattr(self.window, "detail", None), "detail", None)
        number = detail.get("number") if isinstance(detail, dict) else None
        return number if isinstance(number, str) else None

    def send(self, *, record: bool) -> None:
        number = self.current_number()
        if number is None:
            QMessageBox.information(
                self.window, self.tr("Send"), self.tr("Open the carnet to send first.")
            )
            return
        suggested = number.replace("/", "-").replace(" ", "-") + (
            "-record.json" if record else ".json"
        )
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save the signed file"), suggested, "JSON (*.json)"
        )
        if name:
            self.send_to(number, Path(name), record=record)

    def send_to(self, number: str, path: Path, *, record: bool) -> dict[str, object] | None:
        send = carnet_file.send_record if record else carnet_file.send_carnet
        try:
            return self.ctx.read(
                send, number, path, keys=KeyStore.for_paths(self.ctx.paths), today=self.ctx.today()
            )
        except UserError as exc:
            QMessageBox.warning(self.window, self.tr("Not sent"), exc.message)
        except CarnetError as exc:
            show_error(self.window, exc)
        return None

    def show_key(self) -> None:
        try:
            key = KeyStore.for_paths(self.ctx.paths).public_key()
        except CarnetError as exc:
            show_error(self.window, exc)
            return
        box = QMessageBox(self.window)
        box.setWindowTitle(self.tr("This desk's key"))
        box.setText(
            self.tr(
                "Fingerprint: %1\n\nRead it out to the other desk when they receive your "
                "first file, or send them the exported key."
            ).replace("%1", key.fingerprint)
        )
        box.setDetailedText(key.text)
        export = box.addButton(self.tr("Export…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is export:
            name, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Export the public key"), "desk-key.json", "JSON (*.json)"
            )
            if name:
                self.ctx.read(export_public_key, Path(name), KeyStore.for_paths(self.ctx.paths))

    def _open(self, number: str) -> None:
        opener = getattr(self.window, "open_carnet_number", None)
        if callable(opener) and number:
            opener(number, "")


def dropped_files(urls: list[QUrl]) -> list[Path]:
    """The local ``.json`` files among dropped URLs (anything else is not a carnet file)."""
    return [
        Path(url.toLocalFile())
        for url in urls
        if url.isLocalFile() and url.toLocalFile().lower().endswith(".json")
    ]


def install_holder_actions(window: QMainWindow, ctx: DeskContext, menu: QMenu) -> HolderActions:
    actions = HolderActions(window, ctx)
    actions.add_to(menu)
    actions.apply_role()
    actions.accept_drops()
    return actions

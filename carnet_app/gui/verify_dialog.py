"""Verify a printed carnet: the desk's door to ``carnet verify``.

The clerk (or the holder, or a customs officer on the phone) chooses or drops a PDF of the
carnet, a scan or a photo of a page (PNG or JPEG); the proof code printed at the top right of
the page is read and checked by the same service as the command line
(``services.proof.verify_file``), off the GUI thread. The answer is said in words: the carnet's
number, the page (cover or voucher), who issued it, and whether the general list is the one the
chamber issued.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from carnet_app.errors import UserError
from carnet_app.gui.context import DeskContext
from carnet_app.gui.errors import show_error
from carnet_app.gui.issuing.common import InlineMessage
from carnet_app.keys import KeyStore
from carnet_app.services.database import Session
from carnet_app.services.proof import Outcome, Verification, verify_file

READABLE_SUFFIXES = (".pdf", ".png", ".jpg", ".jpeg")
DIALOG_NAME = "VerifyDialog"


def readable_files(paths: list[Path]) -> list[Path]:
    return [p for p in paths if p.suffix.lower() in READABLE_SUFFIXES]


class DropArea(QFrame):
    """A framed area that takes one dropped PDF, PNG or JPEG."""

    dropped = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumHeight(72)
        layout = QVBoxLayout(self)
        self.label = QLabel(self.tr("Drop a PDF, PNG or JPEG of the page here"))
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        layout.addWidget(self.label)

    def _files(self, event: QDragEnterEvent | QDropEvent) -> list[Path]:
        urls = event.mimeData().urls()
        return readable_files([Path(u.toLocalFile()) for u in urls if u.isLocalFile()])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._files(event)
        if files:
            event.acceptProposedAction()
            self.dropped.emit(files[0])


class VerifyDialog(QDialog):
    """Choose or drop a page; read its code; say what it proves."""

    verified = Signal(object)  # the Verification, once shown (tests and the status bar)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(DIALOG_NAME)
        self.setWindowTitle(self.tr("Verify a printed carnet"))
        self.path: Path | None = None
        self.verification: Verification | None = None

        intro = QLabel(
            self.tr(
                "Choose the carnet's PDF, a scan or a photo of one page (cover or voucher). "
                "The desk reads the code printed at the top right of the page and checks it "
                "against the issuing chamber's key."
            )
        )
        intro.setWordWrap(True)
        self.drop_area = DropArea(self)
        self.drop_area.dropped.connect(self.verify_path)
        self.choose_button = QPushButton(self.tr("Choose a file…"))
        self.choose_button.clicked.connect(self.choose)
        self.page = QSpinBox()
        self.page.setRange(1, 999)
        self.page.setAccessibleName(self.tr("Page of the PDF"))
        page_label = QLabel(self.tr("Page of a PDF:"))
        page_label.setBuddy(self.page)
        chooser = QHBoxLayout()
        chooser.addWidget(self.choose_button)
        chooser.addStretch(1)
        chooser.addWidget(page_label)
        chooser.addWidget(self.page)

        self.status = InlineMessage(self)
        self.status.setAccessibleName(self.tr("Result"))
        self.number = QLabel()
        self.voucher = QLabel()
        self.issuer = QLabel()
        self.list_check = QLabel()
        for label in (self.number, self.voucher, self.issuer, self.list_check):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Carnet number:"), self.number)
        form.addRow(self.tr("Page:"), self.voucher)
        form.addRow(self.tr("Issued by:"), self.issuer)
        form.addRow(self.tr("General list:"), self.list_check)
        self.details.setVisible(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.drop_area)
        layout.addLayout(chooser)
        layout.addWidget(self.status)
        layout.addWidget(self.details)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(560, 420)

    # ---------------------------------------------------------------- input

    def choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Verify a printed carnet"),
            "",
            self.tr("Carnet pages (*.pdf *.png *.jpg *.jpeg)"),
        )
        if chosen:
            self.verify_path(Path(chosen))

    def verify_path(self, path: Path) -> None:
        """Read PATH's code off the GUI thread; the answer comes back to ``show_result``."""
        self.path = path
        self.verification = None
        self.details.setVisible(False)
        self.status.warning(self.tr("Reading the code on %1…").replace("%1", path.name))
        keys = KeyStore.for_paths(self.ctx.paths)
        page = self.page.value() if path.suffix.lower() == ".pdf" else 1

        def check(session: Session) -> Verification:  # the worker's own read session
            return verify_file(session, path, page=page, keys=keys)

        self.ctx.submit_read(
            check,
            on_done=self.show_result,
            on_error=self.show_failure,
            label=self.tr("Verifying…"),
        )

    # ---------------------------------------------------------------- answer

    def show_result(self, result: Verification) -> None:
        self.verification = result
        outcome = result.outcome
        if outcome is Outcome.NO_CODE:
            self.status.error(
                self.tr(
                    "No carnet code was found in %1. Take the photo closer to the code at the "
                    "top right of the page, flat and in good light, or scan the page."
                ).replace("%1", self.path.name if self.path else "")
            )
            self.details.setVisible(False)
            self.verified.emit(result)
            return
        self.number.setText(result.number or "—")
        self.voucher.setText(result.page or "—")
        self.issuer.setText(self._issuer_text(result))
        self.list_check.setText(self._list_text(outcome))
        self.details.setVisible(True)
        if outcome is Outcome.GENUINE:
            self.status.ok(self.tr("Genuine: the general list matches what the chamber issued."))
        elif outcome is Outcome.SIGNED_LIST_NOT_HELD:
            self.status.ok(self.tr("Signed by a chamber this desk trusts."))
        elif outcome is Outcome.LIST_DIFFERS:
            self.status.error(
                self.tr("NOT GENUINE: the general list does NOT match what the chamber issued.")
            )
        else:
            self.status.error(
                self.tr("NOT GENUINE: the code is not signed by the issuing chamber.")
            )
        self.verified.emit(result)

    def _issuer_text(self, result: Verification) -> str:
        if result.signer is None:
            return self.tr("unknown: no key this desk trusts signed this code")
        name = result.issuer or self.tr("a chamber this desk trusts")
        return self.tr("%1 (key %2)").replace("%1", name).replace("%2", result.signer)

    def _list_text(self, outcome: Outcome) -> str:
        if outcome is Outcome.GENUINE:
            return self.tr("the general list matches what the chamber issued")
        if outcome is Outcome.LIST_DIFFERS:
            return self.tr("the general list does NOT match what the chamber issued")
        if outcome is Outcome.SIGNED_LIST_NOT_HELD:
            return self.tr("this desk does not hold this carnet's general list to compare")
        return self.tr("cannot be checked: the code is not the issuing chamber's")

    def show_failure(self, error: BaseException) -> None:
        self.details.setVisible(False)
        if isinstance(error, UserError):
            if error.field == "page":
                self.status.error(
                    self.tr("This PDF has no page %1.").replace("%1", str(self.page.value()))
                )
            else:
                self.status.error(
                    self.tr(
                        "%1 cannot be read: it is not a PDF, PNG or JPEG the desk can open, "
                        "or it is too large."
                    ).replace("%1", self.path.name if self.path else "")
                )
            return
        self.status.clear_message()
        show_error(self, error)

"""Check-in: the holder's signed record against this desk's, one difference per row for the
clerk to accept or reject; the holder's key fingerprint shown (and confirmed the first time)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carnet_app.errors import UserError
from carnet_app.gui import i18n
from carnet_app.gui.context import DeskContext
from carnet_app.gui.holder.difference_words import difference_words, kind_words
from carnet_app.services import carnet_file, checkin
from carnet_app.services.signed_files import TrustRequest, read_signed_file, trusted_keys


class CheckInReviewDialog(QDialog):
    """Open on a record file; Apply accepts the ticked differences and rejects the others."""

    def __init__(self, ctx: DeskContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.setWindowTitle(self.tr("Check-in of a holder's record"))
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.confirm_key = QCheckBox()
        layout.addWidget(self.confirm_key)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Accept"), self.tr("Difference"), self.tr("What the record says")]
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.fingerprint = ""
        self.load()

    def load(self) -> None:
        try:
            signer = read_signed_file(
                self.path, carnet_file.RECORD_FORMAT, "signed holder's record"
            ).signer
            self.fingerprint = signer.fingerprint
            known = self.ctx.read(trusted_keys)
            trusted = any(k.public_key == signer.text for k in known)
            review = self.ctx.read(
                checkin.check_in,
                self.path,
                trust=TrustRequest(fingerprint=self.fingerprint),
                user=self.ctx.user,
                today=self.ctx.today(),
            )
        except UserError as exc:
            self.heading.setText(exc.message)
            self.confirm_key.hide()
            self.buttons.button(QDialogButtonBox.StandardButton.Apply).setEnabled(False)
            return
        self.heading.setText(
            i18n.plural(
                self.tr(
                    "Carnet %1: %Ln difference(s) between the holder's record and this desk's.",
                    "",
                    len(review.differences),
                ),
                len(review.differences),
            ).replace("%1", review.number)
        )
        self.confirm_key.setText(
            self.tr("Holder's key %1: I checked this fingerprint with the holder").replace(
                "%1", self.fingerprint
            )
        )
        self.confirm_key.setChecked(trusted)
        self.confirm_key.setEnabled(not trusted)
        self.table.setRowCount(len(review.differences))
        for row, difference in enumerate(review.differences):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            # the holder's counterfoils are the proof: their stamp is proposed, ours is kept
            # as an irregularity only when the clerk ticks it
            tick.setCheckState(
                Qt.CheckState.Unchecked
                if difference.kind == checkin.NOT_IN_RECORD
                else Qt.CheckState.Checked
            )
            tick.setData(Qt.ItemDataRole.UserRole, difference.id)
            self.table.setItem(row, 0, tick)
            kind = QTableWidgetItem(f"#{difference.id} {kind_words(difference.kind)}")
            self.table.setItem(row, 1, kind)
            said = QTableWidgetItem(difference_words(difference))
            said.setToolTip(said.text())
            self.table.setItem(row, 2, said)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()  # a change lists one field per line
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def accepted_ids(self) -> list[int]:
        found = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                found.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return found

    def apply(self) -> None:
        if not self.confirm_key.isChecked():
            self.message.setText(
                self.tr("Check the holder's key fingerprint with them and tick the box first.")
            )
            return
        try:
            done = self.ctx.write(
                checkin.check_in,
                self.path,
                accept=self.accepted_ids(),
                trust=TrustRequest(fingerprint=self.fingerprint),
                user=self.ctx.user,
                today=self.ctx.today(),
            )
        except UserError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText(
            self.tr("%1 accepted, %2 rejected.")
            .replace("%1", str(len(done.accepted)))
            .replace("%2", str(len(done.rejected)))
        )
        self.accept()

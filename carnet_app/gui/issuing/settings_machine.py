"""The settings of this machine: the printer's calibration, the data file and its backups."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carnet_app.errors import UserError
from carnet_app.gui import style
from carnet_app.gui.context import DeskContext
from carnet_app.gui.errors import show_error
from carnet_app.gui.issuing.common import InlineMessage, button_row, hint, save_row, section_title
from carnet_app.services import desk, settings

OFFSET_LIMIT_MM = 25  # how far the calibration may move the print, each way
SHEET_MM = (210, 297)  # the A4 calibration sheet the crosshairs are measured on


class PrinterPage(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.offset_x = self._spin(-OFFSET_LIMIT_MM, OFFSET_LIMIT_MM, 1, " mm")
        self.offset_y = self._spin(-OFFSET_LIMIT_MM, OFFSET_LIMIT_MM, 1, " mm")
        self.scale = self._spin(0.9, 1.1, 4, "")
        self.scale.setSingleStep(0.001)
        width, height = SHEET_MM
        self.a_x = self._spin(0, width, 1, " mm")
        self.a_y = self._spin(0, height, 1, " mm")
        self.b_x = self._spin(0, width, 1, " mm")
        self.a_x.setValue(20)
        self.a_y.setValue(20)
        self.b_x.setValue(190)
        self.compute_button = QPushButton(self.tr("Compute from the measurements"))
        self.sheet_button = QPushButton(self.tr("Print the calibration sheet…"))
        self.save_button = QPushButton(self.tr("Save calibration"))
        self.message = InlineMessage()
        form = QFormLayout()
        form.addRow(self.tr("Move right by"), self.offset_x)
        form.addRow(self.tr("Move down by"), self.offset_y)
        form.addRow(self.tr("Scale"), self.scale)
        measured = QGridLayout()
        measured.addWidget(QLabel(self.tr("Crosshair A printed at x")), 0, 0)
        measured.addWidget(self.a_x, 0, 1)
        measured.addWidget(QLabel(self.tr("y")), 0, 2)
        measured.addWidget(self.a_y, 0, 3)
        measured.addWidget(QLabel(self.tr("Crosshair B printed at x")), 1, 0)
        measured.addWidget(self.b_x, 1, 1)
        measured.addWidget(self.compute_button, 1, 3)
        measured.setColumnStretch(4, 1)
        self.a_y.setMaximumWidth(140)
        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("Printer calibration")))
        layout.addWidget(
            hint(
                self.tr(
                    "Overlay printing puts the data on the official pre-printed forms. Print "
                    "the calibration sheet on plain A4 at actual size, measure where crosshairs "
                    "A and B came out (mm from the top-left corner of the paper), and compute."
                )
            )
        )
        layout.addWidget(self.sheet_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(8)
        layout.addWidget(section_title(self.tr("Measured on the sheet")))
        layout.addLayout(measured)
        layout.addSpacing(8)
        layout.addWidget(section_title(self.tr("Correction applied to overlay printing")))
        layout.addLayout(form)
        layout.addLayout(save_row(self.save_button, self.message))
        layout.addStretch(1)
        calibration = ctx.read(settings.printer_calibration)
        self.offset_x.setValue(calibration.offset_x_mm)
        self.offset_y.setValue(calibration.offset_y_mm)
        self.scale.setValue(calibration.scale)
        self.compute_button.clicked.connect(self.compute)
        self.save_button.clicked.connect(self.save)
        self.sheet_button.clicked.connect(self.print_sheet)
        self.preview: QWidget | None = None
        self._saved = self.snapshot()

    def snapshot(self) -> tuple[Decimal, ...]:
        return tuple(self._decimal(spin) for spin in (self.offset_x, self.offset_y, self.scale))

    def has_changes(self) -> bool:
        return self.snapshot() != self._saved

    @staticmethod
    def _spin(low: float, high: float, decimals: int, suffix: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setDecimals(decimals)
        spin.setSingleStep(0.1)
        spin.setSuffix(suffix)
        spin.setMaximumWidth(140)
        return spin

    @staticmethod
    def _decimal(spin: QDoubleSpinBox) -> Decimal:
        return Decimal(f"{spin.value():.{spin.decimals()}f}")

    @Slot()
    def compute(self) -> None:
        try:
            calibration = settings.calibration_from_measurements(
                self._decimal(self.a_x), self._decimal(self.a_y), self._decimal(self.b_x)
            )
        except UserError as exc:
            self.message.error(str(exc))
            return
        self.offset_x.setValue(calibration.offset_x_mm)
        self.offset_y.setValue(calibration.offset_y_mm)
        self.scale.setValue(calibration.scale)
        self.message.warning(self.tr("Computed: check the values and save."))

    @Slot()
    def save(self) -> bool:
        try:
            self.ctx.write(
                settings.save_printer_calibration,
                offset_x_mm=self._decimal(self.offset_x),
                offset_y_mm=self._decimal(self.offset_y),
                scale=self._decimal(self.scale),
                user=self.ctx.user,
            )
        except UserError as exc:
            self.message.error(str(exc))
            return False
        self._saved = self.snapshot()
        self.message.ok(self.tr("Saved: overlay printing uses this correction."))
        return True

    @Slot()
    def print_sheet(self) -> None:
        self.sheet_button.setEnabled(False)
        self.ctx.runner.submit(
            desk.render_calibration_sheet,
            on_done=self._sheet_ready,
            on_error=self._sheet_failed,
            label=self.tr("Preparing the calibration sheet…"),
        )

    def _sheet_ready(self, pdf: bytes) -> None:
        from carnet_app.gui.print_preview import PrintPreviewDialog

        self.sheet_button.setEnabled(True)
        self.preview = PrintPreviewDialog.open_preview(
            self,
            pdf,
            title=self.tr("Printer calibration sheet"),
            file_name="calibration-sheet.pdf",
        )

    def _sheet_failed(self, exc: BaseException) -> None:
        self.sheet_button.setEnabled(True)
        show_error(self, exc)


class DataFilePage(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.location = QLabel()
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location.setWordWrap(True)
        self.file_size = QLabel()
        self.folder = QLabel()
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setWordWrap(True)
        self.copies = QListWidget()
        self.copies.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.open_button = QPushButton(self.tr("Open the backups folder"))
        self.message = InlineMessage()
        form = QFormLayout()
        form.addRow(self.tr("Data file"), self.location)
        form.addRow(self.tr("Size"), self.file_size)
        form.addRow(self.tr("Backups folder"), self.folder)
        buttons = button_row(self.backup_button, self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("Data file and backups")))
        layout.addWidget(
            hint(
                self.tr(
                    "Everything is kept in this file. A backup is a consistent copy taken while "
                    "the desk runs; the ten newest copies are kept."
                )
            )
        )
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("Backup copies, newest first")))
        layout.addWidget(self.copies, 1)
        self.backup_button.clicked.connect(self.backup_now)
        self.open_button.clicked.connect(self.open_folder)
        self.reload()

    def reload(self) -> None:
        info = settings.data_file_info(self.ctx.database, self.ctx.paths.backups_dir)
        self.location.setText(info.location)
        self.file_size.setText(
            self._size(info.size) if info.size is not None else self.tr("(server)")
        )
        self.folder.setText(str(info.backups_dir))
        self.backup_button.setEnabled(info.is_file)
        self.copies.clear()
        for copy in info.backups:
            made = copy.made_at.astimezone()
            stamp = f"{style.date_text(made.date())} {made.strftime('%H:%M')}"
            self.copies.addItem(f"{stamp}   {self._size(copy.size)}   {copy.path.name}")
        if not info.backups:
            self.copies.addItem(self.tr("No backup yet."))

    def _size(self, size: int) -> str:
        if size >= 1024 * 1024:
            return self.tr("%1 MB").replace("%1", f"{size / (1024 * 1024):.1f}")
        return self.tr("%1 kB").replace("%1", f"{size / 1024:.0f}")

    @Slot()
    def backup_now(self) -> None:
        self.backup_button.setEnabled(False)
        self.ctx.runner.submit(
            settings.backup_now,
            self.ctx.database,
            self.ctx.paths.backups_dir,
            on_done=self._backed_up,
            on_error=self._failed,
            label=self.tr("Backing up…"),
        )

    def _backed_up(self, path: Path) -> None:
        self.message.ok(self.tr("Backup written: %1").replace("%1", str(path)))
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.backup_button.setEnabled(True)
        if isinstance(exc, UserError):
            self.message.error(str(exc))
        else:
            show_error(self, exc)

    @Slot()
    def open_folder(self) -> None:
        folder = self.ctx.paths.backups_dir
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

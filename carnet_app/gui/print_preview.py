"""Print preview over PDF bytes (QtPdf), printing at 100 % scale, export to a PDF file.

The PDF layer renders the bytes (in the task runner); this only shows, prints and saves them.
A carnet's forms offer two-sided printing: the caller renders them again with blank backs
(``render --duplex``) so each form starts on a front; on by default when the printer duplexes.
Printing at 100 %: each page is rendered at the printer's resolution and drawn at its true
size on a full page, never fitted, so overlay data lands on the pre-printed boxes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QPointF,
    QSize,
    QSizeF,
    Qt,
    Slot,
)
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carnet_app.errors import CarnetError
from carnet_app.files import write_atomically
from carnet_app.gui.widgets import FlowLayout

log = logging.getLogger(__name__)
POINTS_PER_INCH = 72.0


# Renders the document again, two-sided (with blank backs) or not, and hands the bytes over.
RenderTwoSided = Callable[[bool, Callable[[bytes], None]], None]
_DUPLEX_MODES = (
    QPrinter.DuplexMode.DuplexAuto,
    QPrinter.DuplexMode.DuplexLongSide,
    QPrinter.DuplexMode.DuplexShortSide,
)


def printer_duplexes(printer: QPrinter | None = None) -> bool:
    """Whether ``printer`` (default: the system's default printer) prints on both sides."""
    info = QPrinterInfo(printer) if printer is not None else QPrinterInfo.defaultPrinter()
    return not info.isNull() and any(m in _DUPLEX_MODES for m in info.supportedDuplexModes())


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page at 100 % scale; returns the number of pages sent."""
    printer.setFullPage(True)
    pages = document.pageCount()
    if pages == 0:
        return 0
    first = document.pagePointSize(0)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QSizeF(first.width(), first.height()), QPageSize.Unit.Point),
            QPageLayout.Orientation.Portrait
            if first.height() >= first.width()
            else QPageLayout.Orientation.Landscape,
            QMarginsF(0, 0, 0, 0),
        )
    )
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    try:
        dpi = printer.resolution()
        for page in range(pages):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(
                round(points.width() / POINTS_PER_INCH * dpi),
                round(points.height() / POINTS_PER_INCH * dpi),
            )
            image = document.render(page, size)
            painter.drawImage(0, 0, image)
    finally:
        painter.end()
    return pages


class PrintPreviewDialog(QDialog):
    """Shows a PDF; Print… and Export PDF… act on exactly these bytes."""

    def __init__(
        self,
        pdf: bytes,
        *,
        title: str,
        file_name: str = "document.pdf",
        parent: QWidget | None = None,
        two_sided: RenderTwoSided | None = None,
        duplex: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 620)
        self.pdf = pdf
        self.file_name = file_name
        self._buffer = QBuffer(self)
        self.document = QPdfDocument(self)
        self._load(pdf)
        self.two_sided = two_sided
        self.duplex_box = QCheckBox(
            self.tr("Two-sided printing (adds blank pages so each form starts on a front)")
        )
        self.duplex_box.setChecked(duplex)
        self.duplex_box.setVisible(two_sided is not None)
        self.duplex_box.toggled.connect(self._duplex_toggled)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)

        self.pages_label = QLabel()
        self.previous_button = QPushButton(self.tr("Previous page"))
        self.previous_button.setShortcut(QKeySequence(Qt.Key.Key_PageUp))
        self.next_button = QPushButton(self.tr("Next page"))
        self.next_button.setShortcut(QKeySequence(Qt.Key.Key_PageDown))
        zoom_out = QPushButton(self.tr("Zoom out"))
        zoom_in = QPushButton(self.tr("Zoom in"))
        fit_width = QPushButton(self.tr("Fit width"))
        fit_page = QPushButton(self.tr("Whole page"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.export_button = QPushButton(self.tr("Export PDF…"))
        close = QPushButton(self.tr("Close"))
        bar_widget = QWidget()
        bar = FlowLayout(bar_widget)  # wraps in a narrow window or a longer language
        for button in (
            self.previous_button,
            self.next_button,
            zoom_out,
            zoom_in,
            fit_width,
            fit_page,
        ):
            bar.addWidget(button)
        bar.addWidget(self.pages_label)
        # Enter prints (the default button); it never zooms
        for button in (
            self.previous_button,
            self.next_button,
            zoom_out,
            zoom_in,
            fit_width,
            fit_page,
            self.export_button,
            close,
        ):
            button.setAutoDefault(False)
        self.print_button.setDefault(True)
        bar.addWidget(self.print_button)
        bar.addWidget(self.export_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(bar_widget)
        layout.addWidget(self.duplex_box)
        layout.addWidget(self.view, 1)

        zoom_out.clicked.connect(lambda: self._zoom(1 / 1.25))
        zoom_in.clicked.connect(lambda: self._zoom(1.25))
        fit_width.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        fit_page.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        self.previous_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.view.pageNavigator().currentPageChanged.connect(lambda _p: self._show_page_number())
        self.print_button.clicked.connect(self.print_document)
        self.export_button.clicked.connect(self.export_pdf)
        close.clicked.connect(self.accept)
        self.document.statusChanged.connect(self._status_changed)
        self._status_changed()

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def _load(self, pdf: bytes) -> None:
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    @Slot(bool)
    def _duplex_toggled(self, duplex: bool) -> None:
        if self.two_sided is None:
            return
        self.duplex_box.setEnabled(False)  # until the document comes back
        self.print_button.setEnabled(False)
        self.two_sided(duplex, self.show_pdf)

    def show_pdf(self, pdf: bytes) -> None:
        """Show (and print, and export) ``pdf`` instead: the same document rendered again."""
        self.pdf = pdf
        self._load(pdf)
        self.duplex_box.setEnabled(True)
        self.print_button.setEnabled(True)
        self._show_page_number()

    @Slot()
    def _status_changed(self) -> None:
        status = self.document.status()
        if status == QPdfDocument.Status.Ready:
            self._show_page_number()
        elif status == QPdfDocument.Status.Error:
            self.pages_label.setText(self.tr("This PDF cannot be shown."))

    def current_page(self) -> int:
        """The page shown, from 0."""
        return int(self.view.pageNavigator().currentPage())

    def go_to_page(self, page: int) -> None:
        if 0 <= page < self.page_count:
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
            self._show_page_number()

    def _show_page_number(self) -> None:
        page = self.current_page()
        self.pages_label.setText(
            self.tr("Page %1 of %2")
            .replace("%1", str(page + 1))
            .replace("%2", str(self.page_count))
        )
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page + 1 < self.page_count)

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(8.0, self.view.zoomFactor() * factor)))

    @classmethod
    def choose_printer(cls, parent: QWidget | None, printer: QPrinter) -> bool:
        """The system print dialog (tests monkeypatch this)."""
        dialog = QPrintDialog(printer, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted

    @Slot()
    def print_document(self) -> int:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        if not self.choose_printer(self, printer):
            return 0
        if self.two_sided is not None and self.duplex_box.isChecked():
            printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
        try:
            return print_pdf(self.document, printer)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Printing failed"), str(exc))
            return 0

    @Slot()
    def export_pdf(self) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF"), self.file_name, self.tr("PDF files (*.pdf)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)  # a folder typed in the dialog
            return write_atomically(path, self.pdf, private=False)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), f"{path.parent}: {exc.strerror}")
        except CarnetError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), exc.message)
        return None

    @classmethod
    def open_preview(
        cls,
        parent: QWidget | None,
        pdf: bytes,
        *,
        title: str,
        file_name: str,
        two_sided: RenderTwoSided | None = None,
        duplex: bool = False,
    ) -> PrintPreviewDialog:
        dialog = cls(
            pdf,
            title=title,
            file_name=file_name,
            parent=parent,
            two_sided=two_sided,
            duplex=duplex,
        )
        dialog.show()
        return dialog

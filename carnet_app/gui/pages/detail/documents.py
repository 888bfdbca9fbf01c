"""The documents tab: every form, letter and report the desk makes for the carnet, in one
compact list. Each entry is offered only when it applies (the reason shows as its tooltip
otherwise); the chosen one is rendered in the task runner and opened in the print preview,
which pages through it and prints it at 100 % or saves it as PDF.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carnet_app.domain.carnet_view import CarnetDetailView, CarnetView
from carnet_app.domain.types import HOME, IN_USE_STATUSES, CarnetStatus
from carnet_app.errors import EnvironmentProblem, UserError
from carnet_app.files import write_atomically
from carnet_app.gui import colours
from carnet_app.gui.context import DeskContext
from carnet_app.gui.errors import show_error
from carnet_app.gui.print_preview import PrintPreviewDialog, RenderTwoSided, printer_duplexes
from carnet_app.services import desk
from carnet_app.services.database import Session
from carnet_app.services.holder_desk import is_holder_desk

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class DocumentEntry:
    """One document the desk can make: ``render(session, overlay)`` runs in a read session;
    ``reason`` says why it does not apply now (empty when it does). ``two_sided`` forms can be
    printed on both sides (``render(session, overlay, duplex=True)`` adds the blank backs)."""

    key: str
    label: str
    render: Callable[..., bytes]
    file_name: str
    reason: str = ""
    two_sided: bool = False


class DocumentsTab(QWidget):
    def __init__(
        self,
        ctx: DeskContext,
        on_refused: Callable[[str], None],
        on_saved: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._on_refused = on_refused
        self._on_saved = on_saved
        self.entries: list[DocumentEntry] = []
        self.preview: PrintPreviewDialog | None = None
        tr = self.tr
        intro = QLabel(
            tr(
                "Choose a form, letter or report: the preview pages through it, prints it at "
                "100 % scale or saves it as a PDF file."
            )
        )
        intro.setWordWrap(True)
        self.overlay = QCheckBox(tr("Overlay: data only, for the official pre-printed forms"))
        # one row per document; the second column says why one does not apply now
        self.list = QTreeWidget()
        self.list.setColumnCount(2)
        self.list.setHeaderLabels([tr("Document"), tr("When it applies")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(tr("Documents"))
        # the document takes the spare width; a label still too long is elided, whole in
        # its tooltip (a column sized to its text looked cut off at its edge)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemActivated.connect(lambda _item, _column: self.preview_current())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.preview_button = QPushButton(tr("Preview…"))
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.preview_current)
        self.save_button = QPushButton(tr("Save as PDF…"))
        self.save_button.clicked.connect(self.save_current)
        self.saved: Path | None = None
        self.note = QLabel()
        self.note.setObjectName("PageSubtitle")
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.overlay, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.preview_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- what applies -----------------------------------------------------------------------

    def fill(self, detail: CarnetDetailView) -> None:
        d = detail.carnet
        self.entries = self._entries(d)
        self.list.clear()
        for entry in self.entries:
            item = QTreeWidgetItem([entry.label, entry.reason])
            item.setData(0, ENTRY_ROLE, entry.key)
            item.setToolTip(0, entry.label)
            if entry.reason:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                for column in (0, 1):  # greyed, yet readable in light and dark palettes
                    item.setForeground(column, colours.muted_text())
                item.setToolTip(0, f"{entry.label}\n{entry.reason}")
                item.setToolTip(1, entry.reason)
            self.list.addTopLevelItem(item)
        first = next((row for row, e in enumerate(self.entries) if not e.reason), -1)
        chosen = self.list.topLevelItem(first) if first >= 0 else None
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        self.note.setText(
            self.tr("A draft is printed once it is issued.")
            if d.status is CarnetStatus.DRAFT
            else ""
        )
        self._update_buttons()

    def clear(self) -> None:
        """Nothing of any carnet: no document to make."""
        self.entries = []
        self.list.clear()
        self.note.clear()
        self._update_buttons()

    def entry(self, key: str) -> DocumentEntry | None:
        return next((e for e in self.entries if e.key == key), None)

    def _entries(self, d: CarnetView) -> list[DocumentEntry]:
        tr = self.tr
        number = d.number or ""
        carnet_id = d.id
        stem = number.replace("/", "-")
        status = str(d.status)
        today = self.ctx.today()
        printable = bool(number) and status != "draft"
        not_issued = "" if printable else tr("A draft is printed once it is issued.")
        if d.registered is not None:
            letters_reason = tr("Another chamber issued this carnet: its letters come from it.")
        elif self.ctx.read(is_holder_desk):
            letters_reason = tr("Letters and reports are made by the issuing chamber's desk.")
        else:
            letters_reason = ""
        entries = [
            DocumentEntry(
                f"carnet:{part}",
                label,
                functools.partial(_carnet_part, number=number, part=part, today=today),
                f"{stem}-{part}.pdf",
                not_issued,
                two_sided=True,
            )
            for part, label in (
                ("all", tr("Whole carnet")),
                ("cover", tr("Cover")),
                ("list", tr("General list and continuation sheets")),
                ("vouchers", tr("Voucher sets and counterfoils")),
            )
        ]
        at_home = any(item.where.get(HOME) for item in d.items)
        entries.append(
            DocumentEntry(
                "carnet:trip",
                tr("Trip pack: the next trip's vouchers, filled in"),
                functools.partial(_carnet_part, number=number, part="trip", today=today),
                f"{stem}-trip.pdf",
                not_issued
                or (
                    tr("Only a carnet in use goes on a trip.")
                    if status not in IN_USE_STATUSES
                    else ""
                )
                or ("" if at_home else tr("No goods are at home to take on a trip.")),
            )
        )
        entries.append(
            DocumentEntry(
                "letter:quote",
                tr("Quote letter: security and fees"),
                functools.partial(_quote_letter, carnet_id=carnet_id, today=today),
                f"{stem or carnet_id}-quote.pdf",
                letters_reason
                or (tr("A cancelled carnet needs no quote.") if status == "cancelled" else ""),
            )
        )
        claims = list(d.claims)
        for claim in claims:
            claim_id = claim.id
            country = claim.country
            entries.append(
                DocumentEntry(
                    f"letter:claim:{claim_id}",
                    tr("Claim letter to the holder: claim %1 (%2)")
                    .replace("%1", str(claim_id))
                    .replace("%2", country),
                    functools.partial(_claim_letter, claim_id=claim_id, today=today),
                    f"claim-{claim_id}-letter.pdf",
                    letters_reason,
                )
            )
            entries.append(
                DocumentEntry(
                    f"dossier:{claim_id}",
                    tr("Claim dossier: claim %1 (%2)")
                    .replace("%1", str(claim_id))
                    .replace("%2", country),
                    functools.partial(
                        _claim_dossier, claim_id=claim_id, today=today, user=self.ctx.user
                    ),
                    f"claim-{claim_id}-dossier.pdf",
                    letters_reason,
                )
            )
        if not claims:
            for key, label in (
                ("letter:claim", tr("Claim letter to the holder")),
                ("dossier", tr("Claim dossier")),
            ):
                entries.append(
                    DocumentEntry(key, label, _nothing, "", tr("There is no claim on this carnet."))
                )
        entries.append(
            DocumentEntry(
                "letter:discharge",
                tr("Discharge certificate"),
                functools.partial(_discharge_certificate, number=number, today=today),
                f"{stem}-discharge.pdf",
                letters_reason
                or ("" if status == "discharged" else tr("Made once the carnet is discharged.")),
            )
        )
        entries.append(
            DocumentEntry(
                "report:goods-abroad",
                tr("Goods abroad: every carnet (report)"),
                functools.partial(_goods_abroad_report, today=today),
                "goods-abroad.pdf",
                letters_reason,
            )
        )
        entries.append(
            DocumentEntry(
                "calibration",
                tr("Printer calibration sheet"),
                lambda _session, _overlay: desk.render_calibration_sheet(),
                "calibration-sheet.pdf",
            )
        )
        return entries

    # -- making one -------------------------------------------------------------------------

    @Slot()
    def _update_buttons(self) -> None:
        item = self.list.currentItem()
        usable = item is not None and bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)
        self.preview_button.setEnabled(usable)
        self.save_button.setEnabled(usable)

    def _current_key(self) -> str | None:
        item = self.list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return str(item.data(0, ENTRY_ROLE))

    @Slot()
    def preview_current(self) -> bool:
        key = self._current_key()
        return key is not None and self.make(key)

    @Slot()
    def save_current(self) -> bool:
        key = self._current_key()
        return key is not None and self.make(key, save=True)

    def make(self, key: str, *, save: bool = False) -> bool:
        """Render the document ``key`` and open it in the preview (``save``: straight to a
        PDF file the clerk names); False when it does not apply now (its reason is said)."""
        entry = self.entry(key)
        if entry is None:
            return False
        if entry.reason:
            self._on_refused(entry.reason)
            return False
        overlay = self.overlay.isChecked()
        label = self.tr("Rendering %1…").replace("%1", entry.label)
        if save or not entry.two_sided:
            self.ctx.submit_read(
                entry.render,
                overlay,
                on_done=lambda pdf: (
                    self._save(pdf, entry.file_name)
                    if save
                    else self._show_preview(pdf, entry.label, entry.file_name)
                ),
                on_error=self._failed,
                label=label,
            )
            return True

        def render(two_sided: bool, done: Callable[[bytes], None]) -> None:
            task = functools.partial(entry.render, overlay=overlay, duplex=two_sided)
            self.ctx.submit_read(task, on_done=done, on_error=self._failed, label=label)

        duplex = printer_duplexes()  # two-sided by default when the printer can
        render(
            duplex,
            lambda pdf: self._show_preview(
                pdf, entry.label, entry.file_name, two_sided=render, duplex=duplex
            ),
        )
        return True

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self._on_refused(str(exc))
        else:
            show_error(self, exc)

    def choose_file(self, file_name: str) -> str:
        """The system save dialog (tests monkeypatch this)."""
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), file_name, self.tr("PDF files (*.pdf)")
        )
        return chosen

    def _save(self, pdf: bytes, file_name: str) -> None:
        chosen = self.choose_file(file_name)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            self.saved = write_atomically(path, pdf, private=False)
        except (UserError, EnvironmentProblem, OSError) as exc:
            self._on_refused(str(exc))
            return
        self._on_saved(self.tr("Saved to %1").replace("%1", str(self.saved)))

    def _show_preview(
        self,
        pdf: bytes,
        title: str,
        file_name: str,
        two_sided: RenderTwoSided | None = None,
        duplex: bool = False,
    ) -> None:
        self.preview = PrintPreviewDialog.open_preview(
            self, pdf, title=title, file_name=file_name, two_sided=two_sided, duplex=duplex
        )


# the PDF layer loads when something is printed, not when the desk opens


def _carnet_part(
    session: Session, overlay: bool, *, number: str, part: str, today: date, duplex: bool = False
) -> bytes:
    from carnet_app.services import documents

    if part == "trip":
        return documents.carnet_pdf(session, number, part=part, overlay=overlay, today=today)
    return desk.render_document(
        session, number, part=part, overlay=overlay, today=today, duplex=duplex
    )


def _quote_letter(session: Session, _overlay: bool, *, carnet_id: int, today: date) -> bytes:
    from carnet_app.services import documents

    return documents.carnet_quote_letter_pdf(session, carnet_id, today=today)


def _claim_letter(session: Session, _overlay: bool, *, claim_id: int, today: date) -> bytes:
    from carnet_app.services import documents

    return documents.claim_notice_pdf(session, claim_id, today=today)


def _claim_dossier(
    session: Session, _overlay: bool, *, claim_id: int, today: date, user: str
) -> bytes:
    from carnet_app.services.dossier import claim_dossier_pdf

    return claim_dossier_pdf(session, claim_id, today=today, user=user)


def _discharge_certificate(session: Session, _overlay: bool, *, number: str, today: date) -> bytes:
    from carnet_app.services import documents

    return documents.discharge_certificate_pdf(session, number, today=today)


def _goods_abroad_report(session: Session, _overlay: bool, *, today: date) -> bytes:
    from carnet_app.services import goods_abroad_report

    return goods_abroad_report.report_pdf(session, today=today)


def _nothing(_session: Session, _overlay: bool) -> bytes:
    return b""

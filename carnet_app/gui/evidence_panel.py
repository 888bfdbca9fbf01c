"""The evidence of one carnet: scans, photos and documents attached to it, to one of its
movements or to one of its claims. Drop files on the panel or pick them (the file dialog opens
in the scanner's folder, remembered), save one back out, make a claim's dossier.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carnet_app.errors import CarnetError
from carnet_app.gui import i18n, style
from carnet_app.gui.context import DeskContext
from carnet_app.services.evidence import (
    EvidenceView,
    attach_evidence,
    evidence_of,
    read_evidence_file,
    save_evidence,
)

SCANNER_FOLDER_KEY = "evidence/scanner-folder"
FILE_FILTER = "Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"
CARNET_TARGET = ("carnet", 0)


class EvidencePanel(QWidget):
    """Signals:
    message(str): a line for the status bar.
    dossier_requested(int): make the dossier of claim ID.
    reloaded(list): the carnet's evidence (EvidenceView) as now listed.
    """

    message = Signal(str)
    dossier_requested = Signal(int)
    reloaded = Signal(list)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.number = ""
        self.views: list[EvidenceView] = []
        self._labels: dict[tuple[str, int], str] = {}
        self.setAcceptDrops(True)
        self.hint = QLabel(
            self.tr(
                "Drop scans or photos of stamped counterfoils and vouchers here, or any document "
                "(a customs letter, a bill of lading): PDF, PNG, JPEG or TIFF, 20 MB at most."
            )
        )
        self.hint.setObjectName("PageSubtitle")
        self.hint.setWordWrap(True)
        self.target = QComboBox()
        self.target.setAccessibleName(self.tr("Attach to"))
        self.add_button = QPushButton(self.tr("Add files…"))
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.dossier_button = QPushButton(self.tr("Claim dossier…"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Attached to"), self.tr("File"), self.tr("Added"), self.tr("SHA-256")]
        )
        self.table.setAccessibleName(self.tr("Evidence"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No evidence yet: add the stamped counterfoils as proof."))
        self.empty.setObjectName("PageSubtitle")
        row = QHBoxLayout()
        caption = QLabel(self.tr("Attach to"))
        caption.setBuddy(self.target)
        row.addWidget(caption)
        row.addWidget(self.target, 1)
        row.addWidget(self.add_button)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        actions.addWidget(self.dossier_button)
        # the list, or what to do while there is none, in the same place
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        layout.addWidget(self.stack, 1)
        layout.addLayout(actions)
        self.add_button.clicked.connect(self.pick_files)
        self.save_button.clicked.connect(self.save_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.dossier_button.clicked.connect(self._dossier)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.target.currentIndexChanged.connect(self._update_buttons)
        self._update_buttons()

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    # -- what the panel shows ---------------------------------------------------------------

    def show_carnet(
        self, number: str, movements: list[tuple[int, str]], claims: list[tuple[int, str]]
    ) -> None:
        """The carnet's evidence; ``movements`` and ``claims`` are (id or seq, label) pairs
        offered as what a new file is attached to."""
        self.number = number
        # what each file is attached to, in the desk's language (the view's label is English)
        self._labels = {("movement", seq): label for seq, label in movements}
        self._labels.update({("claim", claim_id): label for claim_id, label in claims})
        self.target.clear()
        self.target.addItem(self.tr("The carnet"), CARNET_TARGET)
        for seq, label in movements:
            self.target.addItem(label, ("movement", seq))
        for claim_id, label in claims:
            self.target.addItem(label, ("claim", claim_id))
        self.reload()

    def clear(self) -> None:
        """Nothing of any carnet: no file listed, nothing to attach to, every button off."""
        self.number = ""
        self.table.clearSelection()
        self.table.setRowCount(0)
        self.views = []
        self._labels = {}
        self.target.clear()
        self.stack.setCurrentWidget(self.empty)
        self._update_buttons()
        self.reloaded.emit([])

    def reload(self) -> None:
        if not self.number:
            return
        self.views = self.ctx.read(evidence_of, self.number)
        self.table.setRowCount(len(self.views))
        for row, view in enumerate(self.views):
            cells = (
                self.attached_to(view),
                f"{view.file_name} ({style.count_text(view.size)} B)",
                f"{style.date_text(view.added_at.date())} {view.added_by}",
                view.sha256[:16] + "…",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(view.note or view.sha256)
                self.table.setItem(row, column, item)
        self.stack.setCurrentWidget(self.table if self.views else self.empty)
        self._update_buttons()
        self.reloaded.emit(list(self.views))

    def select_movement(self, seq: int) -> int:
        """Select the files attached to movement ``seq`` (and offer it as the target of a
        new one); returns how many there are."""
        self.table.clearSelection()
        rows = [row for row, view in enumerate(self.views) if view.movement_seq == seq]
        if rows:
            self.table.setCurrentCell(rows[0], 0)
            self.table.selectRow(rows[0])
            self.table.setFocus()
        for index in range(self.target.count()):  # findData does not compare tuples
            if self.target.itemData(index) == ("movement", seq):
                self.target.setCurrentIndex(index)
        return len(rows)

    def attached_to(self, view: EvidenceView) -> str:
        if view.movement_seq is not None:
            return self._labels.get(("movement", view.movement_seq), view.attached_to)
        if view.claim_id is not None:
            return self._labels.get(("claim", view.claim_id), view.attached_to)
        return self.tr("The carnet")

    def selected(self) -> EvidenceView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.views[rows[0].row()] if rows and rows[0].row() < len(self.views) else None

    @Slot()
    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.save_button.setEnabled(chosen)
        self.open_button.setEnabled(chosen)
        kind, _ = self.target.currentData() or CARNET_TARGET
        self.dossier_button.setEnabled(bool(self.number) and kind == "claim")
        self.add_button.setEnabled(bool(self.number))

    # -- adding -----------------------------------------------------------------------------

    def attach_files(self, paths: list[Path]) -> int:
        """Attach each file to the chosen target; refusals are said, nothing half-done."""
        kind, key = self.target.currentData() or CARNET_TARGET
        added = 0
        for path in paths:
            try:
                content = read_evidence_file(path)
                self.ctx.write(
                    attach_evidence,
                    self.number,
                    file_name=path.name,
                    content=content,
                    user=self.ctx.user,
                    movement_seq=key if kind == "movement" else None,
                    claim_id=key if kind == "claim" else None,
                )
            except CarnetError as refusal:
                self.message.emit(f"{path.name}: {refusal}")
                continue
            added += 1
        if added:
            self.message.emit(i18n.plural(self.tr("%n file(s) kept as evidence", "", added), added))
        self.reload()
        return added

    @Slot()
    def pick_files(self) -> None:
        folder = str(self.ctx.settings.value(SCANNER_FOLDER_KEY, "") or "")
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add evidence"), folder, self.tr(FILE_FILTER)
        )
        if names:
            self.ctx.settings.setValue(SCANNER_FOLDER_KEY, str(Path(names[0]).parent))
            self.attach_files([Path(name) for name in names])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.number and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.attach_files(paths)

    # -- using ------------------------------------------------------------------------------

    @Slot()
    def save_selected(self, target: Path | None = None) -> Path | None:
        view = self.selected()
        if view is None:
            return None
        if target is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), view.file_name)
            if not name:
                return None
            target = Path(name)
        try:
            self.ctx.read(save_evidence, view.id, target)
        except CarnetError as problem:
            self.message.emit(str(problem))
            return None
        self.message.emit(self.tr("Saved to %1").replace("%1", str(target)))
        return target

    @Slot()
    def open_selected(self) -> None:
        view = self.selected()
        if view is None:
            return
        from tempfile import mkdtemp

        copy = Path(mkdtemp(prefix="carnet-evidence-")) / view.file_name
        if self.save_selected(copy) is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))

    @Slot()
    def _dossier(self) -> None:
        kind, key = self.target.currentData() or CARNET_TARGET
        if kind == "claim":
            self.dossier_requested.emit(int(key))

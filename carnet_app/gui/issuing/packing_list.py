"""The packing list: which case each general-list item travels in, the totals per case, and a
simple list to print or export (CSV) for the crew and the customs officer."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, Qt, Slot
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carnet_app.errors import UserError
from carnet_app.gui import i18n, style
from carnet_app.gui.context import DeskContext
from carnet_app.gui.issuing.common import (
    InlineMessage,
    cell,
    esc,
    hint,
    money,
    number,
    section_title,
    tr,
)
from carnet_app.gui.unsaved import may_close
from carnet_app.services import drafts, packing_list
from carnet_app.services.packing_list import PackingList


def packing_html(packing: PackingList, title: str) -> str:
    """The printable list: one table per case, totals per case."""
    parts = [
        f"<h2>{esc(title)}</h2>",
        f"<p>{esc(packing.label)} — {esc(packing.holder)}</p>",
    ]
    by_no = {line.item_no: line for line in packing.lines}
    for case in packing.cases():
        name = case.case or tr("Not packed yet")
        parts.append(f"<h3>{esc(name)}</h3>")
        rows = "".join(
            "<tr>"
            f"<td align='right'>{line.item_no}</td><td>{esc(line.description)}</td>"
            f"<td align='right'>{style.count_text(line.pieces)}</td>"
            f"<td align='right'>{esc(number(line.weight) if line.weight is not None else '')}</td>"
            f"<td align='right'>{esc(money(line.value, packing.currency))}</td></tr>"
            for line in (by_no[no] for no in case.items)
        )
        count = i18n.plural(tr("%Ln item(s)", "", len(case.items)), len(case.items))
        total = (
            f"<tr><td></td><td><b>{esc(count)}</b></td>"
            f"<td align='right'><b>{style.count_text(case.pieces)}</b></td>"
            f"<td align='right'><b>{esc(number(case.weight))} {esc(case.weight_unit)}</b></td>"
            f"<td align='right'><b>{esc(money(case.value, packing.currency))}</b></td></tr>"
        )
        parts.append(
            "<table width='100%' cellspacing='0' cellpadding='3' border='1'>"
            f"<tr><th>{esc(tr('Item'))}</th><th>{esc(tr('Description'))}</th>"
            f"<th>{esc(tr('Pieces'))}</th><th>{esc(tr('Weight'))}</th>"
            f"<th>{esc(tr('Value'))}</th></tr>"
            f"{rows}{total}</table>"
        )
    return "".join(parts)


def html_to_pdf(html: str) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(tr("Packing list"))
    document = QTextDocument()
    document.setHtml(html)
    document.print_(writer)
    del writer
    buffer.close()
    data: QByteArray = buffer.data()
    return bytes(data.data())


class PackingListDialog(QDialog):
    CASE, ITEM, DESCRIPTION, PIECES, WEIGHT, VALUE = range(6)

    def __init__(
        self, ctx: DeskContext, *, carnet_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.packing: PackingList | None = None
        self.setWindowTitle(self.tr("Packing list"))
        self.resize(1100, 760)
        self.carnet = QComboBox()
        self.carnet.setMinimumContentsLength(40)
        self.case_name = QLineEdit()
        self.case_name.setPlaceholderText(self.tr("Case name, e.g. Case 1"))
        # wide enough for its hint in every language (it was clipped in French)
        hint_width = self.case_name.fontMetrics().horizontalAdvance(
            self.case_name.placeholderText()
        )
        self.case_name.setMinimumWidth(hint_width + 24)
        self.assign_button = QPushButton(self.tr("Put the selected items in this case"))
        self.next_case_button = QPushButton(self.tr("Next case name"))
        self.next_case_button.setAutoDefault(False)
        self.assign_button.setDefault(True)  # Enter in the case name puts the lines in it
        self.lines = QTableWidget(0, 6)
        self.lines.setHorizontalHeaderLabels(
            [
                self.tr("Case"),
                self.tr("Item"),
                self.tr("Description"),
                self.tr("Pieces"),
                self.tr("Weight"),
                self.tr("Value"),
            ]
        )
        self.lines.verticalHeader().setVisible(False)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.lines.setColumnWidth(self.CASE, 120)
        self.cases = QTableWidget(0, 5)
        self.cases.setTabKeyNavigation(False)
        self.cases.setHorizontalHeaderLabels(
            [
                self.tr("Case"),
                self.tr("Items"),
                self.tr("Pieces"),
                self.tr("Weight"),
                self.tr("Value"),
            ]
        )
        self.cases.verticalHeader().setVisible(False)
        self.cases.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cases.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.message = InlineMessage()
        self.save_button = QPushButton(self.tr("Save"))
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.print_button = QPushButton(self.tr("Print…"))
        close = QPushButton(self.tr("Close"))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Carnet")))
        top.addWidget(self.carnet, 1)
        assign = QHBoxLayout()
        assign.addWidget(self.case_name)
        assign.addWidget(self.next_case_button)
        assign.addWidget(self.assign_button)
        assign.addStretch(1)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(assign)
        upper_layout.addWidget(self.lines, 1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(section_title(self.tr("Cases")))
        lower_layout.addWidget(self.cases, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setSizes([480, 200])
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addStretch(0)  # the buttons keep their size when there is no message
        for button in (self.save_button, self.csv_button, self.print_button, close):
            buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(
            hint(
                self.tr(
                    "Select lines, type a case name and put them in it (or type the case in "
                    "the first column). Mark each case with its name and the item numbers."
                )
            )
        )
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.carnet.currentIndexChanged.connect(self._carnet_changed)
        self.lines.itemChanged.connect(self._edited)
        self.assign_button.clicked.connect(self.assign_selected)
        self.next_case_button.clicked.connect(self.next_case)
        self.save_button.clicked.connect(self.save)
        self.csv_button.clicked.connect(self.export_csv)
        self.print_button.clicked.connect(self.print_list)
        close.clicked.connect(self.reject)
        choices: list[drafts.CarnetChoice] = ctx.read(drafts.earlier_carnets)
        for choice in choices:
            self.carnet.addItem(f"{choice.number} — {choice.holder}", choice.id)
        if carnet_id is not None and self.carnet.findData(carnet_id) >= 0:
            self.carnet.setCurrentIndex(self.carnet.findData(carnet_id))
        self._carnet_changed()

    # ------------------------------------------------------------------ data

    @Slot()
    def _carnet_changed(self) -> None:
        carnet_id = self.carnet.currentData()
        if carnet_id is None:
            return
        if self.packing is not None and carnet_id != self.packing.carnet_id:
            if not self._may_leave():
                self.carnet.blockSignals(True)
                self.carnet.setCurrentIndex(self.carnet.findData(self.packing.carnet_id))
                self.carnet.blockSignals(False)
                return
        self.show_packing(self.ctx.read(packing_list.packing_list, int(carnet_id)))

    def has_changes(self) -> bool:
        if self.packing is None:
            return False
        saved = {line.item_no: line.case for line in self.packing.lines}
        return self.assignment() != saved

    def _may_leave(self) -> bool:
        return may_close(
            self,
            changed=self.has_changes(),
            text=self.tr("The cases of this packing list are not saved."),
            save=self.save,
        )

    def reject(self) -> None:
        """Close, Esc and the window's close box: ask before the packing is lost."""
        if self._may_leave():
            super().reject()

    def show_packing(self, packing: PackingList) -> None:
        self.packing = packing
        # the general list's headings are offered as case names
        completer = QCompleter(list(packing.heading_cases), self.case_name)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.case_name.setCompleter(completer)
        if packing.proposed_from_headings:
            self.message.warning(
                self.tr(
                    "Cases proposed from the general list's headings: change them if need be, "
                    "then save to keep them."
                )
            )
        else:
            self.message.clear_message()
        self.lines.blockSignals(True)
        self.lines.setRowCount(0)
        for line in packing.lines:
            row = self.lines.rowCount()
            self.lines.insertRow(row)
            self.lines.setItem(row, self.CASE, QTableWidgetItem(line.case))
            cells = [
                str(line.item_no),
                line.description,
                style.count_text(line.pieces),
                f"{number(line.weight)} {line.weight_unit}" if line.weight is not None else "",
                money(line.value, packing.currency),
            ]
            for offset, text in enumerate(cells, start=self.ITEM):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if offset != self.DESCRIPTION:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.lines.setItem(row, offset, item)
            cell(self.lines, row, self.ITEM).setData(Qt.ItemDataRole.UserRole, line.item_no)
        self.lines.blockSignals(False)
        self._show_cases()

    def assignment(self) -> dict[int, str]:
        result = {}
        for row in range(self.lines.rowCount()):
            item_no = int(cell(self.lines, row, self.ITEM).data(Qt.ItemDataRole.UserRole))
            result[item_no] = cell(self.lines, row, self.CASE).text().strip()
        return result

    def _current(self) -> PackingList | None:
        if self.packing is None:
            return None
        cases = self.assignment()
        lines = tuple(
            replace(line, case=cases.get(line.item_no, "")) for line in self.packing.lines
        )
        return PackingList(
            self.packing.carnet_id,
            self.packing.label,
            self.packing.holder,
            self.packing.currency,
            lines,
        )

    def _show_cases(self) -> None:
        current = self._current()
        self.cases.setRowCount(0)
        if current is None:
            return
        for case in current.cases():
            row = self.cases.rowCount()
            self.cases.insertRow(row)
            name = case.case or self.tr("(not packed yet)")
            self.cases.setItem(row, 0, QTableWidgetItem(name))
            self.cases.setItem(row, 1, QTableWidgetItem(_items_text(case.items)))
            for column, text in (
                (2, style.count_text(case.pieces)),
                (3, f"{number(case.weight)} {case.weight_unit}"),
                (4, money(case.value, current.currency)),
            ):
                figure = QTableWidgetItem(text)  # numbers line up on the right
                figure.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.cases.setItem(row, column, figure)

    @Slot(QTableWidgetItem)
    def _edited(self, item: QTableWidgetItem) -> None:
        if item.column() == self.CASE:
            self._show_cases()

    @Slot()
    def assign_selected(self) -> None:
        name = " ".join(self.case_name.text().split())
        rows = sorted({index.row() for index in self.lines.selectedIndexes()})
        if not rows:
            self.message.warning(self.tr("Select the lines to put in the case first."))
            return
        self.lines.blockSignals(True)
        for row in rows:
            cell(self.lines, row, self.CASE).setText(name)
        self.lines.blockSignals(False)
        self._show_cases()
        self.message.ok(
            i18n.plural(self.tr("%Ln line(s) in “%1”.", "", len(rows)), len(rows)).replace(
                "%1", name or "—"
            )
        )

    @Slot()
    def next_case(self) -> None:
        used = {name for name in self.assignment().values() if name}
        n = 1
        while self.tr("Case %1").replace("%1", str(n)) in used:
            n += 1
        self.case_name.setText(self.tr("Case %1").replace("%1", str(n)))

    @Slot()
    def save(self) -> bool:
        if self.packing is None:
            return True
        try:
            saved: PackingList = self.ctx.write_carnet(
                self.packing.carnet_id,
                packing_list.save_packing_cases,
                self.packing.carnet_id,
                self.assignment(),
                user=self.ctx.user,
            )
        except UserError as exc:
            self.message.error(str(exc))
            return False
        self.show_packing(saved)
        self.message.ok(self.tr("Packing list saved."))
        return True

    # ------------------------------------------------------------------ output

    def csv_text(self) -> str:
        current = self._current()
        if current is None:
            return ""
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(
            [
                "case",
                "item_no",
                "description",
                "pieces",
                "weight",
                "weight_unit",
                "value",
                "currency",
            ]
        )
        for line in sorted(current.lines, key=lambda l: (l.case == "", l.case, l.item_no)):  # noqa: E741
            writer.writerow(
                [
                    line.case,
                    line.item_no,
                    line.description,
                    line.pieces,
                    "" if line.weight is None else format(line.weight, "f"),
                    line.weight_unit,
                    format(line.value.quantize(Decimal("0.01")), "f"),
                    current.currency,
                ]
            )
        return out.getvalue()

    @Slot()
    def export_csv(self) -> Path | None:
        if self.packing is None:
            return None
        suggested = Path.home() / f"packing-{self.packing.label.replace('/', '-')}.csv"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the packing list"), str(suggested), self.tr("CSV (*.csv)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        try:
            path.write_text(self.csv_text(), encoding="utf-8-sig", newline="")
        except OSError as exc:
            self.message.error(str(exc))
            return None
        self.message.ok(self.tr("Written to %1").replace("%1", str(path)))
        return path

    def pdf(self) -> bytes:
        current = self._current()
        assert current is not None
        return html_to_pdf(packing_html(current, self.tr("Packing list")))

    @Slot()
    def print_list(self) -> None:
        if self.packing is None:
            return
        from carnet_app.gui.print_preview import PrintPreviewDialog

        PrintPreviewDialog.open_preview(
            self,
            self.pdf(),
            title=self.tr("Packing list — %1").replace("%1", self.packing.label),
            file_name=f"packing-{self.packing.label.replace('/', '-')}.pdf",
        )


def _items_text(numbers: tuple[int, ...]) -> str:
    """1, 2, 3, 5 → "1-3, 5"."""
    parts: list[str] = []
    start = previous = None
    for value in numbers:
        if start is None:
            start = previous = value
        elif previous is not None and value == previous + 1:
            previous = value
        else:
            parts.append(str(start) if start == previous else f"{start}-{previous}")
            start = previous = value
    if start is not None:
        parts.append(str(start) if start == previous else f"{start}-{previous}")
    return ", ".join(parts)

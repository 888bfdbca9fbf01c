"""Column mapping for an imported general list: which column of the file is the description,
the serial number, the pieces... with a live preview of the lines as they will be imported,
checked. The mapping chosen for a set of column names is remembered (QSettings, keyed by the
names), so next month's file from the same exhibitor maps itself."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

from PySide6.QtCore import QSettings, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from carnet_app.errors import UserError
from carnet_app.gui import i18n
from carnet_app.gui.issuing.common import InlineMessage, hint, section_title
from carnet_app.gui.issuing.goods_model import GeneralListModel, configure_goods_view
from carnet_app.services import drafts
from carnet_app.services.drafts import Column
from carnet_app.services.goods_import import (
    HEADER_SEARCH_ROWS,
    ColumnMapping,
    detect_mapping,
    normalise_header,
)

SETTINGS_GROUP = "issuing/import-mappings"
TARGETS: tuple[Column, ...] = (
    Column.DESCRIPTION,
    Column.SERIAL,
    Column.PIECES,
    Column.WEIGHT,
    Column.VALUE,
    Column.ORIGIN,
)
REQUIRED = (Column.DESCRIPTION, Column.VALUE, Column.ORIGIN)


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def mapping_key(header: Sequence[str]) -> str:
    """The QSettings key of a header row: a hash of its normalised column names."""
    names = "|".join(normalise_header(cell) for cell in header)
    return f"{SETTINGS_GROUP}/{hashlib.sha1(names.encode('utf-8')).hexdigest()[:16]}"


def remembered_mapping(settings: QSettings, rows: Sequence[Sequence[str]]) -> ColumnMapping | None:
    for index, header in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if not any(cell.strip() for cell in header):
            continue
        raw = settings.value(mapping_key(header))
        if not isinstance(raw, str):
            continue
        try:
            data = json.loads(raw)
            columns = {Column(name): int(pos) for name, pos in data["columns"].items()}
            return ColumnMapping(index + 1, columns, str(data.get("weight_unit", "kg")))
        except (ValueError, KeyError, TypeError):
            continue
    return None


def remember_mapping(
    settings: QSettings, rows: Sequence[Sequence[str]], mapping: ColumnMapping
) -> None:
    header = rows[mapping.header_row - 1]
    data = {
        "columns": {column.value: position for column, position in mapping.columns.items()},
        "weight_unit": mapping.weight_unit,
    }
    settings.setValue(mapping_key(header), json.dumps(data))
    settings.sync()


class ColumnMappingDialog(QDialog):
    def __init__(
        self,
        rows: Sequence[Sequence[str]],
        *,
        settings: QSettings,
        known_codes: Sequence[str],
        source_name: str,
        currency: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.rows = [list(row) for row in rows]
        self.settings = settings
        self.setWindowTitle(self.tr("Import a general list — %1").replace("%1", source_name))
        self.resize(1120, 760)
        self._width = max((len(row) for row in self.rows[:200]), default=0)

        self.origin = QLabel()
        self.origin.setWordWrap(True)
        self.origin.setObjectName("PageSubtitle")
        self.header_row = QSpinBox()
        self.header_row.setRange(1, max(1, min(HEADER_SEARCH_ROWS, len(self.rows))))
        self.header_row.setMaximumWidth(80)
        self.weight_unit = QComboBox()
        self.weight_unit.addItems(list(drafts.WEIGHT_UNITS))
        self.combos: dict[Column, QComboBox] = {}
        labels = {
            Column.DESCRIPTION: self.tr("Trade description *"),
            Column.SERIAL: self.tr("Serial number / marks"),
            Column.PIECES: self.tr("Number of pieces"),
            Column.WEIGHT: self.tr("Weight"),
            Column.VALUE: self.tr("Value *"),
            Column.ORIGIN: self.tr("Country of origin *"),
        }
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.addWidget(QLabel(self.tr("Column names are in row")), 0, 0)
        grid.addWidget(self.header_row, 0, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(QLabel(self.tr("Weight unit")), 0, 2)
        grid.addWidget(self.weight_unit, 0, 3, Qt.AlignmentFlag.AlignLeft)
        for index, column in enumerate(TARGETS):
            combo = QComboBox()
            combo.setMinimumContentsLength(26)
            self.combos[column] = combo
            row, pair = 1 + index // 2, index % 2
            grid.addWidget(QLabel(labels[column]), row, 2 * pair)
            grid.addWidget(combo, row, 2 * pair + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.remember = QCheckBox(
            self.tr("Remember this mapping for files with these column names")
        )
        self.remember.setChecked(True)

        self.model = GeneralListModel(known_codes, currency=currency, editable=False, parent=self)
        self.preview = QTableView()
        self.preview.setModel(self.model)
        configure_goods_view(self.preview)
        self.raw = QTableWidget()
        self._fill_raw()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.preview, self.tr("Lines as they will be imported, checked"))
        self.tabs.addTab(self.raw, self.tr("The file as it is"))
        self.summary = InlineMessage()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Import lines"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("Match the columns")))
        layout.addWidget(
            hint(
                self.tr(
                    "Choose the column of the file that holds each part of the general list. "
                    "Item numbers are not imported: lines are numbered 1..N in file order."
                )
            )
        )
        layout.addLayout(grid)
        options = QHBoxLayout()
        options.addWidget(self.origin, 1)
        options.addWidget(self.remember)
        layout.addLayout(options)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

        self._start()
        self.header_row.valueChanged.connect(self._header_changed)
        for combo in self.combos.values():
            combo.currentIndexChanged.connect(self._refresh)
        self.weight_unit.currentTextChanged.connect(self._refresh)

    # ------------------------------------------------------------------ setup

    def _fill_raw(self, shown: int = 60) -> None:
        rows = self.rows[:shown]
        self.raw.setRowCount(len(rows))
        self.raw.setColumnCount(self._width)
        self.raw.setHorizontalHeaderLabels([column_letter(i) for i in range(self._width)])
        self.raw.setVerticalHeaderLabels([str(i + 1) for i in range(len(rows))])
        self.raw.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.raw.setItem(r, c, QTableWidgetItem(text))
        self.raw.resizeColumnsToContents()
        for c in range(self._width):
            self.raw.setColumnWidth(c, min(self.raw.columnWidth(c), 320))

    def _start(self) -> None:
        remembered = remembered_mapping(self.settings, self.rows)
        if remembered is not None:
            mapping = remembered
            self.origin.setText(
                self.tr("Using the mapping you chose before for files with these column names.")
            )
        else:
            try:
                mapping = detect_mapping(self.rows)
                self.origin.setText(
                    self.tr("Columns recognised from their names; check them against the preview.")
                )
            except UserError:
                mapping = ColumnMapping(1, {})
                self.origin.setText(
                    self.tr("The column names were not recognised: choose each column below.")
                )
        self.header_row.blockSignals(True)
        self.header_row.setValue(mapping.header_row)
        self.header_row.blockSignals(False)
        self._fill_combos(mapping)
        self._refresh()

    def _fill_combos(self, mapping: ColumnMapping) -> None:
        header = self.rows[mapping.header_row - 1] if self.rows else []
        for column, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), -1)
            for position in range(self._width):
                name = header[position].strip() if position < len(header) else ""
                label = f"{column_letter(position)}: {name}" if name else column_letter(position)
                combo.addItem(label, position)
            wanted = mapping.columns.get(column, -1)
            combo.setCurrentIndex(max(0, combo.findData(wanted)))
            combo.blockSignals(False)
        self.weight_unit.blockSignals(True)
        self.weight_unit.setCurrentText(mapping.weight_unit)
        self.weight_unit.blockSignals(False)

    # ------------------------------------------------------------------ live preview

    def mapping(self) -> ColumnMapping:
        columns = {
            column: int(combo.currentData())
            for column, combo in self.combos.items()
            if combo.currentData() is not None and int(combo.currentData()) >= 0
        }
        return ColumnMapping(self.header_row.value(), columns, self.weight_unit.currentText())

    @Slot(int)
    def _header_changed(self, _row: int) -> None:
        current = self.mapping()
        try:
            detected = detect_mapping(self.rows[current.header_row - 1 : current.header_row])
            mapping = ColumnMapping(current.header_row, detected.columns, detected.weight_unit)
        except UserError:
            mapping = current
        self._fill_combos(mapping)
        self._refresh()

    @Slot()
    def _refresh(self) -> None:
        mapping = self.mapping()
        self.model.set_weight_unit(mapping.weight_unit)
        missing = [column for column in REQUIRED if column not in mapping.columns]
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if missing:
            self.model.set_lines([], remember=False)
            names = ", ".join(self._label(c) for c in missing)
            self.summary.error(self.tr("Choose the file's column for: %1").replace("%1", names))
            ok.setEnabled(False)
            return
        lines = drafts.lines_from_table(self.rows, mapping)
        self.model.set_lines(lines, remember=False)
        check = self.model.check
        ok.setEnabled(bool(lines))
        text = (
            self.tr("%1: %2, %3.")
            .replace("%1", i18n.plural(self.tr("%Ln line(s)", "", len(lines)), len(lines)))
            .replace(
                "%2", i18n.plural(self.tr("%Ln error(s)", "", len(check.errors)), len(check.errors))
            )
            .replace(
                "%3",
                i18n.plural(
                    self.tr("%Ln warning(s)", "", len(check.warnings)), len(check.warnings)
                ),
            )
        )
        if check.errors:
            self.summary.warning(
                text
                + " "
                + self.tr(
                    "Lines in error are imported too, marked in red, to be corrected in the list."
                )
            )
        elif not lines:
            self.summary.error(self.tr("No lines below the column names."))
        else:
            self.summary.ok(text)

    def _label(self, column: Column) -> str:
        return {
            Column.DESCRIPTION: self.tr("trade description"),
            Column.VALUE: self.tr("value"),
            Column.ORIGIN: self.tr("country of origin"),
        }.get(column, column.value)

    def accept(self) -> None:
        if self.remember.isChecked():
            remember_mapping(self.settings, self.rows, self.mapping())
        super().accept()

    # ------------------------------------------------------------------ ask

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        rows: Sequence[Sequence[str]],
        *,
        settings: QSettings,
        known_codes: Sequence[str],
        source_name: str,
        currency: str = "",
    ) -> ColumnMapping | None:
        dialog = cls(
            rows,
            settings=settings,
            known_codes=known_codes,
            source_name=source_name,
            currency=currency,
            parent=parent,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.mapping()

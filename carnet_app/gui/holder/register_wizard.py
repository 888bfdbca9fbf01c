"""Register a carnet issued anywhere: the green cover's facts, the sheets in the booklet and
the general list (pasted from a spreadsheet or imported from a file, with the same checks)."""

from __future__ import annotations

import csv
from io import StringIO
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carnet_app.errors import CarnetError, UserError
from carnet_app.gui import i18n
from carnet_app.gui.context import DeskContext
from carnet_app.gui.errors import show_error
from carnet_app.services import drafts
from carnet_app.services import register as registering
from carnet_app.services.goods_import import read_table


class RegisterCarnetDialog(QDialog):
    """One page: cover, sheets, general list; Register checks everything, then writes once."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.registered_number: str | None = None
        self._known_codes: list[str] = ctx.read(drafts.known_country_codes)
        self.setWindowTitle(self.tr("Register a carnet issued elsewhere"))
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        layout.addLayout(left, 1)

        cover = QGroupBox(self.tr("From the green cover"))
        form = QFormLayout(cover)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("exactly as printed, e.g. US 123456"))
        self.issuer = QLineEdit()
        self.issuer.setPlaceholderText(self.tr("issuing association, e.g. USCIB"))
        self.issuer_country = QLineEdit()
        self.issuer_country.setMaxLength(2)
        self.issued_on = QDateEdit()
        self.valid_until = QDateEdit()
        for field in (self.issued_on, self.valid_until):
            field.setCalendarPopup(True)
            field.setDisplayFormat("yyyy-MM-dd")
        today = ctx.today()
        self.issued_on.setDate(QDate(today.year, today.month, today.day))
        self.valid_until.setDate(self.issued_on.date().addYears(1).addDays(-1))
        self.holder = QLineEdit()
        self.holder_address = QLineEdit()
        self.holder_country = QLineEdit()
        self.holder_country.setMaxLength(2)
        self.representatives = QLineEdit()
        self.representatives.setPlaceholderText(self.tr("names, separated by commas"))
        self.uses = QLineEdit("PE")
        self.countries = QLineEdit()
        self.countries.setPlaceholderText(self.tr("countries listed, e.g. FR, CH"))
        self.transits = QLineEdit()
        self.transits.setPlaceholderText(self.tr("countries crossed in transit, if any"))
        self.currency = QLineEdit("USD")
        self.currency.setMaxLength(3)
        self.security = QLineEdit()
        self.security.setPlaceholderText(self.tr("if known"))
        for label, widget in (
            (self.tr("Carnet number"), self.number),
            (self.tr("Issued by"), self.issuer),
            (self.tr("Issuing country"), self.issuer_country),
            (self.tr("Issued on"), self.issued_on),
            (self.tr("Valid until"), self.valid_until),
            (self.tr("Holder"), self.holder),
            (self.tr("Holder's address"), self.holder_address),
            (self.tr("Holder's country"), self.holder_country),
            (self.tr("Representatives"), self.representatives),
            (self.tr("Uses"), self.uses),
            (self.tr("Countries"), self.countries),
            (self.tr("Transits"), self.transits),
            (self.tr("Currency"), self.currency),
            (self.tr("Security"), self.security),
        ):
            form.addRow(label, widget)
        self.replacement = QCheckBox(self.tr("Replacement carnet: its goods are already abroad"))
        self.replacement.setToolTip(
            self.tr(
                "A replacement carnet takes over goods staying in one country: name that "
                "country alone under Countries; the goods start there, ready to be re-exported."
            )
        )
        form.addRow(self.replacement)  # across both columns: its French is long
        left.addWidget(cover)

        sheets = QGroupBox(self.tr("Voucher sheets in the booklet"))
        grid = QGridLayout(sheets)
        self.sheet_counts: dict[str, QSpinBox] = {}
        sheet_rows = (
            ("yellow", self.tr("Yellow (exportation / re-importation)")),
            ("white", self.tr("White (importation / re-exportation)")),
            ("blue", self.tr("Blue (transit)")),
        )
        for row, (colour, label) in enumerate(sheet_rows):
            spin = QSpinBox()
            spin.setRange(0, registering.MAX_SHEETS)
            self.sheet_counts[colour] = spin
            grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(spin, row, 1)
        self.counterfoils_only = QCheckBox(self.tr("Yellow counterfoils only, no vouchers (US)"))
        grid.addWidget(self.counterfoils_only, len(sheet_rows), 0, 1, 2)
        left.addWidget(sheets)

        right = QVBoxLayout()
        layout.addLayout(right, 1)
        goods = QGroupBox(self.tr("General list"))
        goods_layout = QVBoxLayout(goods)
        goods_layout.addWidget(
            QLabel(self.tr("Paste it from a spreadsheet (header row first) or import a file."))
        )
        self.goods = QPlainTextEdit()
        self.goods.setPlaceholderText("Description\tPieces\tValue\tOrigin")
        self.goods.setMaximumHeight(110)
        self.goods.textChanged.connect(self.check_goods)
        goods_layout.addWidget(self.goods)
        self.preview = QTableWidget(0, 5)
        self.preview.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Description"),
                self.tr("Pieces"),
                self.tr("Value"),
                self.tr("Origin"),
            ]
        )
        self.preview.verticalHeader().setVisible(False)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        goods_layout.addWidget(self.preview, 1)
        self.goods_check = QLabel()
        self.goods_check.setWordWrap(True)
        goods_layout.addWidget(self.goods_check)
        import_button = QPushButton(self.tr("Import CSV or XLSX…"))
        import_button.clicked.connect(self._import_file)
        goods_layout.addWidget(import_button)
        right.addWidget(goods, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        right.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Register"))
        buttons.accepted.connect(self.register)
        buttons.rejected.connect(self.reject)
        right.addWidget(buttons)

    # ---------------------------------------------------------------- goods

    def _import_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("General list"), "", self.tr("Tables (*.csv *.xlsx)")
        )
        if name:
            self.load_goods_file(Path(name))

    def load_goods_file(self, path: Path) -> None:
        try:
            rows = read_table(path)
        except UserError as exc:
            self.message.setText(exc.message)
            return
        self.goods.setPlainText("\n".join("\t".join(row) for row in rows))

    def check_goods(self) -> None:
        """Show the list as the importer reads it, with its errors and warnings."""
        rows = self.goods_rows()
        self.preview.setRowCount(0)
        if not rows:
            self.goods_check.setText("")
            return
        try:
            lines, errors, warnings = registering.preview_goods(rows, self._known_codes)
        except UserError as exc:
            self.goods_check.setText(exc.message)
            return
        self.preview.setRowCount(len(lines))
        for row, line in enumerate(lines):
            for column, text in enumerate(
                (
                    str(line.item_no),
                    line.description,
                    str(line.pieces),
                    format(line.value, "f"),
                    line.origin,
                )
            ):
                self.preview.setItem(row, column, QTableWidgetItem(text))
        shown = "; ".join((errors + warnings)[:3])
        self.goods_check.setText(
            ", ".join(
                [
                    i18n.plural(self.tr("%Ln line(s)", "", len(lines)), len(lines)),
                    i18n.plural(self.tr("%Ln error(s)", "", len(errors)), len(errors)),
                    i18n.plural(self.tr("%Ln warning(s)", "", len(warnings)), len(warnings)),
                ]
            )
            + (f" — {shown}" if shown else "")
        )

    def goods_rows(self) -> list[list[str]]:
        text = self.goods.toPlainText()
        dialect = "excel-tab" if "\t" in text else "excel"
        return [row for row in csv.reader(StringIO(text), dialect=dialect) if any(row)]

    # ---------------------------------------------------------------- register

    def document(self) -> dict[str, Any]:
        def code(field: QLineEdit) -> str:
            return field.text().strip().upper()

        sheets: dict[str, Any] = {c: spin.value() for c, spin in self.sheet_counts.items()}
        if self.counterfoils_only.isChecked():
            count = sheets["yellow"]
            sheets["yellow"] = {
                "exportation": count,
                "re-importation": count,
                "counterfoils_only": True,
            }
        document: dict[str, Any] = {
            "number": self.number.text(),
            "issuer": {"name": self.issuer.text(), "country": code(self.issuer_country)},
            "issued_on": self.issued_on.date().toString("yyyy-MM-dd"),
            "valid_until": self.valid_until.date().toString("yyyy-MM-dd"),
            "holder": {
                "name": self.holder.text(),
                "address": self.holder_address.text(),
                "country": code(self.holder_country),
            },
            "uses": [u.strip().upper() for u in self.uses.text().split(",") if u.strip()],
            "currency": code(self.currency),
            "representatives": [
                r.strip() for r in self.representatives.text().split(",") if r.strip()
            ],
            "itinerary": [
                {"country": c.strip().upper(), "kind": kind}
                for field, kind in ((self.countries, "visit"), (self.transits, "transit"))
                for c in field.text().split(",")
                if c.strip()
            ],
            "sheets": sheets,
        }
        if self.replacement.isChecked():
            document["kind"] = "replacement"
        if self.security.text().strip():
            document["security"] = {"amount": self.security.text().strip()}
        return document

    def register(self) -> None:
        rows = self.goods_rows()
        try:
            self.registered_number = self.ctx.write(
                registering.register_document,
                self.document(),
                rows,
                user=self.ctx.user,
                today=self.ctx.today(),
            )
        except UserError as exc:
            self.message.setText(exc.message)
            return
        except CarnetError as exc:  # the file or server in the way: say which
            show_error(self, exc)
            return
        self.accept()

"""Small dialogs for the carnet's actions; each ``ask`` returns a value or None.

The services decide; these only collect what the clerk typed (dates ISO, money as Decimal).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Generic, TypeVar

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from carnet_app.domain.carnet_view import ClaimView, IrregularityView
from carnet_app.domain.types import GoodsEventKind, VoucherColour
from carnet_app.gui import i18n, style
from carnet_app.gui.widgets import date_edit as date_edit
from carnet_app.gui.widgets import date_of as date_of
from carnet_app.services.desk import CountryChoice


@dataclass(frozen=True)
class GoodsEventInput:
    kind: GoodsEventKind
    on: date
    country: str
    items: str
    document: str


@dataclass(frozen=True)
class VoucherSetsInput:
    """More voucher sets of one colour."""

    colour: VoucherColour
    sets: int


@dataclass(frozen=True)
class ReplaceInput:
    """A replacement carnet for the goods staying in one country."""

    country: str
    on: date


@dataclass(frozen=True)
class OpenClaimInput:
    """A claim a foreign customs office notified."""

    country: str
    notified_on: date
    amount: Decimal


@dataclass(frozen=True)
class SettleClaimInput:
    """A claim closed by proof or by payment."""

    claim_id: int
    on: date
    proof: str | None = None  # what proves the goods left, or
    paid: Decimal | None = None  # what was paid to the claiming customs


def country_combo(countries: Sequence[CountryChoice], initial: str = "") -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItem("", "")
    for choice in countries:
        combo.addItem(f"{choice.code}  {i18n.country_name(choice.label)}", choice.code)
    if initial:
        combo.setCurrentIndex(max(0, combo.findData(initial)))
    return combo


def country_of(combo: QComboBox) -> str:
    text = combo.currentText().strip()
    if combo.currentData() and combo.itemText(combo.currentIndex()) == text:
        return str(combo.currentData())
    return text.split()[0].upper() if text else ""


def parse_amount(text: str) -> Decimal | None:
    cleaned = text.strip().replace("\u202f", "").replace(" ", "").replace(",", ".")
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        return None
    if not amount.is_finite() or amount <= 0:
        return None
    return amount.quantize(Decimal("0.01"))


Answer = TypeVar("Answer")


class FormDialog(QDialog, Generic[Answer]):
    """A title, an explanation, a form, an inline problem line, OK/Cancel."""

    def __init__(self, title: str, intro: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.form = QFormLayout()
        self.problem = QLabel()
        self.problem.setObjectName("InlineError")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)

    def problem_text(self) -> str | None:
        """Why the form cannot be accepted yet (None when it can)."""
        return None

    def _try_accept(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem or "")
        self.problem.setVisible(bool(problem))
        if not problem:
            self.accept()

    def value(self) -> Answer:
        raise NotImplementedError

    def run(self) -> Answer | None:
        if self.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.value()


class DateDialog(FormDialog[date]):
    def __init__(self, title: str, prompt: str, today: date, parent: QWidget | None = None):
        super().__init__(title, parent=parent)
        self.on = date_edit(today, maximum=today)
        self.form.addRow(prompt, self.on)

    def value(self) -> date:
        return date_of(self.on)

    @classmethod
    def ask(cls, parent: QWidget | None, *, title: str, prompt: str, today: date) -> date | None:
        return cls(title, prompt, today, parent).run()


class GoodsEventDialog(FormDialog[GoodsEventInput]):
    def __init__(self, today: date, countries: Sequence[CountryChoice], parent: QWidget | None):
        super().__init__(
            self.tr("Goods event"),
            self.tr(
                "Goods sold with duty paid, destroyed, stolen or seized abroad: no voucher is "
                "used; keep the customs document."
            ),
            parent,
        )
        self.kind = QComboBox()
        for kind in (
            GoodsEventKind.SOLD,
            GoodsEventKind.DESTROYED,
            GoodsEventKind.STOLEN,
            GoodsEventKind.SEIZED,
        ):
            self.kind.addItem(style.action_label(kind.value), kind.value)
        self.on = date_edit(today, maximum=today)
        self.country = country_combo(countries)
        self.items = QLineEdit()
        self.items.setPlaceholderText(self.tr("e.g. 1-3,5:2 (item 5, two pieces)"))
        self.document = QLineEdit()
        self.form.addRow(self.tr("What happened"), self.kind)
        self.form.addRow(self.tr("Date"), self.on)
        self.form.addRow(self.tr("Country"), self.country)
        self.form.addRow(self.tr("Items"), self.items)
        self.form.addRow(self.tr("Document"), self.document)

    def problem_text(self) -> str | None:
        if not country_of(self.country):
            return self.tr("Choose the country where it happened.")
        if not self.items.text().strip():
            return self.tr("Say which items (for example 1-3,5:2).")
        return None

    def value(self) -> GoodsEventInput:
        return GoodsEventInput(
            kind=GoodsEventKind(str(self.kind.currentData())),
            on=date_of(self.on),
            country=country_of(self.country),
            items=self.items.text().strip(),
            document=self.document.text().strip(),
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, *, today: date, countries: Sequence[CountryChoice]
    ) -> GoodsEventInput | None:
        return cls(today, countries, parent).run()


class VoucherSetsDialog(FormDialog[VoucherSetsInput]):
    def __init__(self, parent: QWidget | None):
        super().__init__(self.tr("Add voucher sets"), parent=parent)
        self.colour = QComboBox()
        for colour in VoucherColour:
            self.colour.addItem(
                style.tr("Voucher", str(style.VOUCHER_LABELS[colour.value])), colour.value
            )
        self.colour.setCurrentIndex(1)
        self.sets = QSpinBox()
        self.sets.setRange(1, 20)
        self.form.addRow(self.tr("Colour"), self.colour)
        self.form.addRow(self.tr("Sets"), self.sets)

    def value(self) -> VoucherSetsInput:
        return VoucherSetsInput(VoucherColour(str(self.colour.currentData())), self.sets.value())

    @classmethod
    def ask(cls, parent: QWidget | None) -> VoucherSetsInput | None:
        return cls(parent).run()


class ReplaceDialog(FormDialog[ReplaceInput]):
    def __init__(self, today: date, countries: Sequence[CountryChoice], parent: QWidget | None):
        super().__init__(
            self.tr("Replacement carnet"),
            self.tr(
                "A replacement carnet takes over the goods still in one country that accepts "
                "replacements; it gets a new number."
            ),
            parent,
        )
        self.country = country_combo(countries)
        self.on = date_edit(today, maximum=today)
        self.form.addRow(self.tr("Goods in country"), self.country)
        self.form.addRow(self.tr("Date"), self.on)

    def problem_text(self) -> str | None:
        return None if country_of(self.country) else self.tr("Choose the country.")

    def value(self) -> ReplaceInput:
        return ReplaceInput(country_of(self.country), date_of(self.on))

    @classmethod
    def ask(
        cls, parent: QWidget | None, *, today: date, countries: Sequence[CountryChoice]
    ) -> ReplaceInput | None:
        return cls(today, countries, parent).run()


class OpenClaimDialog(FormDialog[OpenClaimInput]):
    def __init__(
        self,
        today: date,
        countries: Sequence[CountryChoice],
        currency: str,
        parent: QWidget | None,
    ):
        super().__init__(self.tr("Open a claim"), parent=parent)
        self.country = country_combo(countries)
        self.notified = date_edit(today, maximum=today)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(
            self.tr("amount in %1, e.g. 1250.00").replace("%1", currency)
        )
        self.form.addRow(self.tr("Claiming country"), self.country)
        self.form.addRow(self.tr("Notified on"), self.notified)
        self.form.addRow(self.tr("Amount claimed"), self.amount)

    def problem_text(self) -> str | None:
        if not country_of(self.country):
            return self.tr("Choose the claiming country.")
        if parse_amount(self.amount.text()) is None:
            return self.tr("The amount must be a positive number such as 1250.00.")
        return None

    def value(self) -> OpenClaimInput:
        amount = parse_amount(self.amount.text())
        assert amount is not None
        return OpenClaimInput(country_of(self.country), date_of(self.notified), amount)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        today: date,
        countries: Sequence[CountryChoice],
        currency: str,
    ) -> OpenClaimInput | None:
        return cls(today, countries, currency, parent).run()


class SettleClaimDialog(FormDialog[SettleClaimInput]):
    def __init__(self, today: date, claims: Sequence[ClaimView], parent: QWidget | None):
        super().__init__(self.tr("Settle a claim"), parent=parent)
        self.claim = QComboBox()
        for claim in claims:
            self.claim.addItem(
                self.tr("Claim %1 from %2, proof due %3")
                .replace("%1", str(claim.id))
                .replace("%2", claim.country)
                .replace("%3", style.date_text(claim.proof_due)),
                claim.id,
            )
        self.on = date_edit(today, maximum=today)
        self.by_proof = QRadioButton(self.tr("Proof furnished"))
        self.by_payment = QRadioButton(self.tr("Duties paid"))
        self.by_proof.setChecked(True)
        self.proof = QLineEdit()
        self.proof.setPlaceholderText(self.tr("e.g. re-exportation counterfoil stamped"))
        self.paid = QLineEdit()
        self.paid.setEnabled(False)
        self.by_payment.toggled.connect(self.paid.setEnabled)
        self.by_proof.toggled.connect(self.proof.setEnabled)
        self.form.addRow(self.tr("Claim"), self.claim)
        self.form.addRow(self.tr("Date"), self.on)
        self.form.addRow(self.by_proof, self.proof)
        self.form.addRow(self.by_payment, self.paid)

    def problem_text(self) -> str | None:
        if self.claim.count() == 0:
            return self.tr("There is no open claim.")
        if self.by_proof.isChecked() and not self.proof.text().strip():
            return self.tr("Describe the proof furnished.")
        if self.by_payment.isChecked() and parse_amount(self.paid.text()) is None:
            return self.tr("The amount paid must be a positive number such as 1250.00.")
        return None

    def value(self) -> SettleClaimInput:
        by_proof = self.by_proof.isChecked()
        return SettleClaimInput(
            claim_id=int(self.claim.currentData()),
            on=date_of(self.on),
            proof=self.proof.text().strip() if by_proof else None,
            paid=None if by_proof else parse_amount(self.paid.text()),
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, *, today: date, claims: Sequence[ClaimView]
    ) -> SettleClaimInput | None:
        return cls(today, claims, parent).run()


@dataclass(frozen=True)
class ResolveIrregularityInput:
    irregularity_id: int
    note: str


class ResolveIrregularityDialog(FormDialog[ResolveIrregularityInput]):
    """Close an irregularity the ledger listed, saying how it was put right."""

    def __init__(self, open_items: Sequence[IrregularityView], parent: QWidget | None):
        super().__init__(
            self.tr("Resolve an irregularity"),
            self.tr(
                "Say how it was put right: a stamp found on a counterfoil, a certificate of "
                "location, customs' confirmation. The note stays in the carnet's history."
            ),
            parent,
        )
        self.choice = QComboBox()
        for item in open_items:
            self.choice.addItem(f"{style.date_text(item.found_on)} — {item.message}", item.id)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. export stamp found on the green cover"))
        self.form.addRow(self.tr("Irregularity"), self.choice)
        self.form.addRow(self.tr("How it was resolved"), self.note)

    def problem_text(self) -> str | None:
        if self.choice.count() == 0:
            return self.tr("There is no open irregularity.")
        if not self.note.text().strip():
            return self.tr("Say how the irregularity was resolved.")
        return None

    def value(self) -> ResolveIrregularityInput:
        return ResolveIrregularityInput(int(self.choice.currentData()), self.note.text().strip())

    @classmethod
    def ask(
        cls, parent: QWidget | None, *, open_items: Sequence[IrregularityView]
    ) -> ResolveIrregularityInput | None:
        return cls(open_items, parent).run()


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes

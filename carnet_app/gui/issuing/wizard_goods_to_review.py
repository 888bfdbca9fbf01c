"""The issuing wizard's last three steps: the general list, the quote and the review before
issuing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from carnet_app.gui import colours, i18n, style
from carnet_app.gui.context import DeskContext
from carnet_app.gui.issuing.common import (
    InlineMessage,
    date_edit,
    esc,
    money,
    number,
    text_html,
    tr,
)
from carnet_app.gui.issuing.goods_editor import GeneralListEditor
from carnet_app.gui.issuing.quote_view import QuoteView, format_label
from carnet_app.services import drafts
from carnet_app.services.drafts import DraftForm, FormQuote, IssuingDesk

SECURITY_FORM_LABELS = {
    "cash": QT_TRANSLATE_NOOP("Issuing", "Cash deposit"),
    "bank-guarantee": QT_TRANSLATE_NOOP("Issuing", "Bank guarantee"),
    "insurance-bond": QT_TRANSLATE_NOOP("Issuing", "Insurance bond"),
    "indemnity-scheme": QT_TRANSLATE_NOOP("Issuing", "Indemnity scheme"),
}


def wizard_form(page: QWizardPage) -> DraftForm:
    """The whole form of the issuing wizard PAGE belongs to."""
    form = getattr(page.wizard(), "form", None)
    assert callable(form), "a page of the issuing wizard"
    result: DraftForm = form()
    return result


def label_style() -> str:
    muted = colours.muted_text(colours.role(QPalette.ColorRole.Window)).name()
    return f"color:{muted}; padding:4px 16px 4px 0; white-space:nowrap;"


class GoodsPage(QWizardPage):
    def __init__(self, ctx: DeskContext, desk: IssuingDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("General list"))
        self.setSubTitle(
            self.tr(
                "Type, paste from a spreadsheet or import the list. Cells in red must be "
                "corrected before issuing; cells in amber should be checked with the holder."
            )
        )
        self.editor = GeneralListEditor(
            ctx,
            known_codes=[c.code for c in desk.countries],
            currency=desk.currency,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        self.editor.changed.connect(self.completeChanged)

    def isComplete(self) -> bool:
        check = self.editor.check()
        return check.line_count > 0 and not check.errors

    def load(self, form: DraftForm) -> None:
        self.editor.set_lines(form.lines, form.weight_unit)

    def values(self) -> dict[str, Any]:
        return {"lines": tuple(self.editor.lines()), "weight_unit": self.editor.weight_unit_text()}


class QuotePage(QWizardPage):
    def __init__(self, ctx: DeskContext, desk: IssuingDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Quote"))
        self.setSubTitle(
            self.tr(
                "Voucher sets, security and fees for this application, from the active schedule."
            )
        )
        self.security_form = QComboBox()
        self.security_form.addItem(self.tr("Not decided yet"), "")
        for form in desk.security_forms:
            self.security_form.addItem(tr(str(SECURITY_FORM_LABELS.get(form, form))), form)
        self.security_form.setMaximumWidth(320)
        choice = QFormLayout()
        choice.addRow(self.tr("Form of security"), self.security_form)
        self.view = QuoteView()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.view)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(choice)
        self.security_form.activated.connect(lambda _i: self.refresh())
        self.result = FormQuote(None, "")

    def initializePage(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.result = self.ctx.read(drafts.quote_form, wizard_form(self), today=self.ctx.today())
        self.view.show_quote(self.result.quote, self.result.refused_because)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.result.quote is not None

    def load(self, form: DraftForm) -> None:
        self.security_form.setCurrentIndex(max(0, self.security_form.findData(form.security_form)))

    def values(self) -> dict[str, Any]:
        return {"security_form": str(self.security_form.currentData() or "")}


class ReviewPage(QWizardPage):
    def __init__(self, ctx: DeskContext, desk: IssuingDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.desk = desk
        self.setTitle(self.tr("Review and issue"))
        self.setSubTitle(
            self.tr("Read it back to the holder. Once issued, no item may be added to the list.")
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.summary)
        self.issue_date = date_edit(ctx.today(), maximum=ctx.today())
        self.issue_date.setMaximumWidth(160)
        dates = QFormLayout()
        dates.addRow(self.tr("Issue date"), self.issue_date)
        self.verdict = InlineMessage()
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(dates)
        layout.addWidget(self.verdict)
        self.blockers: list[str] = []
        self._annex_check = 0

    def initializePage(self) -> None:
        form = wizard_form(self)
        result: FormQuote = self.ctx.read(drafts.quote_form, form, today=self.ctx.today())
        self._show(form, result, [])
        if result.quote is None:
            return
        # which boxes go to an annex page: a layout of the whole print, in the task runner
        from carnet_app.services import documents  # the PDF layer loads on this step only

        self._annex_check += 1
        check = self._annex_check
        self.ctx.submit_read(
            documents.form_annex_warnings,
            form,
            on_done=lambda annexed: self._annexes_found(check, form, result, annexed),
            on_error=lambda _exc: None,  # the warning is advice: printing says it again
            label=self.tr("Checking the printed forms…"),
        )

    def _annexes_found(
        self, check: int, form: DraftForm, result: FormQuote, annexed: list[str]
    ) -> None:
        if check == self._annex_check and annexed:  # not for a form changed since
            self._show(form, result, annexed)

    def _show(self, form: DraftForm, result: FormQuote, annexed: list[str]) -> None:
        self.summary.setText(self._summary(form, result, annexed))
        self.blockers = []
        if result.quote is None:
            self.blockers.append(result.refused_because)
        else:
            self.blockers.extend(result.quote.refusals)
        if self.blockers:
            self.verdict.error(
                self.tr("Cannot be issued yet:") + "\n• " + "\n• ".join(self.blockers)
            )
        elif annexed:  # printable, but the clerk may rather shorten the text
            self.verdict.warning(
                self.tr(
                    "Ready to issue, but some text is too long for its box and will print on "
                    "an annex page:"
                )
                + "\n• "
                + "\n• ".join(annexed)
            )
        else:
            self.verdict.ok(
                self.tr(
                    "Ready to issue. The carnet number is given when you press Issue carnet; "
                    "the general list is locked from then on."
                )
            )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.blockers

    def _summary(self, form: DraftForm, result: FormQuote, annexed: list[str]) -> str:
        tr = self.tr
        use_labels = {use.code: f"{use.code} — {use.label}" for use in self.desk.uses}
        rows: list[tuple[str, str]] = [
            (tr("Holder (A)"), text_html(f"{form.holder_name}\n{form.holder_address}".strip())),
            (tr("Representatives (B)"), esc(", ".join(form.representatives)) or tr("none named")),
            (tr("Uses"), "<br>".join(esc(use_labels.get(u, u)) for u in form.uses)),
            (tr("Intended use (C)"), esc(form.use_description) or "—"),
            (tr("Event"), esc(form.event) or "—"),
            (
                tr("Itinerary"),
                esc(
                    ", ".join(
                        f"{s.country} {tr('transit') if s.kind == 'transit' else tr('visit')}"
                        + (f" ×{s.times}" if s.times > 1 else "")
                        for s in form.itinerary
                    )
                ),
            ),
            (tr("Trips out and back"), str(form.trips)),
            (tr("Format"), esc(format_label(form.carnet_format))),
        ]
        quote = result.quote
        check = drafts.check_general_list(form.lines, [c.code for c in self.desk.countries])
        sheets = drafts.sheets_for(check.goods, self.desk.currency)
        rows.append(
            (
                tr("General list"),
                esc(
                    tr("%1 items, %2 pieces, %3 %4, %5; %6")
                    .replace("%1", style.count_text(check.line_count))
                    .replace("%2", style.count_text(check.total_pieces))
                    .replace("%3", number(check.total_weight))
                    .replace("%4", form.weight_unit)
                    .replace("%5", money(check.total_value, self.desk.currency))
                    .replace("%6", i18n.plural(tr("%Ln continuation sheet(s)", "", sheets), sheets))
                ),
            )
        )
        if quote is not None:
            sets = ", ".join(f"{colour.value} {n}" for colour, n in quote.voucher_sets.items() if n)
            security = esc(money(quote.security.amount, quote.security.currency))
            rows += [
                (tr("Voucher sets"), esc(sets)),
                (
                    tr("Security"),
                    f"<b>{security}</b><br>{text_html(quote.security.explanation)}",
                ),
                (tr("Fees"), f"<b>{esc(money(quote.fees.total, quote.fees.currency))}</b>"),
                (tr("Format needed"), esc(quote.format_explanation)),
            ]
            if quote.warnings:
                rows.append(
                    (tr("To tell the holder"), "<br>".join(f"• {esc(w)}" for w in quote.warnings))
                )
        if annexed:
            rows.append((tr("Annex pages"), "<br>".join(f"• {esc(a)}" for a in annexed)))
        body = "".join(
            f"<tr><td style='{label_style()}' valign='top'>{esc(k)}</td>"
            f"<td style='padding:4px 0;'>{v}</td></tr>"
            for k, v in rows
        )
        return f"<table cellspacing='0'>{body}</table>"

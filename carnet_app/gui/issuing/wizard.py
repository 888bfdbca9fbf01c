"""The issuing wizard: holder → uses and event → itinerary → general list → quote → review,
then save as a draft (any step) or issue. A draft reopens where it was left; a new carnet can
start as a copy of an earlier one."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from carnet_app.errors import ConcurrentEditError, UserError
from carnet_app.gui import colours, style
from carnet_app.gui.context import DeskContext
from carnet_app.gui.errors import show_error
from carnet_app.gui.issuing.common import (
    InlineMessage,
    date_edit,
    date_of,
    esc,
    money,
    number,
    text_html,
    tr,
)
from carnet_app.gui.issuing.goods_editor import GeneralListEditor
from carnet_app.gui.issuing.quote_view import QuoteView, format_label
from carnet_app.gui.issuing.recovery import RecoverySlot
from carnet_app.gui.issuing.wizard_pages import HolderPage, ItineraryPage, UsesPage
from carnet_app.gui.unsaved import may_close
from carnet_app.services import drafts
from carnet_app.services.drafts import DraftForm, FormQuote, IssuedCarnet, IssuingDesk, SavedDraft

AUTOSAVE_MS = 5_000  # the safety copy is at most this old when the desk stops

SECURITY_FORM_LABELS = {
    "cash": QT_TRANSLATE_NOOP("Issuing", "Cash deposit"),
    "bank-guarantee": QT_TRANSLATE_NOOP("Issuing", "Bank guarantee"),
    "insurance-bond": QT_TRANSLATE_NOOP("Issuing", "Insurance bond"),
    "indemnity-scheme": QT_TRANSLATE_NOOP("Issuing", "Indemnity scheme"),
}


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
        wizard = self.wizard()
        assert isinstance(wizard, IssuingWizard)
        self.result = self.ctx.read(drafts.quote_form, wizard.form(), today=self.ctx.today())
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
        wizard = self.wizard()
        assert isinstance(wizard, IssuingWizard)
        form = wizard.form()
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
                    .replace("%6", tr("%Ln continuation sheet(s)", "", sheets))
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


def _typed(form: DraftForm) -> DraftForm:
    return replace(form, carnet_format="")


MIN_STEPS_WIDTH = 190
MAX_STEPS_WIDTH = 260
STEPS_PADDING = 48  # the navigation style's item padding and the list's frame


class StepsPanel(QWidget):
    """The wizard's side panel: where the clerk is, and whether the draft is saved."""

    def __init__(self, titles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps = QListWidget()
        self.steps.addItems(titles)
        self.steps.setObjectName("Navigation")
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.steps.setEnabled(False)
        self.draft = QLabel()
        self.draft.setWordWrap(True)
        self.draft.setStyleSheet("padding: 10px 14px;")
        self.setObjectName("WizardSteps")
        # as wide as the longest step title in bold (the current one), within bounds; a title
        # longer still (a long translation) wraps onto a second line instead of being cut
        self.steps.setWordWrap(True)
        self.steps.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.steps.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.ensurePolished()  # the stylesheet's font (11 pt), not the default one
        bold = QFont(self.steps.font())
        bold.setBold(True)
        widest = max((QFontMetrics(bold).horizontalAdvance(t) for t in titles), default=0)
        self.setFixedWidth(max(MIN_STEPS_WIDTH, min(widest + STEPS_PADDING, MAX_STEPS_WIDTH)))
        self.draft.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.setSpacing(0)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.draft)

    def show_draft(self, text: str) -> None:
        self.draft.setText(text)
        self.draft.setVisible(bool(text))

    def show_step(self, index: int) -> None:
        self.steps.setCurrentRow(index)
        for row in range(self.steps.count()):
            item = self.steps.item(row)
            font = item.font()
            font.setBold(row == index)
            item.setFont(font)


class IssuingWizard(QWizard):
    """Signals:
    draft_saved(int): the draft id after each save.
    carnet_issued(int, str): the new carnet's id and number.
    """

    draft_saved = Signal(int)
    carnet_issued = Signal(int, str)

    def __init__(
        self,
        ctx: DeskContext,
        desk: IssuingDesk,
        *,
        form: DraftForm | None = None,
        draft_id: int | None = None,
        draft_version: int | None = None,
        recovery: RecoverySlot | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.desk = desk
        self.recovery = recovery
        self.draft_id = draft_id
        self.draft_version = draft_version
        self.issued: IssuedCarnet | None = None
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Save draft"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Issue carnet"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next >"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Close"))
        self.resize(1180, 800)

        self.holder_page = HolderPage(ctx, desk)
        self.uses_page = UsesPage(ctx, desk)
        self.itinerary_page = ItineraryPage(ctx, desk)
        self.goods_page = GoodsPage(ctx, desk)
        self.quote_page = QuotePage(ctx, desk)
        self.review_page = ReviewPage(ctx, desk)
        self.pages = [
            self.holder_page,
            self.uses_page,
            self.itinerary_page,
            self.goods_page,
            self.quote_page,
            self.review_page,
        ]
        for page in self.pages:
            self.addPage(page)
        self.side = StepsPanel([page.title() for page in self.pages])
        self.setSideWidget(self.side)
        self.currentIdChanged.connect(self._step_changed)
        self.customButtonClicked.connect(self._custom_button)
        if form is not None:
            self.load(form)
        # what a saved draft (or the empty form) holds; anything else is unsaved work
        self._saved_form = self.form() if draft_id is not None or form is None else DraftForm()
        self._copied_form = self._saved_form
        self._update_title()
        self._step_changed(self.currentId())
        self._autosave = QTimer(self)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.autosave_now)
        self._autosave.start()
        self.currentIdChanged.connect(lambda _id: self.autosave_now())

    # ------------------------------------------------------------------ the form

    def form(self) -> DraftForm:
        values: dict[str, Any] = {}
        for page in self.pages:
            getter = getattr(page, "values", None)
            if getter is not None:
                values.update(getter())
        return DraftForm(**values)

    def load(self, form: DraftForm) -> None:
        for page in self.pages:
            loader = getattr(page, "load", None)
            if loader is not None:
                loader(form)

    # ------------------------------------------------------------------ saving and issuing

    @Slot(int)
    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:  # a plain Enum, the signal an int
            self.save_draft()

    def save_draft(self) -> SavedDraft | None:
        try:
            saved: SavedDraft = self.ctx.write(
                drafts.save_draft,
                self.form(),
                user=self.ctx.user,
                today=self.ctx.today(),
                draft_id=self.draft_id,
                expected_version=self.draft_version,
                carnet_id=self.draft_id or 0,
            )
        except ConcurrentEditError as exc:
            QMessageBox.warning(self, self.tr("Draft changed elsewhere"), str(exc))
            return None
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Draft not saved"), str(exc))
            return None
        except Exception as exc:  # environment problems and bugs, shown in their kind
            show_error(self, exc)
            return None
        self.draft_id, self.draft_version = saved.id, saved.version
        self._saved_form = self._copied_form = self.form()
        if self.recovery is not None:
            self.recovery.remove()
        self._update_title()
        self.side.show_draft(
            self.tr("Draft %1 saved at %2.")
            .replace("%1", str(saved.id))
            .replace("%2", datetime.now().strftime("%H:%M"))
        )
        self.draft_saved.emit(saved.id)
        return saved

    def issue(self) -> IssuedCarnet | None:
        try:
            issued: IssuedCarnet = self.ctx.write(
                drafts.issue_form,
                self.form(),
                on=date_of(self.review_page.issue_date),
                user=self.ctx.user,
                today=self.ctx.today(),
                draft_id=self.draft_id,
                expected_version=self.draft_version,
                carnet_id=self.draft_id or 0,
            )
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not issued"), str(exc))
            return None
        except Exception as exc:
            show_error(self, exc)
            return None
        self.issued = issued
        self._forget_copy()
        sets = ", ".join(f"{colour} {n}" for colour, n in sorted(issued.vouchers.items()))
        QMessageBox.information(
            self,
            self.tr("Carnet issued"),
            self.tr(
                "Carnet %1 is issued, valid until %2.\n\nVoucher sets: %3\nSecurity: %4\nFees: %5"
            )
            .replace("%1", issued.number)
            .replace("%2", style.date_text(issued.valid_until))
            .replace("%3", sets)
            .replace("%4", money(issued.security, issued.currency))
            .replace("%5", money(issued.fees, issued.currency)),
        )
        self.carnet_issued.emit(issued.id, issued.number)
        return issued

    def accept(self) -> None:
        if self.issued is None and self.issue() is None:
            return
        self._forget_copy()
        super().accept()

    # ------------------------------------------------------------------ no work lost

    def has_unsaved_changes(self) -> bool:
        """Something the clerk typed is not in the saved draft (the carnet format the
        itinerary step proposes by itself does not count)."""
        return self.issued is None and _typed(self.form()) != _typed(self._saved_form)

    @Slot()
    def autosave_now(self) -> None:
        """Write the safety copy when the form changed since the last copy or save."""
        if self.recovery is None or self.issued is not None:
            return
        form = self.form()
        if form == self._copied_form:
            return
        self._copied_form = form
        if form == self._saved_form:
            self.recovery.remove()
        else:
            self.recovery.write(form, self.draft_id, self.draft_version)

    def _forget_copy(self) -> None:
        self._autosave.stop()
        if self.recovery is not None:
            self.recovery.remove()

    def reject(self) -> None:
        """Close, Esc and the window's close box: ask before typed work is lost."""
        if not may_close(
            self,
            changed=self.has_unsaved_changes(),
            text=self.tr("This carnet application has changes that are not saved."),
            save=lambda: self.save_draft() is not None,
            save_text=self.tr("Save draft"),
        ):
            return
        self._forget_copy()
        super().reject()

    # ------------------------------------------------------------------ look

    @Slot(int)
    def _step_changed(self, page_id: int) -> None:
        ids = self.pageIds()
        if page_id in ids:
            self.side.show_step(ids.index(page_id))

    def _update_title(self) -> None:
        if self.draft_id is None:
            self.setWindowTitle(self.tr("New carnet — %1").replace("%1", self.desk.association))
        else:
            self.setWindowTitle(
                self.tr("Draft %1 — %2")
                .replace("%1", str(self.draft_id))
                .replace("%2", self.desk.association)
            )
            if not self.side.draft.text():
                self.side.show_draft(self.tr("Draft %1").replace("%1", str(self.draft_id)))

"""The issuing wizard: holder → uses and event → itinerary → general list → quote → review,
then save as a draft (any step) or issue. A draft reopens where it was left; a new carnet can
start as a copy of an earlier one."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from carnet_app.errors import ConcurrentEditError, UserError
from carnet_app.gui import style
from carnet_app.gui.context import DeskContext
from carnet_app.gui.errors import show_error
from carnet_app.gui.issuing.common import (
    date_of,
    money,
)
from carnet_app.gui.issuing.recovery import RecoverySlot
from carnet_app.gui.issuing.wizard_goods_to_review import GoodsPage, QuotePage, ReviewPage
from carnet_app.gui.issuing.wizard_itinerary import ItineraryPage
from carnet_app.gui.issuing.wizard_pages import HolderPage, UsesPage
from carnet_app.gui.unsaved import may_close
from carnet_app.services import drafts
from carnet_app.services.drafts import DraftForm, IssuedCarnet, IssuingDesk, SavedDraft

AUTOSAVE_MS = 5_000  # the safety copy is at most this old when the desk stops


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
            saved: SavedDraft = self.ctx.write_carnet(
                self.draft_id or 0,
                drafts.save_draft,
                self.form(),
                user=self.ctx.user,
                today=self.ctx.today(),
                draft_id=self.draft_id,
                expected_version=self.draft_version,
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
            issued: IssuedCarnet = self.ctx.write_carnet(
                self.draft_id or 0,
                drafts.issue_form,
                self.form(),
                on=date_of(self.review_page.issue_date),
                user=self.ctx.user,
                today=self.ctx.today(),
                draft_id=self.draft_id,
                expected_version=self.draft_version,
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

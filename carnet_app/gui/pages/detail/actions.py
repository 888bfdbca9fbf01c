"""The detail page's actions controller: one QAction per thing the clerk can do to the carnet,
shown as a button when it is a daily one and in the "More actions" menu otherwise (the same
QAction, so a menu elsewhere can carry it too). Its state follows what the carnet allows.

Each action: a small dialog (``ask``) returns a value, then one service call in one unit of
work; a refusal is shown inline above the tabs. An action the rules allow only when confirmed
(a discharge over an open irregularity) names what is irregular and asks first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QToolButton

from carnet_app.domain.carnet_view import CarnetView
from carnet_app.domain.types import GoodsEventKind
from carnet_app.errors import ConfirmationRequired, UserError
from carnet_app.gui.dialogs import actions as dialogs
from carnet_app.gui.dialogs.stamp import StampDialog
from carnet_app.gui.errors import show_error
from carnet_app.services import carnets, claims, desk, movements, reissue
from carnet_app.services.desk import DeskAction
from carnet_app.services.movements import StampRequest

if TYPE_CHECKING:
    from carnet_app.gui.pages.carnet_detail import CarnetDetailPage

BUTTON_ACTIONS = (DeskAction.STAMP, DeskAction.GOODS_EVENT, DeskAction.PRINT)


class DetailActions(QObject):
    """The actions on the carnet the page shows; ``actions`` maps each desk action to its
    QAction, ``buttons`` the daily ones to their buttons."""

    def __init__(self, page: CarnetDetailPage) -> None:
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        self.actions: dict[str, QAction] = {}
        self.buttons: dict[str, QPushButton] = {}
        self.more_menu = QMenu(self.tr("More actions"), page)
        self.row = QHBoxLayout()
        self.row.setContentsMargins(16, 8, 16, 0)
        for action, label, handler in (
            (DeskAction.STAMP, self.tr("Record stamp…"), self.record_stamp),
            (DeskAction.GOODS_EVENT, self.tr("Goods event…"), self.goods_event),
            (DeskAction.ADD_VOUCHERS, self.tr("Add voucher sets…"), self.add_vouchers),
            (DeskAction.RETURN, self.tr("Return…"), self.return_carnet),
            (DeskAction.DISCHARGE, self.tr("Discharge…"), self.discharge),
            (DeskAction.DUPLICATE, self.tr("Duplicate…"), self.duplicate),
            (DeskAction.REPLACE, self.tr("Replacement…"), self.replace),
            (DeskAction.CANCEL, self.tr("Cancel carnet…"), self.cancel),
            (DeskAction.OPEN_CLAIM, self.tr("Open claim…"), self.open_claim),
            (DeskAction.SETTLE_CLAIM, self.tr("Settle claim…"), self.settle_claim),
            (DeskAction.PRINT, self.tr("Print…"), self.print_carnet),
        ):
            desk_action = QAction(label, self)
            desk_action.triggered.connect(lambda _c=False, slot=handler: slot())
            desk_action.setVisible(False)
            desk_action.setEnabled(False)
            self.actions[action] = desk_action
            if action in BUTTON_ACTIONS:
                self.row.addWidget(self._button_for(action, desk_action))
            else:
                self.more_menu.addAction(desk_action)
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("More actions"))
        self.more_button.setMenu(self.more_menu)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.more_button.setVisible(False)
        self.row.addWidget(self.more_button)
        self.row.addStretch(1)
        self.buttons[DeskAction.STAMP].setDefault(True)

    def _button_for(self, name: str, desk_action: QAction) -> QPushButton:
        """A push button that triggers ``desk_action`` and follows its state."""
        button = QPushButton(desk_action.text())
        button.clicked.connect(desk_action.trigger)
        button.setVisible(False)

        def follow() -> None:
            button.setVisible(desk_action.isVisible())
            button.setEnabled(desk_action.isEnabled())

        desk_action.changed.connect(follow)
        self.buttons[name] = button
        return button

    # -- state ------------------------------------------------------------------------------

    def update(self, allowed: set[str]) -> None:
        """Offer exactly the actions the carnet allows now."""
        for name, desk_action in self.actions.items():
            desk_action.setVisible(name in allowed)
            desk_action.setEnabled(name in allowed)
        self.more_button.setVisible(bool(allowed - set(self.buttons)))

    def offered(self) -> set[str]:
        return {name for name, action in self.actions.items() if action.isVisible()}

    # -- helpers ----------------------------------------------------------------------------

    def _number(self) -> str | None:
        detail = self.page.detail
        return detail.carnet.number if detail else None

    def _version(self) -> int | None:
        detail = self.page.detail
        return detail.carnet.version if detail else None

    def _allowed(self, action: str) -> bool:
        detail = self.page.detail
        return detail is not None and action in detail.actions

    def _countries(self) -> list[desk.CountryChoice]:
        return self.ctx.read(desk.country_choices)

    def _perform(
        self,
        fn: Callable[..., object],
        *args: Any,
        done: str,
        confirm_title: str = "",
        **kwargs: Any,
    ) -> bool:
        """One service call in one write unit of work; refusals shown inline. With
        ``confirm_title``, a call the rules allow only when confirmed asks the clerk, naming
        what is irregular, and is made again confirmed."""
        carnet_id = self.page.carnet_id or 0
        try:
            try:
                self.ctx.write_carnet(carnet_id, fn, *args, **kwargs)
            except ConfirmationRequired as needed:
                if not confirm_title:
                    raise
                if not dialogs.confirm(self.page, confirm_title, self._confirm_text(needed)):
                    return False
                self.ctx.write_carnet(carnet_id, fn, *args, confirm=True, **kwargs)
        except UserError as exc:
            self.page.show_refusal(str(exc))
            return False
        except Exception as exc:
            show_error(self.page, exc)
            return False
        self.page.message.emit(done)
        return True

    def _confirm_text(self, needed: ConfirmationRequired) -> str:
        return (
            self.tr("This needs your confirmation:")
            + "\n\n"
            + "\n".join(f"• {warning}" for warning in needed.warnings)
            + "\n\n"
            + self.tr("Go ahead? The audit trail records that you confirmed it.")
        )

    def _dated(
        self,
        fn: Callable[..., CarnetView],
        title: str,
        prompt: str,
        done: str,
        confirm: bool = False,
    ) -> bool:
        number = self._number()
        if number is None:
            return False
        on = dialogs.DateDialog.ask(self.page, title=title, prompt=prompt, today=self.ctx.today())
        if on is None:
            return False
        return self._perform(
            fn,
            number,
            on=on,
            user=self.ctx.user,
            today=self.ctx.today(),
            expected_version=self._version(),
            done=done,
            confirm_title=title if confirm else "",
        )

    # -- the actions ------------------------------------------------------------------------

    @Slot()
    def record_stamp(self, initial: StampRequest | None = None) -> bool:
        number = self._number()
        detail = self.page.detail
        if number is None or detail is None or not self._allowed(DeskAction.STAMP):
            return False
        today = self.ctx.today()
        result = StampDialog.ask(
            self.page,
            number=number,
            today=today,
            countries=self._countries(),
            checker=lambda request: self.ctx.read(
                movements.check_stamp, number, request, today=today
            ),
            picker=lambda action, country: self.ctx.read(
                desk.stamp_picker, number, action, country
            ),
            initial=initial,
            carnet_countries=[stop.country for stop in detail.carnet.itinerary],
        )
        if result is None:
            return False
        return self._perform(
            movements.record_stamp,
            number,
            result.request,
            confirm=result.confirm,
            user=self.ctx.user,
            today=today,
            expected_version=self._version(),
            done=self.tr("Stamp recorded on %1").replace("%1", number),
        )

    @Slot()
    def goods_event(self) -> bool:
        number = self._number()
        if number is None:
            return False
        value = dialogs.GoodsEventDialog.ask(
            self.page, today=self.ctx.today(), countries=self._countries()
        )
        if value is None:
            return False
        return self._perform(
            movements.record_goods_event,
            number,
            kind=GoodsEventKind(value.kind),
            on=value.on,
            country=value.country,
            items=value.items,
            document=value.document,
            user=self.ctx.user,
            today=self.ctx.today(),
            expected_version=self._version(),
            done=self.tr("Goods event recorded"),
        )

    @Slot()
    def add_vouchers(self) -> bool:
        number = self._number()
        value = dialogs.VoucherSetsDialog.ask(self.page) if number else None
        if number is None or value is None:
            return False
        return self._perform(
            carnets.add_vouchers,
            number,
            colour=value.colour.value,
            sets=value.sets,
            user=self.ctx.user,
            today=self.ctx.today(),
            expected_version=self._version(),
            done=self.tr("Voucher sets added"),
        )

    @Slot()
    def resolve_irregularity(self) -> bool:
        detail = self.page.detail
        if not detail:
            return False
        answer = dialogs.ResolveIrregularityDialog.ask(
            self.page, open_items=detail.carnet.open_irregularities
        )
        if answer is None:
            return False
        return self._perform(
            movements.resolve_irregularity,
            answer.irregularity_id,
            note=answer.note,
            user=self.ctx.user,
            today=self.ctx.today(),
            done=self.tr("Irregularity resolved"),
        )

    @Slot()
    def return_carnet(self) -> bool:
        return self._dated(
            carnets.return_carnet,
            self.tr("Carnet returned"),
            self.tr("Returned to the chamber on"),
            self.tr("Carnet returned"),
        )

    @Slot()
    def discharge(self) -> bool:
        """Discharge; over an open irregularity, only once the clerk confirms it."""
        return self._dated(
            carnets.discharge,
            self.tr("Discharge"),
            self.tr("Discharged on"),
            self.tr("Carnet discharged"),
            confirm=True,
        )

    @Slot()
    def duplicate(self) -> bool:
        return self._dated(
            reissue.duplicate,
            self.tr("Duplicate carnet"),
            self.tr("Duplicate issued on"),
            self.tr("Duplicate issued"),
        )

    @Slot()
    def replace(self) -> bool:
        number = self._number()
        value = (
            dialogs.ReplaceDialog.ask(
                self.page, today=self.ctx.today(), countries=self._countries()
            )
            if number
            else None
        )
        if number is None or value is None:
            return False
        return self._perform(
            reissue.replace,
            number,
            country=value.country,
            on=value.on,
            user=self.ctx.user,
            today=self.ctx.today(),
            expected_version=self._version(),
            done=self.tr("Replacement carnet issued"),
        )

    @Slot()
    def cancel(self) -> bool:
        number = self._number()
        if number is None:
            return False
        if not dialogs.confirm(
            self.page,
            self.tr("Cancel carnet"),
            self.tr("Cancel carnet %1? It has not been used; this cannot be undone.").replace(
                "%1", number
            ),
        ):
            return False
        return self._perform(
            carnets.cancel,
            number,
            user=self.ctx.user,
            today=self.ctx.today(),
            expected_version=self._version(),
            done=self.tr("Carnet cancelled"),
        )

    @Slot()
    def open_claim(self) -> bool:
        number = self._number()
        detail = self.page.detail
        if number is None or detail is None:
            return False
        value = dialogs.OpenClaimDialog.ask(
            self.page,
            today=self.ctx.today(),
            countries=self._countries(),
            currency=detail.carnet.currency,
        )
        if value is None:
            return False
        return self._perform(
            claims.open_claim,
            number,
            country=value.country,
            notified_on=value.notified_on,
            amount=value.amount,
            user=self.ctx.user,
            today=self.ctx.today(),
            done=self.tr("Claim opened"),
        )

    @Slot()
    def settle_claim(self) -> bool:
        detail = self.page.detail
        if detail is None:
            return False
        value = dialogs.SettleClaimDialog.ask(
            self.page, today=self.ctx.today(), claims=detail.carnet.open_claims
        )
        if value is None:
            return False
        return self._perform(
            claims.settle_claim,
            value.claim_id,
            on=value.on,
            proof=value.proof,
            paid=value.paid,
            user=self.ctx.user,
            today=self.ctx.today(),
            done=self.tr("Claim settled"),
        )

    @Slot()
    def print_carnet(self, part: str = "all") -> bool:
        """The carnet's forms (or one part of them) in the print preview."""
        if self._number() is None:
            return False
        return self.page.documents.make(f"carnet:{part}")

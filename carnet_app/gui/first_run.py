"""The first start on a fresh database: what is this desk for?

* Issuing carnets (a chamber of commerce): the association is set up in a short dialog and
  the desk's role becomes ``chamber``.
* Tracking my own carnets (an exhibitor, a film crew): the role becomes ``holder``.
* Exploring with demo data: a separate throwaway database filled with demo carnets, clearly
  marked, deleted when the desk closes; the real database is left untouched and the question
  comes back at the next start.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from carnet_app.db.uow import Database
from carnet_app.errors import UserError
from carnet_app.gui.context import DeskContext
from carnet_app.gui.issuing.common import InlineMessage, country_combo, country_of, hint
from carnet_app.paths import resolve_database_url
from carnet_app.services import desk, settings
from carnet_app.services.database import open_database
from carnet_app.services.demo_data import fill_demo_data
from carnet_app.services.settings import DeskRole

DEMO_CARNETS = 300
DEFAULT_NUMBER_FORMAT = "{country}/{code}/{serial:06d}"


class DemoHost(Protocol):
    """What the first run needs of the main window."""

    ctx: DeskContext

    def show_demo_database(
        self, database: Database, folder: tempfile.TemporaryDirectory[str]
    ) -> None: ...


def needs_first_run(ctx: DeskContext) -> bool:
    """Nobody chose what the desk is for, and it issues for no association yet."""
    return ctx.read(settings.desk_role) is None and ctx.read(settings.association_info) is None


class DeskPurposeDialog(QDialog):
    """Three big choices; ``choice`` is ``chamber``, ``holder`` or ``demo`` after exec()."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DeskPurpose")
        self.setWindowTitle(self.tr("Welcome to Carnet Desk"))
        self.choice = ""
        title = QLabel(self.tr("What will you use Carnet Desk for?"))
        title.setObjectName("GroupTitle")
        self.chamber_button = QCommandLinkButton(
            self.tr("Issue carnets"),
            self.tr(
                "For a chamber of commerce or an issuing association: applications, issue, "
                "customs stamps, claims. You set up the association next."
            ),
        )
        self.holder_button = QCommandLinkButton(
            self.tr("Track my own carnets"),
            self.tr(
                "For an exhibitor, a film crew or a company travelling with goods: the carnets "
                "you hold, their stamps and deadlines."
            ),
        )
        self.demo_button = QCommandLinkButton(
            self.tr("Explore with demo data"),
            self.tr(
                "Try everything on made-up carnets in a separate throwaway database, deleted "
                "when you quit. Your own data stays empty and this question comes back."
            ),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        for button, choice in (
            (self.chamber_button, "chamber"),
            (self.holder_button, "holder"),
            (self.demo_button, "demo"),
        ):
            button.setMinimumWidth(420)
            button.clicked.connect(lambda _c=False, name=choice: self._chosen(name))
            layout.addWidget(button)
        layout.addWidget(hint(self.tr("You can change these settings later in Tools › Settings.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Decide later"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _chosen(self, name: str) -> None:
        self.choice = name
        self.accept()


class AssociationSetupDialog(QDialog):
    """The issuing association in five fields, saved in one audited call with the desk's
    role."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("AssociationSetup")
        self.setWindowTitle(self.tr("Set up the issuing association"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. CCI Lyon Métropole"))
        self.address = QPlainTextEdit()
        self.address.setFixedHeight(64)
        self.address.setTabChangesFocus(True)
        choices = ctx.read(desk.country_choices)
        self.country = country_combo((c.code, c.label) for c in choices)
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(90)
        self.currency.setPlaceholderText("EUR")
        self.code = QLineEdit()
        self.code.setMaximumWidth(140)
        self.code.setPlaceholderText(self.tr("e.g. LY"))
        self.message = InlineMessage()
        form = QFormLayout()
        form.addRow(self.tr("Name *"), self.name)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Country *"), self.country)
        form.addRow(self.tr("Currency *"), self.currency)
        form.addRow(self.tr("Association code"), self.code)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "The association this desk issues carnets for. Its country is the carnets' "
                    "home, its currency the general lists' currency; the code goes into every "
                    "carnet number."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    @Slot()
    def save(self) -> None:
        try:
            self.ctx.write(
                _save_chamber,
                name=self.name.text(),
                country=country_of(self.country),
                currency=self.currency.text().strip().upper(),
                code=self.code.text().strip(),
                address=self.address.toPlainText(),
                user=self.ctx.user,
            )
        except UserError as exc:
            self.message.error(str(exc))
            return
        self.accept()


def _save_chamber(
    session: object,
    *,
    name: str,
    country: str,
    currency: str,
    code: str,
    address: str,
    user: str,
) -> None:
    settings.save_association(
        session,  # type: ignore[arg-type]
        name=name,
        country=country,
        currency=currency,
        code=code,
        address=address,
        number_format=DEFAULT_NUMBER_FORMAT,
        user=user,
    )
    settings.set_desk_role(session, DeskRole.CHAMBER, user=user)  # type: ignore[arg-type]


def _set_holder(session: object, *, user: str) -> None:
    settings.set_desk_role(session, DeskRole.HOLDER, user=user)  # type: ignore[arg-type]


def ask_purpose(host: DemoHost, parent: QWidget | None = None) -> str:
    """Ask until the clerk chose, set what the choice sets; the choice made, or "" when
    the clerk decided later."""
    ctx = host.ctx
    while True:
        purpose = DeskPurposeDialog(parent)
        if purpose.exec() != QDialog.DialogCode.Accepted:
            return ""
        if purpose.choice == "chamber":
            if AssociationSetupDialog(ctx, parent).exec() == QDialog.DialogCode.Accepted:
                return "chamber"
            continue  # back to the three choices
        if purpose.choice == "holder":
            ctx.write(_set_holder, user=ctx.user)
            return "holder"
        open_demo(host)
        return "demo"


def make_demo_database(ctx: DeskContext) -> tuple[Database, tempfile.TemporaryDirectory[str]]:
    """A throwaway database with demo carnets (in the temporary folder returned)."""
    folder = tempfile.TemporaryDirectory(prefix="carnet-demo-")
    url = resolve_database_url(str(Path(folder.name) / "demo.sqlite3"), ctx.paths)
    database = open_database(url, ctx.paths)
    with database.write() as session:
        fill_demo_data(session, carnets=DEMO_CARNETS, seed=7, today=ctx.today(), user="demo")
        if settings.desk_role(session) is None:
            settings.set_desk_role(session, DeskRole.CHAMBER, user="demo")
    return database, folder


def open_demo(host: DemoHost) -> None:
    ctx = host.ctx
    ctx.runner.submit(
        make_demo_database,
        ctx,
        on_done=lambda made: host.show_demo_database(*made),
        label=QCoreApplication.translate("FirstRun", "Filling a demo database…"),
    )


__all__ = [
    "AssociationSetupDialog",
    "DeskPurposeDialog",
    "ask_purpose",
    "make_demo_database",
    "needs_first_run",
]

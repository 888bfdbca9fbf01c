"""The administrator's settings: the issuing association and its number format, the country
table, the schedules, users' display names, the printer calibration, the data file and its
backups. Each page saves through one service call (one audit event)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carnet_app.errors import UserError
from carnet_app.gui import i18n
from carnet_app.gui.context import DeskContext
from carnet_app.gui.issuing.common import (
    InlineMessage,
    button_row,
    country_combo,
    country_of,
    hint,
    save_row,
    section_title,
    set_country,
)
from carnet_app.gui.issuing.settings_machine import DataFilePage, PrinterPage
from carnet_app.gui.issuing.settings_schedules import SchedulesPage
from carnet_app.gui.issuing.settings_tables import CountriesPage
from carnet_app.gui.unsaved import may_close
from carnet_app.services import desk, settings


class AssociationPage(QWidget):
    """The issuing association: its name, address, country, code and currency, and the format
    of the carnet numbers it gives (with a preview of the next one)."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        choices = ctx.read(desk.country_choices)
        self.name = QLineEdit()
        self.country = country_combo((c.code, c.label) for c in choices)
        self.code = QLineEdit()
        self.code.setMaximumWidth(160)
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(80)
        self.address = QPlainTextEdit()
        self.address.setFixedHeight(70)
        self.number_format = QLineEdit()
        self.preview = QLabel()
        self.preview.setObjectName("GroupTitle")
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = InlineMessage()
        self.save_button = QPushButton(self.tr("Save association"))
        form = QFormLayout()
        form.addRow(self.tr("Name *"), self.name)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Country *"), self.country)
        form.addRow(self.tr("Association code"), self.code)
        form.addRow(self.tr("Currency *"), self.currency)
        form.addRow(self.tr("Carnet number format"), self.number_format)
        form.addRow(
            "",
            hint(
                self.tr(
                    "Fields: {country}, {code}, {year}, {serial}; {serial:06d} pads the serial "
                    "to six digits. The serial must be in the format."
                )
            ),
        )
        form.addRow(self.tr("Next number"), self.preview)
        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("Issuing association")))
        layout.addWidget(
            hint(
                self.tr(
                    "The association this database issues for: its country is the carnets' "
                    "home, its currency the general lists' currency."
                )
            )
        )
        layout.addLayout(form)
        layout.addLayout(save_row(self.save_button, self.message))
        layout.addStretch(1)
        self._next_serial = 1
        self.load()
        for edit in (self.code, self.number_format):
            edit.textChanged.connect(self.update_preview)
        self.country.currentIndexChanged.connect(self.update_preview)
        self.save_button.clicked.connect(self.save)

    def load(self) -> None:
        info: settings.AssociationInfo | None = self.ctx.read(settings.association_info)
        if info is None:
            self.number_format.setText("{country}/{code}/{serial:06d}")
            self.message.warning(self.tr("No association yet: fill in and save to start issuing."))
        else:
            self.name.setText(info.name)
            set_country(self.country, info.country)
            self.code.setText(info.code)
            self.currency.setText(info.currency)
            self.address.setPlainText(info.address)
            self.number_format.setText(info.number_format)
            self._next_serial = info.next_serial
        self.update_preview()
        self._saved = self.snapshot()

    def snapshot(self) -> tuple[str, ...]:
        return (
            self.name.text(),
            country_of(self.country),
            self.code.text(),
            self.currency.text(),
            self.address.toPlainText(),
            self.number_format.text(),
        )

    def has_changes(self) -> bool:
        return self.snapshot() != self._saved

    @Slot()
    def update_preview(self) -> bool:
        try:
            number = settings.number_preview(
                self.number_format.text().strip(),
                country=country_of(self.country) or "XX",
                code=self.code.text().strip(),
                serial=self._next_serial,
                on=self.ctx.today(),
            )
        except UserError as exc:
            self.preview.setText(self.tr("—"))
            self.preview.setToolTip("")
            self.message.error(str(exc))
            self.save_button.setEnabled(False)
            return False
        self.preview.setText(number)
        self.preview.setToolTip(self.tr("Serial %1").replace("%1", str(self._next_serial)))
        if self.message.kind == "error":
            self.message.clear_message()
        self.save_button.setEnabled(True)
        return True

    @Slot()
    def save(self) -> bool:
        if not self.update_preview():
            return False
        try:
            info = self.ctx.write(
                settings.save_association,
                name=self.name.text(),
                country=country_of(self.country),
                currency=self.currency.text(),
                code=self.code.text(),
                address=self.address.toPlainText(),
                number_format=self.number_format.text().strip(),
                user=self.ctx.user,
            )
        except UserError as exc:
            self.message.error(str(exc))
            return False
        self._saved = self.snapshot()
        self.message.ok(self.tr("Saved. New quotes and carnets use %1.").replace("%1", info.name))
        return True


class UsersPage(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Login"), self.tr("Name shown in the audit trail")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 200)
        self.add_button = QPushButton(self.tr("Add user"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.save_button = QPushButton(self.tr("Save names"))
        self.message = InlineMessage()
        buttons = button_row(self.add_button, self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("Users")))
        layout.addWidget(
            hint(
                self.tr(
                    "The audit trail records each action under the login of whoever did it; give "
                    "each login the name people know. You are logged in as “%1”."
                ).replace("%1", ctx.user)
            )
        )
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addLayout(save_row(self.save_button, self.message))
        self.add_button.clicked.connect(lambda: self.add_row("", ""))
        self.remove_button.clicked.connect(self.remove_rows)
        self.save_button.clicked.connect(self.save)
        names: dict[str, str] = ctx.read(settings.user_display_names)
        for login, name in names.items():
            self.add_row(login, name)
        if ctx.user not in names:
            self.add_row(ctx.user, "")
        self._saved = self.names()

    def has_changes(self) -> bool:
        return self.names() != self._saved

    def add_row(self, login: str, name: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(login))
        self.table.setItem(row, 1, QTableWidgetItem(name))

    @Slot()
    def remove_rows(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def names(self) -> list[tuple[str, str]]:
        result = []
        for row in range(self.table.rowCount()):
            login = self.table.item(row, 0)
            name = self.table.item(row, 1)
            result.append((login.text() if login else "", name.text() if name else ""))
        return result

    @Slot()
    def save(self) -> bool:
        try:
            self.ctx.write(settings.save_user_display_names, self.names(), user=self.ctx.user)
        except UserError as exc:
            self.message.error(str(exc))
            return False
        self._saved = self.names()
        self.message.ok(self.tr("Names saved."))
        return True


class LanguagePage(QWidget):
    """The interface language: stored in the desk's settings, used from the next start."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.choice = QComboBox()
        for value, label in i18n.language_choices():
            self.choice.addItem(label, value)
        stored = str(ctx.settings.value(i18n.LANGUAGE_KEY, i18n.SYSTEM) or i18n.SYSTEM)
        self.choice.setCurrentIndex(max(0, self.choice.findData(stored)))
        self.choice.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.message = InlineMessage()
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.choice)
        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("Interface language")))
        layout.addWidget(
            hint(
                self.tr(
                    "The language of menus, screens and messages. Dates and amounts follow your "
                    "system's conventions in that language. The printed forms stay bilingual "
                    "English and French."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.choice.currentIndexChanged.connect(self.save)

    @Slot()
    def save(self) -> None:
        value = str(self.choice.currentData())
        self.ctx.settings.setValue(i18n.LANGUAGE_KEY, value)
        self.ctx.settings.sync()
        if i18n.resolve_language(value) == i18n.current_language():
            self.message.ok(self.tr("Saved."))
        else:
            self.message.ok(
                self.tr("Saved: Carnet Desk speaks %1 from its next start.").replace(
                    "%1", self.choice.currentText()
                )
            )


class SettingsDialog(QDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings — Carnet Desk"))
        self.resize(1180, 760)
        self.navigation = QListWidget()
        self.navigation.setObjectName("Navigation")
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget()
        self.page_names: list[str] = []
        self.association = AssociationPage(ctx)
        self.countries = CountriesPage(ctx)
        self.schedules = SchedulesPage(ctx)
        self.users = UsersPage(ctx)
        self.printer = PrinterPage(ctx)
        self.data_file = DataFilePage(ctx)
        self.language = LanguagePage(ctx)
        for name, label, page in (
            ("association", self.tr("Association"), self.association),
            ("countries", self.tr("Country table"), self.countries),
            ("schedules", self.tr("Schedules"), self.schedules),
            ("users", self.tr("Users"), self.users),
            ("printer", self.tr("Printer"), self.printer),
            ("data", self.tr("Data file and backups"), self.data_file),
            ("language", self.tr("Language"), self.language),
        ):
            self.navigation.addItem(label)
            self.pages.addWidget(page)
            self.page_names.append(name)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        right = QVBoxLayout()
        right.addWidget(self.pages, 1)
        right.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 12, 12)
        layout.addWidget(self.navigation)
        layout.addLayout(right, 1)
        # as wide as the longest page name in the interface language (never clipped)
        self.navigation.setFixedWidth(max(210, self.navigation.sizeHintForColumn(0) + 8))
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.show_page(0)

    def show_page(self, index: int | str) -> None:
        row = self.page_names.index(index) if isinstance(index, str) else index
        self.navigation.setCurrentRow(row)
        self.pages.setCurrentIndex(row)

    def _editable(self) -> dict[str, AssociationPage | SchedulesPage | UsersPage | PrinterPage]:
        return {
            "association": self.association,
            "schedules": self.schedules,
            "users": self.users,
            "printer": self.printer,
        }

    def changed_pages(self) -> list[str]:
        """The pages whose edits are not saved yet, by name."""
        return [name for name, page in self._editable().items() if page.has_changes()]

    def _save_changed(self) -> bool:
        editable = self._editable()
        for name in self.changed_pages():
            if not editable[name].save():
                self.show_page(name)  # its message says what is wrong
                return False
        return True

    def reject(self) -> None:
        """Close, Esc and the window's close box: ask before unsaved edits are lost."""
        changed = self.changed_pages()
        labels = [self.navigation.item(self.page_names.index(name)).text() for name in changed]
        if not may_close(
            self,
            changed=bool(changed),
            text=self.tr("Changes not saved on: %1.").replace("%1", ", ".join(labels)),
            save=self._save_changed,
        ):
            return
        super().reject()

"""The holder's desk in the window: the register dialog writes a carnet from the cover and a
pasted list; the check-in review applies the ticked differences only; a holder's desk hides
the chamber-only menus and actions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt

from carnet_app.db.uow import Database
from carnet_app.gui.context import DeskContext
from carnet_app.gui.holder.checkin_review import CheckInReviewDialog
from carnet_app.gui.holder.register_wizard import RegisterCarnetDialog
from carnet_app.gui.tasks import TaskRunner
from carnet_app.paths import AppPaths
from carnet_app.services import desk
from carnet_app.services.database import open_database
from carnet_app.services.settings import DeskRole, set_desk_role
from tests.exchange.test_signed_files import NUMBER, TODAY, _desk, _travelled_holder
from tests.show_json import show_json

GOODS = (
    "Description\tPieces\tValue\tOrigin\n"
    "Mixing console Yamaha CL5, S/N 884411\t1\t28000.00\tJP\n"
    "Stage monitor JBL VTX F15, S/N 10-11\t2\t6400.00\tUS\n"
)


def _context(database: Database, tmp_path: Path) -> DeskContext:
    settings = QSettings(str(tmp_path / "desk-settings.ini"), QSettings.Format.IniFormat)
    return DeskContext(
        database,
        AppPaths.from_base_dir(tmp_path / "data"),
        settings,
        TaskRunner(inline=True),
        user="tester",
        today=lambda: TODAY,
    )


@pytest.fixture
def holder_ctx(tmp_path: Path, qapp: object) -> Iterator[DeskContext]:
    database = open_database(
        f"sqlite:///{tmp_path / 'holder.sqlite3'}", AppPaths.from_base_dir(tmp_path / "data")
    )
    with database.write() as session:
        set_desk_role(session, DeskRole.HOLDER, user="tester")
    ctx = _context(database, tmp_path)
    yield ctx
    ctx.runner.shutdown()
    database.dispose()


def fill_us_cover(dialog: RegisterCarnetDialog) -> None:
    dialog.number.setText("US 123456")
    dialog.issuer.setText("USCIB")
    dialog.issuer_country.setText("us")
    dialog.issued_on.setDate(QDate(2026, 2, 2))
    dialog.valid_until.setDate(QDate(2027, 2, 1))
    dialog.holder.setText("Acme Audio Inc.")
    dialog.holder_address.setText("1 Main St, Austin TX")
    dialog.holder_country.setText("US")
    dialog.uses.setText("PE")
    dialog.countries.setText("FR, CH")
    dialog.sheet_counts["yellow"].setValue(2)
    dialog.sheet_counts["white"].setValue(3)
    dialog.counterfoils_only.setChecked(True)
    dialog.goods.setPlainText(GOODS)


def test_the_register_dialog_writes_the_carnet_from_its_cover(holder_ctx: DeskContext) -> None:
    dialog = RegisterCarnetDialog(holder_ctx)
    fill_us_cover(dialog)
    assert dialog.preview.rowCount() == 2 and "0 errors" in dialog.goods_check.text()
    dialog.valid_until.setDate(QDate(2027, 6, 1))
    dialog.register()
    assert "at most until 2027-02-01" in dialog.message.text()
    assert dialog.registered_number is None

    dialog.valid_until.setDate(QDate(2027, 2, 1))
    dialog.register()
    assert dialog.registered_number == "US 123456", dialog.message.text()
    with holder_ctx.database.read() as session:
        shown = show_json(session, "US 123456")
        detail = desk.carnet_detail(session, shown["id"], today=TODAY)
    assert [item["pieces"] for item in shown["items"]] == [1, 2]
    assert shown["registered"]["sheets"]["yellow"]["counterfoils_only"] is True
    assert "stamp" in detail.actions and "print" in detail.actions
    assert not {"open-claim", "add-vouchers", "discharge", "cancel"} & detail.actions


def test_a_replacement_registered_in_the_dialog_starts_with_its_goods_in_its_country(
    holder_ctx: DeskContext,
) -> None:
    dialog = RegisterCarnetDialog(holder_ctx)
    fill_us_cover(dialog)
    dialog.replacement.setChecked(True)
    dialog.register()
    assert "one country" in dialog.message.text()  # FR and CH: where are the goods?
    assert dialog.registered_number is None

    dialog.countries.setText("CH")
    dialog.register()
    assert dialog.registered_number == "US 123456", dialog.message.text()
    with holder_ctx.database.read() as session:
        shown = show_json(session, "US 123456")
    assert shown["kind"] == "replacement" and shown["status"] == "active"
    assert [item["where"] for item in shown["items"]] == [{"CH": 1}, {"CH": 2}]


def test_the_check_in_review_applies_only_the_ticked_differences(
    tmp_path: Path, qapp: object
) -> None:
    chamber = _desk(tmp_path / "chamber", chamber=True)
    holder = _desk(tmp_path / "holder", chamber=False)
    record = _travelled_holder(chamber, holder, tmp_path)
    ctx = _context(chamber.database, tmp_path)
    try:
        dialog = CheckInReviewDialog(ctx, record)
        assert dialog.table.rowCount() == 2
        assert holder.keys.public_key().fingerprint in dialog.confirm_key.text()
        dialog.apply()
        assert "tick the box" in dialog.message.text()  # the key was not confirmed yet
        dialog.confirm_key.setChecked(True)
        item = dialog.table.item(1, 0)
        assert item is not None
        item.setCheckState(Qt.CheckState.Unchecked)
        dialog.apply()
        with chamber.database.read() as session:
            shown = show_json(session, NUMBER)
        assert [m["action"] for m in shown["movements"]] == ["exportation"]
    finally:
        ctx.runner.shutdown()
        chamber.database.dispose()
        holder.database.dispose()


def test_a_holders_window_hides_the_chamber_menus_and_sends_its_record(
    holder_ctx: DeskContext, tmp_path: Path, qtbot: object
) -> None:
    from carnet_app.gui.holder.actions import HolderActions
    from carnet_app.gui.main_window import MainWindow

    window = MainWindow(holder_ctx)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    actions = window.holder_actions
    assert isinstance(actions, HolderActions)
    titles = {a.text().replace("&", ""): a.isVisible() for a in window.menuBar().actions()}
    assert titles.get("Issue") is False and titles.get("Carnet") is True
    assert actions.register_action.isVisible() and actions.send_record_action.isVisible()
    assert not actions.checkin_action.isVisible()

    dialog = RegisterCarnetDialog(holder_ctx)
    fill_us_cover(dialog)
    dialog.register()
    record = tmp_path / "record.json"
    sent = actions.send_to("US 123456", record, record=True)
    assert sent is not None and record.is_file()


def test_a_carnet_file_dropped_on_the_window_is_received(
    holder_ctx: DeskContext, tmp_path: Path, qtbot: object
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    from carnet_app.gui.holder.actions import HolderActions
    from carnet_app.gui.main_window import MainWindow
    from carnet_app.services import carnet_file
    from carnet_app.services.signed_files import TrustedKey, remember_trust

    chamber = _desk(tmp_path / "chamber", chamber=True)
    sent = tmp_path / "carnet.json"
    with chamber.database.read() as session:
        carnet_file.send_carnet(session, NUMBER, sent, keys=chamber.keys, today=TODAY)
    chamber.database.dispose()
    key = chamber.keys.public_key()
    with holder_ctx.database.write() as session:  # the clerk confirmed this key last year
        remember_trust(
            session,
            TrustedKey(key.text, key.fingerprint, "issuer", "CCI Lyon", "FR", None, "test", "x"),
            user="tester",
        )
    window = MainWindow(holder_ctx)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sent)), QUrl("https://example.org/not-a-file.json")])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Qt hands a real drop to the window's event filter; offscreen there is no drag source,
    # so the test gives the event to the filter the way Qt does
    actions = window.holder_actions
    assert isinstance(actions, HolderActions)
    assert window.acceptDrops()
    assert actions.eventFilter(window, drop) is True
    with holder_ctx.database.read() as session:
        assert show_json(session, NUMBER)["registered"]["source"] == "received"

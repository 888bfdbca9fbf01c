"""The check-in review shows a stamp recorded differently as one row, in the desk's language:
its words come from the structured difference, never from the service's English text."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from carnet_app.domain.types import MovementAction
from carnet_app.gui import i18n
from carnet_app.gui.holder.checkin_review import CheckInReviewDialog
from carnet_app.services import movements
from tests.exchange.test_holder_gui import _context
from tests.exchange.test_signed_files import NUMBER, TODAY, _desk, _travelled_holder
from tests.show_json import show_json


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    i18n.install_language("fr", qapp)
    yield
    i18n.install_language("en", qapp)


def _review(tmp_path: Path) -> tuple[CheckInReviewDialog, object]:
    chamber = _desk(tmp_path / "chamber", chamber=True)
    holder = _desk(tmp_path / "holder", chamber=False)
    record = _travelled_holder(chamber, holder, tmp_path)
    holder.database.dispose()
    with chamber.database.write() as session:
        for action, on, country in (
            (MovementAction.EXPORTATION, date(2026, 3, 10), "FR"),
            (MovementAction.IMPORTATION, date(2026, 3, 12), "CH"),
        ):
            movements.record_stamp(
                session,
                NUMBER,
                movements.StampRequest(
                    action=action,
                    on=on,
                    country=country,
                    final_date=date(2026, 6, 30) if country == "CH" else None,
                ),
                confirm=False,
                user="clerk",
                today=TODAY,
            )
    ctx = _context(chamber.database, tmp_path)
    return CheckInReviewDialog(ctx, record), (ctx, chamber)


def test_a_changed_stamp_is_one_row_in_french(tmp_path: Path, french: None) -> None:
    dialog, (ctx, chamber) = _review(tmp_path)
    try:
        assert dialog.table.rowCount() == 1
        kind = dialog.table.item(0, 1)
        said = dialog.table.item(0, 2)
        assert kind is not None and said is not None
        assert kind.text() == "#1 Enregistré autrement"
        assert said.text().startswith("Importation CH, 12/03/2026")
        assert "date\u00a0: 12/03/2026 ici, 11/03/2026 dans le relevé du titulaire" in said.text()
        assert "recorded" not in said.text()
        tick = dialog.table.item(0, 0)
        assert tick is not None and tick.checkState() == Qt.CheckState.Checked
        dialog.confirm_key.setChecked(True)
        dialog.apply()
        with chamber.database.read() as session:  # type: ignore[attr-defined]
            stamps = show_json(session, NUMBER)["movements"]
        assert str(stamps[1]["date"]) == "2026-03-11"
    finally:
        ctx.runner.shutdown()  # type: ignore[attr-defined]
        chamber.database.dispose()  # type: ignore[attr-defined]


def test_the_same_row_in_english(tmp_path: Path, qapp: QApplication) -> None:
    dialog, (ctx, chamber) = _review(tmp_path)
    try:
        said = dialog.table.item(0, 2)
        assert said is not None
        assert said.text().startswith("Importation CH, ")
        assert "was recorded differently:\ndate: " in said.text()
        assert said.text().endswith(" in the holder's record")
    finally:
        ctx.runner.shutdown()  # type: ignore[attr-defined]
        chamber.database.dispose()  # type: ignore[attr-defined]

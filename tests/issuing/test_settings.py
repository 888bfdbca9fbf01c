"""The administrator's settings: each change is saved with an audit event and shows in the
next quote."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from carnet_app.gui.context import DeskContext
from carnet_app.gui.issuing.settings_dialog import SettingsDialog
from carnet_app.gui.issuing.settings_tables import CountryColumn, CountryTableModel
from carnet_app.services import drafts, settings
from carnet_app.services.drafts import DraftForm, StopForm
from carnet_app.services.views import audit_entries
from tests.issuing.conftest import TODAY, good_line


def quote(ctx: DeskContext, stops: tuple[StopForm, ...] = (StopForm("CH"),)) -> drafts.Quote:
    form = DraftForm(
        holder_name="Atelier Test",
        holder_country="FR",
        uses=("PE",),
        itinerary=stops,
        lines=tuple(good_line(n) for n in range(1, 41)),
    )
    result = ctx.read(drafts.quote_form, form, today=TODAY)
    assert result.quote is not None, result.refused_because
    return result.quote


def audit_actions(ctx: DeskContext) -> list[str]:
    return [event.action for event in ctx.read(audit_entries, None)]


def row_of(model: CountryTableModel, code: str) -> int:
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data() == code)


def test_settings_changes_show_in_the_next_quote(ctx: DeskContext, messages: list[Any]) -> None:
    before = quote(ctx)
    assert before.schedule_name.startswith("Example: percentage")
    dialog = SettingsDialog(ctx)

    schedules = dialog.schedules
    duty = next(
        r for r in range(schedules.list.rowCount()) if "duty" in schedules.list.item(r, 0).text()
    )
    schedules.list.selectRow(duty)
    schedules.activate()
    assert quote(ctx).schedule_name.startswith("Example: duty-based")

    schedules.list.selectRow(duty)
    document = json.loads(schedules.text.toPlainText())
    document["fees"]["continuation_sheet"] = "99.00"
    schedules.text.setPlainText(json.dumps(document, indent=2))
    assert schedules.validate()
    schedules.save(activate=True)
    sheets = [line for line in quote(ctx).fees.lines if line.code == "continuation-sheets"]
    assert sheets and sheets[0].unit_price == Decimal("99.00")

    countries = dialog.countries
    model = countries.model
    ch = row_of(model, "CH")
    assert model.setData(model.index(ch, CountryColumn.USE_PE), "N")
    assert model.index(ch, CountryColumn.EDITED).data() == "admin"
    assert any("does not accept" in r for r in quote(ctx).refusals)
    assert "reference.country" in audit_actions(ctx)

    association = dialog.association
    association.currency.setText("CHF")
    association.number_format.setText("{country}-{year}-{serial:05d}")
    assert association.preview.text() == "FR-2026-00001"
    association.save()
    assert association.message.kind == "ok"
    assert quote(ctx).currency == "CHF"


def test_bad_settings_are_refused_with_the_reason(ctx: DeskContext, messages: list[Any]) -> None:
    dialog = SettingsDialog(ctx)
    association = dialog.association
    association.number_format.setText("{country}/{code}")
    assert not association.update_preview()
    assert "must contain {serial}" in association.message.text()
    assert not association.save_button.isEnabled()

    schedules = dialog.schedules
    schedules.text.setPlainText('{"schedule": {"name": "x"}')
    assert not schedules.validate()
    assert "line 1" in schedules.validity.text()
    schedules.text.setPlainText('{"schedule": {"name": "x", "currency": "EURO"}}')
    assert not schedules.validate()
    assert "schedule.currency" in schedules.validity.text()

    model = dialog.countries.model
    ch = row_of(model, "CH")
    assert not model.setData(model.index(ch, CountryColumn.EATA), "someday")
    assert "not a date" in dialog.countries.message.text()


def test_country_model_passes_qtmodeltester(ctx: DeskContext, qtmodeltester: Any) -> None:
    model = CountryTableModel()
    model.set_rows(ctx.read(settings.country_rows))
    model.editor = lambda code, changes: ctx.write(settings.edit_country, code, changes, user="t")
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, CountryColumn.USE_CS).data(Qt.ItemDataRole.ToolTipRole) is None


def test_users_printer_and_backups(
    ctx: DeskContext, messages: list[Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = SettingsDialog(ctx)
    users = dialog.users
    users.table.item(0, 1).setText("Claire Martin (carnet desk)")
    users.add_row("admin", "Paul Girard")
    users.save()
    assert ctx.read(settings.display_name, "clerk") == "Claire Martin (carnet desk)"
    users.add_row("admin", "Someone else")
    users.save()
    assert users.message.kind == "error" and "listed twice" in users.message.text()

    printer = dialog.printer
    printer.a_x.setValue(21.0)
    printer.a_y.setValue(18.5)
    printer.b_x.setValue(191.0)
    printer.compute()
    printer.save()
    calibration = ctx.read(settings.printer_calibration)
    assert calibration.offset_x_mm == pytest.approx(1.0, abs=0.05)
    assert calibration.offset_y_mm == pytest.approx(-1.5, abs=0.05)
    assert calibration.scale == pytest.approx(1.0)
    shown: list[bytes] = []
    from carnet_app.gui.print_preview import PrintPreviewDialog

    monkeypatch.setattr(
        PrintPreviewDialog,
        "open_preview",
        classmethod(lambda cls, parent, pdf, **kw: shown.append(pdf)),
    )
    printer.print_sheet()
    assert shown and shown[0].startswith(b"%PDF")

    data = dialog.data_file
    assert data.location.text().endswith("desk.sqlite3")
    data.backup_now()
    assert data.message.kind == "ok"
    assert data.copies.count() == 1 and data.copies.item(0).text().endswith(".sqlite3")
    assert {"settings.set"} <= set(audit_actions(ctx))


def test_schedules_import_and_export(
    ctx: DeskContext, messages: list[Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = SettingsDialog(ctx)
    target = tmp_path / "schedules.toml"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    dialog.schedules.export_file()
    assert target.exists() and "Example: duty-based" in target.read_text(encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    dialog.schedules.import_file()
    assert dialog.schedules.message.kind == "ok"
    assert "reference.schedule-import" in audit_actions(ctx)

"""No work lost: every editor asks Save / Discard / Cancel before its changes would go, the
wizard keeps a safety copy of what is typed and offers it back after a crash."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLockFile, QSysInfo, Qt
from PySide6.QtWidgets import QDialog, QMainWindow
from pytestqt.qtbot import QtBot

from carnet_app.gui.context import DeskContext
from carnet_app.gui.issuing.actions import IssuingActions
from carnet_app.gui.issuing.packing_list import PackingListDialog
from carnet_app.gui.issuing.recovery import RecoveryStore
from carnet_app.gui.issuing.settings_dialog import SettingsDialog
from carnet_app.gui.issuing.wizard import IssuingWizard
from carnet_app.services import drafts, settings
from tests.gui.dialogs import DialogAnswerer
from tests.issuing.conftest import good_line
from tests.issuing.test_exhibitor_aids import issue


@pytest.fixture(autouse=True)
def _no_answerer_left() -> Iterator[None]:
    yield
    DialogAnswerer.stop_all()


def typed_wizard(ctx: DeskContext, qtbot: QtBot) -> IssuingWizard:
    wizard = IssuingWizard(ctx, ctx.read(drafts.issuing_desk))
    wizard.show()
    wizard.holder_page.name.setText("Lumière Productions SARL")
    wizard.uses_page.use_boxes["PE"].setChecked(True)
    wizard.goods_page.editor.set_lines([good_line(1), good_line(2)])
    return wizard


def throw_away(*editors: QDialog) -> None:
    """Close what a test left open without the question (nobody would answer it)."""
    for editor in editors:
        answers = DialogAnswerer().answer("Discard")
        editor.reject()
        answers.stop()
        editor.hide()


def test_esc_in_a_typed_wizard_asks_and_cancel_keeps_the_work(
    ctx: DeskContext, qtbot: QtBot, messages: list[Any]
) -> None:
    wizard = typed_wizard(ctx, qtbot)
    answers = DialogAnswerer().answer("Cancel")
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert answers.seen and answers.seen[0][0] == "UnsavedChanges"
    assert set(answers.seen[0][2]) >= {"Save draft", "Discard", "Cancel"}
    assert wizard.isVisible()
    assert wizard.holder_page.name.text() == "Lumière Productions SARL"
    throw_away(wizard)


def test_closing_a_typed_wizard_with_save_draft_keeps_a_draft(
    ctx: DeskContext, qtbot: QtBot, messages: list[Any]
) -> None:
    wizard = typed_wizard(ctx, qtbot)
    answers = DialogAnswerer().answer("Save draft")
    wizard.close()
    assert messages == [] and answers.seen[0][0] == "UnsavedChanges"
    assert not wizard.isVisible()
    assert wizard.draft_id is not None
    loaded = ctx.read(drafts.load_draft, wizard.draft_id)
    assert loaded.form.holder_name == "Lumière Productions SARL"
    assert len([line for line in loaded.form.lines if not line.is_blank()]) == 2


def test_discard_closes_without_a_draft_and_an_untouched_wizard_closes_at_once(
    ctx: DeskContext, qtbot: QtBot, messages: list[Any]
) -> None:
    wizard = typed_wizard(ctx, qtbot)
    answers = DialogAnswerer().answer("Discard")
    wizard.reject()
    assert not wizard.isVisible() and wizard.draft_id is None
    answers.stop()
    untouched = IssuingWizard(ctx, ctx.read(drafts.issuing_desk))
    qtbot.addWidget(untouched)
    untouched.show()
    for page_id in untouched.pageIds():  # the steps propose things by themselves
        untouched.setStartId(page_id)
        untouched.restart()
    quiet = DialogAnswerer()
    untouched.reject()
    assert not untouched.isVisible() and quiet.seen == []


def test_the_wizard_keeps_a_safety_copy_offered_back_after_a_crash(
    ctx: DeskContext, qtbot: QtBot, messages: list[Any]
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    crashed = IssuingActions(window, ctx)
    wizard = crashed.new_carnet()
    assert wizard is not None
    wizard.holder_page.name.setText("Atelier Dupont")
    wizard.goods_page.editor.set_lines([good_line(1)])
    wizard.autosave_now()  # the timer does this every few seconds
    copies = list((ctx.paths.data_dir / "recovery").glob("*.json"))
    assert len(copies) == 1
    assert json.loads(copies[0].read_text("utf-8"))["form"]["holder_name"] == "Atelier Dupont"
    # the desk dies: its session lock is left behind by a process that no longer exists
    store = crashed.recovery()
    store.close()
    lock = store.folder / f"{store.session}.lock"
    dead_pid = subprocess.Popen(["true"])
    dead_pid.wait()
    host = QSysInfo.machineHostName()
    lock.write_text(f"{dead_pid.pid}\ncarnet-app\n{host}\n", encoding="utf-8")

    restarted = IssuingActions(window, ctx)
    answers = DialogAnswerer().answer("Reopen")
    reopened = restarted.offer_recovery()
    assert "Atelier Dupont" in answers.seen[0][1]
    assert len(reopened) == 1
    assert reopened[0].holder_page.name.text() == "Atelier Dupont"
    assert reopened[0].has_unsaved_changes()
    throw_away(*reopened, wizard)


def test_a_running_desks_copy_is_not_offered_to_another_desk(
    ctx: DeskContext, tmp_path: Path
) -> None:
    running = RecoveryStore(tmp_path, "sqlite:///same.sqlite3")
    running.slot().write(drafts.DraftForm(holder_name="Still typing"), None, None)
    other = RecoveryStore(tmp_path, "sqlite:///same.sqlite3")
    elsewhere = RecoveryStore(tmp_path, "sqlite:///another.sqlite3")
    # a QLockFile held in this process stands for the other running desk
    assert QLockFile(str(running.folder / f"{running.session}.lock")).tryLock(0) is False
    assert other.left_behind() == [] and elsewhere.left_behind() == []
    running.close()
    assert [r.form.holder_name for r in other.left_behind()] == ["Still typing"]
    assert elsewhere.left_behind() == []


def test_settings_ask_before_unsaved_edits_go_and_save_them(
    ctx: DeskContext, qtbot: QtBot, messages: list[Any]
) -> None:
    dialog = SettingsDialog(ctx)
    dialog.show()
    dialog.association.name.setText("CCI Lyon Métropole")
    dialog.printer.offset_x.setValue(1.5)
    assert dialog.changed_pages() == ["association", "printer"]
    answers = DialogAnswerer().answer("Cancel", "Save")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert "Association" in answers.seen[0][1] and "Printer" in answers.seen[0][1]
    dialog.reject()
    assert not dialog.isVisible()
    info = ctx.read(settings.association_info)
    assert info is not None and info.name == "CCI Lyon Métropole"
    assert ctx.read(settings.printer_calibration).offset_x_mm == 1.5


def test_the_packing_list_asks_before_its_cases_are_lost(
    ctx: DeskContext, qtbot: QtBot, messages: list[Any]
) -> None:
    carnet = issue(ctx)
    dialog = PackingListDialog(ctx, carnet_id=carnet.id)
    dialog.show()
    dialog.lines.selectRow(0)
    dialog.case_name.setText("Case 1")
    dialog.assign_selected()
    assert dialog.has_changes()
    answers = DialogAnswerer().answer("Cancel", "Discard")
    dialog.reject()
    assert dialog.isVisible() and answers.seen[0][0] == "UnsavedChanges"
    dialog.reject()
    assert not dialog.isVisible()
    reopened = PackingListDialog(ctx, carnet_id=carnet.id)
    qtbot.addWidget(reopened)
    assert not any(reopened.assignment().values())

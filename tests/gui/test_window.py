"""The main window, the dashboard, print preview, errors in their kinds, the task runner and
the screenshot command."""

from __future__ import annotations

import struct
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox

from carnet_app.domain.alerts import AlertKind, Urgency
from carnet_app.domain.messages import say
from carnet_app.domain.types import MovementAction
from carnet_app.errors import EnvironmentProblem, UserError
from carnet_app.gui import errors as gui_errors
from carnet_app.gui.context import DeskContext
from carnet_app.gui.main_window import GEOMETRY_KEY, MainWindow
from carnet_app.gui.pages.carnet_detail import TABS
from carnet_app.gui.print_preview import PrintPreviewDialog, print_pdf
from carnet_app.gui.tasks import TaskRunner
from carnet_app.services import desk, movements, views
from carnet_app.services.movements import StampRequest
from tests.gui.conftest import TODAY
from tests.show_json import show_json


def test_dashboard_lists_a_carnet_whose_final_date_is_near(
    window: MainWindow, ctx: DeskContext
) -> None:
    listed = ctx.read(views.list_carnets, status="issued")
    number = listed[0].number
    carnet = ctx.read(show_json, number)
    visit = next(s["country"] for s in carnet["itinerary"] if s["kind"] == "visit")
    day = max(carnet["issued_on"], TODAY - timedelta(days=2))
    for action, country, final in (
        (MovementAction.EXPORTATION, None, None),
        (MovementAction.IMPORTATION, visit, TODAY + timedelta(days=5)),
    ):
        ctx.write(
            movements.record_stamp,
            number,
            StampRequest(action, on=day, country=country, final_date=final),
            confirm=False,
            user="tester",
            today=TODAY,
        )
    dashboard = window.dashboard
    dashboard.group_buttons[Urgency.THIS_WEEK.value].click()  # the save already refreshed it
    model = dashboard.model
    found = [r for r in model.rows() if r.number == number]
    assert any(r.kind == AlertKind.FINAL_DATE.value for r in found)
    row = next(
        i
        for i, r in enumerate(model.rows())
        if r.number == number and r.kind == AlertKind.FINAL_DATE.value
    )
    dashboard.table.clicked.emit(model.index(row, 0))  # one click opens it at the right tab
    assert window.current_page() == "detail"
    assert window.detail.title.text() == number
    assert window.detail.tabs.currentIndex() == TABS.index("movements")


def test_window_pages_shortcuts_and_geometry(
    window: MainWindow, ctx: DeskContext, qtbot: Any
) -> None:
    assert window.list_page.model.rowCount() > 0
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    assert window.stamp_action.shortcut().toString() == "Ctrl+R"
    assert window.print_action.shortcut().toString() == "Ctrl+P"
    assert window.refresh_action.shortcut().toString() == "F5"
    window.find_action.trigger()
    assert window.current_page() == "list"
    window.list_page.table.selectRow(0)
    with qtbot.waitSignal(ctx.data_changed):
        window.refresh_action.trigger()
    window.close()
    assert isinstance(ctx.settings.value(GEOMETRY_KEY), QByteArray)


def test_about_box_names_version_and_data_file(window: MainWindow, monkeypatch: Any) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window.about()
    from carnet_app import __version__

    assert __version__ in shown[0] and "desk.sqlite3" in shown[0]


def test_errors_shown_in_their_kind(monkeypatch: Any, qapp: Any) -> None:
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, t, x: seen.append(("warning", x)))
    monkeypatch.setattr(QMessageBox, "critical", lambda p, t, x: seen.append(("critical", x)))
    monkeypatch.setattr(
        gui_errors.CrashDialog,
        "show_crash",
        classmethod(
            lambda cls, exc, parent=None: seen.append(("crash", gui_errors.details_of(exc)))
        ),
    )
    future = say("date.future", field="date", day=date(2099, 1, 2))
    gui_errors.show_error(None, UserError(future))
    full = say("database.hint.disk-full")
    gui_errors.show_error(None, EnvironmentProblem(full, path="/data/carnets.sqlite3"))
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        gui_errors.show_error(None, exc)
    assert seen[0] == ("warning", "date: 2099-01-02 is in the future")
    assert seen[1][0] == "critical" and "/data/carnets.sqlite3" in seen[1][1]
    assert seen[2][0] == "crash" and "RuntimeError: boom" in seen[2][1]


def test_crash_dialog_copies_details(qtbot: Any) -> None:
    dialog = gui_errors.CrashDialog(ValueError("bad"))
    qtbot.addWidget(dialog)
    dialog.copy_details()
    from PySide6.QtGui import QGuiApplication

    assert "ValueError: bad" in QGuiApplication.clipboard().text()


def test_task_runner_delivers_on_the_gui_thread(qtbot: Any) -> None:
    import threading

    runner = TaskRunner()
    results: list[tuple[object, bool]] = []
    main = threading.get_ident()
    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.submit(
            lambda: threading.get_ident(),
            on_done=lambda r: results.append((r, threading.get_ident() == main)),
        )
    failures: list[BaseException] = []
    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.submit(lambda: 1 / 0, on_done=lambda r: None, on_error=failures.append)
    runner.shutdown()
    assert results[0][0] != main and results[0][1]
    assert isinstance(failures[0], ZeroDivisionError)


def _pdf_bytes() -> bytes:
    return desk.render_calibration_sheet()


def test_print_preview_opens_a_rendered_pdf(qtbot: Any, tmp_path: Path, monkeypatch: Any) -> None:
    dialog = PrintPreviewDialog(_pdf_bytes(), title="Calibration", file_name="calibration.pdf")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready, timeout=5000)
    assert dialog.page_count >= 1
    assert "Page 1 of" in dialog.pages_label.text()

    target = tmp_path / "out" / "export"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    written = dialog.export_pdf()
    assert written == target.with_suffix(".pdf")
    assert written.read_bytes() == dialog.pdf

    printed = tmp_path / "printed.pdf"

    def to_file(parent: Any, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setResolution(72)
        return True

    monkeypatch.setattr(
        PrintPreviewDialog, "choose_printer", classmethod(lambda cls, p, pr: to_file(p, pr))
    )
    assert dialog.print_document() == dialog.page_count
    assert printed.stat().st_size > 0


def test_print_pdf_keeps_the_page_size(qapp: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.setData(QByteArray(_pdf_bytes()))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "x.pdf"))
    printer.setResolution(72)
    assert print_pdf(document, printer) == document.pageCount()
    size = printer.pageLayout().fullRect().size()  # points: A4 at 100 %, no fitting
    assert round(size.width()) == round(document.pagePointSize(0).width())
    assert round(size.height()) == round(document.pagePointSize(0).height())


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    return int(width), int(height)


@pytest.mark.slow
def test_screenshot_command_writes_a_png(tmp_path: Path) -> None:
    target = tmp_path / "shot.png"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "carnet_app.gui.launcher",
            "--screenshot",
            str(target),
            "--page",
            "list",
            "--demo",
            "--size",
            "1280x800",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert target.stat().st_size > 10_000
    assert _png_size(target) == (1280, 800)


def test_the_desk_makes_one_backup_a_day(ctx: DeskContext, qtbot: Any) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.start()
    copies = list(ctx.paths.backups_dir.glob("*daily*.sqlite3"))  # each with its manifest
    assert len(copies) == 1 and TODAY.isoformat() in copies[0].name
    window.daily_backup()  # the timer fires again the same day: nothing new
    assert list(ctx.paths.backups_dir.glob("*daily*.sqlite3")) == copies


def test_restore_from_a_backup_brings_the_old_content_back(
    ctx: DeskContext, qtbot: Any, monkeypatch: Any
) -> None:
    from carnet_app.services import backups, carnets, views

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    copy = backups.backup(ctx.database, ctx.paths.backups_dir, label="manual")
    number = ctx.read(views.list_carnets, status="issued")[0].number
    ctx.write(carnets.cancel, number, user="clerk", today=TODAY)
    assert ctx.read(show_json, number)["status"] == "cancelled"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    window.restore_from_backup()
    assert ctx.read(show_json, number)["status"] == "issued"
    assert shown and "previous content was kept" in shown[0]

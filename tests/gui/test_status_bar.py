"""The status bar never draws two texts over each other: the data file's name waits while a
message ("Daily backup written") is shown, and comes back after it (it was drawn under the
message when the desk left demo data or opened a file during a message)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from carnet_app.gui.main_window import MainWindow


def test_the_data_file_waits_for_a_message_to_end(window: MainWindow) -> None:
    window.resize(1024, 640)
    window.show()
    window.statusBar().showMessage("Daily backup written", 60_000)
    window.mark_demo(False)
    QApplication.processEvents()
    assert not window.file_label.isVisible()
    window.statusBar().clearMessage()
    QApplication.processEvents()
    assert window.file_label.isVisible()
    window.mark_demo(True)
    assert not window.file_label.isVisible() and window.demo_banner.isVisible()

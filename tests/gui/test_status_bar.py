"""The status bar never draws two texts over each other: a message ("Daily backup written")
and the data file's name each have their own part of it. The file's name was drawn under the
message when the message came before the window was shown (the day's first backup)."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from carnet_app.gui.main_window import MainWindow


def test_a_message_and_the_data_file_do_not_overlap(window: MainWindow) -> None:
    message = "Daily backup written"
    window.statusBar().showMessage(message, 60_000)  # before the window shows, as at start
    window.resize(1024, 640)
    window.show()
    QApplication.processEvents()
    label = window.file_label
    assert label.isVisible() and label.text()
    message_width = QFontMetrics(window.statusBar().font()).horizontalAdvance(message)
    assert label.geometry().left() > message_width
    window.mark_demo(True)
    assert not label.isVisible() and window.demo_banner.isVisible()
    window.mark_demo(False)
    assert label.isVisible()

"""PySide6 6.12.0 drops a reference to ``None`` on every call of a method without a result; on
Python 3.11 the desk aborted ("none_dealloc") after some 50,000 such calls, a clerk's morning
or one test file that walks the issuing wizard. The GUI package makes None immortal first."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel

import carnet_app.gui  # noqa: F401  (the workaround runs on import)


def test_a_long_session_of_calls_into_qt_does_not_free_none(qapp: QApplication) -> None:
    label = QLabel("x")
    before = sys.getrefcount(None)
    for _ in range(200_000):  # more than None's whole count without the workaround
        label.hide()
    assert sys.getrefcount(None) > 0
    assert before > 200_000

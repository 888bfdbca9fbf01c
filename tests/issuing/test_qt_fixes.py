"""Emitting signals from Python must not use up ``True`` (PySide6 6.12.0 lost one reference
per emit; the interpreter aborted after a few hundred)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from carnet_app.gui.issuing import qt_fixes


class Sender(QObject):
    ping = Signal()
    value = Signal(int)


def test_emitting_signals_keeps_true_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    qt_fixes.install()
    sender = Sender()
    before = sys.getrefcount(True)
    for number in range(2000):
        sender.ping.emit()
        sender.value.emit(number)
    assert sys.getrefcount(True) >= before
    assert qt_fixes.emit_leaks() is False

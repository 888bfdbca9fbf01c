"""Answer the next modal dialog a test reaches by clicking one of its real buttons (the
dialog runs its own event loop; a timer clicks once it is up)."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMessageBox, QWidget


class DialogAnswerer:
    """Clicks the buttons given, one dialog each; records each dialog's text and buttons."""

    running: ClassVar[list[DialogAnswerer]] = []

    @classmethod
    def stop_all(cls) -> None:
        for answerer in cls.running:
            answerer.stop()
        cls.running.clear()

    def __init__(self) -> None:
        DialogAnswerer.running.append(self)
        self.plan: list[str | Callable[[QWidget], None]] = []
        self.seen: list[tuple[str, str, list[str]]] = []
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._tick)

    def answer(self, *answers: str | Callable[[QWidget], None]) -> DialogAnswerer:
        self.plan.extend(answers)
        self._timer.start()
        return self

    def _tick(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not self.plan or not dialog.isVisible():
            return
        if getattr(dialog, "_answered", False):
            return
        dialog._answered = True  # type: ignore[attr-defined]
        buttons = [b for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
        names = [b.text().replace("&", "") for b in buttons]
        text = dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle()
        self.seen.append((dialog.objectName(), text, names))
        step = self.plan.pop(0)
        if not self.plan:
            self._timer.stop()
        if callable(step):
            step(dialog)
            return
        for button, name in zip(buttons, names, strict=True):
            if name == step:
                button.click()
                return
        assert isinstance(dialog, QDialog)
        dialog.reject()
        raise AssertionError(f"no button {step!r} in {names}")

    def stop(self) -> None:
        self._timer.stop()

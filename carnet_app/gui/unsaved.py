"""The one question every editor asks before its changes would be lost: save, discard or
stay. Asked on Close, Esc and the window's close box alike."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

DIALOG_NAME = "UnsavedChanges"
TITLE = QT_TRANSLATE_NOOP("Unsaved", "Unsaved changes")
QUESTION = QT_TRANSLATE_NOOP("Unsaved", "Save them before closing, or discard them?")


class UnsavedChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Unsaved", text)


def ask_unsaved(parent: QWidget | None, text: str, *, save_text: str = "") -> UnsavedChoice:
    """Save (labelled SAVE_TEXT, "Save" by default) / Discard / Cancel; Esc is Cancel."""
    box = QMessageBox(parent)
    box.setObjectName(DIALOG_NAME)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr(str(TITLE)))
    box.setText(text)
    box.setInformativeText(_tr(str(QUESTION)))
    save = box.addButton(QMessageBox.StandardButton.Save)
    if save_text:
        save.setText(save_text)
    discard = box.addButton(QMessageBox.StandardButton.Discard)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return UnsavedChoice.SAVE
    if clicked is discard:
        return UnsavedChoice.DISCARD
    return UnsavedChoice.CANCEL


def may_close(
    parent: QWidget,
    *,
    changed: bool,
    text: str,
    save: Callable[[], bool],
    save_text: str = "",
) -> bool:
    """True when the editor may close: nothing changed, the user discarded, or saving
    worked. False keeps it open (Cancel, or the save was refused)."""
    if not changed:
        return True
    choice = ask_unsaved(parent, text, save_text=save_text)
    if choice is UnsavedChoice.DISCARD:
        return True
    if choice is UnsavedChoice.SAVE:
        return save()
    return False

"""The desk: PySide6 main window, pages, dialogs and table models over the services."""

from carnet_app.gui import _pyside_workarounds as _pyside_workarounds  # before any signal use

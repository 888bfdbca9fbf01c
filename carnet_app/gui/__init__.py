"""The desk: PySide6 main window, pages, dialogs and table models over the services."""

"""The main window's pages: dashboard, carnet list, carnet detail."""

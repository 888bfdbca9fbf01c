"""Dialogs that return values (``ask``); callers hand the values to services."""

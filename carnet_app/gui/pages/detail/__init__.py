"""The parts of the carnet detail page: one widget per tab, the actions controller shared by
the buttons and the menus, and the documents the desk makes for the carnet."""

"""Issuing a carnet, and the administrator's settings: the wizard, the general-list editor, the
quote, the settings dialog, and the exhibitor aids (trip planner, packing list).

The main window calls ``install_issuing_actions(window, ctx)`` once; it adds the "Issue" and
"Tools" menus and returns the ``IssuingActions`` (their QActions can go on a toolbar too).
"""

from __future__ import annotations

from carnet_app.gui.issuing.actions import IssuingActions, install_issuing_actions

__all__ = ["IssuingActions", "install_issuing_actions"]

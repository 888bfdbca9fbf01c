"""Frozen entry point of ``carnet-app`` (the desk window)."""

from carnet_app.gui.launcher import main

raise SystemExit(main())

"""Frozen entry point of ``carnet`` (the command line), built beside ``carnet-app``."""

from carnet_app.cli import main

raise SystemExit(main())

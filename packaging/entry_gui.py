"""Frozen entry point of ``carnet-app`` (the desk window)."""

import multiprocessing

# a process the program starts (a large demo load hashes in one) runs its task, not the program
multiprocessing.freeze_support()

from carnet_app.gui.launcher import main  # noqa: E402

raise SystemExit(main())

"""Frozen entry point of ``carnet`` (the command line), built beside ``carnet-app``."""

import multiprocessing

# a process the program starts (a large demo load hashes in one) runs its task, not the program
multiprocessing.freeze_support()

from carnet_app.cli import main  # noqa: E402

raise SystemExit(main())

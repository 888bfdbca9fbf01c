"""The ``carnet`` program: the process prepared (``carnet_app.startup``) before the command
line and anything it imports is loaded."""

from __future__ import annotations


def carnet() -> int:
    from carnet_app.startup import prepare_process

    prepare_process()
    from carnet_app.cli.main import main

    return main()

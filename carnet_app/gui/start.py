"""The ``carnet-app`` program: the start prepared (``carnet_app.startup``), then the desk."""

from __future__ import annotations


def main() -> int:
    from carnet_app.startup import prepare_process

    prepare_process()
    from carnet_app.gui.launcher import main as launch

    return launch()

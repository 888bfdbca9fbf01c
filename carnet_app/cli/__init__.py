"""The ``carnet`` command (contract in docs/cli.md): a thin shell over the services."""

from carnet_app.cli.main import main

__all__ = ["main"]

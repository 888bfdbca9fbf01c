"""The ``carnet`` command (contract in docs/cli.md): a thin shell over the services.

The ``carnet`` program starts at ``carnet_app.command_line.carnet``, which prepares the process
before this package is imported."""

from carnet_app.cli.main import main

__all__ = ["main"]

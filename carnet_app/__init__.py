"""Carnet Desk: follow ATA carnets through their whole life."""

from typing import Any

APP_NAME = "Carnet Desk"
APP_ID = "org.carnetdesk.CarnetDesk"
APP_AUTHOR = "CarnetDesk"


def __getattr__(name: str) -> Any:
    # ``__version__`` is read from the installed metadata on first use only: importing
    # importlib.metadata costs more than the whole of ``carnet --help`` may take.
    if name != "__version__":
        raise AttributeError(f"module 'carnet_app' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("carnet-desk")
    except PackageNotFoundError:  # running from a source tree without installation
        found = "0.0.0+source"
    globals()["__version__"] = found
    return found

"""Carnet Desk: follow ATA carnets through their whole life."""

from importlib.metadata import PackageNotFoundError, version

APP_NAME = "Carnet Desk"
APP_ID = "org.carnetdesk.CarnetDesk"
APP_AUTHOR = "CarnetDesk"

try:
    __version__ = version("carnet-desk")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0+source"

"""Carnet Desk: follow ATA carnets through their whole life."""

# The one place the version is written: the package metadata reads it from here
# ([tool.hatch.version] in pyproject.toml), so ``carnet --version`` needs no
# importlib.metadata (slower to import than the rest of ``carnet --help``).
__version__ = "0.1.0"

APP_NAME = "Carnet Desk"
APP_ID = "org.carnetdesk.CarnetDesk"
APP_AUTHOR = "CarnetDesk"

"""Where data lives: platformdirs once, overridable for tests and for each desk."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from carnet_app import APP_AUTHOR, APP_NAME

DB_ENV_VAR = "CARNET_DB"
DATA_DIR_ENV_VAR = "CARNET_DATA_DIR"
DEFAULT_DB_FILENAME = "carnets.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    backups_dir: Path
    logs_dir: Path

    @classmethod
    def from_environment(cls) -> AppPaths:
        override = os.environ.get(DATA_DIR_ENV_VAR)
        if override:
            return cls.from_base_dir(Path(override))
        data = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
        logs = Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
        return cls(data_dir=data, backups_dir=data / "backups", logs_dir=logs)

    @classmethod
    def from_base_dir(cls, base: Path) -> AppPaths:
        return cls(data_dir=base, backups_dir=base / "backups", logs_dir=base / "logs")

    @property
    def default_db_file(self) -> Path:
        return self.data_dir / DEFAULT_DB_FILENAME


def resolve_database_url(option: str | None, paths: AppPaths | None = None) -> str:
    """``--db`` first, then ``$CARNET_DB``, then the default file; a path or a SQLAlchemy URL."""
    chosen = option or os.environ.get(DB_ENV_VAR)
    if not chosen:
        chosen = str((paths or AppPaths.from_environment()).default_db_file)
    if "://" in chosen:
        return chosen
    return "sqlite:///" + str(Path(chosen).expanduser().resolve())


def sqlite_file_of(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other backends and in-memory databases."""
    prefix = "sqlite:///"
    if url.startswith("sqlite") and url.startswith(prefix) and len(url) > len(prefix):
        path = url.split(":///", 1)[1].split("?", 1)[0]
        if path and path != ":memory:":
            return Path(path)
    if url.startswith("sqlite+pysqlite:///"):
        return Path(url.split(":///", 1)[1].split("?", 1)[0])
    return None

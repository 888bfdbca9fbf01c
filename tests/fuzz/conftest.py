"""The fuzz tests write through the services on every backend the run has."""

from tests.safety.conftest import backend, database, db_url, paths

__all__ = ["backend", "database", "db_url", "paths"]

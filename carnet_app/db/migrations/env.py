"""Alembic environment: run on the connection the application hands over (never an ini file)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool

from carnet_app.db import models as _models  # noqa: F401  (registers every table)
from carnet_app.db.base import Base
from carnet_app.db.migrations.env_support import not_search_index

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # `alembic` command line during development
        engine = engine_from_config(
            config.get_section(config.config_ini_section) or {},
            prefix="sqlalchemy.",
            poolclass=pool.NullPool,
        )
        with engine.connect() as connection:
            _run(connection)
        return
    _run(connection)


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_object=not_search_index,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()

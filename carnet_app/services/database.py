"""Opening a database for a desk: schema created or upgraded, reference data in place."""

from __future__ import annotations

from carnet_app.db.migrate import connect
from carnet_app.db.uow import Database
from carnet_app.paths import AppPaths
from carnet_app.services.reference import seed_reference_data


def open_database(url: str, paths: AppPaths) -> Database:
    database = connect(url, paths.backups_dir)
    try:
        with database.write() as session:
            seed_reference_data(session)
    except BaseException:
        database.dispose()  # a desk that could not open leaves no connection behind
        raise
    return database

"""Storage: typed SQLAlchemy models, the engine, units of work, read queries, migrations."""

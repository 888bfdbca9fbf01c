"""PostgreSQL's search documents (``db/search_documents.py``) kept in step with every write:
the carnets a transaction touched get their document made again before it commits."""

from __future__ import annotations

from carnet_app.db.search_documents import refresh_search_documents
from carnet_app.db.touched import follow_carnet_writes

follow_carnet_writes(refresh_search_documents)

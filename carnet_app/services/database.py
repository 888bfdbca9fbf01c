"""Opening a database for a desk: schema created or upgraded, reference data in place.

Opening takes no write lock when nothing needs writing: the schema version is read and
compared first (alembic runs only when it differs), and the shipped reference data is seeded
in its own short write only when it is missing or older than the program's. So reading
never waits for another desk's write, and a database on a read-only mount can be read.

Leftovers of killed backups and restores are removed here, at start (``backups``). After
each audited write the desk signs the audit chain's new head and keeps it beside its backups
(``signed_head``).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session as Session  # the interfaces type their read/write tasks by it

from carnet_app.db.migrate import connect, make_private_folder
from carnet_app.db.reference_models import CountryRuleRow, ScheduleRow
from carnet_app.db.uow import Database
from carnet_app.domain.messages import Message
from carnet_app.paths import AppPaths
from carnet_app.services import backups

if TYPE_CHECKING:  # loaded when used: opening a database to read signs and verifies nothing
    from carnet_app.keys import KeyStore
    from carnet_app.services import signed_head
    from carnet_app.services.signed_head import SignedHead

log = logging.getLogger(__name__)


def open_database(url: str, paths: AppPaths) -> Database:
    try:
        make_private_folder(paths.data_dir)  # keys, head files and backups live here
    except OSError:
        pass  # a read-only place: reading still works, the database says what it cannot do
    backups.clean_leftovers(paths.backups_dir)
    database = connect(url, paths.backups_dir)
    try:
        if not database.read_only:
            with database.read() as session:
                needed = reference_data_needed(session)
            if needed:
                from carnet_app.services.reference import seed_reference_data

                with database.write() as session:
                    seed_reference_data(session)
        identity = backups.database_identity(database)
        database.after_write = HeadKeeper(paths, identity)
    except BaseException:
        database.dispose()  # a desk that could not open leaves no connection behind
        raise
    return database


def reference_data_needed(session: Session) -> bool:
    """Whether ``seed_reference_data`` would write anything (read only, no lock)."""
    from carnet_app.services.reference import shipped_country_data

    if not session.scalar(select(func.count()).select_from(ScheduleRow)):
        return True
    table, version = shipped_country_data()
    rows = {
        code: (data_version, edited)
        for code, data_version, edited in session.execute(
            select(CountryRuleRow.code, CountryRuleRow.data_version, CountryRuleRow.edited_by_admin)
        )
    }
    for rule in table.rules():
        known = rows.get(rule.code)
        if known is None or (not known[1] and known[0] < version):
            return True
    return False


class HeadKeeper:
    """Signs the chain's head after each audited write and keeps it in two places: beside the
    backups and in the data folder (``signed_head.head_folders``)."""

    def __init__(self, paths: AppPaths, identity: str) -> None:
        self.folder = paths.backups_dir
        self.paths = paths
        self.identity = identity

    @property
    def keys(self) -> KeyStore:
        from carnet_app.keys import KeyStore

        return KeyStore.for_paths(self.paths)

    def __call__(self, head: tuple[int, str]) -> None:
        from carnet_app.services import signed_head

        events, last = head
        signed_head.keep_heads(self.folder, self.keys, self.identity, events, last)


@dataclass(frozen=True)
class RecordCheck:
    """``audit --verify``: the chain, the rows under it, and the newest signed head found.

    ``intact``: nothing contradicts the record. ``warning``: what it cannot vouch for even so
    (no signed head survives: the latest events may have been deleted)."""

    events: int
    rows: int
    rows_covered: int
    head: signed_head.SignedHead | None
    head_where: str | None
    problem: Message | None
    warning: str | None = None

    @property
    def intact(self) -> bool:
        return self.problem is None

    @property
    def vouched(self) -> bool:
        """Intact, and a signed head vouches for its tail."""
        return self.intact and self.warning is None


def signed_heads(paths: AppPaths, identity: str, keys: KeyStore) -> list[tuple[SignedHead, str]]:
    """Every head this desk signed for this database: its head files (beside the backups and
    in the data folder) and its backups' manifests."""
    from carnet_app.services import signed_head
    from carnet_app.services.signed_head import SignedHead

    mine = keys.public_key().text if keys.has_key() else None
    found: list[tuple[SignedHead, str]] = []
    since = ""
    for place in signed_head.head_folders(paths.backups_dir):
        path = signed_head.head_file(place, identity)
        head = signed_head.read_head(path)
        if head is None:
            continue
        where = path.name if place == paths.data_dir else f"{place.name}/{path.name}"
        found.append((head, where))
        if head.restored_at and head.signature_holds():
            # the database was rewound then: heads signed before are history
            since = max(since, head.restored_at)
    folder = paths.backups_dir
    if folder.is_dir():
        for manifest in folder.glob(f"*{backups.MANIFEST_SUFFIX}"):
            try:
                data = json.loads(manifest.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if not isinstance(data, dict) or data.get("identity") != identity:
                continue
            signed = SignedHead.from_dict(data.get("audit"))
            if signed is not None and signed.signed_at > since:
                found.append((signed, manifest.name))
    return [
        (h, where)
        for h, where in found
        if mine is not None
        and h.public_key == mine
        and (not since or h.signed_at > since or h.restored_at == since)
    ]


def verify_record(database: Database, paths: AppPaths) -> RecordCheck:
    from carnet_app.keys import KeyStore
    from carnet_app.services import row_digests, signed_head
    from carnet_app.services.audit import verify_chain

    identity = backups.database_identity(database)
    heads = signed_heads(paths, identity, KeyStore.for_paths(paths))
    newest = signed_head.newest_head(heads)
    with database.read() as session:
        chain = verify_chain(session)
        rows = row_digests.verify_rows(session)
        events, _ = signed_head.chain_head(session)
        problem = chain.problem if not chain.intact else None
        if problem is None and newest is not None:
            problem = signed_head.check_against(session, *newest).problem
        if problem is None:
            problem = rows.problem
    return RecordCheck(
        warning=signed_head.NO_HEAD_WARNING if newest is None else None,
        events=events,
        rows=rows.rows,
        rows_covered=rows.covered,
        head=newest[0] if newest else None,
        head_where=newest[1] if newest else None,
        problem=problem,
    )

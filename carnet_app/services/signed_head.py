"""The audit chain's head, signed with the desk's key and kept outside the database.

After each audited write the desk writes ``{identity}.head.json`` in two places, beside its
backups and in its data folder (``head_folders``), so that deleting one does not lose it: how
many events the chain had, the hash of the last one, signed with the desk's Ed25519 key
(``carnet_app.keys``). The same signed head goes into every backup's manifest and every
export. A database whose chain no longer reaches the newest signed head it can find was
rewritten or truncated, however well its hashes were recomputed.

A head is a lower bound: the database may have more events (a desk wrote after it), never
fewer, and its event number ``events`` must still have the signed hash.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from carnet_app.db.models import AuditEvent
from carnet_app.domain.json_types import JsonObject
from carnet_app.domain.messages import Message, say
from carnet_app.errors import EnvironmentProblem
from carnet_app.files import write_atomically
from carnet_app.keys import KeyStore, PublicKey

HEAD_SUFFIX = ".head.json"
PRIVATE_FOLDER = 0o700


def _signed_bytes(
    identity: str | None, events: int, head: str | None, restored_at: str | None = None
) -> bytes:
    fields: dict[str, Any] = {"identity": identity, "events": events, "head": head}
    if restored_at is not None:
        fields["restored_at"] = restored_at
    return json.dumps(fields, sort_keys=True, separators=(",", ":")).encode("utf-8")


@dataclass(frozen=True)
class SignedHead:
    identity: str | None
    events: int
    head: str | None
    signed_at: str
    public_key: str
    signature: str
    # Set on the head written by a restore: heads signed before it describe the database as
    # it was before it was rewound, and no longer bind it.
    restored_at: str | None = None

    def as_dict(self) -> JsonObject:
        data: JsonObject = {
            "identity": self.identity,
            "events": self.events,
            "head": self.head,
            "signed_at": self.signed_at,
            "public_key": self.public_key,
            "signature": self.signature,
        }
        if self.restored_at is not None:
            data["restored_at"] = self.restored_at
        return data

    @classmethod
    def from_dict(cls, data: object) -> SignedHead | None:
        """A head read from a file; None when it is not one."""
        if not isinstance(data, dict):
            return None
        events = data.get("events")
        if isinstance(events, bool) or not isinstance(events, int) or events < 0:
            return None
        texts = [data.get(k) for k in ("signed_at", "public_key", "signature")]
        if not all(isinstance(t, str) for t in texts):
            return None
        head = data.get("head")
        identity = data.get("identity")
        restored_at = data.get("restored_at")
        return cls(
            identity=identity if isinstance(identity, str) else None,
            events=events,
            head=head if isinstance(head, str) else None,
            signed_at=str(texts[0]),
            public_key=str(texts[1]),
            signature=str(texts[2]),
            restored_at=restored_at if isinstance(restored_at, str) else None,
        )

    def signature_holds(self) -> bool:
        try:
            key = PublicKey.from_text(self.public_key)
            signature = base64.b64decode(self.signature, validate=True)
        except ValueError:
            return False
        return key.verifies(
            signature, _signed_bytes(self.identity, self.events, self.head, self.restored_at)
        )

    def fingerprint(self) -> str:
        try:
            return PublicKey.from_text(self.public_key).fingerprint
        except ValueError:
            return "?"


def sign_head(
    keys: KeyStore,
    identity: str | None,
    events: int,
    head: str | None,
    *,
    restored_at: str | None = None,
) -> SignedHead:
    signature = keys.sign(_signed_bytes(identity, events, head, restored_at))
    return SignedHead(
        identity=identity,
        events=events,
        head=head,
        signed_at=_now(),
        public_key=keys.public_key().text,
        signature=base64.b64encode(signature).decode("ascii"),
        restored_at=restored_at,
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def chain_head(session: Session) -> tuple[int, str | None]:
    events = session.execute(select(func.count()).select_from(AuditEvent)).scalar_one()
    head = session.execute(
        select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
    ).scalar_one_or_none()
    return int(events), head


def head_file(folder: Path, identity: str) -> Path:
    return folder / f"{identity}{HEAD_SUFFIX}"


def head_folders(backups_dir: Path) -> list[Path]:
    """Where a desk keeps its signed heads: beside its backups and in its data folder (the
    folder that holds the backups folder, ``AppPaths``)."""
    return [backups_dir, backups_dir.parent]


NO_HEAD_WARNING = "no signed head found: deletion of the latest events cannot be ruled out"


def read_head(path: Path) -> SignedHead | None:
    try:
        return SignedHead.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return None


def write_private_json(path: Path, data: Mapping[str, object]) -> None:
    """Write a small JSON file whole, readable by its owner only, in an owner-only folder."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    write_atomically(path, json.dumps(data, indent=1).encode("utf-8"), private=True)


def keep_head(
    folder: Path,
    keys: KeyStore,
    identity: str | None,
    events: int,
    head: str | None,
    *,
    restored: bool = False,
) -> None:
    """Sign the chain's head and write the head file, unless a newer head is there already.

    ``restored``: the database was just rewound to a backup; the head says so, and the heads
    signed before (the copies of what it was before) no longer bind it. Heads written later
    carry the same mark.
    """
    if identity is None:
        return
    path = head_file(folder, identity)
    existing = read_head(path)
    if existing is not None and not existing.signature_holds():
        existing = None
    if not restored and existing is not None and existing.events > events:
        return
    if restored:
        restored_at: str | None = _now()
    else:
        restored_at = existing.restored_at if existing is not None else None
    signed = sign_head(keys, identity, events, head, restored_at=restored_at)
    write_private_json(path, signed.as_dict())


def keep_heads(
    backups_dir: Path,
    keys: KeyStore,
    identity: str | None,
    events: int,
    head: str | None,
    *,
    restored: bool = False,
) -> None:
    """``keep_head`` in every place the desk keeps its heads; one place that cannot be written
    does not stop the other (the error is raised after both were tried)."""
    failure: OSError | EnvironmentProblem | None = None
    for folder in head_folders(backups_dir):
        try:
            keep_head(folder, keys, identity, events, head, restored=restored)
        except (OSError, EnvironmentProblem) as exc:
            failure = exc
    if failure is not None:
        raise failure


@dataclass(frozen=True)
class HeadCheck:
    head: SignedHead | None
    problem: Message | None
    where: str | None = None

    @property
    def holds(self) -> bool:
        return self.problem is None


def check_against(session: Session, head: SignedHead, where: str) -> HeadCheck:
    """Whether the database's chain still reaches ``head``."""
    if not head.signature_holds():
        return HeadCheck(head, say("integrity.head-bad-signature", where=where), where)
    events, _ = chain_head(session)
    if events < head.events:
        return HeadCheck(
            head,
            say(
                "integrity.events-removed",
                count=events,
                where=where,
                signed_at=head.signed_at,
                head=head.events,
            ),
            where,
        )
    if head.events == 0:
        return HeadCheck(head, None, where)
    at_head = session.execute(
        select(AuditEvent.hash).order_by(AuditEvent.id).offset(head.events - 1).limit(1)
    ).scalar_one_or_none()
    if at_head != head.head:
        return HeadCheck(
            head,
            say(
                "integrity.chain-rewritten",
                number=head.events,
                where=where,
                signed_at=head.signed_at,
            ),
            where,
        )
    return HeadCheck(head, None, where)


def newest_head(candidates: Iterable[tuple[SignedHead, str]]) -> tuple[SignedHead, str] | None:
    best: tuple[SignedHead, str] | None = None
    for head, where in candidates:
        if best is None or head.events > best[0].events:
            best = (head, where)
    return best

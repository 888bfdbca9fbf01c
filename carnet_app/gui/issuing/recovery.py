"""The wizard's safety copy: what is typed is written to a small JSON file beside the data
every few seconds, removed when the draft is saved, discarded or issued. A copy left behind
by a desk that stopped (crash, power cut) is offered back at the next start.

Each running desk holds a lock file for its session; a copy whose session lock is free was
left by a desk that is no longer running (QLockFile knows a dead owner's lock is stale).
"""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile

from carnet_app.errors import CarnetError
from carnet_app.files import write_atomically
from carnet_app.services.drafts import DraftForm, EditorLine, StopForm

log = logging.getLogger(__name__)
FOLDER = "recovery"
FORMAT = 1


def form_to_json(form: DraftForm) -> dict[str, Any]:
    data = asdict(form)
    data["departure"] = form.departure.isoformat() if form.departure else None
    return data


def form_from_json(data: dict[str, Any]) -> DraftForm:
    values = dict(data)
    values["representatives"] = tuple(values.get("representatives", ()))
    values["uses"] = tuple(values.get("uses", ()))
    values["itinerary"] = tuple(StopForm(**stop) for stop in values.get("itinerary", ()))
    values["lines"] = tuple(EditorLine(**line) for line in values.get("lines", ()))
    departure = values.get("departure")
    values["departure"] = date.fromisoformat(departure) if departure else None
    known = DraftForm.__dataclass_fields__
    return DraftForm(**{key: value for key, value in values.items() if key in known})


@dataclass(frozen=True)
class RecoveredForm:
    """A copy left by a desk that stopped."""

    path: Path
    form: DraftForm
    draft_id: int | None
    draft_version: int | None
    saved_at: datetime

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)


class RecoverySlot:
    """One wizard's copy."""

    def __init__(self, path: Path, database: str) -> None:
        self.path = path
        self.database = database

    def write(self, form: DraftForm, draft_id: int | None, draft_version: int | None) -> None:
        record = {
            "format": FORMAT,
            "database": self.database,
            "saved_at": datetime.now().astimezone().isoformat(),
            "draft_id": draft_id,
            "draft_version": draft_version,
            "form": form_to_json(form),
        }
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(self.path, json.dumps(record, ensure_ascii=False).encode("utf-8"))
        except (OSError, CarnetError) as exc:  # a full disk must not stop the typing
            log.warning("could not write the wizard's safety copy %s: %s", self.path, exc)

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)


class RecoveryStore:
    """The safety copies of one data folder, for one database."""

    def __init__(self, data_dir: Path, database: str) -> None:
        self.folder = data_dir / FOLDER
        self.database = database
        self.session = uuid.uuid4().hex
        self._count = 0
        self.folder.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(self.folder / f"{self.session}.lock"))
        self._lock.setStaleLockTime(0)
        self._lock.tryLock(0)

    def slot(self) -> RecoverySlot:
        self._count += 1
        return RecoverySlot(self.folder / f"{self.session}-{self._count}.json", self.database)

    def left_behind(self) -> list[RecoveredForm]:
        """Copies of this database left by desks no longer running, newest first."""
        found: list[RecoveredForm] = []
        for path in sorted(self.folder.glob("*-*.json")):
            session = path.stem.split("-")[0]
            if session == self.session or self._session_alive(session):
                continue
            recovered = _read(path, self.database)
            if recovered is not None:
                found.append(recovered)
        return sorted(found, key=lambda r: r.saved_at, reverse=True)

    def _session_alive(self, session: str) -> bool:
        lock_path = self.folder / f"{session}.lock"
        if not lock_path.exists():
            return False
        other = QLockFile(str(lock_path))
        other.setStaleLockTime(0)
        if other.tryLock(0):
            other.unlock()  # removes the stale lock file too
            return False
        return True

    def close(self) -> None:
        self._lock.unlock()


def _read(path: Path, database: str) -> RecoveredForm | None:
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        if record.get("format") != FORMAT or record.get("database") != database:
            return None
        return RecoveredForm(
            path=path,
            form=form_from_json(record["form"]),
            draft_id=record.get("draft_id"),
            draft_version=record.get("draft_version"),
            saved_at=datetime.fromisoformat(record["saved_at"]),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("ignoring the unreadable safety copy %s: %s", path, exc)
        return None

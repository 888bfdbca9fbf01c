"""A desk that writes as fast as it can and says what it committed.

Used by the crash test (a writer killed at random moments) and the concurrent-desks test
(several writers on one database at once). Every action is one service call in one
transaction; only *after* the commit does the desk print one JSON line (flushed) saying
what it did. Whatever the desk printed must therefore be in the database afterwards, whatever
happened to the process.

Run as ``python -m tests.safety.desk_worker serve URL`` it is a fork server: it imports
everything once, then for each ``run SEED`` line on stdin forks a writer, prints its pid,
waits for it to die (the test kills it) and prints ``dead``. Run as ``... desk URL SEED OPS``
it is one desk doing OPS actions, after a ``go`` line on stdin (so that desks start together).
"""

from __future__ import annotations

import json
import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from carnet_app.db.models import Carnet
from carnet_app.db.uow import Database
from carnet_app.domain.application import parse_application
from carnet_app.domain.types import MovementAction
from carnet_app.errors import ConcurrentEditError, EnvironmentProblem, UserError
from carnet_app.paths import AppPaths
from carnet_app.services import carnets, movements
from carnet_app.services.database import open_database
from carnet_app.services.movements import StampRequest
from tests.show_json import show_json

TODAY = date(2026, 11, 27)
ISSUED_ON = date(2026, 3, 2)
TEST_DATA = Path(__file__).resolve().parents[1] / "data"
# One trip: out, into the country, back out, home. Trips alternate between CH and NO.
CYCLE = (
    MovementAction.EXPORTATION,
    MovementAction.IMPORTATION,
    MovementAction.RE_EXPORTATION,
    MovementAction.RE_IMPORTATION,
)
COLOUR_OF = {
    MovementAction.EXPORTATION: "yellow",
    MovementAction.RE_IMPORTATION: "yellow",
    MovementAction.IMPORTATION: "white",
    MovementAction.RE_EXPORTATION: "white",
}
MAX_SEQ = 400  # movements per carnet: dates stay before TODAY (two a day from the issue)


def application(holder_suffix: str) -> dict[str, Any]:
    data = json.loads((TEST_DATA / "application-film-shoot.json").read_text(encoding="utf-8"))
    data["goods"] = data["goods"][:3]
    data["holder"]["name"] = f"{data['holder']['name']} {holder_suffix}"
    return data


def say(**fields: Any) -> None:
    sys.stdout.write(json.dumps(fields) + "\n")
    sys.stdout.flush()


FLAG_ENV_VAR = "CARNET_CRASH_FLAG"


def open_desk(url: str) -> Database:
    folder = os.environ.get("CARNET_DATA_DIR")
    scratch = Path(folder) if folder else Path(tempfile.gettempdir()) / f"carnet-desk-{os.getpid()}"
    database = open_database(url, AppPaths.from_base_dir(scratch))
    flag = os.environ.get(FLAG_ENV_VAR)
    if flag:
        mark_write_transactions(database, Path(flag))
    return database


def mark_write_transactions(database: Database, flag: Path) -> None:
    """Byte 0 of ``flag`` is 1 while this desk holds an open write transaction (lock taken,
    not yet committing): the crash test reads it to know where its SIGKILL landed."""
    import mmap

    from sqlalchemy import event

    from carnet_app.db.engine import WRITE_OPTION

    with flag.open("r+b") as handle:
        shared = mmap.mmap(handle.fileno(), 1)  # the mapping outlives the file handle

    def writing(connection: Any) -> bool:
        return bool(connection.get_execution_options().get(WRITE_OPTION))

    @event.listens_for(database.engine, "begin")
    def _begun(connection: Any) -> None:
        if writing(connection):
            shared[0] = 1

    @event.listens_for(database.engine, "commit")
    def _committing(connection: Any) -> None:
        shared[0] = 0

    @event.listens_for(database.engine, "rollback")
    def _rolled_back(connection: Any) -> None:
        shared[0] = 0


def issue_one(database: Database, rng: random.Random, desk: str) -> None:
    with database.write() as session:
        draft = carnets.apply(
            session,
            parse_application(application(f"{desk}-{rng.randrange(10**6)}")),
            user=desk,
            today=TODAY,
        )
        draft_id = draft.id
    say(act="draft", id=draft_id)
    with database.write() as session:
        issued = carnets.issue(session, draft_id, on=ISSUED_ON, user=desk, today=TODAY)
        number = issued.number
    say(act="issued", id=draft_id, number=number)


def issued_numbers(database: Database, *, exclude: str | None = None) -> list[str]:
    from sqlalchemy import select

    with database.read() as session:
        numbers = session.execute(
            select(Carnet.number).where(Carnet.status.in_(("issued", "active")))
        ).scalars()
        return [n for n in numbers if n and n != exclude]


def stamp_one(database: Database, number: str, desk: str) -> None:
    """The next movement of the carnet's current trip (buying voucher sets when needed)."""
    with database.read() as session:
        shown = show_json(session, number)
    done = len(shown["movements"])
    if done >= MAX_SEQ:
        return
    action = CYCLE[done % 4]
    country = ("CH", "NO")[(done // 4) % 2] if done % 4 in (1, 2) else None
    colour = COLOUR_OF[action]
    if shown["vouchers"][colour]["left"] < 1:
        add_sets(database, number, colour, desk)
    on = ISSUED_ON + timedelta(days=1 + done // 2)
    with database.write() as session:
        movement = movements.record_stamp(
            session,
            number,
            StampRequest(action=action, on=on, country=country, office=f"office {desk}"),
            confirm=False,
            user=desk,
            today=TODAY,
        ).movement
        seq = movement.seq
    say(act="stamp", number=number, seq=seq, action=action.value)


def add_sets(database: Database, number: str, colour: str, desk: str) -> None:
    with database.write() as session:
        carnet = carnets.add_vouchers(
            session, number, colour=colour, sets=1, user=desk, today=TODAY
        )
        total = next(count.sets for count in carnet.vouchers if count.colour == colour)
    say(act="vouchers", number=number, colour=colour, total=total)


def stale_edit(database: Database, number: str, rng: random.Random, desk: str) -> None:
    """A clerk opens the carnet, thinks a moment, then saves with the version they saw."""
    with database.read() as session:
        seen = show_json(session, number)["version"]
    time.sleep(rng.uniform(0, 0.05))
    with database.write() as session:
        carnet = carnets.add_vouchers(
            session,
            number,
            colour="blue",
            sets=1,
            user=desk,
            today=TODAY,
            expected_version=seen,
        )
        total = next(count.sets for count in carnet.vouchers if count.colour == "blue")
    say(act="blue", number=number, total=total)


def crash_writer(url: str, seed: int) -> None:
    """Write until killed: issue carnets and walk them through their trips."""
    rng = random.Random(seed)
    desk = f"w{seed}"
    database = open_desk(url)
    say(act="open")
    while True:
        numbers = issued_numbers(database)
        if not numbers or rng.random() < 0.3:
            issue_one(database, rng, desk)
        else:
            stamp_one(database, rng.choice(numbers), desk)


def desk(url: str, seed: int, ops: int, shared: str) -> None:
    """One of several desks at once: issue, stamp, add sets to the shared carnet, save late."""
    rng = random.Random(seed)
    name = f"desk{seed}"
    database = open_desk(url)
    say(act="ready")
    sys.stdin.readline()  # "go": every desk starts together
    for _ in range(ops):
        choice = rng.random()
        try:
            if choice < 0.3:
                issue_one(database, rng, name)
            elif choice < 0.6:
                numbers = issued_numbers(database, exclude=shared)
                if numbers:
                    stamp_one(database, rng.choice(numbers), name)
            elif choice < 0.8:
                add_sets(database, shared, "white", name)
            else:
                stale_edit(database, shared, rng, name)
        except ConcurrentEditError as exc:
            say(refused="concurrent", message=str(exc))
        except EnvironmentProblem as exc:
            say(refused="busy", message=str(exc))
        except UserError as exc:
            say(refused="rule", message=str(exc))
    database.dispose()
    say(act="done")


class _Rehearsal(Exception):
    """Rolls the warm-up transaction back."""


def warm_up(url: str) -> None:
    """Run one issue and roll it back, so that every writer forked afterwards starts warm
    (imports done, shipped reference data parsed); then close every connection."""
    database = open_desk(url)
    try:
        with database.write() as session:
            draft = carnets.apply(
                session, parse_application(application("warm-up")), user="w", today=TODAY
            )
            session.flush()
            carnets.issue(session, draft.id, on=ISSUED_ON, user="w", today=TODAY)
            raise _Rehearsal
    except _Rehearsal:
        pass
    finally:
        database.dispose()


def serve(url: str) -> None:
    """Fork server: one writer per ``run SEED`` line, each reported ``pid`` then ``dead``."""
    warm_up(url)
    for line in sys.stdin:
        command = line.split()
        if not command:
            continue
        if command[0] == "quit":
            return
        seed = int(command[1])
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:  # the writer
            try:
                crash_writer(url, seed)
            except BaseException as exc:  # a writer never stops by itself
                say(error=f"{type(exc).__name__}: {exc}")
                os._exit(3)
            os._exit(0)
        say(pid=pid)
        _, status = os.waitpid(pid, 0)
        say(dead=pid, status=status)


def main(argv: list[str]) -> int:
    if argv[0] == "serve":
        serve(argv[1])
    elif argv[0] == "desk":
        desk(argv[1], int(argv[2]), int(argv[3]), argv[4])
    else:
        raise SystemExit(f"unknown mode {argv[0]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

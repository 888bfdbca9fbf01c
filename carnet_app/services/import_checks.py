"""What an export must prove before ``import-all`` commits it.

* Every numbered carnet's ledger replays against its general list (an export edited to move
  more pieces than a carnet holds is refused, as ``show`` would refuse it afterwards).
* The audit chain is intact, holds as many events as the export's header says, ends at the
  header's head, and the header's head is signed (Ed25519, ``signed_head``) and verifies.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from carnet_app.domain.messages import Message, say
from carnet_app.errors import UserError
from carnet_app.services import signed_head
from carnet_app.services.audit import ChainCheck


def signed_header(document: Mapping[str, object]) -> signed_head.SignedHead | None:
    audit_header = document.get("audit")
    if not isinstance(audit_header, dict):
        return None
    return signed_head.SignedHead.from_dict({"identity": None, **audit_header})


def unverified(
    session: Session,
    check: ChainCheck,
    claimed: signed_head.SignedHead | None,
    events: int,
) -> list[Message]:
    problems: list[Message] = []
    if not check.intact:
        problems.append(say("import-all.trail-broken", problem=check.problem))
    if claimed is None:
        problems.append(say("import-all.head-not-signed"))
        return problems
    if not claimed.signature_holds():
        problems.append(say("import-all.head-signature"))
    if claimed.events != events:
        problems.append(say("import-all.events-counted", events=events, head=claimed.events))
    else:
        _, head = signed_head.chain_head(session)
        if head != claimed.head:
            problems.append(say("import-all.last-not-head"))
    return problems


def replay_every_ledger(session: Session, name: str) -> None:
    """Replay each numbered carnet's movements against its general list (as ``show`` does):
    an export edited to move more pieces than a carnet holds is refused."""
    from sqlalchemy.orm import selectinload

    from carnet_app.db.models import Carnet, Movement
    from carnet_app.domain.ledger import replay
    from carnet_app.services.loading import carnet_facts, recorded_entries
    from carnet_app.services.reference import country_table

    session.flush()
    table = country_table(session)
    query = (
        select(Carnet)
        .where(Carnet.number.is_not(None))
        .order_by(Carnet.id)
        .options(
            selectinload(Carnet.items),
            selectinload(Carnet.voucher_sets),
            selectinload(Carnet.movements).selectinload(Movement.lines),
            selectinload(Carnet.goods_events),
            selectinload(Carnet.association),
        )
        .execution_options(yield_per=200)
    )
    for carnet in session.execute(query).scalars():
        try:
            replay(carnet_facts(carnet, table), recorded_entries(carnet))
        except UserError as exc:
            raise UserError(
                say("import-all.does-not-add-up", name=name, number=carnet.number, reason=exc.said),
                field="file",
            ) from None
        except (ValueError, KeyError, TypeError) as exc:
            raise UserError(
                say("import-all.does-not-add-up", name=name, number=carnet.number, reason=exc),
                field="file",
            ) from None

"""Evidence on a carnet: attach a scan, photo or document to the carnet, one of its movements
or one of its claims; list it; write it back out. Each attachment's SHA-256 goes into the
audit trail, so a file swapped later in the database is caught by comparing the two.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

from PIL import Image as PilImage
from pypdf import PdfReader
from pypdf.errors import PyPdfError
from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from carnet_app.db.evidence_models import Attachment
from carnet_app.db.models import Carnet, Claim, Movement
from carnet_app.domain.evidence import (
    MAX_EVIDENCE_BYTES,
    EvidenceKind,
    check_evidence,
    check_note,
)
from carnet_app.domain.ledger_words import colour_word, kind_word
from carnet_app.domain.messages import Message, say
from carnet_app.domain.types import MovementAction, VoucherColour
from carnet_app.errors import UserError
from carnet_app.files import read_bounded, write_atomically
from carnet_app.services.audit import record_audit
from carnet_app.services.loading import find_carnet, row_by_id


@dataclass(frozen=True)
class EvidenceView:
    """One attachment as a screen, a command or the claim dossier shows it (no content)."""

    id: int
    carnet_number: str
    file_name: str
    kind: EvidenceKind
    size: int
    sha256: str
    note: str
    added_at: datetime
    added_by: str
    movement_seq: int | None = None
    movement_label: str | None = None
    claim_id: int | None = None
    # what it is attached to, said in the reader's language
    target: Message = field(default_factory=lambda: say("trail.target-carnet"))

    @property
    def attached_to(self) -> str:
        """What it is attached to in English: the JSON's and the dossier's words."""
        return self.target.text("en")


def read_evidence_file(path: Path) -> bytes:
    return read_bounded(path, MAX_EVIDENCE_BYTES, what=say("file.what-evidence"))


def attach_evidence(
    session: Session,
    number: str,
    *,
    file_name: str,
    content: bytes,
    user: str,
    movement_seq: int | None = None,
    claim_id: int | None = None,
    note: str = "",
) -> EvidenceView:
    """Keep ``content`` as evidence on carnet ``number`` (and a movement or a claim of it)."""
    checked = check_evidence(file_name, content)
    _check_readable(checked.name, checked.kind, content)
    cleaned_note = check_note(note)
    carnet = find_carnet(session, number)
    if movement_seq is not None and claim_id is not None:
        raise UserError(say("evidence.movement-or-claim"), field="movement")
    movement = _movement(session, carnet, movement_seq) if movement_seq is not None else None
    claim = _claim(carnet, claim_id) if claim_id is not None else None
    attachment = Attachment(
        carnet_id=carnet.id,
        movement_id=movement.id if movement else None,
        claim_id=claim.id if claim else None,
        file_name=checked.name,
        media_type=checked.kind.value,
        size=checked.size,
        sha256=checked.sha256,
        note=cleaned_note,
        content=content,
        added_at=datetime.now(UTC),
        added_by=user,
    )
    session.add(attachment)
    session.flush()
    view = _view(attachment, carnet, movement)
    record_audit(
        session,
        user=user,
        action="evidence.attach",
        carnet=carnet,
        summary=say(
            "trail.evidence-attached",
            evidence=view.id,
            target=_target(movement, claim.id if claim else None),
            file=view.file_name,
            size=view.size,
            digest=view.sha256[:16],
        ),
        after={
            "evidence": {
                "id": view.id,
                "file_name": view.file_name,
                "media_type": view.kind.value,
                "size": view.size,
                "sha256": view.sha256,
                "movement": movement_seq,
                "claim": claim_id,
            }
        },
    )
    return view


def evidence_of(session: Session, number: str) -> list[EvidenceView]:
    """Every attachment of carnet ``number``, oldest first."""
    carnet = find_carnet(session, number)
    movements = {m.id: m for m in carnet.movements}
    rows = session.scalars(
        select(Attachment).where(Attachment.carnet_id == carnet.id).order_by(Attachment.id)
    )
    return [_view(row, carnet, movements.get(row.movement_id or -1)) for row in rows]


def evidence_for_claim(session: Session, claim_id: int) -> list[tuple[EvidenceView, bytes]]:
    """What a claim dossier reproduces: the claim's own evidence, then the evidence on the
    carnet's movements and on the carnet itself, in the order it was attached."""
    claim = row_by_id(session, Claim, claim_id)
    if claim is None:
        raise UserError(say("claim.unknown", claim_id=claim_id), field="claim")
    carnet = claim.carnet
    movements = {m.id: m for m in carnet.movements}
    rows = session.scalars(
        select(Attachment)
        .where(Attachment.carnet_id == carnet.id)
        .where((Attachment.claim_id.is_(None)) | (Attachment.claim_id == claim_id))
        .options(undefer(Attachment.content))
        .order_by(Attachment.claim_id.is_(None), Attachment.id)
    )
    return [(_view(row, carnet, movements.get(row.movement_id or -1)), row.content) for row in rows]


def save_evidence(session: Session, attachment_id: int, target: Path) -> EvidenceView:
    """Write attachment ``attachment_id`` to ``target`` exactly as it was attached."""
    row = row_by_id(session, Attachment, attachment_id, options=[undefer(Attachment.content)])
    if row is None:
        raise UserError(say("evidence.unknown", attachment_id=attachment_id), field="id")
    carnet = session.get(Carnet, row.carnet_id)
    assert carnet is not None
    movement = session.get(Movement, row.movement_id) if row.movement_id else None
    write_atomically(target, row.content)
    return _view(row, carnet, movement)


MAX_IMAGE_PIXELS = 80_000_000  # an A4 page scanned at 600 dpi is 35 million pixels
MAX_PDF_PAGES = 200


def _check_readable(name: str, kind: EvidenceKind, content: bytes) -> None:
    """The dossier must be able to reproduce the file: open it now, refuse what it cannot."""
    try:
        if kind.is_image:
            with PilImage.open(BytesIO(content)) as image:
                width, height = image.size
                if width * height > MAX_IMAGE_PIXELS:
                    raise UserError(
                        say("evidence.image-too-large", name=name, width=width, height=height),
                        field="file",
                    )
                image.verify()
            return
        reader = PdfReader(BytesIO(content))
        if reader.is_encrypted:
            raise UserError(say("evidence.pdf-protected", name=name), field="file")
        pages = len(reader.pages)
    except UserError:
        raise
    except (OSError, ValueError, SyntaxError, PyPdfError, PilImage.DecompressionBombError) as exc:
        raise UserError(say("evidence.damaged", name=name, reason=str(exc)), field="file") from None
    if pages == 0 or pages > MAX_PDF_PAGES:
        raise UserError(
            say("evidence.pdf-pages", name=name, pages=pages, most=MAX_PDF_PAGES), field="file"
        )


def _movement(session: Session, carnet: Carnet, seq: int) -> Movement:
    found = session.scalars(
        select(Movement).where(Movement.carnet_id == carnet.id, Movement.seq == seq)
    ).first()
    if found is None:
        raise UserError(
            say(
                "evidence.unknown-movement",
                seq=seq,
                number=carnet.number,
                count=len(carnet.movements),
            ),
            field="movement",
        )
    return found


def _claim(carnet: Carnet, claim_id: int) -> Claim:
    for claim in carnet.claims:
        if claim.id == claim_id:
            return claim
    raise UserError(
        say("evidence.claim-of-other-carnet", claim_id=claim_id, number=carnet.number),
        field="claim",
    )


def _target(movement: Movement | None, claim_id: int | None) -> Message:
    """What a piece of evidence is attached to, as the history says it in each language."""
    if movement is not None:
        return say(
            "trail.target-movement",
            seq=movement.seq,
            action=kind_word(MovementAction(movement.action)),
            country=movement.country or "",
            on=movement.on,
            colour=colour_word(VoucherColour(movement.voucher_colour)),
            voucher=movement.voucher_no,
        )
    if claim_id is not None:
        return say("trail.target-claim", claim=claim_id)
    return say("trail.target-carnet")


def _view(row: Attachment, carnet: Carnet, movement: Movement | None) -> EvidenceView:
    target = _target(movement, row.claim_id)
    return EvidenceView(
        id=row.id,
        carnet_number=carnet.number or "",
        file_name=row.file_name,
        kind=EvidenceKind(row.media_type),
        size=row.size,
        sha256=row.sha256,
        note=row.note,
        added_at=row.added_at,
        added_by=row.added_by,
        movement_seq=movement.seq if movement else None,
        movement_label=target.text("en") if movement is not None else None,
        claim_id=row.claim_id,
        target=target,
    )

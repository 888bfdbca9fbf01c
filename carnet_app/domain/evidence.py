"""What the desk keeps as evidence: scans and photos of stamped counterfoils and vouchers, or any
document (a customs letter, a bill of lading) a chamber may need against a claim.

The kind of a file is read from its first bytes, never from its name: a renamed executable is
not a PDF. Each kind is one the claim dossier can reproduce (PDF pages, PNG, JPEG and TIFF
images). The limits keep the database and every backup of a reasonable size.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from carnet_app.domain.messages import say
from carnet_app.errors import UserError

MAX_EVIDENCE_BYTES = 20 * 1024 * 1024  # a 600-dpi colour scan of an A4 page as JPEG is ~5 MB
MAX_NOTE_CHARS = 500
MAX_NAME_CHARS = 200


class EvidenceKind(StrEnum):
    PDF = "application/pdf"
    PNG = "image/png"
    JPEG = "image/jpeg"
    TIFF = "image/tiff"

    @property
    def is_image(self) -> bool:
        return self is not EvidenceKind.PDF


_SIGNATURES: tuple[tuple[bytes, EvidenceKind], ...] = (
    (b"%PDF-", EvidenceKind.PDF),
    (b"\x89PNG\r\n\x1a\n", EvidenceKind.PNG),
    (b"\xff\xd8\xff", EvidenceKind.JPEG),
    (b"II*\x00", EvidenceKind.TIFF),
    (b"MM\x00*", EvidenceKind.TIFF),
)


@dataclass(frozen=True)
class CheckedEvidence:
    """A file accepted as evidence: its clean name, kind, size and SHA-256."""

    name: str
    kind: EvidenceKind
    size: int
    sha256: str


def kind_of(content: bytes) -> EvidenceKind | None:
    for signature, kind in _SIGNATURES:
        if content.startswith(signature):
            return kind
    return None


def clean_name(name: str) -> str:
    """The file's name as shown and exported: no folders, no control characters, bounded."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    printable = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C").strip()
    return printable[:MAX_NAME_CHARS] or "evidence"


def check_evidence(name: str, content: bytes) -> CheckedEvidence:
    """Accept a scan, photo or PDF, or refuse it saying why (nothing is kept on refusal)."""
    shown = clean_name(name)
    if not content:
        raise UserError(say("evidence.empty", name=shown), field="file")
    if len(content) > MAX_EVIDENCE_BYTES:
        megabytes = (Decimal(len(content)) / 1048576).quantize(Decimal("0.1"))
        raise UserError(
            say(
                "evidence.too-large",
                name=shown,
                size=megabytes,
                most=MAX_EVIDENCE_BYTES // 1048576,
            ),
            field="file",
        )
    kind = kind_of(content)
    if kind is None:
        raise UserError(say("evidence.kind", name=shown), field="file")
    return CheckedEvidence(
        name=shown, kind=kind, size=len(content), sha256=hashlib.sha256(content).hexdigest()
    )


def check_note(note: str) -> str:
    cleaned = " ".join(note.split())
    if len(cleaned) > MAX_NOTE_CHARS:
        raise UserError(say("evidence.note-too-long", most=MAX_NOTE_CHARS), field="note")
    return cleaned

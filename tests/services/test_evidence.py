"""Evidence on movements and claims, and the claim dossier that reproduces it."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal
from io import BytesIO
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from carnet_app.db.models import AuditEvent
from carnet_app.db.uow import Database
from carnet_app.domain.evidence import MAX_EVIDENCE_BYTES, check_evidence, clean_name
from carnet_app.domain.types import MovementAction as A
from carnet_app.errors import UserError
from carnet_app.services import claims, movements
from carnet_app.services.dossier import claim_dossier_pdf
from carnet_app.services.evidence import attach_evidence, evidence_of, save_evidence
from carnet_app.services.movements import StampRequest
from carnet_app.services.portability import export_database, import_database
from tests.examples import examples
from tests.services.conftest import TODAY, issue_sample


def png(width: int = 60, height: int = 40, colour: str = "red") -> bytes:
    out = BytesIO()
    Image.new("RGB", (width, height), colour).save(out, format="PNG")
    return out.getvalue()


def pdf(text: str, pages: int = 1) -> bytes:
    out = BytesIO()
    canvas = Canvas(out)
    for page in range(pages):
        canvas.drawString(100, 700, f"{text} page {page + 1}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def tiff(frames: int) -> bytes:
    out = BytesIO()
    images = [Image.new("L", (50, 70), 40 * i) for i in range(frames)]
    images[0].save(out, format="TIFF", save_all=True, append_images=images[1:])
    return out.getvalue()


def carnet_with_claim(database: Database) -> tuple[str, int]:
    number = issue_sample(database)
    for action, country in ((A.EXPORTATION, None), (A.IMPORTATION, "CH")):
        with database.write() as session:
            movements.record_stamp(
                session,
                number,
                StampRequest(action=action, on=date(2026, 3, 10), country=country, items=""),
                confirm=False,
                user="clerk",
                today=TODAY,
            )
    with database.write() as session:
        claim = claims.open_claim(
            session,
            number,
            country="CH",
            notified_on=date(2026, 10, 1),
            amount=Decimal("1250.00"),
            user="clerk",
            today=TODAY,
        ).claim
        return number, claim.id


def test_evidence_is_kept_exactly_with_its_hash_in_the_audit_trail(
    database: Database, tmp_path: Path
) -> None:
    number, _ = carnet_with_claim(database)
    scan = png()
    with database.write() as session:
        view = attach_evidence(
            session,
            number,
            file_name="C:\\scans\\counterfoil 2.png",
            content=scan,
            user="marie",
            movement_seq=2,
            note="white counterfoil, Geneva stamp",
        )
    assert view.file_name == "counterfoil 2.png"
    assert view.sha256 == hashlib.sha256(scan).hexdigest()
    assert view.movement_label is not None and view.movement_label.startswith("movement 2")
    with database.read() as session:
        [listed] = evidence_of(session, number)
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert event is not None and event.after is not None
        assert event.after["evidence"]["sha256"] == view.sha256
        save_evidence(session, listed.id, tmp_path / "back.png")
    assert (tmp_path / "back.png").read_bytes() == scan
    assert (tmp_path / "back.png").stat().st_mode & 0o077 == 0


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.pdf", b"", "empty"),
        ("virus.pdf", b"MZ\x90\x00 this is a program", "not a PDF, PNG, JPEG or TIFF"),
        ("broken.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "damaged"),
        ("broken.pdf", b"%PDF-1.4 garbage", "damaged"),
        ("huge.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * (MAX_EVIDENCE_BYTES + 1), "more than"),
    ],
)
def test_refused_files_leave_nothing_behind(
    database: Database, name: str, content: bytes, reason: str
) -> None:
    number, _ = carnet_with_claim(database)
    with database.read() as session:
        events_before = len(session.scalars(select(AuditEvent)).all())
    with pytest.raises(UserError, match=reason), database.write() as session:
        attach_evidence(session, number, file_name=name, content=content, user="marie")
    with database.read() as session:
        assert evidence_of(session, number) == []
        assert len(session.scalars(select(AuditEvent)).all()) == events_before


def test_a_movement_or_claim_of_another_carnet_is_refused(database: Database) -> None:
    number, claim_id = carnet_with_claim(database)
    with pytest.raises(UserError, match="movement 9"), database.write() as session:
        attach_evidence(session, number, file_name="a.png", content=png(), user="m", movement_seq=9)
    with pytest.raises(UserError, match="not a claim on carnet"), database.write() as session:
        attach_evidence(
            session, number, file_name="a.png", content=png(), user="m", claim_id=claim_id + 50
        )


def test_the_dossier_holds_the_claim_timeline_items_and_every_scan_in_order(
    database: Database,
) -> None:
    number, claim_id = carnet_with_claim(database)
    with database.write() as session:
        attach_evidence(
            session, number, file_name="stamp.png", content=png(), user="m", movement_seq=2
        )
        attach_evidence(
            session,
            number,
            file_name="letter.pdf",
            content=pdf("Customs letter", 2),
            user="m",
            claim_id=claim_id,
        )
        attach_evidence(session, number, file_name="photos.tiff", content=tiff(3), user="m")
    with database.read() as session:
        document = claim_dossier_pdf(session, claim_id, today=TODAY, user="Marie Dupont")
    reader = PdfReader(BytesIO(document))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert f"CLAIM-{claim_id}" in text and number in text
    assert "1,250.00" in text
    assert "importation" in text and "exportation" in text  # the timeline
    assert "Proof is due by 1 April 2027" in text
    # the claim's own evidence first, then the movement's and the carnet's, in order
    assert text.index("letter.pdf") < text.index("stamp.png") < text.index("photos.tiff")
    assert "Customs letter page 1" in text and "Customs letter page 2" in text
    summary_pages = len(reader.pages) - 2 - 1 - 3
    assert summary_pages >= 2
    assert reader.metadata is not None and reader.metadata.title is not None
    assert number in reader.metadata.title


def test_evidence_survives_export_and_import_with_its_hash(
    database: Database, tmp_path: Path, paths
) -> None:
    number, _ = carnet_with_claim(database)
    scan = png(colour="blue")
    with database.write() as session:
        attach_evidence(session, number, file_name="s.png", content=scan, user="m")
    export_database(database, tmp_path / "all.json")
    from carnet_app.services.database import open_database

    other = open_database(f"sqlite:///{tmp_path / 'other.sqlite3'}", paths)
    try:
        import_database(other, tmp_path / "all.json", user="m")
        with other.read() as session:
            [view] = evidence_of(session, number)
            save_evidence(session, view.id, tmp_path / "again.png")
        assert view.sha256 == hashlib.sha256(scan).hexdigest()
        assert (tmp_path / "again.png").read_bytes() == scan
    finally:
        other.dispose()


@settings(max_examples=examples(200), deadline=None)
@given(st.binary(max_size=64), st.text(max_size=300))
def test_any_bytes_are_accepted_as_a_known_kind_or_refused_clearly(content, name) -> None:
    try:
        checked = check_evidence(name, content)
    except UserError as refusal:
        assert str(refusal)
    else:
        assert content[:4] in (b"%PDF", b"\x89PNG", b"II*\x00", b"MM\x00*") or content[:3] == (
            b"\xff\xd8\xff"
        )
        assert checked.size == len(content)
    assert "/" not in clean_name(name) and len(clean_name(name)) <= 200


def test_a_scan_swapped_in_the_database_is_caught_by_the_audit(
    database: Database, paths, tmp_path: Path
) -> None:
    from sqlalchemy import text

    from carnet_app.services.database import verify_record

    number, _ = carnet_with_claim(database)
    with database.write() as session:
        attach_evidence(session, number, file_name="s.png", content=png(), user="m")
    assert verify_record(database, paths).intact
    with database.engine.begin() as connection:  # behind the desk's back
        connection.execute(text("UPDATE attachments SET content = :c"), {"c": png(colour="blue")})
    check = verify_record(database, paths)
    assert not check.intact
    assert "attachments" in str(check.problem or "")

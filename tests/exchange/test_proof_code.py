"""The code printed on each page: render → PNG → decode → verify; a page whose general list
was altered, or whose code another key signed, is not genuine."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pypdfium2  # type: ignore[import-untyped]
import pytest

from carnet_app.db.uow import Database
from carnet_app.errors import UserError
from carnet_app.keys import KeyStore
from carnet_app.paths import AppPaths
from carnet_app.pdf import print_data_from_view, render_carnet
from carnet_app.services import documents, views
from carnet_app.services.carnet_file import list_digest
from carnet_app.services.loading import find_carnet
from carnet_app.services.proof import proof_for, read_codes, verify_file
from tests.exchange.test_signed_files import NUMBER, TODAY, _desk


@pytest.fixture
def chamber(tmp_path: Path) -> Iterator[Database]:
    desk = _desk(tmp_path / "chamber", chamber=True)
    yield desk.database
    desk.database.dispose()


def _png(pdf: bytes, page: int, out: Path) -> Path:
    document = pypdfium2.PdfDocument(pdf)
    try:
        document[page - 1].render(scale=300 / 72).to_pil().save(out)  # a 300 dpi scan
    finally:
        document.close()
    return out


def _desk_keys() -> KeyStore:
    return KeyStore.for_paths(AppPaths.from_environment())


def test_the_cover_and_a_voucher_printed_by_the_chamber_verify_as_genuine(
    chamber: Database, tmp_path: Path
) -> None:
    with chamber.read() as session:
        pdf = documents.carnet_pdf(session, NUMBER, part="all", today=TODAY)
    for page in (1, 5):
        picture = _png(pdf, page, tmp_path / f"page-{page}.png")
        with chamber.read() as session:
            result = verify_file(session, picture, page=1, keys=_desk_keys())
        assert result.genuine, result.message
        assert result.number == NUMBER
    assert "VOUCHER" in (result.page or "")


def test_overlay_prints_no_code_unless_asked(chamber: Database, tmp_path: Path) -> None:
    with chamber.read() as session:
        plain = documents.carnet_pdf(session, NUMBER, part="cover", overlay=True, today=TODAY)
        asked = documents.carnet_pdf(
            session, NUMBER, part="cover", overlay=True, today=TODAY, proof_code=True
        )
    assert read_codes(_png(plain, 1, tmp_path / "plain.png")) == []
    assert len(read_codes(_png(asked, 1, tmp_path / "asked.png"))) == 1


def test_a_page_whose_list_was_altered_is_not_genuine(chamber: Database, tmp_path: Path) -> None:
    with chamber.read() as session:
        carnet = find_carnet(session, NUMBER)
        genuine = proof_for(carnet, _desk_keys())
        assert genuine is not None
        data = print_data_from_view(views.carnet_view(session, NUMBER), {})
        altered_items = list(carnet.items)
        altered_items[0].pieces = 9  # in memory only: the list the forger printed
        forged_digest = list_digest(altered_items)
        session.rollback()
    forged = render_carnet(
        replace(data, proof=replace(genuine, list_digest=forged_digest)), part="cover"
    )
    with chamber.read() as session:
        result = verify_file(
            session, _png(forged, 1, tmp_path / "forged.png"), page=1, keys=_desk_keys()
        )
    assert not result.genuine and "NOT GENUINE" in result.message

    other = KeyStore(tmp_path / "other-keys")
    with chamber.read() as session:
        carnet = find_carnet(session, NUMBER)
        foreign = proof_for(carnet, other)
    resigned = render_carnet(replace(data, proof=foreign), part="cover")
    with chamber.read() as session:
        result = verify_file(
            session, _png(resigned, 1, tmp_path / "other.png"), page=1, keys=_desk_keys()
        )
    assert not result.genuine and "not signed by its issuing chamber" in result.message


def test_a_file_that_is_not_a_picture_is_refused(chamber: Database, tmp_path: Path) -> None:
    junk = tmp_path / "junk.png"
    junk.write_bytes(b"not a picture at all")
    with chamber.read() as session, pytest.raises(UserError, match="not a PDF, PNG or JPEG"):
        verify_file(session, junk, page=1, keys=_desk_keys())


def test_the_vouchers_of_a_trip_pack_carry_the_code_too(chamber: Database, tmp_path: Path) -> None:
    with chamber.read() as session:
        pack = documents.carnet_pdf(session, NUMBER, part="trip", trip_to="CH", today=TODAY)
        picture = _png(pack, 1, tmp_path / "trip.png")
        result = verify_file(session, picture, page=1, keys=_desk_keys())
    assert result.genuine, result.message


def test_a_pdf_page_too_large_to_picture_is_refused_without_drawing_it(
    chamber: Database, tmp_path: Path
) -> None:
    """A page of 5 m × 5 m would be a 3.6-gigapixel picture at scan resolution: refused by its
    size before anything is drawn, as a photo that large is, so memory stays bounded."""
    from reportlab.pdfgen.canvas import Canvas

    huge = tmp_path / "poster.pdf"
    canvas = Canvas(str(huge), pagesize=(14_400, 14_400))
    canvas.drawString(100, 100, "a poster")
    canvas.save()
    with chamber.read() as session, pytest.raises(UserError, match="too large"):
        verify_file(session, huge, page=1, keys=_desk_keys())

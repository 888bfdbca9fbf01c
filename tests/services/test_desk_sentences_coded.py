"""Issue 12: the sentences the desk writes itself are message codes, said in the reader's
language: the resolution of an irregularity accepted at discharge, the goods a claim concerns,
a draft's label on its packing list. What a clerk typed stays as typed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from carnet_app.db.models import Irregularity
from carnet_app.db.uow import Database
from carnet_app.domain.application import parse_application
from carnet_app.domain.messages import Message, set_message_language
from carnet_app.domain.show_contract import show_dict
from carnet_app.domain.types import MovementAction as A
from carnet_app.keys import KeyStore
from carnet_app.paths import AppPaths
from carnet_app.services import carnets, claims, movements, portability, views
from carnet_app.services.database import open_database
from carnet_app.services.dossier import claim_dossier_pdf
from carnet_app.services.movements import StampRequest
from carnet_app.services.packing_list import packing_list
from tests.services.conftest import TODAY, issue_sample, sample_application
from tests.services.older_exports import as_written_at


@pytest.fixture
def french() -> Iterator[None]:
    set_message_language("fr")
    try:
        yield
    finally:
        set_message_language("en")


def _stamp(database: Database, number: str, action: A, on: date, country: str | None = None,
           items: str = "") -> None:  # fmt: skip
    with database.write() as session:
        movements.record_stamp(
            session,
            number,
            StampRequest(action=action, on=on, country=country, items=items),
            confirm=True,
            user="clerk",
            today=TODAY,
        )


def _discharged_over_an_irregularity(database: Database) -> str:
    number = issue_sample(database)
    _stamp(database, number, A.IMPORTATION, date(2026, 3, 10), "CH", "1-20")  # never exported
    _stamp(database, number, A.RE_EXPORTATION, date(2026, 3, 20), "CH")
    _stamp(database, number, A.RE_IMPORTATION, date(2026, 3, 21))
    with database.write() as session:
        carnets.return_carnet(session, number, on=date(2026, 3, 22), user="c", today=TODAY)
    with database.write() as session:
        carnets.discharge(
            session, number, on=date(2026, 3, 23), user="Marie", today=TODAY, confirm=True
        )
    return number


def _irregularities(database: Database, number: str) -> list[dict[str, object]]:
    with database.read() as session:
        shown = show_dict(views.carnet_view(session, number))
    found = shown["irregularities"]
    assert isinstance(found, list)
    return found


def test_an_irregularity_accepted_at_discharge_is_resolved_in_the_readers_language(
    database: Database,
) -> None:
    number = _discharged_over_an_irregularity(database)
    [english] = _irregularities(database, number)
    assert english["resolution"] == "accepted at the discharge of 2026-03-23 by Marie"
    assert english["resolution_code"] == "irregularity.accepted-at-discharge"
    set_message_language("fr")
    try:
        [french] = _irregularities(database, number)
        with database.read() as session:
            [view] = views.carnet_view(session, number).irregularities
    finally:
        set_message_language("en")
    assert french["resolution"] == "acceptée à l'apurement du 23/03/2026 par Marie"
    assert french["resolution_code"] == english["resolution_code"]
    assert isinstance(view.resolution, Message)


def test_a_resolution_the_clerk_typed_stays_their_words_and_has_no_code(
    database: Database, french: None
) -> None:
    number = issue_sample(database)
    _stamp(database, number, A.IMPORTATION, date(2026, 3, 10), "CH", "1-20")
    with database.write() as session:
        movements.resolve_irregularity(
            session, 1, note="export stamp seen on the cover", user="c", today=TODAY
        )
    [resolved] = _irregularities(database, number)
    assert resolved["resolution"] == "export stamp seen on the cover"
    assert "resolution_code" not in resolved


def test_a_resolution_written_before_codes_still_shows_as_written(database: Database) -> None:
    number = _discharged_over_an_irregularity(database)
    with database.write() as session:  # as a row of schema 0015 holds it
        row = session.get(Irregularity, 1)
        assert row is not None
        row.resolution_code = None
        row.resolution_params = None
        row.resolution = "accepted at the discharge of 2026-03-23 by someone"
    [old] = _irregularities(database, number)
    assert old["resolution"] == "accepted at the discharge of 2026-03-23 by someone"
    assert "resolution_code" not in old


def test_the_goods_a_claim_concerns_agree_with_their_number(database: Database) -> None:
    number = issue_sample(database)
    _stamp(database, number, A.EXPORTATION, date(2026, 3, 10))
    _stamp(database, number, A.IMPORTATION, date(2026, 3, 10), "CH")
    with database.write() as session:
        claim = claims.open_claim(
            session,
            number,
            country="CH",
            notified_on=date(2026, 10, 1),
            amount=Decimal("1250.00"),
            user="clerk",
            today=TODAY,
        )
        claim_id = claim.claim.id
    with database.read() as session:
        document = claim_dossier_pdf(session, claim_id, today=TODAY, user="Marie")
    text = " ".join(
        " ".join(page.extract_text() for page in PdfReader(BytesIO(document)).pages).split()
    )
    assert "(s)" not in text
    assert " pieces worth EUR " in text and "still recorded in CH" in text


def test_a_drafts_packing_list_is_labelled_in_the_readers_language(
    database: Database, french: None
) -> None:
    with database.write() as session:
        draft = carnets.apply(
            session, parse_application(sample_application()), user="clerk", today=TODAY
        )
        draft_id = draft.id
    with database.read() as session:
        assert packing_list(session, draft_id).label == f"brouillon {draft_id}"


def test_an_export_written_before_resolution_codes_imports_with_its_words(
    database: Database, tmp_path: Path
) -> None:
    if database.engine.dialect.name != "sqlite":
        pytest.skip("the older export is rebuilt from SQLite's rows")
    number = _discharged_over_an_irregularity(database)
    with database.write() as session:  # as a desk of schema 0015 wrote it: no resolution code
        row = session.get(Irregularity, 1)
        assert row is not None
        row.resolution_code, row.resolution_params = None, None
    keys = KeyStore.for_paths(AppPaths.from_base_dir(tmp_path / "keys"))
    exported = tmp_path / "export.json"
    portability.export_database(database, exported, keys=keys)
    document = json.loads(exported.read_text(encoding="utf-8"))
    as_written_at(document, "0015_message_codes")
    assert "resolution_code" not in document["tables"]["irregularities"]["columns"]
    older = tmp_path / "older-export.json"
    older.write_text(json.dumps(document), encoding="utf-8")
    fresh = open_database(
        f"sqlite:///{tmp_path / 'fresh.sqlite3'}", AppPaths.from_base_dir(tmp_path)
    )
    try:
        done = portability.import_database(fresh, older, user="admin")
        assert done.audit.intact and not done.unverified
        [imported] = _irregularities(fresh, number)
    finally:
        fresh.dispose()
    assert imported["resolution"] == "accepted at the discharge of 2026-03-23 by Marie"
    assert "resolution_code" not in imported

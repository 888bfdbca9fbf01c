"""A letter about a carnet comes from the association that issued it, as fixed at issue: a
later change of the association's name or address applies to new carnets only."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from carnet_app.db.uow import Database
from carnet_app.paths import AppPaths
from carnet_app.services import carnets, claims, documents
from carnet_app.services.database import open_database
from carnet_app.services.dossier import claim_dossier_pdf
from tests.services.conftest import TODAY, issue_sample

OLD_NAME = "CCI Lyon Métropole"
NEW_NAME = "CCI Auvergne-Rhône-Alpes"


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(
        f"sqlite:///{tmp_path / 'desk.sqlite3'}", AppPaths.from_base_dir(tmp_path / "data")
    )
    with db.write() as session:
        carnets.set_association(
            session, name=OLD_NAME, address="Place de la Bourse\n69002 Lyon", country="FR",
            currency="EUR", code="LY", user="admin",
        )  # fmt: skip
    yield db
    db.dispose()


def _rename(database: Database) -> None:
    with database.write() as session:
        carnets.set_association(
            session, name=NEW_NAME, address="1 rue Nouvelle\n69000 Lyon", country="FR",
            currency="EUR", code="LY", user="admin",
        )  # fmt: skip


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(page.extract_text() or "" for page in pages).split())


def test_a_claim_letter_names_the_issuer_fixed_on_the_carnet(database: Database) -> None:
    number = issue_sample(database)
    with database.write() as session:
        claim_id = claims.open_claim(
            session, number, country="CH", notified_on=date(2026, 4, 1),
            amount=Decimal("10.00"), user="c", today=TODAY,
        ).claim.id  # fmt: skip
    _rename(database)
    with database.read() as session:
        notice = _text(documents.claim_notice_pdf(session, claim_id, today=TODAY))
        dossier = _text(claim_dossier_pdf(session, claim_id, today=TODAY, user="Marie Dupont"))
    for text in (notice, dossier):
        assert OLD_NAME in text and "69002 Lyon" in text
        assert NEW_NAME not in text and "rue Nouvelle" not in text


def test_a_discharge_certificate_names_the_issuer_fixed_on_the_carnet(
    database: Database,
) -> None:
    number = issue_sample(database)
    with database.write() as session:
        carnets.return_carnet(session, number, on=date(2026, 4, 1), user="c", today=TODAY)
        carnets.discharge(session, number, on=date(2026, 4, 2), user="c", today=TODAY)
    _rename(database)
    with database.read() as session:
        text = _text(documents.discharge_certificate_pdf(session, number))
    assert OLD_NAME in text and "69002 Lyon" in text
    assert NEW_NAME not in text and "rue Nouvelle" not in text


def test_a_claim_letter_lists_only_the_goods_the_claim_concerns(database: Database) -> None:
    """A claim for items 1-2 tells the holder about items 1 and 2, not every item still in the
    claiming country; a claim naming no items concerns all of them there."""
    from carnet_app.domain.types import MovementAction
    from carnet_app.services import movements
    from carnet_app.services.movements import StampRequest

    number = issue_sample(database)
    with database.write() as session:
        for action, country in (
            (MovementAction.EXPORTATION, None),
            (MovementAction.IMPORTATION, "CH"),
        ):
            movements.record_stamp(
                session, number,
                StampRequest(action=action, on=date(2026, 3, 10), country=country,
                             items="1-3", final_date=date(2026, 9, 10)),
                confirm=False, user="clerk", today=TODAY,
            )  # fmt: skip
        named = claims.open_claim(
            session, number, country="CH", notified_on=date(2026, 4, 1),
            amount=Decimal("10.00"), items="1-2", user="c", today=TODAY,
        ).claim.id  # fmt: skip
        whole = claims.open_claim(
            session, number, country="CH", notified_on=date(2026, 4, 2),
            amount=Decimal("10.00"), user="c", today=TODAY,
        ).claim.id  # fmt: skip
    with database.read() as session:
        named_text = _text(documents.claim_notice_pdf(session, named, today=TODAY))
        whole_text = _text(documents.claim_notice_pdf(session, whole, today=TODAY))
        named_dossier = _text(claim_dossier_pdf(session, named, today=TODAY, user="M. Dupont"))
        whole_dossier = _text(claim_dossier_pdf(session, whole, today=TODAY, user="M. Dupont"))
    assert "items 1-2: 2 piece" in named_dossier
    assert "items 1-3: 3 piece" in whole_dossier
    # the sample's items 1-3: two camera bodies, then a prime lens
    assert "ARRI Alexa" in named_text and "Sony Venice" in named_text
    assert "Prime lens" not in named_text
    assert all(part in whole_text for part in ("ARRI Alexa", "Sony Venice", "Prime lens"))


@pytest.mark.parametrize(
    ("language", "said", "not_said"),
    [
        (
            "fr",
            ["Suisse (CH)", "taux par défaut 40", "frais de dossier"],
            ["default rate", "Switzerland"],
        ),
        ("en", ["Switzerland (CH)", "default rate 40", "processing fee"], ["taux par défaut"]),
        ("en+fr", ["default rate 40", "taux par défaut 40", "Switzerland / Suisse"], []),
    ],
)
def test_a_quote_letter_speaks_the_chamber_s_language_not_the_desk_s(
    database: Database, language: str, said: list[str], not_said: list[str]
) -> None:
    """The rates, guarantee forms, fee lines and country names the services word are written
    in the letter's language, whatever language the desk itself speaks (English here)."""
    from carnet_app.domain.application import parse_application
    from tests.services.conftest import sample_application

    with database.write() as session:
        carnets.set_association(
            session, name=OLD_NAME, address="Place de la Bourse\n69002 Lyon", country="FR",
            currency="EUR", code="LY", user="admin", letterhead={"letter_language": language},
        )  # fmt: skip
    application = parse_application(sample_application("film-shoot"))
    with database.read() as session:
        text = _text(documents.quote_letter_pdf(session, application, today=TODAY))
    for words in said:
        assert words in text
    for words in not_said:
        assert words not in text
    # the film shoot visits CH, visits NO and crosses CH: each country is named once
    assert text.count("(NO)") == 2  # the countries line and the guarantee table
    assert text.count("(CH)") == 3  # the countries line, CH visited, CH crossed

"""French sentences a clerk reads: 'du titulaire' not 'de le titulaire', participles that agree
with 'marchandises', a status explained without saying it twice, amounts with their currency."""

from __future__ import annotations

from decimal import Decimal

import pytest

from carnet_app.domain.messages import say, status_word
from carnet_app.domain.types import GoodsEventKind


@pytest.mark.parametrize(
    ("status", "language", "word"),
    [
        ("cancelled", "en", "cancel"),
        ("cancelled", "fr", "annul"),
        ("superseded", "en", "supersede"),
        ("superseded", "fr", "remplac"),
        ("returned", "en", "return"),
        ("returned", "fr", "restitu"),
        ("active", "en", "active"),
        ("active", "fr", "en service"),
    ],
)
def test_a_refused_step_says_the_status_once(status: str, language: str, word: str) -> None:
    said = say(
        "lifecycle.refused",
        transition="x",
        carnet="FR/LY/000001",
        status=status_word(status),
        why=say(f"lifecycle.why.{status}"),
    ).text(language)
    assert said.count(word) == 1, said


def test_the_first_file_of_a_holder_reads_du_titulaire() -> None:
    party = say("signed.party-holder", carnet="FR/LY/000001")
    said = say("signed.first-file", party=party, signer="ab:cd").text("fr")
    assert " de le " not in said and said.startswith("premier fichier signé par le titulaire")


@pytest.mark.parametrize("kind", list(GoodsEventKind))
def test_goods_events_agree_with_marchandises_and_need_no_preposition(kind: GoodsEventKind) -> None:
    said = say(
        "cli.done.goods-event", kind=say(f"cli.goods-event.{kind.value}"), country="GB", items="1"
    ).text("fr")
    word = said.split()[1]
    assert word.endswith("es"), said  # réexportées, vendues, volées...
    assert " en GB" not in said and "(pays : GB)" in said


def test_a_destination_added_gives_every_amount_its_currency() -> None:
    said = say(
        "cli.done.destination",
        country="CH",
        number="FR/LY/000001",
        top_up=Decimal("0.00"),
        security=Decimal("6160.00"),
        sets=1,
        fee=Decimal("75.00"),
        currency="EUR",
    ).text("fr")
    assert "0,00 EUR (désormais 6 160,00 EUR)" in said.replace("\u202f", " ").replace("\xa0", " ")


def test_countries_are_named_in_french_in_french_findings() -> None:
    from carnet_app.domain.application_checks import _said_label
    from carnet_app.domain.countries import CountryRule

    rule = CountryRule(code="KR", name="South Korea", territory="KR")
    said = say("app-check.use-national-law", label=_said_label(rule), use="CS")
    assert "KR (Corée du Sud)" in said.text("fr")
    assert "KR (South Korea)" in said.text("en")

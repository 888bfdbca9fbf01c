"""Issue 12: no "(s)" or "(x)" in what the desk says; plurals agree with their number, in
English and in French (``{n:plural:…}`` for a count, ``{items:list:…}`` for a list)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carnet_app.domain.catalogue import CATALOGUE
from carnet_app.domain.ledger_words import colour_word, kind_word
from carnet_app.domain.messages import Joined, say
from carnet_app.domain.types import MovementAction, VoucherColour

BRACKETED_PLURAL = re.compile(r"\((s|x|es)\)")


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_no_catalogue_text_writes_a_bracketed_plural(code: str) -> None:
    for language, template in CATALOGUE[code].items():
        assert not BRACKETED_PLURAL.search(template), f"{code} ({language}): {template}"


@pytest.mark.parametrize(
    ("items", "english", "french"),
    [
        ("4", "did not carry item 4", "de l'article 4 sur"),
        ("1-3, 5", "did not carry items 1-3, 5", "des articles 1-3, 5 sur"),
        ("2-3", "did not carry items 2-3", "des articles 2-3 sur"),
    ],
)
def test_a_list_of_items_takes_the_number_of_what_it_names(
    items: str, english: str, french: str
) -> None:
    said = say("ledger.items-not-carried", items=items, vouchers=Joined(("7",), ", "))
    assert said.text("en") == f"importation voucher 7 {english}"
    assert french in said.text("fr")
    assert said.text("fr").endswith("sur le volet d'importation 7")


@given(st.integers(min_value=0, max_value=10_000))
def test_counted_words_agree_with_their_count(count: int) -> None:
    said = say(
        "ledger.no-voucher-left",
        colour=colour_word(VoucherColour.WHITE),
        action=kind_word(MovementAction.IMPORTATION),
        sets=count,
        used=count,
    )
    english, french = said.text("en"), said.text("fr")
    one_en, one_fr = count == 1, count < 2
    assert (f"{count} white set issued" in english) is one_en
    assert (f"{count} white sets issued" in english) is not one_en
    assert (f"{count} jeu délivré" in french) is one_fr
    assert (f"{count} jeux délivrés" in french) is not one_fr
    assert "(" not in english.split(":")[1]


COUNTED = re.compile(
    r"\{(\w+)\} (pieces|pièces|jeux|days|jours|items|articles|carnets|lines|lignes|months|events"
    r"|rows|movements|mouvements|visits|visites|tables)\b"
)


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_a_count_before_its_noun_takes_the_plural_form(code: str) -> None:
    """ "1 pièces demandées", "1 days": a number written before a counted noun goes through
    ``{n:plural:…}``, whatever the number the message is given today."""
    for language, template in CATALOGUE[code].items():
        assert not COUNTED.search(template), f"{code} ({language}): {template}"


@given(st.integers(min_value=0, max_value=3))
def test_pieces_asked_agree_in_french(asked: int) -> None:
    said = say("ledger.item-above-there", item_no=2, asked=asked, available=0, place="en Suisse")
    expected = "pièce demandée" if asked < 2 else "pièces demandées"
    assert f"{asked} {expected}," in said.text("fr")
    assert f"{asked} {'piece' if asked == 1 else 'pieces'} asked" in said.text("en")

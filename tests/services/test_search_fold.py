"""Search ignores case and accents: "rhone video" finds "Société Rhône Vidéo", and what was
typed with accents finds text written without them."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carnet_app.db.queries import ListFilter, carnet_ids
from carnet_app.db.text_fold import fold
from carnet_app.db.uow import Database
from tests.services.conftest import TODAY, issue_sample

HOLDER = {
    "name": "Société Rhône Vidéo",
    "address": "3 quai Saint-Antoine, 69002 Lyon, France",
    "country": "FR",
}


def found(database: Database, text: str) -> set[str]:
    from sqlalchemy import select

    from carnet_app.db.models import Carnet

    with database.read() as session:
        ids = carnet_ids(session, ListFilter(search=text), today=TODAY)
        return {
            str(n)
            for n in session.execute(select(Carnet.number).where(Carnet.id.in_(ids))).scalars()
        }


@pytest.mark.parametrize(
    "typed",
    ["rhone video", "RHONE VIDÉO", "Société Rhône", "societe rhone video", "hône vid"],
)
def test_holder_found_whatever_the_case_and_accents(database: Database, typed: str) -> None:
    number = issue_sample(database, "trade-fair", holder=HOLDER)
    other = issue_sample(database, "trade-fair")  # "Turbines Vallée du Rhône SAS"
    hits = found(database, typed)
    assert number in hits
    assert other not in hits


def test_accents_typed_find_text_without_them(database: Database) -> None:
    number = issue_sample(database, "trade-fair", holder={**HOLDER, "name": "Societe Rhone Video"})
    assert number in found(database, "Société Rhône Vidéo")


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="aeiouéèêëàâäôöùûüçœæøÅßİıABCDÉ -", min_size=3, max_size=20))
def test_folding_is_idempotent_and_accent_free(text: str) -> None:
    folded = fold(text)
    assert folded is not None
    assert fold(folded) == folded
    assert not any(unicodedata.combining(ch) for ch in unicodedata.normalize("NFD", folded))
    assert folded == folded.casefold()


@settings(
    max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=st.sampled_from(["Atelier Lumière Évasion", "Œuvres Cinéma", "Ærø Støvler Ålborg"]))
def test_any_folded_slice_finds_the_holder(database: Database, name: str) -> None:
    number = issue_sample(database, "trade-fair", holder={**HOLDER, "name": name})
    folded = fold(name) or ""
    for start in range(0, len(folded) - 3, 4):
        assert number in found(database, folded[start : start + 4].upper())


ODD_NAME = 'O\'Brien "Quotes" 100% _x_ back\\slash'


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(typed=st.text(alphabet="'\"\\%_;-*()aé O", min_size=1, max_size=12))
def test_any_typed_text_is_searched_as_text(database: Database, typed: str) -> None:
    """Quotes, wildcards and backslashes are text to find, never SQL or a pattern."""
    number = issue_sample(database, "trade-fair", holder={**HOLDER, "name": ODD_NAME})
    hits = found(database, typed)  # no error, whatever was typed
    term = fold(typed.strip()) or ""
    if len(term) >= 3 and term in (fold(ODD_NAME) or ""):
        assert number in hits

"""The search index's bulk rebuild folds printable ASCII text in SQL (``lower()``) and the rest
through ``carnet_fold()``: on any text it must store exactly what ``fold`` gives, or a search
would miss what the same text typed by a clerk finds."""

from __future__ import annotations

import sqlite3

from hypothesis import given
from hypothesis import strategies as st

from carnet_app.db.search_index import folded_sql
from carnet_app.db.text_fold import SQL_FUNCTION, fold

_CONNECTION = sqlite3.connect(":memory:")
_CONNECTION.create_function(SQL_FUNCTION, 1, fold, deterministic=True)
_QUERY = f"SELECT {folded_sql('t')} FROM (SELECT ? AS t)"


def _folded_in_sql(text: str | None) -> str | None:
    value = _CONNECTION.execute(_QUERY, (text,)).fetchone()[0]
    assert value is None or isinstance(value, str)
    return value


@given(st.text() | st.text(alphabet="AbZéÉÖœß İ-~\t\n[]*?") | st.none())
def test_sql_fold_is_the_python_fold(text: str | None) -> None:
    assert _folded_in_sql(text) == fold(text)


def test_ascii_and_accented_examples() -> None:
    assert _folded_in_sql("Piano Steinway, S/N 1234567") == "piano steinway, s/n 1234567"
    assert _folded_in_sql("Société Rhône Vidéo") == "societe rhone video"
    assert _folded_in_sql("") == ""

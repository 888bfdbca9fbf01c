"""Real chambers have long names and full addresses: the cover must take them."""

from __future__ import annotations

from dataclasses import replace

import pdfplumber
import pytest

from carnet_app.pdf import Party, render_carnet
from carnet_app.pdf.bindings import town_of
from tests.pdf.conftest import make_carnet

LONG_NAMES = [
    "Chambre de Commerce et d'Industrie Paris Île-de-France",
    "Chambre de commerce et d'industrie de démonstration",
    "Industrie- und Handelskammer für München und Oberbayern",
]


@pytest.mark.parametrize("name", LONG_NAMES)
def test_long_association_names_print_whole_on_the_cover(name: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = replace(
        make_carnet(3),
        association=Party(name, "2 place de la Bourse, 69002 Lyon, France", "FR"),
        place_of_issue="",
    )
    path = tmp_path / "cover.pdf"
    path.write_bytes(render_carnet(data, part="cover"))
    with pdfplumber.open(path) as pdf:
        text = " ".join(pdf.pages[0].extract_text().split())
    for word in name.split():
        assert word in text
    assert "Lyon, 2026-03-15" in text  # box I: the town, not the whole address


@pytest.mark.parametrize(
    ("address", "town"),
    [
        ("2 place de la Bourse, 69002 Lyon, France", "Lyon"),
        ("33 rue du Rhône, CH-1204 Genève", "Genève"),
        ("1 Queen Street\nLondon EC4N 1SR\nUnited Kingdom", "London EC4N 1SR"),
        ("Lyon", "Lyon"),
    ],
)
def test_place_of_issue_is_the_town(address: str, town: str) -> None:
    assert town_of(address) == town

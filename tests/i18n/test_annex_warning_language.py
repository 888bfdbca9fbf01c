"""The warning that a box continues on an annex page names the box as the printed form does,
in the desk's language: the form's French box title on the French desk, never the English."""

from __future__ import annotations

from dataclasses import replace

from carnet_app.domain.messages import set_message_language
from carnet_app.services.documents import annex_sentences
from tests.pdf.conftest import make_carnet
from tests.pdf.test_annex import LONG_HOLDER


def test_the_annex_warning_names_the_box_in_the_desks_language() -> None:
    carnet = replace(make_carnet(2), holder=replace(LONG_HOLDER, address=LONG_HOLDER.address * 3))
    english = annex_sentences(carnet, "all")
    assert any(
        line.startswith("A. HOLDER") and line.endswith("continues on an annex page")
        for line in english
    )
    set_message_language("fr")
    french = annex_sentences(carnet, "all")
    assert len(french) == len(english)
    assert all("annexe n°" in line and "HOLDER" not in line for line in french)
    assert any(line.startswith("Titulaire et adresse") for line in french), french

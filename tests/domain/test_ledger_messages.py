"""The ledger, the list and application checks, the quote's fees and security say what they
find as codes: English words as before, French words for the French desk, the same code in
both."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carnet_app.domain.catalogue import CATALOGUE
from carnet_app.domain.fees import issue_fees
from carnet_app.domain.goods_checks import RawRow, check_rows
from carnet_app.domain.ledger import CarnetFacts, Entry, LedgerRefusal, replay
from carnet_app.domain.messages import set_message_language
from carnet_app.domain.schedules import FeeBand, FeeSchedule, RushFee
from carnet_app.domain.types import ItineraryKind, ItineraryStop, MovementAction, VoucherColour

A = MovementAction


def facts() -> CarnetFacts:
    return CarnetFacts(
        number="FR/LY/2026/0001",
        issued_on=date(2026, 3, 1),
        valid_until=date(2027, 2, 28),
        home_territory="EU",
        pieces={1: 2, 2: 1, 3: 4},
        voucher_sets={VoucherColour.YELLOW: 1, VoucherColour.WHITE: 2, VoucherColour.BLUE: 1},
        visit_territories=frozenset({"CH"}),
        transit_territories=frozenset({"NO"}),
        split_forbidden=frozenset({"CH"}),
    )


def test_a_ledger_warning_is_said_in_french_with_its_code() -> None:
    _, outcomes = replay(
        facts(),
        [
            Entry(1, A.EXPORTATION, date(2026, 3, 10)),
            Entry(2, A.IMPORTATION, date(2026, 3, 10), "CH", final_date=date(2026, 4, 1)),
            Entry(3, A.RE_EXPORTATION, date(2026, 4, 5), "CH"),
        ],
    )
    said = outcomes[2].said_warnings[0]
    assert said.code == "ledger.reexport-late"
    assert said.text("en") == (
        "re-exportation on 2026-04-05 is after the final date 2026-04-01 set by CH customs"
    )
    assert said.text("fr") == (
        "la réexportation du 05/04/2026 est postérieure à la date limite du 01/04/2026 "
        "fixée par la douane de CH"
    )
    set_message_language("fr")
    assert outcomes[2].warnings == (said.text("fr"),)


def test_a_ledger_refusal_names_the_goods_whereabouts_in_french() -> None:
    with pytest.raises(LedgerRefusal) as refused:
        replay(facts(), [Entry(1, A.IMPORTATION, date(2026, 3, 10), "CH")])
    assert refused.value.code == "ledger.import-nothing-en-route"
    assert refused.value.said.text("en") == (
        "importation into CH names no items and no goods are en route (items 1-3 at home): "
        "record the exportation first, or name the items imported, e.g. --items 1-3"
    )
    assert refused.value.said.text("fr") == (
        "l'importation en CH ne cite aucun article et aucune marchandise n'est en route "
        "(articles 1-3 dans le territoire d'origine) : enregistrez d'abord l'exportation, ou "
        "citez les articles importés, par ex. --items 1-3"
    )


def test_a_back_dated_stamp_says_which_entry_it_breaks_in_french() -> None:
    from carnet_app.domain.ledger import check_new_entry

    existing = [
        Entry(1, A.EXPORTATION, date(2026, 3, 10)),
        Entry(2, A.IMPORTATION, date(2026, 3, 12), "CH"),
    ]
    with pytest.raises(LedgerRefusal) as refused:
        check_new_entry(facts(), existing, Entry(3, A.RE_IMPORTATION, date(2026, 3, 11)))
    said = refused.value.said
    assert said.code == "ledger.backdated-breaks"
    assert said.text("en").startswith(
        "with this re-importation dated 2026-03-11, the importation recorded for 2026-03-12 "
        "would no longer be possible (importation into CH names no items"
    )
    assert said.text("fr").startswith(
        "avec cette écriture « réimportation » datée du 11/03/2026, l'écriture « importation » "
        "enregistrée pour le 12/03/2026 ne serait plus possible (l'importation en CH ne cite"
    )


ACTIONS = st.sampled_from(list(A))
ENTRIES = st.lists(
    st.builds(
        lambda seq, action, day, country, item, pieces: Entry(
            seq,
            action,
            date(2026, 2, 20).fromordinal(date(2026, 2, 20).toordinal() + day),
            country,
            {item: pieces} if item else {},
        ),
        st.integers(1, 50),
        ACTIONS,
        st.integers(0, 500),
        st.sampled_from([None, "CH", "NO", "EU", "JP", ""]),
        st.integers(0, 4),
        st.integers(1, 5),
    ),
    max_size=6,
)


@given(entries=ENTRIES)
def test_every_ledger_refusal_is_a_code_said_in_both_languages(entries: list[Entry]) -> None:
    try:
        _, outcomes = replay(facts(), entries)
    except LedgerRefusal as refusal:
        assert refusal.code in CATALOGUE
        assert refusal.said.text("en") and refusal.said.text("fr")
        assert refusal.said.text("en") != refusal.said.text("fr")
        return
    for outcome in outcomes:
        for warning in outcome.said_warnings:
            assert warning.text("en") != warning.text("fr")


def test_a_goods_problem_keeps_its_code_and_says_its_cell_in_french() -> None:
    _, problems = check_rows(
        [RawRow(row=2, description="Camera S/N 1", pieces="1", value="", origin="FR")],
        known_country_codes=["FR"],
    )
    (problem,) = problems
    assert problem.said.code == "goods-check.value-missing"
    assert str(problem) == "row 2, column value: the value is missing"
    set_message_language("fr")
    assert str(problem) == "ligne 2, colonne valeur : la valeur manque"
    assert problem.message == "la valeur manque"


def test_fee_lines_are_named_in_french() -> None:
    schedule = FeeSchedule(
        bands=(FeeBand(fee=Decimal("120"), below=Decimal("10000")), FeeBand(fee=Decimal("200"))),
        rush=(RushFee(within_days=3, fee=Decimal("50")),),
        tax_percent=Decimal("20"),
    )
    fees = issue_fees(
        schedule,
        "EUR",
        total_value=Decimal("5000"),
        item_count=3,
        voucher_sets=1,
        member=False,
        days_before_departure=2,
    )
    english = [line.said.text("en") for line in fees.lines]
    french = [line.said.text("fr") for line in fees.lines]
    assert english[0] == "processing fee (value below 10,000)"
    assert french[0] == "frais de dossier (valeur inférieure à 10\u202f000)"
    assert english[1] == "rush service (departure in 2 days)"
    assert french[1] == "service urgent (départ dans 2 jours)"
    assert english[-1].startswith("tax 20 % on 170")
    assert french[-1].startswith("taxe 20 % sur 170")


def test_the_security_explanation_is_said_in_french_with_french_amounts() -> None:
    from carnet_app.domain.security import compute_security
    from carnet_app.domain.types import GoodsLine
    from tests.reference.conftest import percentage_schedule, shipped_table

    quote = compute_security(
        [GoodsLine(1, "Camera, S/N 1", 1, Decimal("1250.50"), "DE")],
        [ItineraryStop("CH", ItineraryKind.VISIT), ItineraryStop("NO", ItineraryKind.TRANSIT)],
        ["PE"],
        percentage_schedule().security,
        shipped_table(),
        "FR",
        "EUR",
    )
    assert quote.explanation.startswith("security 500.20 EUR: CH: default rate 40 % of value")
    assert "on a general-list value of 1,250.50 EUR" in quote.explanation
    set_message_language("fr")
    assert quote.explanation.startswith(
        "garantie de 500,20 EUR : CH : taux par défaut 40 % de la valeur"
    )
    assert "sur une valeur de liste générale de 1\u202f250,50 EUR" in quote.explanation
    assert "la plus élevée de : CH (visite) 500,20 EUR; NO (transit)" in quote.explanation
    assert all("EUR" in form.explanation for form in quote.forms)


def test_an_application_finding_is_said_in_french_with_its_code() -> None:
    from carnet_app.domain.application_checks import carnet_format_needed, check_replacement
    from tests.reference.conftest import shipped_table

    table = shipped_table()
    decision = carnet_format_needed(
        [ItineraryStop("CH", ItineraryKind.VISIT)], "FR", table, date(2026, 3, 1)
    )
    assert decision.said.code.startswith("app-check.format-")
    assert decision.said.text("en").endswith("on 2026-03-01")
    assert decision.said.text("fr").endswith("le 01/03/2026")
    (finding,) = check_replacement("XX", table)
    assert finding.code == "app-check.not-in-table"
    assert finding.message == "XX is not in the country table"
    set_message_language("fr")
    assert finding.message == "XX ne figure pas dans la table des pays"
    assert finding.to_dict()["message"] == finding.message


def test_a_check_in_difference_is_said_in_french() -> None:
    from carnet_app.services.checkin import compare_entries

    stamp = {"type": "movement", "action": "importation", "date": "2026-03-12", "country": "CH"}
    ours = [dict(stamp, items={"1": 2}, voucher={"colour": "white", "no": 1})]
    theirs = [dict(ours[0], date="2026-03-11")]
    (difference,) = compare_entries(ours, theirs)
    assert difference.said.code == "checkin.changed"
    assert difference.text == (
        "importation CH on 2026-03-12 (items 1 ×2) was recorded differently: "
        "date 2026-03-12 here, 2026-03-11 in the holder's record"
    )
    set_message_language("fr")
    assert difference.to_dict()["text"] == (
        "importation CH le 12/03/2026 (articles 1 ×2) a été enregistré autrement : "
        "date 12/03/2026 ici, 11/03/2026 dans le relevé du titulaire"
    )
    (pieces,) = compare_entries(ours, [dict(ours[0], items={"1": 1})])
    assert pieces.to_dict()["text"].endswith(
        ": articles 1 ×2 ici, 1 ×1 dans le relevé du titulaire"
    )


def test_the_voucher_plan_is_said_in_french() -> None:
    from carnet_app.domain.voucher_plan import plan_vouchers
    from tests.reference.conftest import shipped_table

    plan = plan_vouchers(
        [ItineraryStop("DE", ItineraryKind.VISIT), ItineraryStop("IT", ItineraryKind.VISIT)],
        2,
        "GB",
        shipped_table(),
    )
    assert plan.texts() == [
        "yellow: 2 trips out of and back into GB → 2 sets",
        "white: EU visit (DE ×1, IT ×1; one territory) → 1 set",
    ]
    set_message_language("fr")
    assert plan.texts() == [
        "jaune : 2 voyages aller-retour hors de GB → 2 jeux",
        "blanc : EU, visite (DE ×1, IT ×1 ; un seul territoire) → 1 jeu",
    ]
    assert plan.lines[0].what == "2 voyages aller-retour hors de GB"

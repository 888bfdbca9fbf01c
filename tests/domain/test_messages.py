"""Messages are codes with parameters, said in English or French: every code has both
languages with the same fields, every code the package uses is in the catalogue, and the list
for integrators (docs/messages.md) is the catalogue's."""

from __future__ import annotations

import re
import string
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carnet_app.domain.catalogue import CATALOGUE, load_parts
from carnet_app.domain.messages import (
    MESSAGE_LANGUAGES,
    Message,
    language_from_environment,
    say,
    set_message_language,
)
from carnet_app.errors import ConfirmationRequired, UserError

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs" / "messages.md"


# words French writes as English does
SAME_WORD_IN_BOTH = {
    "checkin.field.date",
    "checkin.field.document",
    "countries.rule.transit",
    "itinerary.transit",
    "ledger.action.exportation",
    "ledger.action.importation",
}


def fields_of(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_every_code_speaks_both_languages_with_the_same_fields(code: str) -> None:
    templates = CATALOGUE[code]
    assert set(templates) == set(MESSAGE_LANGUAGES)
    assert fields_of(templates["en"]) == fields_of(templates["fr"])
    assert templates["en"] != templates["fr"] or code in SAME_WORD_IN_BOTH


def test_a_code_defined_in_two_parts_is_refused() -> None:
    part = '["country.unknown"]\nen = "{country}?"\nfr = "{country} ?"\n'
    assert load_parts({"common": part})["country.unknown"]["fr"] == "{country} ?"
    with pytest.raises(RuntimeError, match=r"defined twice: \['country.unknown'\]"):
        load_parts({"common": part, "issuing": part})


def test_every_part_file_is_read() -> None:
    """A part file the loader does not name would be shipped and never read."""
    from carnet_app.domain import catalogue

    folder = Path(catalogue.__file__).parent
    assert sorted(path.stem for path in folder.glob("*.toml")) == sorted(catalogue.PARTS)


def test_the_catalogue_is_read_on_first_use_not_at_import() -> None:
    """``carnet --version`` imports the messages; it must not pay for reading the words."""
    code = (
        "import carnet_app.domain.messages, carnet_app.domain.catalogue as c; "
        "assert c.CATALOGUE._entries is None; assert 'country.unknown' in c.CATALOGUE"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def sample_params(template: str) -> dict[str, object]:
    """A value for every field: numbers, which both languages write alike, so what differs
    between the two renderings is the words."""
    return {name: 3 for name in fields_of(template)}


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_every_code_renders_in_english_and_in_french(code: str) -> None:
    """Every code says something in both languages, and the French is not the English
    (unless the template holds no words: proper names, numbers and punctuation only)."""
    templates = CATALOGUE[code]
    said = Message(code, sample_params(templates["en"]))
    english, french = said.text("en"), said.text("fr")
    assert english.strip() and french.strip()
    words = "".join(literal for literal, *_ in string.Formatter().parse(templates["en"]))
    if re.search(r"[A-Za-z]{2,}", words) and code not in SAME_WORD_IN_BOTH:
        assert french != english


def test_every_code_the_package_says_is_in_the_catalogue() -> None:
    used: set[str] = set()
    for path in (ROOT / "carnet_app").rglob("*.py"):
        used |= set(re.findall(r'\bsay\(\s*"([a-z0-9.-]+)"', path.read_text(encoding="utf-8")))
    assert used, "no message code found: the scan is broken"
    assert used - set(CATALOGUE) == set()


def messages_table() -> str:
    rows = [
        "# Message codes",
        "",
        "Refusals and confirmations that carry a code (`carnet --json` prints it as",
        '`{"refused": {"code": …}}`). A code keeps its meaning; its words may improve.',
        "Written from `carnet_app/domain/catalogue/` by",
        "`uv run python -m tests.domain.test_messages`.",
        "",
        "| code | English | French |",
        "|---|---|---|",
    ]
    for code in sorted(CATALOGUE):
        words = CATALOGUE[code]
        en = words["en"].replace("|", "\\|")
        fr = words["fr"].replace("|", "\\|")
        rows.append(f"| `{code}` | {en} | {fr} |")
    return "\n".join(rows) + "\n"


def test_the_integrators_list_is_the_catalogue() -> None:
    assert DOCS.read_text(encoding="utf-8") == messages_table(), (
        "docs/messages.md is stale: uv run python -m tests.domain.test_messages"
    )


def test_a_refusal_is_said_in_the_chosen_language_with_its_code() -> None:
    refusal = UserError(say("claim.item-too-many", item_no=3, pieces=1, quantity=5), field="x")
    assert refusal.code == "claim.item-too-many"
    assert str(refusal) == "items: item 3 has 1 piece, not 5"
    set_message_language("fr")
    assert str(refusal) == "articles : l'article 3 compte 1 pièce, pas 5"
    assert refusal.message == str(refusal)


def test_values_are_written_for_the_language() -> None:
    paid = say(
        "claim.paid-above-claim", paid=Decimal("999999.00"), amount=Decimal("10.00"), currency="CHF"
    )
    assert paid.text("en") == "payment of 999999.00 CHF is more than the claim of 10.00 CHF"
    assert paid.text("fr") == (
        "le paiement de 999\u202f999,00 CHF dépasse la réclamation de 10,00 CHF"
    )
    late = say("claim.proof-too-late", day=date(2027, 2, 3))
    assert late.text("en").endswith("2027-02-03")
    assert late.text("fr").endswith("03/02/2027")
    question = ConfirmationRequired([paid, late])
    assert question.code == "confirmation.needed"
    set_message_language("fr")
    assert question.warnings[0].startswith("le paiement")
    assert str(question).startswith("confirmation nécessaire : le paiement")


@given(count=st.integers(min_value=0, max_value=10_000))
def test_plurals_follow_each_language(count: int) -> None:
    said = say("evidence.unknown-movement", seq=9, number="FR1", count=count)
    english, french = said.text("en"), said.text("fr")
    assert english.endswith(f"{count} movement" + ("" if count == 1 else "s"))
    assert french.endswith(f"{count} mouvement" + ("" if count < 2 else "s"))


def test_an_unknown_code_is_a_programming_error() -> None:
    with pytest.raises(KeyError):
        say("no.such.code")
    assert Message("status.issued").text("fr") == "délivré"


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LC_ALL": "fr_CA", "LANG": "en_US"}, "fr"),
        ({"CARNET_LANGUAGE": "en", "LANG": "fr_FR"}, "en"),
        ({"CARNET_LANGUAGE": "system", "LANG": "fr_FR"}, "fr"),
    ],
)
def test_the_command_line_language_comes_from_the_environment(
    environ: dict[str, str], language: str
) -> None:
    assert language_from_environment(environ) == language


if __name__ == "__main__":
    DOCS.write_text(messages_table(), encoding="utf-8")


def test_every_alert_kind_is_said_by_its_own_code() -> None:
    """Alerts are said as ``alert.<kind>`` (domain/alerts.py builds the code from the kind)."""
    from carnet_app.domain.alerts import AlertKind

    assert {f"alert.{kind.value}" for kind in AlertKind} <= set(CATALOGUE)

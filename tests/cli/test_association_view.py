"""Issue 12: the association is read through one typed view (services/association.py): what
``association set`` and ``association show`` answer stays exactly what it was."""

from __future__ import annotations

from tests.cli.conftest import CarnetCommand

SET = ("association", "set", "--name", "CCI Lyon", "--country", "FR", "--currency", "EUR")
ANSWER = {
    "name": "CCI Lyon",
    "country": "FR",
    "code": "LY",
    "currency": "EUR",
    "address": "1 place de la Bourse",
    "number_format": "{country}/{code}/{serial:06d}",
    "security_hold_months": 21,
    "next_number": "FR/LY/000001",
    "phone": "",
    "email": "",
    "logo_path": "",
    "signatory_name": "",
    "signatory_title": "",
    "town": "Lyon",
    "letter_language": "fr",
    "claim_margin_days": 14,
}


def test_association_set_and_show_answer_the_same_json(carnet: CarnetCommand) -> None:
    assert carnet("init").code == 0
    done = carnet(
        "--json", *SET, "--code", "LY", "--address", "1 place de la Bourse", "--town", "Lyon",
        "--letter-language", "fr", today="2026-11-27",
    )  # fmt: skip
    assert done.code == 0, done.stderr
    shown = carnet("--json", "association", "show", today="2026-11-27")
    assert list(done.json.items()) == list(ANSWER.items())
    assert list(shown.json.items()) == list(ANSWER.items())

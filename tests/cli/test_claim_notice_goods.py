"""The claim notice to the holder lists the goods claimed (item, description, pieces, value),
as docs/cli.md says, even when the ledger does not have them in the claiming country."""

from __future__ import annotations

from pathlib import Path

import pdfplumber

from tests.cli.conftest import CarnetCommand
from tests.conftest import TEST_DATA


def test_the_claim_notice_lists_the_goods_the_claim_names(
    carnet: CarnetCommand, tmp_path: Path
) -> None:
    carnet("association", "set", "--name", "CCI Lyon Métropole", "--country", "FR",
           "--currency", "EUR", "--code", "LY", "--letter-language", "fr")  # fmt: skip
    carnet("apply", str(TEST_DATA / "application-trade-fair.json"))
    assert carnet("issue", "1", "--date", "2026-03-02").code == 0
    exported = carnet("record", "FR/LY/000001", "exportation", "--date", "2026-03-05",
                      "--country", "FR")  # fmt: skip
    assert exported.code == 0, exported.stderr
    opened = carnet("claim", "open", "FR/LY/000001", "--country", "GB", "--notified",
                    "2026-06-01", "--amount", "500", "--items", "2:1")  # fmt: skip
    assert opened.code == 0, opened.stderr
    letter = tmp_path / "claim.pdf"
    assert carnet("letter", "claim", "1", "--out", str(letter)).code == 0
    with pdfplumber.open(letter) as pdf:
        text = " ".join(" ".join(page.extract_text() or "" for page in pdf.pages).split())
        rows = [row for page in pdf.pages for table in page.extract_tables() for row in table]
    assert "La douane du Royaume-Uni nous a notifié" in text
    goods = [[" ".join((cell or "").split()) for cell in row] for row in rows if row[0] == "2"]
    assert goods == [["2", "LED screen 55 inch Samsung QM55B, S/N 0QM55B7731", "1",
                      "1 450,00 EUR", "-"]]  # fmt: skip


def test_no_claim_notice_asks_for_proof_of_a_claim_already_settled(
    carnet: CarnetCommand, tmp_path: Path
) -> None:
    carnet("association", "set", "--name", "CCI Lyon Métropole", "--country", "FR",
           "--currency", "EUR", "--code", "LY")  # fmt: skip
    assert carnet("apply", str(TEST_DATA / "application-trade-fair.json")).code == 0
    assert carnet("issue", "1", "--date", "2026-03-02").code == 0
    number = "FR/LY/000001"
    assert carnet("record", number, "exportation", "--date", "2026-03-05").code == 0
    opened = carnet("claim", "open", number, "--country", "GB", "--notified", "2026-06-01",
                    "--amount", "500", "--items", "2:1")  # fmt: skip
    assert opened.code == 0, opened.stderr
    settled = carnet("claim", "settle", "1", "--proof", "GB customs certificate 4711",
                     "--date", "2026-06-20")  # fmt: skip
    assert settled.code == 0, settled.stderr
    letter = tmp_path / "claim.pdf"
    refused = carnet("letter", "claim", "1", "--out", str(letter))
    assert refused.code == 2
    assert "settled" in refused.stderr and "2026-06-20" in refused.stderr
    assert not letter.exists()

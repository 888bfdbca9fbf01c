"""Every file the desk prints embeds every font it uses (no base-14 Helvetica, CJK included)
and passes ``qpdf --check``: each carnet part, plain and overlay, with the chamber's proof
code, in duplex, the calibration sheet, and every chamber letter and report."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from carnet_app.pdf import (
    ClaimedGoods,
    ClaimNotice,
    Country,
    DischargeCertificate,
    GoodsAbroadReport,
    GoodsAbroadRow,
    Party,
    VoucherSets,
    render_calibration_sheet,
    render_carnet,
    render_claim_notice,
    render_discharge_certificate,
    render_goods_abroad_report,
    render_security_quote,
)
from carnet_app.pdf.documents.dossier import ClaimDossier, DossierMovement, render_claim_dossier
from carnet_app.pdf.proof_code import ProofCode
from tests.pdf.conftest import make_carnet, make_trip, qpdf_check, unembedded_fonts
from tests.pdf.test_letters import CHAMBER, _letterhead, _quote

HOLDER = Party("株式会社 東京映像 / شركة الأحمد للإنتاج", "東京都千代田区丸の内1-1-1", "JP")
PROOF = ProofCode("FR/PAR/2026/000123", "ab" * 32, "S" * 88, in_overlay=True)


def _carnet() -> object:
    return replace(
        make_carnet(40, sets=VoucherSets(1, 1, 1)),
        holder=HOLDER,
        representatives=("محمد الأحمد", "Søren Kierkegård-Ødegård"),
        proof=PROOF,
    )


def _checked(data: bytes, tmp_path: Path) -> None:
    assert data.startswith(b"%PDF")
    assert unembedded_fonts(data) == []
    assert b"/Helvetica" not in data
    qpdf_check(data, tmp_path)


@pytest.mark.parametrize("overlay", [False, True])
@pytest.mark.parametrize("part", ["all", "cover", "list", "vouchers", "trip"])
def test_every_carnet_part_with_its_proof_code_embeds_its_fonts(
    part: str, overlay: bool, tmp_path: Path
) -> None:
    from carnet_app.domain.types import MovementAction

    trip = make_trip((MovementAction.EXPORTATION, 1)) if part == "trip" else None
    data = render_carnet(_carnet(), part=part, overlay=overlay, trip=trip)  # type: ignore[arg-type]
    _checked(data, tmp_path)


def test_a_duplex_print_embeds_its_fonts(tmp_path: Path) -> None:
    _checked(render_carnet(_carnet(), duplex=True), tmp_path)  # type: ignore[arg-type]


def _claim_notice(tmp_path: Path) -> bytes:
    return render_claim_notice(
        ClaimNotice(
            association=CHAMBER,
            holder=HOLDER,
            carnet_number="FR/PAR/2026/000123",
            claim_reference="CLAIM-7",
            claiming_country=Country("CH", "Switzerland"),
            notified_on=date(2027, 6, 1),
            amount=Decimal("1520.40"),
            currency="CHF",
            proof_due=date(2027, 12, 1),
            payment_final_on=date(2028, 3, 1),
            sent_on=date(2027, 6, 3),
            items=(
                ClaimedGoods(3, "ソニー 業務用ビデオカメラ", 1, "JP"),
                ClaimedGoods(4, "سجادة يدوية", 2, "transit-JP"),
            ),
            letterhead=_letterhead(tmp_path, "fr"),
            holder_margin_days=30,
        )
    )


def _discharge(tmp_path: Path) -> bytes:
    return render_discharge_certificate(
        DischargeCertificate(
            association=CHAMBER,
            holder=HOLDER,
            carnet_number="FR/PAR/2026/000123",
            issued_on=date(2026, 3, 15),
            valid_until=date(2027, 3, 14),
            returned_on=date(2026, 11, 2),
            discharged_on=date(2026, 11, 5),
            total_pieces=3,
            total_value=Decimal("62002.50"),
            currency="EUR",
            claims_window_ends=date(2028, 3, 14),
            security_release_on=date(2028, 3, 15),
            letterhead=_letterhead(tmp_path, "en+fr"),
            certified_on=date(2026, 11, 6),
        )
    )


def _report(tmp_path: Path) -> bytes:
    row = GoodsAbroadRow(
        "FR/1", HOLDER.name, date(2027, 1, 1), "CH", "1-3", 3, Decimal("10"), "EUR"
    )
    return render_goods_abroad_report(GoodsAbroadReport(CHAMBER, date(2026, 8, 1), (row,)))


def _dossier(tmp_path: Path) -> bytes:
    return render_claim_dossier(
        ClaimDossier(
            association=CHAMBER,
            guarantor="To the national guaranteeing association",
            carnet_number="FR/PAR/2026/000123",
            holder=HOLDER,
            valid_until=date(2027, 3, 14),
            claim_reference="CLAIM-7",
            claiming_country="CH",
            notified_on=date(2026, 11, 27),
            amount=Decimal("1520.40"),
            currency="CHF",
            proof_due=date(2027, 5, 27),
            payment_final_on=date(2027, 8, 27),
            status="open",
            items_claimed=("No. 1: 삼각대 카메라 지지대",),
            movements=(
                DossierMovement(
                    seq=1,
                    on=date(2026, 4, 2),
                    action="exportation",
                    country="FR",
                    customs_office="Roissy",
                    voucher="yellow 1",
                    refers_to="",
                    final_date=None,
                    items="1",
                ),
            ),
            items=(),
            evidence=(),
            prepared_on=date(2026, 12, 1),
            prepared_by="Marie Dupont",
        )
    )


DOCUMENTS: dict[str, Callable[[Path], bytes]] = {
    "calibration sheet": lambda _: render_calibration_sheet(),
    "quote (French)": lambda tmp: render_security_quote(
        replace(_quote(_letterhead(tmp, "fr")), applicant=HOLDER)
    ),
    "quote (no letterhead)": lambda _: render_security_quote(_quote(None)),
    "claim notice": _claim_notice,
    "discharge certificate": _discharge,
    "goods-abroad report": _report,
    "claim dossier": _dossier,
}


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_every_letter_and_report_embeds_its_fonts(name: str, tmp_path: Path) -> None:
    _checked(DOCUMENTS[name](tmp_path), tmp_path)

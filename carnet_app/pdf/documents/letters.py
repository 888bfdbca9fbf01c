"""Letters to the holder: the claim notice with its deadlines, and the discharge certificate."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from carnet_app.pdf.documents.base import build, iso, key_values, money, para, party_block
from carnet_app.pdf.documents.records import ClaimNotice, DischargeCertificate
from carnet_app.pdf.units import MM

WIDTH = 170 * MM


def render_claim_notice(notice: ClaimNotice) -> bytes:
    """A4 letter telling the holder of a customs claim: who claims what, for which goods, the
    date by which proof must reach the association, and the date the payment becomes final."""
    country = f"{notice.claiming_country.name} ({notice.claiming_country.code})"
    story: list[Flowable] = [
        party_block(notice.holder),
        Spacer(1, 6 * MM),
        para(f"{notice.association.name}, {iso(notice.sent_on)}", "small"),
        para(f"Customs claim on A.T.A. carnet {notice.carnet_number}", "title"),
        para(
            f"The customs of {country} have notified a claim under carnet "
            f"{notice.carnet_number} on {iso(notice.notified_on)}, for "
            f"{money(notice.amount, notice.currency)}."
        ),
        key_values(
            [
                ("Claim reference", notice.claim_reference),
                ("Claiming country", country),
                ("Notified on", iso(notice.notified_on)),
                ("Amount claimed", money(notice.amount, notice.currency)),
                ("Goods concerned", "; ".join(notice.items) or "-"),
                ("Reason given", notice.reason or "-"),
            ],
            WIDTH,
        ),
        para("Your deadlines", "heading"),
        key_values(
            [
                ("Proof of re-exportation due by", iso(notice.proof_due)),
                ("Payment becomes final on", iso(notice.payment_final_on)),
            ],
            WIDTH,
        ),
        Spacer(1, 3 * MM),
        para(
            "Please send us, before the first date, proof that the goods left that country in "
            "time: the re-exportation counterfoil stamped by its customs, or a later importation "
            "or re-importation stamp in this carnet, or any other document showing the goods were "
            "outside that country. Without proof the association must pay the claim and will "
            "recover it from your security; proof received within three months after payment "
            "can still recover the amount."
        ),
        Spacer(1, 10 * MM),
        para(notice.signatory or notice.association.name),
    ]
    return build(
        story, title=f"Claim notice, carnet {notice.carnet_number}", association=notice.association
    )


def render_discharge_certificate(certificate: DischargeCertificate) -> bytes:
    """A4 certificate that the carnet was returned and every item accounted for."""
    story: list[Flowable] = [
        party_block(certificate.holder),
        Spacer(1, 6 * MM),
        para(f"Discharge certificate, A.T.A. carnet {certificate.carnet_number}", "title"),
        para(
            f"{certificate.association.name} certifies that A.T.A. carnet "
            f"{certificate.carnet_number}, issued to {certificate.holder.name}, was returned on "
            f"{iso(certificate.returned_on)} and discharged on {iso(certificate.discharged_on)}: "
            "every item of its general list has been accounted for."
        ),
        key_values(
            [
                ("Carnet No.", certificate.carnet_number),
                ("Issued on", iso(certificate.issued_on)),
                ("Valid until", iso(certificate.valid_until)),
                ("Returned on", iso(certificate.returned_on)),
                ("Discharged on", iso(certificate.discharged_on)),
                (
                    "General list",
                    f"{certificate.total_pieces} pieces, "
                    f"{money(certificate.total_value, certificate.currency)}",
                ),
                ("Customs may claim until", iso(certificate.claims_window_ends)),
                ("Security released on", iso(certificate.security_release_on)),
            ],
            WIDTH,
        ),
    ]
    if certificate.remarks:
        story.append(para(certificate.remarks))
    story += [Spacer(1, 14 * MM), para(certificate.signatory or certificate.association.name)]
    return build(
        story,
        title=f"Discharge certificate, carnet {certificate.carnet_number}",
        association=certificate.association,
    )

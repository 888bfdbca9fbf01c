"""The claim dossier: one PDF a chamber sends to its guaranteeing association to answer a
customs claim — a covering letter, the claim, the carnet's timeline with its voucher and
counterfoil references, where each item went, an index of the evidence, then every attached
scan, photo or PDF page in order.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from io import BytesIO

from PIL import Image as PilImage
from PIL import ImageSequence
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Spacer

from carnet_app.pdf.data import Party
from carnet_app.pdf.documents.base import (
    MARGIN,
    build,
    han_shapes_of,
    key_values,
    money,
    para,
    table,
    written,
)
from carnet_app.pdf.fonts import Face, register_fonts
from carnet_app.pdf.numbers import count
from carnet_app.pdf.text_fit import draw_line
from carnet_app.pdf.units import MM

WIDTH = 170 * MM


@dataclass(frozen=True)
class DossierMovement:
    seq: int
    on: date
    action: str
    country: str
    customs_office: str
    voucher: str  # "white 2", "blue 1 copy 2"
    refers_to: str
    final_date: date | None
    items: str  # "1:2, 3, 5"


@dataclass(frozen=True)
class DossierItem:
    item_no: int
    description: str
    pieces: int
    value: Decimal
    whereabouts: str  # "home 2; CH 1"


@dataclass(frozen=True)
class DossierEvidence:
    number: int
    file_name: str
    media_type: str
    attached_to: str
    sha256: str
    size: int
    added_at: datetime
    added_by: str
    note: str
    content: bytes


@dataclass(frozen=True)
class ClaimDossier:
    association: Party
    guarantor: str
    carnet_number: str
    holder: Party
    valid_until: date | None
    claim_reference: str
    claiming_country: str
    notified_on: date
    amount: Decimal
    currency: str
    proof_due: date
    payment_final_on: date
    status: str
    items_claimed: tuple[str, ...]
    movements: tuple[DossierMovement, ...]
    items: tuple[DossierItem, ...]
    evidence: tuple[DossierEvidence, ...]
    prepared_on: date
    prepared_by: str


@han_shapes_of(lambda dossier: (dossier.holder, dossier.association))
def render_claim_dossier(dossier: ClaimDossier) -> bytes:
    """The whole dossier as one PDF: the reportlab part, then each evidence's pages."""
    summary = build(
        _story(dossier),
        title=f"Claim dossier {dossier.claim_reference}, carnet {dossier.carnet_number}",
        association=dossier.association,
    )
    writer = PdfWriter()
    writer.append(PdfReader(BytesIO(summary)))
    for evidence in dossier.evidence:
        writer.append(PdfReader(BytesIO(_evidence_pages(evidence, dossier.carnet_number))))
    writer.add_metadata(
        {
            "/Title": f"Claim dossier {dossier.claim_reference}, carnet {dossier.carnet_number}",
            "/Author": dossier.association.name,
            "/Creator": "Carnet Desk",
        }
    )
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def _counted(count: int, one: str, other: str) -> str:
    """``1 day``, ``3 days`` (the dossier is written in English)."""
    return f"{count} {one if count == 1 else other}"


def _story(d: ClaimDossier) -> list[Flowable]:
    days_left = (d.proof_due - d.prepared_on).days
    window = (
        f"Proof is due by {written(d.proof_due)} ({_counted(days_left, 'day', 'days')} "
        "from the date of this letter)."
        if days_left >= 0
        else f"The proof window closed on {written(d.proof_due)}; proof can still recover a "
        f"payment made on or before {written(d.payment_final_on)}."
    )
    story: list[Flowable] = [
        para(d.guarantor),
        Spacer(1, 6 * MM),
        para(f"{d.association.name}, {written(d.prepared_on)}", "small"),
        para(
            f"Claim {d.claim_reference} from the customs of {d.claiming_country} "
            f"on A.T.A. carnet {d.carnet_number}",
            "title",
        ),
        para("Dear Sir or Madam,"),
        para(
            f"We enclose our file on the claim notified on {written(d.notified_on)} for "
            f"{money(d.amount, d.currency)}: the carnet's movements as recorded from the "
            f"counterfoils and vouchers, where each item of the general list went, and "
            f"{_counted(len(d.evidence), 'piece', 'pieces')} of evidence reproduced in the "
            f"order listed. {window}"
        ),
        para(
            f"The holder is {d.holder.name}. We ask you to present this evidence to the customs "
            f"of {d.claiming_country} so that the claim can be discharged."
        ),
        para("Yours faithfully,"),
        Spacer(1, 8 * MM),
        para(d.prepared_by or d.association.name),
        para(d.association.name, "small"),
        PageBreak(),
        para("The claim", "heading"),
        key_values(
            [
                ("Carnet", d.carnet_number),
                ("Holder", ", ".join(p for p in (d.holder.name, d.holder.address) if p)),
                ("Valid until", written(d.valid_until)),
                ("Claim reference", d.claim_reference),
                ("Claiming country", d.claiming_country),
                ("Notified on", written(d.notified_on)),
                ("Amount claimed", money(d.amount, d.currency)),
                ("Proof due by", written(d.proof_due)),
                ("Payment final on", written(d.payment_final_on)),
                ("Status", d.status),
                ("Goods the claim concerns", "; ".join(d.items_claimed) or "-"),
            ],
            WIDTH,
        ),
        para("Movements recorded (counterfoils and vouchers)", "heading"),
    ]
    if d.movements:
        story.append(
            table(
                [
                    [
                        "#",
                        "Date",
                        "Action",
                        "Country",
                        "Customs office",
                        "Voucher",
                        "Refers to",
                        "Final date",
                        "Items",
                    ],
                    *[
                        [
                            str(m.seq),
                            written(m.on),
                            m.action,
                            m.country,
                            m.customs_office,
                            m.voucher,
                            m.refers_to or "-",
                            written(m.final_date),
                            m.items,
                        ]
                        for m in d.movements
                    ],
                ],
                [7 * MM, 22 * MM, 23 * MM, 14 * MM, 22 * MM, 18 * MM, 14 * MM, 22 * MM, 28 * MM],
            )
        )
    else:
        story.append(para("No movement recorded."))
    story.append(para("Where each item went", "heading"))
    story.append(
        table(
            [
                ["Item", "Description", "Pieces", "Value", "Whereabouts"],
                *[
                    [
                        str(i.item_no),
                        i.description,
                        str(i.pieces),
                        money(i.value, d.currency),
                        i.whereabouts,
                    ]
                    for i in d.items
                ],
            ],
            [12 * MM, 66 * MM, 14 * MM, 30 * MM, 48 * MM],
            right_columns=(2, 3),
        )
    )
    story.append(para("Evidence enclosed", "heading"))
    if d.evidence:
        story.append(
            table(
                [
                    ["No.", "File", "Attached to", "Added", "SHA-256"],
                    *[
                        [
                            f"E{e.number}",
                            f"{e.file_name} ({count(e.size)} bytes)"
                            + (f" — {e.note}" if e.note else ""),
                            e.attached_to,
                            f"{e.added_at:%Y-%m-%d} {e.added_by}",
                            e.sha256,
                        ]
                        for e in d.evidence
                    ],
                ],
                [12 * MM, 50 * MM, 40 * MM, 26 * MM, 42 * MM],
            )
        )
    else:
        story.append(para("No evidence is attached to this carnet yet."))
    return story


def _evidence_pages(evidence: DossierEvidence, carnet_number: str) -> bytes:
    """The evidence as PDF pages: a PDF as it is, an image scaled onto A4 pages (each frame
    of a multi-page TIFF on its own page), each image page captioned with its number."""
    if evidence.media_type == "application/pdf":
        return evidence.content
    register_fonts()
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    width, height = A4
    with PilImage.open(BytesIO(evidence.content)) as image:
        for frame in ImageSequence.Iterator(image):
            page = frame.convert("RGB")
            caption = f"E{evidence.number} · {evidence.file_name} · carnet {carnet_number}"
            draw_line(
                canvas,
                caption,
                MARGIN,
                height - MARGIN + 2 * MM,
                width - 2 * MARGIN,
                Face.REGULAR.value,
                8,
            )
            box_w, box_h = width - 2 * MARGIN, height - 2 * MARGIN - 4 * MM
            scale = min(box_w / page.width, box_h / page.height)
            shown_w, shown_h = page.width * scale, page.height * scale
            canvas.drawImage(
                ImageReader(page),
                MARGIN + (box_w - shown_w) / 2,
                MARGIN + (box_h - shown_h),
                shown_w,
                shown_h,
            )
            canvas.showPage()
    canvas.save()
    return buffer.getvalue()

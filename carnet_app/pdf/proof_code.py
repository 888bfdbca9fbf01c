"""The code printed on the cover and on every voucher: it proves the carnet and its general
list are what the issuing chamber issued.

The QR code (reportlab's own widget) holds one line of text::

    ATA-PROOF/1|<carnet number>|<cover or voucher>|<SHA-256 of the general list>|<signature>

The signature is the chamber's Ed25519 signature of ``<number>|<digest>`` (base64), made by
the service layer with the desk's key; the pdf layer only draws it. It sits in a free area of
each form, given by the layout (``proof_code_x``/``proof_code_y``, 5 mm or more from every
edge of the sheet): below the goods table on the lists, at the top between the titles of the
forms whose boxes fill the page, and is left out of overlay printing unless asked for.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.colors import black
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from carnet_app.pdf.layout import PROOF_CODE_MM as SIZE_MM

PREFIX = "ATA-PROOF/1"
PAGE_HEIGHT_MM = 297.0


@dataclass(frozen=True)
class ProofCode:
    """What the chamber signed for one carnet; ``in_overlay`` prints it on pre-printed forms."""

    number: str
    list_digest: str
    signature: str  # base64 Ed25519 signature of signed_text(number, list_digest)
    in_overlay: bool = False


def signed_text(number: str, list_digest: str) -> bytes:
    return f"{number}|{list_digest}".encode()


def proof_line(proof: ProofCode, label: str) -> str:
    return "|".join((PREFIX, proof.number, label, proof.list_digest, proof.signature))


def draw_proof_code(
    canvas: Canvas,
    proof: ProofCode | None,
    label: str,
    *,
    overlay: bool,
    at: tuple[float, float] = (99.5, 7.0),
) -> None:
    """Draw the page's code with its top-left corner ``at`` (mm from the page's top-left
    corner); nothing without a proof, or in overlay mode unless asked."""
    if proof is None or (overlay and not proof.in_overlay):
        return
    side = SIZE_MM * mm
    widget = QrCodeWidget(
        proof_line(proof, label), barLevel="L", barBorder=1, barWidth=side, barHeight=side
    )
    x = at[0] * mm
    y = (PAGE_HEIGHT_MM - at[1] - SIZE_MM) * mm
    # The dark modules as one filled path: no graphics renderer, so no font (reportlab's
    # renderer sets an unembedded Helvetica on every drawing).
    modules = canvas.beginPath()
    for shape in widget.draw().contents:
        if getattr(shape, "fillColor", None) is not None:
            modules.rect(x + shape.x, y + shape.y, shape.width, shape.height)
    canvas.saveState()
    canvas.setFillColor(black)
    canvas.drawPath(modules, stroke=0, fill=1)
    canvas.restoreState()

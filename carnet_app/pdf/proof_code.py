"""The code printed on the cover and on every voucher: it proves the carnet and its general
list are what the issuing chamber issued.

The QR code (reportlab's own widget) holds one line of text::

    ATA-PROOF/1|<carnet number>|<cover or voucher>|<SHA-256 of the general list>|<signature>

The signature is the chamber's Ed25519 signature of ``<number>|<digest>`` (base64), made by
the service layer with the desk's key; the pdf layer only draws it. It sits in a free area of
each form, given by the layout (``proof_code_x``/``proof_code_y``): below the goods table on
the general list, in the right margin beside the boxes of the forms that fill the page, and
is left out of overlay printing unless asked for.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

PREFIX = "ATA-PROOF/1"
SIZE_MM = 11.0  # the right margin beside the forms' boxes (x 198-210 mm) is 12 mm wide
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
    at: tuple[float, float] = (198.5, 14.0),
) -> None:
    """Draw the page's code with its top-left corner ``at`` (mm from the page's top-left
    corner); nothing without a proof, or in overlay mode unless asked."""
    if proof is None or (overlay and not proof.in_overlay):
        return
    widget = QrCodeWidget(proof_line(proof, label), barLevel="L", barBorder=1)
    x0, y0, x1, y1 = widget.getBounds()
    side = SIZE_MM * mm
    drawing = Drawing(side, side, transform=[side / (x1 - x0), 0, 0, side / (y1 - y0), 0, 0])
    drawing.add(widget)
    x = at[0] * mm
    y = (PAGE_HEIGHT_MM - at[1] - SIZE_MM) * mm
    drawing.drawOn(canvas, x, y)

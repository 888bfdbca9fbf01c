"""The signed code on printed carnets: made when the chamber prints, checked by ``verify``.

A chamber's desk signs ``<number>|<digest of the general list>`` with its key; every page of
the printed carnet carries it as a QR code (``carnet_app.pdf.proof_code``). ``verify_file``
reads a PDF (its page rasterised with pdfium, no Qt), a photo or a scan, decodes the code with
zxing-cpp and says whether the carnet and its general list are the ones the chamber issued.

A phone photo of a whole page holds each module of the 11 mm code in one or two pixels, blurred
and JPEG-compressed: when the picture as taken shows no code, it is enlarged (Lanczos, then
sharpened) and read again with a global threshold, which finds codes down to about 1.7 pixels
per module (a 2000-pixel-wide photo of the page).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from io import BytesIO
from pathlib import Path

import zxingcpp
from PIL import Image, ImageFilter, UnidentifiedImageError
from sqlalchemy import select
from sqlalchemy.orm import Session

from carnet_app.db.models import Carnet
from carnet_app.domain.json_types import JsonObject
from carnet_app.domain.messages import Message, say
from carnet_app.errors import UserError
from carnet_app.keys import KeyStore, PublicKey
from carnet_app.paths import AppPaths
from carnet_app.pdf.proof_code import PREFIX, ProofCode, signed_text
from carnet_app.services.carnet_file import list_digest
from carnet_app.services.signed_files import read_bounded, trusted_keys

PDF_DPI = 300
MAX_PIXELS = 60_000_000  # a 300 dpi A3 scan; larger pictures are refused, not decoded
ENLARGE_MAX_PIXELS = 64_000_000  # the enlarged copy of a small photo (one byte a pixel)
ENLARGE_MAX_FACTOR = 3
ENLARGE_UP_TO = 3700  # the long side of the pictures worth enlarging (px): up to 2,600 across


def proof_for(carnet: Carnet, keys: KeyStore, *, in_overlay: bool = False) -> ProofCode | None:
    """The code a chamber prints on its own carnet (none on a carnet issued elsewhere)."""
    if carnet.association is None or carnet.registration is not None or not carnet.number:
        return None
    digest = list_digest(carnet.items)
    signature = keys.sign(signed_text(carnet.number, digest))
    return ProofCode(
        number=carnet.number,
        list_digest=digest,
        signature=base64.b64encode(signature).decode("ascii"),
        in_overlay=in_overlay,
    )


def desk_proof(carnet: Carnet, wanted: bool | None = None) -> ProofCode | None:
    """The proof for a page this desk prints: on plain paper by default, in overlay mode only
    when ``wanted`` is True, never when it is False."""
    if wanted is False:
        return None
    keys = KeyStore.for_paths(AppPaths.from_environment())
    return proof_for(carnet, keys, in_overlay=bool(wanted))


class Outcome(Enum):
    """What ``verify`` found, for screens that say it in their own language."""

    GENUINE = "genuine"  # signed by the issuer, the general list is the one this desk holds
    SIGNED_LIST_NOT_HELD = "signed-list-not-held"  # a trusted chamber's carnet this desk lacks
    LIST_DIFFERS = "list-differs"
    NOT_SIGNED = "not-signed"  # no key the desk trusts for this carnet signed it
    DAMAGED = "damaged"
    NOT_A_PROOF = "not-a-proof"
    NO_CODE = "no-code"


@dataclass(frozen=True)
class Verification:
    genuine: bool
    said: Message  # ``message`` says it in the chosen language
    number: str | None = None
    page: str | None = None
    signer: str | None = None
    outcome: Outcome = Outcome.NO_CODE
    issuer: str | None = None  # the issuing association's name, when the desk knows it

    @property
    def message(self) -> str:
        return str(self.said)

    def to_dict(self) -> JsonObject:
        return {
            "genuine": self.genuine,
            "message": self.message,
            "code": self.said.code,
            "number": self.number,
            "page": self.page,
            "signer": self.signer,
        }


def _image_of(path: Path, page: int) -> Image.Image:
    data = read_bounded(path)
    if data.startswith(b"%PDF"):
        import pypdfium2  # type: ignore[import-untyped]

        try:
            document = pypdfium2.PdfDocument(data)
        except pypdfium2.PdfiumError:
            raise UserError(say("proof.unreadable-pdf", name=path.name), field="file") from None
        try:
            if not 1 <= page <= len(document):
                raise UserError(
                    say("proof.no-such-page", page=page, name=path.name, pages=len(document)),
                    field="page",
                )
            scale = PDF_DPI / 72
            try:
                pdf_page = document[page - 1]
                width, height = pdf_page.get_size()
                if width * height * scale * scale > MAX_PIXELS:  # memory stays bounded
                    raise UserError(say("proof.picture-too-large", name=path.name), field="file")
                bitmap = pdf_page.render(scale=scale, grayscale=True)
            except pypdfium2.PdfiumError:  # a damaged page in a document that opened
                raise UserError(say("proof.unreadable-pdf", name=path.name), field="file") from None
            picture: Image.Image = bitmap.to_pil()
            return picture
        finally:
            document.close()
    try:
        with Image.open(BytesIO(data)) as image:
            if image.width * image.height > MAX_PIXELS:
                raise UserError(say("proof.picture-too-large", name=path.name), field="file")
            return image.convert("L")
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError):
        raise UserError(say("proof.kind", name=path.name), field="file") from None


def _attempts(image: Image.Image) -> Iterator[tuple[Image.Image, zxingcpp.Binarizer]]:
    """The picture as taken; then, for a small one, enlarged and sharpened (a phone photo)."""
    yield image, zxingcpp.Binarizer.LocalAverage
    yield image, zxingcpp.Binarizer.GlobalHistogram
    if max(image.size) > ENLARGE_UP_TO:  # a scan or a full-size photo: enlarging adds nothing
        return
    factor = min(ENLARGE_MAX_FACTOR, (ENLARGE_MAX_PIXELS / (image.width * image.height)) ** 0.5)
    if factor < 1.5:
        return
    size = (round(image.width * factor), round(image.height * factor))
    enlarged = image.resize(size, Image.Resampling.LANCZOS).filter(
        ImageFilter.UnsharpMask(radius=2, percent=150, threshold=3)
    )
    yield enlarged, zxingcpp.Binarizer.GlobalHistogram
    yield enlarged, zxingcpp.Binarizer.LocalAverage


def read_codes(path: Path, page: int = 1) -> list[str]:
    image = _image_of(path, page)
    # Built here, never kept in a module global: the command line sets its start-up objects
    # aside from the collector (``gc.freeze``), and zxing-cpp's native layer (nanobind) reports
    # an object of its own still held at exit as "leaked", forty lines on stderr.
    qr_only = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    for picture, binarizer in _attempts(image):
        found = zxingcpp.read_barcodes(picture, formats=qr_only, binarizer=binarizer)
        codes = [code.text for code in found if code.text.startswith(PREFIX + "|")]
        if codes:
            return codes
    return []


def _keys_for(session: Session, carnet: Carnet | None, keys: KeyStore) -> list[PublicKey]:
    if carnet is not None and carnet.registration is not None:
        issuer_key = carnet.registration.issuer_key
        return [PublicKey.from_text(issuer_key)] if issuer_key else []
    if carnet is not None:
        return [keys.public_key()]
    return [PublicKey.from_text(t.public_key) for t in trusted_keys(session) if t.role == "issuer"]


def _issuer_name(session: Session, carnet: Carnet | None, signer: PublicKey) -> str | None:
    if carnet is not None and carnet.registration is not None:
        return carnet.registration.issuer_name
    if carnet is not None and carnet.association is not None:
        return carnet.association.name
    trusted = [t for t in trusted_keys(session) if t.fingerprint == signer.fingerprint]
    return trusted[0].name if trusted else None


def verify_text(session: Session, text: str, keys: KeyStore) -> Verification:
    parts = text.split("|")
    if len(parts) != 5 or parts[0] != PREFIX:
        return Verification(False, say("proof.verify.not-a-proof"), outcome=Outcome.NOT_A_PROOF)
    _, number, label, digest, signature_text = parts
    try:
        signature = base64.b64decode(signature_text, validate=True)
    except (ValueError, binascii.Error):
        return Verification(
            False,
            say("proof.verify.damaged", number=number),
            number,
            label,
            outcome=Outcome.DAMAGED,
        )
    carnet = session.execute(select(Carnet).where(Carnet.number == number)).scalar_one_or_none()
    signers = [
        k
        for k in _keys_for(session, carnet, keys)
        if k.verifies(signature, signed_text(number, digest))
    ]
    if not signers:
        return Verification(
            False,
            say("proof.verify.not-signed", number=number, label=label),
            number,
            label,
            outcome=Outcome.NOT_SIGNED,
        )
    if carnet is None:
        return Verification(
            True,
            say(
                "proof.verify.list-not-held",
                number=number,
                label=label,
                signer=signers[0].fingerprint,
            ),
            number,
            label,
            signers[0].fingerprint,
            Outcome.SIGNED_LIST_NOT_HELD,
            _issuer_name(session, None, signers[0]),
        )
    if digest != list_digest(carnet.items):
        return Verification(
            False,
            say("proof.verify.list-differs", number=number, label=label),
            number,
            label,
            signers[0].fingerprint,
            Outcome.LIST_DIFFERS,
            _issuer_name(session, carnet, signers[0]),
        )
    return Verification(
        True,
        say("proof.verify.genuine", number=number, label=label, signer=signers[0].fingerprint),
        number,
        label,
        signers[0].fingerprint,
        Outcome.GENUINE,
        _issuer_name(session, carnet, signers[0]),
    )


def verify_file(session: Session, path: Path, *, page: int, keys: KeyStore) -> Verification:
    codes = read_codes(path, page)
    if not codes:
        return Verification(False, say("proof.verify.no-code", name=path.name))
    return verify_text(session, codes[0], keys)

"""The letterhead of the chamber's letters, kept on the issuing association: phone, e-mail,
logo, signatory name and title, town, the letters' language (``en``, ``fr`` or ``en+fr``)
and the margin, in days, taken off the chamber's claim deadline in the holder's letter."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from carnet_app.db.models import Association
from carnet_app.domain.messages import say
from carnet_app.errors import UserError

if TYPE_CHECKING:  # the PDF layer loads when something is printed, not with the settings
    from carnet_app.pdf import Letterhead

LETTER_LANGUAGES = ("en", "fr", "en+fr")
# a letterhead field as given: text, the claim margin in days, or None (left unchanged)
LetterheadValue = str | int | None

FIELDS = (
    "phone",
    "email",
    "logo_path",
    "signatory_name",
    "signatory_title",
    "town",
    "letter_language",
    "claim_margin_days",
)
LIMITS = {"phone": 60, "email": 200, "signatory_name": 200, "signatory_title": 200, "town": 100}
MAX_MARGIN_DAYS = 180
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def check_letterhead(changes: Mapping[str, LetterheadValue]) -> dict[str, str | int]:
    """The letterhead fields given (``None`` = unchanged), checked and cleaned; a clear
    one-line refusal for a bad one."""
    cleaned: dict[str, str | int] = {}
    for name, value in changes.items():
        if value is None:
            continue
        if name not in FIELDS:
            raise UserError(say("letterhead.unknown-field", name=name), field=name)
        if name == "claim_margin_days":
            days = int(value)
            if not 0 <= days <= MAX_MARGIN_DAYS:
                raise UserError(
                    say("letterhead.margin", days=days, most=MAX_MARGIN_DAYS), field=name
                )
            cleaned[name] = days
            continue
        text = str(value).strip()
        if name in LIMITS and len(text) > LIMITS[name]:
            raise UserError(say("letterhead.too-long", name=name, most=LIMITS[name]), field=name)
        if name == "email" and text and not _EMAIL.match(text):
            raise UserError(say("letterhead.email", text=text), field=name)
        if name == "letter_language" and text not in LETTER_LANGUAGES:
            raise UserError(
                say("letterhead.language", text=text, known=list(LETTER_LANGUAGES)), field=name
            )
        if name == "logo_path" and text:
            path = Path(text).expanduser()
            if not path.is_file() or path.suffix.lower() not in (".png", ".jpg", ".jpeg"):
                raise UserError(say("letterhead.logo", text=text), field=name)
            text = str(path.resolve())
        cleaned[name] = text
    return cleaned


def apply_letterhead(association: Association, changes: Mapping[str, LetterheadValue]) -> None:
    for name, value in check_letterhead(changes).items():
        setattr(association, name, value)


def letterhead_dict(association: Association) -> dict[str, LetterheadValue]:
    return {name: getattr(association, name) for name in FIELDS}


def letterhead_of(association: Association) -> Letterhead:
    """The pdf layer's letterhead record for the association."""
    from carnet_app.pdf import Letterhead

    return Letterhead(
        name=association.name,
        address=association.address,
        phone=association.phone or "",
        email=association.email or "",
        logo_path=association.logo_path or "",
        signatory_name=association.signatory_name or "",
        signatory_title=association.signatory_title or "",
        town=association.town or "",
        language=association.letter_language or "en",
    )

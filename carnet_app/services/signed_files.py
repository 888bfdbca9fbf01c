"""Signed files between desks, and the keys a desk trusts.

A signed file is one JSON object in a fixed form (sorted keys, two-space indent, UTF-8):
``{"format": ..., "payload": {...}, "signature": "...", "signer": {"public_key": ...,
"fingerprint": ...}}``. The signature (Ed25519, the desk's key from ``carnet_app.keys``) covers
the format, the payload and the signer's key. A reader refuses a file that is not exactly in
that form, so changing any single byte is caught: either the JSON breaks, the form differs, or
the signature no longer matches.

The keys a desk trusts are a business setting (``trust.keys``, audited): a chamber's key is
trusted for the carnets it issues, a holder's key for the record of one carnet. A key is
trusted on first use only when the clerk confirms its fingerprint (read out by the other desk)
or imports the other desk's exported key file.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from carnet_app.domain.json_types import JsonObject, JsonValue
from carnet_app.domain.messages import Message, say
from carnet_app.errors import UserError
from carnet_app.files import write_atomically
from carnet_app.keys import KeyStore, PublicKey
from carnet_app.services.settings import get_setting, put_setting

MAX_FILE_BYTES = 20 * 1024 * 1024
TRUST_KEY = "trust.keys"
PUBLIC_KEY_FORMAT = "carnet-desk.public-key/1"


@dataclass(frozen=True)
class SignedFile:
    """A file whose signature checked out (the signer is not yet known to be trusted)."""

    format: str
    payload: JsonObject
    signer: PublicKey


def _signed_bytes(form: str, payload: Mapping[str, Any], signer: PublicKey) -> bytes:
    body = {"format": form, "payload": payload, "signer": signer.text}
    return json.dumps(body, sort_keys=True, ensure_ascii=True, separators=(",", ":")).encode()


def _file_bytes(envelope: Mapping[str, Any]) -> bytes:
    return (json.dumps(envelope, sort_keys=True, ensure_ascii=False, indent=2) + "\n").encode()


def signed_file_bytes(form: str, payload: Mapping[str, JsonValue], keys: KeyStore) -> bytes:
    """The file's bytes: payload signed with the desk's key."""
    signer = keys.public_key()
    signature = keys.sign(_signed_bytes(form, payload, signer))
    return _file_bytes(
        {
            "format": form,
            "payload": payload,
            "signature": base64.b64encode(signature).decode("ascii"),
            "signer": {"public_key": signer.text, "fingerprint": signer.fingerprint},
        }
    )


# What each kind of signed file is called in a refusal, in the language messages speak.
_FILE_KINDS = {
    "carnet-desk.carnet/1": "signed.kind-carnet-file",
    "carnet-desk.record/1": "signed.kind-record",
}


def read_signed_file(path: Path, expected_format: str, what: str | Message) -> SignedFile:
    """Read and check a signed file; any alteration is refused with one clear line. ``what``
    names the file in the refusal when its format is not one of ``_FILE_KINDS``."""
    known = _FILE_KINDS.get(expected_format)
    what = Message(known) if known else what
    data = read_bounded(path)
    altered = UserError(say("signed.altered", name=path.name, what=what), field="file")
    try:
        envelope = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise altered from None
    if not isinstance(envelope, dict) or set(envelope) != {
        "format",
        "payload",
        "signature",
        "signer",
    }:
        raise altered
    if _file_bytes(envelope) != data:
        raise altered
    form, payload, signer = envelope["format"], envelope["payload"], envelope["signer"]
    if not isinstance(form, str) or not isinstance(payload, dict) or not isinstance(signer, dict):
        raise altered
    if form != expected_format:
        raise UserError(
            say("signed.other-format", name=path.name, form=form, what=what), field="file"
        )
    try:
        key = PublicKey.from_text(str(signer.get("public_key", "")))
        signature = base64.b64decode(str(envelope["signature"]), validate=True)
    except (ValueError, binascii.Error):
        raise altered from None
    if signer.get("fingerprint") != key.fingerprint or not key.verifies(
        signature, _signed_bytes(form, payload, key)
    ):
        raise altered
    return SignedFile(form, payload, key)


def read_bounded(path: Path) -> bytes:
    """The file's bytes, refused past ``MAX_FILE_BYTES`` before it is read whole: a pipe or a
    device that never ends (``/dev/zero``) says no size, so the read itself is bounded."""
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise UserError(say("signed.too-large", name=path.name, size=size), field="file")
            data = handle.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise UserError(
                say("signed.over-limit", name=path.name, most=MAX_FILE_BYTES), field="file"
            )
        return data
    except FileNotFoundError:
        raise UserError(say("import-all.not-found", path=path), field="file") from None
    except IsADirectoryError:
        raise UserError(say("import-all.folder", path=path), field="file") from None
    except OSError as exc:
        raise UserError(
            say("import-all.unreadable", path=path, reason=exc.strerror), field="file"
        ) from None


# --------------------------------------------------------------------------- public keys


def public_key_file_bytes(keys: KeyStore, desk_name: str) -> bytes:
    key = keys.public_key()
    document = {
        "format": PUBLIC_KEY_FORMAT,
        "desk": desk_name,
        "public_key": key.text,
        "fingerprint": key.fingerprint,
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode()


def export_public_key(session: Session, target: Path, keys: KeyStore) -> str:
    """Write the desk's public key file (named after the association when there is one)."""
    from carnet_app.services.settings import association_info

    info = association_info(session)
    write_atomically(target, public_key_file_bytes(keys, info.name if info else ""))
    return keys.public_key().fingerprint


def read_public_key_file(path: Path) -> PublicKey:
    """A key file written by ``carnet key export`` (or the bare base64 key on one line)."""
    data = read_bounded(path)
    text = data.decode("utf-8", errors="replace").strip()
    try:
        if text.startswith("{"):
            document = json.loads(text)
            if not isinstance(document, dict) or document.get("format") != PUBLIC_KEY_FORMAT:
                raise ValueError("not a Carnet Desk public key file")
            key = PublicKey.from_text(str(document.get("public_key", "")))
            if document.get("fingerprint") not in (None, key.fingerprint):
                raise ValueError("its fingerprint does not match its key")
            return key
        return PublicKey.from_text(text)
    except ValueError as exc:
        raise UserError(say("signed.bad-key", name=path.name, reason=exc), field="trust") from None


def _shown(fingerprint: str, most: int = 39) -> str:
    """A fingerprint as a refusal repeats it: twice a real one's length at most."""
    return fingerprint if len(fingerprint) <= most else fingerprint[:most] + "…"


def normalise_fingerprint(text: str) -> str:
    compact = "".join(text.split()).upper()
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


# --------------------------------------------------------------------------- trust store


@dataclass(frozen=True)
class TrustedKey:
    public_key: str
    fingerprint: str
    role: str  # "issuer" (a chamber) or "holder" (the record of one carnet)
    name: str
    country: str
    carnet: str | None
    how: str  # "fingerprint confirmed" or "key file imported"
    on: str


def trusted_keys(session: Session) -> list[TrustedKey]:
    stored = get_setting(session, TRUST_KEY, [])
    found: list[TrustedKey] = []
    for entry in stored if isinstance(stored, list) else []:
        if not isinstance(entry, dict):
            continue
        fields: dict[str, Any] = entry  # stored by trust_key: each field a text, or None
        try:
            found.append(TrustedKey(**fields))
        except TypeError:
            continue
    return found


@dataclass(frozen=True)
class TrustRequest:
    """What the clerk said about an unknown key: a fingerprint read out, or a key file."""

    fingerprint: str | None = None
    key_file: Path | None = None


def check_trust(
    session: Session,
    signer: PublicKey,
    *,
    role: str,
    name: str,
    country: str,
    carnet: str | None,
    request: TrustRequest,
    file_name: str,
    today: date,
) -> TrustedKey | None:
    """Refuse a signer this desk cannot trust; return the new trust entry to store (first use
    confirmed by the clerk) or None when the key was trusted already."""
    imported = read_public_key_file(request.key_file) if request.key_file else None
    if imported is not None and imported != signer:
        raise UserError(
            say(
                "signed.not-the-key-file",
                name=file_name,
                signer=signer.fingerprint,
                key_file=request.key_file.name if request.key_file else "",
                imported=imported.fingerprint,
            ),
            field="signature",
        )

    def same_party(entry: TrustedKey) -> bool:
        if entry.role != role:
            return False
        if role == "holder":
            return entry.carnet == carnet
        return entry.country == country and entry.name.casefold() == name.casefold()

    known = [entry for entry in trusted_keys(session) if same_party(entry)]
    if any(entry.public_key == signer.text for entry in known):
        return None
    party: Message | str = (
        say("signed.party-holder", carnet=carnet) if role == "holder" else f"{name} ({country})"
    )
    if known and imported is None:
        raise UserError(
            say(
                "signed.other-key",
                name=file_name,
                signer=signer.fingerprint,
                trusted=known[-1].fingerprint,
                party=party,
            ),
            field="signature",
        )
    confirmed = request.fingerprint is not None and normalise_fingerprint(
        request.fingerprint
    ) == normalise_fingerprint(signer.fingerprint)
    if request.fingerprint is not None and not confirmed:
        raise UserError(
            say(
                "signed.not-the-fingerprint",
                name=file_name,
                signer=signer.fingerprint,
                given=_shown(normalise_fingerprint(request.fingerprint)),
            ),
            field="signature",
        )
    if imported is None and not confirmed:
        raise UserError(
            say("signed.first-file", party=party, signer=signer.fingerprint), field="trust"
        )
    return TrustedKey(
        public_key=signer.text,
        fingerprint=signer.fingerprint,
        role=role,
        name=name,
        country=country,
        carnet=carnet,
        how="key file imported" if imported is not None else "fingerprint confirmed",
        on=today.isoformat(),
    )


def remember_trust(session: Session, entry: TrustedKey, *, user: str) -> None:
    stored = [vars(e) for e in trusted_keys(session)]
    stored.append(vars(entry))
    put_setting(
        session,
        TRUST_KEY,
        stored,
        user=user,
        summary=say(
            "trail.key-trusted-holder" if entry.role == "holder" else "trail.key-trusted",
            fingerprint=entry.fingerprint,
            how=say(
                "trail.trust-key-file"
                if entry.how == "key file imported"
                else "trail.trust-fingerprint"
            ),
            **({"number": entry.carnet} if entry.role == "holder" else {"name": entry.name}),
        ),
    )

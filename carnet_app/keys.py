"""The desk's key store: one Ed25519 signing key per desk, kept outside the database.

Everything that signs (the audit head, the signed carnet file, the codes printed on vouchers)
uses this one store. The private key lives in a file readable by its owner only (0600, in a
0700 folder); it is never written into the database, a backup or an export. The public key is
what the desk shows and hands out so that others can check its signatures.

The folder is ``$CARNET_KEYS_DIR`` when set, otherwise ``keys/`` in the desk's data folder.
"""

from __future__ import annotations

import base64
import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from carnet_app.domain.messages import say
from carnet_app.errors import EnvironmentProblem
from carnet_app.paths import AppPaths

KEYS_ENV_VAR = "CARNET_KEYS_DIR"
DESK_KEY = "desk"
_KEY_SUFFIX = ".ed25519.pem"
_OWNER_ONLY_FILE = 0o600
_OWNER_ONLY_FOLDER = 0o700

if TYPE_CHECKING:  # cryptography loads when a key is used: reading a carnet signs nothing
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


@dataclass(frozen=True)
class PublicKey:
    """A public key as the desk shows it: raw bytes, base64 text and a short fingerprint."""

    raw: bytes

    @property
    def text(self) -> str:
        return base64.b64encode(self.raw).decode("ascii")

    @property
    def fingerprint(self) -> str:
        """The first 16 hex digits of the key's SHA-256, in groups of four (for reading aloud)."""
        digest = hashlib.sha256(self.raw).hexdigest()[:16].upper()
        return " ".join(digest[i : i + 4] for i in range(0, 16, 4))

    @classmethod
    def from_text(cls, text: str) -> PublicKey:
        """Read a key written by :attr:`text`; a malformed key raises ``ValueError``."""
        try:
            raw = base64.b64decode(text.strip(), validate=True)
        except (ValueError, TypeError) as exc:
            raise ValueError("not a public key (base64 text expected)") from exc
        if len(raw) != 32:
            raise ValueError("not an Ed25519 public key (32 bytes expected)")
        return cls(raw)

    def verifies(self, signature: bytes, data: bytes) -> bool:
        """Whether ``signature`` is this key's signature of ``data``."""
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

        try:
            Ed25519PublicKey.from_public_bytes(self.raw).verify(signature, data)
        except (InvalidSignature, ValueError):
            return False
        return True


class KeyStore:
    """The folder of signing keys of one desk."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def for_paths(cls, paths: AppPaths) -> KeyStore:
        override = os.environ.get(KEYS_ENV_VAR)
        return cls(Path(override) if override else paths.data_dir / "keys")

    def key_file(self, name: str = DESK_KEY) -> Path:
        if not name.replace("-", "").isalnum():
            raise ValueError(f"key names are letters, digits and dashes: {name!r}")
        return self.folder / f"{name}{_KEY_SUFFIX}"

    def has_key(self, name: str = DESK_KEY) -> bool:
        return self.key_file(name).is_file()

    def signing_key(self, name: str = DESK_KEY) -> Ed25519PrivateKey:
        """The named key, made on first use; a key file others can read is refused."""
        path = self.key_file(name)
        if not path.exists():
            return self._create(path)
        return self._load(path)

    def public_key(self, name: str = DESK_KEY) -> PublicKey:
        from cryptography.hazmat.primitives import serialization

        raw = (
            self.signing_key(name)
            .public_key()
            .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        )
        return PublicKey(raw)

    def sign(self, data: bytes, name: str = DESK_KEY) -> bytes:
        return self.signing_key(name).sign(data)

    # ------------------------------------------------------------------ files

    def _create(self, path: Path) -> Ed25519PrivateKey:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=_OWNER_ONLY_FOLDER)
            os.chmod(self.folder, _OWNER_ONLY_FOLDER)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _OWNER_ONLY_FILE)
        except FileExistsError:
            return self._load(path)  # another desk process made it a moment ago
        except OSError as exc:
            raise EnvironmentProblem(
                say("key.cannot-create", folder=self.folder, reason=exc.strerror),
                path=str(self.folder),
            ) from exc
        with os.fdopen(fd, "wb") as handle:
            handle.write(pem)
            handle.flush()
            os.fsync(handle.fileno())
        return key

    def _load(self, path: Path) -> Ed25519PrivateKey:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        try:
            mode = stat.S_IMODE(path.stat().st_mode)
            if os.name == "posix" and mode & 0o077:
                raise EnvironmentProblem(
                    say("key.readable-by-others", path=path, mode=f"{mode:o}"), path=str(path)
                )
            data = path.read_bytes()
        except OSError as exc:
            raise EnvironmentProblem(
                say("key.cannot-read", path=path, reason=exc.strerror), path=str(path)
            ) from exc
        try:
            key = serialization.load_pem_private_key(data, password=None)
        except (ValueError, TypeError) as exc:
            raise EnvironmentProblem(say("key.damaged", path=path), path=str(path)) from exc
        if not isinstance(key, Ed25519PrivateKey):
            raise EnvironmentProblem(say("key.not-ed25519", path=path), path=str(path))
        return key

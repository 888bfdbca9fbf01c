"""The desk's key store: made once, private to its owner, signatures that check."""

from __future__ import annotations

import stat

import pytest

from carnet_app.errors import EnvironmentProblem
from carnet_app.keys import KeyStore, PublicKey


def test_a_key_is_made_once_private_and_reused(tmp_path):
    store = KeyStore(tmp_path / "keys")
    first = store.public_key()
    assert KeyStore(tmp_path / "keys").public_key() == first
    assert stat.S_IMODE(store.key_file().stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "keys").stat().st_mode) == 0o700


def test_signature_checks_only_for_the_same_data_and_key(tmp_path):
    store = KeyStore(tmp_path / "keys")
    signature = store.sign(b"FR/LY/000001")
    key = PublicKey.from_text(store.public_key().text)
    assert key.verifies(signature, b"FR/LY/000001")
    assert not key.verifies(signature, b"FR/LY/000002")
    other = KeyStore(tmp_path / "other").public_key()
    assert not other.verifies(signature, b"FR/LY/000001")


def test_a_key_others_can_read_is_refused(tmp_path):
    store = KeyStore(tmp_path / "keys")
    store.public_key()
    store.key_file().chmod(0o644)
    with pytest.raises(EnvironmentProblem, match="chmod 600"):
        store.sign(b"x")


def test_a_damaged_key_file_says_so(tmp_path):
    store = KeyStore(tmp_path / "keys")
    store.public_key()
    store.key_file().write_bytes(b"not a key")
    with pytest.raises(EnvironmentProblem, match="damaged"):
        store.public_key()


@pytest.mark.parametrize("text", ["", "abc", "AAAA"])
def test_malformed_public_keys_are_refused(text):
    with pytest.raises(ValueError):
        PublicKey.from_text(text)

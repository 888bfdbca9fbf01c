"""Test-wide setup: Qt offscreen, no real user folders, benchmarks only on request."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"

# Benchmarks are measured on purpose, not in the default run (see README).
collect_ignore_glob = [] if os.environ.get("CARNET_BENCHMARKS") else ["benchmarks/*"]


@pytest.fixture(autouse=True)
def _isolated_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads or writes the real user data folder or a developer's $CARNET_DB."""
    base = tmp_path_factory.mktemp("carnet-data")
    monkeypatch.setenv("CARNET_DATA_DIR", str(base))
    monkeypatch.delenv("CARNET_DB", raising=False)
    monkeypatch.delenv("CARNET_TODAY", raising=False)
    monkeypatch.setenv("CARNET_USER", "tester")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "config"))

"""Test-wide setup: Qt offscreen, no real user folders, benchmarks only on request, the slow
set only where asked (CI asks)."""

from __future__ import annotations

import getpass
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from carnet_app.domain.messages import set_message_language
from carnet_app.gui._pyside_workarounds import immortalize_singletons

# pytest-qt asks Qt for its application five times around every test, GUI or not
# (QApplication.instance(), to process pending events), and PySide6 6.12 returns None there
# without taking a reference: a run of a few service test files, where no QApplication
# exists, aborted at exit ("none_dealloc", exit 134) though every test passed. The desk's own
# workaround (carnet_app/gui/_pyside_workarounds.py), applied to the test process as well.
immortalize_singletons()

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The programs keep compiled imports and parsed data files in a cache folder
# (carnet_app/startup.py); the tests' own processes share one outside the user's home.
os.environ.setdefault(
    "CARNET_CACHE_DIR",
    str(Path(tempfile.gettempdir()) / f"carnet-desk-test-cache-{getpass.getuser()}"),
)

# The fixtures the tests read: application documents, general lists, hostile files
# (tests/data/make_fixtures.py writes them).
TEST_DATA = Path(__file__).resolve().parent / "data"

# Benchmarks are measured on purpose, not in the default run (see README).
collect_ignore_glob = [] if os.environ.get("CARNET_BENCHMARKS") else ["benchmarks/*"]

# The slow set (crash and kill runs, fuzzing at volume, whole-render properties) runs where
# CARNET_SLOW_TESTS=1 is set, as .ci/run sets it, or when `-m slow` picks it; the default run
# stays under ten minutes on two cores and says how many it left out.
SLOW_WANTED = os.environ.get("CARNET_SLOW_TESTS", "") not in ("", "0")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if SLOW_WANTED or "slow" in (config.getoption("markexpr", "") or ""):
        return
    left_out = pytest.mark.skip(reason="slow set: CARNET_SLOW_TESTS=1 runs it (CI does)")
    for item in items:
        if item.get_closest_marker("slow") is not None:
            item.add_marker(left_out)


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
    # messages speak English unless a test chooses otherwise (a French desk test before this
    # one chose French for the whole process; a developer's French locale is not the tests')
    monkeypatch.setenv("CARNET_LANGUAGE", "en")
    set_message_language("en")


@pytest.hookimpl(hookwrapper=True, trylast=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    """Delete the windows a test closed before the next test starts.

    pytest-qt closes each widget a test added and asks Qt to delete it later; outside an
    event loop Qt keeps that request until one runs, so without this every window of the run
    stays alive to the end: hundreds of main windows, each slowing the tests after it and
    holding its memory.
    """
    yield
    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Tear the Qt world down while Python is still whole.

    Left to interpreter shutdown, PySide6 6.12 destroys widgets and their shared children in
    an arbitrary order and can crash after every test passed ("shared QObject was deleted
    directly"). Closing and deleting the top-level widgets here, then letting Qt process the
    deletions, ends the run cleanly.
    """
    import gc
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for widget in QApplication.topLevelWidgets():
        try:
            # hide, not close: an editor with unsaved changes would ask, and nobody answers
            widget.hide()
            widget.deleteLater()
        except RuntimeError:  # already deleted with its parent
            continue
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    gc.collect()

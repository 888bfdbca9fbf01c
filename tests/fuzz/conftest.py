"""The fuzz tests write through the services on every backend the run has. At the end of a
run that fuzzed anything, the terminal summary gives the examples run, the process's peak
memory and the time (``budget.py``)."""

from __future__ import annotations

import pytest

from tests.fuzz import budget
from tests.safety.conftest import backend, database, db_url, paths

__all__ = ["backend", "database", "db_url", "paths"]


@pytest.fixture(autouse=True)
def _memory_measured_from_here() -> None:
    budget.start_measuring()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if budget.TRIED:
        terminalreporter.write_line(budget.summary())

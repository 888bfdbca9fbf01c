"""A work-around for PySide6 6.12.0 on CPython 3.11: ``SignalInstance.emit()`` called from
Python returns ``True`` without taking a reference to it. Each emit lowers ``True``'s
reference count by one; ``True`` starts near 600 in this program, so after a few hundred
emits the interpreter aborts ("bool_dealloc: deallocating True or False"), typically a few
minutes into editing a general list.

``install()`` measures the leak once with a probe signal and, only if it is there, wraps
``emit`` to give the returned bool its missing reference (and gives back what the probe
took). Idempotent; harmless on a PySide6 without the bug.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

PROBES = 8
_installed = False


class _Probe(QObject):
    fired = Signal()


def _incref(value: object, times: int = 1) -> None:
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    incref.restype = None
    for _ in range(times):
        incref(value)


def emit_leaks() -> bool:
    """True when emitting a signal from Python loses a reference to ``True``."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(PROBES):
        probe.fired.emit()
    lost = before - sys.getrefcount(True)
    if lost > 0:
        _incref(True, lost)
    return lost >= PROBES


def install() -> bool:
    """Patch ``SignalInstance.emit`` if this PySide6 needs it; True when patched."""
    global _installed
    if _installed:
        return True
    if not emit_leaks():
        return False
    original = SignalInstance.emit

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        if result is True or result is False:
            _incref(result)
        return result

    SignalInstance.emit = emit  # type: ignore[method-assign]
    _installed = True
    return True

"""Work around a PySide6 6.12.0 reference-count bug, once, when the GUI package is imported.

``SignalInstance.emit()`` (and ``connect``/``disconnect``) called from Python return ``True``
without taking a reference to it, so every call drops one reference to the ``True`` singleton.
On Python 3.11, where ``True`` is not immortal, a few thousand emits later the interpreter
deallocates ``True`` and aborts ("Fatal Python error: bool_dealloc"), in a long session or at
the end of a test run. Every method without a result (``hide()``, ``setText()``,
``processEvents()``...) likewise drops one reference to ``None``: some 50,000 calls into Qt, a
clerk's morning or one test file that walks the issuing wizard, and the interpreter deallocates
``None`` and aborts ("Fatal Python error: none_dealloc"). Python 3.12+ makes these singletons
immortal; here we do the same by giving them a very large reference count (they are never
meant to be freed anyway).
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40


def immortalize_singletons() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (True, False, None):
        # ob_refcnt is the first field of every CPython object
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < _HEADROOM:
            refcount.value += _HEADROOM


immortalize_singletons()

"""Fonts the desk brings with it: the fallback faces bundled for printing (Chinese, Japanese,
Korean) are registered with Qt as application fonts, so that a holder's or a goods line's
CJK text shows as text, not boxes, on a machine that has no Asian font installed. Qt uses
application fonts as fallbacks for characters the chosen font lacks."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from carnet_app.resources import resource_path

_PRINT_ONLY_PREFIX = "DejaVu"  # the forms' Latin/Greek/Cyrillic faces: the system font covers them
_registered: list[str] = []


def register_bundled_fonts() -> list[str]:
    """Register each bundled fallback font once; the families Qt can now fall back on."""
    if _registered:
        return list(_registered)
    for path in sorted(resource_path("fonts").glob("*.ttf")):
        if path.name.startswith(_PRINT_ONLY_PREFIX):
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    return list(_registered)

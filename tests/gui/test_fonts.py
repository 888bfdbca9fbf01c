"""Text in Chinese, Japanese or Korean shows as text in the desk, even on a machine without
Asian fonts (this one has none): the desk registers the fallback fonts it bundles."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont, QTextLayout

from carnet_app.gui.fonts import register_bundled_fonts

CJK_HOLDER = "北京影视器材有限公司 カメラ 카메라"


def glyphs_of(text: str) -> list[tuple[str, int]]:
    layout = QTextLayout(text, QFont())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [
        (run.rawFont().familyName(), index)
        for run in layout.glyphRuns()
        for index in run.glyphIndexes()
    ]


def test_cjk_text_is_drawn_with_real_glyphs(qapp: Any) -> None:
    families = register_bundled_fonts()
    assert "Droid Sans Fallback" in families
    drawn = [glyph for glyph in glyphs_of(CJK_HOLDER.replace(" ", ""))]
    assert drawn and all(index != 0 for _, index in drawn), drawn  # 0: the missing-glyph box
    assert {family for family, _ in drawn} <= set(families) | {QFont().family()}
    assert register_bundled_fonts() == families  # once

"""Colours taken from the application palette or derived from it, so the desk reads the same
in a light and a dark theme: WCAG contrast, mixing, and "this hue, readable on that
background"."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

MINIMUM_CONTRAST = 4.5  # WCAG AA for body text


def palette() -> QPalette:
    return QGuiApplication.palette()


def role(
    which: QPalette.ColorRole, group: QPalette.ColorGroup = QPalette.ColorGroup.Active
) -> QColor:
    return palette().color(group, which)


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """WCAG relative luminance (0 black … 1 white)."""
    return (
        0.2126 * _channel(colour.redF())
        + 0.7152 * _channel(colour.greenF())
        + 0.0722 * _channel(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    """WCAG contrast ratio, 1 … 21."""
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def mix(one: QColor, other: QColor, amount: float) -> QColor:
    """ONE moved AMOUNT (0…1) of the way towards OTHER."""
    return QColor.fromRgbF(
        one.redF() + (other.redF() - one.redF()) * amount,
        one.greenF() + (other.greenF() - one.greenF()) * amount,
        one.blueF() + (other.blueF() - one.blueF()) * amount,
    )


def is_dark(pal: QPalette | None = None) -> bool:
    pal = pal or palette()
    return luminance(pal.color(QPalette.ColorRole.Base)) < luminance(
        pal.color(QPalette.ColorRole.Text)
    )


def row_backgrounds() -> list[QColor]:
    """The backgrounds a table row can have: the base and the alternate base."""
    return [role(QPalette.ColorRole.Base), role(QPalette.ColorRole.AlternateBase)]


def readable(
    colour: QColor | str, background: QColor | None = None, minimum: float = MINIMUM_CONTRAST
) -> QColor:
    """COLOUR, moved towards black or white (whichever the background is farther from) just
    enough to reach MINIMUM contrast on BACKGROUND (by default on both table row colours)."""
    hue = QColor(colour)
    grounds = [background] if background is not None else row_backgrounds()
    light_ground = sum(luminance(g) for g in grounds) / len(grounds) > 0.18
    target = QColor("black") if light_ground else QColor("white")
    result = hue
    step = 0
    while min(contrast(result, g) for g in grounds) < minimum and step < 20:
        step += 1
        result = mix(hue, target, step / 20)
    return result


def tint(hue: QColor | str, background: QColor | None = None, amount: float = 0.14) -> QColor:
    """A background washed with HUE (message boxes, highlighted rows)."""
    return mix(background or role(QPalette.ColorRole.Base), QColor(hue), amount)


def muted_text(background: QColor | None = None) -> QColor:
    """Secondary text: the palette's text part of the way to the background, still readable
    (on BACKGROUND, or on both table row colours)."""
    grounds = [background] if background is not None else row_backgrounds()
    text = role(QPalette.ColorRole.WindowText)
    for amount in (0.4, 0.3, 0.2, 0.1, 0.0):
        muted = mix(text, grounds[0], amount)
        if min(contrast(muted, g) for g in grounds) >= MINIMUM_CONTRAST:
            return muted
    return text


DISABLED_APART = 1.8  # a disabled text at least this far from the enabled one: it looks off
CHECK_OUTLINE_CONTRAST = 3.0  # WCAG 1.4.11: a control's outline against what is beside it


def with_disabled_group(pal: QPalette) -> QPalette:
    """PAL, with disabled texts that look disabled: a palette made with ``setColor(role, …)``
    (most dark themes) gives the Disabled group the enabled colours, so a greyed button reads
    as a live one; such a text is moved half-way to its background."""
    fixed = QPalette(pal)
    Role, Group = QPalette.ColorRole, QPalette.ColorGroup
    for text, ground in (
        (Role.WindowText, Role.Window),
        (Role.ButtonText, Role.Button),
        (Role.Text, Role.Base),
    ):
        enabled = pal.color(Group.Active, text)
        if contrast(enabled, pal.color(Group.Disabled, text)) < DISABLED_APART:
            fixed.setColor(
                Group.Disabled, text, mix(enabled, pal.color(Group.Active, ground), 0.55)
            )
    return fixed


def check_outline(window: QColor) -> QColor:
    """The outline Fusion draws around a check box: its palette's window, darker(140) then
    lighter(110) (qfusionstyle.cpp, PE_IndicatorCheckBox)."""
    return QColor(window).darker(140).lighter(110)


def window_for_visible_checks(pal: QPalette) -> QColor:
    """A window colour whose check box outline reads on both table row colours: in Fusion
    dark the outline is the base colour itself, and a box on a base row vanishes."""
    window = pal.color(QPalette.ColorRole.Window)
    text = pal.color(QPalette.ColorRole.Text)
    grounds = [pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.AlternateBase)]
    for step in range(21):
        candidate = mix(window, text, step / 20)
        outline = check_outline(candidate)
        if min(contrast(outline, g) for g in grounds) >= CHECK_OUTLINE_CONTRAST:
            return candidate
    return text


def on_colour(background: QColor | str) -> QColor:
    """Black or white text, whichever reads better on BACKGROUND."""
    ground = QColor(background)
    return (
        QColor("black")
        if contrast(QColor("black"), ground) >= contrast(QColor("white"), ground)
        else QColor("white")
    )


def name(colour: QColor) -> str:
    return colour.name(QColor.NameFormat.HexRgb)

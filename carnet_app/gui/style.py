"""Colours and words for states, urgencies and places, shared by every view."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from carnet_app.domain.catalogue import CATALOGUE
from carnet_app.domain.messages import say, status_word
from carnet_app.gui import colours, i18n

STATUS_COLOURS = {
    "draft": "#6b7280",
    "issued": "#1d4ed8",
    "active": "#15803d",
    "returned": "#0e7490",
    "discharged": "#475569",
    "cancelled": "#9ca3af",
    "superseded": "#7c3aed",
    "replaced": "#b45309",
}
# the statuses in the order a clerk meets them; each is said by the services' own word
STATUSES = tuple(STATUS_COLOURS)
URGENCY_COLOURS = {
    "overdue": "#b91c1c",
    "this week": "#c2410c",
    "this month": "#a16207",
    "later": "#475569",
}
VOUCHER_COLOURS = {"yellow": "#facc15", "white": "#f8fafc", "blue": "#60a5fa"}
VOUCHER_LABELS = {
    "yellow": QT_TRANSLATE_NOOP("Voucher", "Yellow (export / re-import)"),
    "white": QT_TRANSLATE_NOOP("Voucher", "White (import / re-export)"),
    "blue": QT_TRANSLATE_NOOP("Voucher", "Blue (transit)"),
}
ACTION_LABELS = {
    "exportation": QT_TRANSLATE_NOOP("Action", "Exportation"),
    "importation": QT_TRANSLATE_NOOP("Action", "Importation"),
    "re-exportation": QT_TRANSLATE_NOOP("Action", "Re-exportation"),
    "re-importation": QT_TRANSLATE_NOOP("Action", "Re-importation"),
    "transit-in": QT_TRANSLATE_NOOP("Action", "Transit in"),
    "transit-out": QT_TRANSLATE_NOOP("Action", "Transit out"),
    "sold": QT_TRANSLATE_NOOP("Action", "Sold (duty paid)"),
    "destroyed": QT_TRANSLATE_NOOP("Action", "Destroyed"),
    "stolen": QT_TRANSLATE_NOOP("Action", "Stolen"),
    "seized": QT_TRANSLATE_NOOP("Action", "Seized"),
    "replaced": QT_TRANSLATE_NOOP("Action", "Taken over by a replacement carnet"),
}
# Words the services hand over as codes, shown in the interface language.
VALUE_LABELS = {
    "colour": {
        "yellow": QT_TRANSLATE_NOOP("Value", "yellow"),
        "white": QT_TRANSLATE_NOOP("Value", "white"),
        "blue": QT_TRANSLATE_NOOP("Value", "blue"),
    },
    "format": {
        "paper": QT_TRANSLATE_NOOP("Value", "Paper"),
        "digital": QT_TRANSLATE_NOOP("Value", "Digital (eATA)"),
        "both": QT_TRANSLATE_NOOP("Value", "Paper and digital"),
    },
    "kind": {
        "original": QT_TRANSLATE_NOOP("Value", "Original"),
        "duplicate": QT_TRANSLATE_NOOP("Value", "Duplicate"),
        "replacement": QT_TRANSLATE_NOOP("Value", "Replacement"),
    },
    "claim": {
        "open": QT_TRANSLATE_NOOP("Value", "Open"),
        "settled-proof": QT_TRANSLATE_NOOP("Value", "Settled: proof furnished"),
        "settled-paid": QT_TRANSLATE_NOOP("Value", "Settled: duties paid"),
    },
    "security": {
        "cash": QT_TRANSLATE_NOOP("Value", "cash deposit"),
        "bank-guarantee": QT_TRANSLATE_NOOP("Value", "bank guarantee"),
        "insurance-bond": QT_TRANSLATE_NOOP("Value", "insurance bond"),
        "indemnity-scheme": QT_TRANSLATE_NOOP("Value", "indemnity scheme"),
    },
}
ALERT_KIND_LABELS = {
    "final-date": QT_TRANSLATE_NOOP("Alert", "Customs final date"),
    "expiry": QT_TRANSLATE_NOOP("Alert", "Expiry with goods abroad"),
    "replacement-window": QT_TRANSLATE_NOOP("Alert", "Replacement request"),
    "not-returned": QT_TRANSLATE_NOOP("Alert", "Carnet to return"),
    "claim-proof": QT_TRANSLATE_NOOP("Alert", "Claim proof due"),
    "security-release": QT_TRANSLATE_NOOP("Alert", "Security release"),
    "claim-payment": QT_TRANSLATE_NOOP("Alert", "Claim payment"),
    "claim-refund": QT_TRANSLATE_NOOP("Alert", "Claim refund"),
    "irregularity": QT_TRANSLATE_NOOP("Alert", "Open irregularity"),
}

ERROR_HUE = "#dc2626"
WARNING_HUE = "#d97706"
OK_HUE = "#16a34a"


def app_stylesheet(pal: QPalette | None = None) -> str:
    """The desk's stylesheet, every colour taken from the palette or derived from it (a light
    and a dark theme both read)."""
    pal = pal or colours.palette()
    window = pal.color(QPalette.ColorRole.Window)
    base = pal.color(QPalette.ColorRole.Base)
    text = pal.color(QPalette.ColorRole.WindowText)
    mid = pal.color(QPalette.ColorRole.Mid)
    selected_text = pal.color(QPalette.ColorRole.HighlightedText)
    # the highlight, dark (or light) enough for its text to read
    highlight = colours.readable(pal.color(QPalette.ColorRole.Highlight), selected_text)
    header = colours.mix(window, text, 0.06)
    line = colours.mix(base, text, 0.14)
    nav = colours.mix(window, text, 0.10)
    muted = colours.muted_text(window)
    n = colours.name

    def message(hue: str) -> str:
        ground = colours.tint(hue, base, 0.14)
        return (
            f"background: {n(ground)}; color: {n(colours.readable(hue, ground))}; "
            f"border: 1px solid {n(colours.tint(hue, base, 0.45))}; border-radius: 4px; "
            "padding: 6px 8px;"
        )

    return f"""
QWidget#PageHeader {{ background: {n(header)}; border-bottom: 1px solid {n(mid)}; }}
QLabel#PageTitle {{ font-size: 16pt; font-weight: 600; }}
QLabel#PageSubtitle, QLabel#FieldName {{ color: {n(muted)}; }}
QLabel#InlineError {{ {message(ERROR_HUE)} }}
QLabel#InlineWarning {{ {message(WARNING_HUE)} }}
QLabel#InlineOk {{ {message(OK_HUE)} }}
QLabel#DemoBanner {{ {message(WARNING_HUE)} border-radius: 0; font-weight: 600; }}
QLabel#StatusBadge {{ border-radius: 4px; padding: 2px 10px; font-weight: 600; }}
QLabel#GroupTitle {{ font-size: 12pt; font-weight: 600; }}
QLabel#EmptyStateText {{ font-size: 12pt; color: {n(muted)}; padding: 12px; }}
QListWidget#Navigation {{ background: {n(nav)}; border: none; font-size: 11pt; }}
QListWidget#Navigation::item {{ padding: 10px 14px; }}
QListWidget#Navigation::item:selected {{ background: {n(highlight)};
    color: {n(selected_text)}; }}
QTableView {{ gridline-color: {n(line)}; }}
QHeaderView::section {{ background: {n(header)}; color: {n(text)}; padding: 4px 6px;
    border: none; border-bottom: 1px solid {n(mid)}; border-right: 1px solid {n(line)};
    font-weight: 600; }}
"""


def install(app: QApplication) -> None:
    """Apply the stylesheet made from the application's palette (call again after changing
    the palette); a palette whose disabled texts look enabled gets greyed ones."""
    fixed = colours.with_disabled_group(app.palette())
    if fixed != app.palette():
        app.setPalette(fixed)
    app.setStyleSheet(app_stylesheet(app.palette()))


def __getattr__(name: str) -> str:
    # older callers read the stylesheet as a constant: made from the palette of the moment
    if name == "APP_STYLESHEET":
        return app_stylesheet()
    raise AttributeError(name)


def badge_style(status: str) -> str:
    """A status badge: the status hue, dark enough for white text in any theme."""
    ground = colours.readable(STATUS_COLOURS.get(status, "#334155"), QColor("white"))
    return f"background: {colours.name(ground)}; color: white;"


class ChipColours(NamedTuple):
    """A filter chip's text and background, unchecked and checked."""

    text: QColor
    ground: QColor
    checked_text: QColor
    checked_ground: QColor


def chip_colours(hue: str) -> ChipColours:
    """A chip washed with HUE on the palette's button colour, its text the hue made readable
    on it (WCAG 4.5:1 in a light and a dark palette)."""
    button = colours.role(QPalette.ColorRole.Button)
    ground = colours.tint(hue, button, 0.14)
    checked = colours.tint(hue, button, 0.32)
    return ChipColours(
        colours.readable(hue, ground), ground, colours.readable(hue, checked), checked
    )


def chip_style(hue: str) -> str:
    """The stylesheet of a filter chip of HUE (``chip_colours``)."""
    chip = chip_colours(hue)
    n = colours.name
    return (
        f"QPushButton {{ color: {n(chip.text)}; background: {n(chip.ground)}; "
        f"border: 1px solid {n(colours.mix(chip.ground, chip.text, 0.45))}; "
        "border-radius: 3px; padding: 3px 10px; }"
        f"QPushButton:checked {{ color: {n(chip.checked_text)}; "
        f"background: {n(chip.checked_ground)}; border: 2px solid {n(chip.checked_text)}; }}"
    )


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def status_label(status: str) -> str:
    """A carnet's status as the services say it (the catalogue's word, so the badge, the list
    and the history agree), with a capital as a label has it."""
    word = str(status_word(status))
    return word[:1].upper() + word[1:]


# Intended uses (box C) as resources/reference/countries.toml names them.
USE_LABELS = {
    "CS": QT_TRANSLATE_NOOP("Use", "Commercial samples"),
    "PE": QT_TRANSLATE_NOOP("Use", "Professional equipment"),
    "EF": QT_TRANSLATE_NOOP("Use", "Exhibitions, fairs, meetings and similar events"),
    "SCI": QT_TRANSLATE_NOOP("Use", "Educational, scientific or cultural goods"),
    "PERS": QT_TRANSLATE_NOOP("Use", "Travellers' personal effects"),
    "SPORT": QT_TRANSLATE_NOOP("Use", "Goods for sports purposes"),
    "HUM": QT_TRANSLATE_NOOP("Use", "Humanitarian goods"),
    "ANIM": QT_TRANSLATE_NOOP("Use", "Animals"),
    "OTHER": QT_TRANSLATE_NOOP(
        "Use", "Other temporary admission (manufacturing tools, tourist publicity, ...)"
    ),
}
_USE_BY_LABEL = {str(label): str(label) for label in USE_LABELS.values()}


def value_label(kind: str, code: object) -> str:
    """A code from the services (voucher colour, format, kind, claim status, security form)
    in the interface language; an unknown code as it is."""
    text = str(code or "")
    known = VALUE_LABELS.get(kind, {}).get(text) or VALUE_LABELS.get(kind, {}).get(
        text.replace(" ", "-")
    )
    return tr("Value", str(known)) if known else text


def use_text(use: str) -> str:
    """A use as the services give it ("CS", or "CS — Commercial samples"), its label in the
    interface language."""
    code, dash, label = use.partition(" — ")
    if dash and label in _USE_BY_LABEL:
        return f"{code} — {tr('Use', label)}"
    return use


def status_colour(status: str, background: QColor | None = None) -> QColor:
    """The status hue, readable on BACKGROUND (the palette's base by default)."""
    return colours.readable(STATUS_COLOURS.get(status, "#334155"), background)


def urgency_colour(urgency: str, background: QColor | None = None) -> QColor:
    return colours.readable(URGENCY_COLOURS.get(urgency, "#334155"), background)


def action_label(action: str) -> str:
    return tr("Action", str(ACTION_LABELS.get(action, action)))


def history_label(action: str) -> str:
    """An audit action code ("carnet.issue", "movement.importation") in words, in the desk's
    language (the catalogue's ``history.*`` codes; movement.* and event.* with the action's
    label)."""
    if f"history.{action}" in CATALOGUE:
        return say(f"history.{action}").text()
    family, _, what = action.partition(".")
    if family == "movement" and what in ACTION_LABELS:
        return say("history.stamp", action=action_label(what)).text()
    if family == "event" and what in ACTION_LABELS:
        return say("history.goods", action=action_label(what)).text()
    return action


def local_time_text(stamp: str) -> str:
    """An ISO timestamp from the services (UTC) as the local date and time."""
    try:
        moment = datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return str(stamp or "")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone()
    return f"{date_text(local.date())} {local.strftime('%H:%M')}"


def alert_kind_label(kind: str) -> str:
    return tr("Alert", str(ALERT_KIND_LABELS.get(kind, kind)))


def place_label(place: str) -> str:
    if place == "home":
        return QCoreApplication.translate("Place", "Home")
    if place == "en-route":
        return QCoreApplication.translate("Place", "En route")
    if place == "disposed":
        return QCoreApplication.translate("Place", "Disposed")
    if place.startswith("transit-"):
        return QCoreApplication.translate("Place", "Transit %1").replace(
            "%1", place.removeprefix("transit-")
        )
    return place


def iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def date_text(day: date | None) -> str:
    """A date as the user's locale writes it (ISO under the neutral C locale)."""
    return i18n.format_date(day)


def count_text(value: int) -> str:
    """A whole number grouped as the locale groups it (``12 500`` in French)."""
    return i18n.format_count(value)


def money_text(amount: object, currency: str = "") -> str:
    """An amount with at least two decimals, the locale's separators and its currency
    (``704 860,00 EUR``): the desk's one money format; never through float."""
    return i18n.format_money(amount, currency)


def number_text(value: object, unit: str = "") -> str:
    """A weight or quantity with exactly its stored digits and the locale's separators."""
    if value is None or value == "":
        return ""
    return f"{i18n.format_decimal(value)} {unit}".strip()

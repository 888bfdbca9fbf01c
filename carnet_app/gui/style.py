"""Colours and words for states, urgencies and places, shared by every view."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtGui import QColor

from carnet_app import i18n

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
STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("Status", "Draft"),
    "issued": QT_TRANSLATE_NOOP("Status", "Issued"),
    "active": QT_TRANSLATE_NOOP("Status", "Active"),
    "returned": QT_TRANSLATE_NOOP("Status", "Returned"),
    "discharged": QT_TRANSLATE_NOOP("Status", "Discharged"),
    "cancelled": QT_TRANSLATE_NOOP("Status", "Cancelled"),
    "superseded": QT_TRANSLATE_NOOP("Status", "Superseded"),
    "replaced": QT_TRANSLATE_NOOP("Status", "Replaced"),
}
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
}

APP_STYLESHEET = """
QWidget#PageHeader { background: #f1f5f9; border-bottom: 1px solid #cbd5e1; }
QLabel#PageTitle { font-size: 16pt; font-weight: 600; color: #0f172a; }
QLabel#PageSubtitle { color: #475569; }
QLabel#InlineError { background: #fef2f2; color: #991b1b; border: 1px solid #fecaca;
                     border-radius: 4px; padding: 6px 8px; }
QLabel#InlineWarning { background: #fffbeb; color: #92400e; border: 1px solid #fde68a;
                       border-radius: 4px; padding: 6px 8px; }
QLabel#InlineOk { background: #f0fdf4; color: #166534; border: 1px solid #bbf7d0;
                  border-radius: 4px; padding: 6px 8px; }
QLabel#StatusBadge { color: white; border-radius: 4px; padding: 2px 10px; font-weight: 600; }
QLabel#GroupTitle { font-size: 12pt; font-weight: 600; }
QLabel#FieldName { color: #475569; }
QListWidget#Navigation { background: #1e293b; color: #e2e8f0; border: none;
                         font-size: 11pt; }
QListWidget#Navigation::item { padding: 10px 14px; }
QListWidget#Navigation::item:selected { background: #334155; color: white; }
QTableView { gridline-color: #e2e8f0; selection-background-color: #bfdbfe;
             selection-color: #0f172a; alternate-background-color: #f8fafc; }
QHeaderView::section { background: #f1f5f9; padding: 4px 6px; border: none;
                       border-bottom: 1px solid #cbd5e1; border-right: 1px solid #e2e8f0;
                       font-weight: 600; color: #334155; }
"""


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def status_label(status: str) -> str:
    return tr("Status", str(STATUS_LABELS.get(status, status)))


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


def status_colour(status: str) -> QColor:
    return QColor(STATUS_COLOURS.get(status, "#334155"))


def urgency_colour(urgency: str) -> QColor:
    return QColor(URGENCY_COLOURS.get(urgency, "#334155"))


def action_label(action: str) -> str:
    return tr("Action", str(ACTION_LABELS.get(action, action)))


def alert_kind_label(kind: str) -> str:
    return tr("Alert", str(ALERT_KIND_LABELS.get(kind, kind)))


# The domain words each alert in English; its parts are read back so the sentence can be said
# in the interface language (an alert whose wording is not recognised is shown as it is).
_ALERT_MESSAGES: dict[str, tuple[re.Pattern[str], object]] = {
    "final-date": (
        re.compile(
            r"^(?P<pieces>\d+) piece\(s\) must leave (?P<country>\S+) by (?P<date>[\d-]+) "
            r"\((?P<action>[a-z-]+) voucher (?P<number>\d+)\)$"
        ),
        QT_TRANSLATE_NOOP("Alert", "%1 piece(s) must leave %2 by %3 (%4 voucher %5)"),
    ),
    "expiry": (
        re.compile(r"^carnet expires on (?P<date>[\d-]+) with goods still abroad$"),
        QT_TRANSLATE_NOOP("Alert", "carnet expires on %1 with goods still abroad"),
    ),
    "replacement-window": (
        re.compile(
            r"^last day to ask host customs for a replacement carnet \(expiry (?P<date>[\d-]+)\)$"
        ),
        QT_TRANSLATE_NOOP(
            "Alert", "last day to ask host customs for a replacement carnet (expiry %1)"
        ),
    ),
    "not-returned": (
        re.compile(r"^carnet to be returned to the chamber by (?P<date>[\d-]+)$"),
        QT_TRANSLATE_NOOP("Alert", "carnet to be returned to the chamber by %1"),
    ),
    "claim-proof": (
        re.compile(r"^proof for claim (?P<claim>\d+) from (?P<country>\S+) due (?P<date>[\d-]+)$"),
        QT_TRANSLATE_NOOP("Alert", "proof for claim %1 from %2 due %3"),
    ),
    "security-release": (
        re.compile(r"^security may be released from (?P<date>[\d-]+) \(claim window closed\)$"),
        QT_TRANSLATE_NOOP("Alert", "security may be released from %1 (claim window closed)"),
    ),
}


def alert_message(kind: str, message: str) -> str:
    """An alert's sentence in the interface language, its dates in the locale's format."""
    known = _ALERT_MESSAGES.get(kind)
    found = known[0].match(message) if known else None
    if known is None or found is None:
        return message
    parts = found.groupdict()
    day = date_text(date.fromisoformat(parts["date"]))
    if kind == "final-date":
        values = [
            parts["pieces"],
            parts["country"],
            day,
            action_label(parts["action"]).lower(),
            parts["number"],
        ]
    elif kind == "claim-proof":
        values = [parts["claim"], parts["country"], day]
    else:
        values = [day]
    text = tr("Alert", str(known[1]))
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", value)
    return text


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
    return QLocale().toString(value)


def money_text(amount: object, currency: str = "") -> str:
    """Decimal as its exact digits with the locale's separators; never through float."""
    return i18n.format_money(amount, currency)

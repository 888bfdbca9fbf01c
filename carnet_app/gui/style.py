"""Colours and words for states, urgencies and places, shared by every view."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtGui import QColor

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


def status_colour(status: str) -> QColor:
    return QColor(STATUS_COLOURS.get(status, "#334155"))


def urgency_colour(urgency: str) -> QColor:
    return QColor(URGENCY_COLOURS.get(urgency, "#334155"))


def action_label(action: str) -> str:
    return tr("Action", str(ACTION_LABELS.get(action, action)))


def alert_kind_label(kind: str) -> str:
    return tr("Alert", str(ALERT_KIND_LABELS.get(kind, kind)))


def place_label(place: str) -> str:
    if place == "home":
        return tr("Place", "Home")
    if place == "en-route":
        return tr("Place", "En route")
    if place == "disposed":
        return tr("Place", "Disposed")
    if place.startswith("transit-"):
        return tr("Place", "Transit %1").replace("%1", place.removeprefix("transit-"))
    return place


def iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def count_text(value: int) -> str:
    return QLocale().toString(value)


def money_text(amount: object, currency: str = "") -> str:
    """Decimal as its exact string, grouped for reading; never through float."""
    if amount is None:
        return ""
    text = str(amount)
    sign = "-" if text.startswith("-") else ""
    whole, _, cents = text.lstrip("-").partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    grouped = sign + "\u202f".join(groups) + (f".{cents}" if cents else "")
    return f"{grouped} {currency}".strip()

"""The administrator's settings: the issuing association and its number format, the country
table and the schedules (with an audit event per change), users' display names for the audit
trail, the printer calibration for overlay printing, and the data file with its backups.

Business settings live in the database's ``settings`` table so every desk on a shared
database sees the same ones; each write appends one audit event.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from carnet_app.db.models import Association, Setting
from carnet_app.db.uow import Database
from carnet_app.domain.countries import CountryRule, country_rule_to_dict
from carnet_app.domain.json_types import JsonValue
from carnet_app.domain.messages import Message, say
from carnet_app.domain.numbering import check_number_format, format_number
from carnet_app.domain.schedules import Schedule, parse_schedule
from carnet_app.errors import UserError
from carnet_app.services import backups, carnets, reference
from carnet_app.services.audit import record_audit
from carnet_app.services.reference import ScheduleInfo

if TYPE_CHECKING:
    from carnet_app.pdf.calibration import Calibration


def _calibration_type() -> type[Calibration]:
    # the PDF layer (reportlab) loads when printing or calibrating, not when the desk starts
    from carnet_app.pdf.calibration import Calibration

    return Calibration


USER_NAMES_KEY = "users.display-names"
PRINTER_KEY = "printer.calibration"
MAX_NAME = 100


# --------------------------------------------------------------------------- generic settings


def get_setting(session: Session, key: str, default: JsonValue = None) -> JsonValue:
    row = session.get(Setting, key)
    return default if row is None else row.value


def put_setting(session: Session, key: str, value: object, *, user: str, summary: Message) -> None:
    """Write one business setting and its audit event (before and after); a value saved as it
    already is changes nothing and writes nothing."""
    row = session.get(Setting, key)
    if row is not None and row.value == value:
        return
    before = None if row is None else {key: row.value}
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()
    record_audit(
        session,
        user=user,
        action="settings.set",
        summary=summary,
        before=before,
        after={key: value},
    )


# --------------------------------------------------------------------------- desk role

DESK_ROLE_KEY = "desk.role"


class DeskRole(StrEnum):
    """What a desk is for: a chamber issues carnets, a holder tracks the carnets it holds."""

    CHAMBER = "chamber"
    HOLDER = "holder"


def desk_role(session: Session) -> DeskRole | None:
    """The role chosen at first run, or None while nobody has chosen yet."""
    value = get_setting(session, DESK_ROLE_KEY)
    try:
        return DeskRole(value) if isinstance(value, str) else None
    except ValueError:
        return None


def set_desk_role(session: Session, role: DeskRole, *, user: str) -> None:
    """Choose what the desk is for (audited like every setting)."""
    put_setting(
        session,
        DESK_ROLE_KEY,
        role.value,
        user=user,
        summary=say("trail.desk-role", role=role.value),
    )


# --------------------------------------------------------------------------- association


@dataclass(frozen=True)
class AssociationInfo:
    name: str
    country: str
    code: str
    currency: str
    address: str
    number_format: str
    next_serial: int


def association_info(session: Session) -> AssociationInfo | None:
    found = session.execute(select(Association).order_by(Association.id)).scalars().first()
    if found is None:
        return None
    return AssociationInfo(
        name=found.name,
        country=found.country,
        code=found.code,
        currency=found.currency,
        address=found.address,
        number_format=found.number_format,
        next_serial=found.next_serial,
    )


def number_preview(number_format: str, *, country: str, code: str, serial: int, on: date) -> str:
    """The number the next carnet would get with this format (UserError when it is wrong)."""
    check_number_format(number_format)
    return format_number(
        number_format, country=country.upper(), code=code, serial=serial, issued_on=on
    )


def save_association(
    session: Session,
    *,
    name: str,
    country: str,
    currency: str,
    code: str,
    address: str,
    number_format: str,
    user: str,
) -> AssociationInfo:
    carnets.set_association(
        session,
        name=name,
        country=country,
        currency=currency,
        code=code,
        number_format=number_format,
        address=address,
        user=user,
    )
    info = association_info(session)
    assert info is not None
    return info


# --------------------------------------------------------------------------- users


def user_display_names(session: Session) -> dict[str, str]:
    value = get_setting(session, USER_NAMES_KEY, {})
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def display_name(session: Session, login: str) -> str:
    return user_display_names(session).get(login, login)


def save_user_display_names(
    session: Session, names: Mapping[str, str] | Iterable[tuple[str, str]], *, user: str
) -> None:
    """(login, display name) pairs; a login listed twice is refused, blank rows skipped."""
    pairs = names.items() if isinstance(names, Mapping) else names
    cleaned: dict[str, str] = {}
    for login, name in pairs:
        login, name = login.strip(), name.strip()
        if not login and not name:
            continue
        if not login:
            raise UserError(say("user.login-missing", name=name), field="login")
        if not name:
            raise UserError(say("user.name-missing", login=login), field="name")
        if len(name) > MAX_NAME or len(login) > MAX_NAME:
            raise UserError(say("user.name-too-long", login=login, most=MAX_NAME), field="name")
        if login in cleaned:
            raise UserError(say("user.listed-twice", login=login), field="login")
        cleaned[login] = name
    put_setting(
        session,
        USER_NAMES_KEY,
        dict(sorted(cleaned.items())),
        user=user,
        summary=say("trail.user-names", users=len(cleaned)),
    )


# --------------------------------------------------------------------------- printer


def printer_calibration(session: Session) -> Calibration:
    """The overlay printing correction (none until the administrator measured it)."""
    stored = get_setting(session, PRINTER_KEY)
    if not isinstance(stored, dict):
        return _calibration_type()()

    def millimetres(key: str, default: str) -> float:  # printer geometry, not money
        return float(Decimal(str(stored.get(key, default))))

    try:
        return _calibration_type()(
            offset_x_mm=millimetres("offset_x_mm", "0"),
            offset_y_mm=millimetres("offset_y_mm", "0"),
            scale=millimetres("scale", "1"),
        )
    except (InvalidOperation, UserError):
        return _calibration_type()()


def calibration_from_measurements(a_x: Decimal, a_y: Decimal, b_x: Decimal) -> Calibration:
    """Offsets and scale from where crosshairs A and B of the calibration sheet printed."""
    return _calibration_type().from_measurements(float(a_x), float(a_y), float(b_x))


def save_printer_calibration(
    session: Session, *, offset_x_mm: Decimal, offset_y_mm: Decimal, scale: Decimal, user: str
) -> Calibration:
    calibration = _calibration_type()(float(offset_x_mm), float(offset_y_mm), float(scale))
    put_setting(
        session,
        PRINTER_KEY,
        {
            "offset_x_mm": format(offset_x_mm, "f"),
            "offset_y_mm": format(offset_y_mm, "f"),
            "scale": format(scale, "f"),
        },
        user=user,
        summary=say("trail.printer-calibration", x=offset_x_mm, y=offset_y_mm, scale=scale),
    )
    return calibration


# --------------------------------------------------------------------------- countries


@dataclass(frozen=True)
class CountryRow:
    rule: CountryRule
    edited_by_admin: bool
    data_version: int


def country_rows(session: Session) -> list[CountryRow]:
    return [
        CountryRow(rule, edited, version)
        for rule, edited, version in reference.country_rows(session)
    ]


def edit_country(
    session: Session, code: str, changes: Mapping[str, object], *, user: str
) -> CountryRow:
    """Change fields of one country rule; the row is marked as edited by the administrator."""
    before = {
        rule.code: country_rule_to_dict(rule)
        for rule, _, _ in reference.country_rows(session)
        if rule.code == code.upper()
    }
    rule = reference.update_country_rule(session, code, changes, user)
    record_audit(
        session,
        user=user,
        action="reference.country",
        summary=say("trail.country-rule", code=rule.code, fields=sorted(changes)),
        before=before or None,
        after={rule.code: country_rule_to_dict(rule)},
    )
    row = next(r for r in country_rows(session) if r.rule.code == rule.code)
    return row


# --------------------------------------------------------------------------- schedules


def schedules(session: Session) -> list[ScheduleInfo]:
    return reference.list_schedules(session)


def schedule_text(session: Session, name: str) -> str:
    """A stored schedule as JSON text for editing (amounts as exact decimal strings)."""
    return json.dumps(
        reference.schedule_document(session, name), ensure_ascii=False, indent=2, default=_jsonable
    )


def check_schedule_text(text: str) -> tuple[dict[str, object], Schedule]:
    """Read and check edited schedule text; UserError names the line or the key."""
    try:
        document = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise UserError(
            say("schedule.json-error", line=exc.lineno, column=exc.colno, reason=exc.msg),
            field="text",
        ) from None
    if not isinstance(document, dict):
        raise UserError(say("schedule.not-an-object"), field="text")
    return document, parse_schedule(document)


def save_schedule_text(session: Session, text: str, *, user: str, activate: bool = False) -> str:
    document, schedule = check_schedule_text(text)
    before = None
    if schedule.name in {info.name for info in reference.list_schedules(session)}:
        before = {"schedule": reference.schedule_document(session, schedule.name)}
    reference.save_schedule(session, document, user, activate=activate)
    record_audit(
        session,
        user=user,
        action="reference.schedule",
        summary=say(
            "trail.schedule-saved-active" if activate else "trail.schedule-saved",
            name=schedule.name,
        ),
        before=json.loads(json.dumps(before, default=_jsonable)) if before else None,
        after={"schedule": json.loads(json.dumps(document, default=_jsonable))},
    )
    return schedule.name


def activate_schedule(session: Session, name: str, *, user: str) -> None:
    previous = next((s.name for s in reference.list_schedules(session) if s.active), None)
    if previous == name:
        return  # already the active one: nothing changes, so nothing to audit
    reference.activate_schedule(session, name)
    record_audit(
        session,
        user=user,
        action="reference.schedule-activate",
        summary=say("trail.schedule-activated", name=name),
        before={"active": previous},
        after={"active": name},
    )


def import_schedule_file(session: Session, path: Path, *, user: str) -> list[str]:
    names = reference.import_schedules(session, path, user)
    record_audit(
        session,
        user=user,
        action="reference.schedule-import",
        summary=say("trail.schedules-imported", count=len(names), file=path.name, names=names),
        after={"schedules": names},
    )
    return names


def export_schedule_file(session: Session, path: Path) -> int:
    return reference.export_schedules(session, path)


def _jsonable(value: Any) -> str:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot show {type(value).__name__} in a schedule")


# --------------------------------------------------------------------------- data file


@dataclass(frozen=True)
class BackupCopy:
    path: Path
    size: int
    made_at: datetime


@dataclass(frozen=True)
class DataFileInfo:
    location: str  # the SQLite file, or the server URL without password
    is_file: bool
    size: int | None
    backups_dir: Path
    backups: tuple[BackupCopy, ...]


def data_file_info(database: Database, backups_dir: Path) -> DataFileInfo:
    try:
        path: Path | None = backups.database_file(database)
    except UserError:
        path = None
    copies: list[BackupCopy] = []
    if path is not None and backups_dir.is_dir():
        for copy in sorted(backups_dir.glob(f"{path.stem}-*.sqlite3"), reverse=True):
            stat = copy.stat()
            copies.append(
                BackupCopy(copy, stat.st_size, datetime.fromtimestamp(stat.st_mtime, UTC))
            )
    size = path.stat().st_size if path is not None and path.exists() else None
    return DataFileInfo(
        location=str(path) if path is not None else database.url_for_display,
        is_file=path is not None,
        size=size,
        backups_dir=backups_dir,
        backups=tuple(copies),
    )


def backup_now(database: Database, backups_dir: Path) -> Path:
    """A consistent copy of the data file in the backups folder (older copies rotated)."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    return backups.backup(database, backups_dir)

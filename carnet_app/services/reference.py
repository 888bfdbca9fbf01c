"""Reference data use cases: seed the shipped country table and example schedules, read them,
let the administrator edit a country rule, and export/import schedules.

Every function takes the caller's ``Session`` and never commits: the caller's unit of work
(``Database.write()``) commits or rolls back the whole action.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import tomli_w
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from carnet_app import parsed_files
from carnet_app.db.reference_models import CountryRuleRow, ScheduleRow
from carnet_app.domain.countries import (
    ROW_FIELDS,
    CountryRule,
    CountryTable,
    UseDefinition,
    country_rule_to_dict,
    parse_country_document,
    parse_country_rule,
)
from carnet_app.domain.messages import say
from carnet_app.domain.schedules import Schedule, parse_schedule
from carnet_app.errors import EnvironmentProblem, UserError
from carnet_app.files import read_bounded, write_atomically
from carnet_app.resources import resource_path

COUNTRIES_FILE = ("reference", "countries.toml")
SCHEDULES_DIR = ("reference", "schedules")
DEFAULT_SCHEDULE_FILE = "percentage-of-value-example.toml"
SHIPPED_SCHEDULE_FILES = (DEFAULT_SCHEDULE_FILE, "duty-based-example.toml")
MAX_SCHEDULES_FILE_BYTES = 5 * 1024 * 1024  # a schedule file is a few kilobytes


@dataclass(frozen=True)
class ScheduleInfo:
    name: str
    active: bool
    example: bool
    currency: str
    updated_at: datetime
    updated_by: str


# --- shipped files ---------------------------------------------------------------------------


@cache
def shipped_country_data() -> tuple[CountryTable, int]:
    """The country table shipped in ``resources/reference/countries.toml`` and its version."""
    return parse_country_document(_read_toml(resource_path(*COUNTRIES_FILE)))


def shipped_schedule_documents() -> list[dict[str, object]]:
    return [_read_toml(resource_path(*SCHEDULES_DIR, name)) for name in SHIPPED_SCHEDULE_FILES]


def use_definitions() -> list[UseDefinition]:
    return shipped_country_data()[0].use_definitions()


# --- seeding ---------------------------------------------------------------------------------


def seed_reference_data(session: Session) -> None:
    """Copy the shipped reference data into the database; safe to call on every start.

    New countries are added; rows of an older ``data_version`` are updated unless the
    administrator edited them. Schedules are copied only into a database that has none, the
    percentage example active.
    """
    table, version = shipped_country_data()
    rows = {row.code: row for row in session.scalars(select(CountryRuleRow))}
    for rule in table.rules():
        row = rows.get(rule.code)
        if row is None:
            row = CountryRuleRow(code=rule.code, data_version=version, edited_by_admin=False)
            _write_rule(row, rule)
            session.add(row)
        elif not row.edited_by_admin and row.data_version < version:
            _write_rule(row, rule)
            row.data_version = version
    has_schedules = session.scalar(select(func.count()).select_from(ScheduleRow))
    if not has_schedules:
        for document in shipped_schedule_documents():
            schedule = parse_schedule(document)
            session.add(
                ScheduleRow(
                    name=schedule.name,
                    active=schedule.name == _default_schedule_name(),
                    document=_to_json(document),
                    updated_at=datetime.now(UTC),
                    updated_by="carnet-desk",
                )
            )
    session.flush()


# --- countries -------------------------------------------------------------------------------


_BUILT_TABLES: dict[str, CountryTable] = {}  # by the stored rows' text: rebuilt when they change


def country_table(session: Session) -> CountryTable:
    """The country table as the administrator keeps it (the shipped one before seeding).

    Reading the raw rows takes a millisecond; decoding them into rules took most of the time
    of opening a carnet, so the table built from the same rows is reused."""
    raw = session.execute(text("SELECT * FROM country_rules ORDER BY code")).all()
    if not raw:
        return shipped_country_data()[0]
    key = repr([tuple(row) for row in raw])
    built = _BUILT_TABLES.get(key)
    if built is None:
        rows = list(session.scalars(select(CountryRuleRow).order_by(CountryRuleRow.code)))
        built = CountryTable((_rule_from_row(row) for row in rows), use_definitions())
        if len(_BUILT_TABLES) > 8:
            _BUILT_TABLES.clear()
        _BUILT_TABLES[key] = built
    return built


def country_rows(session: Session) -> list[tuple[CountryRule, bool, int]]:
    """Every rule with its ``edited_by_admin`` flag and ``data_version``."""
    rows = session.scalars(select(CountryRuleRow).order_by(CountryRuleRow.code))
    return [(_rule_from_row(row), row.edited_by_admin, row.data_version) for row in rows]


def update_country_rule(
    session: Session, code: str, changes: Mapping[str, object], user: str
) -> CountryRule:
    """Change some fields of one country's rule (``None`` = back to unknown); the row is
    marked as edited so later releases leave it alone."""
    code = code.strip().upper()
    row = session.get(CountryRuleRow, code)
    if row is None:
        raise UserError(say("country-rule.unknown", code=code), field="code")
    data = country_rule_to_dict(_rule_from_row(row))
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    rule = parse_country_rule(code, data, f"countries.{code}")
    _write_rule(row, rule)
    row.edited_by_admin = True
    row.edited_by = user
    row.edited_at = datetime.now(UTC)
    session.flush()
    return rule


# --- schedules -------------------------------------------------------------------------------


def active_schedule(session: Session) -> Schedule:
    row = session.scalars(select(ScheduleRow).where(ScheduleRow.active)).first()
    if row is not None:
        return parse_schedule(_from_json(row.document))
    if not session.scalar(select(func.count()).select_from(ScheduleRow)):
        return parse_schedule(shipped_schedule_documents()[0])
    raise UserError(say("schedule.none-active"), field="schedule")


def list_schedules(session: Session) -> list[ScheduleInfo]:
    result = []
    for row in session.scalars(select(ScheduleRow).order_by(ScheduleRow.name)):
        schedule = parse_schedule(_from_json(row.document))
        result.append(
            ScheduleInfo(
                row.name,
                row.active,
                schedule.example,
                schedule.currency,
                row.updated_at,
                row.updated_by,
            )
        )
    return result


def schedule_document(session: Session, name: str) -> dict[str, object]:
    return _from_json(_schedule_row(session, name).document)


def save_schedule(
    session: Session, document: Mapping[str, object], user: str, *, activate: bool = False
) -> Schedule:
    """Add a schedule or replace the one of the same name, after checking it."""
    schedule = parse_schedule(document)
    row = session.scalars(select(ScheduleRow).where(ScheduleRow.name == schedule.name)).first()
    if row is None:
        row = ScheduleRow(name=schedule.name, active=False)
        session.add(row)
    row.document = _to_json(document)
    row.updated_at = datetime.now(UTC)
    row.updated_by = user
    if activate:
        _activate(session, row)
    session.flush()
    return schedule


def activate_schedule(session: Session, name: str) -> None:
    _activate(session, _schedule_row(session, name))
    session.flush()


def export_schedules(session: Session, path: Path) -> int:
    """Write every schedule to ``path`` (TOML or JSON by its extension); how many."""
    kind = _file_kind(path)
    rows = list(session.scalars(select(ScheduleRow).order_by(ScheduleRow.name)))
    active = next((row.name for row in rows if row.active), None)
    content: dict[str, Any] = {"schedules": [_from_json(row.document) for row in rows]}
    if active is not None:
        content = {"active": active, **content}
    if kind == "json":
        text = json.dumps(content, ensure_ascii=False, indent=2, default=_json_default) + "\n"
    else:
        text = _toml_document(content)
    write_atomically(path, text.encode("utf-8"))
    return len(rows)


def import_schedules(session: Session, path: Path, user: str = "import") -> list[str]:
    """Add or replace the schedules of a file; all are checked before anything changes."""
    content = _read_file(path)
    if "schedules" in content:
        documents = content["schedules"]
        if not isinstance(documents, list) or not documents:
            raise UserError(say("schedules-file.not-a-list", name=path.name), field="schedules")
        where = [f"schedules[{i}]" for i in range(len(documents))]
    else:
        documents, where = [content], [""]
    parsed: list[Schedule] = []
    for document, prefix in zip(documents, where, strict=True):
        try:
            parsed.append(parse_schedule(document))
        except UserError as exc:
            key = f"{prefix}.{exc.field}" if prefix and exc.field else prefix or exc.field
            raise UserError(
                say(
                    "schedules-file.refused",
                    name=path.name,
                    where=f"{prefix}." if prefix else "",
                    reason=exc.said,
                ),
                field=key,
            ) from None
    names = [schedule.name for schedule in parsed]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise UserError(
            say("schedules-file.twice", name=path.name, schedule=duplicates[0]), field="name"
        )
    active = content.get("active") if "schedules" in content else None
    if active is not None and active not in names:
        raise UserError(
            say("schedules-file.active-unknown", name=path.name, active=active), field="active"
        )
    for document, schedule in zip(documents, parsed, strict=True):
        save_schedule(session, document, user, activate=schedule.name == active)
    return names


# --- helpers ---------------------------------------------------------------------------------


def _default_schedule_name() -> str:
    return parse_schedule(shipped_schedule_documents()[0]).name


def _schedule_row(session: Session, name: str) -> ScheduleRow:
    row = session.scalars(select(ScheduleRow).where(ScheduleRow.name == name)).first()
    if row is None:
        raise UserError(say("schedule.unknown", name=name), field="name")
    return row


def _activate(session: Session, row: ScheduleRow) -> None:
    for other in session.scalars(select(ScheduleRow).where(ScheduleRow.active)):
        if other is not row:
            other.active = False
    row.active = True


def _write_rule(row: CountryRuleRow, rule: CountryRule) -> None:
    for key in ROW_FIELDS:
        value = getattr(rule, key)
        if key == "status":
            value = rule.status.value
        elif key == "uses":
            value = {use: acceptance.value for use, acceptance in rule.uses.items()}
        elif isinstance(value, tuple):
            value = list(value)
        elif key == "use_stay_limits":
            value = dict(value)
        setattr(row, key, value)


def _rule_from_row(row: CountryRuleRow) -> CountryRule:
    data = {key: getattr(row, key) for key in ROW_FIELDS if getattr(row, key) is not None}
    return parse_country_rule(row.code, data, f"countries.{row.code}")


def _json_default(value: Any) -> str:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__} in a schedule")


def _to_json(document: Mapping[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, sort_keys=False, default=_json_default)


def _from_json(text: str) -> dict[str, Any]:
    value = json.loads(text, parse_float=Decimal)
    if not isinstance(value, dict):
        raise EnvironmentProblem(say("schedules.stored-damaged"))
    return value


def _file_kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix == ".toml":
        return "toml"
    raise UserError(say("schedules-file.kind", name=path.name), field="file")


def _read_file(path: Path) -> dict[str, Any]:
    kind = _file_kind(path)
    raw = read_bounded(path, MAX_SCHEDULES_FILE_BYTES)  # a pipe or /dev/zero says no size
    try:
        text = raw.decode("utf-8")
        value: Any = (
            json.loads(text, parse_float=Decimal)
            if kind == "json"
            else tomllib.loads(text, parse_float=Decimal)
        )
    except UnicodeDecodeError:
        raise UserError(say("file.not-utf8", name=path.name), field="file") from None
    except (json.JSONDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UserError(
            say("schedules-file.not-valid", name=path.name, kind=kind.upper(), reason=exc),
            field="file",
        ) from None
    if not isinstance(value, dict):
        raise UserError(say("schedules-file.not-an-object", name=path.name), field="file")
    return value


def _read_toml(path: Path) -> dict[str, Any]:
    return parsed_files.toml_file(path, decimals=True)


def _toml_document(content: Mapping[str, Any]) -> str:
    """TOML for schedule files; decimals are written as text so they read back exactly."""
    return "# Carnet Desk schedules export\n" + tomli_w.dumps(_decimals_as_text(content))


def _decimals_as_text(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, Mapping):
        return {key: _decimals_as_text(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_decimals_as_text(item) for item in value]
    return value

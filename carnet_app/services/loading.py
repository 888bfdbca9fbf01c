"""Finding carnets and turning their stored state into ledger inputs."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.interfaces import ORMOption

from carnet_app.db.models import Association, Carnet
from carnet_app.domain.countries import AtaStatus, CountryTable, UseAcceptance
from carnet_app.domain.ledger import (
    CarnetFacts,
    CarriedImportation,
    Entry,
    LedgerState,
    replay,
)
from carnet_app.domain.messages import Message, say
from carnet_app.domain.types import (
    GoodsEventKind,
    ItineraryKind,
    MovementAction,
    VoucherColour,
)
from carnet_app.errors import ConcurrentEditError, UserError
from carnet_app.services.carnet_rules import carried_importations
from carnet_app.services.reference import country_table


def find_carnet(session: Session, number: str) -> Carnet:
    carnet = session.execute(select(Carnet).where(Carnet.number == number)).scalar_one_or_none()
    if carnet is None:
        raise UserError(say("carnet.unknown", number=number), field="number")
    return carnet


MAX_ID = 2**63 - 1  # the largest row id either backend stores

_Row = TypeVar("_Row")


def row_by_id(
    session: Session,
    model: type[_Row],
    row_id: int,
    *,
    options: Sequence[ORMOption] = (),
) -> _Row | None:
    """The row of ``model`` with id ``row_id``, None when there is none: an id typed by a
    person (``claim settle 99999999999999999999``) past what either backend's ids hold is no
    such row, not a value the driver cannot bind."""
    if not -MAX_ID - 1 <= row_id <= MAX_ID:
        return None
    return session.get(model, row_id, options=options)


def find_carnet_or_draft(session: Session, key: str) -> Carnet:
    """A carnet by its number, else (a whole number) a carnet or draft by its id."""
    carnet = session.execute(select(Carnet).where(Carnet.number == key)).scalar_one_or_none()
    if carnet is not None:
        return carnet
    text = key.strip()
    if text.isascii() and text.isdigit() and len(text) <= 19 and 0 < int(text) <= MAX_ID:
        carnet = session.get(Carnet, int(text))
        if carnet is not None:
            return carnet
    raise UserError(say("carnet.unknown-or-draft", key=key[:60]), field="number")


def find_draft(session: Session, carnet_id: int | str) -> Carnet:
    text = str(carnet_id).strip()
    if not (text.isascii() and text.isdigit() and len(text) <= 19 and int(text) <= MAX_ID):
        raise UserError(say("draft.not-an-id", value=str(carnet_id)[:40]), field="id")
    key = int(text)
    carnet = session.get(Carnet, key)
    if carnet is None:
        raise UserError(say("draft.unknown", draft_id=carnet_id), field="id")
    return carnet


def check_version(carnet: Carnet, expected_version: int | None) -> None:
    if expected_version is not None and carnet.version != expected_version:
        raise ConcurrentEditError(
            say("carnet.changed-since-opened", number=carnet.number or carnet.id), field="version"
        )


def the_association(session: Session) -> Association:
    association = session.execute(select(Association).order_by(Association.id)).scalars().first()
    if association is None:
        raise UserError(say("association.not-set-up"), field="association")
    return association


def home_country(carnet: Carnet) -> str:
    if carnet.registration is not None:  # issued elsewhere: home is the issuing country
        return carnet.registration.issuer_country
    if carnet.issuer_country:  # fixed at issue: later association settings do not apply
        return carnet.issuer_country
    return carnet.association.country if carnet.association else carnet.holder.country


def home_territory(carnet: Carnet, table: CountryTable) -> str:
    return table.territory_of(home_country(carnet))


def destination_of(carnet: Carnet, table: CountryTable, code: str) -> str:
    """The territory a country counts as for this carnet (the French overseas regions still
    need a carnet from France although they are inside the EU customs territory)."""
    return table.destination_territory(code, home_country(carnet))


def voucher_totals(carnet: Carnet) -> dict[VoucherColour, int]:
    totals = {colour: 0 for colour in VoucherColour}
    for voucher_set in carnet.voucher_sets:
        totals[VoucherColour(voucher_set.colour)] += voucher_set.sets
    return totals


def carnet_facts(carnet: Carnet, table: CountryTable) -> CarnetFacts:
    assert carnet.issued_on is not None and carnet.valid_until is not None
    return facts_from_values(
        number=carnet.number or f"draft {carnet.id}",
        issued_on=carnet.issued_on,
        valid_until=carnet.valid_until,
        home=home_country(carnet),
        itinerary=carnet.itinerary,
        uses=carnet.uses,
        pieces={item.item_no: item.pieces for item in carnet.items},
        voucher_sets=voucher_totals(carnet),
        opening_positions=carnet.opening_positions,
        table=table,
        opening_importations=carried_importations(carnet),
        registered_sheets=carnet.registration.sheets if carnet.registration else None,
    )


def facts_from_values(
    *,
    number: str,
    issued_on: date,
    valid_until: date,
    home: str,
    itinerary: Sequence[Mapping[str, object]],
    uses: Sequence[str],
    pieces: Mapping[int, int],
    voucher_sets: Mapping[VoucherColour, int],
    opening_positions: Mapping[str, Mapping[str, int]] | None,
    table: CountryTable,
    opening_importations: tuple[CarriedImportation, ...] = (),
    registered_sheets: Mapping[str, object] | None = None,
) -> CarnetFacts:
    """The ledger's view of a carnet from plain stored values (no ORM object needed).

    ``registered_sheets``: a registered carnet's sheets as typed from its booklet (colour →
    {action: sheets, "counterfoils_only": bool}); sets added since count for both actions.
    """
    visits: set[str] = set()
    transits: set[str] = set()
    for stop in itinerary:
        territory = table.destination_territory(str(stop["country"]), home)
        if stop.get("kind", ItineraryKind.VISIT.value) == ItineraryKind.TRANSIT.value:
            transits.add(territory)
        else:
            visits.add(territory)
    refused: dict[str, str | Message] = {}
    transit_refused: dict[str, str | Message] = {}
    split_forbidden: set[str] = set()
    stay_limits: dict[str, int] = {}
    for territory in visits:
        rule = table.territory_rule(territory)
        limits = [m for use in uses if rule and (m := rule.stay_limit_for(use)) is not None]
        if limits:
            stay_limits[territory] = min(limits)
    for territory in visits | transits:
        rule = table.territory_rule(territory)
        if rule is None:
            continue
        if rule.status is AtaStatus.NOT_ATA:
            refused[territory] = say("ledger.country-outside-ata", name=rule.name)
            transit_refused[territory] = refused[territory]
            continue
        for use in uses:
            if rule.use_acceptance(use) is UseAcceptance.NO:
                refused[territory] = say("ledger.country-refuses-use", name=rule.name, use=use)
        if rule.transit is False:
            transit_refused[territory] = say("ledger.country-refuses-transit", name=rule.name)
        if rule.split_shipments is False:
            split_forbidden.add(territory)
    opening = None
    if opening_positions:
        opening = {int(k): dict(v) for k, v in opening_positions.items()}
    return CarnetFacts(
        number=number,
        issued_on=issued_on,
        valid_until=valid_until,
        home_territory=table.territory_of(home),
        pieces=dict(pieces),
        voucher_sets=dict(voucher_sets),
        visit_territories=frozenset(visits),
        transit_territories=frozenset(transits),
        refused_territories=refused,
        transit_refused=transit_refused,
        split_forbidden=frozenset(split_forbidden),
        opening=opening,
        opening_importations=opening_importations,
        stay_limits=stay_limits,
        **_booklet_sheets(registered_sheets, voucher_sets),
    )


def _booklet_sheets(
    sheets: Mapping[str, object] | None, voucher_sets: Mapping[VoucherColour, int]
) -> dict[str, Any]:
    """The ledger's per-action sheet counts of a registered booklet (nothing for a carnet this
    desk issued: each of its sets holds one sheet of each action)."""
    if not isinstance(sheets, Mapping):
        return {}
    by_action: dict[MovementAction, int] = {}
    counterfoils_only: set[VoucherColour] = set()
    for colour in VoucherColour:
        typed = sheets.get(colour.value)
        typed = typed if isinstance(typed, Mapping) else {}
        if typed.get("counterfoils_only") is True:
            counterfoils_only.add(colour)
        actions = [a for a in MovementAction if a.colour is colour]
        counts = {a: int(typed.get(a.value, 0) or 0) for a in actions}
        added = max(0, voucher_sets.get(colour, 0) - max(counts.values(), default=0))
        for action, count in counts.items():
            by_action[action] = count + added
    return {"sheets_by_action": by_action, "counterfoils_only": frozenset(counterfoils_only)}


def recorded_entries(carnet: Carnet) -> list[Entry]:
    """Every movement and goods event of the carnet as ledger entries, in recording order."""
    entries: list[Entry] = []
    for movement in carnet.movements:
        entries.append(
            Entry(
                seq=movement.seq,
                kind=MovementAction(movement.action),
                on=movement.on,
                territory=movement.territory,
                quantities={line.item_no: line.quantity for line in movement.lines},
                final_date=movement.final_date,
                refers_to=tuple(movement.refers_to or ()),
                voucher_no=movement.voucher_no,
            )
        )
    for event in carnet.goods_events:
        entries.append(
            Entry(
                seq=event.seq,
                kind=GoodsEventKind(event.kind),
                on=event.on,
                territory=event.territory,
                quantities={line.item_no: line.quantity for line in event.lines},
            )
        )
    return entries


def next_seq(carnet: Carnet) -> int:
    seqs = [m.seq for m in carnet.movements] + [e.seq for e in carnet.goods_events]
    return max(seqs, default=0) + 1


def ledger_state(session: Session, carnet: Carnet, on: date | None = None) -> LedgerState:
    """Where the goods are (on a date, or after everything recorded)."""
    table = country_table(session)
    entries = recorded_entries(carnet)
    if on is not None:
        entries = [e for e in entries if e.on <= on]
    state, _ = replay(carnet_facts(carnet, table), entries)
    return state


def refresh_goods_abroad(session: Session, carnet: Carnet) -> None:
    """Keep the denormalised flag the list filters on in step with the ledger."""
    carnet.goods_abroad = ledger_state(session, carnet).goods_abroad()

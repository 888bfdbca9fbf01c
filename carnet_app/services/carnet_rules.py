"""Checks and snapshots shared by the carnet actions: the order of dated actions, the issuing
association fixed at issue, the goods a carnet carries, and the fees of what is sold after
issue (issue 13)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from carnet_app.db.models import Association, Carnet, GoodsEvent, GoodsEventLine
from carnet_app.domain.fees import FeeQuote, after_issue_fees, issue_fees
from carnet_app.domain.json_types import JsonObject, JsonValue
from carnet_app.domain.ledger import CarriedImportation
from carnet_app.domain.ledger_rules import out_of_home_after_takeover
from carnet_app.domain.messages import Joined, Message, say
from carnet_app.domain.types import (
    DISPOSED,
    HOME,
    CarnetStatus,
    GoodsEventKind,
)
from carnet_app.errors import UserError
from carnet_app.services.reference import active_schedule


def dated_actions(carnet: Carnet, *, claims: bool = True) -> list[tuple[date, Message]]:
    """Every dated action recorded on the carnet, with words naming it."""
    found: list[tuple[date, Message]] = []
    for movement in carnet.movements:
        action = say(f"ledger.action.{movement.action}")
        found.append((movement.on, say("dated.movement", action=action, day=movement.on)))
    for event in carnet.goods_events:
        kind = say(f"ledger.event.{event.kind}")
        found.append((event.on, say("dated.goods-event", kind=kind, day=event.on)))
    if carnet.returned_on:
        found.append((carnet.returned_on, say("dated.return", day=carnet.returned_on)))
    if carnet.discharged_on:
        found.append((carnet.discharged_on, say("dated.discharge", day=carnet.discharged_on)))
    if claims:
        for claim in carnet.claims:
            notified = say("dated.claim-notified", claim_id=claim.id, day=claim.notified_on)
            found.append((claim.notified_on, notified))
            if claim.settled_on:
                settled = say("dated.claim-settled", claim_id=claim.id, day=claim.settled_on)
                found.append((claim.settled_on, settled))
    return found


def check_follows_last_action(
    carnet: Carnet, on: date, action: str, *, claims: bool = True
) -> None:
    """A lifecycle action is dated on or after the carnet's last dated action."""
    actions = dated_actions(carnet, claims=claims)
    if not actions:
        return
    last_on, words = max(actions, key=lambda found: found[0])
    if on < last_on:
        raise UserError(
            say("date.before-last-action", action=say(f"transition.{action}"), day=on, last=words),
            field="date",
        )


# -- the issuing association, fixed at issue ---------------------------------------------------


def fix_issuer(carnet: Carnet, association: Association) -> None:
    carnet.issuer_name = association.name
    carnet.issuer_address = association.address
    carnet.issuer_country = association.country
    carnet.issuer_code = association.code
    carnet.issuer_currency = association.currency


def copy_issuer(target: Carnet, source: Carnet) -> None:
    target.issuer_name = source.issuer_name
    target.issuer_address = source.issuer_address
    target.issuer_country = source.issuer_country
    target.issuer_code = source.issuer_code
    target.issuer_currency = source.issuer_currency


def issuer_of(carnet: Carnet) -> dict[str, str]:
    """The issuing association as the carnet shows it: fixed at issue, the current settings
    for a draft, the issuer typed from the cover for a carnet issued elsewhere."""
    association = carnet.association
    registered = carnet.registration
    if registered is not None:
        return {
            "name": registered.issuer_name,
            "address": "",
            "country": registered.issuer_country,
            "code": "",
            "currency": carnet.currency,
        }
    if carnet.issuer_country:
        return {
            "name": carnet.issuer_name or "",
            "address": carnet.issuer_address or "",
            "country": carnet.issuer_country,
            "code": carnet.issuer_code or "",
            "currency": carnet.issuer_currency or "",
        }
    return {
        "name": association.name if association else "",
        "address": association.address if association else "",
        "country": association.country if association else "",
        "code": association.code if association else "",
        "currency": association.currency if association else "",
    }


# -- goods a carnet carries -------------------------------------------------------------------


def goods_carried_refusal(carnet: Carnet) -> Message | None:
    """Why a duplicate or replacement that took over goods outside the home territory cannot be
    cancelled (those goods would be abroad under no carnet), or None."""
    carried = [
        say("cancel.carried-item", item_no=item_no, count=quantity, place=place)
        for item_no, places in sorted((carnet.opening_positions or {}).items(), key=_by_item)
        for place, quantity in sorted(places.items())
        if quantity and place not in (HOME, DISPOSED)
    ]
    if not carried:
        return None
    return say(
        "cancel.carries-goods",
        kind=say(f"carnet-kind.{carnet.kind}"),
        number=carnet.number or carnet.id,
        original=carnet.follows.number if carnet.follows else say("cancel.the-original"),
        goods=Joined(tuple(carried[:3]), more=len(carried) > 3),
    )


def _by_item(pair: tuple[str, Any]) -> int:
    return int(pair[0])


def take_over_goods(
    original: Carnet,
    *,
    seq: int,
    on: date,
    country: str,
    territory: str,
    taken: Mapping[int, int],
    positions: Mapping[int, Mapping[str, int]],
    replaced: CarnetStatus,
    document: str,
    remarks: str,
    user: str,
) -> None:
    """The goods a replacement carnet takes over (item → pieces in ``territory``) leave the
    original's ledger ("replaced"); the original is ``replaced`` unless pieces stay out of the
    home territory under it."""
    event = GoodsEvent(
        seq=seq,
        kind=GoodsEventKind.REPLACED.value,
        on=on,
        country=country.upper(),
        territory=territory,
        document=document,
        remarks=remarks,
        recorded_at=datetime.now(UTC),
        recorded_by=user,
    )
    event.lines = [GoodsEventLine(item_no=n, quantity=q) for n, q in sorted(taken.items())]
    original.goods_events.append(event)
    if not out_of_home_after_takeover(positions, taken, territory):
        original.status = replaced.value  # else still in use for the goods left under it


def carried_importations(carnet: Carnet) -> tuple[CarriedImportation, ...]:
    return carried_from_rows(carnet.opening_importations)


def carried_from_rows(
    rows: Sequence[Mapping[str, JsonValue]] | None,
) -> tuple[CarriedImportation, ...]:
    """The importations a duplicate carries, from their stored rows."""
    stored: Sequence[Mapping[str, Any]] = rows or []  # written by importations_to_carry
    return tuple(
        CarriedImportation(
            voucher_no=int(row["voucher"]),
            territory=str(row["territory"]),
            final_date=date.fromisoformat(row["final_date"]) if row.get("final_date") else None,
            quantities={int(k): int(v) for k, v in row["items"].items()},
        )
        for row in stored
    )


def importations_to_carry(
    open_importations: Mapping[int, tuple[str, date | None, Mapping[int, int]]],
    positions: Mapping[int, Mapping[str, int]],
) -> list[JsonObject]:
    """The importations still open when a duplicate takes over (what is still there of each)."""
    rows: list[JsonObject] = []
    for voucher_no, (territory, final, quantities) in sorted(
        open_importations.items(), key=lambda row: abs(row[0])
    ):
        still = {
            item_no: min(quantity, positions.get(item_no, {}).get(territory, 0))
            for item_no, quantity in quantities.items()
        }
        still = {item_no: q for item_no, q in still.items() if q > 0}
        if still:
            rows.append(
                {
                    "voucher": abs(voucher_no),
                    "territory": territory,
                    "final_date": final.isoformat() if final else None,
                    "items": {str(k): v for k, v in sorted(still.items())},
                }
            )
    return rows


# -- fees for what is sold after issue --------------------------------------------------------


def fees_for_sets_added(session: Session, carnet: Carnet, sets: int) -> FeeQuote:
    return after_issue_fees(active_schedule(session).fees, carnet.currency, voucher_sets=sets)


def fees_for_reissue(session: Session, carnet: Carnet) -> FeeQuote:
    """A duplicate or replacement is charged as a carnet of the goods and sets it carries."""
    return issue_fees(
        active_schedule(session).fees,
        carnet.currency,
        total_value=sum((item.value for item in carnet.items), Decimal(0)),
        item_count=len(carnet.items),
        voucher_sets=sum(voucher_set.sets for voucher_set in carnet.voucher_sets),
        member=carnet.member,
    )

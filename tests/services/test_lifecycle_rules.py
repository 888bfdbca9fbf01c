"""Issue 13: what real carnets do that the desk accepted wrongly (lifecycle, ledger, claims,
duplicates, replacements, fees), each rule against a real database."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from carnet_app.db.uow import Database
from carnet_app.domain.types import MovementAction as A
from carnet_app.errors import ConfirmationRequired, UserError
from carnet_app.services import carnets, claims, movements, reissue, views
from carnet_app.services.movements import StampRequest
from tests.services.conftest import TODAY, issue_sample
from tests.show_json import show_json

ISSUED = date(2026, 3, 2)  # the film-shoot carnet: valid until 2027-03-01, CH and NO visits


def stamp(
    database: Database,
    number: str,
    action: A,
    on: date,
    country: str | None = None,
    items: str = "",
    *,
    confirm: bool = False,
    **kw: Any,
) -> dict[str, Any]:
    with database.write() as session:
        movement = movements.record_stamp(
            session,
            number,
            StampRequest(action=action, on=on, country=country, items=items, **kw),
            confirm=confirm,
            user="clerk",
            today=TODAY,
        ).movement
        return {"refers_to": list(movement.refers_to), "voucher": movement.voucher_no}


def show(database: Database, number: str) -> dict[str, Any]:
    with database.read() as session:
        return show_json(session, number)


def into_ch(database: Database, number: str, *, final: date | None = None) -> None:
    stamp(database, number, A.EXPORTATION, date(2026, 3, 10))
    stamp(database, number, A.IMPORTATION, date(2026, 3, 10), "CH", final_date=final)


def duplicate(database: Database, number: str, on: date = date(2026, 4, 1)) -> str:
    with database.write() as session:
        copy = reissue.duplicate(session, number, on=on, user="c", today=TODAY)
        assert copy.number is not None
        return copy.number


# -- 1. cancel only what no movement touched --------------------------------------------------


def test_a_duplicate_carrying_goods_abroad_cannot_be_cancelled(database: Database) -> None:
    number = issue_sample(database)
    into_ch(database, number)
    copy = duplicate(database, number)
    with pytest.raises(UserError, match=r"cancel refused: carnet .*-D1 is active — goods travel"):
        with database.write() as session:
            carnets.cancel(session, copy, user="c", today=TODAY)
    assert show(database, copy)["status"] == "active"  # carrying goods abroad: in use


def test_an_unused_carnet_and_a_draft_can_still_be_cancelled(database: Database) -> None:
    number = issue_sample(database)
    with database.write() as session:
        assert carnets.cancel(session, number, user="c", today=TODAY).status == "cancelled"


# -- 2. stamps found at check-in ----------------------------------------------------------------


def test_a_returned_carnet_takes_stamps_dated_up_to_its_return(database: Database) -> None:
    number = issue_sample(database)
    into_ch(database, number)
    with database.write() as session:
        carnets.return_carnet(session, number, on=date(2026, 5, 1), user="c", today=TODAY)
    with pytest.raises(UserError, match="returned to the chamber on 2026-05-01"):
        stamp(database, number, A.RE_EXPORTATION, date(2026, 5, 2), "CH")
    stamp(database, number, A.RE_EXPORTATION, date(2026, 4, 28), "CH")
    stamp(database, number, A.RE_IMPORTATION, date(2026, 4, 29))
    shown = show(database, number)
    assert shown["status"] == "returned"
    assert all(item["where"] == {"home": item["pieces"]} for item in shown["items"])
    with database.write() as session:
        assert (
            carnets.discharge(session, number, on=date(2026, 5, 3), user="c", today=TODAY).status
            == "discharged"
        )


def test_proof_of_re_exportation_settles_the_claim_moves_the_goods_and_allows_discharge(
    database: Database,
) -> None:
    number = issue_sample(database)
    into_ch(database, number)
    with database.write() as session:
        carnets.return_carnet(session, number, on=date(2026, 5, 1), user="c", today=TODAY)
    with database.write() as session:
        claim_id = claims.open_claim(
            session,
            number,
            country="CH",
            notified_on=date(2026, 6, 1),
            amount=Decimal("1250.00"),
            user="c",
            today=TODAY,
        ).claim.id
    with pytest.raises(UserError, match="discharge refused"), database.write() as session:
        carnets.discharge(session, number, on=date(2026, 6, 2), user="c", today=TODAY)
    with database.write() as session:
        claim = claims.settle_claim(
            session,
            claim_id,
            on=date(2026, 7, 1),
            proof="re-exportation counterfoil, Genève 2026-04-30",
            paid=None,
            reexported_on=date(2026, 4, 30),
            user="c",
            today=TODAY,
        ).claim
        assert claim.status == "settled-proof"
    shown = show(database, number)
    assert shown["events"][-1]["kind"] == "re-exported"  # proven, no voucher of the carnet
    assert all("CH" not in item["where"] for item in shown["items"])
    with database.write() as session:
        carnets.discharge(session, number, on=date(2026, 7, 2), user="c", today=TODAY)
    assert show(database, number)["status"] == "discharged"


# -- 3. the issuing association is fixed at issue -----------------------------------------------


def test_later_association_settings_apply_to_new_carnets_only(database: Database) -> None:
    number = issue_sample(database)
    with database.write() as session:
        carnets.set_association(
            session,
            name="CCI Lyon Métropole Saint-Étienne Roanne",
            country="FR",
            currency="EUR",
            code="LY",
            address="Place de la Bourse, Lyon",
            user="admin",
        )
    assert show(database, number)["association"]["name"] == "CCI Lyon"
    later = issue_sample(database)
    assert show(database, later)["association"]["name"].startswith("CCI Lyon Métropole")


@pytest.mark.parametrize(
    ("country", "code", "field"), [("CH", "LY", "country"), ("FR", "ZH", "code")]
)
def test_country_or_code_cannot_change_once_carnets_exist(
    database: Database, country: str, code: str, field: str
) -> None:
    number = issue_sample(database)
    with pytest.raises(UserError, match="cannot change") as refused, database.write() as session:
        carnets.set_association(
            session, name="Handelskammer", country=country, currency="CHF", code=code, user="a"
        )
    assert refused.value.field == field
    into_ch(database, number)  # still FR's carnet: CH is abroad
    assert show(database, number)["association"]["country"] == "FR"


# -- 7. no carnet already expired at issue ------------------------------------------------------


def test_a_carnet_already_expired_at_its_issue_date_is_refused(database: Database) -> None:
    with pytest.raises(UserError, match="valid until 2025-12-31, already past"):
        issue_sample(database, on=date(2025, 1, 1), today=date(2026, 5, 1))
    assert issue_sample(database, on=date(2025, 6, 1), today=date(2026, 5, 1)).endswith("1")


# -- 14. every dated action follows the last one ------------------------------------------------


def test_return_and_discharge_follow_the_last_dated_action(database: Database) -> None:
    number = issue_sample(database)
    stamp(database, number, A.EXPORTATION, date(2026, 3, 10))
    stamp(database, number, A.RE_IMPORTATION, date(2026, 3, 20))
    with pytest.raises(UserError, match="before the re-importation of 2026-03-20"):
        with database.write() as session:
            carnets.return_carnet(session, number, on=date(2026, 3, 15), user="c", today=TODAY)
    with database.write() as session:
        carnets.return_carnet(session, number, on=date(2026, 3, 25), user="c", today=TODAY)
    with pytest.raises(UserError, match="before the return of 2026-03-25"):
        with database.write() as session:
            carnets.discharge(session, number, on=date(2026, 3, 24), user="c", today=TODAY)


# -- 10. late re-importation is confirmed like late re-exportation ------------------------------


def test_re_importation_after_the_exportation_final_date_needs_confirmation(
    database: Database,
) -> None:
    number = issue_sample(database)
    stamp(database, number, A.EXPORTATION, date(2026, 3, 10), final_date=date(2026, 4, 10))
    with pytest.raises(ConfirmationRequired, match="after the final date 2026-04-10"):
        stamp(database, number, A.RE_IMPORTATION, date(2026, 4, 11))
    stamp(database, number, A.RE_IMPORTATION, date(2026, 4, 11), confirm=True)
    assert "box H b" in show(database, number)["irregularities"][0]["message"]


def test_re_importation_after_expiry_needs_confirmation(database: Database) -> None:
    number = issue_sample(database, on=date(2025, 11, 1), today=date(2025, 11, 1))
    stamp(database, number, A.EXPORTATION, date(2025, 11, 10))
    with pytest.raises(ConfirmationRequired, match="after the carnet expired on 2026-10-31"):
        stamp(database, number, A.RE_IMPORTATION, date(2026, 11, 20))


# -- 13. refers-to a voucher that never carried the items ---------------------------------------


def test_refers_to_an_importation_that_never_carried_the_items_is_refused(
    database: Database,
) -> None:
    number = issue_sample(database)
    stamp(database, number, A.EXPORTATION, date(2026, 3, 10))
    stamp(database, number, A.IMPORTATION, date(2026, 3, 10), "CH", items="1-2")
    stamp(database, number, A.IMPORTATION, date(2026, 3, 11), "CH", items="3-4")
    with pytest.raises(UserError, match="importation voucher 2 never carried item"):
        stamp(database, number, A.RE_EXPORTATION, date(2026, 3, 20), "CH", "1", refers_to=(2,))
    with pytest.raises(UserError, match="importation voucher 1 did not carry item 3"):
        stamp(database, number, A.RE_EXPORTATION, date(2026, 3, 20), "CH", "1,3", refers_to=(1,))
    done = stamp(database, number, A.RE_EXPORTATION, date(2026, 3, 20), "CH", "1", refers_to=(1,))
    assert done["refers_to"] == [1]


# -- --items omitted on an importation --------------------------------------------------------


def test_an_importation_without_items_takes_the_goods_en_route_only(database: Database) -> None:
    number = issue_sample(database)
    stamp(database, number, A.EXPORTATION, date(2026, 3, 10), items="1-3")
    stamp(database, number, A.IMPORTATION, date(2026, 3, 11), "CH")
    where = {i["item_no"]: i["where"] for i in show(database, number)["items"]}
    assert where[1] == where[3] == {"CH": 1}
    assert where[4] == {"home": 1}


def test_an_importation_without_items_and_nothing_en_route_is_refused(database: Database) -> None:
    """Nothing exported: the importation no longer proposes the whole list from home behind a
    confirmation; it is refused, saying where the goods are and how to name them."""
    number = issue_sample(database)
    with database.read() as session:
        before = show_json(session, number)
    with pytest.raises(UserError) as refused:
        stamp(database, number, A.IMPORTATION, date(2026, 3, 11), "CH", confirm=True)
    message = refused.value.message
    assert "no goods are en route" in message and "at home" in message
    assert "--items" in message and "\n" not in message
    assert show(database, number) == before
    stamp(database, number, A.IMPORTATION, date(2026, 3, 11), "CH", "1-2", confirm=True)
    where = {i["item_no"]: i["where"] for i in show(database, number)["items"]}
    assert where[1] == {"CH": 1} and where[3] == {"home": 1}


# -- 12. claims ---------------------------------------------------------------------------------


def _open_claim(database: Database, number: str, country: str = "CH", **kw: Any) -> int:
    with database.write() as session:
        return claims.open_claim(
            session,
            number,
            country=country,
            notified_on=date(2026, 6, 1),
            amount=Decimal("10.00"),
            user="c",
            today=TODAY,
            **kw,
        ).claim.id


def test_a_claim_from_the_home_customs_territory_is_refused(database: Database) -> None:
    number = issue_sample(database)
    with pytest.raises(UserError, match="home customs territory"):
        _open_claim(database, number, "DE")


def test_the_claim_keeps_the_foreign_customs_currency(database: Database) -> None:
    number = issue_sample(database)
    _open_claim(database, number, currency="CHF")
    claim = show(database, number)["claims"][0]
    assert (claim["amount"], claim["currency"]) == (Decimal("10.00"), "CHF")


def test_paying_more_than_the_claim_needs_confirmation(database: Database) -> None:
    number = issue_sample(database)
    claim_id = _open_claim(database, number)
    settle = {"on": date(2026, 7, 1), "proof": None, "user": "c", "today": TODAY}
    with pytest.raises(
        ConfirmationRequired, match=r"999999\.00 EUR is more than the claim of 10\.00"
    ):
        with database.write() as session:
            claims.settle_claim(session, claim_id, paid=Decimal("999999"), **settle)  # type: ignore[arg-type]
    with database.write() as session:
        claim = claims.settle_claim(
            session,
            claim_id,
            paid=Decimal("12.50"),
            confirm=True,
            **settle,  # type: ignore[arg-type]
        ).claim
        assert claim.paid == Decimal("12.50")
    with database.read() as session:
        said = views.audit_entries(session, number)[-1].summary
    # the history names the payment's currency, in each language
    assert said.text("en").endswith("by payment of 12.50 EUR")
    assert said.text("fr").endswith("par un paiement de 12,50\u00a0EUR") or said.text(
        "fr"
    ).endswith("par un paiement de 12,50 EUR")


# -- 8. duplicates carry final dates and voucher references ------------------------------------


def test_a_duplicate_carries_the_open_importations_and_their_final_dates(
    database: Database,
) -> None:
    number = issue_sample(database)
    into_ch(database, number, final=date(2026, 9, 10))
    copy = duplicate(database, number)
    carried = show(database, copy)["carried_importations"]
    assert carried[0]["voucher"] == 1 and carried[0]["final_date"] == "2026-09-10"
    with pytest.raises(ConfirmationRequired, match="after the final date 2026-09-10"):
        stamp(database, copy, A.RE_EXPORTATION, date(2026, 9, 20), "CH")
    done = stamp(database, copy, A.RE_EXPORTATION, date(2026, 9, 1), "CH")
    assert done["refers_to"] == [-1]  # importation voucher 1 of the original carnet


def test_a_duplicate_of_a_duplicate_is_d2(database: Database) -> None:
    number = issue_sample(database)
    into_ch(database, number)
    first = duplicate(database, number)
    second = duplicate(database, first, on=date(2026, 5, 1))
    assert (first, second) == (f"{number}-D1", f"{number}-D2")
    assert show(database, second)["items"][0]["where"] == {"CH": 1}


# -- 9. replacement -----------------------------------------------------------------------------


def _replace(database: Database, number: str, on: date, **kw: Any) -> str:
    with database.write() as session:
        new = reissue.replace(session, number, country="CH", on=on, user="c", today=TODAY, **kw)
        assert new.number is not None
        return new.number


def test_a_replacement_after_expiry_needs_the_consent_and_a_confirmation(
    database: Database,
) -> None:
    number = issue_sample(database, on=date(2025, 11, 1), today=date(2025, 11, 1))
    stamp(database, number, A.EXPORTATION, date(2025, 11, 10))
    stamp(database, number, A.IMPORTATION, date(2025, 11, 10), "CH")
    with pytest.raises(UserError, match="--consent"):
        _replace(database, number, date(2026, 11, 20))
    with pytest.raises(ConfirmationRequired, match=r"after carnet .* expired on 2026-10-31"):
        _replace(database, number, date(2026, 11, 20), consent="OFDF 2026/4411")
    new = _replace(database, number, date(2026, 11, 20), consent="OFDF 2026/4411", confirm=True)
    assert show(database, new)["replacement_consent"] == "OFDF 2026/4411"


def test_a_replacement_is_charged_and_secured_for_the_goods_it_carries(
    database: Database,
) -> None:
    number = issue_sample(database)
    into_ch(database, number)
    stamp(database, number, A.RE_EXPORTATION, date(2026, 4, 1), "CH", items="2-20")
    stamp(database, number, A.RE_IMPORTATION, date(2026, 4, 2), items="2-20")
    new = _replace(database, number, date(2026, 11, 1))
    replacement, original = show(database, new), show(database, number)
    assert replacement["total_value"] == Decimal("62000.00")
    # percentage example schedule: 40 % of the goods carried, not the original's security
    assert replacement["security"] == Decimal("24800.00") != original["security"]
    assert replacement["fees"] and replacement["fees"] > 0
    assert original["items"][0]["where"] == {"transferred": 1}
    assert original["items"][0]["transferred_to"] == {new: 1}
    assert original["events"][0]["transferred_to"] == new


# -- 11. fees after issue -----------------------------------------------------------------------


def test_sets_added_after_issue_and_duplicates_are_charged_from_the_schedule(
    database: Database,
) -> None:
    number = issue_sample(database)
    with database.write() as session:
        carnets.add_vouchers(session, number, colour="yellow", sets=1, user="c", today=TODAY)
    fees = show(database, number)["fees_after_issue"]
    assert [(f["what"], f["amount"]) for f in fees] == [
        ("1 voucher set (yellow) added", Decimal("75.00"))  # 20 a set, 75 minimum
    ]
    into_ch(database, number)
    copy = duplicate(database, number)
    assert show(database, copy)["fees"] > 0


# -- show: vouchers left by action ------------------------------------------------------------


def test_vouchers_left_are_given_by_action(database: Database) -> None:
    number = issue_sample(database)
    into_ch(database, number)
    vouchers = show(database, number)["vouchers"]
    assert vouchers["white"]["left_by_action"] == {"importation": 1, "re-exportation": 2}
    assert vouchers["yellow"]["left_by_action"] == {"exportation": 0, "re-importation": 1}
    assert vouchers["blue"]["left_by_action"].keys() == {"transit-in", "transit-out"}


# -- messages -----------------------------------------------------------------------------------


def test_refusals_do_not_stutter(database: Database) -> None:
    number = issue_sample(database)
    stamp(database, number, A.EXPORTATION, date(2026, 3, 10))
    with pytest.raises(UserError) as late:
        stamp(database, number, A.EXPORTATION, date(2026, 3, 5), items="2")
    assert not late.value.message.startswith("refused")
    stamp(database, number, A.RE_IMPORTATION, date(2026, 3, 20))
    with database.write() as session:
        carnets.return_carnet(session, number, on=date(2026, 3, 21), user="c", today=TODAY)
        carnets.discharge(session, number, on=date(2026, 3, 22), user="c", today=TODAY)
    with pytest.raises(UserError) as again, database.write() as session:
        carnets.discharge(session, number, on=date(2026, 3, 23), user="c", today=TODAY)
    assert "discharged — it is discharged" not in again.value.message


def test_a_duplicate_keeps_the_final_date_alert_of_the_importation_it_carries(
    database: Database,
) -> None:
    from carnet_app.services import deadlines

    number = issue_sample(database)
    stamp(database, number, A.EXPORTATION, date(2026, 11, 20))
    stamp(database, number, A.IMPORTATION, date(2026, 11, 20), "CH", final_date=date(2026, 12, 2))
    copy = duplicate(database, number, on=date(2026, 11, 21))
    with database.read() as session:
        found = deadlines.alerts(session, today=TODAY, within_days=10)
    assert [(a.carnet, a.kind.value, a.due) for a in found] == [
        (copy, "final-date", date(2026, 12, 2))
    ]
    assert "of the original carnet" in str(found[0].message)

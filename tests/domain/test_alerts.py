from datetime import date

from carnet_app.domain.alerts import (
    AlertKind,
    CarnetDeadlineFacts,
    OpenClaim,
    OpenFinalDate,
    Urgency,
    carnet_alerts,
    due_within,
)
from carnet_app.domain.types import CarnetStatus

TODAY = date(2026, 11, 27)


def test_final_date_near_shows_this_week() -> None:
    facts = CarnetDeadlineFacts(
        number="FR/P/1",
        status=CarnetStatus.ACTIVE,
        valid_until=date(2027, 3, 1),
        goods_abroad=True,
        open_final_dates=(OpenFinalDate("CH", date(2026, 12, 1), "importation voucher 1", 3),),
    )
    found = due_within(carnet_alerts(facts, today=TODAY), today=TODAY, within_days=30)
    assert [(a.kind, a.urgency) for a in found] == [(AlertKind.FINAL_DATE, Urgency.THIS_WEEK)]
    assert "3 pieces must leave CH by 2026-12-01" in str(found[0].message)


def test_expired_with_goods_abroad_is_overdue_three_ways() -> None:
    facts = CarnetDeadlineFacts(
        number="FR/P/2",
        status=CarnetStatus.ACTIVE,
        valid_until=date(2026, 11, 1),
        goods_abroad=True,
    )
    kinds = {a.kind: a.urgency for a in carnet_alerts(facts, today=TODAY)}
    assert kinds == {
        AlertKind.EXPIRY: Urgency.OVERDUE,
        AlertKind.REPLACEMENT_WINDOW: Urgency.OVERDUE,
        AlertKind.NOT_RETURNED: Urgency.OVERDUE,
    }


def test_claim_proof_and_security_release() -> None:
    claim = CarnetDeadlineFacts(
        number="FR/P/3",
        status=CarnetStatus.RETURNED,
        valid_until=date(2026, 5, 1),
        goods_abroad=False,
        open_claims=(OpenClaim(7, "CH", date(2026, 12, 20)),),
    )
    assert [a.kind for a in carnet_alerts(claim, today=TODAY)] == [AlertKind.CLAIM_PROOF]
    released = CarnetDeadlineFacts(
        number="FR/P/4",
        status=CarnetStatus.DISCHARGED,
        valid_until=date(2025, 10, 1),
        goods_abroad=False,
    )
    alerts = carnet_alerts(released, today=TODAY)
    # held for 12 + 6 + 3 months after expiry; a notice, never "overdue"
    assert [(a.kind, a.due) for a in alerts] == [(AlertKind.SECURITY_RELEASE, date(2027, 7, 2))]
    assert alerts[0].urgency is Urgency.NOTICE


def test_an_alert_is_a_code_said_in_the_readers_language() -> None:
    from carnet_app.domain.messages import say
    from carnet_app.domain.stored_messages import message_from_json, message_to_json

    voucher = say("alert.voucher-original-importation", no=2)
    facts = CarnetDeadlineFacts(
        number="FR1",
        status=CarnetStatus.ACTIVE,
        valid_until=date(2027, 3, 1),
        goods_abroad=True,
        open_final_dates=(OpenFinalDate("CH", date(2026, 12, 1), voucher, 1),),
    )
    final = next(a for a in carnet_alerts(facts, today=TODAY) if a.kind is AlertKind.FINAL_DATE)
    assert final.message.code == "alert.final-date"  # type: ignore[union-attr]
    assert str(final.message) == (
        "1 piece must leave CH by 2026-12-01 (importation voucher 2 of the original carnet)"
    )
    assert final.message.text("fr") == (  # type: ignore[union-attr]
        "1 pièce doit quitter CH au plus tard le 01/12/2026 "
        "(volet d'importation 2 du carnet d'origine)"
    )
    stored = message_to_json(final.message)  # type: ignore[arg-type]
    assert message_from_json(stored) == final.message
    assert message_from_json("carnet expires on 2027-03-01") == "carnet expires on 2027-03-01"
    assert message_from_json('{"code": "no.such", "params": {}}') == (
        '{"code": "no.such", "params": {}}'
    )

"""The wizard's form becomes an ``Application`` directly (no ``apply`` document written and read
back), and it is the same application, or the same refusal, as that document gave: the former
round trip is kept here as the oracle, and hypothesis feeds both forms that are right, forms
with bad fields, and goods with headings and amounts the currency cannot hold."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from carnet_app.domain.application import Application, parse_application
from carnet_app.domain.types import GoodsLine
from carnet_app.errors import UserError
from carnet_app.services.draft_forms import DraftForm, StopForm, application_of
from tests.examples import examples


def _former_document(form: DraftForm, currency: str, goods: Sequence[GoodsLine]) -> dict[str, Any]:
    """The ``apply`` document the form used to be written as (draft_forms._document)."""
    document: dict[str, Any] = {
        "holder": {
            "name": form.holder_name,
            "address": form.holder_address,
            "country": form.holder_country,
            "kind": form.holder_kind,
        },
        "representatives": [r for r in (r.strip() for r in form.representatives) if r],
        "uses": list(form.uses),
        "use_description": form.use_description,
        "event": form.event.strip() or None,
        "currency": currency,
        "format": form.carnet_format,
        "itinerary": [
            {"country": stop.country, "kind": stop.kind, "times": stop.times}
            for stop in form.itinerary
        ],
        "trips": form.trips,
        "member": form.member,
        "goods": [entry for line in goods for entry in _former_entries(line, form.weight_unit)],
    }
    if form.vehicles:
        document["flags"] = ["vehicle"]
    if form.departure is not None:
        document["departure"] = form.departure.isoformat()
    if form.security_form:
        document["security_form"] = form.security_form
    return document


def _former_entries(line: GoodsLine, weight_unit: str) -> list[dict[str, Any]]:
    headings = [part.strip() for part in line.heading.split("\n") if part.strip()]
    entries: list[dict[str, Any]] = [{"heading": text} for text in headings]
    entries.append(
        {
            "description": line.description,
            "pieces": line.pieces,
            "weight": format(line.weight, "f") if line.weight is not None else None,
            "weight_unit": weight_unit,
            "value": format(line.value, "f"),
            "origin": line.origin,
            "marks": line.marks,
        }
    )
    return entries


def _outcome(read: Any) -> Application | tuple[str, str]:
    try:
        application: Application = read()
    except UserError as exc:
        field = exc.field or ""
        # a goods entry is numbered among the headings in the document, among lines in the form
        return (
            getattr(exc.said, "code", exc.message),
            "goods" if field.startswith("goods[") else field,
        )
    return application


def _mostly(right: list[Any], wrong: list[Any]) -> st.SearchStrategy[Any]:
    """Right values nine times in ten: the checks further down the form are reached too."""
    return st.sampled_from(right * 3 * max(1, len(wrong)) + wrong)


texts = _mostly(["Acme SA", "  Rue 1\nGenève ", "ü\tx"], ["", " ", "x" * 301, "bad\x01"])
countries = _mostly(["CH", "ch ", "FR", "US"], ["", "C1", "CHE"])
amounts = _mostly(
    [Decimal("1"), Decimal("10.25"), Decimal("0.5")],
    [Decimal("3.125"), Decimal("0"), Decimal(10) ** 12],
)
weights = st.none() | _mostly([Decimal("0"), Decimal("1.5")], [Decimal("2.0005")])
headings = _mostly(["", "CASE 1", "CASE 1\n  \nCAMERA KIT"], ["y" * 201, "tab\x02"])
lines = st.builds(
    GoodsLine,
    item_no=st.integers(1, 5),
    description=texts,
    pieces=_mostly([1, 2], [0]),
    value=amounts,
    origin=countries,
    weight=weights,
    weight_unit=st.sampled_from(["kg", "lb"]),
    marks=texts,
    heading=headings,
)
stops = st.builds(
    StopForm,
    country=countries,
    kind=_mostly(["visit", "transit"], ["stay"]),
    times=_mostly([1, 2], [0, 120]),
)
forms = st.builds(
    DraftForm,
    holder_name=texts,
    holder_address=texts,
    holder_country=countries,
    representatives=st.lists(texts, max_size=2).map(tuple),
    uses=_mostly([True], [False]).flatmap(
        lambda some: (
            st.lists(_mostly(["PE", "cs", "EF"], ["P-E", ""]), min_size=1, max_size=2).map(tuple)
            if some
            else st.just(())
        )
    ),
    use_description=texts,
    event=texts,
    itinerary=st.lists(stops, max_size=3).map(tuple),
    trips=_mostly([1, 3], [0, 120]),
    carnet_format=_mostly(["paper", "digital", "both"], ["scroll"]),
    departure=st.none() | st.just(date(2026, 12, 1)),
    member=st.booleans(),
    security_form=_mostly(["", "deposit"], ["z" * 41]),
    weight_unit=_mostly(["kg", "lb"], ["tonnes-too-long"]),
    holder_kind=_mostly(["company", "individual"], ["club"]),
    vehicles=st.booleans(),
)


@settings(max_examples=examples(400), deadline=None)
@given(
    form=forms,
    currency=_mostly(["EUR", "CHF", "JPY", "eur"], ["EU"]),
    goods=st.lists(lines, max_size=3),
)
def test_the_form_reads_as_the_document_it_used_to_be_written_as(
    form: DraftForm, currency: str, goods: list[GoodsLine]
) -> None:
    direct = _outcome(lambda: application_of(form, currency, goods))
    former = _outcome(lambda: parse_application(_former_document(form, currency, goods)))
    assert direct == former


def test_a_right_form_gives_its_application_headings_and_all() -> None:
    form = DraftForm(
        holder_name=" Acme SA ",
        holder_country="ch",
        uses=("pe",),
        itinerary=(StopForm("fr", "visit", 2),),
        weight_unit="lb",
        vehicles=True,
        holder_kind="individual",
    )
    line = GoodsLine(
        9, "Camera", 2, Decimal("1200.50"), "JP", Decimal("3.5"), "kg", "", "CASE 1\nKIT"
    )
    application = application_of(form, "EUR", [line])
    assert application.holder.name == "Acme SA"
    assert application.holder.country == "CH"
    assert application.uses == ("PE",)
    assert application.itinerary[0].country == "FR"
    assert application.goods == (
        GoodsLine(
            1, "Camera", 2, Decimal("1200.50"), "JP", Decimal("3.5"), "lb", "", "CASE 1\nKIT"
        ),
    )
    assert application.extra == {"holder_kind": "individual", "flags": ["vehicle"]}

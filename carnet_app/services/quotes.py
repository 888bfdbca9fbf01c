"""Quote an application with the administrator's country table and active schedule."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from carnet_app.domain.application import Application
from carnet_app.domain.quote import Quote, quote_application
from carnet_app.domain.types import GoodsLine
from carnet_app.services.reference import active_schedule, country_table


def quote_for_application(
    session: Session, application: Application, *, home_country: str, today: date
) -> Quote:
    """Voucher plan, security, fees, carnet format, warnings and refusals for an application
    issued by an association of ``home_country``. Reads only; never commits."""
    return quote_application(
        application,
        home_country,
        country_table(session),
        active_schedule(session),
        today,
        continuation_sheets=printed_continuation_sheets(application.goods, application.currency),
    )


def printed_continuation_sheets(goods: Sequence[GoodsLine], currency: str) -> int:
    """The continuation sheets the general list takes once printed (long descriptions wrap
    onto several rows): what is charged is what is printed."""
    if not goods:
        return 0
    from carnet_app import pdf  # the PDF layer loads when a quote needs it, not at start

    return pdf.continuation_sheets_needed(goods, currency)  # headings print as rows too

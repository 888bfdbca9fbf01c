"""Quote an application with the administrator's country table and active schedule."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from carnet_app.domain.application import Application
from carnet_app.domain.quote import Quote, quote_application
from carnet_app.services.reference import active_schedule, country_table


def quote_for_application(
    session: Session, application: Application, *, home_country: str, today: date
) -> Quote:
    """Voucher plan, security, fees, carnet format, warnings and refusals for an application
    issued by an association of ``home_country``. Reads only; never commits."""
    return quote_application(
        application, home_country, country_table(session), active_schedule(session), today
    )

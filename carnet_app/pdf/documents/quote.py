"""Security and fee quote for the applicant, before the carnet is issued."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from carnet_app.pdf.bindings import use_labels
from carnet_app.pdf.documents.base import (
    build,
    iso,
    key_values,
    money,
    para,
    party_block,
    table,
)
from carnet_app.pdf.documents.records import SecurityQuote
from carnet_app.pdf.units import MM

WIDTH = 170 * MM


def render_security_quote(quote: SecurityQuote) -> bytes:
    """A4 PDF: the applicant, the carnet asked for, the security per country (the highest one
    applies), the fees with their total, and what the applicant pays and lodges."""
    currency = quote.currency
    labels = use_labels()
    story: list[Flowable] = [
        party_block(quote.applicant),
        Spacer(1, 6 * MM),
        para(f"Security and fee quote {quote.reference}", "title"),
        key_values(
            [
                ("Date of quote", iso(quote.quoted_on)),
                ("Quote valid until", iso(quote.valid_until)),
                ("Intended use", ", ".join(labels.get(u, (u, ""))[0] for u in quote.uses)),
                ("Countries", ", ".join(f"{c.name} ({c.code})" for c in quote.countries)),
                (
                    "Voucher sets",
                    f"yellow {quote.voucher_sets.yellow}, white {quote.voucher_sets.white}, "
                    f"blue {quote.voucher_sets.blue}",
                ),
                ("General list value", money(quote.general_list_value, currency)),
            ],
            WIDTH,
        ),
        para("Security", "heading"),
    ]
    if quote.security_lines:
        rows: list[list[str]] = [["Country", "Use", "Rate", "Basis", "Security"]]
        rows += [
            [
                f"{line.country.name} ({line.country.code})",
                line.use,
                line.rate,
                line.basis,
                money(line.amount, currency),
            ]
            for line in quote.security_lines
        ]
        story.append(table(rows, (45 * MM, 22 * MM, 20 * MM, 45 * MM, 38 * MM), right_columns=(4,)))
    story.append(
        para(
            f"Security to lodge (the highest amount): {money(quote.security_amount, currency)}",
            "heading",
        )
    )
    if quote.security_forms:
        story.append(para(f"Accepted forms of security: {quote.security_forms}"))
    story.append(para("Fees", "heading"))
    fee_rows: list[list[str]] = [["Fee", "Amount"]]
    fee_rows += [[line.label, money(line.amount, currency)] for line in quote.fee_lines]
    fee_rows.append(["Total fees", money(quote.fees_total, currency)])
    story.append(table(fee_rows, (130 * MM, 40 * MM), right_columns=(1,)))
    story.append(Spacer(1, 4 * MM))
    story.append(
        para(
            f"Total to pay now: {money(quote.fees_total, currency)} in fees, and a security of "
            f"{money(quote.security_amount, currency)} held until the carnet is discharged and the "
            "claims period has ended.",
            "body",
        )
    )
    for note in quote.notes:
        story.append(para(note, "small"))
    return build(
        story, title=f"Security and fee quote {quote.reference}", association=quote.association
    )

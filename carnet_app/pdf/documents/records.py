"""Plain input records of the chamber's documents (quote, claim notice, certificate, report)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from carnet_app.pdf.data import Country, Party, VoucherSets

LANGUAGES = ("en", "fr", "en+fr")


@dataclass(frozen=True)
class Letterhead:
    """The chamber as its letters show it: from the association's settings.

    ``language``: ``en``, ``fr`` or ``en+fr`` (bilingual: English, then French).
    ``logo_path``: a PNG or JPEG printed at the top left (left out when it cannot be read).
    """

    name: str
    address: str = ""
    phone: str = ""
    email: str = ""
    logo_path: str = ""
    signatory_name: str = ""
    signatory_title: str = ""
    town: str = ""
    language: str = "en"


@dataclass(frozen=True)
class MoneyLine:
    label: str
    amount: Decimal


@dataclass(frozen=True)
class SecurityLine:
    """One country/use row of the security calculation; the carnet takes the highest."""

    country: Country
    use: str
    rate: str
    basis: str
    amount: Decimal
    in_transit: bool = False  # crossed, not visited: the letter says so beside the country


@dataclass(frozen=True)
class SecurityQuote:
    association: Party
    applicant: Party
    reference: str
    quoted_on: date
    currency: str
    general_list_value: Decimal
    security_amount: Decimal
    security_lines: tuple[SecurityLine, ...] = ()
    fee_lines: tuple[MoneyLine, ...] = ()
    countries: tuple[Country, ...] = ()
    uses: tuple[str, ...] = ()
    voucher_sets: VoucherSets = field(default_factory=VoucherSets)
    valid_until: date | None = None
    security_forms: str = ""
    notes: tuple[str, ...] = ()
    letterhead: Letterhead | None = None

    @property
    def fees_total(self) -> Decimal:
        return sum((line.amount for line in self.fee_lines), Decimal("0"))


@dataclass(frozen=True)
class ClaimedGoods:
    """One line of the goods a claim concerns: the item, its description as on the general
    list, the pieces the claim counts and where the ledger has them (a country code, or
    ``transit-CC``). Kept apart so a letter writes them in its language, each in its own cell
    (a right-to-left description never moves the numbers)."""

    item_no: int
    description: str
    pieces: int
    place: str  # empty: the claim names the item, the ledger does not have it there
    value: Decimal | None = None  # of the pieces claimed, in the carnet's currency


@dataclass(frozen=True)
class ClaimNotice:
    """A foreign customs claim, told to the holder with the deadlines that follow from it."""

    association: Party
    holder: Party
    carnet_number: str
    claim_reference: str
    claiming_country: Country
    notified_on: date
    amount: Decimal
    currency: str
    proof_due: date
    payment_final_on: date
    sent_on: date
    items: tuple[ClaimedGoods, ...] = ()
    reason: str = ""
    signatory: str = ""
    letterhead: Letterhead | None = None
    holder_margin_days: int = 0  # the holder's deadline comes this many days before ours
    goods_currency: str = ""  # the general list's (the claim's own may differ)
    country_names: tuple[tuple[str, str], ...] = ()  # (language, the claiming country's name)


@dataclass(frozen=True)
class DischargeCertificate:
    association: Party
    holder: Party
    carnet_number: str
    issued_on: date
    valid_until: date
    returned_on: date
    discharged_on: date
    total_pieces: int
    total_value: Decimal
    currency: str
    claims_window_ends: date | None = None
    security_release_on: date | None = None
    remarks: str = ""
    signatory: str = ""
    letterhead: Letterhead | None = None
    certified_on: date | None = None  # the certificate's own date (default: discharged_on)


@dataclass(frozen=True)
class GoodsAbroadRow:
    carnet_number: str
    holder: str
    valid_until: date
    place: str
    items: str
    pieces: int
    value: Decimal
    currency: str
    final_date: date | None = None


@dataclass(frozen=True)
class GoodsAbroadReport:
    association: Party
    as_of: date
    rows: tuple[GoodsAbroadRow, ...]
    letterhead: Letterhead | None = None

"""Numbers and amounts in figures and in words, in English and French (general-list closing)."""

from __future__ import annotations

from decimal import Decimal

from num2words import CONVERTER_CLASSES, num2words

from carnet_app.domain.schedules import round_money
from carnet_app.pdf import numbers


def number_in_words(number: int, lang: str) -> str:
    return str(num2words(number, lang=lang))


def figures(value: Decimal, lang: str = "en", currency: str = "") -> str:
    """``1,234.50`` in English, ``1 234,50`` in French (narrow no-break space); with the
    currency's decimals (``150,000`` yen)."""
    return numbers.amount(value, lang, currency)


def count_with_words(number: int, lang: str) -> str:
    return f"{numbers.count(number, lang)} ({number_in_words(number, lang)})"


def amount_in_words(value: Decimal, currency: str, lang: str) -> str:
    """The amount spelt out; currencies num2words does not know fall back to "… CUR and NN/100"."""
    value = round_money(value, currency)
    if value == value.to_integral():  # no "zero cents / zéro centimes"
        converter = CONVERTER_CLASSES.get(lang)
        forms = getattr(converter, "CURRENCY_FORMS", {}).get(currency)
        if converter is not None and forms:
            whole = int(value)
            return f"{number_in_words(whole, lang)} {converter.pluralize(whole, forms[0])}"
    try:
        return str(num2words(value, lang=lang, to="currency", currency=currency))
    except NotImplementedError:
        whole = int(value)
        cents = int((value - whole) * 100)
        joiner = "et" if lang == "fr" else "and"
        if not cents:
            return f"{number_in_words(whole, lang)} {currency}"
        return f"{number_in_words(whole, lang)} {currency} {joiner} {cents:02d}/100"


def list_closing_sentences(
    pieces: int, value: Decimal, currency: str, continuation_sheets: int | None
) -> tuple[str, str]:
    """The closing of a goods list, in English and in French (ATA notes 2)."""
    english_value = f"{figures(value, 'en', currency)} ({amount_in_words(value, currency, 'en')})"
    french_value = f"{figures(value, 'fr', currency)} ({amount_in_words(value, currency, 'fr')})"
    english = (
        f"This list contains {count_with_words(pieces, 'en')} pieces for a total value of "
        f"{currency} {english_value}."
    )
    french = (
        f"La présente liste comprend {count_with_words(pieces, 'fr')} pièces pour une valeur "
        f"totale de {currency} {french_value}."
    )
    if continuation_sheets:  # note 2: stated when the list has continuation sheets
        english += f" Continuation sheets: {count_with_words(continuation_sheets, 'en')}."
        french += f" Feuilles supplémentaires : {count_with_words(continuation_sheets, 'fr')}."
    return english, french


def continuation_sheets_text(count: int) -> str:
    """Cover box G a): the count in figures and in words, in both languages."""
    return f"{count} ({number_in_words(count, 'en')} / {number_in_words(count, 'fr')})"

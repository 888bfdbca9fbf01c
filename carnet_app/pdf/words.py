"""Numbers and amounts in figures and in words, in English and French (general-list closing)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from num2words import num2words

CENT = Decimal("0.01")


def number_in_words(number: int, lang: str) -> str:
    return str(num2words(number, lang=lang))


def figures(value: Decimal, lang: str = "en") -> str:
    """``1,234.50`` in English, ``1 234,50`` in French (narrow no-break space)."""
    text = f"{value.quantize(CENT, rounding=ROUND_HALF_UP):,.2f}"
    if lang == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


def count_with_words(number: int, lang: str) -> str:
    return f"{number} ({number_in_words(number, lang)})"


def amount_in_words(value: Decimal, currency: str, lang: str) -> str:
    """The amount spelt out; currencies num2words does not know fall back to "… CUR and NN/100"."""
    value = value.quantize(CENT, rounding=ROUND_HALF_UP)
    try:
        return str(num2words(value, lang=lang, to="currency", currency=currency))
    except NotImplementedError:
        whole = int(value)
        cents = int((value - whole) * 100)
        joiner = "et" if lang == "fr" else "and"
        return f"{number_in_words(whole, lang)} {currency} {joiner} {cents:02d}/100"


def list_closing_sentences(
    pieces: int, value: Decimal, currency: str, continuation_sheets: int | None
) -> tuple[str, str]:
    """The closing of a goods list, in English and in French (ATA notes 2)."""
    english = (
        f"This list contains {count_with_words(pieces, 'en')} pieces for a total value of "
        f"{currency} {figures(value, 'en')} ({amount_in_words(value, currency, 'en')})."
    )
    french = (
        f"La présente liste comprend {count_with_words(pieces, 'fr')} pièces pour une valeur "
        f"totale de {currency} {figures(value, 'fr')} ({amount_in_words(value, currency, 'fr')})."
    )
    if continuation_sheets is not None:
        english += f" Continuation sheets: {count_with_words(continuation_sheets, 'en')}."
        french += f" Feuilles supplémentaires : {count_with_words(continuation_sheets, 'fr')}."
    return english, french


def continuation_sheets_text(count: int) -> str:
    """Cover box G a): the count in figures and in words, in both languages."""
    return f"{count} ({number_in_words(count, 'en')} / {number_in_words(count, 'fr')})"

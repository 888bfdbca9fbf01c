"""The chamber's letters in English and French: one catalogue, and the helpers that print a
label or a paragraph in the letter's language (``en``, ``fr``, or ``en+fr``, bilingual)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from importlib import resources

from babel.dates import format_date

from carnet_app import parsed_files
from carnet_app.pdf import numbers

LOCALES = {"en": "en_GB", "fr": "fr_FR"}  # dates written as a European chamber writes them


def _read_words() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[tuple[str, str], ...]]]:
    """The letters' words (key → English, French) and counts (key → the English and the French
    singular and plural), from ``letter_words.toml`` beside this module: words are data."""
    text = resources.files(__package__).joinpath("letter_words.toml").read_text("utf-8")
    table = parsed_files.toml_text(text)
    plurals = table.pop("plural")
    words = {key: (str(said["en"]), str(said["fr"])) for key, said in table.items()}
    counts = {
        key: tuple((str(forms[code][0]), str(forms[code][1])) for code in ("en", "fr"))
        for key, forms in plurals.items()
    }
    return words, counts


WORDS, PLURALS = _read_words()


def _read_country_of() -> tuple[frozenset[str], dict[str, str]]:
    """The countries English writes with "the", and French "of" phrases by code, from
    ``country_of.toml`` beside this module."""
    text = resources.files(__package__).joinpath("country_of.toml").read_text("utf-8")
    table = parsed_files.toml_text(text)
    return frozenset(table["en"]["the"]), {str(k): str(v) for k, v in table["fr"].items()}


ENGLISH_THE, FRENCH_OF = _read_country_of()
FRENCH_VOWELS = frozenset("AEIOUYÂÀÉÈÊÎÏÔÖÛÜÅŒaeiouyâàéèêîïôöûüåœHh")


def of_country(code: str, name: str, language: str) -> str:
    """ "of the United Kingdom", "du Royaume-Uni", "des États-Unis", "d'Italie": the country
    after "of"/"de" (a country missing from the data: "de"/"d'" and the bare name)."""
    if language == "fr":
        if code in FRENCH_OF:
            return FRENCH_OF[code]
        return f"d'{name}" if name[:1] in FRENCH_VOWELS else f"de {name}"
    return f"of the {name}" if code in ENGLISH_THE else f"of {name}"


@dataclass(frozen=True)
class CountryOf:
    """A sentence's "of <country>", written in each language of the letter (``names``:
    language → the country's name in it)."""

    code: str
    names: Mapping[str, str]

    def written_in(self, language: str) -> str:
        name = self.names.get(language) or next(iter(self.names.values()), self.code)
        return of_country(self.code, name, language)


def letter_languages(language: str) -> tuple[str, ...]:
    """The languages a letter set in ``language`` (``en``, ``fr`` or ``en+fr``) is written in."""
    return ("en", "fr") if language == "en+fr" else (("fr",) if language == "fr" else ("en",))


class Words:
    """Letter text in one language or both."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.codes = letter_languages(language)

    @staticmethod
    def _in(key: str, code: str) -> str:
        english, french = WORDS[key]
        return french if code == "fr" else english

    def each(self, key: str, **values: object) -> list[tuple[str, str]]:
        """``(code, text)`` per language of the letter; a ``date`` value is written in each
        language ("1 June 2027", "1 juin 2027")."""
        return [
            (code, self._in(key, code).format(**self._written_in(code, values)))
            for code in self.codes
        ]

    @staticmethod
    def _written_in(code: str, values: dict[str, object]) -> dict[str, object]:
        return {
            name: str(format_date(value, format="long", locale=LOCALES[code]))
            if isinstance(value, date)
            else (value.written_in(code) if isinstance(value, CountryOf) else value)
            for name, value in values.items()
        }

    def label(self, key: str, **values: object) -> str:
        """A short label: ``EN / FR`` in a bilingual letter."""
        return " / ".join(text for _, text in self.each(key, **values))

    def plural(self, key: str, number: int) -> str:
        english, french = PLURALS[key]
        texts = []
        for code in self.codes:
            one, many = french if code == "fr" else english
            # French: 0 and 1 are singular; English: only 1
            singular = number in (0, 1) if code == "fr" else number == 1
            texts.append((one if singular else many).format(n=numbers.count(number, code)))
        return " / ".join(texts)

    def money(self, amount: Decimal, currency: str) -> str:
        """``EUR 1,234.50`` in English and bilingual letters, ``1 234,50 EUR`` in French."""
        if self.codes == ("fr",):
            return f"{numbers.amount(amount, 'fr', currency)} {currency}"
        return f"{currency} {numbers.amount(amount, currency=currency)}"

    def day(self, value: date | None) -> str:
        """A date written out (``30 November 2026`` / ``30 novembre 2026``)."""
        if value is None:
            return "-"
        return " / ".join(
            str(format_date(value, format="long", locale=LOCALES[code])) for code in self.codes
        )

    def place_and_date(self, town: str, value: date) -> str:
        parts = []
        for code in self.codes:
            written = str(format_date(value, format="long", locale=LOCALES[code]))
            if code == "fr":
                parts.append(f"{town}, le {written}" if town else f"Le {written}")
            else:
                parts.append(f"{town}, {written}" if town else written)
        return " / ".join(parts)

"""What the desk says, as codes with parameters, rendered in English or French at the last moment.

A refusal, a warning or a confirmation question is a ``Message``: a stable ``code`` (what an
integrator matches: the command line's JSON carries it) and its parameters (numbers, dates,
countries, other messages). The words live in one catalogue (``domain/catalogue/``), one
template per language. The interface chooses the language once (``set_message_language``: the
desk from its language setting, the command line from ``--lang`` or the environment), and every
message turned into text after that speaks it; the services never choose words for a language.

Templates use ``str.format`` fields. Values are written for the language: dates ISO in English
(the command-line contract) and day/month/year in French, decimals with the language's
separators, nested messages in the same language, lists joined with commas. A field written
``{n:plural:piece|pieces}`` gives the number and the word in its singular or plural form;
``{amount:grouped}`` a Decimal with its thousands grouped (1,250.50; 1 250,50 in French).
``{items:list:item|items}`` gives the word in its singular or plural form, then the list (a
list, a ``Joined``, or a text like "1-3, 5": one plain number is singular): "item 4",
"items 1-3, 5". ``{country:spaced}`` gives the value after a space, or nothing when it is
empty (an optional word inside a sentence leaves no double space). No template writes "(s)".
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from carnet_app.domain.catalogue import CATALOGUE

MESSAGE_LANGUAGES = ("en", "fr")
_LOCALES = {"en": "en_GB", "fr": "fr_FR"}
_chosen = "en"


def set_message_language(language: str) -> str:
    """Messages turned into text from now on speak ``language`` (an unknown one: English)."""
    global _chosen
    _chosen = language if language in MESSAGE_LANGUAGES else "en"
    return _chosen


def message_language() -> str:
    return _chosen


def language_from_environment(environ: Mapping[str, str]) -> str:
    """The language a command line speaks by default: CARNET_LANGUAGE, else the locale's."""
    for variable in ("CARNET_LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "").strip().lower()
        if value and value != "system":
            short = value[:2]
            return short if short in MESSAGE_LANGUAGES else "en"
    return "en"


@dataclass(frozen=True)
class Message:
    """A code and its parameters; ``str()`` says it in the chosen language."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def text(self, language: str | None = None) -> str:
        chosen = language if language in MESSAGE_LANGUAGES else _chosen
        templates = CATALOGUE[self.code]
        return _Formatter(chosen).vformat(templates[chosen], (), dict(self.params))

    def __str__(self) -> str:
        return self.text()


def say(code: str, /, **params: Any) -> Message:
    """The message ``code`` with its parameters; an unknown code is a programming error."""
    if code not in CATALOGUE:
        raise KeyError(f"no message {code!r} in the catalogue")
    return Message(code, params)


@dataclass(frozen=True)
class Joined:
    """Several messages (or plain texts) said as one list: "a; b; c", with "; ..." when
    ``more`` were left out."""

    parts: tuple[Message | Joined | str, ...]
    separator: str = "; "
    more: bool = False

    def text(self, language: str | None = None) -> str:
        said = self.separator.join(
            part if isinstance(part, str) else part.text(language) for part in self.parts
        )
        return said + (self.separator + "..." if self.more else "")

    def __str__(self) -> str:
        return self.text()


@dataclass(frozen=True)
class InEachLanguage:
    """A name the data itself gives in each language (a printed form's box title), said in
    the language of the message it is part of (English when it has none in that language)."""

    words: Mapping[str, str]

    def text(self, language: str | None = None) -> str:
        chosen = language if language in MESSAGE_LANGUAGES else _chosen
        return self.words.get(chosen) or self.words.get("en", "")

    def __str__(self) -> str:
        return self.text()


def status_word(status: str) -> Message | str:
    """A carnet's status as a word of the sentence (an unknown status as it is)."""
    code = f"status.{status}"
    return Message(code) if code in CATALOGUE else status


def _is_one(listed: Any) -> bool:
    """Whether a list names one thing: one element, or a text that is one plain number."""
    if isinstance(listed, Joined):
        return len(listed.parts) == 1 and not listed.more
    if isinstance(listed, (list, tuple, set, frozenset)):
        return len(listed) == 1
    return str(listed).strip().isdigit()


class _Formatter(string.Formatter):
    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec.startswith("plural:"):
            one, _, other = format_spec.removeprefix("plural:").partition("|")
            count = int(value)
            singular = count == 1 if self.language == "en" else abs(count) < 2
            return f"{self._value(value)} {one if singular else other}"
        if format_spec.startswith("list:"):
            one, _, other = format_spec.removeprefix("list:").partition("|")
            return f"{one if _is_one(value) else other} {self._value(value)}"
        if format_spec == "spaced":  # an optional word: " CH", or nothing at all
            shown = self._value(value)
            return f" {shown}" if shown else ""
        if format_spec == "grouped":  # an amount with its thousands grouped: 1,250.50
            return format(value, ",f") if self.language == "en" else self._value(value)
        if format_spec:
            return str(super().format_field(value, format_spec))
        return self._value(value)

    def _value(self, value: Any) -> str:
        if isinstance(value, Message | Joined | InEachLanguage):
            return value.text(self.language)
        if isinstance(value, date):
            return value.isoformat() if self.language == "en" else value.strftime("%d/%m/%Y")
        if isinstance(value, Decimal) and value.is_finite():
            if self.language == "en":
                return str(value)
            places = max(0, -int(value.as_tuple().exponent))
            pattern = "#,##0" + ("." + "0" * places if places else "")
            from babel.numbers import format_decimal  # only French needs it: --help stays fast

            return format_decimal(value, format=pattern, locale=_LOCALES[self.language])
        if isinstance(value, (list, tuple)):
            return ", ".join(self._value(item) for item in value)
        return str(value)

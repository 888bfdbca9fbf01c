"""argparse's own refusals in the command's language.

argparse builds its messages through ``gettext`` (``argparse._`` and ``argparse.ngettext``);
while the command line is read, those two names answer from this small catalogue of the
messages a clerk can meet (a French desk reads « l'argument --amount : … », not English). The
language and ``--json`` are read from the raw arguments before argparse runs, so that its
refusal is said in that language and, with ``--json``, as a refusal object on stdout.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from carnet_app.domain.messages import MESSAGE_LANGUAGES, language_from_environment

# argparse's English templates (Python 3.11) → French; the %-fields are argparse's own
FRENCH: dict[str, str] = {
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "the following arguments are required: %s": "ces arguments sont obligatoires : %s",
    "unrecognized arguments: %s": "arguments inconnus : %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "choix invalide : %(value)r (choisissez parmi %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "valeur %(type)s invalide : %(value)r",
    "not allowed with argument %s": "incompatible avec l'argument %s",
    "one of the arguments %s is required": "l'un des arguments %s est obligatoire",
    "ignored explicit argument %r": "argument explicite ignoré : %r",
    "ambiguous option: %(option)s could match %(matches)s": (
        "option ambiguë : %(option)s peut désigner %(matches)s"
    ),
    "expected one argument": "un argument est attendu",
    "expected at most one argument": "un argument au plus est attendu",
    "expected at least one argument": "au moins un argument est attendu",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
}
FRENCH_PLURAL: dict[str, tuple[str, str]] = {
    "expected %s argument": ("%s argument attendu", "%s arguments attendus"),
}


def wanted(argv: Sequence[str]) -> tuple[str, bool]:
    """The language (``--lang``, then the environment) and ``--json`` from raw arguments."""
    language = language_from_environment(os.environ)
    as_json = False
    for index, arg in enumerate(argv):
        if arg == "--json":
            as_json = True
        elif arg == "--lang" and index + 1 < len(argv):
            language = argv[index + 1]
        elif arg.startswith("--lang="):
            language = arg.removeprefix("--lang=")
        elif arg == "--":
            break
    return (language if language in MESSAGE_LANGUAGES else "en"), as_json


@contextmanager
def argparse_in(language: str) -> Iterator[None]:
    """argparse's messages in ``language`` while the arguments are read."""
    if language != "fr":
        yield
        return
    saved: tuple[Callable[..., str], Callable[..., str]] = (argparse._, argparse.ngettext)  # type: ignore[attr-defined]

    def translated(text: str) -> str:
        return FRENCH.get(text, text)

    def translated_plural(one: str, other: str, count: int) -> str:
        french = FRENCH_PLURAL.get(one)
        if french is None:
            return one if count == 1 else other
        return french[0] if count < 2 else french[1]

    argparse._ = translated  # type: ignore[attr-defined]
    argparse.ngettext = translated_plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]

"""Checks on what is typed on the command line that argparse's types cannot make: text the desk
keeps and prints back carries no control character."""

from __future__ import annotations

import argparse

from carnet_app.cli.main import ArgumentsRefused, _said


def _has_control_character(text: str) -> bool:
    """A character a terminal or a printer acts on rather than shows (ESC, BEL, CR, the C1
    controls such as CSI); a line break and a tab are text."""
    return any((ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F) and ch not in "\n\t" for ch in text)


def refuse_control_characters(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Whatever is typed on the command line is text the desk keeps and prints back (a
    stamp's remarks, a proof, the association's name in every letter): refused, as in an
    application document, when it carries control characters. Called while argparse speaks
    the command's language, so that the refusal reads like argparse's own."""
    actions = [action for chosen in _chosen_parsers(parser, args) for action in chosen._actions]
    for action in actions:
        value = getattr(args, action.dest, None)
        values = value if isinstance(value, list) else [value]
        if any(isinstance(one, str) and _has_control_character(one) for one in values):
            refusal = argparse.ArgumentError(action, _said("cli.arg.control-characters"))
            raise ArgumentsRefused(str(refusal))


def _chosen_parsers(
    parser: argparse.ArgumentParser, args: argparse.Namespace
) -> list[argparse.ArgumentParser]:
    """The parser and the sub-command parsers the arguments went through."""
    chain = [parser]
    while True:
        subs = [a for a in chain[-1]._actions if isinstance(a, argparse._SubParsersAction)]
        chosen = getattr(args, subs[0].dest, None) if subs else None
        if chosen is None or chosen not in subs[0].choices:
            return chain
        chain.append(subs[0].choices[chosen])

"""docs/cli.md is the command line's contract: every command of ``carnet --help`` has its own
section (a heading naming it as `carnet COMMAND`), and every option and every fixed choice of
that command is written in its section."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from carnet_app.cli.main import build_parser

CONTRACT = Path(__file__).resolve().parents[1] / "docs" / "cli.md"
# Options every command has: documented once, under "Global options".
EVERYWHERE = {"-h", "--help", "--json", "--lang", "--request-id"}


def commands(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every command and sub-command that runs something (groups only hold sub-commands)."""
    groups = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if path and not groups:
        yield path, parser
    for group in groups:
        for name, sub in group.choices.items():
            yield from commands(sub, (*path, name))


def options(parser: argparse.ArgumentParser) -> list[str]:
    return [
        flag
        for action in parser._actions
        for flag in action.option_strings
        if flag not in EVERYWHERE and not isinstance(action, argparse._SubParsersAction)
    ]


def choices(parser: argparse.ArgumentParser) -> list[str]:
    return [
        str(choice)
        for action in parser._actions
        if action.choices
        and not isinstance(action, argparse._SubParsersAction)
        and not set(action.option_strings) & EVERYWHERE  # the global section names those
        for choice in action.choices
    ]


def sections(text: str) -> dict[str, str]:
    """Each heading's text with its body (up to the next heading of any level)."""
    parts = re.split(r"^(#{1,6} .*)$", text, flags=re.MULTILINE)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def section_of(command: str, text: str) -> str | None:
    for heading, body in sections(text).items():
        if f"`carnet {command}`" in heading:
            return heading + body
    return None


def mentions(flag: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(flag)}(?![\w-])", text) is not None


ALL = list(commands(build_parser()))


def test_the_parser_is_walked_whole() -> None:
    names = {" ".join(path) for path, _ in ALL}
    assert {"apply", "record", "schedules import", "letter claim", "export-list"} <= names


@pytest.mark.parametrize("path", [p for p, _ in ALL], ids=lambda p: " ".join(p))
def test_every_command_and_its_options_are_in_the_contract(path: tuple[str, ...]) -> None:
    parser = dict(ALL)[path]
    command = " ".join(path)
    text = CONTRACT.read_text(encoding="utf-8")
    section = section_of(command, text)
    assert section is not None, (
        f"docs/cli.md has no section for the command `carnet {command}`: add a heading "
        f"'### `carnet {command}`' describing it, its options, its JSON answer and its refusals"
    )
    missing = [flag for flag in options(parser) if not mentions(flag, section)]
    assert not missing, (
        f"docs/cli.md, section `carnet {command}`: the option(s) {', '.join(missing)} of "
        f"`carnet {command} --help` are not described"
    )
    unnamed = [choice for choice in choices(parser) if f"`{choice}`" not in section]
    assert not unnamed, (
        f"docs/cli.md, section `carnet {command}`: the choice(s) {', '.join(unnamed)} are not "
        f"named (in backticks)"
    )


def test_the_global_options_are_in_the_contract() -> None:
    text = CONTRACT.read_text(encoding="utf-8")
    global_section = next((h + b for h, b in sections(text).items() if "Global options" in h), "")
    missing = [
        flag for flag in [*options(build_parser()), "--json"] if not mentions(flag, global_section)
    ]
    assert not missing, f"docs/cli.md, 'Global options': {', '.join(missing)} not described"


def test_the_check_names_what_is_missing() -> None:
    """A command or option that is not in the text is found missing (the check is not blind)."""
    text = "## x\n### `carnet render`\n`--out FILE.pdf` and `--part`\n### `carnet show`\n"
    section = section_of("render", text)
    assert section is not None and "carnet show" not in section
    assert mentions("--out", section) and not mentions("--overlay", section)
    assert not mentions("--to", "the `--top` option")
    assert section_of("register", text) is None

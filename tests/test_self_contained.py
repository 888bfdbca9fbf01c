"""A clone stands on its own: nothing the project ships or tests with reads a folder beside the
repository, and the committed fixtures are exactly what their generator makes."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from tests.conftest import TEST_DATA

REPO = Path(__file__).resolve().parents[1]
CHECKED = [
    "carnet_app",
    "tests",
    "packaging",
    "docs",
    "resources",
    "README.md",
    "pyproject.toml",
    ".ci",
]
TEXT_SUFFIXES = {".py", ".md", ".toml", ".txt", ".sh", ".spec", ".cfg", ".ini", ".json", ""}

# Ways of naming the briefing folder that sits beside our own checkouts and nowhere else:
# "../NAME", "NAME/data", "/work/NAME", or building the path as `... / "NAME" / ...`. The name
# is only spliced in here, so this file never spells a path to it and is checked like any other.
BRIEFS = "shared"
OUTSIDE_FOLDER = re.compile(
    rf"\.\./{BRIEFS}\b"
    rf"|/work/{BRIEFS}\b"
    rf"|\b{BRIEFS}/(?:data|design|domain|hooks|tools|PRODUCT)\b"
    rf"|/\s*[\"']{BRIEFS}[\"']"
    rf"|[\"']{BRIEFS}[\"']\s*/"
    rf"|[\"']{BRIEFS}[\"']\s*,\s*[\"'](?:data|design|domain)[\"']"
)


def checked_files() -> list[Path]:
    files: list[Path] = []
    for name in CHECKED:
        path = REPO / name
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files.extend(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix in TEXT_SUFFIXES and "__pycache__" not in p.parts
            )
    return sorted(files)


def outside_references(text: str) -> list[str]:
    return [match.group(0) for match in OUTSIDE_FOLDER.finditer(text)]


def test_nothing_reads_a_folder_beside_the_repository() -> None:
    offenders = [
        f"{path.relative_to(REPO)}:{number}: {line.strip()}"
        for path in checked_files()
        for number, line in enumerate(
            path.read_text(encoding="utf-8", errors="replace").splitlines(), 1
        )
        if outside_references(line)
    ]
    assert offenders == [], "files name a folder outside the repository:\n" + "\n".join(offenders)


@pytest.mark.parametrize(
    "line",
    [
        f"The full contract is in `../{BRIEFS}/PRO" + "DUCT.md`.",
        f'DATA = Path(__file__).resolve().parents[2] / "{BRIEFS}" / "data"',
        f"APPLICATION = ROOT.parent / '{BRIEFS}' / 'data' / 'film.json'",
        f'os.path.join(root, "{BRIEFS}", "data")',
        f"see {BRIEFS}/design/ARCHI" + "TECTURE.md",
        f"cp /work/{BRIEFS}/data/x.csv .",
    ],
)
def test_the_check_sees_each_way_of_naming_it(line: str) -> None:
    assert outside_references(line)


@pytest.mark.parametrize(
    "line",
    [
        "adds voucher sets to one shared carnet",
        "def desk(url: str, seed: int, ops: int, shared: str) -> None:",
        '"""Value types shared by every layer."""',
        "numbers = issued_numbers(database, exclude=shared)",
    ],
)
def test_the_word_shared_alone_is_fine(line: str) -> None:
    assert not outside_references(line)


def test_the_committed_fixtures_are_what_the_generator_makes() -> None:
    spec = importlib.util.spec_from_file_location("make_fixtures", TEST_DATA / "make_fixtures.py")
    assert spec is not None and spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    assert generator.differing(TEST_DATA) == [], (
        "run `uv run python tests/data/make_fixtures.py` and commit the result"
    )


def test_ci_runs_exactly_the_readme_test_commands() -> None:
    """What a contributor is told to run is what CI proves."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    run_and_test = readme.split("## Run and test", 1)[1].split("\n## ", 1)[0]
    told = [
        line.split("#")[0].strip()
        for line in run_and_test.splitlines()
        if line.startswith("uv run pytest")
    ]
    ran = [line.strip() for line in ci.splitlines() if line.strip().startswith("uv run pytest")]
    assert told and ran == told


# The briefs' own file names: a reader of the repository cannot open them, so no file cites
# them (the conventions are in docs/architecture.md, the command line's contract in
# docs/cli.md). Spliced, so that this file is checked like any other.
BRIEF_NAMES = re.compile(
    r"\b(?:"
    + "|".join(["PRO" + "DUCT", "ATA-CAR" + "NET", "COUN" + "TRIES", "FO" + "RMS"])
    + "|".join(["|ARCHI" + "TECTURE", "AN" + "CHORS"])
    + r")\.md\b"
)


def test_no_file_cites_a_brief_it_cannot_open() -> None:
    offenders = [
        f"{path.relative_to(REPO)}:{number}: {line.strip()}"
        for path in checked_files()
        for number, line in enumerate(
            path.read_text(encoding="utf-8", errors="replace").splitlines(), 1
        )
        if BRIEF_NAMES.search(line)
    ]
    assert offenders == [], "files cite a brief outside the repository:\n" + "\n".join(offenders)


def test_the_brief_check_sees_a_citation_and_leaves_our_own_docs() -> None:
    assert BRIEF_NAMES.search("rules (" + "ARCHI" + "TECTURE.md convention 5)")
    assert BRIEF_NAMES.search("see " + "ATA-CAR" + "NET.md §3")
    assert not BRIEF_NAMES.search("see docs/architecture.md convention 5")

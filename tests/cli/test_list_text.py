"""``carnet list`` without ``--json``: one line per carnet a clerk can read (number, status,
valid-until date, holder), newest first."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import CarnetCommand
from tests.cli.test_input_rules import TODAY, desk, film_shoot, write_json

__all__ = ["desk"]  # the fixture, imported for the tests below


def test_the_list_shows_each_carnets_valid_until_date(desk: CarnetCommand, tmp_path: Path) -> None:
    draft = desk("apply", str(write_json(tmp_path / "a.json", film_shoot())), "--json")
    issued = desk("apply", str(write_json(tmp_path / "b.json", film_shoot())), "--json")
    done = desk("issue", str(issued.json["id"]), "--date", "2026-03-02", "--json", today=TODAY)
    assert done.code == 0, done.stderr
    shown = desk("show", done.json["number"], "--json").json
    listed = desk("list")
    assert listed.code == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert lines[0].split() == [
        shown["number"],
        "issued",
        shown["valid_until"],
        *shown["holder"]["name"].split(),
    ]
    assert lines[1].split()[:3] == ["draft", str(draft.json["id"]), "draft"]
    assert "<10" not in listed.stdout

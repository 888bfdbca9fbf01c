"""``carnet evidence`` and ``carnet claim dossier`` as a clerk runs them."""

from __future__ import annotations

import json
import sqlite3
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from carnet_app.cli.main import main


def _png() -> bytes:
    out = BytesIO()
    Image.new("RGB", (80, 50), "white").save(out, format="PNG")
    return out.getvalue()


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    db = tmp_path / "desk.sqlite3"
    monkeypatch.setenv("CARNET_DB", str(db))
    monkeypatch.setenv("CARNET_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CARNET_TODAY", "2026-11-27")
    monkeypatch.setenv("CARNET_USER", "marie")
    return db


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def issued_with_claim(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> str:
    application = {
        "holder": {
            "name": "Atelier Lumière",
            "address": "14 quai de la Pêcherie, Lyon",
            "country": "FR",
        },
        "uses": ["PE"],
        "currency": "EUR",
        "itinerary": [{"country": "CH", "kind": "visit", "times": 1}],
        "goods": [
            {
                "description": "Camera body ARRI Alexa Mini, S/N 1234",
                "pieces": 1,
                "value": "62000.00",
                "weight": "2.3",
                "origin": "DE",
            },
        ],
    }
    path = tmp_path / "application.json"
    path.write_text(json.dumps(application), encoding="utf-8")
    for args in (
        (
            "association",
            "set",
            "--name",
            "CCI Lyon",
            "--country",
            "FR",
            "--currency",
            "EUR",
            "--code",
            "LY",
        ),
        ("apply", str(path)),
        ("issue", "1", "--date", "2026-03-02"),
        ("record", "FR/LY/000001", "exportation", "--date", "2026-03-10"),
        ("record", "FR/LY/000001", "importation", "--country", "CH", "--date", "2026-03-11"),
        (
            "claim",
            "open",
            "FR/LY/000001",
            "--country",
            "CH",
            "--notified",
            "2026-10-01",
            "--amount",
            "1200",
        ),
    ):
        code, _, err = run(capsys, *args)
        assert code == 0, (args, err)
    return "FR/LY/000001"


def test_attach_list_save_and_dossier(desk, capsys, tmp_path) -> None:
    number = issued_with_claim(capsys, tmp_path)
    scan = tmp_path / "counterfoil.png"
    scan.write_bytes(_png())
    code, out, err = run(
        capsys,
        "evidence",
        "add",
        number,
        str(scan),
        "--movement",
        "2",
        "--note",
        "Geneva stamp",
        "--json",
    )
    assert code == 0, err
    added = json.loads(out)
    assert added["attached_to"].startswith("movement 2: importation CH")
    code, out, _ = run(capsys, "evidence", "list", number, "--json")
    assert [e["sha256"] for e in json.loads(out)["evidence"]] == [added["sha256"]]
    code, _, err = run(
        capsys, "evidence", "save", str(added["id"]), "--out", str(tmp_path / "copy.png")
    )
    assert code == 0, err
    assert (tmp_path / "copy.png").read_bytes() == scan.read_bytes()
    code, out, err = run(capsys, "claim", "dossier", "1", "--out", str(tmp_path / "d.pdf"))
    assert code == 0, err
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "d.pdf").pages)
    assert "counterfoil.png" in text and "CLAIM-1" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("evidence", "add", "FR/LY/000001", "missing.png"), "no such file"),
        (("evidence", "add", "FR/LY/000001", "{script}"), "not a PDF, PNG, JPEG or TIFF"),
        (("evidence", "add", "FR/LY/000009", "{scan}"), "no such carnet"),
        (("evidence", "add", "FR/LY/000001", "{scan}", "--claim", "7"), "not a claim on"),
        (("claim", "dossier", "42", "--out", "{out}"), "no such claim"),
        (("evidence", "save", "5", "--out", "{out}"), "no such attachment"),
    ],
)
def test_refusals_exit_2_and_change_nothing(desk, capsys, tmp_path, args, message) -> None:
    issued_with_claim(capsys, tmp_path)
    (tmp_path / "script.png").write_bytes(b"#!/bin/sh\nrm -rf /\n")
    (tmp_path / "scan.png").write_bytes(_png())
    values = {
        "script": str(tmp_path / "script.png"),
        "scan": str(tmp_path / "scan.png"),
        "out": str(tmp_path / "out.pdf"),
    }
    argv = [a.format(**values) if a.startswith("{") else a for a in args]
    if argv[-1] == "missing.png":
        argv[-1] = str(tmp_path / "missing.png")
    before = list(sqlite3.connect(desk).iterdump())
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "")
    assert message in err and err.count("\n") == 1
    assert list(sqlite3.connect(desk).iterdump()) == before
    assert not (tmp_path / "out.pdf").exists()

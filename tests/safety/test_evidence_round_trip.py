"""Attached evidence (scans of stamped counterfoils, letters) survives every way a chamber moves
or saves its data, byte for byte with its SHA-256: SQLite → the run's backend (PostgreSQL when
the run has a server, as CI's does) → SQLite through export-all / import-all, and backup then
restore. The record stays verifiable at each step, demo carnets loaded in bulk included."""

from __future__ import annotations

import hashlib
import random
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from carnet_app.db.uow import Database
from carnet_app.paths import AppPaths
from carnet_app.services.database import open_database
from carnet_app.services.demo_data import fill_demo_data
from carnet_app.services.evidence import attach_evidence, evidence_of, save_evidence
from tests.safety.conftest import Cli, cli_for, set_up_chamber
from tests.safety.desk_worker import TODAY, issue_one, stamp_one

NUMBER = "FR/LY/000001"


def png(colour: str) -> bytes:
    out = BytesIO()
    Image.new("RGB", (64, 48), colour).save(out, format="PNG")
    return out.getvalue()


def pdf(text: str) -> bytes:
    out = BytesIO()
    canvas = Canvas(out)
    canvas.drawString(100, 700, text)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


SCANS = {
    "counterfoil-export.png": png("red"),
    "geneva-stamp.pdf": pdf("Importation voucher, Geneva customs, stamped 2026-03-10"),
    "customs-letter.png": png("navy"),
}


def desk_with_evidence(url: str, data_dir: Path) -> Database:
    """A chamber desk with demo carnets, one of its own with two stamps, and three scans:
    one on each movement and one on the carnet."""
    database = open_database(url, AppPaths.from_base_dir(data_dir))
    set_up_chamber(database)
    issue_one(database, random.Random(3), "clerk")
    for _ in range(2):
        stamp_one(database, NUMBER, "clerk")
    with database.write() as session:
        fill_demo_data(session, carnets=12, seed=5, today=TODAY, user="demo")
    placed = {"counterfoil-export.png": 1, "geneva-stamp.pdf": 2, "customs-letter.png": None}
    for name, content in SCANS.items():
        with database.write() as session:
            attach_evidence(
                session, NUMBER, file_name=name, content=content, user="clerk",
                movement_seq=placed[name],
            )  # fmt: skip
    return database


def evidence_on(url: str, data_dir: Path, out: Path) -> dict[str, tuple[str, int | None, bytes]]:
    """Each attachment of the carnet: its recorded SHA-256, movement and the bytes it gives back."""
    database = open_database(url, AppPaths.from_base_dir(data_dir))
    try:
        found = {}
        with database.read() as session:
            for view in evidence_of(session, NUMBER):
                target = out / f"{view.id}-{view.file_name}"
                save_evidence(session, view.id, target)
                found[view.file_name] = (view.sha256, view.movement_seq, target.read_bytes())
        return found
    finally:
        database.dispose()


def as_attached() -> dict[str, tuple[str, int | None, bytes]]:
    seqs = {"counterfoil-export.png": 1, "geneva-stamp.pdf": 2, "customs-letter.png": None}
    return {
        name: (hashlib.sha256(content).hexdigest(), seqs[name], content)
        for name, content in SCANS.items()
    }


def verified(cli: Cli) -> None:
    result = cli("audit", "--verify", "--json")
    assert result.code == 0, result.stderr
    assert result.json["intact"] is True
    assert result.json["rows"]["under_the_chain"] == result.json["rows"]["checked"]


def test_evidence_survives_sqlite_to_the_other_backend_and_back_with_its_hashes(
    backend: str, db_url: str, tmp_path: Path
) -> None:
    source_url = f"sqlite:///{tmp_path / 'source.sqlite3'}"
    desk_with_evidence(source_url, tmp_path / "s").dispose()
    source = cli_for(source_url, tmp_path / "s")
    verified(source)
    first = tmp_path / "first.json"
    assert source("export-all", str(first)).code == 0

    middle = cli_for(db_url, tmp_path / "m")  # PostgreSQL when the run has a server
    imported = middle("import-all", str(first), "--json")
    assert imported.code == 0, imported.stderr
    assert imported.json["tables"]["attachments"] == len(SCANS)
    assert evidence_on(db_url, tmp_path / "m", tmp_path) == as_attached()
    verified(middle)
    second = tmp_path / "second.json"
    assert middle("export-all", str(second)).code == 0

    back_url = f"sqlite:///{tmp_path / 'back.sqlite3'}"
    back = cli_for(back_url, tmp_path / "b")
    assert back("import-all", str(second)).code == 0
    assert evidence_on(back_url, tmp_path / "b", tmp_path) == as_attached()
    verified(back)


def test_evidence_survives_backup_and_restore_with_its_hashes(
    backend: str, db_url: str, tmp_path: Path
) -> None:
    """SQLite: ``backup`` then ``restore`` after a scan was added and one changed behind the
    desk's back. PostgreSQL: ``backup`` writes a whole-database export, restored by
    ``import-all`` into a new database."""
    desk_with_evidence(db_url, tmp_path / "d").dispose()
    cli = cli_for(db_url, tmp_path / "d")
    made = cli("backup", str(tmp_path / "copies"), "--json")
    assert made.code == 0, made.stderr
    if backend == "postgresql":
        target_url = f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        restored = cli_for(target_url, tmp_path / "r")("import-all", made.json["backup"])
        assert restored.code == 0, restored.stderr
        assert evidence_on(target_url, tmp_path / "r", tmp_path) == as_attached()
        return
    database = open_database(db_url, AppPaths.from_base_dir(tmp_path / "d"))
    with database.write() as session:
        attach_evidence(session, NUMBER, file_name="late.png", content=png("green"), user="c")
    database.dispose()
    restored = cli("restore", made.json["backup"], "--json")
    assert restored.code == 0, restored.stderr
    assert evidence_on(db_url, tmp_path / "d", tmp_path) == as_attached()
    verified(cli)


@pytest.fixture(autouse=True)
def _no_stray_output(capsys: pytest.CaptureFixture[str]) -> None:
    """The desk worker prints what it does; these tests need none of it."""
    capsys.readouterr()

"""Verify a printed carnet from the desk (issue 18): the File menu opens the dialog, a rendered
carnet page (its PDF, or a picture of it) is read by the same service as ``carnet verify``, and
the answer is said in words, in English and in French; a page whose code was not signed by the
chamber, or that carries another general list, is said NOT to match."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pypdfium2  # type: ignore[import-untyped]
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from carnet_app.gui import i18n
from carnet_app.gui.context import DeskContext
from carnet_app.gui.main_window import MainWindow
from carnet_app.gui.verify_dialog import VerifyDialog
from carnet_app.keys import KeyStore
from carnet_app.paths import AppPaths
from carnet_app.pdf import print_data_from_view, render_carnet
from carnet_app.services import documents, views
from carnet_app.services.loading import find_carnet
from carnet_app.services.proof import Outcome, proof_for
from tests.gui.conftest import TODAY


@pytest.fixture
def keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> KeyStore:
    """One key folder for the desk that prints and the dialog that checks."""
    monkeypatch.setenv("CARNET_KEYS_DIR", str(tmp_path / "keys"))
    return KeyStore.for_paths(AppPaths.from_environment())


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    i18n.install_language("fr", qapp)
    yield
    i18n.install_language("en", qapp)


def _number(ctx: DeskContext) -> str:
    return str(ctx.read(lambda s: views.list_carnets(s, status="active")[0].number))


def _cover_pdf(ctx: DeskContext, number: str, folder: Path) -> Path:
    pdf = ctx.read(lambda s: documents.carnet_pdf(s, number, part="cover", today=TODAY))
    path = folder / "cover.pdf"
    path.write_bytes(pdf)
    return path


def _png(pdf: Path, out: Path) -> Path:
    document = pypdfium2.PdfDocument(pdf.read_bytes())
    try:
        document[0].render(scale=300 / 72).to_pil().save(out)
    finally:
        document.close()
    return out


def _forged_pdf(ctx: DeskContext, number: str, signer: KeyStore, folder: Path) -> Path:
    """The cover with a code for a general list other than the chamber's (item 1: 9 pieces),
    signed by SIGNER."""

    def forge(session: Any) -> bytes:
        carnet = find_carnet(session, number)
        data = print_data_from_view(views.carnet_view(session, number), {})
        carnet.items[0].pieces += 9  # in memory only: the list the forger printed
        proof = proof_for(carnet, signer)
        session.rollback()
        assert proof is not None
        return render_carnet(replace(data, proof=proof), part="cover")

    path = folder / f"forged-{signer.folder.name}.pdf"
    path.write_bytes(ctx.read(forge))
    return path


def _dialog(ctx: DeskContext, qtbot: Any) -> VerifyDialog:
    dialog = VerifyDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_file_menu_opens_the_dialog(window: MainWindow, qtbot: Any) -> None:
    assert window.verify_action in window.menuBar().actions()[0].menu().actions()
    window.verify_action.trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, VerifyDialog)]
    assert dialogs and dialogs[0].isVisible()
    dialogs[0].close()


def test_a_printed_cover_and_its_picture_match_what_the_chamber_issued(
    ctx: DeskContext, qtbot: Any, keys: KeyStore, tmp_path: Path
) -> None:
    number = _number(ctx)
    pdf = _cover_pdf(ctx, number, tmp_path)
    dialog = _dialog(ctx, qtbot)
    for page in (pdf, _png(pdf, tmp_path / "scan.png")):
        dialog.verify_path(page)
        result = dialog.verification
        assert result is not None and result.outcome is Outcome.GENUINE, result
        assert dialog.status.kind == "ok"
        assert "matches what the chamber issued" in dialog.status.text()
        assert dialog.number.text() == number
        assert dialog.voucher.text() == "FRONT COVER"
        association = ctx.read(lambda s: find_carnet(s, number).association.name)
        assert dialog.issuer.text().startswith(association)
        assert keys.public_key().fingerprint in dialog.issuer.text()
        assert dialog.list_check.text() == "the general list matches what the chamber issued"


def test_a_tampered_page_does_not_match(
    ctx: DeskContext, qtbot: Any, keys: KeyStore, tmp_path: Path
) -> None:
    number = _number(ctx)
    dialog = _dialog(ctx, qtbot)
    # signed by the chamber's key, but for another general list than the one it holds
    dialog.verify_path(_forged_pdf(ctx, number, keys, tmp_path))
    assert dialog.verification is not None
    assert dialog.verification.outcome is Outcome.LIST_DIFFERS
    assert dialog.status.kind == "error"
    assert "does NOT match what the chamber issued" in dialog.status.text()
    assert dialog.list_check.text() == "the general list does NOT match what the chamber issued"
    # signed by a key that is not the chamber's
    other = KeyStore(tmp_path / "other-keys")
    dialog.verify_path(_forged_pdf(ctx, number, other, tmp_path))
    assert dialog.verification is not None
    assert dialog.verification.outcome is Outcome.NOT_SIGNED
    assert "not signed by the issuing chamber" in dialog.status.text()
    assert dialog.issuer.text().startswith("unknown")


def test_a_dropped_picture_without_a_code_and_a_file_that_is_no_picture_are_explained(
    ctx: DeskContext, qtbot: Any, keys: KeyStore, tmp_path: Path
) -> None:
    from PIL import Image

    blank = tmp_path / "blank.png"
    Image.new("L", (800, 1100), 255).save(blank)
    dialog = _dialog(ctx, qtbot)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(blank))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    dialog.drop_area.dropEvent(drop)
    assert dialog.path == blank
    assert dialog.status.kind == "error"
    assert "No carnet code was found in blank.png" in dialog.status.text()
    assert not dialog.details.isVisible()

    junk = tmp_path / "junk.jpg"
    junk.write_bytes(b"not a picture")
    dialog.verify_path(junk)
    assert dialog.status.kind == "error"
    assert "junk.jpg cannot be read" in dialog.status.text()


def test_the_answer_in_french(
    ctx: DeskContext, qtbot: Any, keys: KeyStore, tmp_path: Path, french: None
) -> None:
    number = _number(ctx)
    dialog = _dialog(ctx, qtbot)
    assert dialog.windowTitle() == "Vérifier un carnet imprimé"
    dialog.verify_path(_cover_pdf(ctx, number, tmp_path))
    assert "la liste générale correspond à ce que la chambre a délivré" in (
        dialog.status.text().lower()
    )
    dialog.verify_path(_forged_pdf(ctx, number, keys, tmp_path))
    assert "ne correspond PAS" in dialog.status.text()

"""Evidence in the desk: files dropped or picked are kept, listed, saved back out; what is not
evidence is refused with the reason and nothing is kept."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from carnet_app.gui.context import DeskContext
from carnet_app.gui.evidence_panel import EvidencePanel
from carnet_app.services import views


def _scan(path: Path) -> Path:
    out = BytesIO()
    Image.new("RGB", (40, 30), "white").save(out, format="PNG")
    path.write_bytes(out.getvalue())
    return path


def _panel(ctx: DeskContext, qtbot: Any) -> tuple[EvidencePanel, str]:
    number = ctx.read(lambda s: views.list_carnets(s, status="active")[0].number)
    panel = EvidencePanel(ctx)
    qtbot.addWidget(panel)
    panel.show_carnet(number, [(1, "movement 1: exportation")], [(7, "claim 7")])
    return panel, number


def test_dropped_files_are_kept_and_listed(ctx: DeskContext, qtbot: Any, tmp_path: Path) -> None:
    panel, _ = _panel(ctx, qtbot)
    assert panel.stack.currentWidget() is panel.empty
    panel.target.setCurrentIndex(1)  # movement 1
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(_scan(tmp_path / "counterfoil.png")))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    panel.dropEvent(drop)
    assert panel.table.rowCount() == 1
    assert panel.stack.currentWidget() is panel.table
    assert panel.table.item(0, 0).text().startswith("movement 1")
    assert "counterfoil.png" in panel.table.item(0, 1).text()
    panel.table.selectRow(0)
    saved = panel.save_selected(tmp_path / "copy.png")
    assert saved is not None and saved.read_bytes() == (tmp_path / "counterfoil.png").read_bytes()


def test_what_is_not_evidence_is_refused_with_its_reason(
    ctx: DeskContext, qtbot: Any, tmp_path: Path
) -> None:
    panel, _ = _panel(ctx, qtbot)
    script = tmp_path / "invoice.png"
    script.write_bytes(b"MZ this is a program")
    with qtbot.waitSignal(panel.message) as said:
        assert panel.attach_files([script]) == 0
    assert "not a PDF, PNG, JPEG or TIFF" in said.args[0]
    assert panel.table.rowCount() == 0


def test_the_dossier_is_offered_for_a_claim_only(ctx: DeskContext, qtbot: Any) -> None:
    panel, _ = _panel(ctx, qtbot)
    assert not panel.dossier_button.isEnabled()
    panel.target.setCurrentIndex(2)
    assert panel.dossier_button.isEnabled()
    with qtbot.waitSignal(panel.dossier_requested) as asked:
        panel.dossier_button.click()
    assert asked.args == [7]


def test_the_carnet_page_offers_its_movements_and_claims_for_evidence(
    window: Any, qtbot: Any
) -> None:
    from carnet_app.services import desk

    carnet_id = window.ctx.read(desk.sample_carnet_id)
    assert carnet_id is not None
    with qtbot.waitSignal(window.detail.loaded, timeout=20_000):
        window.open_carnet(carnet_id, "evidence")
    panel = window.detail.evidence
    assert window.detail.detail is not None
    detail = window.detail.detail.carnet
    assert window.detail.tabs.currentWidget() is panel
    assert panel.number == detail.number
    offered = [panel.target.itemData(i) for i in range(panel.target.count())]
    assert offered[0] == ("carnet", 0)
    assert len(offered) == 1 + len(detail.movements) + len(detail.claims)

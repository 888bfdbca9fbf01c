"""Screenshots of the windows this round changed, at 1024×640, in English, French and Fusion
dark: ``uv run python -m tests.gui.screens OUT_DIR`` (QT_QPA_PLATFORM=offscreen)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleFactory, QWidget

from carnet_app.gui import i18n, style
from carnet_app.gui.context import DeskContext
from carnet_app.gui.fonts import register_bundled_fonts
from carnet_app.gui.tasks import TaskRunner
from carnet_app.paths import AppPaths
from carnet_app.services import desk, drafts
from carnet_app.services.database import open_database
from carnet_app.services.demo_data import fill_demo_data
from tests.gui.conftest import TODAY
from tests.gui.test_contrast import fusion_dark
from tests.issuing.conftest import good_line

SIZE = QSize(1024, 640)


def grab(widget: QWidget, path: Path, *, size: QSize | None = SIZE) -> None:
    if size is not None:
        widget.resize(size)
    widget.show()
    for _ in range(5):
        QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def shoot(ctx: DeskContext, out: Path, suffix: str) -> None:
    from carnet_app.gui.first_run import AssociationSetupDialog, DeskPurposeDialog
    from carnet_app.gui.issuing.packing_list import PackingListDialog
    from carnet_app.gui.issuing.settings_dialog import SettingsDialog
    from carnet_app.gui.issuing.wizard import IssuingWizard
    from carnet_app.gui.main_window import MainWindow
    from carnet_app.gui.unsaved import DIALOG_NAME
    from tests.gui.test_stamp_explains import dialog_for

    window = MainWindow(ctx)
    window.start()
    window.show_page("list")
    grab(window, out / f"list-{suffix}.png")
    carnet_id = ctx.read(desk.sample_carnet_id)
    assert carnet_id is not None
    for tab in ("overview", "movements", "documents", "history", "evidence"):
        window.open_carnet(carnet_id, tab)
        grab(window, out / f"detail-{tab}-{suffix}.png")
    window.show_page("management")
    grab(window, out / f"management-{suffix}.png")
    window.show_page("dashboard")
    grab(window, out / f"dashboard-{suffix}.png")
    window.mark_demo(True)
    window.show_page("detail")
    window.detail.clear()
    grab(window, out / f"detail-empty-demo-{suffix}.png")
    window.hide()

    grab(DeskPurposeDialog(), out / f"first-run-{suffix}.png", size=None)
    grab(AssociationSetupDialog(ctx), out / f"association-setup-{suffix}.png", size=None)
    wizard = IssuingWizard(ctx, ctx.read(drafts.issuing_desk))
    wizard.holder_page.name.setText("Lumière Productions SARL")
    wizard.goods_page.editor.set_lines([good_line(n) for n in range(1, 6)])
    grab(wizard, out / f"wizard-{suffix}.png")
    box = QMessageBox(wizard)
    box.setObjectName(DIALOG_NAME)
    from carnet_app.gui import unsaved

    # the question as ask_unsaved builds it, shown without waiting for an answer
    original = QMessageBox.exec
    QMessageBox.exec = lambda self: grab(self, out / f"unsaved-{suffix}.png", size=None) or 0  # type: ignore[method-assign,assignment]
    try:
        unsaved.ask_unsaved(
            wizard,
            wizard.tr("This carnet application has changes that are not saved."),
            save_text=wizard.tr("Save draft"),
        )
    finally:
        QMessageBox.exec = original  # type: ignore[method-assign]
    wizard.goods_page.editor.set_lines([])
    wizard._saved_form = wizard.form()
    wizard.hide()
    grab(SettingsDialog(ctx), out / f"settings-{suffix}.png")
    grab(PackingListDialog(ctx, carnet_id=carnet_id), out / f"packing-{suffix}.png")

    class Bot:
        def addWidget(self, _w: QWidget) -> None:
            pass

    stamp, _detail = dialog_for(ctx, Bot())
    grab(stamp, out / f"stamp-{suffix}.png")

    from carnet_app.gui.holder.register_wizard import RegisterCarnetDialog
    from tests.exchange.test_holder_gui import fill_us_cover

    register = RegisterCarnetDialog(ctx)
    fill_us_cover(register)
    register.countries.setText("CH")
    register.replacement.setChecked(True)
    grab(register, out / f"register-replacement-{suffix}.png")


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setStyle(QStyleFactory.create("Fusion"))
    register_bundled_fonts()  # as the desk does: CJK holders show as text
    base = Path(tempfile.mkdtemp(prefix="desk-screens-"))
    paths = AppPaths.from_base_dir(base)
    database = open_database(f"sqlite:///{base / 'desk.sqlite3'}", paths)
    with database.write() as session:
        fill_demo_data(session, carnets=60, seed=3, today=TODAY, user="seed")
    with database.write() as session:
        desk.prepare_search_index(session)
    with database.write() as session:  # a scanned counterfoil beside the first movement
        from carnet_app.services.evidence import attach_evidence
        from tests.gui.test_detail_parts import PNG

        sample = desk.carnet_detail(
            session, desk.sample_carnet_id(session) or 0, today=TODAY
        ).carnet
        attach_evidence(
            session,
            str(sample.number),
            file_name="counterfoil-1.png",
            content=PNG,
            user="seed",
            movement_seq=sample.movements[0].seq,
        )
    settings = QSettings(str(base / "desk.ini"), QSettings.Format.IniFormat)
    ctx = DeskContext(
        database, paths, settings, TaskRunner(inline=True), user="clerk", today=lambda: TODAY
    )
    for suffix, language, dark in (("en", "en", False), ("fr", "fr", False), ("dark", "en", True)):
        i18n.install_language(language, app)
        app.setPalette(fusion_dark() if dark else app.style().standardPalette())
        style.install(app)
        shoot(ctx, out, suffix)
    close_every_window()


def close_every_window() -> None:
    """Delete the windows left open, newest first, while Qt still runs: left to the
    interpreter's exit, they go in any order and a dialog may outlive its children."""
    import shiboken6

    for widget in reversed(QApplication.topLevelWidgets()):
        if shiboken6.isValid(widget) and widget.parent() is None:
            widget.close()
            shiboken6.delete(widget)
    QApplication.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screens"))

"""Screenshots of the issuing screens, offscreen: ``uv run python -m tests.issuing.screens
[OUTDIR]`` writes one PNG per wizard step, settings page, trip planner and packing list (to
/tmp/issuing-screens by default) so they can be looked at."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QTableWidgetSelectionRange, QWidget

from carnet_app.gui import style
from carnet_app.gui.context import DeskContext
from carnet_app.gui.tasks import TaskRunner
from carnet_app.paths import AppPaths
from carnet_app.services import carnets, drafts, goods_import, trips
from carnet_app.services.database import open_database

TEST_DATA = Path(__file__).resolve().parents[1] / "data"
TODAY = date(2026, 11, 27)


def grab(widget: QWidget, path: Path) -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(5):
        app.processEvents()
    widget.grab().save(str(path))
    print(path)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name in ("information", "warning", "critical"):  # never block offscreen
        setattr(
            QMessageBox, name, staticmethod(lambda _p, title, text, *a, **k: print(title, text))
        )
    app = QApplication.instance() or QApplication(sys.argv[:1])
    style.install(app)
    base = Path(tempfile.mkdtemp(prefix="issuing-screens-"))
    paths = AppPaths.from_base_dir(base)
    database = open_database(f"sqlite:///{base / 'desk.sqlite3'}", paths)
    with database.write() as session:
        carnets.set_association(
            session,
            name="CCI Lyon Métropole",
            country="FR",
            currency="EUR",
            code="LY",
            user="admin",
            address="Place de la Bourse, 69002 Lyon",
        )
    settings = QSettings(str(base / "desk.ini"), QSettings.Format.IniFormat)
    runner = TaskRunner(inline=True)
    ctx = DeskContext(database, paths, settings, runner, user="clerk", today=lambda: TODAY)

    from carnet_app.gui.issuing.wizard import IssuingWizard

    desk = ctx.read(drafts.issuing_desk)
    wizard = IssuingWizard(ctx, desk)
    wizard.show()
    grab(wizard, out / "wizard-1-holder.png")
    holder = wizard.holder_page
    holder.name.setText("Turbines Vallée du Rhône SAS")
    holder.address.setPlainText("3 avenue Jean Jaurès\n38000 Grenoble")
    holder.representatives.setPlainText("Sophie Bernard\nMarc Dupuis")
    wizard.next()
    uses = wizard.uses_page
    uses.use_boxes["EF"].setChecked(True)
    uses.description.setText("Goods for display at a trade fair")
    uses.event_name.setText("Swiss Industrial Fair, Basel")
    grab(wizard, out / "wizard-2-uses.png")
    wizard.next()
    page = wizard.itinerary_page
    page.add_stop(drafts.StopForm("CH", "visit"))
    page.add_stop(drafts.StopForm("GB", "visit"))
    page.add_stop(drafts.StopForm("US", "transit"))
    page.add_stop(drafts.StopForm("", "visit"))
    page.run_check()
    grab(wizard, out / "wizard-3-itinerary.png")
    page.table.removeRow(3)
    page.table.removeRow(2)
    page.run_check()
    wizard.next()
    rows = goods_import.read_table(TEST_DATA / "general-list-trade-fair-fr.xlsx")
    mapping = goods_import.detect_mapping(rows)
    editor = wizard.goods_page.editor
    lines = drafts.lines_from_table(rows, mapping)
    lines[4] = drafts.EditorLine("Various accessories", "", "2", "3", "", "DE")
    editor.set_lines(lines)
    editor.table.setCurrentIndex(editor.model.index(4, 5))
    grab(wizard, out / "wizard-4-goods-errors.png")
    editor.set_lines(drafts.lines_from_table(rows, mapping))
    grab(wizard, out / "wizard-4-goods.png")
    from carnet_app.gui.issuing.mapping_dialog import ColumnMappingDialog

    dialog = ColumnMappingDialog(
        rows,
        settings=settings,
        known_codes=editor.known_codes,
        source_name="general-list-trade-fair-fr.xlsx",
        currency="EUR",
    )
    dialog.show()
    grab(dialog, out / "import-mapping.png")
    dialog.close()
    wizard.next()
    grab(wizard, out / "wizard-5-quote.png")
    wizard.next()
    grab(wizard, out / "wizard-6-review.png")

    wizard.review_page.initializePage()
    issued = wizard.issue()
    assert issued is not None, "the sample carnet was not issued"

    from carnet_app.gui.issuing.settings_dialog import SettingsDialog

    dialog2 = SettingsDialog(ctx)
    dialog2.show()
    for index in range(dialog2.pages.count()):
        dialog2.show_page(index)
        grab(dialog2, out / f"settings-{index + 1}-{dialog2.page_names[index]}.png")
    dialog2.close()

    from carnet_app.gui.issuing.packing_list import PackingListDialog
    from carnet_app.gui.issuing.trip_planner import TripPlannerDialog

    trip = TripPlannerDialog(ctx, carnet_id=issued.id)
    trip.show()
    trip.tick_items([1, 2, 3, 5, 8, 13])
    trip.use_at.setText("Swiss Industrial Fair, Messe Basel, stand B12")
    trip.transport.setText("Truck AB-123-CD")
    trip.packaging.setText("3 flight cases")
    trip.check()
    grab(trip, out / "trip-planner.png")
    trip.close()
    packing = PackingListDialog(ctx, carnet_id=issued.id)
    packing.show()
    packing.lines.setRangeSelected(QTableWidgetSelectionRange(0, 0, 5, 5), True)
    packing.next_case()
    packing.assign_selected()
    packing.lines.clearSelection()
    packing.lines.setRangeSelected(QTableWidgetSelectionRange(6, 0, 9, 5), True)
    packing.next_case()
    packing.assign_selected()
    grab(packing, out / "packing-list.png")
    (out / "packing-list.pdf").write_bytes(packing.pdf())
    (out / "trip-pack.pdf").write_bytes(
        ctx.read(trips.render_trip_pack, issued.id, trip.request(), today=TODAY)
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/issuing-screens"))

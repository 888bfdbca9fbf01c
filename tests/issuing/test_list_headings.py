"""Group headings ("CASE 1 – CAMERA KIT") in the wizard's goods editor: shown unnumbered, kept
in order, added with "Add heading row", carried into the draft and the issued carnet, and
offered as the packing list's cases."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from carnet_app.gui.context import DeskContext
from carnet_app.gui.issuing.goods_editor import GeneralListEditor
from carnet_app.gui.issuing.goods_model import Col, GeneralListModel
from carnet_app.gui.issuing.packing_list import PackingListDialog
from carnet_app.services import drafts, packing_list
from carnet_app.services.drafts import DraftForm, EditorLine, StopForm
from carnet_app.services.goods_import import detect_mapping
from tests.issuing.conftest import TODAY, good_line
from tests.issuing.test_wizard import fill_first_pages, new_wizard
from tests.show_json import show_json

CODES = ["DE", "FR", "JP", "US", "CN", "CH"]


def heading(text: str) -> EditorLine:
    return EditorLine(description=text, heading=True)


def shape(lines: Any) -> list[tuple[bool, str]]:
    """The list as its order of headings and goods (amounts come back as typed: 1200)."""
    return [(line.heading, line.description) for line in lines]


LINES = (
    heading("CASE 1 – CAMERA KIT"),
    good_line(1),
    good_line(2),
    heading("CASE 2 – LIGHTS"),
    good_line(3),
)


def test_headings_are_not_numbered_nor_counted_and_open_the_goods_after_them() -> None:
    check = drafts.check_general_list(LINES, CODES)
    assert not check.errors and check.line_count == 3 and check.total_pieces == 3
    assert [g.heading for g in check.goods] == ["CASE 1 – CAMERA KIT", "", "CASE 2 – LIGHTS"]
    assert [g.item_no for g in check.goods] == [1, 2, 3]
    dangling = drafts.check_general_list((*LINES, heading("CASE 3 – EMPTY")), CODES)
    assert [(p.row, p.message) for p in dangling.errors] == [
        (6, "heading 'CASE 3 – EMPTY' has no goods after it")
    ]


def test_a_pasted_sheet_with_a_heading_column_or_unnumbered_rows_keeps_its_headings() -> None:
    rows = [
        ["Item", "Description", "Serial", "Qty", "Value", "Origin"],
        ["", "CASE 1 – CAMERA KIT", "", "", "", ""],
        ["1", "Camera Canon C70", "S/N 7", "1", "5200", "JP"],
        ["", "CASE 2 – LIGHTS", "", "", "", ""],
        ["2", "Light Aputure 300d", "S/N 9", "2", "1100", "CN"],
    ]
    lines = drafts.lines_from_table(rows, detect_mapping(rows))
    assert [(line.heading, line.description) for line in lines] == [
        (True, "CASE 1 – CAMERA KIT"),
        (False, "Camera Canon C70"),
        (True, "CASE 2 – LIGHTS"),
        (False, "Light Aputure 300d"),
    ]


def test_the_model_shows_headings_unnumbered_in_bold_and_only_their_text_editable(
    qapp: Any,
) -> None:
    model = GeneralListModel(CODES, currency="EUR")
    model.set_lines(LINES, remember=False)
    numbers = [model.data(model.index(row, Col.ITEM)) for row in range(model.rowCount())]
    assert numbers == ["", "1", "2", "", "3"]
    assert model.data(model.index(3, Col.DESCRIPTION)) == "CASE 2 – LIGHTS"
    assert model.data(model.index(3, Col.DESCRIPTION), Qt.ItemDataRole.FontRole).bold()
    assert not model.flags(model.index(3, Col.PIECES)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(3, Col.DESCRIPTION)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(3, Col.VALUE), "12")
    assert model.setData(model.index(3, Col.DESCRIPTION), "CASE 2 – LIGHTS AND STANDS")
    assert model.lines[3] == heading("CASE 2 – LIGHTS AND STANDS")


def test_add_heading_row_inserts_a_heading_above_the_current_line(ctx: DeskContext) -> None:
    editor = GeneralListEditor(ctx, known_codes=CODES, currency="EUR")
    editor.set_lines([good_line(1), good_line(2)])
    editor.table.setCurrentIndex(editor.model.index(1, Col.DESCRIPTION))
    editor.add_heading()
    assert editor.model.lines[1] == heading("")
    editor.model.setData(editor.model.index(1, Col.DESCRIPTION), "CASE 2 – SPARES")
    assert [line.heading for line in editor.lines()] == [False, True, False]
    assert editor.check().goods[1].heading == "CASE 2 – SPARES"
    assert "2 lines" in editor.totals.text()
    editor.model.undo()
    editor.model.undo()
    assert [line.heading for line in editor.lines()] == [False, False]


def test_a_draft_keeps_its_headings_in_order_and_the_issued_carnet_too(
    ctx: DeskContext,
) -> None:
    form = DraftForm(
        holder_name="Lumière Productions SARL",
        holder_country="FR",
        uses=("PE",),
        itinerary=(StopForm("CH"),),
        lines=LINES,
    )
    saved = ctx.write(drafts.save_draft, form, user="clerk", today=TODAY)
    assert shape(ctx.read(drafts.load_draft, saved.id).form.lines) == shape(LINES)
    shown = ctx.read(show_json, str(saved.id))
    assert shown["general_list"] == [
        {"heading": "CASE 1 – CAMERA KIT"},
        {"item_no": 1},
        {"item_no": 2},
        {"heading": "CASE 2 – LIGHTS"},
        {"item_no": 3},
    ]
    issued = ctx.write(
        drafts.issue_form,
        form,
        on=TODAY,
        user="clerk",
        today=TODAY,
        draft_id=saved.id,
        expected_version=saved.version,
    )
    assert ctx.read(show_json, issued.number)["general_list"] == shown["general_list"]
    assert shape(ctx.read(drafts.form_from_carnet, issued.id).lines) == shape(LINES)


def test_the_wizard_saves_and_reopens_its_headings(ctx: DeskContext, messages: Any) -> None:
    wizard = new_wizard(ctx)
    fill_first_pages(wizard, [StopForm("CH")])
    wizard.goods_page.editor.set_lines(list(LINES))
    wizard.button(QWizard.WizardButton.CustomButton1).click()  # "Save draft"
    assert wizard.draft_id is not None
    form = ctx.read(drafts.load_draft, wizard.draft_id).form
    assert shape(form.lines) == shape(LINES)
    wizard.close()


def test_the_packing_list_offers_the_headings_as_cases(ctx: DeskContext) -> None:
    form = DraftForm(
        holder_name="Lumière Productions SARL",
        holder_country="FR",
        uses=("PE",),
        itinerary=(StopForm("CH"),),
        lines=LINES,
    )
    issued = ctx.write(drafts.issue_form, form, on=TODAY, user="clerk", today=TODAY)
    packing = ctx.read(packing_list.packing_list, issued.id)
    assert packing.proposed_from_headings
    assert [(c.case, c.items) for c in packing.cases()] == [
        ("CASE 1 – CAMERA KIT", (1, 2)),
        ("CASE 2 – LIGHTS", (3,)),
    ]
    dialog = PackingListDialog(ctx, carnet_id=issued.id)
    assert dialog.cases.item(0, 0).text() == "CASE 1 – CAMERA KIT"
    assert dialog.cases.item(1, 1).text() == "3"
    offered = [dialog.case_name.completer().model().index(i, 0).data() for i in range(2)]
    assert offered == ["CASE 1 – CAMERA KIT", "CASE 2 – LIGHTS"]
    assert "headings" in dialog.message.text()
    dialog.save()
    saved = ctx.read(packing_list.packing_list, issued.id)
    assert not saved.proposed_from_headings
    assert [line.case for line in saved.lines] == [
        "CASE 1 – CAMERA KIT",
        "CASE 1 – CAMERA KIT",
        "CASE 2 – LIGHTS",
    ]


def test_goods_pasted_over_a_heading_row_make_it_a_goods_line(qapp: Any) -> None:
    model = GeneralListModel(CODES, currency="EUR")
    model.set_lines(LINES, remember=False)
    model.paste_text("Tripod Sachtler\tS/N 55\t1\t4\t900\tDE\n", 3, Col.DESCRIPTION)
    assert not model.lines[3].heading and model.lines[3].serial == "S/N 55"
    assert [model.data(model.index(row, Col.ITEM)) for row in range(5)] == ["", "1", "2", "3", "4"]

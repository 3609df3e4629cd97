"""Editing guests in the table: one undo step per action, found by guest, refusals explained."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from models.db import transaction
from models.guest_list import GuestColumn
from models.tables import Guest
from tests.ui.guest_data import FEW_GUESTS, add_event
from ui.guest_editing import BulkEditDialog
from ui.guest_table import COLUMNS, GUEST_ID_ROLE
from ui.main_window import MainWindow

OpenWindow = Callable[[Engine], MainWindow]


@pytest.fixture
def window(sqlite_engine: Engine, open_window: OpenWindow, qtbot: QtBot) -> MainWindow:
    add_event(sqlite_engine, "省投资大会", FEW_GUESTS)
    window = open_window(sqlite_engine)
    window.show()
    qtbot.waitExposed(window)
    return window


def cell(window: MainWindow, name: str, column: GuestColumn) -> QModelIndex:
    """The cell of the guest in the view, wherever sorting and filtering have put them."""
    model = window.guest_view.model()
    for row in range(model.rowCount()):
        if model.index(row, COLUMNS.index(GuestColumn.NAME)).data() == name:
            return model.index(row, COLUMNS.index(column))
    raise LookupError(name)


def stored(window: MainWindow, name: str) -> Guest:
    with transaction(window._engine) as session:
        guest_id = cell(window, name, GuestColumn.NAME).data(GUEST_ID_ROLE)
        return session.get(Guest, guest_id)


def test_an_edited_cell_is_stored_and_undone_as_one_step(window: MainWindow) -> None:
    title = cell(window, "王伟", GuestColumn.TITLE)
    assert window.guest_view.model().setData(title, "处长")
    assert stored(window, "王伟").title == "处长"
    assert cell(window, "王伟", GuestColumn.TITLE).data() == "处长"
    assert window.undo_stack.undoText() == "编辑 王伟 的职务"
    window.undo_stack.undo()
    assert stored(window, "王伟").title == "科长"
    assert cell(window, "王伟", GuestColumn.TITLE).data() == "科长"
    window.undo_stack.redo()
    assert cell(window, "王伟", GuestColumn.TITLE).data() == "处长"


def test_undo_finds_the_guest_after_sorting_and_filtering(window: MainWindow) -> None:
    window.guest_view.model().setData(cell(window, "王伟", GuestColumn.RSVP), "declined")
    window.guest_view.sortByColumn(COLUMNS.index(GuestColumn.NAME), Qt.SortOrder.DescendingOrder)
    window.filter_edit.setText("w")
    window.undo_stack.undo()
    assert cell(window, "王伟", GuestColumn.RSVP).data() == "确认参加"
    assert stored(window, "王伟").rsvp == "confirmed"
    assert cell(window, "吴文华", GuestColumn.RSVP).data() == "谢绝"


def test_a_cell_typed_into_through_the_editor_is_stored(window: MainWindow, qtbot: QtBot) -> None:
    view = window.guest_view
    index = cell(window, "陈静", GuestColumn.PHONE)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "010-12345678")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits the typed text once the key press is through, as a queued call.
    qtbot.waitUntil(lambda: view.indexWidget(index) is None)
    assert stored(window, "陈静").phone == "010-12345678"
    assert window.undo_stack.count() == 1


def test_the_rank_is_chosen_from_the_official_levels(window: MainWindow, qtbot: QtBot) -> None:
    view = window.guest_view
    index = cell(window, "欧阳娜娜", GuestColumn.RANK)
    view.setCurrentIndex(index)
    view.edit(index)
    combo = view.findChild(QComboBox, "guestChoice")
    assert combo is not None and combo.itemText(1) == "国家级正职"
    combo.setCurrentIndex(combo.findText("厅局级副职"))
    view.commitData(combo)
    assert stored(window, "欧阳娜娜").rank_level == 6


def test_a_refused_value_is_explained_and_changes_nothing(window: MainWindow) -> None:
    name = cell(window, "李明", GuestColumn.NAME)
    assert not window.guest_view.model().setData(name, "   ")
    box = window.guest_dialog
    assert isinstance(box, QMessageBox) and box.text() == "姓名：姓名不能为空"
    box.close()
    assert cell(window, "李明", GuestColumn.NAME).data() == "李明"
    assert window.undo_stack.count() == 0


def select(window: MainWindow, *names: str) -> None:
    selection = window.guest_view.selectionModel()
    selection.clear()
    for name in names:
        selection.select(cell(window, name, GuestColumn.NAME),
                         selection.SelectionFlag.Select | selection.SelectionFlag.Rows)


def test_a_bulk_edit_of_three_guests_is_one_undo_step(window: MainWindow) -> None:
    select(window, "李明", "王伟", "陈静")
    window.edit_guests_action.trigger()
    dialog = window.guest_dialog
    assert isinstance(dialog, BulkEditDialog)
    dialog.rsvp.setCurrentIndex(dialog.rsvp.findText("待定"))
    dialog.delegation.setText("省代表团")
    dialog.accept()
    assert [stored(window, name).rsvp for name in ("李明", "王伟", "陈静")] == ["tentative"] * 3
    assert stored(window, "李明").delegation == "省代表团"
    assert stored(window, "李明").category == "leader"
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "编辑 3 位嘉宾"
    window.undo_stack.undo()
    assert [stored(window, name).rsvp for name in ("李明", "王伟", "陈静")] == [
        "invited", "confirmed", "invited"]


def test_a_deleted_guest_comes_back_with_the_same_sign_in_code(window: MainWindow) -> None:
    token = stored(window, "吴文华").token
    select(window, "吴文华", "陈静")
    window.delete_guests_action.trigger()
    box = window.guest_dialog
    assert isinstance(box, QMessageBox) and "2 位嘉宾" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert window.guest_view.model().rowCount() == 4
    with pytest.raises(LookupError):
        cell(window, "吴文华", GuestColumn.NAME)
    window.undo_stack.undo()
    assert window.guest_view.model().rowCount() == 6
    assert stored(window, "吴文华").token == token
    window.undo_stack.redo()
    assert window.guest_view.model().rowCount() == 4


def test_delete_asks_first_and_does_nothing_when_cancelled(window: MainWindow) -> None:
    select(window, "李明")
    window.delete_guests_action.trigger()
    window.guest_dialog.button(QMessageBox.StandardButton.Cancel).click()
    assert window.guest_view.model().rowCount() == 6
    assert window.undo_stack.count() == 0


def test_a_new_guest_is_added_and_named_in_place(window: MainWindow, qtbot: QtBot) -> None:
    window.guest_view.setFocus()
    qtbot.keyClick(window.guest_view, Qt.Key.Key_Insert)
    editor = window.guest_view.indexWidget(window.guest_view.currentIndex())
    assert isinstance(editor, QLineEdit) and editor.text() == "新嘉宾"
    editor.selectAll()
    editor.insert("赵磊")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.undo_stack.count() == 2)
    assert stored(window, "赵磊").list_order == 7
    assert window.undo_stack.count() == 2
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.guest_view.model().rowCount() == 6


def test_the_editable_model_passes_qts_model_checks(window: MainWindow,
                                                    qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(window.guests)
    window.guest_view.model().setData(cell(window, "王伟", GuestColumn.NAME), "王伟东")
    select(window, "李明")
    window.delete_guests_action.trigger()
    window.guest_dialog.button(QMessageBox.StandardButton.Yes).click()
    window.undo_stack.undo()
    qtmodeltester.check(window.guests)
    qtmodeltester.check(window.guest_filter)

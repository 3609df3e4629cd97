"""Events in the main window: renaming, duplicating and deleting them, each undoable, and the
history of every step."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QMenu, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlmodel import Session, select

from models.db import transaction
from models.scenes import add_element
from models.tables import Assignment, CheckIn, Guest, Scene
from tests.ui.guest_data import FEW_GUESTS, add_event
from ui.event_dialogs import DuplicateEventDialog, RenameEventDialog
from ui.main_window import MainWindow

OpenWindow = Callable[[Engine], MainWindow]
translate = QCoreApplication.translate


def renamed(old: str, new: str) -> str:
    return translate("EventCommand", "Rename “{old}” to “{new}”").format(old=old, new=new)


def event_names(window: MainWindow) -> list[str]:
    return [window.events.index(row).data() for row in range(window.events.rowCount())]


def guest_count(engine: Engine, event_id: int) -> int:
    with Session(engine) as session:
        return len(session.exec(select(Guest.id).where(Guest.event_id == event_id)).all())


@pytest.fixture
def window(sqlite_engine: Engine, open_window: OpenWindow) -> MainWindow:
    """A window on 省投资大会 (six guests, one seated in the hall, one checked in) and 签约仪式."""
    event_id = add_event(sqlite_engine, "省投资大会", FEW_GUESTS)
    add_event(sqlite_engine, "签约仪式")
    with transaction(sqlite_engine) as session:
        scene = Scene(event_id=event_id, name="大会")
        session.add(scene)
        session.flush()
        element = add_element(session, scene, "rostrum")
        li = session.exec(select(Guest).where(Guest.name == "李明")).one()
        session.add(Assignment(scene_id=scene.id, element_id=element.id, seat="1-1",
                               guest_id=li.id))
        session.add(CheckIn(event_id=event_id, guest_id=li.id, station="东门"))
    return open_window(sqlite_engine)


def test_rename_refuses_a_taken_name_in_the_dialog_and_undo_brings_the_old_name_back(
        window: MainWindow) -> None:
    window.rename_event_action.trigger()
    dialog = window.event_dialog
    assert isinstance(dialog, RenameEventDialog)
    assert dialog.name_edit.text() == "省投资大会"
    dialog.name_edit.setText("签约仪式")
    dialog.accept()
    assert dialog.problem.text() == "已有名为“签约仪式”的活动"
    assert window.undo_stack.count() == 0
    dialog.name_edit.setText("2026 省投资大会")
    dialog.accept()
    assert event_names(window) == ["2026 省投资大会", "签约仪式"]
    assert window.current_event().name == "2026 省投资大会"
    assert window.undo_stack.undoText() == renamed("省投资大会", "2026 省投资大会")
    window.undo_stack.undo()
    assert event_names(window) == ["省投资大会", "签约仪式"]
    window.undo_stack.redo()
    assert window.current_event().name == "2026 省投资大会"


@pytest.mark.parametrize("with_guests", [False, True])
def test_duplicate_copies_the_scenes_and_if_asked_the_guests_and_undo_removes_the_copy(
        window: MainWindow, sqlite_engine: Engine, with_guests: bool) -> None:
    source_id = window.current_event().id
    window.duplicate_event_action.trigger()
    dialog = window.event_dialog
    assert isinstance(dialog, DuplicateEventDialog)
    copy_name = translate("MainWindow", "{event} (copy)").format(event="省投资大会")
    assert dialog.name_edit.text() == copy_name
    dialog.with_guests.setChecked(with_guests)
    dialog.accept()
    copy = window.current_event()
    assert copy.name == copy_name and copy.id != source_id
    assert copy.guests == (6 if with_guests else 0)
    with Session(sqlite_engine) as session:
        scenes = session.exec(select(Scene).where(Scene.event_id == copy.id)).all()
        assert [scene.name for scene in scenes] == ["大会"]
        assert session.exec(select(Assignment).where(Assignment.scene_id == scenes[0].id)
                            ).all() == []
    window.undo_stack.undo()
    assert event_names(window) == ["省投资大会", "签约仪式"]
    assert window.current_event().id == source_id
    window.undo_stack.redo()
    assert window.current_event().id == copy.id
    assert guest_count(sqlite_engine, copy.id) == (6 if with_guests else 0)


def test_delete_names_the_event_and_its_guests_and_cancel_keeps_it(window: MainWindow) -> None:
    window.delete_event_action.trigger()
    box = window.event_dialog
    assert isinstance(box, QMessageBox)
    assert "“省投资大会”" in box.text() and "6" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert event_names(window) == ["省投资大会", "签约仪式"]
    assert window.undo_stack.count() == 0


def test_undoing_a_delete_brings_the_event_back_with_seats_and_check_ins(
        window: MainWindow, sqlite_engine: Engine) -> None:
    event_id = window.current_event().id
    window.delete_event_action.trigger()
    window.event_dialog.button(QMessageBox.StandardButton.Yes).click()
    assert event_names(window) == ["签约仪式"]
    assert guest_count(sqlite_engine, event_id) == 0
    window.undo_stack.undo()
    assert event_names(window) == ["省投资大会", "签约仪式"]
    assert window.current_event().id == event_id
    assert window.guests.rowCount() == 6
    with Session(sqlite_engine) as session:
        li = session.exec(select(Guest).where(Guest.name == "李明")).one()
        assert session.exec(select(Assignment.seat).where(Assignment.guest_id == li.id)
                            ).all() == ["1-1"]
        assert session.exec(select(CheckIn.station).where(CheckIn.guest_id == li.id)
                            ).all() == ["东门"]
    window.undo_stack.redo()
    assert event_names(window) == ["签约仪式"]


def test_the_event_lists_menu_offers_the_event_actions(window: MainWindow, qtbot: QtBot,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    window.show()
    qtbot.waitExposed(window)
    shown: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, _position: shown.append(menu))
    rect = window.event_view.visualRect(window.events.index(1))
    window._event_menu(rect.center())
    assert window.current_event().name == "签约仪式"
    actions = [action for action in shown[0].actions() if not action.isSeparator()]
    assert actions == [window.new_event_action, window.rename_event_action,
                       window.duplicate_event_action, window.delete_event_action]
    shown.clear()
    window._event_menu(QPoint(5, window.event_view.viewport().height() - 2))
    assert shown[0].actions() == [window.new_event_action]


def test_the_history_lists_every_step_and_a_click_goes_back_to_it(
        window: MainWindow, qtbot: QtBot) -> None:
    window.history_action.trigger()
    assert window.history_dock.isVisibleTo(window)
    window.event_editing.rename(window.current_event().id, "年会")
    window.event_editing.rename(window.current_event().id, "年会 2026")
    history = window.history
    texts = [history.model().index(row, 0).data() for row in range(history.model().rowCount())]
    assert texts == [translate("MainWindow", "(as opened)"), renamed("省投资大会", "年会"),
                     renamed("年会", "年会 2026")]
    # Choosing a row in the history undoes the steps after it.
    history.setCurrentIndex(history.model().index(0, 0))
    assert window.undo_stack.index() == 0
    assert event_names(window) == ["省投资大会", "签约仪式"]
    history.setCurrentIndex(history.model().index(2, 0))
    assert window.current_event().name == "年会 2026"


def test_f2_and_delete_on_the_event_list_rename_and_delete_the_event(
        window: MainWindow, qtbot: QtBot) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.event_view.setFocus()
    qtbot.waitUntil(window.event_view.hasFocus)
    qtbot.keyClick(window.event_view, Qt.Key.Key_Delete)
    assert isinstance(window.event_dialog, QMessageBox)
    window.event_dialog.reject()
    qtbot.keyClick(window.event_view, Qt.Key.Key_F2)
    assert isinstance(window.event_dialog, RenameEventDialog)
    window.event_dialog.reject()
    # In the guest table the same keys belong to the guests.
    window.guest_view.setFocus()
    window.guest_view.selectRow(0)
    qtbot.keyClick(window.guest_view, Qt.Key.Key_Delete)
    assert window.event_dialog is None
    assert isinstance(window.guest_dialog, QMessageBox)

"""The seating tab: the demo's scenes drawn, arranging off the GUI thread, cancel, undo, redo."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QKeySequence, QPainter
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlmodel import Session, select

from models.db import transaction
from models.demo import create_demo
from models.demo_scenes import BANQUET, HALL, PHOTO, SIGNING
from models.scenes import find_scene
from models.seating import current_seats, scene_plan
from models.tables import Assignment, Event, SeatingSnapshot
from tests.ui.guest_data import FEW_GUESTS, add_event
from ui import arrange_worker, seating_view
from ui.main_window import MainWindow
from ui.seating_view import SIGNING_TABLE_DEPTH, load_picture

OpenWindow = Callable[[Engine], MainWindow]
FULL_WIDTH_SPACE = "\u3000"


@pytest.fixture
def window(sqlite_engine: Engine, open_window: OpenWindow, qtbot: QtBot) -> MainWindow:
    """A shown window on the sample conference, its seating tab open."""
    with transaction(sqlite_engine) as session:
        create_demo(session)
    window = open_window(sqlite_engine)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.seating)
    return window


def choose_scene(window: MainWindow, name: str) -> None:
    window.seating.scene_chooser.setCurrentText(name)


def shown_names(window: MainWindow) -> list[str]:
    return [item.seat.name for item in window.seating.view.seat_items() if item.seat.name]


def stored(engine: Engine, name: str) -> dict[int, tuple[int, str]]:
    with Session(engine) as session:
        event = session.exec(select(Event)).one()
        return current_seats(session, find_scene(session, event.id, name))


def arrange(qtbot: QtBot, window: MainWindow) -> None:
    window.arrange_action.trigger()
    qtbot.waitUntil(lambda: window.arrange_report is not None, timeout=20000)


def test_the_seating_tab_offers_the_events_scenes(window: MainWindow) -> None:
    chooser = window.seating.scene_chooser
    assert [chooser.itemText(i) for i in range(chooser.count())] == [HALL, SIGNING, PHOTO,
                                                                      BANQUET]
    assert window.tabs.tabText(0) == "嘉宾" and window.tabs.tabText(1) == "座次"
    assert window.arrange_action.isEnabled()


@pytest.mark.parametrize("name", [HALL, BANQUET])
def test_the_view_draws_one_box_per_seat_all_empty_before_arranging(
        window: MainWindow, sqlite_engine: Engine, name: str) -> None:
    choose_scene(window, name)
    with Session(sqlite_engine) as session:
        event = session.exec(select(Event)).one()
        seats = scene_plan(session, event, find_scene(session, event.id, name)).seats
    items = window.seating.view.seat_items()
    assert len(items) == len(seats)
    assert shown_names(window) == []


def test_arranging_fills_the_seats_with_spaced_names_and_reports(
        qtbot: QtBot, window: MainWindow, sqlite_engine: Engine) -> None:
    arrange(qtbot, window)
    seated = stored(sqlite_engine, HALL)
    names = shown_names(window)
    assert len(names) == len(seated) > 100
    assert any(len(name) == 3 and name[1] == FULL_WIDTH_SPACE for name in names)
    report = window.arrange_report.text.toPlainText()
    assert f"已安排：{len(seated)} 人" in report
    assert "未安排：0 人" in report and "座位变动：" in report
    assert window.arrange_progress is None


def test_undo_restores_the_empty_seats_and_redo_brings_the_arrangement_back(
        qtbot: QtBot, window: MainWindow, sqlite_engine: Engine) -> None:
    choose_scene(window, BANQUET)
    arrange(qtbot, window)
    arranged = stored(sqlite_engine, BANQUET)
    assert arranged

    window.undo_action.trigger()
    assert stored(sqlite_engine, BANQUET) == {}
    assert shown_names(window) == []

    window.redo_action.trigger()
    assert stored(sqlite_engine, BANQUET) == arranged
    assert len(shown_names(window)) == len(arranged)


def test_undo_and_redo_are_in_the_edit_menu_with_the_standard_keys(window: MainWindow) -> None:
    assert window.undo_action in window.edit_menu.actions()
    assert window.redo_action in window.edit_menu.actions()
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.redo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)
    assert not window.undo_action.isEnabled()


def test_cancel_before_the_commit_leaves_the_database_unchanged(
        qtbot: QtBot, window: MainWindow, sqlite_engine: Engine,
        monkeypatch: pytest.MonkeyPatch) -> None:
    computed, cancelled = threading.Event(), threading.Event()
    arrange_in_worker = arrange_worker.arrange_with_snapshots

    def held_until_cancelled(*args: Any) -> Any:
        result = arrange_in_worker(*args)
        computed.set()
        cancelled.wait(10)
        return result

    monkeypatch.setattr(arrange_worker, "arrange_with_snapshots", held_until_cancelled)
    window.arrange_action.trigger()
    assert window.arrange_progress is not None
    qtbot.waitUntil(computed.is_set, timeout=20000)
    cancel = window.arrange_progress.findChild(QPushButton)
    assert cancel.text() == "取消"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    cancelled.set()
    qtbot.waitUntil(lambda: window.arrange_progress is None, timeout=20000)

    assert stored(sqlite_engine, HALL) == {}
    with Session(sqlite_engine) as session:
        assert session.exec(select(SeatingSnapshot)).all() == []
        assert session.exec(select(Assignment)).all() == []
    assert window.arrange_report is None
    assert window.undo_stack.count() == 0
    assert window.arrange_action.isEnabled()


def test_ctrl_wheel_keys_zoom_and_ctrl_0_fits_again(qtbot: QtBot, window: MainWindow) -> None:
    view = window.seating.view
    fitted = view.zoom_factor()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom_factor() == pytest.approx(fitted * 1.25)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom_factor() < fitted
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom_factor() == pytest.approx(fitted)


def test_an_event_without_scenes_offers_to_make_the_first_one(
        qtbot: QtBot, sqlite_engine: Engine, open_window: OpenWindow) -> None:
    """The empty tab says what a scene is and makes one from its button: the new scene is shown
    in the plan, with the usual layout of its kind, and undo takes it away again."""
    add_event(sqlite_engine, "省投资大会", FEW_GUESTS)
    window = open_window(sqlite_engine)
    area = window.seating
    assert area.pages.currentWidget() is area._empty
    assert "新建场景" in area.message.text() and not area.new_scene_button.isHidden()
    assert not window.arrange_action.isEnabled()

    area.new_scene_button.click()
    dialog = area.layout_editor.scene_dialog
    assert dialog is not None
    dialog.name.setText("主会场")
    dialog.accept()
    qtbot.waitUntil(lambda: area.scene_chooser.count() == 1)
    assert area.scene_chooser.currentText() == "主会场"
    assert area.pages.currentWidget() is area._drawing
    assert area.view.seat_items()

    window.undo_stack.undo()
    qtbot.waitUntil(lambda: area.scene_chooser.count() == 0)
    assert area.pages.currentWidget() is area._empty


def test_a_signing_stage_shows_a_table_in_front_of_each_row_of_signatories(
        sqlite_engine: Engine) -> None:
    """The layout places only chairs; the plan draws each row's table on the audience's side
    (+y) of its signatories, as long as the row, so that the stage reads as a signing."""
    with transaction(sqlite_engine) as session:
        create_demo(session)
    with Session(sqlite_engine) as session:
        event = session.exec(select(Event)).one()
        scene = find_scene(session, event.id, SIGNING)
        picture = load_picture(session, event, scene)
        plan = scene_plan(session, event, scene)
    signatories = [ranked.seat for ranked in plan.seats if not ranked.seat.standing]
    tables = [shape for shape in picture.shapes if shape.height == SIGNING_TABLE_DEPTH]
    rows = sorted({seat.row for seat in signatories})
    assert len(tables) == len(rows) == 2
    for table, row in zip(sorted(tables, key=lambda shape: shape.y), rows, strict=True):
        chairs = [seat for seat in signatories if seat.row == row]
        assert table.y > max(seat.y for seat in chairs)
        assert table.width > max(seat.x for seat in chairs) - min(seat.x for seat in chairs)


def test_the_tab_reopens_as_the_user_left_it(sqlite_engine: Engine, open_window: OpenWindow
                                            ) -> None:
    """Ranks shown and the layout being edited are kept across a restart, like the scene."""
    with transaction(sqlite_engine) as session:
        create_demo(session)
    first = open_window(sqlite_engine)
    first.seating.scene_chooser.setCurrentIndex(3)
    first.seating.ranks_button.setChecked(True)
    first.seating.layout_button.setChecked(True)
    first.close()

    again = open_window(sqlite_engine).seating
    assert again.scene_chooser.currentText() == BANQUET
    assert again.ranks_button.isChecked() and again.layout_button.isChecked()
    assert again.modes.currentWidget() is again.layout_editor
    assert again.layout_editor.scene_id() == again.current_scene_id()


def test_a_long_name_goes_on_two_lines_in_its_seat(qapp: Any, monkeypatch: pytest.MonkeyPatch
                                                   ) -> None:
    """A name too long to read on one line in a seat's box (玉苏甫·热西提 and longer) is broken
    on two lines at its middle dot; a usual name stays on one."""
    drawn: list[str] = []
    monkeypatch.setattr(seating_view, "_fitted_text",
                        lambda _painter, _rect, text, _size: drawn.append(text))
    image = QImage(200, 100, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    box = QRectF(0, 0, seating_view.SEAT_WIDTH, seating_view.SEAT_HEIGHT)
    try:
        seating_view._fitted_name(painter, box, "阿卜杜热合曼·买买提依明", seating_view.NAME_SIZE)
        long_name = list(drawn)
        drawn.clear()
        seating_view._fitted_name(painter, box, "欧阳娜娜", seating_view.NAME_SIZE)
    finally:
        painter.end()
    assert long_name == ["阿卜杜热合曼·", "买买提依明"]
    assert drawn == ["欧阳娜娜"]

"""The layout editor driven as a user would, each edit stored at once, undone and redone."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QDropEvent, QMouseEvent, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlmodel import Session, select

from models.db import transaction
from models.events import create_event
from models.guests import new_guest
from models.layout import ElementKind
from models.scene_edits import Alignment, ElementState, add_elements, new_scene
from models.scenes import event_scenes, scene_elements
from models.tables import Assignment, Element, Scene, SceneKind
from ui.layout_editor import GRID_SETTING, SNAP_SETTING, LayoutEditor
from ui.layout_palette import MIME_TYPE
from ui.translations import Translators


@dataclass
class Room:
    editor: LayoutEditor
    stack: QUndoStack
    engine: Engine
    event_id: int
    scene_id: int
    questions: list[str] = field(default_factory=list)
    answer: bool = True

    def element(self, element_id: int) -> Element | None:
        with Session(self.engine) as session:
            return session.get(Element, element_id)

    def elements(self) -> list[Element]:
        with Session(self.engine) as session:
            return scene_elements(session, self.scene_id)

    def add(self, *states: ElementState) -> list[int]:
        with transaction(self.engine) as session:
            ids = add_elements(session, self.scene_id, list(states)).added_ids()
        self.editor.set_scene(self.event_id, self.scene_id)
        return ids

    def seat(self, element_id: int, key: str, name: str) -> int:
        with transaction(self.engine) as session:
            guest = new_guest(self.event_id, name)
            session.add(guest)
            session.flush()
            session.add(Assignment(scene_id=self.scene_id, element_id=element_id, seat=key,
                                   guest_id=guest.id))
            return guest.id

    def seats(self, element_id: int) -> dict[str, int]:
        with Session(self.engine) as session:
            rows = session.exec(select(Assignment).where(Assignment.element_id == element_id))
            return {a.seat: a.guest_id for a in rows}

    def viewport_point(self, x: float, y: float) -> QPoint:
        return self.editor.view.mapFromScene(QPointF(x, y))


def table(x: float, y: float, **params: object) -> ElementState:
    return ElementState(ElementKind.TABLE, x, y, 0.0, "", dict(params))


@pytest.fixture
def room(qtbot: QtBot, sqlite_engine: Engine, settings: QSettings) -> Iterator[Room]:
    """An editor, shown, on an empty banquet scene; questions it asks are recorded and
    answered with `answer`."""
    with transaction(sqlite_engine) as session:
        event = create_event(session, "年会")
        scene = new_scene(session, event.id, "欢迎晚宴", SceneKind.BANQUET,
                          starting_layout=False)
        event_id, scene_id = event.id, scene.id
    stack = QUndoStack()
    editor = LayoutEditor(sqlite_engine, stack, settings=settings)
    qtbot.addWidget(editor)
    editor.resize(1300, 800)
    editor.show()
    qtbot.waitExposed(editor)
    built = Room(editor, stack, sqlite_engine, event_id, scene_id)

    def ask(_title: str, text: str) -> bool:
        built.questions.append(text)
        return built.answer

    editor.confirm = ask
    editor.set_scene(event_id, scene_id)
    yield built
    stack.clear()
    # The offscreen platform crashes at exit on clipboard data it still holds.
    QApplication.clipboard().clear()


def drag(room: Room, start: QPoint, end: QPoint) -> None:
    """A real drag on the canvas: press, a few moves, release."""
    viewport = room.editor.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 6):
        QTest.mouseMove(viewport, start + (end - start) * step / 5)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def shift_drag(room: Room, start: QPoint, end: QPoint) -> None:
    """A drag with Shift held; QTest's moves carry no modifiers, so these are sent as such."""
    viewport = room.editor.view.viewport()
    shift = Qt.KeyboardModifier.ShiftModifier
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, shift, start)
    for step in range(1, 6):
        point = QPointF(start + (end - start) * step / 5)
        move = QMouseEvent(QEvent.Type.MouseMove, point, viewport.mapToGlobal(point),
                           Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, shift)
        QApplication.sendEvent(viewport, move)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, shift, end)


def test_a_palette_click_adds_the_element_stored_at_once_and_undo_redo_bring_the_same_one(
        room: Room, qtbot: QtBot) -> None:
    palette = room.editor.palette
    item = palette.item_of("round")
    with qtbot.waitSignal(room.editor.changed):
        qtbot.mouseClick(palette.viewport(), Qt.MouseButton.LeftButton,
                         pos=palette.visualItemRect(item).center())
    [added] = room.elements()
    assert (added.kind, added.params["shape"], added.params["seats"]) == ("table", "round", 10)
    # Added on the grid (50 cm), in the middle of what the view shows.
    assert added.x % 50 == 0 and added.y % 50 == 0
    assert room.editor.selected_ids() == [added.id]
    room.stack.undo()
    assert room.elements() == [] and room.editor.items == {}
    room.stack.redo()
    assert [e.id for e in room.elements()] == [added.id]
    assert list(room.editor.items) == [added.id]


def test_dragging_a_table_stores_it_snapped_to_the_grid_as_one_undo_step(room: Room) -> None:
    [table_id] = room.add(table(0, 0))
    start = room.viewport_point(0, 0)
    end = room.viewport_point(137, 261)
    drag(room, start, end)
    moved = room.element(table_id)
    assert (moved.x, moved.y) == (150, 250)
    assert room.stack.count() == 1
    room.stack.undo()
    back = room.element(table_id)
    assert (back.x, back.y) == (0, 0)
    assert room.editor.items[table_id].pos() == QPointF(0, 0)
    room.stack.redo()
    assert (room.element(table_id).x, room.element(table_id).y) == (150, 250)


def test_with_snapping_off_a_drag_lands_where_the_mouse_left_it(room: Room) -> None:
    room.editor.snap_action.setChecked(False)
    [table_id] = room.add(table(0, 0))
    start = room.viewport_point(0, 0)
    end = start + QPoint(37, 23)
    drag(room, start, end)
    moved = room.element(table_id)
    expected = room.editor.view.mapToScene(end) - room.editor.view.mapToScene(start)
    assert moved.x == pytest.approx(expected.x(), abs=0.2)
    assert moved.y == pytest.approx(expected.y(), abs=0.2)
    assert moved.x % 50 != 0


def test_holding_shift_while_dragging_leaves_the_grid(room: Room) -> None:
    [table_id] = room.add(table(0, 0))
    start = room.viewport_point(0, 0)
    end = start + QPoint(37, 23)
    shift_drag(room, start, end)
    moved = room.element(table_id)
    assert (moved.x, moved.y) != (0, 0)
    assert moved.x % 50 != 0 or moved.y % 50 != 0


def test_the_snap_setting_and_grid_survive_a_restart(room: Room, settings: QSettings,
                                                     qtbot: QtBot) -> None:
    room.editor.snap_action.setChecked(False)
    room.editor.grid_box.setValue(25)
    assert settings.value(SNAP_SETTING, type=bool) is False
    assert settings.value(GRID_SETTING, type=int) == 25
    again = LayoutEditor(room.engine, QUndoStack(), settings=settings)
    qtbot.addWidget(again)
    assert not again.snap_action.isChecked() and again.grid_box.value() == 25


def test_r_turns_the_chosen_table_by_15_degrees_and_shift_r_by_90(room: Room) -> None:
    [table_id] = room.add(table(0, 0, shape="long"))
    room.editor.select([table_id])
    room.editor.view.setFocus()
    QTest.keyClick(room.editor.view, Qt.Key.Key_R)
    assert room.element(table_id).rotation == 15
    QTest.keyClick(room.editor.view, Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
    assert room.element(table_id).rotation == 105
    assert room.editor.items[table_id].rotation() == 105
    room.stack.undo()
    assert room.element(table_id).rotation == 15
    assert room.editor.items[table_id].rotation() == 15


def test_a_property_change_that_unseats_guests_asks_first_and_undo_seats_them_again(
        room: Room) -> None:
    [table_id] = room.add(table(0, 0, seats=10))
    kept = room.seat(table_id, "t1", "王伟")
    lost = room.seat(table_id, "t8", "李娜")
    room.editor.select([table_id])
    seats = room.editor.panel.fields["seats"]
    assert isinstance(seats, QSpinBox)
    room.answer = False
    seats.setValue(6)
    assert len(room.questions) == 1 and "李娜" in room.questions[0]
    assert room.element(table_id).params["seats"] == 10 and room.stack.count() == 0
    # Refused: the panel shows the stored value again.
    assert seats.value() == 10
    room.answer = True
    seats.setValue(6)
    assert room.element(table_id).params["seats"] == 6
    assert room.seats(table_id) == {"t1": kept}
    room.stack.undo()
    assert room.element(table_id).params["seats"] == 10
    assert room.seats(table_id) == {"t1": kept, "t8": lost}
    room.stack.redo()
    assert room.seats(table_id) == {"t1": kept}


def test_a_table_number_another_table_has_is_refused_in_the_panel(room: Room) -> None:
    _first, second = room.add(table(0, 0, number=3), table(400, 0))
    room.editor.select([second])
    number = room.editor.panel.fields["number"]
    assert isinstance(number, QSpinBox)
    number.setValue(3)
    error = room.editor.panel.findChild(QLabel, "layoutError")
    assert error.isVisible() and "桌号 3" in error.text()
    assert room.element(second).params["number"] is None and room.stack.count() == 0


def test_rows_typed_wrong_are_refused_in_place_with_the_field_named(room: Room) -> None:
    [rostrum] = room.add(ElementState(ElementKind.ROSTRUM, 0, 0, 0, "主席台", {"rows": [7]}))
    room.editor.select([rostrum])
    rows = room.editor.panel.fields["rows"]
    assert isinstance(rows, QLineEdit)
    rows.setText("7, x")
    rows.setModified(True)
    rows.editingFinished.emit()
    error = room.editor.panel.findChild(QLabel, "layoutError")
    assert error.isVisible() and "Rows" in error.text()
    rows.setText("7，9")
    rows.setModified(True)
    rows.editingFinished.emit()
    assert room.element(rostrum).params["rows"] == [7, 9]


def test_making_a_table_the_main_table_clears_the_old_one_in_one_step(room: Room) -> None:
    old, new = room.add(table(0, 0, main=True), table(400, 0))
    room.editor.select([new])
    room.editor.panel.fields["main"].click()
    assert [room.element(i).params["main"] for i in (old, new)] == [False, True]
    room.stack.undo()
    assert [room.element(i).params["main"] for i in (old, new)] == [True, False]


def test_delete_asks_who_loses_a_seat_and_undo_brings_the_table_and_guests_back(
        room: Room) -> None:
    [table_id] = room.add(table(0, 0))
    guest = room.seat(table_id, "t0", "张强")
    room.editor.select([table_id])
    room.editor.view.setFocus()
    room.answer = False
    QTest.keyClick(room.editor.view, Qt.Key.Key_Delete)
    assert "张强" in room.questions[0] and room.element(table_id) is not None
    room.answer = True
    QTest.keyClick(room.editor.view, Qt.Key.Key_Delete)
    assert room.element(table_id) is None and table_id not in room.editor.items
    room.stack.undo()
    assert room.element(table_id) is not None and room.seats(table_id) == {"t0": guest}
    assert table_id in room.editor.items


def test_copy_and_paste_makes_a_shifted_copy_without_the_table_number(room: Room) -> None:
    [table_id] = room.add(table(0, 0, number=5, seats=8))
    room.editor.select([table_id])
    room.editor.view.setFocus()
    QTest.keyClick(room.editor.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(room.editor.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    [copy] = [e for e in room.elements() if e.id != table_id]
    assert (copy.x, copy.y, copy.params["seats"], copy.params["number"]) == (100, 100, 8, None)
    assert room.editor.selected_ids() == [copy.id]
    room.stack.undo()
    assert [e.id for e in room.elements()] == [table_id]


def test_align_and_distribute_move_the_chosen_elements_in_one_step_each(room: Room) -> None:
    ids = room.add(table(0, 0), table(500, 130), table(900, -40))
    room.editor.select(ids)
    room.editor.align_actions[Alignment.LEFT].trigger()
    assert {room.element(i).x for i in ids} == {0}
    room.stack.undo()
    room.editor.select(ids)
    room.editor.align_actions[Alignment.MIDDLE].trigger()
    assert len({room.element(i).y for i in ids}) == 1
    room.editor.select(ids)
    room.editor.distribute_across_action.trigger()
    assert [room.element(i).x for i in ids] == [0, 450, 900]
    assert room.stack.count() == 2


def test_numbering_by_position_numbers_the_tables_front_row_first(room: Room) -> None:
    ids = room.add(table(400, 500), table(0, 0), table(-400, 0))
    room.editor.number_by_position_action.trigger()
    assert [room.element(i).params["number"] for i in ids] == [3, 2, 1]
    assert [room.editor.items[i].caption for i in ids] == ["第3桌", "第2桌", "第1桌"]


def test_dragging_the_entrance_moves_where_guests_come_in(room: Room) -> None:
    with Session(room.engine) as session:
        scene = session.get(Scene, room.scene_id)
        start = (scene.entrance_x, scene.entrance_y)
    room.editor.view.fit()
    drag(room, room.viewport_point(*start), room.viewport_point(start[0] + 210, start[1]))
    with Session(room.engine) as session:
        scene = session.get(Scene, room.scene_id)
        assert (scene.entrance_x, scene.entrance_y) == (start[0] + 200, start[1])
    room.stack.undo()
    with Session(room.engine) as session:
        scene = session.get(Scene, room.scene_id)
        assert (scene.entrance_x, scene.entrance_y) == start


def test_a_new_scene_from_the_dialog_is_shown_and_undo_and_redo_remove_and_restore_it(
        room: Room, qtbot: QtBot) -> None:
    seen: list[object] = []
    room.editor.scenes_changed.connect(seen.append)
    room.editor.new_scene_action.trigger()
    dialog = room.editor.scene_dialog
    assert dialog is not None
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    # A scene needs a name before it can be made.
    assert not ok.isEnabled()
    dialog.name.setText("开幕式")
    assert ok.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData(SceneKind.HALL.value))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    with Session(room.engine) as session:
        made = next(s for s in event_scenes(session, room.event_id) if s.name == "开幕式")
        elements = scene_elements(session, made.id)
    kinds = {e.kind for e in elements}
    assert ElementKind.ROSTRUM in kinds and ElementKind.BLOCK in kinds
    assert room.editor.scene_id() == made.id and seen == [made.id]
    assert sorted(room.editor.items) == [e.id for e in elements]
    room.stack.undo()
    with Session(room.engine) as session:
        assert session.get(Scene, made.id) is None
    assert room.editor.scene_id() == room.scene_id
    room.stack.redo()
    with Session(room.engine) as session:
        assert session.get(Scene, made.id).name == "开幕式"
    assert room.editor.scene_id() == made.id


def test_a_new_scene_with_a_name_in_use_is_refused_with_a_message(room: Room) -> None:
    assert room.editor.create_scene("欢迎晚宴", SceneKind.BANQUET) is None
    message = room.editor.findChild(QLabel, "layoutMessage")
    assert message.isVisible() and "欢迎晚宴" in message.text()
    assert room.stack.count() == 0


def test_rename_scene_and_undo(room: Room) -> None:
    room.editor.rename_scene_action.trigger()
    dialog = room.editor.rename_dialog
    assert dialog is not None and dialog.textValue() == "欢迎晚宴"
    dialog.setTextValue("答谢晚宴")
    dialog.accept()
    with Session(room.engine) as session:
        assert session.get(Scene, room.scene_id).name == "答谢晚宴"
    room.stack.undo()
    with Session(room.engine) as session:
        assert session.get(Scene, room.scene_id).name == "欢迎晚宴"


def test_deleting_a_scene_asks_first_and_undo_brings_it_back_with_its_seats(
        room: Room) -> None:
    [table_id] = room.add(table(0, 0))
    guest = room.seat(table_id, "t2", "赵敏")
    room.answer = False
    room.editor.delete_scene_action.trigger()
    assert "1" in room.questions[0]
    with Session(room.engine) as session:
        assert session.get(Scene, room.scene_id) is not None
    room.answer = True
    room.editor.delete_scene_action.trigger()
    with Session(room.engine) as session:
        assert session.get(Scene, room.scene_id) is None
    assert room.editor.scene_id() is None and not room.editor.palette.isEnabled()
    room.stack.undo()
    assert room.seats(table_id) == {"t2": guest}
    assert room.editor.scene_id() == room.scene_id and table_id in room.editor.items


def test_moving_a_scene_later_changes_the_order_and_undo_restores_it(room: Room) -> None:
    with transaction(room.engine) as session:
        new_scene(session, room.event_id, "合影", SceneKind.PHOTO)
    room.editor.move_scene_later_action.trigger()
    with Session(room.engine) as session:
        assert [s.name for s in event_scenes(session, room.event_id)] == ["合影", "欢迎晚宴"]
    room.stack.undo()
    with Session(room.engine) as session:
        assert [s.name for s in event_scenes(session, room.event_id)] == ["欢迎晚宴", "合影"]


def test_a_palette_entry_dropped_on_the_plan_lands_where_it_was_dropped(room: Room) -> None:
    view = room.editor.view
    data = QMimeData()
    data.setData(MIME_TYPE, b"pillar")
    where = QPointF(room.viewport_point(312, -188))
    drop = QDropEvent(where, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    view.dropEvent(drop)
    [pillar] = room.elements()
    assert (pillar.kind, pillar.params["type"]) == ("furniture", "pillar")
    # On the 50 cm grid nearest the drop.
    assert (pillar.x, pillar.y) == (300, -200)


def test_while_a_table_is_dragged_the_rest_is_one_picture_and_comes_back_after(
        room: Room) -> None:
    moved, still = room.add(table(0, 0), table(600, 0))
    viewport = room.editor.view.viewport()
    start = room.viewport_point(0, 0)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, start + QPoint(20, 0))
    QTest.mouseMove(viewport, start + QPoint(40, 0))
    # Only the dragged table is painted during the drag; the other is in the picture.
    assert room.editor.items[still].opacity() == 0 and room.editor.items[moved].opacity() == 1
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       start + QPoint(40, 0))
    assert all(item.opacity() == 1 for item in room.editor.items.values())
    assert room.editor.entrance.opacity() == 1


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_painting_many_times_cannot_free_none(room: Room) -> None:
    """PySide6 6.12 costs None a reference per call of a method returning nothing; the view
    gives None enough that no amount of painting frees it."""
    room.add(*(table(x * 400, 0) for x in range(20)))
    for _ in range(50):
        room.editor.view.viewport().repaint()
    assert sys.getrefcount(None) > 1 << 40


def test_without_a_scene_only_new_scene_is_offered_and_without_an_event_nothing(
        room: Room) -> None:
    room.editor.set_scene(room.event_id, None)
    assert room.editor.new_scene_action.isEnabled()
    assert not room.editor.palette.isEnabled()
    assert not room.editor.delete_scene_action.isEnabled()
    assert room.editor.add_preset("round") is None
    room.editor.set_scene(None, None)
    assert not room.editor.new_scene_action.isEnabled()


def test_elements_placed_off_the_grid_are_put_back_on_it_in_one_step(room: Room) -> None:
    ids = room.add(table(12, 138), table(460, -30))
    room.editor.select(ids)
    room.editor.grid_selected_action.trigger()
    assert [(room.element(i).x, room.element(i).y) for i in ids] == [(0, 150), (450, -50)]
    room.stack.undo()
    assert (room.element(ids[0]).x, room.element(ids[0]).y) == (12, 138)


def test_a_rubber_band_on_empty_floor_chooses_the_elements_inside_it(room: Room) -> None:
    inside = room.add(table(0, 0), table(400, 0))
    outside = room.add(table(0, 900))
    room.editor.view.fit()
    drag(room, room.viewport_point(-300, -300), room.viewport_point(700, 300))
    assert room.editor.selected_ids() == sorted(inside)
    assert outside[0] not in room.editor.selected_ids()
    # Choosing moved nothing and stored nothing.
    assert room.stack.count() == 0


def test_dragging_the_rotation_handle_turns_the_table_in_15_degree_steps(room: Room) -> None:
    [table_id] = room.add(table(0, 0, shape="long"))
    room.editor.select([table_id])
    handle = room.editor.handle
    assert handle.isVisible() and handle.element() is room.editor.items[table_id]
    start = room.editor.view.mapFromScene(handle.scenePos())
    # To the right of the table's centre: a quarter turn clockwise, give or take a few degrees.
    end = room.viewport_point(300, 12)
    drag(room, start, end)
    assert room.element(table_id).rotation == 90
    assert room.stack.count() == 1
    room.stack.undo()
    assert room.element(table_id).rotation == 0
    assert room.editor.items[table_id].rotation() == 0


def test_the_entrance_is_named_in_the_language_switched_to(room: Room,
                                                          translators: Translators) -> None:
    translators.use("zh_CN")
    room.editor.set_scene(room.event_id, room.scene_id)
    assert room.editor.entrance.caption == "入口"

    translators.use("en")
    QApplication.processEvents()

    assert room.editor.entrance.caption == "Entrance"

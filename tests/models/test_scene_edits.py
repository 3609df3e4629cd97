"""Editing scene layouts: each edit stored at once and undone exactly, seated guests included."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, SQLModel, select

from models.db import transaction
from models.events import create_event
from models.guests import new_guest
from models.layout import ElementKind, LayoutError
from models.scene_edits import (
    Alignment,
    Box,
    ElementState,
    Numbering,
    SceneEditRefused,
    add_elements,
    align,
    change_element,
    delete_scene,
    distribute,
    guests_losing_seats,
    new_scene,
    number_tables,
    paste_elements,
    place_elements,
    redo_edit,
    remove_elements,
    rename_scene,
    reorder_scenes,
    restore_scene,
    seated_guest_names,
    set_entrance,
    set_main_table,
    snap,
    snap_positions,
    tables_by_position,
    undo_edit,
)
from models.scenes import SceneNameRefused, event_scenes, scene_elements
from models.tables import Assignment, Element, Scene, SceneKind, SeatingSnapshot


def table(x: float, y: float, **params: object) -> ElementState:
    return ElementState(ElementKind.TABLE, x, y, 0.0, "", dict(params))


def seat(session: Session, scene_id: int, element_id: int, *keys: str) -> list[int]:
    """A new guest in each seat named; their ids in that order."""
    ids = []
    scene = session.get(Scene, scene_id)
    for key in keys:
        guest = new_guest(scene.event_id, f"嘉宾{key}")
        session.add(guest)
        session.flush()
        session.add(Assignment(scene_id=scene_id, element_id=element_id, seat=key,
                               guest_id=guest.id, locked=key == "t0"))
        ids.append(guest.id)
    session.flush()
    return ids


def seated(session: Session, element_id: int) -> dict[str, tuple[int, bool]]:
    rows = session.exec(select(Assignment).where(Assignment.element_id == element_id))
    return {a.seat: (a.guest_id, a.locked) for a in rows}


@pytest.fixture
def banquet(engine: Engine) -> int:
    """An empty banquet scene; its id."""
    with transaction(engine) as session:
        event = create_event(session, "晚宴")
        return new_scene(session, event.id, "欢迎晚宴", SceneKind.BANQUET,
                         starting_layout=False).id


def test_a_new_scene_of_a_kind_starts_with_its_usual_room(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "年会")
        hall = new_scene(session, event.id, "主会场", SceneKind.HALL)
        dinner = new_scene(session, event.id, "晚宴", SceneKind.BANQUET)
        empty = new_scene(session, event.id, "茶歇", SceneKind.BANQUET, starting_layout=False)
    with Session(engine) as session:
        kinds = [e.kind for e in scene_elements(session, hall.id)]
        assert ElementKind.ROSTRUM in kinds and ElementKind.BLOCK in kinds
        tables = [e for e in scene_elements(session, dinner.id) if e.kind == ElementKind.TABLE]
        assert len(tables) == 7
        assert [t.params["main"] for t in tables].count(True) == 1
        assert scene_elements(session, empty.id) == []
        assert [s.name for s in event_scenes(session, event.id)] == ["主会场", "晚宴", "茶歇"]


def test_adding_then_undoing_and_redoing_brings_back_the_same_element(engine: Engine,
                                                                       banquet: int) -> None:
    with transaction(engine) as session:
        edit = add_elements(session, banquet, [table(100, 200, seats=8)])
    [element_id] = edit.added_ids()
    with transaction(engine) as session:
        undo_edit(session, edit)
    with transaction(engine) as session:
        assert session.get(Element, element_id) is None
        redo_edit(session, edit)
    with Session(engine) as session:
        element = session.get(Element, element_id)
        assert (element.x, element.y, element.params["seats"]) == (100, 200, 8)


def test_removing_a_table_unseats_its_guests_and_undo_seats_them_again(engine: Engine,
                                                                        banquet: int) -> None:
    with transaction(engine) as session:
        [element_id] = add_elements(session, banquet, [table(0, 0)]).added_ids()
        guests = seat(session, banquet, element_id, "t0", "t3")
        assert guests_losing_seats(session, element_id, removed=True) == sorted(guests)
    with transaction(engine) as session:
        edit = remove_elements(session, [element_id])
    assert edit.unseated_guest_ids == sorted(guests)
    with transaction(engine) as session:
        assert session.exec(select(Assignment)).all() == []
        undo_edit(session, edit)
    with Session(engine) as session:
        # The lock on the host's seat comes back too.
        assert seated(session, element_id) == {"t0": (guests[0], True), "t3": (guests[1], False)}


def test_shrinking_a_table_unseats_only_the_guests_in_seats_it_loses_and_undo_restores_them(
        engine: Engine, banquet: int) -> None:
    with transaction(engine) as session:
        [element_id] = add_elements(session, banquet, [table(0, 0, seats=10)]).added_ids()
        kept, lost = seat(session, banquet, element_id, "t2", "t8")
        assert guests_losing_seats(session, element_id, seats=6) == [lost]
        assert seated_guest_names(session, [lost, kept]) == ["嘉宾t8", "嘉宾t2"]
    with transaction(engine) as session:
        edit = change_element(session, element_id, seats=6)
    assert edit.unseated_guest_ids == [lost]
    with transaction(engine) as session:
        assert seated(session, element_id) == {"t2": (kept, False)}
        undo_edit(session, edit)
    with transaction(engine) as session:
        assert seated(session, element_id) == {"t2": (kept, False), "t8": (lost, False)}
        assert session.get(Element, element_id).params["seats"] == 10
        redo_edit(session, edit)
    with Session(engine) as session:
        assert seated(session, element_id) == {"t2": (kept, False)}


def test_undo_is_refused_when_the_unseated_guest_has_been_seated_elsewhere(
        engine: Engine, banquet: int) -> None:
    with transaction(engine) as session:
        first, second = add_elements(session, banquet, [table(0, 0), table(400, 0)]).added_ids()
        [guest] = seat(session, banquet, first, "t1")
    with transaction(engine) as session:
        edit = remove_elements(session, [first])
    with transaction(engine) as session:
        session.add(Assignment(scene_id=banquet, element_id=second, seat="t1", guest_id=guest))
    with pytest.raises(SceneEditRefused, match="嘉宾t1"), transaction(engine) as session:
        undo_edit(session, edit)
    with Session(engine) as session:
        # Refused whole: the table did not come back without its guest.
        assert session.get(Element, first) is None


def test_a_scene_has_one_main_table_and_undo_gives_the_mark_back(engine: Engine,
                                                                  banquet: int) -> None:
    with transaction(engine) as session:
        old, new = add_elements(session, banquet,
                                [table(0, 0, main=True), table(400, 0)]).added_ids()
    with transaction(engine) as session:
        edit = set_main_table(session, new)
    with transaction(engine) as session:
        assert [session.get(Element, i).params["main"] for i in (old, new)] == [False, True]
        undo_edit(session, edit)
    with transaction(engine) as session:
        assert [session.get(Element, i).params["main"] for i in (old, new)] == [True, False]
        # Adding a new main table also takes the mark from the old one.
        [third] = add_elements(session, banquet, [table(800, 0, main=True)]).added_ids()
        mains = [e.id for e in scene_elements(session, banquet) if e.params.get("main")]
        assert mains == [third]


def test_only_a_table_can_be_the_main_table(engine: Engine, banquet: int) -> None:
    with transaction(engine) as session:
        [stage] = add_elements(session, banquet, [ElementState(
            ElementKind.FURNITURE, 0, -300, 0, "舞台", {})]).added_ids()
        with pytest.raises(SceneEditRefused, match="只有餐桌"):
            set_main_table(session, stage)


def test_a_table_number_used_by_another_table_is_refused_with_where_it_is(
        engine: Engine, banquet: int) -> None:
    with transaction(engine) as session:
        first, second = add_elements(session, banquet,
                                     [table(0, 0, number=3), table(400, 0)]).added_ids()
    with pytest.raises(SceneEditRefused, match=r"桌号 3 已被.*0, 0"), \
            transaction(engine) as session:
        change_element(session, second, number=3)
    with pytest.raises(SceneEditRefused, match="桌名“贵宾”"), transaction(engine) as session:
        change_element(session, first, name="贵宾")
        change_element(session, second, name=" 贵宾")
    with Session(engine) as session:
        assert session.get(Element, second).params["number"] is None
        assert session.get(Element, first).params["name"] == ""


def test_an_impossible_shape_is_refused_with_the_layout_message(engine: Engine,
                                                                 banquet: int) -> None:
    with transaction(engine) as session:
        [element_id] = add_elements(session, banquet, [table(0, 0)]).added_ids()
        with pytest.raises(LayoutError, match="seats"):
            change_element(session, element_id, seats=0)


def test_tables_numbered_by_position_run_left_to_right_front_row_first(engine: Engine,
                                                                        banquet: int) -> None:
    with transaction(engine) as session:
        ids = add_elements(session, banquet, [table(400, 500), table(-400, 520), table(0, 0),
                                              table(-400, 10)]).added_ids()
    with transaction(engine) as session:
        edit = number_tables(session, banquet, Numbering.POSITION)
    with transaction(engine) as session:
        numbers = [session.get(Element, i).params["number"] for i in ids]
        assert numbers == [4, 3, 2, 1]
        undo_edit(session, edit)
        assert [session.get(Element, i).params["number"] for i in ids] == [None] * 4


def test_tables_numbered_by_rank_start_at_the_main_table_and_ignore_old_numbers(
        engine: Engine, banquet: int) -> None:
    with transaction(engine) as session:
        main, near, far = add_elements(session, banquet, [
            table(0, 0, main=True, number=9), table(0, 900, number=1),
            table(450, 0)]).added_ids()
        number_tables(session, banquet, Numbering.RANK)
    with Session(engine) as session:
        assert [session.get(Element, i).params["number"] for i in (main, far, near)] == [1, 2, 3]


def test_numbering_a_scene_without_tables_says_so(engine: Engine, banquet: int) -> None:
    with pytest.raises(SceneEditRefused, match="没有餐桌"), transaction(engine) as session:
        number_tables(session, banquet, Numbering.RANK)


def test_pasted_tables_never_repeat_a_number_name_or_the_main_mark(engine: Engine,
                                                                   banquet: int) -> None:
    with transaction(engine) as session:
        [original] = add_elements(session, banquet, [
            table(0, 0, main=True, number=1, name="主宾席")]).added_ids()
        copied = [ElementState.from_json(
            {**ElementState.from_json({"kind": "table", "params": {"number": 1, "name": "主宾席",
                                                                   "main": True}}).to_json(),
             "x": 0, "y": 0}), table(100, 0, number=7)]
        edit = paste_elements(session, banquet, copied, offset=(50, 60))
        first, second = (session.get(Element, i) for i in edit.added_ids())
        assert (first.x, first.y) == (50, 60)
        assert (first.params["number"], first.params["name"], first.params["main"]) == (
            None, "", False)
        assert second.params["number"] == 7
        assert session.get(Element, original).params["main"] is True


def test_a_copied_element_with_impossible_parameters_is_refused() -> None:
    with pytest.raises(LayoutError, match="seats"):
        ElementState.from_json({"kind": "table", "params": {"seats": -1}})
    with pytest.raises(LayoutError, match="无法读取"):
        ElementState.from_json({"x": 1})


def test_moving_and_turning_is_one_edit_that_undoes_exactly(engine: Engine,
                                                            banquet: int) -> None:
    with transaction(engine) as session:
        first, second = add_elements(session, banquet, [table(0, 0), table(400, 0)]).added_ids()
        [guest] = seat(session, banquet, first, "t4")
    with transaction(engine) as session:
        edit = place_elements(session, {first: {"x": 50, "y": -20},
                                        second: {"rotation": 375}})
    with transaction(engine) as session:
        one, two = session.get(Element, first), session.get(Element, second)
        assert (one.x, one.y, two.rotation) == (50, -20, 15)
        # Moving keeps the guests in their seats.
        assert seated(session, first) == {"t4": (guest, False)}
        undo_edit(session, edit)
    with Session(engine) as session:
        one, two = session.get(Element, first), session.get(Element, second)
        assert (one.x, one.y, two.rotation) == (0, 0, 0)


def test_the_entrance_moves_and_comes_back(engine: Engine, banquet: int) -> None:
    with transaction(engine) as session:
        before = session.get(Scene, banquet)
        start = (before.entrance_x, before.entrance_y)
        edit = set_entrance(session, banquet, 300, 1200)
    with transaction(engine) as session:
        scene = session.get(Scene, banquet)
        assert (scene.entrance_x, scene.entrance_y) == (300, 1200)
        undo_edit(session, edit)
    with Session(engine) as session:
        scene = session.get(Scene, banquet)
        assert (scene.entrance_x, scene.entrance_y) == start


def test_renaming_refuses_an_empty_or_taken_name(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "年会")
        hall = new_scene(session, event.id, "主会场")
        new_scene(session, event.id, "晚宴", SceneKind.BANQUET)
        with pytest.raises(SceneNameRefused, match="晚宴"):
            rename_scene(session, hall.id, "晚宴")
        with pytest.raises(SceneNameRefused, match="不能为空"):
            rename_scene(session, hall.id, "  ")
        assert rename_scene(session, hall.id, " 开幕式 ") == "主会场"
        assert session.get(Scene, hall.id).name == "开幕式"


def test_reordering_scenes_and_back(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "年会")
        ids = [new_scene(session, event.id, name, starting_layout=False).id
               for name in ("甲", "乙", "丙")]
        previous = reorder_scenes(session, event.id, [ids[2], ids[0], ids[1]])
        assert [s.name for s in event_scenes(session, event.id)] == ["丙", "甲", "乙"]
        reorder_scenes(session, event.id, previous)
        assert [s.name for s in event_scenes(session, event.id)] == ["甲", "乙", "丙"]
        with pytest.raises(SceneEditRefused):
            reorder_scenes(session, event.id, ids[:2])


def test_a_deleted_scene_comes_back_with_its_elements_seats_and_records(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "年会")
        scene = new_scene(session, event.id, "晚宴", SceneKind.BANQUET)
        main = next(e for e in scene_elements(session, scene.id) if e.params.get("main"))
        guests = seat(session, scene.id, main.id, "t0", "t1")
        session.add(SeatingSnapshot(scene_id=scene.id, reason="排座前", assignments=[]))
        element_ids = [e.id for e in scene_elements(session, scene.id)]
    with transaction(engine) as session:
        saved = delete_scene(session, scene.id)
    assert saved.seated_count == 2
    with transaction(engine) as session:
        assert session.get(Scene, scene.id) is None
        assert session.exec(select(Element)).all() == []
        restore_scene(session, saved)
    with Session(engine) as session:
        assert session.get(Scene, scene.id).name == "晚宴"
        assert [e.id for e in scene_elements(session, scene.id)] == element_ids
        assert seated(session, main.id) == {"t0": (guests[0], True), "t1": (guests[1], False)}
        snapshots = session.exec(select(SeatingSnapshot)).all()
        assert [s.reason for s in snapshots] == ["排座前"]


def test_restoring_a_deleted_scene_whose_name_was_taken_since_is_refused(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "年会")
        scene = new_scene(session, event.id, "晚宴")
        saved = delete_scene(session, scene.id)
        new_scene(session, event.id, "晚宴")
        with pytest.raises(SceneNameRefused, match="晚宴"):
            restore_scene(session, saved)


# Geometry


BOXES = {
    1: Box(x=0, y=0, left=-50, top=-50, right=50, bottom=50),
    2: Box(x=300, y=100, left=200, top=0, right=400, bottom=200),
    3: Box(x=130, y=40, left=110, top=20, right=150, bottom=60),
}


def test_align_lines_up_edges_or_centre_lines() -> None:
    assert align(BOXES, Alignment.LEFT) == {1: (0, 0), 2: (50, 100), 3: (-30, 40)}
    assert align(BOXES, Alignment.RIGHT) == {1: (350, 0), 2: (300, 100), 3: (380, 40)}
    assert align(BOXES, Alignment.CENTRE) == {1: (175, 0), 2: (175, 100), 3: (175, 40)}
    assert align(BOXES, Alignment.TOP) == {1: (0, 0), 2: (300, 50), 3: (130, -30)}
    assert align(BOXES, Alignment.BOTTOM) == {1: (0, 150), 2: (300, 100), 3: (130, 180)}
    assert align(BOXES, Alignment.MIDDLE) == {1: (0, 75), 2: (300, 75), 3: (130, 75)}


def test_distribute_leaves_equal_gaps_and_keeps_the_outermost_in_place() -> None:
    # Widths 100, 40, 200 over 450 cm: the 110 cm left over makes two gaps of 55.
    assert distribute(BOXES, horizontal=True) == {1: (0, 0), 3: (125, 40), 2: (300, 100)}
    # Heights 100, 40, 200 over 250 cm: two gaps of -45 (they overlap evenly).
    assert distribute(BOXES, horizontal=False) == {1: (0, 0), 3: (130, 25), 2: (300, 100)}
    two = {1: BOXES[1], 2: BOXES[2]}
    assert distribute(two, horizontal=True) == {1: (0, 0), 2: (300, 100)}


def test_snapping_rounds_to_the_nearest_grid_line() -> None:
    assert snap(74, 50) == 50 and snap(76, 50) == 100 and snap(-26, 50) == -50
    assert snap(33.3, 0) == 33.3
    assert snap_positions({1: (12, 138)}, 25) == {1: (0, 150)}


def test_position_order_groups_tables_into_rows_front_first() -> None:
    tables = [Element(id=i, scene_id=1, kind="table", x=x, y=y)
              for i, (x, y) in enumerate([(100, 30), (-100, 0), (0, 400), (-300, 420)], 1)]
    assert [t.id for t in tables_by_position(tables)] == [2, 1, 4, 3]


def test_a_deleted_scene_keeps_every_table_that_hangs_from_a_scene() -> None:
    """A new table pointing at scenes would be emptied by a scene's deletion and not restored:
    save_scene must learn of it."""
    pointing = {table.name for table in SQLModel.metadata.tables.values()
                for key in table.foreign_keys if key.column.table.name == "scene"}
    assert pointing == {"element", "assignment", "seating_snapshot", "print_record"}

"""Scenes in storage: creating them, and adding, changing and removing their elements."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from models.db import transaction
from models.events import create_event
from models.guests import new_guest
from models.layout import ElementKind, LayoutError, element_seats
from models.scenes import (
    SceneNameRefused,
    SceneNotFound,
    add_element,
    change_element,
    create_scene,
    event_scenes,
    find_scene,
    remove_element,
    scene_elements,
    scene_seats,
)
from models.tables import Assignment, Element, Event, Scene, SceneKind


def seat_guests(session: Session, scene: Scene, element: Element,
                *keys: str) -> dict[str, int]:
    """A new guest in each of the element's seats named; seat key → guest id."""
    seated = {}
    for key in keys:
        guest = new_guest(scene.event_id, f"嘉宾{len(seated) + 1}")
        session.add(guest)
        session.flush()
        session.add(Assignment(scene_id=scene.id, element_id=element.id, seat=key,
                               guest_id=guest.id))
        seated[key] = guest.id
    session.flush()
    return seated


def seats_taken(session: Session, element_id: int) -> dict[str, int]:
    query = select(Assignment).where(Assignment.element_id == element_id)
    return {a.seat: a.guest_id for a in session.exec(query)}


def count(session: Session, table: Any, **where: int) -> int:
    query = select(table)
    for column, value in where.items():
        query = query.where(getattr(table, column) == value)
    return len(session.exec(query).all())


# Creating and finding scenes


def test_create_scene_refuses_an_empty_name(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "年会")
        with pytest.raises(SceneNameRefused, match="场景名称不能为空"):
            create_scene(session, event.id, " \u3000 ")


def test_create_scene_refuses_a_name_the_event_already_uses(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "年会")
        create_scene(session, event.id, "主会场")
        with pytest.raises(SceneNameRefused, match="主会场"):
            create_scene(session, event.id, " 主会场 ", SceneKind.BANQUET)


def test_two_events_may_each_have_a_scene_of_the_same_name(engine: Engine) -> None:
    with transaction(engine) as session:
        first = create_event(session, "年会")
        second = create_event(session, "论坛")
        create_scene(session, first.id, "主会场")
        create_scene(session, second.id, "主会场")
        assert [s.name for s in event_scenes(session, second.id)] == ["主会场"]


def test_create_scene_stores_the_name_tidied_and_the_kind_and_fields_given(
        engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "年会")
        created = create_scene(session, event.id, "  欢迎晚宴 ", SceneKind.BANQUET,
                               entrance_x=0, entrance_y=1400, settings={"categories": ["vip"]})
    with transaction(engine) as session:
        scene = session.get(Scene, created.id)
        assert (scene.name, scene.kind) == ("欢迎晚宴", "banquet")
        assert (scene.entrance_x, scene.entrance_y) == (0, 1400)
        assert scene.settings == {"categories": ["vip"]}


def test_scenes_are_listed_in_the_order_they_were_created(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "年会")
        for name in ("主会场", "签约仪式", "合影", "欢迎晚宴"):
            create_scene(session, event.id, name)
    with transaction(engine) as session:
        scenes = event_scenes(session, event.id)
        assert [s.name for s in scenes] == ["主会场", "签约仪式", "合影", "欢迎晚宴"]
        assert [s.position for s in scenes] == [0, 1, 2, 3]


def test_a_new_scene_goes_after_the_last_even_when_scenes_were_moved_or_removed(
        engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "年会")
        hall, signing, _photo = (create_scene(session, event.id, name)
                                 for name in ("主会场", "签约仪式", "合影"))
        hall.position = 3
        session.delete(signing)
        session.flush()
        create_scene(session, event.id, "欢迎晚宴")
        assert [s.name for s in event_scenes(session, event.id)] == ["合影", "主会场", "欢迎晚宴"]


def test_find_scene_finds_a_scene_by_its_name_as_typed(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "年会")
        created = create_scene(session, event.id, "欢迎晚宴")
        assert find_scene(session, event.id, "欢迎晚宴").id == created.id
        assert find_scene(session, event.id, " 欢迎晚宴\u3000").id == created.id


def test_find_scene_refuses_a_name_the_event_does_not_have(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "年会")
        other = create_event(session, "论坛")
        create_scene(session, other.id, "主会场")
        with pytest.raises(SceneNotFound, match="主会场"):
            find_scene(session, event.id, "主会场")


# Adding elements


def test_add_element_completes_its_parameters_with_the_defaults(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "年会")
        scene = create_scene(session, event.id, "欢迎晚宴", SceneKind.BANQUET)
        created = add_element(session, scene, ElementKind.TABLE, x=450, y=-90, rotation=30,
                              label="贵宾桌", seats=12, main=True)
    with transaction(engine) as session:
        stored = session.get(Element, created.id)
        assert (stored.kind, stored.x, stored.y, stored.rotation) == ("table", 450, -90, 30)
        assert stored.label == "贵宾桌"
        assert stored.params["seats"] == 12
        assert stored.params["main"] is True
        assert stored.params["shape"] == "round"
        assert stored.params["number"] is None


def test_add_element_marks_the_scene_changed(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "年会")
        scene = create_scene(session, event.id, "主会场")
        before = scene.updated_at
        add_element(session, scene, ElementKind.ROSTRUM)
        assert scene.updated_at > before


@pytest.mark.parametrize(
    ("kind", "params", "named"),
    [(ElementKind.ROSTRUM, {"rows": [0]}, "rows"),
     (ElementKind.BLOCK, {"columns": 6, "aisles": [6]}, "aisles"),
     (ElementKind.TABLE, {"shape": "u", "seats": 2}, "seats"),
     ("balcony", {}, "balcony")],
)
def test_add_element_refuses_bad_parameters_and_stores_nothing(
        engine: Engine, kind: str, params: dict[str, Any], named: str) -> None:
    with transaction(engine) as session:
        event = create_event(session, "年会")
        scene = create_scene(session, event.id, "主会场")
    with pytest.raises(LayoutError, match=named), transaction(engine) as session:
        add_element(session, session.get(Scene, scene.id), kind, **params)
    with transaction(engine) as session:
        assert scene_elements(session, scene.id) == []


def test_scene_elements_are_the_scenes_own_in_the_order_added(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "年会")
        hall = create_scene(session, event.id, "主会场")
        dinner = create_scene(session, event.id, "欢迎晚宴", SceneKind.BANQUET)
        rostrum = add_element(session, hall, ElementKind.ROSTRUM)
        add_element(session, dinner, ElementKind.TABLE)
        block = add_element(session, hall, ElementKind.BLOCK)
        assert [e.id for e in scene_elements(session, hall.id)] == [rostrum.id, block.id]


def test_scene_seats_places_every_seat_of_every_element_in_the_room(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "年会")
        scene = create_scene(session, event.id, "主会场")
        rostrum = add_element(session, scene, ElementKind.ROSTRUM, y=-200, rows=[5])
        block = add_element(session, scene, ElementKind.BLOCK, x=300, y=400, rotation=90,
                            rows=2, columns=3)
        add_element(session, scene, ElementKind.FURNITURE)
        seats = scene_seats(scene_elements(session, scene.id))
    expected = (element_seats(rostrum.id, "rostrum", rostrum.params, y=-200)
                + element_seats(block.id, "block", block.params, x=300, y=400, rotation=90))
    assert seats == expected


# Changing elements


def test_change_element_moves_turns_and_renames_it(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "年会")
        scene = create_scene(session, event.id, "欢迎晚宴", SceneKind.BANQUET)
        table = add_element(session, scene, ElementKind.TABLE)
        change = change_element(session, table, x=120, y=-80, rotation=450, label="第一桌")
        assert change.unseated_guest_ids == []
    with transaction(engine) as session:
        stored = session.get(Element, table.id)
        assert (stored.x, stored.y, stored.rotation, stored.label) == (120, -80, 90, "第一桌")


def test_a_smaller_shape_unseats_exactly_the_guests_whose_seats_vanished(
        engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "年会")
        scene = create_scene(session, event.id, "主会场")
        block = add_element(session, scene, ElementKind.BLOCK, rows=3, columns=4)
        seated = seat_guests(session, scene, block, "r1s1", "r3s1", "r1s4", "r2s3", "r3s4")
        change = change_element(session, block, rows=2, columns=3)
        assert change.unseated_guest_ids == sorted(
            seated[key] for key in ("r3s1", "r1s4", "r3s4"))
    with transaction(engine) as session:
        assert seats_taken(session, block.id) == {"r1s1": seated["r1s1"],
                                                  "r2s3": seated["r2s3"]}
        assert session.get(Element, block.id).params["rows"] == 2


def test_a_table_with_fewer_seats_unseats_the_guests_of_the_seats_it_lost(
        engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "年会")
        scene = create_scene(session, event.id, "欢迎晚宴", SceneKind.BANQUET)
        table = add_element(session, scene, ElementKind.TABLE, seats=12)
        seated = seat_guests(session, scene, table, "t0", "t9", "t10", "t11")
        change = change_element(session, table, seats=10)
        assert change.unseated_guest_ids == sorted([seated["t10"], seated["t11"]])
        assert set(seats_taken(session, table.id)) == {"t0", "t9"}


def test_changing_one_element_leaves_the_guests_of_the_others_seated(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "年会")
        scene = create_scene(session, event.id, "主会场")
        rostrum = add_element(session, scene, ElementKind.ROSTRUM, rows=[9])
        block = add_element(session, scene, ElementKind.BLOCK, rows=2, columns=9)
        on_rostrum = seat_guests(session, scene, rostrum, "r1s9")
        in_block = seat_guests(session, scene, block, "r2s9")
        change = change_element(session, rostrum, rows=[7])
        assert change.unseated_guest_ids == [on_rostrum["r1s9"]]
        assert seats_taken(session, block.id) == in_block


def test_moving_or_enlarging_an_element_unseats_no_one(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "年会")
        scene = create_scene(session, event.id, "主会场")
        block = add_element(session, scene, ElementKind.BLOCK, rows=2, columns=2)
        seated = seat_guests(session, scene, block, "r1s1", "r2s2")
        assert change_element(session, block, x=500, rotation=15).unseated_guest_ids == []
        assert change_element(session, block, rows=4, columns=6).unseated_guest_ids == []
        assert seats_taken(session, block.id) == seated


def test_change_element_refuses_bad_parameters_and_changes_nothing(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "年会")
        scene = create_scene(session, event.id, "主会场")
        block = add_element(session, scene, ElementKind.BLOCK, x=10, rows=2, columns=4)
        seated = seat_guests(session, scene, block, "r2s4")
        with pytest.raises(LayoutError, match="aisles"):
            change_element(session, block, x=900, label="新区", columns=3, aisles=[3])
        assert (block.x, block.label, block.params["columns"]) == (10, "", 4)
        assert seats_taken(session, block.id) == seated


# Removing elements and scenes


def test_remove_element_returns_its_seated_guests_and_deletes_their_assignments(
        engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "年会")
        scene = create_scene(session, event.id, "欢迎晚宴", SceneKind.BANQUET)
        gone = add_element(session, scene, ElementKind.TABLE)
        kept = add_element(session, scene, ElementKind.TABLE, x=400)
        seated = seat_guests(session, scene, gone, "t0", "t3", "t7")
        staying = seat_guests(session, scene, kept, "t1")
        assert remove_element(session, gone) == sorted(seated.values())
    with transaction(engine) as session:
        assert session.get(Element, gone.id) is None
        assert count(session, Assignment, element_id=gone.id) == 0
        assert seats_taken(session, kept.id) == staying


def test_removing_an_empty_element_unseats_no_one(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "年会")
        scene = create_scene(session, event.id, "主会场")
        furniture = add_element(session, scene, ElementKind.FURNITURE)
        assert remove_element(session, furniture) == []
        assert scene_elements(session, scene.id) == []


def test_deleting_a_scene_deletes_its_elements_and_assignments(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "年会")
        hall = create_scene(session, event.id, "主会场")
        dinner = create_scene(session, event.id, "欢迎晚宴", SceneKind.BANQUET)
        block = add_element(session, hall, ElementKind.BLOCK)
        table = add_element(session, dinner, ElementKind.TABLE)
        seat_guests(session, hall, block, "r1s1", "r2s2")
        seat_guests(session, dinner, table, "t0")
    with transaction(engine) as session:
        session.delete(session.get(Scene, hall.id))
    with transaction(engine) as session:
        assert count(session, Element, scene_id=hall.id) == 0
        assert count(session, Assignment, scene_id=hall.id) == 0
        assert count(session, Element, scene_id=dinner.id) == 1
        assert count(session, Assignment, scene_id=dinner.id) == 1


def test_deleting_an_event_deletes_its_scenes(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "年会")
        scene = create_scene(session, event.id, "主会场")
        add_element(session, scene, ElementKind.ROSTRUM)
    with transaction(engine) as session:
        session.delete(session.get(Event, event.id))
    with transaction(engine) as session:
        assert count(session, Scene) == 0
        assert count(session, Element) == 0

"""Editing guests by hand: checked values, nothing written on refusal, deletion that undoes."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from models.db import transaction
from models.events import create_event
from models.guest_edits import (
    GuestEditRefused,
    add_guest,
    delete_guests,
    edit_guests,
    restore_guests,
    revert_guest_edits,
)
from models.guests import new_guest
from models.tables import ApartPair, Assignment, CheckIn, Element, Guest, Scene


def two_guests(engine: Engine) -> tuple[int, int, int]:
    """An event with 王伟 (a leader) and 李明; the ids of the event and the guests."""
    with transaction(engine) as session:
        event_id = create_event(session, "年会").id
        wang = new_guest(event_id, "王伟", list_order=1, title="科长", category="leader",
                         custom={"车牌": "京A12345"})
        li = new_guest(event_id, "李明", list_order=2, rank_level=4)
        session.add_all([wang, li])
        session.flush()
        return event_id, wang.id, li.id


def fetch(engine: Engine, guest_id: int) -> Guest | None:
    with transaction(engine) as session:
        return session.get(Guest, guest_id)


def test_an_edit_returns_the_values_before_and_undoing_puts_them_back(engine: Engine) -> None:
    _event, wang, li = two_guests(engine)
    with transaction(engine) as session:
        previous = edit_guests(session, [wang, li], title="处长", rank_level="副部级")
    assert previous == {wang: {"title": "科长", "rank_level": None},
                        li: {"title": "", "rank_level": 4}}
    assert (fetch(engine, wang).title, fetch(engine, wang).rank_level) == ("处长", 4)
    with transaction(engine) as session:
        revert_guest_edits(session, previous)
    assert (fetch(engine, wang).title, fetch(engine, li).rank_level) == ("科长", 4)


def test_a_new_name_brings_its_pinyin(engine: Engine) -> None:
    _event, wang, _li = two_guests(engine)
    with transaction(engine) as session:
        edit_guests(session, [wang], name=" 欧阳 娜娜 ")
    guest = fetch(engine, wang)
    assert (guest.name, guest.initials) == ("欧阳娜娜", "oynn")


def test_labels_are_stored_as_the_vocabularys_keys(engine: Engine) -> None:
    _event, wang, _li = two_guests(engine)
    with transaction(engine) as session:
        edit_guests(session, [wang], rsvp="确认参加", category="金融", gender="女", rank_level="")
    guest = fetch(engine, wang)
    assert (guest.rsvp, guest.category, guest.gender, guest.rank_level) == (
        "confirmed", "finance", "female", None)


@pytest.mark.parametrize(("fields", "message"), [
    ({"name": "  "}, "姓名：姓名不能为空"),
    ({"rank_level": "0"}, "级别：“0”不是正整数或级别名称"),
    ({"rank_level": "高级"}, "级别：“高级”不是正整数或级别名称"),
    ({"rsvp": "也许"}, "回执：没有“也许”这种回执"),
    ({"gender": "x"}, "性别：没有“x”这种性别"),
    ({"category": "领岛"}, "类别：没有“领岛”这个类别"),
])
def test_a_refused_value_says_which_field_and_writes_nothing(
        engine: Engine, fields: dict[str, str], message: str) -> None:
    _event, wang, li = two_guests(engine)
    with transaction(engine) as session, pytest.raises(GuestEditRefused) as refused:
        edit_guests(session, [wang, li], title="处长", **fields)
    assert str(refused.value) == message
    assert fetch(engine, wang).title == "科长"


def test_a_category_the_event_already_uses_is_accepted(engine: Engine) -> None:
    _event, wang, li = two_guests(engine)
    with transaction(engine) as session:
        session.get(Guest, li).category = "港澳嘉宾"
    with transaction(engine) as session:
        edit_guests(session, [wang], category="港澳嘉宾")
    assert fetch(engine, wang).category == "港澳嘉宾"


def test_a_new_guest_comes_last_in_the_list_with_a_code_of_their_own(engine: Engine) -> None:
    event_id, _wang, _li = two_guests(engine)
    with transaction(engine) as session:
        guest = add_guest(session, event_id, "陈静", rsvp="确认参加")
    assert (guest.list_order, guest.rsvp, guest.pinyin) == (3, "confirmed", "chen jing")
    assert len(guest.token) == 22
    with transaction(engine) as session, pytest.raises(GuestEditRefused):
        add_guest(session, event_id, "")


def test_a_deleted_guest_comes_back_whole(engine: Engine) -> None:
    event_id, wang, li = two_guests(engine)
    with transaction(engine) as session:
        scene = Scene(event_id=event_id, name="大会")
        session.add(scene)
        session.flush()
        element = Element(scene_id=scene.id, kind="rostrum")
        session.add(element)
        session.flush()
        session.add(Assignment(scene_id=scene.id, element_id=element.id, seat="1-1",
                               guest_id=wang, locked=True))
        arrival = CheckIn(event_id=event_id, guest_id=wang, station="东门")
        session.add(arrival)
        session.flush()
        session.add(CheckIn(event_id=event_id, guest_id=wang, undoes_id=arrival.id))
        session.add(ApartPair(event_id=event_id, first_id=wang, second_id=li))
        session.get(Guest, li).companion_of_id = wang
    before = fetch(engine, wang)

    with transaction(engine) as session:
        saved = delete_guests(session, [wang])
    assert fetch(engine, wang) is None
    assert fetch(engine, li).companion_of_id is None

    with transaction(engine) as session:
        restore_guests(session, saved)
    after = fetch(engine, wang)
    assert after.model_dump() == before.model_dump()
    assert after.token == before.token and after.custom == {"车牌": "京A12345"}
    assert fetch(engine, li).companion_of_id == wang
    with transaction(engine) as session:
        seats = [(a.seat, a.locked) for a in session.exec(select(Assignment))]
        arrivals = [(c.station, c.undoes_id is None) for c in session.exec(select(CheckIn))]
        pairs = len(session.exec(select(ApartPair)).all())
    assert seats == [("1-1", True)]
    assert sorted(arrivals) == [("", False), ("东门", True)]
    assert pairs == 1


def test_a_seat_taken_since_the_deletion_is_left_to_its_new_guest(engine: Engine) -> None:
    event_id, wang, li = two_guests(engine)
    with transaction(engine) as session:
        scene = Scene(event_id=event_id, name="大会")
        session.add(scene)
        session.flush()
        element = Element(scene_id=scene.id, kind="rostrum")
        session.add(element)
        session.flush()
        session.add(Assignment(scene_id=scene.id, element_id=element.id, seat="1-1",
                               guest_id=wang))
    with transaction(engine) as session:
        saved = delete_guests(session, [wang])
    with transaction(engine) as session:
        session.add(Assignment(scene_id=scene.id, element_id=element.id, seat="1-1",
                               guest_id=li))
    with transaction(engine) as session:
        restore_guests(session, saved)
        seated = [a.guest_id for a in session.exec(select(Assignment))]
    assert seated == [li]
    assert fetch(engine, wang) is not None


def test_editing_a_deleted_guest_is_refused(engine: Engine) -> None:
    _event, wang, _li = two_guests(engine)
    with transaction(engine) as session:
        delete_guests(session, [wang])
    with transaction(engine) as session, pytest.raises(GuestEditRefused):
        edit_guests(session, [wang], title="处长")

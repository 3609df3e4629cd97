"""Whole events: renaming, copying as a template, deleting and bringing back exactly."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine
from sqlalchemy import select as select_rows
from sqlmodel import SQLModel, select

from models.db import transaction
from models.event_copy import delete_event, duplicate_event, restore_event
from models.events import EventNameRefused, create_event, list_events, rename_event
from models.guests import new_guest
from models.tables import (
    ApartPair,
    Assignment,
    CheckIn,
    Convention,
    Element,
    Event,
    Guest,
    PrintRecord,
    Scene,
    SeatingSnapshot,
)


def full_event(engine: Engine, name: str = "投资大会") -> int:
    """An event with a setting changed, two scenes, seats, check-ins, a pair kept apart, a
    companion, a seating snapshot and a print record."""
    with transaction(engine) as session:
        event = create_event(session, name, venue="国际会议中心",
                             convention=Convention.INTERNATIONAL.value, stroke_whole_name=True)
        wang = new_guest(event.id, "王伟", list_order=1, category="leader", rank_level=4,
                         custom={"车牌": "京A12345"})
        li = new_guest(event.id, "李明", list_order=2)
        zhao = new_guest(event.id, "赵敏", list_order=3)
        session.add_all([wang, li, zhao])
        session.flush()
        zhao.companion_of_id = wang.id
        hall = Scene(event_id=event.id, name="大会", settings={"rows": [3, 5]})
        dinner = Scene(event_id=event.id, name="晚宴", kind="banquet", position=1)
        session.add_all([hall, dinner])
        session.flush()
        rostrum = Element(scene_id=hall.id, kind="rostrum", label="主席台", params={"seats": 5})
        table = Element(scene_id=dinner.id, kind="round_table", x=300, y=200,
                        params={"seats": 10})
        session.add_all([rostrum, table])
        session.flush()
        session.add(Assignment(scene_id=hall.id, element_id=rostrum.id, seat="1-1",
                               guest_id=wang.id, locked=True))
        session.add(Assignment(scene_id=dinner.id, element_id=table.id, seat="1",
                               guest_id=li.id))
        arrival = CheckIn(event_id=event.id, guest_id=wang.id, station="东门")
        session.add(arrival)
        session.flush()
        session.add(CheckIn(event_id=event.id, guest_id=wang.id, undoes_id=arrival.id))
        session.add(ApartPair(event_id=event.id, first_id=wang.id, second_id=li.id))
        session.add(SeatingSnapshot(scene_id=hall.id, reason="排座前",
                                    assignments=[{"guest_id": wang.id, "seat": "1-1"}]))
        session.add(PrintRecord(event_id=event.id, document="cards", scene_id=hall.id,
                                guests=[{"guest_id": wang.id, "name": "王伟"}]))
        return event.id


def everything(engine: Engine) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, as stored."""
    with engine.connect() as connection:
        return {table.name: [dict(row._mapping) for row in connection.execute(
                    select_rows(table).order_by(*table.primary_key.columns))]
                for table in SQLModel.metadata.sorted_tables}


def test_renaming_keeps_names_unique_and_says_which_name_is_taken(engine: Engine) -> None:
    event_id = full_event(engine)
    with transaction(engine) as session:
        create_event(session, "签约仪式")
    with transaction(engine) as session:
        assert rename_event(session, event_id, " 2026 投资大会 ") == "投资大会"
    with transaction(engine) as session:
        assert session.get(Event, event_id).name == "2026 投资大会"
        # Its own name again is no conflict.
        rename_event(session, event_id, "2026 投资大会")
    for name, reason in (("签约仪式", "已有名为“签约仪式”的活动"), ("  ", "活动名称不能为空"),
                         ("会" * 201, "不能超过 200 个字")):
        with transaction(engine) as session, pytest.raises(EventNameRefused, match=reason):
            rename_event(session, event_id, name)


def test_a_copy_takes_the_settings_and_rooms_but_no_seats_or_check_ins(engine: Engine) -> None:
    event_id = full_event(engine)
    with transaction(engine) as session:
        copy_id = duplicate_event(session, event_id, "投资大会（第二届）", with_guests=False).id
    with transaction(engine) as session:
        source, copy = session.get(Event, event_id), session.get(Event, copy_id)
        assert (copy.venue, copy.convention, copy.stroke_whole_name) == (
            "国际会议中心", "international", True)
        assert copy.uid != source.uid
        scenes = session.exec(select(Scene).where(Scene.event_id == copy_id)
                              .order_by(Scene.position)).all()
        assert [(s.name, s.kind, s.settings) for s in scenes] == [
            ("大会", "hall", {"rows": [3, 5]}), ("晚宴", "banquet", {})]
        elements = [session.exec(select(Element).where(Element.scene_id == s.id)).one()
                    for s in scenes]
        assert [(e.kind, e.label, e.params) for e in elements] == [
            ("rostrum", "主席台", {"seats": 5}), ("round_table", "", {"seats": 10})]
        assert session.exec(select(Guest).where(Guest.event_id == copy_id)).all() == []
        copied_scenes = [s.id for s in scenes]
        assert session.exec(select(Assignment).where(
            Assignment.scene_id.in_(copied_scenes))).all() == []


def test_a_copy_with_guests_gives_them_new_codes_and_keeps_companions_and_pairs(
        engine: Engine) -> None:
    event_id = full_event(engine)
    with transaction(engine) as session:
        copy_id = duplicate_event(session, event_id, "年会", with_guests=True).id
    with transaction(engine) as session:
        old = session.exec(select(Guest).where(Guest.event_id == event_id)
                           .order_by(Guest.list_order)).all()
        new = session.exec(select(Guest).where(Guest.event_id == copy_id)
                           .order_by(Guest.list_order)).all()
        assert [(g.name, g.category, g.rank_level, g.custom) for g in new] == [
            (g.name, g.category, g.rank_level, g.custom) for g in old]
        assert not {g.token for g in new} & {g.token for g in old}
        by_name = {g.name: g for g in new}
        assert by_name["赵敏"].companion_of_id == by_name["王伟"].id
        pair = session.exec(select(ApartPair).where(ApartPair.event_id == copy_id)).one()
        assert (pair.first_id, pair.second_id) == (by_name["王伟"].id, by_name["李明"].id)
        new_ids = [g.id for g in new]
        assert session.exec(select(CheckIn).where(CheckIn.guest_id.in_(new_ids))).all() == []
        assert session.exec(select(Assignment).where(
            Assignment.guest_id.in_(new_ids))).all() == []


def test_a_copy_needs_a_free_name(engine: Engine) -> None:
    event_id = full_event(engine)
    with transaction(engine) as session, pytest.raises(EventNameRefused):
        duplicate_event(session, event_id, "投资大会", with_guests=True)


def test_a_deleted_event_comes_back_exactly_and_others_are_untouched(engine: Engine) -> None:
    event_id = full_event(engine)
    other_id = full_event(engine, "签约仪式")
    before = everything(engine)
    with transaction(engine) as session:
        saved = delete_event(session, event_id)
    assert saved.count("guest") == 3 and saved.count("checkin") == 2
    with transaction(engine) as session:
        assert [e.id for e in list_events(session)] == [other_id]
        assert session.exec(select(Guest).where(Guest.event_id == event_id)).all() == []
    with transaction(engine) as session:
        restore_event(session, saved)
    assert everything(engine) == before
    # Deleting again after the restore works the same (redo after undo).
    with transaction(engine) as session:
        again = delete_event(session, event_id)
    assert again.rows == saved.rows


def test_an_event_cannot_come_back_under_a_name_taken_since(engine: Engine) -> None:
    event_id = full_event(engine)
    with transaction(engine) as session:
        saved = delete_event(session, event_id)
    with transaction(engine) as session:
        create_event(session, "投资大会")
    with transaction(engine) as session, pytest.raises(EventNameRefused, match="无法恢复"):
        restore_event(session, saved)

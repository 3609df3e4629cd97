"""Duplicate guests: which are found, what a merge moves to the guest kept, and its exact undo."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine
from sqlalchemy import select as select_rows
from sqlmodel import SQLModel, select

from models.db import transaction
from models.events import create_event
from models.guest_edits import GuestEditRefused
from models.guest_merge import (
    DuplicateReason,
    find_duplicates,
    merge_choices,
    merge_guests,
    phone_key,
    unmerge_guests,
)
from models.guests import new_guest
from models.tables import ApartPair, Assignment, CheckIn, Element, Guest, Scene


def add_guests(engine: Engine, *guests: dict[str, Any]) -> tuple[int, list[int]]:
    with transaction(engine) as session:
        event_id = create_event(session, "年会").id
        rows = [new_guest(event_id, list_order=place, **fields)
                for place, fields in enumerate(guests)]
        session.add_all(rows)
        session.flush()
        return event_id, [row.id for row in rows]


def everything(engine: Engine) -> dict[str, list[dict[str, Any]]]:
    with engine.connect() as connection:
        return {table.name: [dict(row._mapping) for row in connection.execute(
                    select_rows(table).order_by(*table.primary_key.columns))]
                for table in SQLModel.metadata.sorted_tables}


def test_phone_numbers_compare_by_their_digits_without_the_country_code() -> None:
    assert phone_key("+86 138-0000-0001") == phone_key("13800000001") == "13800000001"
    assert phone_key("0086 13800000001") == "13800000001"
    assert phone_key("8001") == ""


def test_same_name_and_organisation_or_same_phone_make_a_group(engine: Engine) -> None:
    event_id, ids = add_guests(
        engine,
        {"name": "王伟", "organisation": "中国银行"},
        {"name": "李明", "organisation": "省政府", "phone": "13800000001"},
        {"name": "王　伟", "organisation": "中国银行 "},
        {"name": "张卫国", "organisation": "国资委"},
        {"name": "李 明", "organisation": "省人民政府", "phone": "+86 138 0000 0001"},
        {"name": "王伟", "organisation": "国家电网"},
    )
    with transaction(engine) as session:
        groups = find_duplicates(session, event_id)
    assert [(g.guest_ids, g.reasons) for g in groups] == [
        ((ids[0], ids[2]), {DuplicateReason.NAME_AND_ORGANISATION}),
        ((ids[1], ids[4]), {DuplicateReason.PHONE}),
    ]


def test_a_guest_matching_two_others_by_different_rules_joins_one_group(engine: Engine) -> None:
    event_id, ids = add_guests(
        engine,
        {"name": "王伟", "organisation": "中国银行"},
        {"name": "王伟", "organisation": "中国银行", "phone": "13800000009"},
        {"name": "Wang Wei", "organisation": "Bank of China", "phone": "13800000009"},
    )
    with transaction(engine) as session:
        groups = find_duplicates(session, event_id)
    assert [g.guest_ids for g in groups] == [tuple(ids)]
    assert groups[0].reasons == {DuplicateReason.NAME_AND_ORGANISATION, DuplicateReason.PHONE}


def seated_pair(engine: Engine) -> tuple[int, int, int, int, dict[str, int]]:
    """王伟 twice (kept, other) and 李明; the other is seated in both scenes, the kept one in the
    hall only; the other has a check-in, a companion and a pair kept apart with 李明."""
    event_id, (kept, other, li, zhao) = add_guests(
        engine,
        {"name": "王伟", "organisation": "中国银行", "title": ""},
        {"name": "王伟", "organisation": "中国银行", "title": "行长", "rank_level": 5},
        {"name": "李明"},
        {"name": "赵敏"},
    )
    with transaction(engine) as session:
        hall = Scene(event_id=event_id, name="大会")
        dinner = Scene(event_id=event_id, name="晚宴", position=1)
        session.add_all([hall, dinner])
        session.flush()
        rostrum = Element(scene_id=hall.id, kind="rostrum")
        table = Element(scene_id=dinner.id, kind="round_table")
        session.add_all([rostrum, table])
        session.flush()
        session.add(Assignment(scene_id=hall.id, element_id=rostrum.id, seat="1-1",
                               guest_id=kept))
        session.add(Assignment(scene_id=hall.id, element_id=rostrum.id, seat="1-2",
                               guest_id=other, locked=True))
        session.add(Assignment(scene_id=dinner.id, element_id=table.id, seat="3",
                               guest_id=other))
        session.add(CheckIn(event_id=event_id, guest_id=other, station="东门"))
        session.add(ApartPair(event_id=event_id, first_id=li, second_id=other))
        session.get(Guest, zhao).companion_of_id = other
        return kept, other, li, zhao, {"hall": hall.id, "dinner": dinner.id}


def test_merging_moves_seats_check_ins_pairs_and_companions_to_the_guest_kept(
        engine: Engine) -> None:
    kept, other, li, zhao, scenes = seated_pair(engine)
    with transaction(engine) as session:
        assert merge_choices(session, [kept, other]) == {
            "title": [(kept, ""), (other, "行长")], "rank_level": [(kept, None), (other, 5)]}
        merge_guests(session, kept, [other], {"title": "行长", "rank_level": 5})
    with transaction(engine) as session:
        assert session.get(Guest, other) is None
        guest = session.get(Guest, kept)
        assert (guest.title, guest.rank_level) == ("行长", 5)
        seats = {(a.scene_id, a.seat, a.guest_id)
                 for a in session.exec(select(Assignment))}
        # The kept guest keeps their own hall seat; the other's dinner seat is theirs now.
        assert seats == {(scenes["hall"], "1-1", kept), (scenes["dinner"], "3", kept)}
        assert [c.guest_id for c in session.exec(select(CheckIn))] == [kept]
        pair = session.exec(select(ApartPair)).one()
        assert (pair.first_id, pair.second_id) == (li, kept)
        assert session.get(Guest, zhao).companion_of_id == kept


def test_undoing_a_merge_restores_every_row_exactly_and_redo_merges_again(
        engine: Engine) -> None:
    kept, other, _li, _zhao, _scenes = seated_pair(engine)
    before = everything(engine)
    with transaction(engine) as session:
        merged = merge_guests(session, kept, [other], {"title": "行长"})
    with transaction(engine) as session:
        unmerge_guests(session, merged)
    after = everything(engine)
    # The kept guest's change time moves on; everything else is as it was, ids and codes too.
    for rows in (before["guest"], after["guest"]):
        for row in rows:
            row.pop("updated_at")
    assert after == before
    with transaction(engine) as session:
        merge_guests(session, kept, [other], {"title": "行长"})
        assert session.get(Guest, other) is None


def test_merging_a_pair_kept_apart_drops_the_pair(engine: Engine) -> None:
    event_id, (kept, other) = add_guests(engine, {"name": "王伟"}, {"name": "王伟"})
    with transaction(engine) as session:
        session.add(ApartPair(event_id=event_id, first_id=kept, second_id=other))
    with transaction(engine) as session:
        merged = merge_guests(session, kept, [other], {})
        assert session.exec(select(ApartPair)).all() == []
    with transaction(engine) as session:
        unmerge_guests(session, merged)
        assert len(session.exec(select(ApartPair)).all()) == 1


def test_a_merge_needs_two_guests_of_one_event_and_known_fields(engine: Engine) -> None:
    _event, (kept, other) = add_guests(engine, {"name": "王伟"}, {"name": "王伟"})
    with transaction(engine) as session:
        other_event = create_event(session, "另一活动").id
        stranger = new_guest(other_event, "王伟")
        session.add(stranger)
        session.flush()
        stranger_id = stranger.id
    for others, values, reason in (([kept], {}, "至少选择两位"),
                                   ([stranger_id], {}, "同一活动"),
                                   ([other], {"token": "x"}, "不能合并这些字段")):
        with transaction(engine) as session, pytest.raises(GuestEditRefused, match=reason):
            merge_guests(session, kept, others, values)

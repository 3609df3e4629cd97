"""Attendance: expected guests, live arrivals from append-only check-ins, counts per category."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlmodel import Session

from models.attendance import attendance
from models.db import transaction
from models.events import create_event
from models.guests import new_guest
from models.tables import CheckIn, Event, Guest, Rsvp


def _guests(session: Session, event: Event, *specs: tuple[str, str, Rsvp]) -> list[Guest]:
    guests = [new_guest(event.id, name, category=category, rsvp=rsvp.value)
              for name, category, rsvp in specs]
    session.add_all(guests)
    session.flush()
    return guests


def _arrive(session: Session, guest: Guest) -> CheckIn:
    arrival = CheckIn(event_id=guest.event_id, guest_id=guest.id, station="正门")
    session.add(arrival)
    session.flush()
    return arrival


def _undo(session: Session, arrival: CheckIn) -> None:
    session.add(CheckIn(event_id=arrival.event_id, guest_id=arrival.guest_id,
                        station="正门", undoes_id=arrival.id))
    session.flush()


def test_declined_and_cancelled_guests_are_not_expected(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "应到")
        _guests(session, event,
                ("王伟", "leader", Rsvp.CONFIRMED), ("李娜", "leader", Rsvp.INVITED),
                ("张强", "leader", Rsvp.TENTATIVE), ("刘洋", "media", Rsvp.DECLINED),
                ("陈静", "media", Rsvp.CANCELLED))
        counts = attendance(session, event)
    assert (counts.guests, counts.expected, counts.arrived, counts.absent) == (5, 3, 0, 3)


def test_a_guest_checked_in_twice_arrived_once(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "重复签到")
        (guest,) = _guests(session, event, ("王伟", "leader", Rsvp.CONFIRMED))
        _arrive(session, guest)
        _arrive(session, guest)
        counts = attendance(session, event)
    assert (counts.expected, counts.arrived, counts.absent) == (1, 1, 0)


def test_an_undone_arrival_does_not_count_and_a_new_arrival_after_it_does(
        engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "撤销签到")
        undone, again = _guests(session, event, ("王伟", "leader", Rsvp.CONFIRMED),
                                ("李娜", "leader", Rsvp.CONFIRMED))
        _undo(session, _arrive(session, undone))
        _undo(session, _arrive(session, again))
        _arrive(session, again)
        counts = attendance(session, event)
    assert (counts.arrived, counts.absent) == (1, 1)


def test_check_ins_of_another_event_are_not_counted(engine: Engine) -> None:
    with transaction(engine) as session:
        here = create_event(session, "本次活动")
        there = create_event(session, "另一活动")
        _guests(session, here, ("王伟", "leader", Rsvp.CONFIRMED))
        (elsewhere,) = _guests(session, there, ("李娜", "leader", Rsvp.CONFIRMED))
        _arrive(session, elsewhere)
        counts = attendance(session, here)
    assert (counts.guests, counts.arrived, counts.absent) == (1, 0, 1)


def test_a_declined_guest_who_came_counts_as_arrived_and_unexpected(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "不请自来")
        _expected, declined = _guests(session, event, ("王伟", "leader", Rsvp.CONFIRMED),
                                      ("李娜", "leader", Rsvp.DECLINED))
        _arrive(session, declined)
        counts = attendance(session, event)
    assert (counts.expected, counts.arrived, counts.absent, counts.unexpected) == (1, 1, 1, 1)


def test_counts_per_category_built_in_first_then_the_events_own_then_none(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "分类统计")
        leader, _media, _declined, own, _none = _guests(
            session, event,
            ("王伟", "leader", Rsvp.CONFIRMED), ("李娜", "media", Rsvp.CONFIRMED),
            ("张强", "media", Rsvp.DECLINED), ("刘洋", "港澳台嘉宾", Rsvp.CONFIRMED),
            ("陈静", "", Rsvp.CONFIRMED))
        _arrive(session, leader)
        _arrive(session, own)
        counts = attendance(session, event)
    assert list(counts.by_category) == ["leader", "media", "港澳台嘉宾", ""]
    assert counts.to_json()["by_category"] == {
        "leader": {"guests": 1, "expected": 1, "arrived": 1, "absent": 0},
        "media": {"guests": 2, "expected": 1, "arrived": 0, "absent": 1},
        "港澳台嘉宾": {"guests": 1, "expected": 1, "arrived": 1, "absent": 0},
        "": {"guests": 1, "expected": 1, "arrived": 0, "absent": 1},
    }


def test_an_event_without_guests_counts_nothing(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "空活动")
        counts = attendance(session, event)
    assert counts.to_json() == {"event": "空活动", "guests": 0, "expected": 0, "arrived": 0,
                                "absent": 0, "unexpected": 0, "by_category": {}}

"""The attendance in detail: per scene, over time, the VIPs still missing, the walk-ins."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from models.attendance import (
    arrivals_over_time,
    attendance_details,
    by_scene,
)
from models.checkin import check_in, register_walk_in, undo_check_in
from models.db import transaction
from models.events import create_event
from models.guests import new_guest
from models.layout import ElementKind
from models.scenes import add_element, create_scene, scene_seats
from models.tables import Assignment, Event, Guest, Rsvp, Scene

BEIJING = timezone(timedelta(hours=8))
LONG_AGO = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)


def _guest(session: Session, event: Event, name: str, *, category: str = "leader",
           rsvp: Rsvp = Rsvp.CONFIRMED, vip: bool = False, rank_level: int | None = None,
           title: str = "", organisation: str = "") -> Guest:
    # Created weeks before the day, as an imported list is.
    guest = new_guest(event.id, name, category=category, rsvp=rsvp.value, vip=vip,
                      rank_level=rank_level, title=title, organisation=organisation,
                      created_at=LONG_AGO, updated_at=LONG_AGO)
    session.add(guest)
    session.flush()
    return guest


def _seat(session: Session, scene: Scene, *guests: Guest) -> None:
    table = add_element(session, scene, ElementKind.TABLE, seats=10)
    for guest, seat in zip(guests, scene_seats([table]), strict=False):
        session.add(Assignment(scene_id=scene.id, element_id=table.id, seat=seat.key,
                               guest_id=guest.id))
    session.flush()


def _arrive(session: Session, event: Event, guest: Guest, station: str = "正门") -> None:
    assert check_in(session, event, guest.token, station=station).admitted


def test_each_scene_counts_the_guests_seated_in_it(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "分场景")
        hall = create_scene(session, event.id, "主会场")
        dinner = create_scene(session, event.id, "欢迎晚宴")
        empty = create_scene(session, event.id, "合影")
        came, missing, declined = (_guest(session, event, "王伟"), _guest(session, event, "李娜"),
                                   _guest(session, event, "张强", rsvp=Rsvp.DECLINED))
        _seat(session, hall, came, missing, declined)
        _seat(session, dinner, came)
        _arrive(session, event, came)
        scenes = by_scene(session, event)
    assert [(s.scene, s.seated, s.expected, s.arrived, s.absent) for s in scenes] == [
        ("主会场", 3, 2, 1, 1), ("欢迎晚宴", 1, 1, 1, 0), ("合影", 0, 0, 0, 0)]
    assert scenes[2].scene_id == empty.id


def test_arrivals_are_counted_per_interval_on_the_local_clock_with_quiet_intervals_empty() -> None:
    at = [datetime(2026, 5, 20, 1, minute, tzinfo=UTC) for minute in (2, 4, 7, 21)]
    timeline = arrivals_over_time(at, 5, BEIJING)
    assert timeline.minutes == 5
    assert [(b.start.strftime("%H:%M"), b.arrived, b.cumulative) for b in timeline.buckets] == [
        ("09:00", 2, 2), ("09:05", 1, 3), ("09:10", 0, 3), ("09:15", 0, 3), ("09:20", 1, 4)]
    assert timeline.buckets[0].start == datetime(2026, 5, 20, 9, 0, tzinfo=BEIJING)


def test_a_long_sign_in_is_counted_in_longer_intervals_to_keep_the_chart_readable() -> None:
    start = datetime(2026, 5, 20, 0, 0, tzinfo=UTC)
    at = [start + timedelta(minutes=minutes) for minutes in range(0, 6 * 60, 7)]
    timeline = arrivals_over_time(at, zone=UTC)
    assert timeline.minutes == 10
    assert len(timeline.buckets) == 36
    assert timeline.buckets[-1].cumulative == len(at)
    assert arrivals_over_time([], zone=UTC).buckets == ()
    with pytest.raises(ValueError, match="7 minutes"):
        arrivals_over_time(at, 7)


def test_the_vips_not_arrived_are_listed_by_precedence_with_their_seats(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "贵宾未到")
        hall = create_scene(session, event.id, "主会场")
        mayor = _guest(session, event, "石鹏磊", vip=True, rank_level=5, title="市长",
                       organisation="云川市人民政府")
        _guest(session, event, "赵永亮", vip=True, rank_level=3, title="省长")
        arrived = _guest(session, event, "张新军", vip=True, rank_level=4)
        _guest(session, event, "刘洋", vip=True, rsvp=Rsvp.DECLINED)
        _guest(session, event, "陈静")
        _seat(session, hall, mayor)
        _arrive(session, event, arrived)
        details = attendance_details(session, event)
        for_dashboard = attendance_details(session, event, vips_only=True)
    vips = details.vips_absent
    assert for_dashboard.absent == vips and for_dashboard.counts == details.counts
    assert [guest.name for guest in vips] == ["赵永亮", "石鹏磊"]
    assert (vips[1].title, vips[1].organisation) == ("市长", "云川市人民政府")
    assert len(vips[1].seats) == 1 and vips[1].seats[0].startswith("主会场")
    assert vips[0].seats == ()
    assert [guest.name for guest in details.absent] == ["赵永亮", "石鹏磊", "陈静"]


def test_arrivals_are_listed_earliest_first_without_undone_ones_or_other_events(
        engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "到达顺序")
        other = create_event(session, "另一活动")
        first, second, undone = (_guest(session, event, "王伟"), _guest(session, event, "李娜"),
                                 _guest(session, event, "张强"))
        _arrive(session, event, first, "东门")
        _arrive(session, event, second, "西门")
        _arrive(session, event, undone)
        undo_check_in(session, event, undone.id)
        _arrive(session, other, _guest(session, other, "刘洋"))
        details = attendance_details(session, event)
    assert [(g.name, g.station) for g in details.arrived] == [("王伟", "东门"), ("李娜", "西门")]
    assert details.arrived[0].arrived_at is not None
    assert details.arrived[0].arrived_at <= details.arrived[1].arrived_at
    assert [g.name for g in details.absent] == ["张强"]
    assert details.timeline.buckets[-1].cumulative == 2


def test_a_guest_registered_at_the_door_is_a_walk_in_and_an_invited_one_is_not(
        engine: Engine) -> None:
    """A walk-in is whoever was registered at the door, whenever it happened; a guest added to
    the list this morning and checked in the moment they were added is not one."""
    with transaction(engine) as session:
        event = create_event(session, "现场登记")
        walk_in = register_walk_in(session, event, "张强", organisation="云川银行",
                                   station="正门")
        invited = _guest(session, event, "王伟")
        late = _guest(session, event, "李娜")
        _arrive(session, event, invited)
        _arrive(session, event, late)
        details = attendance_details(session, event)
    assert [guest.name for guest in details.walk_ins] == ["张强"]
    assert details.walk_ins[0].id == walk_in.id and details.walk_ins[0].station == "正门"
    assert [guest.walk_in for guest in details.arrived] == [True, False, False]


def test_the_stats_json_keeps_its_keys_and_adds_the_details(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "统计")
        hall = create_scene(session, event.id, "主会场")
        vip = _guest(session, event, "赵永亮", vip=True)
        came = _guest(session, event, "王伟")
        _seat(session, hall, vip, came)
        _arrive(session, event, came)
        register_walk_in(session, event, "张强")
        data = attendance_details(session, event).to_json()
    assert {key: data[key] for key in ("event", "expected", "arrived", "absent")} == {
        "event": "统计", "expected": 3, "arrived": 2, "absent": 1}
    assert data["by_category"]["leader"] == {"guests": 2, "expected": 2, "arrived": 1,
                                             "absent": 1}
    assert data["by_scene"] == [{"scene": "主会场", "seated": 2, "expected": 2, "arrived": 1,
                                 "absent": 1}]
    assert [guest["name"] for guest in data["walk_ins"]] == ["张强"]
    assert [guest["name"] for guest in data["vips_not_arrived"]] == ["赵永亮"]
    assert data["arrivals_over_time"]["buckets"][-1]["cumulative"] == 2

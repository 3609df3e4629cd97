"""Attendance of an event: who is expected, who has arrived, per category and per scene, over
time, who is still missing and who was registered at the door, from the check-ins."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import and_, case, exists, func, not_
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from models.precedence import in_precedence_order
from models.print_records import event_seats
from models.scenes import event_scenes
from models.tables import NOT_EXPECTED, Assignment, CheckIn, Event, Guest, utcnow
from models.vocab import CATEGORIES


@dataclass(frozen=True)
class CategoryAttendance:
    """The counts of one guest category; `absent` is expected guests who have not arrived."""

    guests: int
    expected: int
    arrived: int
    absent: int

    def to_json(self) -> dict[str, int]:
        return {"guests": self.guests, "expected": self.expected, "arrived": self.arrived,
                "absent": self.absent}


@dataclass(frozen=True)
class Attendance:
    """Counts for the whole event. `arrived` counts every guest checked in, `unexpected` those
    of them whose reply was declined or cancelled (they came anyway), so that
    expected = arrived - unexpected + absent."""

    event: str
    guests: int
    expected: int
    arrived: int
    absent: int
    unexpected: int
    by_category: dict[str, CategoryAttendance] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "event": self.event,
            "guests": self.guests,
            "expected": self.expected,
            "arrived": self.arrived,
            "absent": self.absent,
            "unexpected": self.unexpected,
            "by_category": {name: counts.to_json() for name, counts in self.by_category.items()},
        }


def arrived_guest_ids(event: Event) -> SelectOfScalar[int]:
    """A query of the ids of the event's guests who have arrived: an arrival row that no later
    row undoes. A guest checked in twice, or again after an undo, is one id."""
    undo = aliased(CheckIn)
    return (
        select(CheckIn.guest_id)
        .where(
            CheckIn.event_id == event.id,
            CheckIn.undoes_id.is_(None),
            not_(exists().where(undo.undoes_id == CheckIn.id)),
        )
        .distinct()
    )


def _category_order(row: Any) -> tuple[int, str]:
    """The built-in categories in their usual order, then the event's own, alphabetically, then
    the guests without a category."""
    known = list(CATEGORIES)
    category = row[0]
    if category in known:
        return known.index(category), category
    return (len(known), category) if category else (len(known) + 1, category)


def _expected() -> Any:
    return Guest.rsvp.not_in([str(rsvp) for rsvp in NOT_EXPECTED])


def _count_where(condition: Any) -> Any:
    return func.sum(case((condition, 1), else_=0))


def attendance(session: Session, event: Event) -> Attendance:
    """The event's attendance now, counted by the database in one grouped query."""
    expected, arrived = _expected(), Guest.id.in_(arrived_guest_ids(event))
    count_where = _count_where
    rows = session.exec(
        select(
            Guest.category,
            func.count(Guest.id),
            count_where(expected),
            count_where(arrived),
            count_where(and_(expected, not_(arrived))),
        )
        .where(Guest.event_id == event.id)
        .group_by(Guest.category)
    ).all()
    by_category = {
        category: CategoryAttendance(guests=int(guests), expected=int(wanted),
                                     arrived=int(came), absent=int(missing))
        for category, guests, wanted, came, missing in sorted(rows, key=_category_order)
    }
    totals = list(by_category.values())
    arrived_total = sum(counts.arrived for counts in totals)
    expected_total = sum(counts.expected for counts in totals)
    absent_total = sum(counts.absent for counts in totals)
    return Attendance(
        event=event.name,
        guests=sum(counts.guests for counts in totals),
        expected=expected_total,
        arrived=arrived_total,
        absent=absent_total,
        unexpected=arrived_total - (expected_total - absent_total),
        by_category=by_category,
    )


# ----------------------------------------------------------------------------------------------
# By scene


@dataclass(frozen=True)
class SceneAttendance:
    """The guests seated in one scene: how many, how many of them are expected, have arrived,
    are still missing."""

    scene_id: int
    scene: str
    seated: int
    expected: int
    arrived: int
    absent: int

    def to_json(self) -> dict[str, Any]:
        return {"scene": self.scene, "seated": self.seated, "expected": self.expected,
                "arrived": self.arrived, "absent": self.absent}


def by_scene(session: Session, event: Event) -> list[SceneAttendance]:
    """Every scene of the event in its order, counted by the database in one grouped query; a
    scene nobody is seated in counts zeros."""
    expected, arrived = _expected(), Guest.id.in_(arrived_guest_ids(event))
    rows = session.exec(
        select(Assignment.scene_id, func.count(Guest.id), _count_where(expected),
               _count_where(arrived), _count_where(and_(expected, not_(arrived))))
        .join(Guest, col(Guest.id) == Assignment.guest_id)
        .where(Guest.event_id == event.id)
        .group_by(Assignment.scene_id)
    ).all()
    counted = {scene_id: tuple(int(n) for n in counts) for scene_id, *counts in rows}
    found = []
    for scene in event_scenes(session, event.id):
        seated, wanted, came, missing = counted.get(scene.id, (0, 0, 0, 0))
        found.append(SceneAttendance(scene_id=scene.id, scene=scene.name, seated=seated,
                                     expected=wanted, arrived=came, absent=missing))
    return found


# ----------------------------------------------------------------------------------------------
# Arrivals over time


@dataclass(frozen=True)
class TimeBucket:
    """The arrivals in [start, start + the timeline's minutes), and all of them up to its end."""

    start: datetime
    arrived: int
    cumulative: int

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start.isoformat(), "arrived": self.arrived,
                "cumulative": self.cumulative}


@dataclass(frozen=True)
class Timeline:
    minutes: int
    buckets: tuple[TimeBucket, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"minutes": self.minutes, "buckets": [bucket.to_json() for bucket in self.buckets]}


# The intervals a timeline may be counted in; each divides a day, so buckets start on the clock
# (9:00, 9:10, ...) whatever the first arrival.
INTERVALS = (5, 10, 15, 30, 60, 120, 240, 720, 1440)
# A chart of more bars than this is unreadable on a screen or an A4 page.
MOST_BUCKETS = 48


def _interval_for(first: datetime, last: datetime) -> int:
    span = (last - first).total_seconds() / 60
    return next((minutes for minutes in INTERVALS if span / minutes < MOST_BUCKETS),
                INTERVALS[-1])


def arrivals_over_time(times: Sequence[datetime], minutes: int | None = None,
                       zone: tzinfo | None = None) -> Timeline:
    """Arrival times counted per interval of `minutes` (None: the shortest of INTERVALS that
    keeps the chart to MOST_BUCKETS bars), on the clock of `zone` (None: this computer's), with
    an empty bucket for every quiet interval between the first arrival and the last."""
    if minutes is not None and (minutes <= 0 or 1440 % minutes):
        raise ValueError(f"an interval must divide a day, not {minutes} minutes")
    if not times:
        return Timeline(minutes or INTERVALS[0])
    local = sorted(time.astimezone(zone) for time in times)
    step = minutes or _interval_for(local[0], local[-1])

    def start_of(time: datetime) -> datetime:
        midnight = time.replace(hour=0, minute=0, second=0, microsecond=0)
        elapsed = int((time - midnight).total_seconds() // 60)
        return midnight + timedelta(minutes=elapsed - elapsed % step)

    counts: dict[datetime, int] = {}
    for time in local:
        start = start_of(time)
        counts[start] = counts.get(start, 0) + 1
    buckets = []
    start, last, total = start_of(local[0]), start_of(local[-1]), 0
    while start <= last:
        total += counts.get(start, 0)
        buckets.append(TimeBucket(start, counts.get(start, 0), total))
        start += timedelta(minutes=step)
    return Timeline(step, tuple(buckets))


# ----------------------------------------------------------------------------------------------
# Who came, who is missing, who was registered at the door

@dataclass(frozen=True)
class GuestAttendance:
    """A guest as the attendance report lists them; `arrived_at` and `station` are those of
    their arrival that counts, None and "" while they have not arrived."""

    id: int
    name: str
    organisation: str
    title: str
    category: str
    vip: bool
    expected: bool
    phone: str
    contact_person: str
    seats: tuple[str, ...]
    arrived_at: datetime | None
    station: str
    walk_in: bool

    def to_json(self) -> dict[str, Any]:
        at = self.arrived_at
        return {"id": self.id, "name": self.name, "organisation": self.organisation,
                "title": self.title, "category": self.category, "vip": self.vip,
                "seats": list(self.seats), "arrived_at": at.isoformat() if at else None,
                "station": self.station, "walk_in": self.walk_in}


@dataclass(frozen=True)
class AttendanceDetails:
    """Everything the dashboard, the report and `stats --json` show of one event, read at
    `as_of`: the counts, per scene, the arrivals in order (earliest first), the expected guests
    still missing (in order of precedence; only the VIPs among them when read for the
    dashboard), the walk-ins, the timeline."""

    counts: Attendance
    scenes: list[SceneAttendance]
    arrived: list[GuestAttendance]
    absent: list[GuestAttendance]
    walk_ins: list[GuestAttendance]
    timeline: Timeline
    as_of: datetime

    @property
    def vips_absent(self) -> list[GuestAttendance]:
        return [guest for guest in self.absent if guest.vip]

    def to_json(self) -> dict[str, Any]:
        """The counts as `stats --json` always gave them, and the details beside them."""
        return {
            **self.counts.to_json(),
            "as_of": self.as_of.isoformat(),
            "by_scene": [scene.to_json() for scene in self.scenes],
            "walk_ins": [guest.to_json() for guest in self.walk_ins],
            "vips_not_arrived": [guest.to_json() for guest in self.vips_absent],
            "arrivals_over_time": self.timeline.to_json(),
        }


def _live_arrivals(session: Session, event: Event) -> dict[int, tuple[datetime, str]]:
    """Guest id → the time and station of their arrival that counts: the earliest that no undo
    cancels. Columns only: an event of ten thousand guests is read every two seconds."""
    undo = aliased(CheckIn)
    rows = session.exec(
        select(CheckIn.guest_id, CheckIn.at, CheckIn.station)
        .where(CheckIn.event_id == event.id, col(CheckIn.undoes_id).is_(None),
               not_(exists().where(undo.undoes_id == CheckIn.id)))
        .order_by(col(CheckIn.at).desc(), col(CheckIn.id).desc())
    ).all()
    return {guest_id: (at, station) for guest_id, at, station in rows}


# The guest fields the report shows, and those precedence is decided by.
_LISTED = (Guest.id, Guest.name, Guest.pinyin, Guest.list_order, Guest.rank_level,
           Guest.rank_order, Guest.organisation, Guest.title, Guest.category, Guest.vip,
           Guest.rsvp, Guest.phone, Guest.contact_person, Guest.walk_in)


def attendance_details(session: Session, event: Event, *, minutes: int | None = None,
                       zone: tzinfo | None = None, vips_only: bool = False) -> AttendanceDetails:
    """The event's attendance in full now; `minutes` and `zone` are the timeline's. With
    `vips_only` the absent guests listed are the VIPs alone (what the dashboard shows), which
    spares putting thousands of names in order of precedence."""
    as_of = utcnow()
    counts = attendance(session, event)
    live = _live_arrivals(session, event)
    guests = session.exec(select(*_LISTED).where(Guest.event_id == event.id)).all()
    missing = [guest for guest in guests if guest.id not in live
               and guest.rsvp not in NOT_EXPECTED and (guest.vip or not vips_only)]
    seats = event_seats(session, event) if missing else {}

    def listed(guest: Any) -> GuestAttendance:
        at, station = live.get(guest.id, (None, ""))
        return GuestAttendance(
            id=guest.id, name=guest.name, organisation=guest.organisation, title=guest.title,
            category=guest.category, vip=guest.vip, expected=guest.rsvp not in NOT_EXPECTED,
            phone=guest.phone, contact_person=guest.contact_person,
            seats=tuple(seats.get(guest.id, ())), arrived_at=at, station=station,
            walk_in=guest.walk_in)

    arrived = sorted((listed(guest) for guest in guests if guest.id in live),
                     key=lambda guest: (guest.arrived_at, guest.id))
    absent = [listed(guest) for guest in in_precedence_order(
        missing, event.tie_break, whole_name=event.stroke_whole_name)]
    return AttendanceDetails(
        counts=counts,
        scenes=by_scene(session, event),
        arrived=arrived,
        absent=absent,
        walk_ins=[guest for guest in arrived if guest.walk_in],
        timeline=arrivals_over_time([at for at, _station in live.values()], minutes, zone),
        as_of=as_of,
    )

"""Attendance of an event: who is expected, who has arrived, per category, from the check-ins."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, case, exists, func, not_
from sqlalchemy.orm import aliased
from sqlmodel import Session, select
from sqlmodel.sql.expression import SelectOfScalar

from models.tables import NOT_EXPECTED, CheckIn, Event, Guest
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


def attendance(session: Session, event: Event) -> Attendance:
    """The event's attendance now, counted by the database in one grouped query."""
    expected = Guest.rsvp.not_in([str(rsvp) for rsvp in NOT_EXPECTED])
    arrived = Guest.id.in_(arrived_guest_ids(event))

    def count_where(condition: Any) -> Any:
        return func.sum(case((condition, 1), else_=0))

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

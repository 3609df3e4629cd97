"""Changing the order of precedence by hand: the order inside a rank level, and the tie-break."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, select

from models.lang import say
from models.precedence import in_precedence_order
from models.tables import NOT_EXPECTED, Event, Guest, TieBreak, utcnow
from models.vocab import rank_label


class PrecedenceEditRefused(ValueError):
    """Guests or an event that cannot be ordered so; the message says why. Nothing was written."""


@dataclass(frozen=True)
class PrecedenceRow:
    id: int
    name: str
    organisation: str
    title: str


@dataclass(frozen=True)
class PrecedenceLevel:
    """One rank level's expected guests, senior first; level None holds the unranked."""

    level: int | None
    guests: list[PrecedenceRow] = field(default_factory=list)


def _event(session: Session, event_id: int) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise PrecedenceEditRefused(say("该活动已被删除", "The event was deleted"))
    return event


def tie_break_of(session: Session, event_id: int) -> TieBreak:
    return TieBreak(_event(session, event_id).tie_break)


def precedence_levels(session: Session, event_id: int) -> list[PrecedenceLevel]:
    """The event's expected guests in order of precedence, level by level, unranked last."""
    event = _event(session, event_id)
    guests = session.exec(select(Guest).where(Guest.event_id == event_id,
                                              col(Guest.rsvp).not_in(
                                                  [str(rsvp) for rsvp in NOT_EXPECTED])))
    levels: list[PrecedenceLevel] = []
    for guest in in_precedence_order(list(guests), event.tie_break,
                                     whole_name=event.stroke_whole_name):
        assert guest.id is not None
        if not levels or levels[-1].level != guest.rank_level:
            levels.append(PrecedenceLevel(guest.rank_level))
        levels[-1].guests.append(PrecedenceRow(guest.id, guest.name, guest.organisation,
                                               guest.title))
    return levels


def _guests(session: Session, guest_ids: list[int]) -> list[Guest]:
    found = {guest.id: guest
             for guest in session.exec(select(Guest).where(col(Guest.id).in_(guest_ids)))}
    if any(guest_id not in found for guest_id in guest_ids):
        raise PrecedenceEditRefused(say("该嘉宾已被删除", "The guest has been deleted"))
    return [found[guest_id] for guest_id in guest_ids]


def _level_name(level: int | None) -> str:
    return rank_label(level) or say("未定级别", "no rank level")


def reorder_in_level(session: Session, event_id: int, rank_level: int | None,
                     guest_ids_in_order: list[int]) -> dict[int, int | None]:
    """Give the guests, all of one level of the event, the order 1, 2, 3… as listed; returns
    each guest's order before, which restore_rank_orders() puts back."""
    _event(session, event_id)
    if len(set(guest_ids_in_order)) != len(guest_ids_in_order):
        raise PrecedenceEditRefused(say("同一位嘉宾出现了两次", "A guest is listed twice"))
    guests = _guests(session, guest_ids_in_order)
    for guest in guests:
        if guest.event_id != event_id:
            raise PrecedenceEditRefused(say(f"{guest.name}不是本活动的嘉宾",
                                            f"{guest.name} is not a guest of this event"))
        if guest.rank_level != rank_level:
            raise PrecedenceEditRefused(say(
                f"{guest.name}属于“{_level_name(guest.rank_level)}”，"
                f"不能排入“{_level_name(rank_level)}”",
                f"{guest.name} is of the level {_level_name(guest.rank_level)!r} and cannot be "
                f"ordered among {_level_name(rank_level)!r}"))
    previous: dict[int, int | None] = {}
    for position, guest in enumerate(guests, start=1):
        assert guest.id is not None
        previous[guest.id] = guest.rank_order
        guest.rank_order = position
        session.add(guest)
    session.flush()
    return previous


def restore_rank_orders(session: Session, previous: dict[int, int | None]) -> None:
    """Put back the orders reorder_in_level() or apply_tie_break() returned."""
    for guest in _guests(session, list(previous)):
        assert guest.id is not None
        guest.rank_order = previous[guest.id]
        session.add(guest)
    session.flush()


def apply_tie_break(session: Session, event_id: int, tie_break: str | TieBreak
                    ) -> dict[str, Any]:
    """Let the tie-break decide the order inside every level: the event takes it, and every
    explicit order is cleared. Returns what restore_tie_break() needs to undo it."""
    event = _event(session, event_id)
    try:
        rule = TieBreak(tie_break)
    except ValueError:
        raise PrecedenceEditRefused(say(f"未知的同级排序方式：{tie_break!r}",
                                        f"Unknown tie-break: {tie_break!r}")) from None
    ordered = session.exec(select(Guest).where(Guest.event_id == event_id,
                                               col(Guest.rank_order).is_not(None)))
    rank_orders: dict[int, int | None] = {}
    for guest in ordered:
        assert guest.id is not None
        rank_orders[guest.id] = guest.rank_order
        guest.rank_order = None
        session.add(guest)
    previous = {"tie_break": event.tie_break, "rank_orders": rank_orders}
    event.tie_break = rule.value
    event.updated_at = utcnow()
    session.add(event)
    session.flush()
    return previous


def restore_tie_break(session: Session, event_id: int, previous: dict[str, Any]) -> None:
    """Give the event back the tie-break and the explicit orders apply_tie_break() returned."""
    event = _event(session, event_id)
    restore_rank_orders(session, previous["rank_orders"])
    event.tie_break = previous["tie_break"]
    event.updated_at = utcnow()
    session.add(event)
    session.flush()

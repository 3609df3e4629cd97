"""Events: finding, creating, renaming and listing them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, select

from models.lang import say
from models.names import normalise_text
from models.tables import Event, Guest

# The longest name Event.name holds.
NAME_LENGTH = 200


class EventNotFound(LookupError):
    """No event of that name; the message names it."""


class EventNameRefused(ValueError):
    """An event name that is empty or already taken; the message says which."""


def find_event(session: Session, name: str) -> Event:
    event = session.exec(select(Event).where(Event.name == name)).first()
    if event is None:
        raise EventNotFound(say(f"没有名为“{name}”的活动", f"No event named {name!r}"))
    return event


def get_or_create_event(session: Session, name: str) -> tuple[Event, bool]:
    """The event of that name, created when new; the flag says whether it was created."""
    event = session.exec(select(Event).where(Event.name == name)).first()
    if event is not None:
        return event, False
    event = Event(name=name)
    session.add(event)
    session.flush()
    return event, True


def checked_event_name(session: Session, name: str, *, own_id: int | None = None) -> str:
    """The name as stored; refused when empty, too long, or already another event's."""
    name = normalise_text(name)
    if not name:
        raise EventNameRefused(say("活动名称不能为空", "The event needs a name"))
    if len(name) > NAME_LENGTH:
        raise EventNameRefused(say(f"活动名称不能超过 {NAME_LENGTH} 个字",
                                   f"The event name is longer than {NAME_LENGTH} characters"))
    taken = session.exec(select(Event.id).where(Event.name == name)).first()
    if taken is not None and taken != own_id:
        raise EventNameRefused(say(f"已有名为“{name}”的活动", f"An event named {name!r} exists"))
    return name


def create_event(session: Session, name: str, **fields: object) -> Event:
    """A new event; its name must be non-empty and not used by another event."""
    event = Event(name=checked_event_name(session, name), **fields)
    session.add(event)
    session.flush()
    return event


def rename_event(session: Session, event_id: int, name: str) -> str:
    """Give the event another name (unique among events); returns the name it had."""
    event = session.get(Event, event_id)
    if event is None:
        raise EventNotFound(say("该活动已被删除", "The event has been deleted"))
    previous = event.name
    event.name = checked_event_name(session, name, own_id=event_id)
    session.add(event)
    session.flush()
    return previous


@dataclass(frozen=True)
class EventSummary:
    id: int
    name: str
    guests: int
    venue: str
    starts_on: str | None

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "guests": self.guests, "venue": self.venue,
                "starts_on": self.starts_on}


def list_events(session: Session) -> list[EventSummary]:
    counts = (
        select(Event, func.count(Guest.id))
        .join(Guest, Guest.event_id == Event.id, isouter=True)
        .group_by(Event.id)
        .order_by(Event.created_at, Event.id)
    )
    return [
        EventSummary(
            id=event.id,
            name=event.name,
            guests=count,
            venue=event.venue,
            starts_on=event.starts_on.isoformat() if event.starts_on else None,
        )
        for event, count in session.exec(counts)
    ]

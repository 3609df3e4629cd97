"""Reading back what an import stored."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlmodel import select

from models.db import transaction
from models.tables import Event, Guest

EVENT = "2026年投资大会"


def guests_of(engine: Engine, event: str = EVENT) -> list[Guest]:
    """The event's guests in list order."""
    with transaction(engine) as session:
        return list(session.exec(select(Guest).join(Event, Event.id == Guest.event_id)
                                 .where(Event.name == event).order_by(Guest.list_order)).all())

"""What the sign-in desk reads and writes besides a scan: counts, the guest search, undo."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine
from sqlmodel import Session, select

from models.attendance import Attendance, attendance
from models.checkin import undo_check_in
from models.db import transaction
from models.guest_list import GuestRow, guest_matcher, load_guest_rows, normalise_query
from models.tables import Event, Guest

# Guests read out the end of their number; fewer digits would match half the list.
PHONE_DIGITS = 4


def desk_matcher(text: str) -> Callable[[GuestRow], bool]:
    """The guest list's name filter, except that digits only (four or more) match the end of the
    guest's phone number. Nothing matches an empty box: the desk lists no one until asked."""
    query = normalise_query(text).replace(" ", "")
    if not query:
        return lambda _row: False
    if query.isdigit() and len(query) >= PHONE_DIGITS:
        return lambda row: row.phone.replace(" ", "").replace("-", "").endswith(query)
    return guest_matcher(query)


def desk_guests(engine: Engine, event_id: int) -> list[GuestRow]:
    with Session(engine) as session:
        return load_guest_rows(session, event_id)


def guest_token(engine: Engine, event_id: int, guest_id: int) -> str | None:
    """The guest's current sign-in token, read when chosen: a reissued code replaces the old."""
    with Session(engine) as session:
        return session.exec(select(Guest.token).where(Guest.event_id == event_id,
                                                      Guest.id == guest_id)).first()


def event_name(engine: Engine, event_id: int) -> str:
    with Session(engine) as session:
        return session.get_one(Event, event_id).name


def event_attendance(engine: Engine, event_id: int) -> Attendance:
    with Session(engine) as session:
        return attendance(session, session.get_one(Event, event_id))


def undo_arrival(engine: Engine, event_id: int, guest_id: int, station: str) -> None:
    """Cancel the guest's arrival in a transaction of its own; NothingToUndo when there is none."""
    with transaction(engine) as session:
        undo_check_in(session, session.get_one(Event, event_id), guest_id, station=station)

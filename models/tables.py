"""The stored tables: events, guests, scenes and their layout, seat assignments, check-ins."""

from __future__ import annotations

import secrets
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Column, DateTime, ForeignKey, Integer, UniqueConstraint
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """Stores UTC without a zone (SQLite has none) and always hands back aware UTC datetimes."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; give a zone")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def stamp() -> Any:
    """A creation or change time, stored in UTC."""
    return Field(default_factory=utcnow, sa_type=UtcDateTime, nullable=False)


def new_token() -> str:
    """A sign-in token: 128 random bits, URL-safe, 22 characters."""
    return secrets.token_urlsafe(16)


def new_event_uid() -> str:
    """The event's identity inside QR payloads; random so that codes name no person or event."""
    return secrets.token_hex(8)


class Convention(StrEnum):
    """Which hand ranks higher: 以左为上 (domestic government) or 以右为上 (international)."""

    DOMESTIC = "domestic"
    INTERNATIONAL = "international"


class TieBreak(StrEnum):
    """How people of the same rank level and order are put in sequence."""

    LIST_ORDER = "list_order"
    STROKES = "strokes"
    PINYIN = "pinyin"


class Rsvp(StrEnum):
    INVITED = "invited"
    CONFIRMED = "confirmed"
    DECLINED = "declined"
    TENTATIVE = "tentative"
    CANCELLED = "cancelled"


NOT_EXPECTED = frozenset({Rsvp.DECLINED, Rsvp.CANCELLED})


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"


class Event(SQLModel, table=True):
    __tablename__ = "event"

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_event_uid, unique=True, max_length=32)
    name: str = Field(unique=True, max_length=200)
    starts_on: date | None = None
    ends_on: date | None = None
    venue: str = ""
    organiser: str = ""
    notes: str = ""
    convention: str = Field(default=Convention.DOMESTIC.value, max_length=20)
    tie_break: str = Field(default=TieBreak.STROKES.value, max_length=20)
    # PROTOCOL.md settings: the even rostrum row's reading (rank 1 left of centre as the audience
    # sees it), which side of the main table ranks higher, and 姓氏笔画 on whole names.
    even_centre_left: bool = True
    tables_right_first: bool = True
    stroke_whole_name: bool = False
    created_at: datetime = stamp()
    updated_at: datetime = stamp()


class Guest(SQLModel, table=True):
    __tablename__ = "guest"

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(
        sa_column=Column(Integer, ForeignKey("event.id", ondelete="CASCADE"), nullable=False,
                         index=True)
    )
    list_order: int = 0
    name: str = Field(max_length=100)
    pinyin: str = Field(default="", max_length=300)
    initials: str = Field(default="", max_length=50, index=True)
    gender: str = Field(default="", max_length=10)
    organisation: str = ""
    title: str = ""
    rank_level: int | None = None
    rank_order: int | None = None
    category: str = Field(default="", max_length=50)
    delegation: str = ""
    phone: str = Field(default="", max_length=50)
    email: str = Field(default="", max_length=200)
    rsvp: str = Field(default=Rsvp.INVITED.value, max_length=20)
    vip: bool = False
    # Indexed: deleting a guest looks up who came as their companion.
    companion_of_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("guest.id", ondelete="SET NULL"), nullable=True,
                         index=True),
    )
    contact_person: str = ""
    dietary: str = ""
    accessibility: str = ""
    notes: str = ""
    custom: dict[str, str] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    host_side: bool = False
    needs_aisle: bool = False
    needs_step_free: bool = False
    # Registered at the door on the day rather than invited: the attendance report lists them.
    walk_in: bool = False
    token: str = Field(default_factory=new_token, unique=True, max_length=64)
    created_at: datetime = stamp()
    updated_at: datetime = stamp()


class CheckIn(SQLModel, table=True):
    """One row per arrival or per undo of an arrival; rows are never changed or deleted."""

    __tablename__ = "checkin"
    __table_args__ = (UniqueConstraint("undoes_id", name="uq_checkin_undoes"),)

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(
        sa_column=Column(Integer, ForeignKey("event.id", ondelete="CASCADE"), nullable=False,
                         index=True)
    )
    guest_id: int = Field(
        sa_column=Column(Integer, ForeignKey("guest.id", ondelete="CASCADE"), nullable=False,
                         index=True)
    )
    station: str = Field(default="", max_length=100)
    at: datetime = stamp()
    undoes_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("checkin.id", ondelete="CASCADE"), nullable=True),
    )
    # Set on an arrival a station queued while offline: sending it twice writes it once.
    uid: str | None = Field(default=None, max_length=32, unique=True, index=True)


class SceneKind(StrEnum):
    HALL = "hall"
    BANQUET = "banquet"
    MEETING = "meeting"
    SIGNING = "signing"
    PHOTO = "photo"
    OTHER = "other"


class Scene(SQLModel, table=True):
    """One part of an event with its own room and seats: the hall, the banquet, the photo."""

    __tablename__ = "scene"
    __table_args__ = (UniqueConstraint("event_id", "name", name="uq_scene_event_name"),)

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(
        sa_column=Column(Integer, ForeignKey("event.id", ondelete="CASCADE"), nullable=False,
                         index=True)
    )
    name: str = Field(max_length=100)
    kind: str = Field(default=SceneKind.HALL.value, max_length=20)
    position: int = 0
    # Where guests come in, in layout centimetres; tables far from it rank higher.
    entrance_x: float = 0.0
    entrance_y: float = 1000.0
    settings: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime = stamp()
    updated_at: datetime = stamp()


class Element(SQLModel, table=True):
    """A rostrum, a block of seats, a table, furniture... placed in a scene. `params` holds what
    its kind needs (rows, seats, shape, reservation); seats are derived from it."""

    __tablename__ = "element"

    id: int | None = Field(default=None, primary_key=True)
    scene_id: int = Field(
        sa_column=Column(Integer, ForeignKey("scene.id", ondelete="CASCADE"), nullable=False,
                         index=True)
    )
    kind: str = Field(max_length=30)
    label: str = ""
    x: float = 0.0
    y: float = 0.0
    rotation: float = 0.0
    params: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class Assignment(SQLModel, table=True):
    """A guest in a seat of a scene. A locked assignment is kept by every automatic arrangement."""

    __tablename__ = "assignment"
    __table_args__ = (
        UniqueConstraint("element_id", "seat", name="uq_assignment_seat"),
        UniqueConstraint("scene_id", "guest_id", name="uq_assignment_guest"),
    )

    id: int | None = Field(default=None, primary_key=True)
    scene_id: int = Field(
        sa_column=Column(Integer, ForeignKey("scene.id", ondelete="CASCADE"), nullable=False,
                         index=True)
    )
    element_id: int = Field(
        sa_column=Column(Integer, ForeignKey("element.id", ondelete="CASCADE"), nullable=False)
    )
    seat: str = Field(max_length=20)
    guest_id: int = Field(
        sa_column=Column(Integer, ForeignKey("guest.id", ondelete="CASCADE"), nullable=False,
                         index=True)
    )
    locked: bool = False


class ApartPair(SQLModel, table=True):
    """Two guests who must not sit at the same table or next to each other."""

    __tablename__ = "apart_pair"
    __table_args__ = (UniqueConstraint("first_id", "second_id", name="uq_apart_pair"),)

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(
        sa_column=Column(Integer, ForeignKey("event.id", ondelete="CASCADE"), nullable=False,
                         index=True)
    )
    first_id: int = Field(
        sa_column=Column(Integer, ForeignKey("guest.id", ondelete="CASCADE"), nullable=False,
                         index=True)
    )
    second_id: int = Field(
        sa_column=Column(Integer, ForeignKey("guest.id", ondelete="CASCADE"), nullable=False,
                         index=True)
    )


class SeatingSnapshot(SQLModel, table=True):
    """The assignments of a scene as they were before a bulk change, to undo or compare with."""

    __tablename__ = "seating_snapshot"

    id: int | None = Field(default=None, primary_key=True)
    scene_id: int = Field(
        sa_column=Column(Integer, ForeignKey("scene.id", ondelete="CASCADE"), nullable=False,
                         index=True)
    )
    reason: str = Field(default="", max_length=100)
    taken_at: datetime = stamp()
    assignments: list[dict[str, Any]] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False)
    )


class PrintRecord(SQLModel, table=True):
    """One printing of a document for an event or a scene, and the guests as they stand on paper
    afterwards: what the next "print only what changed" compares with."""

    __tablename__ = "print_record"

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(
        sa_column=Column(Integer, ForeignKey("event.id", ondelete="CASCADE"), nullable=False,
                         index=True)
    )
    document: str = Field(max_length=30)
    scene_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("scene.id", ondelete="CASCADE"), nullable=True),
    )
    template: str = ""
    printed_at: datetime = stamp()
    # One entry per guest on paper: guest_id, name, title, organisation, category, seat and
    # whether this printing printed them ("printed") or an earlier one did.
    guests: list[dict[str, Any]] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False)
    )

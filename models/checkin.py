"""Sign-in on the day: a scanned code checks a guest in once, with where they sit."""

from __future__ import annotations

import re
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Engine, String, and_, cast, exists, func, not_, update
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from models.db import retried_while_busy, transaction
from models.guests import new_guest
from models.lang import say
from models.seating import ScenePlan, scene_plan
from models.signin_code import parse_signin_payload
from models.tables import NOT_EXPECTED, Assignment, CheckIn, Element, Event, Guest, Rsvp, Scene

# A token as new_token() makes it, typed or scanned without the "ZC1:<event>:" in front.
_BARE_TOKEN = re.compile(r"[A-Za-z0-9_-]{22}")
# The PostgreSQL channel told of every arrival and undo, by a trigger on the checkin table
# (migration 0005); the payload is the event's id.
CHECKIN_CHANNEL = "zuoci_checkin"
# A station's cached seat plan is ranked again after this long even if nothing seemed to change.
PLAN_MAX_AGE_S = 60.0


class CheckInStatus(StrEnum):
    CHECKED_IN = "checked_in"
    ALREADY_CHECKED_IN = "already_checked_in"
    UNKNOWN_CODE = "unknown_code"
    OTHER_EVENT = "other_event"
    NOT_EXPECTED = "not_expected"


# The statuses after which the guest is in: the door lets them through.
ADMITTED = frozenset({CheckInStatus.CHECKED_IN, CheckInStatus.ALREADY_CHECKED_IN})


class NothingToUndo(LookupError):
    """The guest has no arrival that could be undone; the message names them."""


@dataclass(frozen=True)
class ArrivedGuest:
    """Who was scanned, as the sign-in desk shows them."""

    id: int
    name: str
    organisation: str
    title: str
    category: str
    vip: bool

    @classmethod
    def of(cls, guest: Guest) -> ArrivedGuest:
        return cls(id=guest.id, name=guest.name, organisation=guest.organisation,
                   title=guest.title, category=guest.category, vip=guest.vip)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "organisation": self.organisation,
                "title": self.title, "category": self.category, "vip": self.vip}


@dataclass(frozen=True)
class CheckInResult:
    """The answer to one scan. `first_checked_in_at` and `station` are those of the arrival that
    counts: this one for checked_in, the earlier one for already_checked_in."""

    status: CheckInStatus
    guest: ArrivedGuest | None = None
    first_checked_in_at: datetime | None = None
    station: str = ""
    seats: list[str] = field(default_factory=list)

    @property
    def admitted(self) -> bool:
        return self.status in ADMITTED

    def message(self) -> str:
        """One line for the desk's screen or the console, in the user's language."""
        name = self.guest.name if self.guest else ""
        first = self.first_checked_in_at
        at = first.astimezone().strftime("%H:%M") if first else ""
        where = say(f"（{self.station}）", f" ({self.station})") if self.station else ""
        match self.status:
            case CheckInStatus.CHECKED_IN:
                return say(f"{name} 签到成功", f"{name} checked in")
            case CheckInStatus.ALREADY_CHECKED_IN:
                return say(f"{name} 已于 {at}{where}签到", f"{name} checked in at {at}{where}")
            case CheckInStatus.NOT_EXPECTED:
                return say(f"{name} 已谢绝或取消出席，未登记签到，请联系负责人",
                           f"{name} declined or cancelled; no arrival recorded, ask the "
                           "person in charge")
            case CheckInStatus.OTHER_EVENT:
                return say("这是其他活动的签到码", "This sign-in code is for another event")
            case _:
                return say("无法识别的签到码（可能已作废）",
                           "Unknown sign-in code (it may have been replaced)")

    def to_json(self) -> dict[str, Any]:
        at = self.first_checked_in_at
        return {
            "status": self.status.value,
            "guest": self.guest.to_json() if self.guest else None,
            "first_checked_in_at": at.isoformat() if at else None,
            "station": self.station,
            "seats": list(self.seats),
            "message": self.message(),
        }


def scanned_token(event: Event, scanned_text: str) -> str | CheckInStatus:
    """The token in what was scanned, or why there is none: a full QR payload of this event, or
    a bare token. Pure: nothing is read from the database."""
    return event_token(event.uid, scanned_text)


def event_token(event_uid: str, scanned_text: str) -> str | CheckInStatus:
    """scanned_token() for an event known by its uid alone, as a station's local copy knows it.
    A scanner typing through a Chinese input method in full-width mode arrives as full-width
    letters (ＺＣ１：…): NFKC gives the code back; a token holds no character it would change."""
    text = unicodedata.normalize("NFKC", scanned_text).strip()
    parsed = parse_signin_payload(text)
    if parsed is not None:
        _version, code_event, token = parsed
        return token if code_event == event_uid else CheckInStatus.OTHER_EVENT
    if _BARE_TOKEN.fullmatch(text):
        return text
    return CheckInStatus.UNKNOWN_CODE


def is_live(arrival: type[CheckIn]) -> ColumnElement[bool]:
    """An arrival row (not an undo) that no undo row cancels."""
    undo = aliased(CheckIn)
    return and_(col(arrival.undoes_id).is_(None),
                not_(exists().where(undo.undoes_id == arrival.id)))


def live_arrival(session: Session, guest_id: int) -> CheckIn | None:
    """The guest's arrival that no undo row cancels, the earliest if an older database holds
    several."""
    query = (
        select(CheckIn)
        .where(CheckIn.guest_id == guest_id, is_live(CheckIn))
        .order_by(col(CheckIn.at), col(CheckIn.id))
    )
    return session.exec(query).first()


def _lock_guest(session: Session, guest: Guest) -> None:
    """Make every other check-in or undo of this guest wait until this transaction ends.

    Idempotence rests on this lock, not on Python: the check for a live arrival is repeated
    after it, so of two stations scanning the same guest at once the second sees the first's
    arrival. On PostgreSQL it is a row lock (SELECT ... FOR UPDATE); under READ COMMITTED the
    next statement then sees what the first station committed. SQLite locks the whole database
    for a writer, so a write that changes nothing takes that lock, as BEGIN IMMEDIATE would; a
    transaction whose earlier read is out of date fails with "database is locked" instead of
    writing a second arrival, and scan() tries again.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.exec(select(Guest.id).where(Guest.id == guest.id).with_for_update()).one()
    else:
        session.execute(update(Guest).where(col(Guest.id) == guest.id)
                        .values(id=Guest.id).execution_options(synchronize_session=False))


class ScenePlans:
    """The ranked seats of each scene, kept between scans: ranking a hall of thousands of seats
    takes far longer than a scan may. A plan is built again when its fingerprint changes: the
    event's ranking settings, the scene's row, and sums over its elements of their positions,
    turns and the lengths of their labels and parameters, each weighted by the element's id so
    that two tables that swap places change it too. The scenes and their fingerprints are one
    query per scan. An edit the sums cannot see (a label renamed to one as long) shows once the
    plan is older than PLAN_MAX_AGE_S."""

    def __init__(self) -> None:
        self._plans: dict[int, tuple[tuple[Any, ...], float, ScenePlan]] = {}

    def scenes(self, session: Session, event: Event) -> list[tuple[int, tuple[Any, ...]]]:
        """The event's scenes in order, each with its fingerprint."""
        query = (
            select(Scene.id, Scene.name, Scene.entrance_x, Scene.entrance_y, Scene.updated_at,
                   func.count(Element.id), func.sum(Element.id),
                   func.sum(Element.id * Element.x), func.sum(Element.id * Element.y),
                   func.sum(Element.id * Element.rotation),
                   func.sum(Element.id * func.length(Element.label)),
                   func.sum(Element.id * func.length(cast(Element.params, String))))
            .outerjoin(Element, col(Element.scene_id) == Scene.id)
            .where(Scene.event_id == event.id)
            .group_by(col(Scene.id))
            .order_by(col(Scene.position), col(Scene.id))
        )
        settings = (event.convention, event.even_centre_left, event.tables_right_first)
        return [(row[0], (settings, *row[1:])) for row in session.exec(query)]

    def plan(self, session: Session, event: Event, scene_id: int,
             fingerprint: tuple[Any, ...]) -> ScenePlan:
        cached = self._plans.get(scene_id)
        now = time.monotonic()
        if cached is not None and cached[0] == fingerprint and now - cached[1] < PLAN_MAX_AGE_S:
            return cached[2]
        plan = scene_plan(session, event, session.get_one(Scene, scene_id))
        self._plans[scene_id] = (fingerprint, now, plan)
        return plan


def seat_labels(session: Session, event: Event, guest_id: int,
                plans: ScenePlans | None = None) -> list[str]:
    """The guest's seats in the event's scenes, in scene order, each with the scene's name.
    A station passes its `plans` so that the scenes are not ranked again on every scan."""
    seated = {a.scene_id: a for a in session.exec(
        select(Assignment).where(Assignment.guest_id == guest_id))}
    if not seated:
        return []
    # Without a station's plans, a throwaway cache: each scene is ranked once for this call.
    cache = plans if plans is not None else ScenePlans()
    labels = []
    for scene_id, fingerprint in cache.scenes(session, event):
        assignment = seated.get(scene_id)
        if assignment is None:
            continue
        plan = cache.plan(session, event, scene_id, fingerprint)
        position = plan.index.get((assignment.element_id, assignment.seat))
        if position is not None:
            labels.append(plan.label(position, with_scene=True))
    return labels


def _result(session: Session, event: Event, status: CheckInStatus, guest: Guest,
            arrival: CheckIn | None, plans: ScenePlans | None = None) -> CheckInResult:
    return CheckInResult(
        status=status,
        guest=ArrivedGuest.of(guest),
        first_checked_in_at=arrival.at if arrival else None,
        station=arrival.station if arrival else "",
        seats=seat_labels(session, event, guest.id, plans),
    )


def _arrive(session: Session, event: Event, guest: Guest, station: str,
            plans: ScenePlans | None = None) -> CheckInResult:
    """Record the guest's arrival unless one is live; the guest's row lock is taken first."""
    _lock_guest(session, guest)
    earlier = live_arrival(session, guest.id)
    if earlier is not None:
        return _result(session, event, CheckInStatus.ALREADY_CHECKED_IN, guest, earlier, plans)
    arrival = CheckIn(event_id=event.id, guest_id=guest.id, station=station)
    session.add(arrival)
    session.flush()
    return _result(session, event, CheckInStatus.CHECKED_IN, guest, arrival, plans)


def check_in(session: Session, event: Event, scanned_text: str, *,
             station: str = "", plans: ScenePlans | None = None) -> CheckInResult:
    """Check in the guest whose code was scanned at `station`.

    A second scan records nothing and answers with the first arrival. A code that is not one of
    this event's guests' current codes, and a guest who declined or cancelled, are refused
    without writing anything or taking a lock.
    """
    token = scanned_token(event, scanned_text)
    if isinstance(token, CheckInStatus):
        return CheckInResult(status=token)
    # The guest with their live arrival, if any, in one query: a station's scan waits for
    # every round trip to the server.
    arrival = aliased(CheckIn)
    found = session.exec(
        select(Guest, arrival)
        .outerjoin(arrival, and_(arrival.guest_id == Guest.id, is_live(arrival)))
        .where(Guest.event_id == event.id, Guest.token == token)
        .order_by(col(arrival.at), col(arrival.id))
        .limit(1)
    ).first()
    if found is None:
        return CheckInResult(status=CheckInStatus.UNKNOWN_CODE)
    guest, earlier = found
    if guest.rsvp in NOT_EXPECTED:
        return _result(session, event, CheckInStatus.NOT_EXPECTED, guest, None, plans)
    # Most repeated scans end here, before any lock: a live arrival stays live until an undo.
    if earlier is not None:
        return _result(session, event, CheckInStatus.ALREADY_CHECKED_IN, guest, earlier, plans)
    return _arrive(session, event, guest, station, plans)


def _scan_once(engine: Engine, event_id: int, scanned_text: str, station: str,
               plans: ScenePlans | None) -> CheckInResult:
    with transaction(engine) as session:
        event = session.get_one(Event, event_id)
        return check_in(session, event, scanned_text, station=station, plans=plans)


def scan(engine: Engine, event_id: int, scanned_text: str, *, station: str = "",
         attempts: int = 20, plans: ScenePlans | None = None) -> CheckInResult:
    """check_in() in a transaction of its own, as a sign-in station runs it. On SQLite a scan
    that lost the race for the write lock is tried again; the retry sees the arrival that won."""
    return retried_while_busy(
        lambda: _scan_once(engine, event_id, scanned_text, station, plans), attempts)


def undo_check_in(session: Session, event: Event, guest_id: int, *,
                  station: str = "") -> CheckIn:
    """Cancel the guest's live arrival (a mistaken scan) by appending an undo row; the arrival
    stays in the history. The guest may check in again afterwards."""
    guest = session.exec(select(Guest).where(Guest.event_id == event.id,
                                             Guest.id == guest_id)).first()
    if guest is None:
        raise NothingToUndo(say(f"本活动没有编号为 {guest_id} 的嘉宾",
                                f"This event has no guest number {guest_id}"))
    _lock_guest(session, guest)
    arrival = live_arrival(session, guest.id)
    if arrival is None:
        raise NothingToUndo(say(f"{guest.name} 尚未签到，无可撤销",
                                f"{guest.name} has not checked in; there is nothing to undo"))
    undo = CheckIn(event_id=event.id, guest_id=guest.id, station=station, undoes_id=arrival.id)
    session.add(undo)
    session.flush()
    return undo


@dataclass(frozen=True)
class QueuedArrival:
    """An arrival a station recorded while it could not reach the server: its own unique id, the
    guest, and when and where the guest was scanned."""

    uid: str
    guest_id: int
    at: datetime
    station: str


class Upload(StrEnum):
    """What sending one queued arrival did."""

    RECORDED = "recorded"  # the guest's only arrival
    EARLIER = "earlier"  # it came before the arrival the server had, which it replaced
    LATER = "later"  # another station had the guest first; the queued one is kept as undone
    SENT_BEFORE = "sent_before"  # already on the server (a resend after a crash)
    GUEST_GONE = "guest_gone"  # the guest was removed from the event meanwhile


def upload_arrival(session: Session, event: Event, queued: QueuedArrival) -> Upload:
    """Write a queued arrival with its own scan time and station, so that the guest's earliest
    arrival is the one that counts, whichever station saw them first.

    Rows stay append-only: the queued arrival is inserted as it happened, and if the guest has
    another live arrival the later of the two gets an undo row. Both stay in the history; the
    guest is counted once, at the earlier time. The arrival's uid is unique in the table, so a
    resend finds it and writes nothing.
    """
    guest = session.exec(select(Guest).where(Guest.event_id == event.id,
                                             Guest.id == queued.guest_id)).first()
    if guest is None:
        return Upload.GUEST_GONE
    _lock_guest(session, guest)
    # Looked for after the lock: a second sender of the same queue waits here and then finds it.
    if session.exec(select(CheckIn.id).where(CheckIn.uid == queued.uid)).first() is not None:
        return Upload.SENT_BEFORE
    live = live_arrival(session, guest.id)
    arrival = CheckIn(event_id=event.id, guest_id=guest.id, station=queued.station,
                      at=queued.at, uid=queued.uid)
    session.add(arrival)
    session.flush()
    outcome = Upload.RECORDED
    if live is not None:
        # A tie keeps the arrival the server had: it was shown as the first at its station.
        later, outcome = (live, Upload.EARLIER) if queued.at < live.at else (arrival, Upload.LATER)
        session.add(CheckIn(event_id=event.id, guest_id=guest.id, station=queued.station,
                            undoes_id=later.id))
        session.flush()
    return outcome


def register_walk_in(session: Session, event: Event, name: str, *, organisation: str = "",
                     title: str = "", category: str = "", station: str = "") -> Guest:
    """A guest who was not on the list, added at the door as confirmed and checked in at once;
    they get a sign-in code like everyone else, for a badge printed on the spot."""
    last = session.exec(select(func.max(Guest.list_order))
                        .where(Guest.event_id == event.id)).one()
    guest = new_guest(event.id, name, organisation=organisation, title=title, category=category,
                      rsvp=Rsvp.CONFIRMED.value, list_order=(last or 0) + 1)
    guest.walk_in = True
    session.add(guest)
    session.flush()
    _arrive(session, event, guest, station)
    return guest


@dataclass(frozen=True)
class Arrival:
    """A live arrival for the organiser's dashboard."""

    checkin_id: int
    at: datetime
    station: str
    guest: ArrivedGuest

    def to_json(self) -> dict[str, Any]:
        return {"id": self.checkin_id, "at": self.at.isoformat(), "station": self.station,
                "guest": self.guest.to_json()}


def arrivals(session: Session, event: Event, since: datetime | None = None) -> list[Arrival]:
    """The event's arrivals that no undo cancels, newest first; with `since`, only those later
    than it (a dashboard polling for what is new)."""
    undo = aliased(CheckIn)
    query = (
        select(CheckIn, Guest)
        .join(Guest, col(Guest.id) == CheckIn.guest_id)
        .where(CheckIn.event_id == event.id, col(CheckIn.undoes_id).is_(None),
               not_(exists().where(undo.undoes_id == CheckIn.id)))
        .order_by(col(CheckIn.at).desc(), col(CheckIn.id).desc())
    )
    if since is not None:
        query = query.where(col(CheckIn.at) > since)
    return [Arrival(checkin_id=arrival.id, at=arrival.at, station=arrival.station,
                    guest=ArrivedGuest.of(guest))
            for arrival, guest in session.exec(query)]

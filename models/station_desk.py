"""A sign-in station's check-in path: the server while it answers, the station's own copy and
queue while it does not, and the queue sent when the server is back."""

from __future__ import annotations

import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, func
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlmodel import Session, col, select

from models.attendance import attendance
from models.checkin import (
    CheckInResult,
    CheckInStatus,
    ScenePlans,
    Upload,
    is_live,
    scan,
    undo_check_in,
    upload_arrival,
)
from models.db import transaction
from models.station_copy import CopiedGuest, CopyCounts, StationCopy, station_copy_path
from models.tables import Assignment, CheckIn, Event, Guest

# What an unreachable server raises: refused or dropped connections, timeouts, a closed socket.
OFFLINE_ERRORS = (OperationalError, InterfaceError)
# A scan waits at most this long for a server that does not answer before going offline.
CONNECT_TIMEOUT_S = 2
# Unacknowledged data on an open connection (a pulled cable) fails after this long.
TCP_USER_TIMEOUT_MS = 3000
# How often, while online, the whole copy (guests and seats) is read again.
COPY_REFRESH_S = 60.0


def station_engine(engine: Engine) -> Engine:
    """The engine a station scans through: for PostgreSQL the same database with short
    timeouts, so that a scan goes offline within seconds instead of hanging; SQLite as given."""
    if engine.dialect.name != "postgresql":
        return engine
    # No ping before each use: a connection the server dropped fails the scan, which is then
    # queued like any offline one, and the pool is emptied for the next.
    return create_engine(engine.url, pool_size=2,
                         connect_args={"connect_timeout": CONNECT_TIMEOUT_S,
                                       "tcp_user_timeout": TCP_USER_TIMEOUT_MS,
                                       "keepalives": 1, "keepalives_idle": 5,
                                       "keepalives_interval": 2, "keepalives_count": 2})


@dataclass(frozen=True)
class SyncReport:
    """What one sync did: whether the server answered, how many queued arrivals it sent and
    with what outcome, and how many are still waiting."""

    online: bool
    pending: int
    outcomes: Counter[Upload] = field(default_factory=Counter)

    @property
    def sent(self) -> int:
        return sum(self.outcomes.values())


class Desk:
    """One station of an event. scan(), undo(), counts() and token() are called from the GUI
    thread and answer at once, from the server or, while it is unreachable, from the copy;
    sync() is called from a worker thread and sends the queue, brings the station back online
    and keeps the copy fresh."""

    def __init__(self, engine: Engine, event_id: int, station: str, *,
                 copy_folder: Path | None = None) -> None:
        self.event_id = event_id
        self.station = station
        self.engine = station_engine(engine)
        # SQLite checkpoints and deletes its write-ahead log when the last connection to the
        # file closes, which each scan's connection would otherwise be: one idle connection
        # kept open for the station's life saves that on every scan.
        self._keeper = engine.connect() if engine.dialect.name == "sqlite" else None
        self.plans = ScenePlans()
        # Held while the desk decides between server and copy, so that sync() cannot declare
        # the desk online between a scan's failure and its queueing.
        self._lock = threading.RLock()
        self.online = True
        self._copied_at = 0.0
        self._guests_seen: tuple[object, ...] = ()
        try:
            with Session(self.engine) as session:
                event_uid = session.get_one(Event, event_id).uid
            self.copy = StationCopy(station_copy_path(event_uid, station, copy_folder))
            self.refresh_copy()
        except BaseException:
            self._release()
            raise

    def close(self) -> None:
        self.copy.close()
        self._release()

    def _release(self) -> None:
        if self._keeper is not None:
            self._keeper.close()
        if self.engine.dialect.name == "postgresql":
            self.engine.dispose()

    def _offline(self) -> None:
        with self._lock:
            self.online = False

    # Called from the GUI thread

    def scan(self, scanned_text: str) -> CheckInResult:
        """Check in what was scanned: on the server, or, if it cannot be reached, from the
        copy with the arrival queued on disk before the answer is returned."""
        with self._lock:
            if self.online:
                try:
                    result = scan(self.engine, self.event_id, scanned_text,
                                  station=self.station, plans=self.plans)
                except OFFLINE_ERRORS:
                    self.online = False
                else:
                    if (result.status == CheckInStatus.CHECKED_IN and result.guest
                            and result.first_checked_in_at):
                        self.copy.note_arrival(result.guest.id, result.first_checked_in_at,
                                               result.station)
                    return result
            return self.copy.check_in(scanned_text, self.station)

    def undo(self, guest_id: int) -> None:
        """Cancel the guest's arrival: on the server, or offline the one this station queued.
        NothingToUndo, with a message naming the guest, when there is none."""
        with self._lock:
            if self.online:
                try:
                    with transaction(self.engine) as session:
                        undo_check_in(session, session.get_one(Event, self.event_id), guest_id,
                                      station=self.station)
                except OFFLINE_ERRORS:
                    self.online = False
                else:
                    self.copy.forget_arrival(guest_id)
                    return
            self.copy.cancel_queued(guest_id)

    def counts(self) -> CopyCounts:
        """Arrived and expected: the server's, or offline what the copy and queue know."""
        if self.online:
            try:
                with Session(self.engine) as session:
                    counts = attendance(session, session.get_one(Event, self.event_id))
            except OFFLINE_ERRORS:
                self._offline()
            else:
                return CopyCounts(arrived=counts.arrived, expected=counts.expected)
        return self.copy.counts()

    def token(self, guest_id: int) -> str | None:
        """The guest's current sign-in token, read when chosen (a reissued code replaces the
        old); from the copy while offline."""
        if self.online:
            try:
                with Session(self.engine) as session:
                    return session.exec(select(Guest.token).where(
                        Guest.event_id == self.event_id, Guest.id == guest_id)).first()
            except OFFLINE_ERRORS:
                self._offline()
        return self.copy.token(guest_id)

    def pending(self) -> int:
        return self.copy.pending()

    # Called from a worker thread

    def sync(self) -> SyncReport:
        """Send the queued arrivals, oldest first, each in its own transaction and marked sent
        only after it is committed; go online once the queue is empty; refresh the copy. A
        server that does not answer leaves the desk offline with the rest of the queue kept."""
        outcomes: Counter[Upload] = Counter()
        try:
            was_online = self.online
            self._send_queue(outcomes)
            if (not was_online or time.monotonic() - self._copied_at > COPY_REFRESH_S
                    or self._guests_changed()):
                self.refresh_copy()
            else:
                self.refresh_arrivals()
        except OFFLINE_ERRORS:
            self._offline()
        return SyncReport(online=self.online, pending=self.copy.pending(), outcomes=outcomes)

    def _send_queue(self, outcomes: Counter[Upload]) -> None:
        while True:
            batch = self.copy.queued()
            if not batch:
                with self._lock:
                    # A scan queued since the batch was read is sent in the next round.
                    if self.copy.pending() == 0:
                        self.online = True
                        return
                continue
            for queued in batch:
                with transaction(self.engine) as session:
                    event = session.get_one(Event, self.event_id)
                    outcomes[upload_arrival(session, event, queued)] += 1
                # A crash here leaves the arrival queued; sending it again writes nothing.
                self.copy.mark_sent(queued.uid)

    def _guests_changed(self) -> bool:
        """Whether a guest was added, removed or changed (a reissued code) since the copy was
        read: a walk-in or a new badge must scan offline too."""
        with Session(self.engine) as session:
            return self._guests_fingerprint(session) != self._guests_seen

    def _guests_fingerprint(self, session: Session) -> tuple[object, ...]:
        return tuple(session.exec(
            select(func.count(col(Guest.id)), func.max(Guest.id), func.max(Guest.updated_at))
            .where(Guest.event_id == self.event_id)).one())

    def refresh_copy(self) -> None:
        """Read the event's guests, their seats and the arrivals into the copy."""
        with Session(self.engine) as session:
            self._guests_seen = self._guests_fingerprint(session)
            event = session.get_one(Event, self.event_id)
            seats = self._seats(session, event)
            guests = [CopiedGuest(id=g.id, token=g.token, name=g.name,
                                  organisation=g.organisation, title=g.title,
                                  category=g.category, vip=g.vip, rsvp=g.rsvp,
                                  seats=tuple(seats.get(g.id, ())))
                      for g in session.exec(select(Guest).where(Guest.event_id == event.id))]
            known = _arrivals(session, event)
        self.copy.replace(event.uid, guests, known)
        self._copied_at = time.monotonic()

    def refresh_arrivals(self) -> None:
        with Session(self.engine) as session:
            known = _arrivals(session, session.get_one(Event, self.event_id))
        self.copy.replace_arrivals(known)

    def _seats(self, session: Session, event: Event) -> dict[int, list[str]]:
        """Every guest's seat labels, in scene order, from the cached plans."""
        scenes = self.plans.scenes(session, event)
        seated: dict[int, list[Assignment]] = defaultdict(list)
        query = select(Assignment).where(col(Assignment.scene_id).in_([s for s, _ in scenes]))
        for assignment in session.exec(query):
            seated[assignment.scene_id].append(assignment)
        labels: dict[int, list[str]] = defaultdict(list)
        for scene_id, fingerprint in scenes:
            if not seated[scene_id]:
                continue
            plan = self.plans.plan(session, event, scene_id, fingerprint)
            for assignment in seated[scene_id]:
                position = plan.index.get((assignment.element_id, assignment.seat))
                if position is not None:
                    labels[assignment.guest_id].append(plan.label(position, with_scene=True))
        return labels


def _arrivals(session: Session, event: Event) -> dict[int, tuple[datetime, str]]:
    """Columns only, no objects: this runs every two seconds beside the scans."""
    query = (select(CheckIn.guest_id, CheckIn.at, CheckIn.station)
             .where(CheckIn.event_id == event.id, is_live(CheckIn))
             # Latest first: a guest with several live arrivals (an older database) keeps the
             # earliest.
             .order_by(col(CheckIn.at).desc(), col(CheckIn.id).desc()))
    return {guest_id: (at, station) for guest_id, at, station in session.exec(query)}

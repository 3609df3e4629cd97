"""A sign-in station's check-in path: the server while it answers, the station's own copy and
queue while it does not, and the queue sent when the server is back."""

from __future__ import annotations

import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, func
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
from models.db import DatabaseRefused, transaction
from models.guest_list import GuestRow
from models.lang import say
from models.station_copy import (
    CopiedEvent,
    CopiedGuest,
    CopyCounts,
    FoundCopy,
    StationCopy,
    station_copy_path,
)
from models.tables import Assignment, CheckIn, Event, Guest, utcnow

# What an unreachable server raises: refused or dropped connections, timeouts, a closed socket.
OFFLINE_ERRORS = (OperationalError, InterfaceError)
# A scan waits at most this long for a server that does not answer before going offline.
CONNECT_TIMEOUT_S = 2
# Unacknowledged data on an open connection (a pulled cable) fails after this long.
TCP_USER_TIMEOUT_MS = 3000
# How often, while online, the whole copy (guests and seats) is read again.
COPY_REFRESH_S = 60.0
# Another station's arrival older than this, heard late (it was offline, or this one was), is
# no longer news for the ushers.
HEARD_MAX_AGE = timedelta(minutes=30)


def unreachable(refused: DatabaseRefused) -> bool:
    """Whether the database was refused because it could not be reached (a server down, a
    network share gone), rather than for being foreign or too new: only then may a station
    start from its copy."""
    return isinstance(refused.__cause__, OFFLINE_ERRORS)


class EventGone(LookupError):
    """The server a station started offline came back without the station's event; the message
    names it."""


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
    # Whether the guests were read again and had changed: the search list is read again.
    refreshed: bool = False
    # Arrivals at other stations new since the last sync, newest first, and the guests whose
    # arrival was undone meanwhile.
    heard: tuple[CheckInResult, ...] = ()
    withdrawn: tuple[int, ...] = ()

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
        self._begin(event_id, station)
        self._connect(engine)
        try:
            with Session(self.engine) as session:
                event = session.get_one(Event, event_id)
                self.event_uid, self.event_name = event.uid, event.name
            self.copy = StationCopy(station_copy_path(event.uid, station, copy_folder))
            self.refresh_copy()
        except BaseException:
            self._release()
            raise

    @classmethod
    def from_copy(cls, found: FoundCopy, reconnect: Callable[[], Engine]) -> Desk:
        """A desk started without the server, answering from the copy `found` and queueing;
        each sync tries `reconnect` (open_database, which raises DatabaseRefused) until the
        server answers, then goes on as a desk started online. The engine it opens is the
        desk's own, disposed of on close."""
        desk = cls.__new__(cls)
        desk._begin(found.event.id, found.event.station)
        desk.event_uid, desk.event_name = found.event.uid, found.event.name
        desk.online = False
        desk.started_offline = True
        desk._reconnect = reconnect
        desk.copy = StationCopy(found.path)
        desk._arrivals_seen = desk.copy.arrivals()
        return desk

    def _begin(self, event_id: int, station: str) -> None:
        self.event_id = event_id
        self.station = station
        self.engine: Engine | None = None
        # The database as opened, for what is not a scan (a walk-in, a new code); None until
        # a desk started offline reaches it.
        self.server: Engine | None = None
        self._keeper: Connection | None = None
        self._reconnect: Callable[[], Engine] | None = None
        self.plans = ScenePlans()
        # Held while the desk decides between server and copy, so that sync() cannot declare
        # the desk online between a scan's failure and its queueing.
        self._lock = threading.RLock()
        self.online = True
        # Started from the copy and not online since: the station says how old its list is.
        self.started_offline = False
        self._copied_at = 0.0
        self._guests_seen: tuple[object, ...] = ()
        self._arrivals_seen: dict[int, tuple[datetime, str]] = {}

    def _connect(self, engine: Engine) -> None:
        self.server = engine
        self.engine = station_engine(engine)
        # SQLite checkpoints and deletes its write-ahead log when the last connection to the
        # file closes, which each scan's connection would otherwise be: one idle connection
        # kept open for the station's life saves that on every scan.
        self._keeper = engine.connect() if engine.dialect.name == "sqlite" else None

    def close(self) -> None:
        self.copy.close()
        self._release()

    def _release(self) -> None:
        if self._keeper is not None:
            self._keeper.close()
        if self.engine is not None and self.engine.dialect.name == "postgresql":
            self.engine.dispose()
        if self._reconnect is not None and self.server is not None:
            self.server.dispose()

    @property
    def copied_at(self) -> datetime | None:
        """When the copy was last read from the server."""
        found = self.copy.found()
        return found.copied_at if found else None

    def guest_rows(self) -> list[GuestRow]:
        """The guests for the desk's search, from the copy: the same online and offline."""
        return self.copy.guest_rows()

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
        server that does not answer leaves the desk offline with the rest of the queue kept.
        A desk started offline first opens the database; EventGone, or DatabaseRefused for a
        database that is not this station's, says why it stays offline."""
        outcomes: Counter[Upload] = Counter()
        seen = self._arrivals_seen
        guests_seen = self._guests_seen
        refreshed = False
        try:
            if self.engine is None and not self._reach_server():
                return SyncReport(online=False, pending=self.copy.pending())
            was_online = self.online
            self._send_queue(outcomes)
            if (not was_online or time.monotonic() - self._copied_at > COPY_REFRESH_S
                    or self._guests_changed()):
                self.refresh_copy()
                refreshed = self._guests_seen != guests_seen
            else:
                self.refresh_arrivals()
        except OFFLINE_ERRORS:
            self._offline()
        heard, withdrawn = self._news(seen)
        return SyncReport(online=self.online, pending=self.copy.pending(), outcomes=outcomes,
                          refreshed=refreshed, heard=heard, withdrawn=withdrawn)

    def _reach_server(self) -> bool:
        """Open the database of a desk started offline and find its event there by uid;
        False while it cannot be reached."""
        assert self._reconnect is not None
        try:
            server = self._reconnect()
        except DatabaseRefused as refused:
            if unreachable(refused):
                return False
            raise
        with Session(server) as session:
            event_id = session.exec(select(Event.id).where(Event.uid == self.event_uid)).first()
        if event_id is None:
            server.dispose()
            raise EventGone(say(f"数据库中已没有活动“{self.event_name}”；本站的签到仍保存在本机，"
                                "请联系负责人",
                                f"The database no longer has the event {self.event_name!r}; "
                                "this station's check-ins are kept on this computer, ask the "
                                "person in charge"))
        with self._lock:
            self.event_id = event_id
            self._connect(server)
        return True

    def _news(self, seen: dict[int, tuple[datetime, str]]
              ) -> tuple[tuple[CheckInResult, ...], tuple[int, ...]]:
        """What other stations did since `seen` was read: their recent arrivals, as this desk
        would show them, and the guests whose arrival is gone."""
        now = self._arrivals_seen
        if now is seen:
            return (), ()
        oldest = utcnow() - HEARD_MAX_AGE
        heard = []
        for guest_id, (at, station) in now.items():
            if guest_id in seen or station == self.station or at < oldest:
                continue
            guest = self.copy.guest(guest_id)
            if guest is not None:
                heard.append(CheckInResult(status=CheckInStatus.CHECKED_IN,
                                           guest=guest.arrived_guest(), first_checked_in_at=at,
                                           station=station, seats=list(guest.seats)))
        heard.sort(key=lambda result: result.first_checked_in_at or oldest, reverse=True)
        return tuple(heard), tuple(guest_id for guest_id in seen if guest_id not in now)

    def _send_queue(self, outcomes: Counter[Upload]) -> None:
        while True:
            batch = self.copy.queued()
            if not batch:
                with self._lock:
                    # A scan queued since the batch was read is sent in the next round.
                    if self.copy.pending() == 0:
                        self.online = True
                        self.started_offline = False
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
                                  seats=tuple(seats.get(g.id, ())), list_order=g.list_order,
                                  pinyin=g.pinyin, phone=g.phone, rank_level=g.rank_level,
                                  rank_order=g.rank_order)
                      for g in session.exec(select(Guest).where(Guest.event_id == event.id))]
            known = _arrivals(session, event)
        # The name is kept fresh: a renamed event is found offline by its new name.
        self.event_name = event.name
        self.copy.replace(CopiedEvent(id=event.id, uid=event.uid, name=event.name,
                                      station=self.station), guests, known)
        self._arrivals_seen = known
        self._copied_at = time.monotonic()

    def refresh_arrivals(self) -> None:
        with Session(self.engine) as session:
            known = _arrivals(session, session.get_one(Event, self.event_id))
        self.copy.replace_arrivals(known)
        self._arrivals_seen = known

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

"""A sign-in station's own copy of its event and its queue of arrivals made offline, kept in a
small SQLite file per station and event in the user's data folder."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import threading
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir

from models.checkin import (
    ArrivedGuest,
    CheckInResult,
    CheckInStatus,
    NothingToUndo,
    QueuedArrival,
    event_token,
)
from models.guest_list import GuestRow, search_key
from models.lang import say
from models.tables import NOT_EXPECTED, utcnow

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS guest (
    id INTEGER PRIMARY KEY, token TEXT NOT NULL, name TEXT NOT NULL, organisation TEXT NOT NULL,
    title TEXT NOT NULL, category TEXT NOT NULL, vip INTEGER NOT NULL, rsvp TEXT NOT NULL,
    seats TEXT NOT NULL, list_order INTEGER NOT NULL, pinyin TEXT NOT NULL, phone TEXT NOT NULL,
    rank_level INTEGER, rank_order INTEGER);
CREATE INDEX IF NOT EXISTS guest_token ON guest (token);
CREATE TABLE IF NOT EXISTS arrival (
    guest_id INTEGER PRIMARY KEY, at TEXT NOT NULL, station TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS queue (
    uid TEXT PRIMARY KEY, guest_id INTEGER NOT NULL, at TEXT NOT NULL, station TEXT NOT NULL,
    sent INTEGER NOT NULL DEFAULT 0, cancelled INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS queue_guest ON queue (guest_id);
"""
# The copy's layout; an older file's guest table is dropped (the next refresh fills it again),
# its queue kept.
COPY_VERSION = 2
_NOT_EXPECTED = tuple(str(rsvp) for rsvp in NOT_EXPECTED)
_GUEST_COLUMNS = ("id, token, name, organisation, title, category, vip, rsvp, seats, list_order,"
                  " pinyin, phone, rank_level, rank_order")


def station_copy_folder(folder: Path | None = None) -> Path:
    """Where the copies are kept: `folder`, or the user's data folder."""
    return folder or Path(user_data_dir("Zuoci", appauthor=False)) / "stations"


def station_copy_path(event_uid: str, station: str, folder: Path | None = None) -> Path:
    """The copy's file: one per event and station, named so that any station name is a safe
    file name and two names that read alike stay apart."""
    base = station_copy_folder(folder)
    readable = re.sub(r"[^\w-]+", "_", station)[:40] or "station"
    digest = hashlib.sha256(station.encode()).hexdigest()[:10]
    return base / f"{event_uid}-{readable}-{digest}.sqlite3"


@dataclass(frozen=True)
class CopiedGuest:
    """What a station needs to answer a scan of one guest without the server."""

    id: int
    token: str
    name: str
    organisation: str
    title: str
    category: str
    vip: bool
    rsvp: str
    seats: tuple[str, ...]
    # What the desk's search needs when it has only the copy.
    list_order: int = 0
    pinyin: str = ""
    phone: str = ""
    rank_level: int | None = None
    rank_order: int | None = None

    def arrived_guest(self) -> ArrivedGuest:
        return ArrivedGuest(id=self.id, name=self.name, organisation=self.organisation,
                            title=self.title, category=self.category, vip=self.vip)

    def guest_row(self) -> GuestRow:
        return GuestRow(id=self.id, list_order=self.list_order, name=self.name,
                        organisation=self.organisation, title=self.title,
                        rank_level=self.rank_level, rank_order=self.rank_order,
                        category=self.category, rsvp=self.rsvp, phone=self.phone,
                        search=search_key(self.name, self.pinyin))


@dataclass(frozen=True)
class CopiedEvent:
    """The event a copy is of, as the station finds it again without the server: by name."""

    id: int
    uid: str
    name: str
    station: str


@dataclass(frozen=True)
class FoundCopy:
    """A copy on this computer: its file, its event and station, and when it was last read
    from the server."""

    path: Path
    event: CopiedEvent
    copied_at: datetime


@dataclass(frozen=True)
class CopyCounts:
    """The counts a station shows while offline: what it knew plus what it queued."""

    arrived: int
    expected: int


class StationCopy:
    """The file a station answers from while offline. Every write is committed with
    synchronous=FULL before the call returns, so an arrival shown as checked in survives a
    crash or a power cut. Each thread has its own connection (the station sends its queue from
    a worker thread while the desk keeps scanning)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._guard = threading.Lock()
        db = self._db()
        if db.execute("PRAGMA user_version").fetchone()[0] < COPY_VERSION:
            db.executescript(f"DROP TABLE IF EXISTS guest; PRAGMA user_version={COPY_VERSION};")
        # executescript() commits by itself: every statement in it is idempotent.
        db.executescript(_SCHEMA)

    def _db(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.execute("PRAGMA busy_timeout=5000")
            self._local.db = db
            with self._guard:
                self._connections.append(db)
        return db

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        db = self._db()
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def close(self) -> None:
        with self._guard:
            for db in self._connections:
                db.close()
            self._connections.clear()
        self._local = threading.local()

    # Filled from the server

    def replace(self, event: CopiedEvent, guests: Iterable[CopiedGuest],
                arrivals: dict[int, tuple[datetime, str]]) -> None:
        """The whole copy at once: the event (its name finds the copy offline), its guests and
        the arrivals the server has. The queue is kept: what was not sent yet is still to send."""
        with self._write() as db:
            db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", [
                ("event_uid", event.uid), ("event_id", str(event.id)),
                ("event_name", event.name), ("station", event.station),
                ("copied_at", utcnow().isoformat())])
            db.execute("DELETE FROM guest")
            db.executemany(
                f"INSERT INTO guest ({_GUEST_COLUMNS}) VALUES"
                " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(g.id, g.token, g.name, g.organisation, g.title, g.category, int(g.vip),
                  g.rsvp, json.dumps(list(g.seats), ensure_ascii=False), g.list_order,
                  g.pinyin, g.phone, g.rank_level, g.rank_order) for g in guests])
            self._put_arrivals(db, arrivals)

    def replace_arrivals(self, arrivals: dict[int, tuple[datetime, str]]) -> None:
        with self._write() as db:
            self._put_arrivals(db, arrivals)

    @staticmethod
    def _put_arrivals(db: sqlite3.Connection, arrivals: dict[int, tuple[datetime, str]]) -> None:
        db.execute("DELETE FROM arrival")
        db.executemany("INSERT INTO arrival VALUES (?, ?, ?)",
                       [(guest_id, at.isoformat(), station)
                        for guest_id, (at, station) in arrivals.items()])

    def note_arrival(self, guest_id: int, at: datetime, station: str) -> None:
        """An arrival the server answered with, so that an offline scan soon after knows it.
        Written without waiting for the disk: the server holds the arrival, and the next
        queued one, or the next refresh, brings the copy's file up to date anyway."""
        db = self._db()
        db.execute("PRAGMA synchronous=OFF")
        try:
            with self._write():
                db.execute("INSERT OR REPLACE INTO arrival VALUES (?, ?, ?)",
                           (guest_id, at.isoformat(), station))
        finally:
            db.execute("PRAGMA synchronous=FULL")

    def forget_arrival(self, guest_id: int) -> None:
        with self._write() as db:
            db.execute("DELETE FROM arrival WHERE guest_id = ?", (guest_id,))

    # Read

    @property
    def event_uid(self) -> str:
        row = self._db().execute("SELECT value FROM meta WHERE key = 'event_uid'").fetchone()
        return row[0] if row else ""

    def found(self) -> FoundCopy | None:
        """What the copy says of itself; None before it was first filled."""
        return _found(self.path, self._db())

    def has_guests(self) -> bool:
        return self._db().execute("SELECT 1 FROM guest LIMIT 1").fetchone() is not None

    def guest(self, guest_id: int) -> CopiedGuest | None:
        row = self._db().execute(f"SELECT {_GUEST_COLUMNS} FROM guest WHERE id = ?",
                                 (guest_id,)).fetchone()
        return _copied(row) if row else None

    def guest_rows(self) -> list[GuestRow]:
        """The guests as the desk's search lists them, in the organisers' order."""
        rows = self._db().execute(
            f"SELECT {_GUEST_COLUMNS} FROM guest ORDER BY list_order, id").fetchall()
        return [_copied(row).guest_row() for row in rows]

    def arrivals(self) -> dict[int, tuple[datetime, str]]:
        """The arrivals the server had at the last read, with their time and station."""
        return {guest_id: (datetime.fromisoformat(at), station) for guest_id, at, station
                in self._db().execute("SELECT guest_id, at, station FROM arrival")}

    def _guest_by_token(self, token: str) -> CopiedGuest | None:
        row = self._db().execute(f"SELECT {_GUEST_COLUMNS} FROM guest WHERE token = ?",
                                 (token,)).fetchone()
        return _copied(row) if row else None

    def _first_arrival(self, db: sqlite3.Connection,
                       guest_id: int) -> tuple[datetime, str] | None:
        rows = db.execute(
            "SELECT at, station FROM arrival WHERE guest_id = ?"
            " UNION ALL SELECT at, station FROM queue WHERE guest_id = ? AND cancelled = 0",
            (guest_id, guest_id)).fetchall()
        if not rows:
            return None
        first = min(rows, key=lambda row: datetime.fromisoformat(row[0]))
        return datetime.fromisoformat(first[0]), first[1]

    def counts(self) -> CopyCounts:
        db = self._db()
        placeholders = ", ".join("?" for _ in _NOT_EXPECTED)
        expected = db.execute(f"SELECT count(*) FROM guest WHERE rsvp NOT IN ({placeholders})",
                              _NOT_EXPECTED).fetchone()[0]
        arrived = db.execute(
            "SELECT count(*) FROM (SELECT guest_id FROM arrival UNION"
            " SELECT guest_id FROM queue WHERE cancelled = 0) AS arrived"
            " JOIN guest ON guest.id = arrived.guest_id").fetchone()[0]
        return CopyCounts(arrived=arrived, expected=expected)

    def token(self, guest_id: int) -> str | None:
        row = self._db().execute("SELECT token FROM guest WHERE id = ?", (guest_id,)).fetchone()
        return row[0] if row else None

    # The queue

    def check_in(self, scanned_text: str, station: str) -> CheckInResult:
        """Answer a scan from the copy, as check_in() answers it from the server, and queue the
        arrival. The queue row is committed before the answer is returned."""
        token = event_token(self.event_uid, scanned_text)
        if isinstance(token, CheckInStatus):
            return CheckInResult(status=token)
        guest = self._guest_by_token(token)
        if guest is None:
            return CheckInResult(status=CheckInStatus.UNKNOWN_CODE)
        if guest.rsvp in _NOT_EXPECTED:
            return CheckInResult(status=CheckInStatus.NOT_EXPECTED, guest=guest.arrived_guest(),
                                 seats=list(guest.seats))
        with self._write() as db:
            # Looked up inside the write lock: two windows of one station share the file.
            first = self._first_arrival(db, guest.id)
            if first is None:
                at = utcnow()
                db.execute("INSERT INTO queue (uid, guest_id, at, station) VALUES (?, ?, ?, ?)",
                           (uuid.uuid4().hex, guest.id, at.isoformat(), station))
        if first is not None:
            return CheckInResult(status=CheckInStatus.ALREADY_CHECKED_IN,
                                 guest=guest.arrived_guest(), first_checked_in_at=first[0],
                                 station=first[1], seats=list(guest.seats))
        return CheckInResult(status=CheckInStatus.CHECKED_IN, guest=guest.arrived_guest(),
                             first_checked_in_at=at, station=station, seats=list(guest.seats))

    def queued(self) -> list[QueuedArrival]:
        """The arrivals still to send, oldest first."""
        rows = self._db().execute(
            "SELECT uid, guest_id, at, station FROM queue WHERE sent = 0 AND cancelled = 0"
            " ORDER BY at, rowid").fetchall()
        return [QueuedArrival(uid=uid, guest_id=guest_id, at=datetime.fromisoformat(at),
                              station=station) for uid, guest_id, at, station in rows]

    def pending(self) -> int:
        return self._db().execute(
            "SELECT count(*) FROM queue WHERE sent = 0 AND cancelled = 0").fetchone()[0]

    def mark_sent(self, uid: str) -> None:
        with self._write() as db:
            db.execute("UPDATE queue SET sent = 1 WHERE uid = ?", (uid,))

    def cancel_queued(self, guest_id: int) -> None:
        """Undo an arrival made offline and not sent yet; it will never be sent. Refused, with
        a message naming the guest, when there is none: arrivals already on the server can only
        be undone there."""
        with self._write() as db:
            cancelled = db.execute(
                "UPDATE queue SET cancelled = 1 WHERE guest_id = ? AND sent = 0 AND cancelled = 0",
                (guest_id,)).rowcount
        if not cancelled:
            guest = self.guest(guest_id)
            name = guest.name if guest else str(guest_id)
            raise NothingToUndo(say(f"离线时只能撤销本站尚未上传的签到；{name} 的签到须联网后撤销",
                                  f"Offline, only this station's arrivals not yet sent can be "
                                  f"undone; undo {name}'s arrival once back online"))


def _copied(row: tuple[Any, ...]) -> CopiedGuest:
    (guest_id, token, name, organisation, title, category, vip, rsvp, seats, list_order, pinyin,
     phone, rank_level, rank_order) = row
    return CopiedGuest(id=guest_id, token=token, name=name, organisation=organisation,
                       title=title, category=category, vip=bool(vip), rsvp=rsvp,
                       seats=tuple(json.loads(seats)), list_order=list_order, pinyin=pinyin,
                       phone=phone, rank_level=rank_level, rank_order=rank_order)


def _found(path: Path, db: sqlite3.Connection) -> FoundCopy | None:
    meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    if not {"event_uid", "event_id", "event_name", "station", "copied_at"} <= meta.keys():
        return None
    return FoundCopy(path=path, event=CopiedEvent(id=int(meta["event_id"]),
                                                  uid=meta["event_uid"],
                                                  name=meta["event_name"],
                                                  station=meta["station"]),
                     copied_at=datetime.fromisoformat(meta["copied_at"]))


def station_copies(folder: Path | None = None) -> list[FoundCopy]:
    """The copies kept on this computer, newest first. A file that cannot be read, or was never
    filled, is passed over: it cannot open a station."""
    found: list[FoundCopy] = []
    for path in sorted(station_copy_folder(folder).glob("*.sqlite3")):
        try:
            db = sqlite3.connect(path, timeout=1)
        except sqlite3.Error:
            continue
        try:
            copy = _found(path, db)
        except (sqlite3.Error, ValueError):
            copy = None
        finally:
            db.close()
        if copy is not None:
            found.append(copy)
    return sorted(found, key=lambda copy: copy.copied_at, reverse=True)


def find_station_copy(event_name: str, station: str | None = None,
                      folder: Path | None = None) -> FoundCopy | None:
    """The newest copy of the event of that name, for that station; without a station, the one
    that ran on this computer last."""
    return next((copy for copy in station_copies(folder)
                 if copy.event.name == event_name
                 and (station is None or copy.event.station == station)), None)


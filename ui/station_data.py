"""The sign-in desk's guest search, and its link to the server, kept off the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from sqlalchemy import Engine
from sqlmodel import Session

from models.guest_list import GuestRow, guest_matcher, load_guest_rows, normalise_query
from models.station_desk import Desk
from models.station_listen import CheckInListener
from models.tables import Event

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


def event_name(engine: Engine, event_id: int) -> str:
    with Session(engine) as session:
        return session.get_one(Event, event_id).name


class DeskLink(QObject):
    """A station's Desk with its work off the GUI thread: sync() (sending the queue, coming back
    online, refreshing the copy) in a worker thread, and on PostgreSQL a listener that says at
    once when another station checked a guest in. Both answer through queued signals."""

    synced = Signal(object)  # the SyncReport
    failed = Signal(str)
    others_changed = Signal()

    def __init__(self, engine: Engine, event_id: int, station: str,
                 copy_folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = Desk(engine, event_id, station, copy_folder=copy_folder)
        self._worker: threading.Thread | None = None
        self._closed = False
        self._listener: CheckInListener | None = None
        if engine.dialect.name == "postgresql":
            self._listener = CheckInListener(self.desk.engine, event_id, self._heard)
            self._listener.start()

    def sync_soon(self) -> None:
        """Start a sync unless one is still running (a server that does not answer holds one
        for a few seconds; the next tick tries again)."""
        if self._closed or (self._worker is not None and self._worker.is_alive()):
            return
        self._worker = threading.Thread(target=self._sync, name="station-sync", daemon=True)
        self._worker.start()

    def wait(self, timeout: float = 10.0) -> None:
        """Until the running sync, if any, has finished."""
        if self._worker is not None:
            self._worker.join(timeout)

    def close(self) -> None:
        self._closed = True
        if self._listener is not None:
            self._listener.stop()
        self.wait()
        self.desk.close()

    def _heard(self) -> None:
        if not self._closed:
            self.others_changed.emit()

    def _sync(self) -> None:
        try:
            report = self.desk.sync()
        except Exception as error:
            # Shown at the station, which keeps scanning; the next tick tries again.
            if not self._closed:
                self.failed.emit(str(error))
            return
        if not self._closed:
            self.synced.emit(report)

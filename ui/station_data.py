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
    """The event's guests as the server has them, for the search right after a walk-in."""
    with Session(engine) as session:
        return load_guest_rows(session, event_id)


class DeskLink(QObject):
    """A station's Desk with its work off the GUI thread: sync() (sending the queue, coming back
    online, refreshing the copy) in a worker thread, and on PostgreSQL a listener that says at
    once when another station checked a guest in. Both answer through queued signals. `desk`
    is one already made (started offline from its copy); otherwise one is made on `engine`."""

    synced = Signal(object)  # the SyncReport
    failed = Signal(str)
    others_changed = Signal()

    def __init__(self, engine: Engine | None, event_id: int, station: str,
                 copy_folder: Path | None = None, parent: QObject | None = None, *,
                 desk: Desk | None = None) -> None:
        super().__init__(parent)
        if desk is None:
            assert engine is not None
            desk = Desk(engine, event_id, station, copy_folder=copy_folder)
        self.desk = desk
        self._worker: threading.Thread | None = None
        self._closed = False
        # A sync asked for while one runs: that one goes round once more.
        self._again = False
        self._listener: CheckInListener | None = None
        # A desk started offline has no server to listen to until a sync reaches it; the slot
        # runs on the GUI thread, as close() does.
        self.synced.connect(self._listen)
        self._listen()

    def _listen(self, *_report: object) -> None:
        engine = self.desk.engine
        if (self._listener is None and not self._closed and engine is not None
                and engine.dialect.name == "postgresql"):
            self._listener = CheckInListener(engine, self.desk.event_id, self._heard)
            self._listener.start()

    def sync_soon(self) -> None:
        """Start a sync, or, while one runs (a server that does not answer holds one for a few
        seconds), have it go round once more when done."""
        if self._closed:
            return
        if self._worker is not None and self._worker.is_alive():
            self._again = True
            return
        self._again = False
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
        while not self._closed:
            try:
                report = self.desk.sync()
            except Exception as error:
                # Shown at the station, which keeps scanning; the next tick tries again.
                if not self._closed:
                    self.failed.emit(str(error))
                return
            if not self._closed:
                self.synced.emit(report)
            if not self._again:
                return
            self._again = False

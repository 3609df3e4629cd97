"""Waking a sign-in station when another station checks a guest in: PostgreSQL LISTEN/NOTIFY."""

from __future__ import annotations

import threading
from collections.abc import Callable

import psycopg
from sqlalchemy import Engine

from models.checkin import CHECKIN_CHANNEL

# A lost connection is tried again this often; the station's 2 s poll covers the gap.
RETRY_S = 2.0
# How long a wait for notifications lasts before the thread looks whether it should stop.
WAIT_S = 0.5


class CheckInListener:
    """A thread that calls `on_change` (from that thread) each time an arrival or undo of the
    event is committed anywhere. It holds one connection of its own, outside the pool."""

    def __init__(self, engine: Engine, event_id: int, on_change: Callable[[], None]) -> None:
        self._conninfo = engine.url.set(drivername="postgresql").render_as_string(
            hide_password=False)
        self._payload = str(event_id)
        self._on_change = on_change
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="checkin-listener", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def follow(self, event_id: int) -> None:
        """Call `on_change` for this event's arrivals from now on (a dashboard switched to
        another event)."""
        self._payload = str(event_id)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=RETRY_S + WAIT_S + 1)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                with psycopg.connect(self._conninfo, autocommit=True, connect_timeout=2) as db:
                    db.execute(f"LISTEN {CHECKIN_CHANNEL}")
                    # Whatever happened while not listening is read once now.
                    self._on_change()
                    while not self._stop.is_set():
                        for notice in db.notifies(timeout=WAIT_S):
                            if notice.payload == self._payload:
                                self._on_change()
            except psycopg.Error:
                self._stop.wait(RETRY_S)

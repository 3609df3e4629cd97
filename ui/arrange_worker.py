"""Arranging a scene off the GUI thread, cancellable until it commits, and undoable after."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal
from sqlalchemy import Engine
from sqlmodel import Session

from models.seat_edits import arrange_seats
from models.seating import ArrangeReport
from models.snapshots import SeatingChange, arrange_with_snapshots, restore_snapshot
from models.tables import Event, Scene
from ui.stored_change import StoredChange


class CommitGate:
    """Decides, once, between the user's Cancel and the worker's commit, whichever comes first.

    Cancel wins until the worker starts to commit; after that the arrangement is stored and the
    Cancel is too late, so the result is shown as if it had not been pressed."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._committing = False

    def cancel(self) -> bool:
        """Whether the cancel came in time: nothing will be stored."""
        with self._lock:
            if not self._committing:
                self._cancelled = True
            return self._cancelled

    def may_commit(self) -> bool:
        with self._lock:
            if not self._cancelled:
                self._committing = True
            return self._committing


@dataclass(frozen=True)
class Arranged:
    report: ArrangeReport
    change: SeatingChange


class ArrangeSignals(QObject):
    """The worker's answers; they reach the GUI thread queued, where the receivers live."""

    finished = Signal(object)
    cancelled = Signal()
    failed = Signal(str)


class ArrangeJob(QRunnable):
    """Arrange one scene in a session of its own; never touches a widget."""

    def __init__(self, engine: Engine, event_id: int, scene_id: int, gate: CommitGate,
                 seats: Sequence[tuple[int, str]] | None = None) -> None:
        """`seats`: arrange only these seats of the scene (None: the whole scene)."""
        super().__init__()
        self.signals = ArrangeSignals()
        self._engine = engine
        self._event_id = event_id
        self._scene_id = scene_id
        self._gate = gate
        self._seats = list(seats) if seats is not None else None

    def run(self) -> None:
        try:
            with Session(self._engine, expire_on_commit=False) as session:
                event = session.get(Event, self._event_id)
                scene = session.get(Scene, self._scene_id)
                if event is None or scene is None:
                    self.signals.failed.emit(QCoreApplication.translate(
                        "ArrangeJob", "The scene no longer exists."))
                    return
                if self._seats is None:
                    report, change = arrange_with_snapshots(session, event, scene)
                else:
                    report, change = arrange_seats(session, event, scene, self._seats)
                if not self._gate.may_commit():
                    session.rollback()
                    self.signals.cancelled.emit()
                    return
                session.commit()
        # An exception here would be lost with the pool thread and leave the progress dialog
        # waiting for ever: it is reported to the window instead.
        except Exception as error:
            self.signals.failed.emit(str(error))
            return
        self.signals.finished.emit(Arranged(report=report, change=change))


class ArrangeCommand(StoredChange):
    """An arrangement (or a re-flow) already stored: undo restores the seats before it, redo
    the result."""

    refusals = (LookupError,)

    def __init__(self, engine: Engine, arranged: Arranged, changed: Callable[[int], None],
                 failed: Callable[[str], None], text: str = "") -> None:
        super().__init__(engine, failed, text or QCoreApplication.translate(
            "ArrangeCommand", "Arrange {scene}").format(scene=arranged.report.scene))
        self._change = arranged.change
        self._changed = changed

    def _undo(self, session: Session) -> None:
        restore_snapshot(session, self._change.scene_id, self._change.before_id)

    def _redo(self, session: Session) -> None:
        restore_snapshot(session, self._change.scene_id, self._change.after_id)

    def _applied(self) -> None:
        self._changed(self._change.scene_id)


"""Re-flowing a scene after cancellations: the mode chosen, the seats it would change shown
before anything is stored."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine
from sqlmodel import Session

from models.reflow import ReflowMode
from models.seat_edits import SeatChangeLine, reflow_changes
from models.tables import Event, Scene


def preview(engine: Engine, event_id: int, scene_id: int, mode: ReflowMode
            ) -> list[SeatChangeLine]:
    """The seats a re-flow would change, worked out and rolled back: nothing is stored."""
    with Session(engine) as session:
        event, scene = session.get(Event, event_id), session.get(Scene, scene_id)
        if event is None or scene is None:
            return []
        try:
            return reflow_changes(session, event, scene, mode)
        finally:
            session.rollback()


class PreviewSignals(QObject):
    """The preview's answer (mode, changed seats), queued to the GUI thread."""

    done = Signal(str, list)
    failed = Signal(str)


class PreviewJob(QRunnable):
    """Works out a re-flow's changes in a session of its own; never touches a widget."""

    def __init__(self, engine: Engine, event_id: int, scene_id: int, mode: ReflowMode) -> None:
        super().__init__()
        self.signals = PreviewSignals()
        self._engine = engine
        self._event_id = event_id
        self._scene_id = scene_id
        self._mode = mode

    def run(self) -> None:
        try:
            lines = preview(self._engine, self._event_id, self._scene_id, self._mode)
        # Lost with the pool thread, an exception would leave the dialog waiting for ever.
        except Exception as error:
            self.signals.failed.emit(str(error))
            return
        self.signals.done.emit(self._mode.value, lines)


class ReflowDialog(QDialog):
    """Asks how to re-flow (leave the seats empty, or move the guests after them up) and lists
    the seats each way would change, worked out off the GUI thread (a large hall takes a
    second or two); accepted, the caller re-flows in the chosen mode."""

    def __init__(self, engine: Engine, event_id: int, scene_id: int, scene_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reflow")
        self._engine = engine
        self._event_id = event_id
        self._scene_id = scene_id
        self._previews: dict[ReflowMode, list[SeatChangeLine]] = {}
        self._asked: set[ReflowMode] = set()
        # One preview at a time, in a pool of the dialog's own: closing waits for it.
        self.workers = QThreadPool(self)
        self.workers.setMaxThreadCount(1)
        self.setWindowTitle(self.tr("Re-flow {scene}").format(scene=scene_name))
        intro = QLabel(self.tr(
            "Guests who cancelled or declined leave their seats, new guests are seated, and "
            "guests whose rank or needs changed are seated again. Everyone else stays."), self)
        intro.setWordWrap(True)
        self.leave_empty = QRadioButton(self.tr("Leave their seats empty"), self)
        self.shift = QRadioButton(self.tr("Move the guests after them up one seat each"), self)
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.leave_empty)
        self.modes.addButton(self.shift)
        self.leave_empty.setChecked(True)
        self.modes.buttonToggled.connect(self._show_changes)
        self.summary = QLabel(self)
        self.changes = QListWidget(self)
        self.changes.setObjectName("changedSeats")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Re-flow"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.leave_empty)
        layout.addWidget(self.shift)
        layout.addWidget(self.summary)
        layout.addWidget(self.changes)
        layout.addWidget(buttons)
        self.resize(520, 480)
        self._show_changes()

    def mode(self) -> ReflowMode:
        return ReflowMode.SHIFT if self.shift.isChecked() else ReflowMode.LEAVE_EMPTY

    def changed_seats(self) -> list[SeatChangeLine] | None:
        """The chosen mode's changes; None while they are being worked out."""
        return self._previews.get(self.mode())

    def _previewed(self, mode: str, lines: list[SeatChangeLine]) -> None:
        self._previews[ReflowMode(mode)] = lines
        self._show_changes()

    def _failed(self, reason: str) -> None:
        self.summary.setText(self.tr("The changes could not be worked out: {reason}").format(
            reason=reason))

    def _show_changes(self) -> None:
        mode = self.mode()
        lines = self._previews.get(mode)
        self.changes.clear()
        if lines is None:
            self.summary.setText(self.tr("Working out the seats this changes…"))
            self.ok_button.setEnabled(False)
            if mode not in self._asked:
                self._asked.add(mode)
                job = PreviewJob(self._engine, self._event_id, self._scene_id, mode)
                job.signals.done.connect(self._previewed)
                job.signals.failed.connect(self._failed)
                self.workers.start(job)
            return
        empty = self.tr("(empty)")
        for line in lines:
            self.changes.addItem(self.tr("{seat}: {before} → {after}").format(
                seat=line.seat, before=line.before or empty, after=line.after or empty))
        self.summary.setText(self.tr("Seats this changes: {count}").format(count=len(lines))
                             if lines else self.tr("Nothing to change: the plan is up to date."))
        self.ok_button.setEnabled(bool(lines))

"""Exporting an event's guest list off the GUI thread: written beside the target, put in place
only when the user has not cancelled meanwhile."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal
from sqlalchemy import Engine
from sqlmodel import Session

from models.exporting import ExportRefused, export_event
from models.tables import Event


def export_target(path: str) -> Path:
    """The file to write: a name given without a type becomes an Excel workbook."""
    target = Path(path)
    return target if target.suffix else target.with_name(target.name + ".xlsx")


def temporary_file(target: Path) -> Path:
    """Where the list is written first, beside the target and of the same type."""
    return target.with_name(f".{target.stem}.{os.getpid()}.export{target.suffix}")


class ExportSignals(QObject):
    """The worker's answers; they reach the GUI thread queued, where the receivers live."""

    finished = Signal(int)
    failed = Signal(str)


class ExportJob(QRunnable):
    """Write the event's guests to the temporary file in a session of its own; never touches
    a widget."""

    def __init__(self, engine: Engine, event_id: int, temporary: Path) -> None:
        super().__init__()
        self.signals = ExportSignals()
        self._engine = engine
        self._event_id = event_id
        self._temporary = temporary

    def run(self) -> None:
        try:
            with Session(self._engine) as session:
                event = session.get(Event, self._event_id)
                if event is None:
                    self.signals.failed.emit(QCoreApplication.translate(
                        "ExportJob", "The event no longer exists."))
                    return
                count = export_event(session, event, self._temporary)
        except ExportRefused as refused:
            self.signals.failed.emit(str(refused))
            return
        self.signals.finished.emit(count)


def put_in_place(temporary: Path, target: Path) -> str | None:
    """Replace the target with the written list; why not, when that fails (the file open in
    Excel, say)."""
    try:
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        return QCoreApplication.translate("ExportJob", "Cannot write {path}: {reason}").format(
            path=target, reason=error.strerror or error)
    return None

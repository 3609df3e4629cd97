"""Building a printed document off the GUI thread, in a database session of its own, telling
its progress and stopping when cancelled."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal
from sqlalchemy import Engine
from sqlmodel import Session

from models.db import transaction
from models.print_records import record_print
from models.tables import Event, Scene
from printing.base import Cancelled, NothingToPrint, PrintRequest
from printing.documents import DOCUMENTS
from printing.fonts import FontMissing
from printing.templates import TemplateError


@dataclass(frozen=True)
class PrintOptions:
    """What to build: a document of an event, for one scene or the whole event (None), with a
    template by name or file, or the document's default (None), in the font file the user
    prefers (None: the system's)."""

    event_id: int
    document: str
    scene_id: int | None = None
    template: str | None = None
    font: str | None = None


class PrintSignals(QObject):
    """The worker's answers, each with the number of the request it answers, so that an answer
    to a request since superseded can be told apart and dropped."""

    built = Signal(int, bytes)
    refused = Signal(int, str)
    failed = Signal(int, str)
    # Pages drawn, pages in all.
    progressed = Signal(int, int, int)
    cancelled = Signal(int)


class PrintJob(QRunnable):
    """Build one document as a PDF; never touches a widget. cancel() stops it at the next
    page, from any thread."""

    def __init__(self, engine: Engine, options: PrintOptions, number: int) -> None:
        super().__init__()
        self.signals = PrintSignals()
        self._engine = engine
        self._options = options
        self._number = number
        self._stop = threading.Event()

    def cancel(self) -> None:
        # A plain Python flag: still there once the pool has deleted the finished runnable.
        self._stop.set()

    def _progress(self, done: int, total: int) -> bool:
        self.signals.progressed.emit(self._number, done, total)
        return not self._stop.is_set()

    def run(self) -> None:
        options = self._options
        if self._stop.is_set():
            self.signals.cancelled.emit(self._number)
            return
        try:
            with Session(self._engine) as session:
                event = session.get(Event, options.event_id)
                scene = session.get(Scene, options.scene_id) if options.scene_id else None
                if event is None or (options.scene_id is not None and scene is None):
                    self.signals.refused.emit(self._number, QCoreApplication.translate(
                        "PrintJob", "The event or scene no longer exists."))
                    return
                request = PrintRequest(session, event, scene, options.template,
                                       font=options.font, progress=self._progress)
                pdf = DOCUMENTS[options.document].build(request)
        except Cancelled:
            self.signals.cancelled.emit(self._number)
            return
        except (FontMissing, NothingToPrint, TemplateError) as refused:
            self.signals.refused.emit(self._number, str(refused))
            return
        # An exception here would be lost with the pool thread and leave the preview waiting
        # for ever: it is reported to the tab instead.
        except Exception as error:
            self.signals.failed.emit(self._number, str(error))
            return
        self.signals.built.emit(self._number, pdf)


def record_printed(engine: Engine, options: PrintOptions) -> None:
    """Record a print or save of the whole document in one transaction."""
    with transaction(engine) as session:
        event = session.get(Event, options.event_id)
        if event is None:
            return
        scene = session.get(Scene, options.scene_id) if options.scene_id else None
        record_print(session, event, options.document, scene, options.template, None)

"""Building a printed document off the GUI thread, in a database session of its own."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal
from sqlalchemy import Engine
from sqlmodel import Session

from models.db import transaction
from models.print_records import record_print
from models.tables import Event, Scene
from printing.base import NothingToPrint, PrintRequest
from printing.documents import DOCUMENTS
from printing.fonts import FontMissing
from printing.templates import TemplateError


@dataclass(frozen=True)
class PrintOptions:
    """What to build: a document of an event, for one scene or the whole event (None), with a
    template by name or the document's default (None)."""

    event_id: int
    document: str
    scene_id: int | None = None
    template: str | None = None


class PrintSignals(QObject):
    """The worker's answers, each with the number of the request it answers, so that an answer
    to a request since superseded can be told apart and dropped."""

    built = Signal(int, bytes)
    refused = Signal(int, str)
    failed = Signal(int, str)


class PrintJob(QRunnable):
    """Build one document as a PDF; never touches a widget."""

    def __init__(self, engine: Engine, options: PrintOptions, number: int) -> None:
        super().__init__()
        self.signals = PrintSignals()
        self._engine = engine
        self._options = options
        self._number = number

    def run(self) -> None:
        options = self._options
        try:
            with Session(self._engine) as session:
                event = session.get(Event, options.event_id)
                scene = session.get(Scene, options.scene_id) if options.scene_id else None
                if event is None or (options.scene_id is not None and scene is None):
                    self.signals.refused.emit(self._number, QCoreApplication.translate(
                        "PrintJob", "The event or scene no longer exists."))
                    return
                request = PrintRequest(session, event, scene, options.template)
                pdf = DOCUMENTS[options.document].build(request)
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

"""Undoable changes to whole events: renaming, copying as a template, deleting."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from sqlalchemy import Engine
from sqlmodel import Session

from models.db import transaction
from models.event_copy import SavedEvent, delete_event, duplicate_event, restore_event
from models.events import EventNameRefused, EventNotFound, rename_event
from models.tables import Event
from ui.stored_change import Failed, StoredChange

# Shows the events again, choosing the one given (None: whichever comes first).
ShowEvents = Callable[[int | None], None]


class EventCommand(StoredChange):
    """A change to an event, already made when pushed; the event list follows every undo and
    redo, showing the event concerned."""

    refusals = (EventNameRefused, EventNotFound)

    def __init__(self, engine: Engine, failed: Failed, shown: ShowEvents, text: str) -> None:
        super().__init__(engine, failed, text)
        self._shown = shown
        self._show_next: int | None = None

    def _applied(self) -> None:
        self._shown(self._show_next)


class RenameEventCommand(EventCommand):
    def __init__(self, engine: Engine, failed: Failed, shown: ShowEvents, event_id: int,
                 old_name: str, new_name: str) -> None:
        text = QCoreApplication.translate("EventCommand", "Rename “{old}” to “{new}”")
        super().__init__(engine, failed, shown, text.format(old=old_name, new=new_name))
        self._event_id = event_id
        self._names = (old_name, new_name)

    def _redo(self, session: Session) -> None:
        rename_event(session, self._event_id, self._names[1])
        self._show_next = self._event_id

    def _undo(self, session: Session) -> None:
        rename_event(session, self._event_id, self._names[0])
        self._show_next = self._event_id


class DuplicateEventCommand(EventCommand):
    """A copy made: undo deletes it, redo brings the same copy back (same codes and ids)."""

    def __init__(self, engine: Engine, failed: Failed, shown: ShowEvents, source_id: int,
                 copy_id: int, text: str) -> None:
        super().__init__(engine, failed, shown, text)
        self._source_id = source_id
        self._copy_id = copy_id
        self._saved: SavedEvent | None = None

    def _redo(self, session: Session) -> None:
        assert self._saved is not None
        restore_event(session, self._saved)
        self._show_next = self._copy_id

    def _undo(self, session: Session) -> None:
        self._saved = delete_event(session, self._copy_id)
        self._show_next = self._source_id


class DeleteEventCommand(EventCommand):
    """An event deleted: undo brings it back whole, guests, scenes, seats and check-ins."""

    def __init__(self, engine: Engine, failed: Failed, shown: ShowEvents, saved: SavedEvent,
                 text: str) -> None:
        super().__init__(engine, failed, shown, text)
        self._saved = saved

    def _redo(self, session: Session) -> None:
        self._saved = delete_event(session, self._saved.event_id)
        self._show_next = None

    def _undo(self, session: Session) -> None:
        restore_event(session, self._saved)
        self._show_next = self._saved.event_id


class EventEditing:
    """Turns the user's event changes into commands on the undo stack; no dialogs of its own.
    Each method returns None when done, or why it was refused (nothing changed then)."""

    def __init__(self, engine: Engine, stack: QUndoStack, failed: Failed,
                 shown: ShowEvents) -> None:
        self._engine = engine
        self._stack = stack
        self._failed = failed
        self._shown = shown

    def rename(self, event_id: int, name: str) -> str | None:
        try:
            with transaction(self._engine) as session:
                old_name = rename_event(session, event_id, name)
                event = session.get(Event, event_id)
                assert event is not None
                new_name = event.name
        except (EventNameRefused, EventNotFound) as refused:
            return str(refused)
        if new_name != old_name:
            self._stack.push(RenameEventCommand(self._engine, self._failed, self._shown,
                                                event_id, old_name, new_name))
        self._shown(event_id)
        return None

    def duplicate(self, event_id: int, name: str, with_guests: bool) -> str | None:
        try:
            with transaction(self._engine) as session:
                copy = duplicate_event(session, event_id, name, with_guests=with_guests)
                copy_id, copy_name = copy.id, copy.name
        except (EventNameRefused, EventNotFound) as refused:
            return str(refused)
        assert copy_id is not None
        text = QCoreApplication.translate("EventCommand", "Duplicate as “{name}”")
        self._stack.push(DuplicateEventCommand(self._engine, self._failed, self._shown, event_id,
                                               copy_id, text.format(name=copy_name)))
        self._shown(copy_id)
        return None

    def delete(self, event_id: int) -> str | None:
        try:
            with transaction(self._engine) as session:
                saved = delete_event(session, event_id)
        except EventNotFound as refused:
            return str(refused)
        text = QCoreApplication.translate("EventCommand", "Delete the event “{name}”")
        self._stack.push(DeleteEventCommand(self._engine, self._failed, self._shown, saved,
                                            text.format(name=saved.name)))
        self._shown(None)
        return None


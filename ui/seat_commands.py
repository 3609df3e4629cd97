"""Undo steps for seating by hand: a guest seated, seats swapped, a guest unseated, seats locked."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine
from sqlmodel import Session

from models.seat_edits import SeatEdit, SeatEditRefused, redo_seat_edit, undo_seat_edit
from ui.stored_change import Failed, StoredChange


class SeatEditCommand(StoredChange):
    """A hand edit of a scene's seats, already stored when pushed; undo puts the seats and
    guests it touched back as they were, refused when another station changed them since."""

    refusals = (SeatEditRefused,)

    def __init__(self, engine: Engine, edit: SeatEdit, text: str,
                 changed: Callable[[int], None], failed: Failed) -> None:
        super().__init__(engine, failed, text)
        self.edit = edit
        self._changed = changed

    def _redo(self, session: Session) -> None:
        redo_seat_edit(session, self.edit)

    def _undo(self, session: Session) -> None:
        undo_seat_edit(session, self.edit)

    def _applied(self) -> None:
        self._changed(self.edit.scene_id)

"""An import as one step on the undo stack: undo removes what it added and restores what it
changed, redo brings both back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from sqlalchemy import Engine
from sqlmodel import Session

from models.guest_edits import GuestEditRefused
from models.importing.undo import ImportChanges, redo_import, undo_import
from ui.stored_change import StoredChange


class ImportCommand(StoredChange):
    """An import already written when pushed; undo takes it back, redo writes it again."""

    refusals = (GuestEditRefused,)

    def __init__(self, engine: Engine, changes: ImportChanges, file: str,
                 changed: Callable[[int | None], None], failed: Callable[[str], None]) -> None:
        super().__init__(engine, failed, QCoreApplication.translate(
            "ImportCommand", "Import {file}").format(file=file))
        self._changes = changes
        self._changed = changed

    def _undo(self, session: Session) -> None:
        undo_import(session, self._changes)

    def _redo(self, session: Session) -> None:
        redo_import(session, self._changes)

    def _applied(self) -> None:
        self._changed(self._changes.event_id)

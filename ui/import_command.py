"""An import as one step on the undo stack: undo removes what it added and restores what it
changed, redo brings both back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from sqlalchemy import Engine

from models.db import transaction
from models.guest_edits import GuestEditRefused
from models.importing.undo import ImportChanges, redo_import, undo_import


class ImportCommand(QUndoCommand):
    """An import already written when pushed; each undo and redo is a transaction of its own."""

    def __init__(self, engine: Engine, changes: ImportChanges, file: str,
                 changed: Callable[[int | None], None], failed: Callable[[str], None]) -> None:
        super().__init__(QCoreApplication.translate("ImportCommand", "Import {file}").format(
            file=file))
        self._engine = engine
        self._changes = changes
        self._changed = changed
        self._failed = failed
        # Pushing a command does it; this one was done by the import already.
        self._done = True

    def undo(self) -> None:
        self._run(undo_import)

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(redo_import)

    def _run(self, change: Callable[..., None]) -> None:
        try:
            with transaction(self._engine) as session:
                change(session, self._changes)
        except GuestEditRefused as refused:
            self._failed(str(refused))
        self._changed(self._changes.event_id)

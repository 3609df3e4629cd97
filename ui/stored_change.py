"""Undo steps for changes already stored in the database when the step is pushed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from sqlalchemy import Engine
from sqlmodel import Session

from models.db import transaction

# Shows why an undo or redo could not be done (the guest or scene was removed at another
# station, say).
Failed = Callable[[str], None]


class StoredChange(QUndoCommand):
    """A change already written when pushed: QUndoStack.push() calls redo(), which must not do
    it twice. Each later undo and redo runs in a transaction of its own; a refusal of the kinds
    in `refusals` is shown through `failed` and changes nothing."""

    refusals: tuple[type[Exception], ...] = ()

    def __init__(self, engine: Engine, failed: Failed, text: str = "") -> None:
        super().__init__(text)
        self._engine = engine
        self._failed = failed
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._apply(self._redo)

    def undo(self) -> None:
        self._apply(self._undo)

    def _apply(self, change: Callable[[Session], object]) -> None:
        try:
            with transaction(self._engine) as session:
                change(session)
        except self.refusals as refused:
            self._failed(str(refused))
            return
        self._applied()

    def _redo(self, session: Session) -> object:
        raise NotImplementedError

    def _undo(self, session: Session) -> object:
        raise NotImplementedError

    def _applied(self) -> None:
        """After an undo or redo is stored: what shows the change is told here."""

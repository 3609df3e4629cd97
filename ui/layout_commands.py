"""Undo steps of the layout editor: layout edits, and scenes made, renamed, moved, deleted."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine
from sqlmodel import Session

from models.layout import LayoutError
from models.scene_edits import (
    LayoutEdit,
    SavedScene,
    SceneEditRefused,
    delete_scene,
    redo_edit,
    rename_scene,
    reorder_scenes,
    restore_scene,
    undo_edit,
)
from models.scenes import SceneNameRefused
from ui.stored_change import Failed, StoredChange

# Told, after an undo or redo is stored, which scene's elements changed.
EditShown = Callable[[LayoutEdit], None]
# Told, after an undo or redo of a scene change, which scene to show (None: the first).
ScenesShown = Callable[[int | None], None]


class LayoutEditCommand(StoredChange):
    """One edit of a scene's layout, already stored when pushed."""

    refusals = (SceneEditRefused, LayoutError)

    def __init__(self, engine: Engine, failed: Failed, edit: LayoutEdit, text: str,
                 shown: EditShown) -> None:
        super().__init__(engine, failed, text)
        self.edit = edit
        self._shown = shown

    def _redo(self, session: Session) -> None:
        redo_edit(session, self.edit)

    def _undo(self, session: Session) -> None:
        undo_edit(session, self.edit)

    def _applied(self) -> None:
        self._shown(self.edit)


class SceneCommand(StoredChange):
    refusals = (SceneEditRefused, SceneNameRefused)

    def __init__(self, engine: Engine, failed: Failed, text: str, shown: ScenesShown) -> None:
        super().__init__(engine, failed, text)
        self._shown = shown
        self._show: int | None = None

    def _applied(self) -> None:
        self._shown(self._show)


class NewSceneCommand(SceneCommand):
    """A scene made: undo deletes it, redo brings the same scene back."""

    def __init__(self, engine: Engine, failed: Failed, saved: SavedScene, text: str,
                 shown: ScenesShown) -> None:
        super().__init__(engine, failed, text, shown)
        self._saved = saved
        self._scene_id = int(saved.scene["id"])

    def _redo(self, session: Session) -> None:
        restore_scene(session, self._saved)
        self._show = self._scene_id

    def _undo(self, session: Session) -> None:
        self._saved = delete_scene(session, self._scene_id)
        self._show = None


class DeleteSceneCommand(SceneCommand):
    """A scene deleted with its seats: undo brings all of it back."""

    def __init__(self, engine: Engine, failed: Failed, saved: SavedScene, text: str,
                 shown: ScenesShown) -> None:
        super().__init__(engine, failed, text, shown)
        self._saved = saved
        self._scene_id = int(saved.scene["id"])

    def _redo(self, session: Session) -> None:
        self._saved = delete_scene(session, self._scene_id)
        self._show = None

    def _undo(self, session: Session) -> None:
        restore_scene(session, self._saved)
        self._show = self._scene_id


class RenameSceneCommand(SceneCommand):
    def __init__(self, engine: Engine, failed: Failed, scene_id: int, old: str, new: str,
                 text: str, shown: ScenesShown) -> None:
        super().__init__(engine, failed, text, shown)
        self._scene_id = scene_id
        self._old = old
        self._new = new
        self._show = scene_id

    def _redo(self, session: Session) -> None:
        rename_scene(session, self._scene_id, self._new)

    def _undo(self, session: Session) -> None:
        rename_scene(session, self._scene_id, self._old)


class ReorderScenesCommand(SceneCommand):
    def __init__(self, engine: Engine, failed: Failed, event_id: int, old: list[int],
                 new: list[int], scene_id: int, text: str, shown: ScenesShown) -> None:
        super().__init__(engine, failed, text, shown)
        self._event_id = event_id
        self._old = old
        self._new = new
        self._show = scene_id

    def _redo(self, session: Session) -> None:
        reorder_scenes(session, self._event_id, self._new)

    def _undo(self, session: Session) -> None:
        reorder_scenes(session, self._event_id, self._old)

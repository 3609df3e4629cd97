"""Undoable changes to the guest list: editing fields, adding, deleting and merging guests."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from sqlalchemy import Engine
from sqlmodel import Session

from models.db import transaction
from models.fields import BY_KEY
from models.guest_edits import (
    GuestEditRefused,
    add_guest,
    delete_guests,
    edit_guests,
    guest_row,
    restore_guests,
    revert_guest_edits,
)
from models.guest_list import GuestRow
from models.guest_merge import Merged, merge_guests, unmerge_guests
from models.tables import Guest
from ui.guest_table import GuestTableModel
from ui.stored_change import Failed, StoredChange


def edit_text(names: list[str], fields: list[str]) -> str:
    """“Edit the title of 王伟”, or “Edit 3 guests” for several."""
    if len(names) == 1 and len(fields) == 1:
        return QCoreApplication.translate("GuestCommand", "Edit the {field} of {name}").format(
            field=BY_KEY[fields[0]].header(), name=names[0])
    if len(names) == 1:
        return QCoreApplication.translate("GuestCommand", "Edit {name}").format(name=names[0])
    return QCoreApplication.translate("GuestCommand", "Edit %n guest(s)", None, len(names))


class _Elsewhere:
    """Stands for the table while it shows another event: undoing a change to that event's
    guests must not put them in this one's list (they are read again when it is chosen)."""

    def refresh_guests(self, rows: Iterable[GuestRow]) -> None:
        pass

    def insert_guests(self, rows: Sequence[GuestRow]) -> None:
        pass

    def remove_guests(self, guest_ids: Iterable[int]) -> None:
        pass


class GuestCommand(StoredChange):
    """A change to the guest list of the event shown when it was made, already made when
    pushed."""

    refusals = (GuestEditRefused,)

    def __init__(self, engine: Engine, guests: GuestTableModel, failed: Failed,
                 text: str) -> None:
        super().__init__(engine, failed, text)
        self._table = guests
        self._event_id = guests.event_id

    @property
    def _guests(self) -> GuestTableModel | _Elsewhere:
        return self._table if self._table.event_id == self._event_id else _Elsewhere()


class EditGuestsCommand(GuestCommand):
    def __init__(self, engine: Engine, guests: GuestTableModel, failed: Failed,
                 guest_ids: list[int], fields: dict[str, Any],
                 previous: dict[int, dict[str, Any]], text: str) -> None:
        super().__init__(engine, guests, failed, text)
        self._guest_ids = guest_ids
        self._fields = fields
        self._previous = previous

    def _redo(self, session: Session) -> None:
        self._previous = edit_guests(session, self._guest_ids, **self._fields)
        self._show(session)

    def _undo(self, session: Session) -> None:
        revert_guest_edits(session, self._previous)
        self._show(session)

    def _show(self, session: Session) -> None:
        self._guests.refresh_guests(guest_row(session.get(Guest, guest_id))
                                    for guest_id in self._guest_ids)


class DeleteGuestsCommand(GuestCommand):
    """Deleting guests: undo brings them back as they were."""

    def __init__(self, engine: Engine, guests: GuestTableModel, failed: Failed,
                 saved: list[dict[str, Any]], text: str) -> None:
        super().__init__(engine, guests, failed, text)
        self._saved = saved
        self._guest_ids = [item["guest"]["id"] for item in saved]

    def _redo(self, session: Session) -> None:
        self._saved = delete_guests(session, self._guest_ids)
        self._guests.remove_guests(self._guest_ids)

    def _undo(self, session: Session) -> None:
        restored = restore_guests(session, self._saved)
        self._guests.insert_guests([guest_row(guest) for guest in restored])


class AddGuestCommand(GuestCommand):
    """A guest added: undo deletes them, redo brings the same guest (and sign-in code) back."""

    def __init__(self, engine: Engine, guests: GuestTableModel, failed: Failed,
                 guest_id: int, text: str) -> None:
        super().__init__(engine, guests, failed, text)
        self._guest_ids = [guest_id]
        self._saved: list[dict[str, Any]] = []

    def _redo(self, session: Session) -> None:
        restored = restore_guests(session, self._saved)
        self._guests.insert_guests([guest_row(guest) for guest in restored])

    def _undo(self, session: Session) -> None:
        self._saved = delete_guests(session, self._guest_ids)
        self._guests.remove_guests(self._guest_ids)


class MergeGuestsCommand(GuestCommand):
    """Duplicate guests merged, group by group: undo brings back the guests merged away with
    their seats, check-ins and pairs, and the kept guests' values; redo merges again."""

    def __init__(self, engine: Engine, guests: GuestTableModel, failed: Failed,
                 plans: list[tuple[int, list[int], dict[str, Any]]], merged: list[Merged],
                 text: str) -> None:
        super().__init__(engine, guests, failed, text)
        self._plans = plans
        self._merged = merged

    def _redo(self, session: Session) -> None:
        self._merged = [merge_guests(session, *plan) for plan in self._plans]
        _show_merged(session, self._guests, self._merged)

    def _undo(self, session: Session) -> None:
        for merged in reversed(self._merged):
            unmerge_guests(session, merged)
        self._guests.insert_guests([guest_row(session.get(Guest, item["guest"]["id"]))
                                    for merged in self._merged for item in merged.removed])
        self._guests.refresh_guests(guest_row(session.get(Guest, merged.kept_id))
                                    for merged in self._merged)


def _show_merged(session: Session, guests: GuestTableModel | _Elsewhere,
                 merged: list[Merged]) -> None:
    guests.remove_guests(item["guest"]["id"] for entry in merged for item in entry.removed)
    guests.refresh_guests(guest_row(session.get(Guest, entry.kept_id)) for entry in merged)


class GuestEditing:
    """Turns the user's guest edits into commands on the undo stack; no dialogs of its own."""

    def __init__(self, engine: Engine, stack: QUndoStack, guests: GuestTableModel,
                 failed: Failed) -> None:
        self._engine = engine
        self._stack = stack
        self._guests = guests
        self._failed = failed

    def edit(self, guest_ids: list[int], fields: dict[str, Any]) -> str | None:
        """Change the guests, or say why not (nothing changed then)."""
        try:
            with transaction(self._engine) as session:
                previous = edit_guests(session, guest_ids, **fields)
                guests = [session.get(Guest, guest_id) for guest_id in guest_ids]
                rows = [guest_row(guest) for guest in guests if guest is not None]
        except GuestEditRefused as refused:
            return str(refused)
        self._guests.refresh_guests(rows)
        text = edit_text([row.name for row in rows], list(fields))
        self._stack.push(EditGuestsCommand(self._engine, self._guests, self._failed,
                                           guest_ids, fields, previous, text))
        return None

    def add(self, event_id: int, name: str) -> int | str:
        """The new guest's id, or why they could not be added."""
        try:
            with transaction(self._engine) as session:
                guest = add_guest(session, event_id, name)
                row = guest_row(guest)
        except GuestEditRefused as refused:
            return str(refused)
        self._guests.insert_guests([row])
        text = QCoreApplication.translate("GuestCommand", "Add {name}").format(name=row.name)
        self._stack.push(AddGuestCommand(self._engine, self._guests, self._failed, row.id,
                                         text))
        return row.id

    def merge(self, plans: list[tuple[int, list[int], dict[str, Any]]]) -> str | None:
        """Merge each group into its kept guest, all in one transaction and one undo step."""
        if not plans:
            return None
        try:
            with transaction(self._engine) as session:
                merged = [merge_guests(session, *plan) for plan in plans]
                _show_merged(session, self._guests, merged)
        except GuestEditRefused as refused:
            return str(refused)
        count = sum(len(entry.removed) + 1 for entry in merged)
        text = QCoreApplication.translate("GuestCommand", "Merge %n duplicate guest(s)", None,
                                          count)
        self._stack.push(MergeGuestsCommand(self._engine, self._guests, self._failed, plans,
                                            merged, text))
        return None

    def delete(self, guest_ids: list[int]) -> str | None:
        try:
            with transaction(self._engine) as session:
                saved = delete_guests(session, guest_ids)
        except GuestEditRefused as refused:
            return str(refused)
        self._guests.remove_guests(guest_ids)
        names = [item["guest"]["name"] for item in saved]
        if len(names) == 1:
            text = QCoreApplication.translate("GuestCommand", "Delete {name}").format(
                name=names[0])
        else:
            text = QCoreApplication.translate("GuestCommand", "Delete %n guest(s)", None,
                                              len(names))
        self._stack.push(DeleteGuestsCommand(self._engine, self._guests, self._failed,
                                             saved, text))
        return None

"""What an import changed, recorded as it is written, so that it can be undone and redone."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, update
from sqlmodel import Session

from models.guest_edits import delete_guests, restore_guests
from models.importing.header import NAME
from models.importing.plan import TOKEN_BATCH, ImportPlan
from models.tables import Event, Guest

# Columns a changed name rewrites besides itself, and that every update stamps.
NAME_KEYS = ("pinyin", "initials")
STAMP = "updated_at"
COMPANION = "companion_of_id"


@dataclass
class ImportChanges:
    """The event imported into, the ids of the guests the import added, and for each guest it
    updated the columns it changed, as they were before and after."""

    event_id: int | None = None
    added: list[int] = field(default_factory=list)
    before: dict[int, dict[str, Any]] = field(default_factory=dict)
    after: dict[int, dict[str, Any]] = field(default_factory=dict)
    # The added guests as they were when last deleted by an undo, for the redo to bring back.
    deleted: list[dict[str, Any]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.added and not self.before


def changed_columns(plan: ImportPlan) -> dict[int, list[str]]:
    """For each guest the plan updates, the columns its update writes."""
    columns: dict[int, list[str]] = {}
    for entry in plan.updates:
        keys = [*entry.changes, STAMP]
        if NAME in entry.changes:
            keys += NAME_KEYS
        if entry.companion is not None:
            keys.append(COMPANION)
        columns[entry.guest_id] = keys
    return columns


def column_values(session: Session, columns: dict[int, list[str]]) -> dict[int, dict[str, Any]]:
    """The stored values of these columns of these guests."""
    values: dict[int, dict[str, Any]] = {}
    ids = list(columns)
    for start in range(0, len(ids), TOKEN_BATCH):
        batch = ids[start:start + TOKEN_BATCH]
        for row in session.exec(select(Guest.__table__).where(Guest.id.in_(batch))).mappings():
            values[row["id"]] = {key: row[key] for key in columns[row["id"]]}
    return values


def added_ids(session: Session, tokens: Iterable[str]) -> list[int]:
    """The ids of the guests with these sign-in codes (codes are unique across events)."""
    wanted = list(tokens)
    ids: list[int] = []
    for start in range(0, len(wanted), TOKEN_BATCH):
        batch = wanted[start:start + TOKEN_BATCH]
        ids += session.exec(select(Guest.id).where(Guest.token.in_(batch))).scalars()
    return sorted(ids)


def recorded_changes(session: Session, plan: ImportPlan,
                     before: dict[int, dict[str, Any]]) -> ImportChanges:
    """What the written plan changed, given the updated columns' values before it was written."""
    event_id = session.exec(select(Event.id).where(Event.name == plan.event_name)).scalar()
    after = column_values(session, changed_columns(plan))
    added = added_ids(session, (new.token for new in plan.new))
    return ImportChanges(event_id=event_id, added=added, before=before, after=after)


def undo_import(session: Session, changes: ImportChanges) -> None:
    """Put back the updated guests' columns and delete the added guests; raises
    GuestEditRefused, changing nothing, when an added guest has been deleted since."""
    # Updated guests first: one of them may have been linked to an added guest as its companion.
    _write(session, changes.before)
    changes.deleted = delete_guests(session, changes.added)


def redo_import(session: Session, changes: ImportChanges) -> None:
    """Bring back the added guests as they were (same ids and sign-in codes) and update the
    others again."""
    restore_guests(session, changes.deleted)
    _write(session, changes.after)


def _write(session: Session, values: dict[int, dict[str, Any]]) -> None:
    if values:
        session.exec(update(Guest), params=[{"id": guest_id, **row}
                                            for guest_id, row in values.items()])

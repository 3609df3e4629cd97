"""Writing a planned import in one transaction: every accepted row, or nothing."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert, update
from sqlmodel import Session, select

from models.db import transaction
from models.events import get_or_create_event
from models.importing.collector import collector_paused
from models.importing.header import NAME
from models.importing.plan import (
    GuestUpdate,
    ImportPlan,
    NewGuest,
    NewRef,
    Ref,
    event_name_of,
    plan_rows,
)
from models.importing.report import ImportMode, ImportReport
from models.importing.rows import LIMITS, check_rows
from models.importing.table import read_table
from models.importing.undo import changed_columns, column_values, recorded_changes
from models.names import pinyin_and_initials
from models.tables import Guest, utcnow

PINYIN_LIMIT = LIMITS["pinyin"]
INITIALS_LIMIT = LIMITS["initials"]


def import_file(engine: Engine, path: str | Path, event_name: str,
                mode: ImportMode = ImportMode.ADD, sheet: str | None = None,
                header_row: int | None = None,
                mapping: Mapping[int, str | None] | None = None) -> ImportReport:
    """Import a guest list into the event (created when new): every accepted row is written in
    one transaction, or, if anything fails, nothing is.

    `sheet` and `header_row` (1-based) override the automatic choice; `mapping` maps column
    indexes (0-based) to a guest field key, CUSTOM or None, over the automatic mapping. Raises
    ImportRefused, before writing, for a file that cannot be read as a guest list;
    EventNameRefused for an empty event name; ValueError for a mapping naming no field. The
    report's `changes` record what was written, to undo it."""
    name = event_name_of(event_name)
    with collector_paused():
        table = read_table(path, sheet, header_row, mapping)
        checked = check_rows(table)
        # Matching and writing share one transaction, so that the rows are checked against
        # the guests as they are when written.
        with transaction(engine) as session:
            plan = plan_rows(session, table, checked, name, mode)
            before = column_values(session, changed_columns(plan))
            write_plan(session, plan)
            plan.report.changes = recorded_changes(session, plan, before)
    return plan.report


def write_plan(session: Session, plan: ImportPlan) -> None:
    """Store the plan's new guests, updates and companion links; the event is created only
    when there is something to put in it."""
    if not plan.new and not plan.updates:
        return
    event, _created = get_or_create_event(session, plan.event_name)
    insert_guests(session, event.id, plan.new)
    update_guests(session, plan.updates)
    link_companions(session, event.id, plan)


def insert_guests(session: Session, event_id: int, new: list[NewGuest]) -> None:
    """Add the new guests with one bulk insert."""
    if not new:
        return
    now = utcnow()
    # A bulk insert needs the same columns in every row: a field given by any row gets the
    # default in the rows that leave it blank.
    given = {key for entry in new for key in entry.row.values}
    defaults = {key: Guest.model_fields[key].get_default(call_default_factory=True)
                for key in given}
    spoken: dict[str, tuple[str, str]] = {}
    rows: list[dict[str, Any]] = []
    for entry in new:
        name = entry.row.name
        if name not in spoken:
            spoken[name] = _pinyin_and_initials(name)
        pinyin, initials = spoken[name]
        rows.append({**defaults, **entry.row.values, "event_id": event_id,
                     "list_order": entry.list_order, "pinyin": pinyin, "initials": initials,
                     "custom": entry.row.custom, "token": entry.token,
                     "created_at": now, "updated_at": now})
    # A Core insert: the ORM's bulk insert leaves out None values, which splits the rows into
    # thousands of statements whenever some guests have a rank and others have not.
    session.exec(insert(Guest.__table__), params=rows)


def _pinyin_and_initials(name: str) -> tuple[str, str]:
    """The name's search keys, cut to their columns: a long name (up to 100 characters) has
    more syllables than the columns hold, and only the first are ever typed in a search."""
    pinyin, initials = pinyin_and_initials(name)
    return pinyin[:PINYIN_LIMIT].rstrip(), initials[:INITIALS_LIMIT]


def update_guests(session: Session, updates: list[GuestUpdate]) -> None:
    """Change the matched guests, field by field as the rows give them."""
    if not updates:
        return
    now = utcnow()
    rows: list[dict[str, Any]] = []
    for entry in updates:
        changes = {"id": entry.guest_id, **entry.changes, "updated_at": now}
        if NAME in changes:
            changes["pinyin"], changes["initials"] = _pinyin_and_initials(changes[NAME])
        rows.append(changes)
    session.exec(update(Guest), params=rows)


def link_companions(session: Session, event_id: int, plan: ImportPlan) -> None:
    """Point each companion at the guest it accompanies, now that every guest has an id."""
    if not any(entry.companion is not None for entry in [*plan.new, *plan.updates]):
        return
    # The new guests are found again by their codes: asking the bulk insert for their ids
    # would make SQLite run it one row at a time.
    new_ids = dict(session.exec(
        select(Guest.token, Guest.id)
        .where(Guest.event_id == event_id, Guest.list_order >= plan.new[0].list_order)
    ).all()) if plan.new else {}

    def stored_id(ref: Ref) -> int:
        return new_ids[plan.new[ref.index].token] if isinstance(ref, NewRef) else ref

    links = [{"id": new_ids[entry.token], "companion_of_id": stored_id(entry.companion)}
             for entry in plan.new if entry.companion is not None]
    links += [{"id": entry.guest_id, "companion_of_id": stored_id(entry.companion)}
              for entry in plan.updates if entry.companion is not None]
    session.exec(update(Guest), params=links)

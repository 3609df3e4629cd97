"""Matching the checked rows with the event's guests: whom to add, whom to update, whom to link."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import Engine
from sqlmodel import Session, select

from models.events import EventNameRefused
from models.importing.collector import collector_paused
from models.importing.header import NAME
from models.importing.report import ImportMode, ImportReport, RowIssue
from models.importing.rows import COMPANION_OF, TOKEN, CheckedRows, GuestRow, check_rows, match_key
from models.importing.table import Table, read_table
from models.lang import say
from models.names import normalise_name, normalise_text
from models.tables import Event, Guest, new_token

# Sign-in codes looked up per query; well under every database's limit on parameters.
TOKEN_BATCH = 500


@dataclass(frozen=True)
class NewRef:
    """A guest the import adds, by its place in the plan: it has no id before it is stored."""

    index: int


# A guest an import links to: an id for one already stored, a NewRef for one being added.
Ref = int | NewRef


@dataclass(slots=True)
class NewGuest:
    """A row to add as a guest, with the sign-in code and place in the list it will have."""

    row: GuestRow
    token: str
    list_order: int
    companion: Ref | None = None


@dataclass(slots=True)
class GuestUpdate:
    """What a row changes in a stored guest; blank cells change nothing."""

    row: GuestRow
    guest_id: int
    changes: dict[str, Any]
    companion: Ref | None = None


@dataclass
class ImportPlan:
    """Everything an import will write, and the report that says so."""

    report: ImportReport
    event_name: str
    new: list[NewGuest] = field(default_factory=list)
    updates: list[GuestUpdate] = field(default_factory=list)


class _Stored(NamedTuple):
    id: int
    name: str
    organisation: str
    token: str
    custom: dict[str, str]
    list_order: int


def event_name_of(text: str) -> str:
    name = normalise_text(text)
    if not name:
        raise EventNameRefused(say("活动名称不能为空", "The event needs a name"))
    return name


def plan_import(engine: Engine, path: str | Path, event_name: str,
                mode: ImportMode = ImportMode.ADD, sheet: str | None = None,
                header_row: int | None = None,
                mapping: Mapping[int, str | None] | None = None) -> ImportReport:
    """What importing the file would do, without writing anything: the report to show before
    the import. Raises ImportRefused for a file that cannot be read as a guest list."""
    name = event_name_of(event_name)
    with collector_paused():
        table = read_table(path, sheet, header_row, mapping)
        checked = check_rows(table)
        with Session(engine) as session:
            return plan_rows(session, table, checked, name, mode).report


def plan_rows(session: Session, table: Table, checked: CheckedRows, event_name: str,
              mode: ImportMode) -> ImportPlan:
    """Each checked row as a new guest, an update of a stored one, or rejected as already in
    the event; sign-in codes kept where they are free, companions linked by name."""
    report = ImportReport(event=event_name, mode=mode, sheet=table.sheet,
                          header_row=table.header_row, encoding=table.encoding,
                          rejected=list(checked.rejected), warnings=list(checked.warnings))
    plan = ImportPlan(report, event_name)
    stored = _stored_guests(session, event_name)
    by_token = {guest.token: guest for guest in stored}
    by_key: dict[tuple[str, str], _Stored] = {}
    for guest in stored:
        by_key.setdefault(match_key(guest.name, guest.organisation), guest)
    taken = _tokens_in_use(session, [row.token for row in checked.guests
                                     if row.token and row.token not in by_token])
    columns = {target: table.column(index) for index, target in table.mapping.items()
               if target is not None}
    next_order = max((guest.list_order for guest in stored), default=0) + 1
    claimed: dict[int, int] = {}

    def reject(row: GuestRow, reason: str) -> None:
        report.rejected.append(RowIssue(row.row, columns[NAME], reason))

    def warn(row: GuestRow, target: str, reason: str) -> None:
        report.warnings.append(RowIssue(row.row, columns.get(target), reason))

    for row in checked.guests:
        match = by_token.get(row.token) if row.token else None
        if mode is ImportMode.ADD and (match is not None or row.key in by_key):
            reject(row, say("已在活动中（签到码相同）", "already in the event (same sign-in code)")
                   if match is not None else
                   say("已在活动中（姓名和单位相同）",
                       "already in the event (same name and organisation)"))
            continue
        if match is None:
            match = by_key.get(row.key)
        if match is None:
            token = row.token
            if token in taken:
                warn(row, TOKEN, say("签到码已被其他活动的嘉宾使用，已生成新的签到码",
                                     "the sign-in code belongs to a guest of another event; "
                                     "a new one was made"))
            if not token or token in taken:
                token = new_token()
            plan.new.append(NewGuest(row, token, next_order))
            next_order += 1
            continue
        if match.id in claimed:
            reject(row, say(f"与第 {claimed[match.id]} 行对应同一位嘉宾",
                            f"matches the same guest as row {claimed[match.id]}"))
            continue
        claimed[match.id] = row.row
        if row.token and row.token != match.token:
            warn(row, TOKEN, say("签到码与该嘉宾现有的不同，保留现有签到码",
                                 "the sign-in code differs from the guest's own; "
                                 "the guest keeps theirs"))
        plan.updates.append(GuestUpdate(row, match.id, _changes(row, match)))

    _link_companions(plan, stored, lambda row, reason: warn(row, COMPANION_OF, reason))
    # A row rejected here (already in the event) is not imported: its doubts no longer matter.
    taken_rows = {entry.row.row for entry in [*plan.new, *plan.updates]}
    report.warnings = [issue for issue in report.warnings if issue.row in taken_rows]
    report.imported, report.updated = len(plan.new), len(plan.updates)
    report.rejected.sort(key=lambda issue: issue.row)
    report.warnings.sort(key=lambda issue: issue.row)
    return plan


def _stored_guests(session: Session, event_name: str) -> list[_Stored]:
    event_id = session.exec(select(Event.id).where(Event.name == event_name)).first()
    if event_id is None:
        return []
    found = session.exec(
        select(Guest.id, Guest.name, Guest.organisation, Guest.token, Guest.custom,
               Guest.list_order)
        .where(Guest.event_id == event_id).order_by(Guest.list_order, Guest.id)
    ).all()
    return [_Stored(*guest) for guest in found]


def _tokens_in_use(session: Session, tokens: list[str]) -> set[str]:
    """The codes among these that guests of any event already have (codes are unique)."""
    used: set[str] = set()
    for start in range(0, len(tokens), TOKEN_BATCH):
        batch = tokens[start:start + TOKEN_BATCH]
        used.update(session.exec(select(Guest.token).where(Guest.token.in_(batch))).all())
    return used


def _changes(row: GuestRow, guest: _Stored) -> dict[str, Any]:
    changes = {key: value for key, value in row.values.items() if key != NAME}
    if normalise_name(guest.name) != row.name:
        changes[NAME] = row.name
    if row.custom:
        changes["custom"] = {**guest.custom, **row.custom}
    return changes


class _Person(NamedTuple):
    ref: Ref
    organisation: str


def _link_companions(plan: ImportPlan, stored: list[_Stored],
                     warn: Callable[[GuestRow, str], None]) -> None:
    """Point each companion at the guest named in its row: one in the file or in the event;
    of several of that name, the one of the same organisation."""
    if not any(entry.row.companion_of for entry in [*plan.new, *plan.updates]):
        return
    people: dict[int | NewRef, tuple[str, str]] = {
        guest.id: match_key(guest.name, guest.organisation) for guest in stored}
    for update in plan.updates:
        name, organisation = update.row.key
        if "organisation" not in update.row.values:
            organisation = people[update.guest_id][1]
        people[update.guest_id] = name, organisation
    for index, entry in enumerate(plan.new):
        people[NewRef(index)] = entry.row.key
    by_name: dict[str, list[_Person]] = {}
    for ref, (name, organisation) in people.items():
        by_name.setdefault(name, []).append(_Person(ref, organisation))

    entries: list[tuple[Ref, NewGuest | GuestUpdate]] = [
        *((NewRef(index), entry) for index, entry in enumerate(plan.new)),
        *((update.guest_id, update) for update in plan.updates)]
    for own, entry in entries:
        wanted = entry.row.companion_of
        if not wanted:
            continue
        candidates = [person for person in by_name.get(wanted.casefold(), [])
                      if person.ref != own]
        if len(candidates) > 1:
            organisation = people[own][1]
            candidates = [person for person in candidates
                          if person.organisation == organisation] or candidates
        if len(candidates) == 1:
            entry.companion = candidates[0].ref
        elif not candidates:
            warn(entry.row, say(f"找不到随行对象“{wanted}”（文件和活动中都没有此人），未关联",
                                f"nobody named {wanted!r} in the file or the event to "
                                "accompany; not linked"))
        else:
            warn(entry.row, say(f"有 {len(candidates)} 位名为“{wanted}”的嘉宾，无法确定随行对象，"
                                "未关联", f"{len(candidates)} guests are named {wanted!r}; "
                                "not linked"))

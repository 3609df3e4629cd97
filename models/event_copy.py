"""Whole events: copying one as a template for the next, deleting and bringing back."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, insert, update
from sqlalchemy import select as select_rows
from sqlmodel import Session, SQLModel, select

from models.events import EventNameRefused, EventNotFound, checked_event_name
from models.lang import say
from models.tables import ApartPair, Element, Event, Guest, Scene, new_token

# Ids go to the database in slices of this many: IN lists have a limit on some databases.
_SLICE = 500


def _event(session: Session, event_id: int) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise EventNotFound(say("该活动已被删除", "The event has been deleted"))
    return event


# The event's own columns a copy takes over: its protocol settings and where and when it is.
_SETTINGS = ("starts_on", "ends_on", "venue", "organiser", "notes", "convention", "tie_break",
             "even_centre_left", "tables_right_first", "stroke_whole_name")


def duplicate_event(session: Session, event_id: int, name: str, *, with_guests: bool) -> Event:
    """A new event with the same protocol settings, scenes and room layouts; with the guests too
    when asked (each with a sign-in code of their own, without seats or check-ins)."""
    source = _event(session, event_id)
    copy = Event(name=checked_event_name(session, name),
                 **{key: getattr(source, key) for key in _SETTINGS})
    session.add(copy)
    session.flush()
    scenes = session.exec(select(Scene).where(Scene.event_id == event_id)
                          .order_by(Scene.position, Scene.id)).all()
    for scene in scenes:
        new_scene = Scene(event_id=copy.id, name=scene.name, kind=scene.kind,
                          position=scene.position, entrance_x=scene.entrance_x,
                          entrance_y=scene.entrance_y, settings=_copied(scene.settings))
        session.add(new_scene)
        session.flush()
        elements = session.exec(select(Element).where(Element.scene_id == scene.id)
                                .order_by(Element.id)).all()
        session.add_all(Element(scene_id=new_scene.id, kind=element.kind, label=element.label,
                                x=element.x, y=element.y, rotation=element.rotation,
                                params=_copied(element.params)) for element in elements)
    if with_guests:
        _copy_guests(session, event_id, copy.id)
    session.flush()
    return copy


def _copied(value: Any) -> Any:
    """A deep copy of JSON data, so that the copy's settings never share a list with the
    original's in the session."""
    if isinstance(value, dict):
        return {key: _copied(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_copied(item) for item in value]
    return value


_NOT_COPIED = {"id", "event_id", "token", "companion_of_id", "created_at", "updated_at"}


def _copy_guests(session: Session, source_id: int, target_id: int) -> None:
    guests = session.exec(select(Guest).where(Guest.event_id == source_id)
                          .order_by(Guest.list_order, Guest.id)).all()
    copies: dict[int, Guest] = {}
    for guest in guests:
        values = {key: value for key, value in guest.model_dump().items()
                  if key not in _NOT_COPIED}
        values["custom"] = dict(guest.custom)
        assert guest.id is not None
        copies[guest.id] = Guest(event_id=target_id, token=new_token(), **values)
    session.add_all(copies.values())
    session.flush()
    for guest in guests:
        if guest.companion_of_id in copies:
            assert guest.id is not None
            copies[guest.id].companion_of_id = copies[guest.companion_of_id].id
            session.add(copies[guest.id])
    pairs = session.exec(select(ApartPair).where(ApartPair.event_id == source_id))
    session.add_all(ApartPair(event_id=target_id, first_id=copies[pair.first_id].id,
                              second_id=copies[pair.second_id].id)
                    for pair in pairs if pair.first_id in copies and pair.second_id in copies)


@dataclass
class SavedEvent:
    """Every stored row of a deleted event, table by table, parents before children."""

    event_id: int
    name: str
    rows: list[tuple[str, list[dict[str, Any]]]] = field(default_factory=list)

    def count(self, table: str) -> int:
        return next((len(rows) for name, rows in self.rows if name == table), 0)


def _owned_tables() -> list[tuple[Table, Any]]:
    """The tables whose rows belong to an event, parents first, each with the column that ties
    a row to its parent (found from the foreign keys, so that tables added later are kept too)."""
    event_table = SQLModel.metadata.tables[Event.__tablename__]
    owned: dict[str, Any] = {event_table.name: event_table.c.id}
    found: list[tuple[Table, Any]] = [(event_table, event_table.c.id)]
    for table in SQLModel.metadata.sorted_tables:
        if table.name in owned:
            continue
        ties = [key for key in table.foreign_keys
                if key.column.table.name in owned and key.column.table is not table
                and not key.parent.nullable]
        if ties:
            owned[table.name] = ties[0]
            found.append((table, ties[0]))
    return found


def _ids_of(rows: list[dict[str, Any]]) -> list[Any]:
    return [row["id"] for row in rows]


def saved_event(session: Session, event_id: int) -> SavedEvent:
    """Every row of the event as it is stored now."""
    event = _event(session, event_id)
    saved = SavedEvent(event_id=event_id, name=event.name)
    session.flush()
    ids: dict[str, list[Any]] = {}
    for table, tie in _owned_tables():
        if tie is table.c.id:
            wanted = [event_id]
            column = table.c.id
        else:
            wanted = ids[tie.column.table.name]
            column = tie.parent
        rows: list[dict[str, Any]] = []
        for start in range(0, len(wanted), _SLICE):
            part = wanted[start:start + _SLICE]
            query = select_rows(table).where(column.in_(part)).order_by(*table.primary_key.columns)
            rows.extend(dict(row._mapping) for row in session.execute(query))
        ids[table.name] = _ids_of(rows)
        saved.rows.append((table.name, rows))
    return saved


def delete_event(session: Session, event_id: int) -> SavedEvent:
    """Delete the event with everything in it; returns what restore_event() needs to bring it
    back exactly (same ids, sign-in codes, seats, check-ins, print records)."""
    saved = saved_event(session, event_id)
    session.expunge_all()
    tables = SQLModel.metadata.tables
    for name, rows in reversed(saved.rows):
        table = tables[name]
        ids = _ids_of(rows)
        for start in range(0, len(ids), _SLICE):
            session.execute(delete(table).where(table.c.id.in_(ids[start:start + _SLICE])))
    return saved


def restore_event(session: Session, saved: SavedEvent) -> None:
    """Bring back an event delete_event() removed; refused when its name was taken since."""
    taken = session.exec(select(Event.id).where(Event.name == saved.name)).first()
    if taken is not None:
        raise EventNameRefused(say(f"无法恢复：已有名为“{saved.name}”的活动",
                                   f"Cannot bring it back: an event named {saved.name!r} exists"))
    tables = SQLModel.metadata.tables
    for name, rows in saved.rows:
        if not rows:
            continue
        table = tables[name]
        # A row may point at another row of its own table (a companion, an undone check-in);
        # those links are set once every row is back.
        own = [key.parent.name for key in table.foreign_keys if key.column.table is table]
        session.execute(insert(table), [{**row, **dict.fromkeys(own)} for row in rows])
        for row in rows:
            links = {column: row[column] for column in own if row[column] is not None}
            if links:
                session.execute(update(table).where(table.c.id == row["id"]).values(**links))
    session.flush()


"""What each document last put on paper for each guest, and who needs a new one since."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlmodel import Session, col, select

from models.scenes import event_scenes
from models.seating import seated_in_seat_order
from models.tables import NOT_EXPECTED, Event, Guest, PrintRecord, Scene

# What a printed guest shows besides their seat; a change to any of them needs a new print.
PRINTED_FIELDS = ("name", "title", "organisation", "category")


def event_seats(session: Session, event: Event) -> dict[int, list[str]]:
    """Guest id → their seats across the event's scenes, scene by scene, with scene names
    ("主会场 主席台 第1排 4座")."""
    seats: dict[int, list[str]] = {}
    for scene in event_scenes(session, event.id):
        for guest_id, label in seated_in_seat_order(session, event, scene, with_scene=True):
            seats.setdefault(guest_id, []).append(label)
    return seats


def _entry(guest: Guest, seat: str) -> dict[str, Any]:
    return {"guest_id": guest.id, **{key: getattr(guest, key) for key in PRINTED_FIELDS},
            "seat": seat}


def _due(session: Session, event: Event, scene: Scene | None) -> dict[int, dict[str, Any]]:
    """Guest id → what a document prints about them now, for those who get one: with a scene,
    everyone seated in it, with their seat there; without one, every expected guest, with their
    seats in every scene."""
    guests = {g.id: g for g in session.exec(select(Guest).where(Guest.event_id == event.id))}
    if scene is None:
        seats = event_seats(session, event)
        return {g.id: _entry(g, "\n".join(seats.get(g.id, []))) for g in guests.values()
                if g.rsvp not in NOT_EXPECTED}
    return {guest_id: _entry(guests[guest_id], label)
            for guest_id, label in seated_in_seat_order(session, event, scene)}


def _last_record(session: Session, event: Event, document: str,
                 scene: Scene | None) -> PrintRecord | None:
    scene_id = col(PrintRecord.scene_id)
    query = select(PrintRecord).where(
        PrintRecord.event_id == event.id, PrintRecord.document == document,
        scene_id.is_(None) if scene is None else scene_id == scene.id,
    ).order_by(col(PrintRecord.id).desc())
    return session.exec(query).first()


def _on_paper(record: PrintRecord | None) -> dict[int, dict[str, Any]]:
    """Guest id → what their printed copy shows, as the record left it."""
    if record is None:
        return {}
    return {entry["guest_id"]: {k: v for k, v in entry.items() if k != "printed"}
            for entry in record.guests}


def record_print(session: Session, event: Event, document: str, scene: Scene | None,
                 template: str | None, printed: Collection[int] | None) -> PrintRecord:
    """Record that `document` was printed for the scene (None: the whole event) for the guests
    `printed` (None: everyone due). The record keeps every due guest's copy as it now stands:
    those printed now as they are, the others as an earlier print left them; copies of guests
    no longer due are taken as withdrawn."""
    due = _due(session, event, scene)
    before = _on_paper(_last_record(session, event, document, scene))
    chosen = set(due) if printed is None else set(printed) & set(due)
    guests = []
    for guest_id, entry in due.items():
        if guest_id in chosen:
            guests.append({**entry, "printed": True})
        elif guest_id in before:
            guests.append({**before[guest_id], "printed": False})
    record = PrintRecord(event_id=event.id, document=document,
                         scene_id=None if scene is None else scene.id,
                         template=template or "", guests=guests)
    session.add(record)
    session.flush()
    return record


def changed_since_last_print(session: Session, event: Event, document: str,
                             scene: Scene | None) -> list[int]:
    """Guests due a copy whose printed one is missing or out of date (seat, name, title,
    organisation or category changed since), in printing order; everyone due when the document
    was never printed for the scene."""
    before = _on_paper(_last_record(session, event, document, scene))
    return [guest_id for guest_id, entry in _due(session, event, scene).items()
            if before.get(guest_id) != entry]


def withdrawn_since_last_print(session: Session, event: Event, document: str,
                               scene: Scene | None) -> list[dict[str, Any]]:
    """The printed copies of guests no longer due one (cancelled, declined, unseated), as they
    were printed: with name and seat, to take them off the tables."""
    due = _due(session, event, scene)
    return [entry for guest_id, entry in
            _on_paper(_last_record(session, event, document, scene)).items()
            if guest_id not in due]


def print_history(session: Session, event: Event) -> list[PrintRecord]:
    """Every printing recorded for the event, the latest first."""
    query = select(PrintRecord).where(PrintRecord.event_id == event.id).order_by(
        col(PrintRecord.id).desc())
    return list(session.exec(query))

"""Guests: creating them with their derived fields, and regenerating a lost sign-in code."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from models.names import normalise_name, pinyin_and_initials
from models.tables import Guest, new_token, utcnow


def derive(guest: Guest) -> None:
    """Recompute what follows from the name: the stored form, pinyin and initials."""
    guest.name = normalise_name(guest.name)
    guest.pinyin, guest.initials = pinyin_and_initials(guest.name)


def new_guest(event_id: int, name: str, **fields: Any) -> Guest:
    """A guest with normalised name, pinyin, initials and a fresh sign-in token."""
    guest = Guest(event_id=event_id, name=name, **fields)
    derive(guest)
    return guest


def update_guest(guest: Guest, **fields: Any) -> None:
    for key, value in fields.items():
        setattr(guest, key, value)
    if "name" in fields:
        derive(guest)
    guest.updated_at = utcnow()


def regenerate_token(session: Session, guest: Guest) -> str:
    """A new sign-in code for the guest; the old one stops working at once."""
    guest.token = new_token()
    guest.updated_at = utcnow()
    session.add(guest)
    session.flush()
    return guest.token

"""Changing the guest list by hand: editing fields, adding, deleting and restoring guests."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from models.fields import BY_KEY
from models.guest_list import GuestRow, search_key
from models.guests import new_guest, update_guest
from models.lang import say
from models.names import normalise_name, normalise_text
from models.tables import ApartPair, Assignment, CheckIn, Element, Guest, Scene
from models.vocab import CATEGORIES, parse_category, parse_gender, parse_rank_level, parse_rsvp

# The fields staff change by hand; the others come from imports.
EDITABLE = ("name", "gender", "organisation", "title", "rank_level", "category", "delegation",
            "rsvp", "phone")


class GuestEditRefused(ValueError):
    """A value a guest cannot have, or a guest that is gone; the message says which and why.
    Nothing was written."""


def _refuse(field: str, zh: str, en: str) -> GuestEditRefused:
    header = BY_KEY[field]
    return GuestEditRefused(say(f"{header.zh}：{zh}", f"{header.en}: {en}"))


def _checked(session: Session, event_ids: set[int], field: str, value: Any) -> Any:
    """The value as stored, from what was typed or chosen; refused when the field cannot hold it.

    Categories are the built-in ones or words the event already uses: a typo must not start a
    category of its own, which would split the guests it should gather."""
    text = "" if value is None else normalise_text(str(value))
    match field:
        case "name":
            name = normalise_name(text)
            if not name:
                raise _refuse(field, "姓名不能为空", "a guest needs a name")
            return name
        case "rank_level":
            if not text:
                return None
            level = value if isinstance(value, int) else parse_rank_level(text)
            if isinstance(level, bool) or level is None or level < 1:
                raise _refuse(field, f"“{text}”不是正整数或级别名称",
                              f"{text!r} is neither a positive whole number nor a rank")
            return level
        case "rsvp":
            rsvp = parse_rsvp(text)
            if rsvp is None:
                raise _refuse(field, f"没有“{text}”这种回执", f"{text!r} is not an RSVP state")
            return rsvp
        case "gender":
            gender = parse_gender(text) if text else ""
            if gender is None:
                raise _refuse(field, f"没有“{text}”这种性别", f"{text!r} is not a gender")
            return gender
        case "category":
            category = parse_category(text)
            if category and category not in CATEGORIES and category not in _event_categories(
                    session, event_ids):
                raise _refuse(field, f"没有“{text}”这个类别", f"{text!r} is not a category")
            return category
        case _ if field in EDITABLE:
            return text
        case _:
            raise GuestEditRefused(say(f"“{field}”不能在此修改", f"{field!r} cannot be edited"))


def _event_categories(session: Session, event_ids: set[int]) -> set[str]:
    statement = select(Guest.category).where(col(Guest.event_id).in_(event_ids)).distinct()
    return set(session.exec(statement))


def _guests(session: Session, guest_ids: list[int]) -> list[Guest]:
    found = {guest.id: guest
             for guest in session.exec(select(Guest).where(col(Guest.id).in_(guest_ids)))}
    missing = [guest_id for guest_id in guest_ids if guest_id not in found]
    if missing:
        raise GuestEditRefused(say("该嘉宾已被删除", "The guest has been deleted"))
    return [found[guest_id] for guest_id in guest_ids]


def edit_guests(session: Session, guest_ids: list[int], **fields: Any
                ) -> dict[int, dict[str, Any]]:
    """Give the guests the same values; returns each guest's values before, to put them back.

    Every value is checked before anything is written: a refused one changes no guest."""
    guests = _guests(session, guest_ids)
    event_ids = {guest.event_id for guest in guests}
    checked = {field: _checked(session, event_ids, field, value)
               for field, value in fields.items()}
    previous: dict[int, dict[str, Any]] = {}
    for guest in guests:
        assert guest.id is not None
        previous[guest.id] = {field: getattr(guest, field) for field in checked}
        update_guest(guest, **checked)
        session.add(guest)
    session.flush()
    return previous


def revert_guest_edits(session: Session, previous: dict[int, dict[str, Any]]) -> None:
    """Put back the values edit_guests() returned, each guest its own."""
    for guest_id, values in previous.items():
        edit_guests(session, [guest_id], **values)


def add_guest(session: Session, event_id: int, name: str, **fields: Any) -> Guest:
    """A new guest at the end of the event's list, with a sign-in code of their own."""
    checked = {field: _checked(session, {event_id}, field, value)
               for field, value in {"name": name, **fields}.items()}
    last = session.exec(select(func.max(Guest.list_order)).where(Guest.event_id == event_id)).one()
    guest = new_guest(event_id, list_order=(last or 0) + 1, **checked)
    session.add(guest)
    session.flush()
    return guest


def delete_guests(session: Session, guest_ids: list[int]) -> list[dict[str, Any]]:
    """Delete the guests; returns what restore_guests() needs to bring them back as they were.

    That is each guest's whole row (same id, sign-in code, custom fields and times), their seats,
    their check-ins, the pairs kept apart with them and who came as their companion."""
    guests = _guests(session, guest_ids)
    saved = []
    for guest in guests:
        assert guest.id is not None
        kept = {
            "assignments": list(session.exec(
                select(Assignment).where(Assignment.guest_id == guest.id))),
            "checkins": list(session.exec(
                select(CheckIn).where(CheckIn.guest_id == guest.id).order_by(col(CheckIn.id)))),
            "apart_pairs": list(session.exec(
                select(ApartPair).where(or_(ApartPair.first_id == guest.id,
                                            ApartPair.second_id == guest.id)))),
        }
        saved.append({
            "guest": guest.model_dump(),
            **{key: [row.model_dump() for row in rows] for key, rows in kept.items()},
            "companions": list(session.exec(
                select(Guest.id).where(Guest.companion_of_id == guest.id))),
        })
        # The database deletes these with the guest; the session must not think them alive
        # when the same rows come back.
        for rows in kept.values():
            for row in rows:
                session.expunge(row)
    for guest in guests:
        session.delete(guest)
    session.flush()
    return saved


def restore_guests(session: Session, saved: list[dict[str, Any]]) -> list[Guest]:
    """Bring deleted guests back from what delete_guests() returned.

    A seat taken by someone else since, or in a scene or element deleted since, stays as it is
    now: the guest comes back unseated there."""
    guests = []
    for item in saved:
        fields = dict(item["guest"], companion_of_id=None, custom=dict(item["guest"]["custom"]))
        guests.append(Guest(**fields))
    session.add_all(guests)
    session.flush()
    for guest, item in zip(guests, saved, strict=True):
        guest.companion_of_id = item["guest"]["companion_of_id"]
        session.add(guest)
        for companion in session.exec(select(Guest).where(col(Guest.id).in_(item["companions"]))):
            companion.companion_of_id = guest.id
            session.add(companion)
    session.flush()
    for item in saved:
        for fields in item["assignments"]:
            if _seat_free(session, fields):
                session.add(Assignment(**fields))
        session.add_all(CheckIn(**fields) for fields in item["checkins"])
        for fields in item["apart_pairs"]:
            if session.get(ApartPair, fields["id"]) is None:
                session.add(ApartPair(**fields))
        session.flush()
    return guests


def _seat_free(session: Session, fields: dict[str, Any]) -> bool:
    if session.get(Scene, fields["scene_id"]) is None:
        return False
    if session.get(Element, fields["element_id"]) is None:
        return False
    taken = select(Assignment.id).where(Assignment.element_id == fields["element_id"],
                                        Assignment.seat == fields["seat"])
    return session.exec(taken).first() is None


def guest_row(guest: Guest) -> GuestRow:
    """The guest as the list shows them, after a change."""
    assert guest.id is not None
    return GuestRow(id=guest.id, list_order=guest.list_order, name=guest.name,
                    organisation=guest.organisation, title=guest.title,
                    rank_level=guest.rank_level, rank_order=guest.rank_order,
                    category=guest.category, rsvp=guest.rsvp, phone=guest.phone,
                    search=search_key(guest.name, guest.pinyin))

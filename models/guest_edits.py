"""Changing the guest list by hand: editing fields, adding, deleting and restoring guests."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func
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


def guests_by_ids(session: Session, guest_ids: list[int]) -> list[Guest]:
    """The guests in the order of their ids; refused, with a message, if one has gone."""
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
    guests = guests_by_ids(session, guest_ids)
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


# Ids go to the database in slices of this many: IN lists have a limit on some databases and
# thousands of single queries made undoing a large import take many seconds.
_SLICE = 500


def _slices(ids: list[int]) -> list[list[int]]:
    return [ids[start:start + _SLICE] for start in range(0, len(ids), _SLICE)]


def _rows_of(session: Session, table: Any, column: Any, ids: list[int]) -> list[Any]:
    rows: list[Any] = []
    for part in _slices(ids):
        rows.extend(session.exec(select(table).where(col(column).in_(part))))
    return rows


def delete_guests(session: Session, guest_ids: list[int]) -> list[dict[str, Any]]:
    """Delete the guests; returns what restore_guests() needs to bring them back as they were.

    That is each guest's whole row (same id, sign-in code, custom fields and times), their seats,
    their check-ins, the pairs kept apart with them and who came as their companion."""
    guests = guests_by_ids(session, guest_ids)
    ids = [guest.id for guest in guests if guest.id is not None]
    wanted = set(ids)
    assignments = _rows_of(session, Assignment, Assignment.guest_id, ids)
    checkins = sorted(_rows_of(session, CheckIn, CheckIn.guest_id, ids), key=lambda c: c.id)
    apart = {pair.id: pair for pair in _rows_of(session, ApartPair, ApartPair.first_id, ids)}
    apart.update((pair.id, pair)
                 for pair in _rows_of(session, ApartPair, ApartPair.second_id, ids))
    companions = _rows_of(session, Guest, Guest.companion_of_id, ids)
    saved: dict[int, dict[str, Any]] = {
        guest.id: {"guest": guest.model_dump(), "assignments": [], "checkins": [],
                   "apart_pairs": [], "companions": []}
        for guest in guests if guest.id is not None
    }
    for row in assignments:
        saved[row.guest_id]["assignments"].append(row.model_dump())
    for row in checkins:
        saved[row.guest_id]["checkins"].append(row.model_dump())
    for pair in apart.values():
        owner = pair.first_id if pair.first_id in wanted else pair.second_id
        saved[owner]["apart_pairs"].append(pair.model_dump())
    for companion in companions:
        if companion.companion_of_id in saved:
            saved[companion.companion_of_id]["companions"].append(companion.id)
    # The database deletes these with the guest; the session must not think them alive when the
    # same rows come back.
    for row in (*assignments, *checkins, *apart.values()):
        session.expunge(row)
    for guest in guests:
        session.delete(guest)
    session.flush()
    return [saved[guest_id] for guest_id in ids]


def restore_guests(session: Session, saved: list[dict[str, Any]]) -> list[Guest]:
    """Bring deleted guests back from what delete_guests() returned.

    A seat taken by someone else since, or in a scene or element deleted since, stays as it is
    now: the guest comes back unseated there."""
    guests = [Guest(**dict(item["guest"], companion_of_id=None,
                           custom=dict(item["guest"]["custom"]))) for item in saved]
    session.add_all(guests)
    session.flush()
    companion_of = {companion: item["guest"]["id"]
                    for item in saved for companion in item["companions"]}
    for guest, item in zip(guests, saved, strict=True):
        guest.companion_of_id = item["guest"]["companion_of_id"]
        session.add(guest)
    for companion in _rows_of(session, Guest, Guest.id, list(companion_of)):
        companion.companion_of_id = companion_of[companion.id]
        session.add(companion)
    session.flush()
    _restore_seats(session, [fields for item in saved for fields in item["assignments"]])
    session.add_all(CheckIn(**fields) for item in saved for fields in item["checkins"])
    pairs = {fields["id"]: fields for item in saved for fields in item["apart_pairs"]}
    present = {pair.id for pair in _rows_of(session, ApartPair, ApartPair.id, list(pairs))}
    session.add_all(ApartPair(**fields) for pair_id, fields in pairs.items()
                    if pair_id not in present)
    session.flush()
    return guests


def _restore_seats(session: Session, rows: list[dict[str, Any]]) -> None:
    """Put back the seats still there and still free."""
    scenes = {scene.id for scene in _rows_of(session, Scene, Scene.id,
                                             list({r["scene_id"] for r in rows}))}
    elements = [e.id for e in _rows_of(session, Element, Element.id,
                                       list({r["element_id"] for r in rows}))]
    taken = {(a.element_id, a.seat)
             for a in _rows_of(session, Assignment, Assignment.element_id, elements)}
    live = set(elements)
    session.add_all(Assignment(**fields) for fields in rows
                    if fields["scene_id"] in scenes and fields["element_id"] in live
                    and (fields["element_id"], fields["seat"]) not in taken)


def guest_row(guest: Guest) -> GuestRow:
    """The guest as the list shows them, after a change."""
    assert guest.id is not None
    return GuestRow(id=guest.id, list_order=guest.list_order, name=guest.name,
                    organisation=guest.organisation, title=guest.title,
                    rank_level=guest.rank_level, rank_order=guest.rank_order,
                    category=guest.category, rsvp=guest.rsvp, phone=guest.phone,
                    search=search_key(guest.name, guest.pinyin))

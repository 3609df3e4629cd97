"""Duplicate guests: finding the likely ones, merging a group into one guest, and undoing that."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlmodel import Session, col, select

from models.guest_edits import GuestEditRefused, delete_guests, guests_by_ids, restore_guests
from models.guests import update_guest
from models.importing.rows import match_key
from models.lang import say
from models.tables import ApartPair, Assignment, CheckIn, Guest

# The fields whose value the user chooses when guests are merged, in the order shown.
MERGED_FIELDS = ("name", "gender", "organisation", "title", "rank_level", "rank_order",
                 "category", "delegation", "phone", "email", "rsvp", "vip", "host_side",
                 "needs_aisle", "needs_step_free", "contact_person", "dietary", "accessibility",
                 "notes")
# Fewer digits than this are an extension or a typo, not a phone number two people can share.
MIN_PHONE_DIGITS = 7

_NOT_DIGITS = re.compile(r"\D")


class DuplicateReason(StrEnum):
    """Why guests were put in one group."""

    NAME_AND_ORGANISATION = "name_and_organisation"
    PHONE = "phone"


@dataclass(frozen=True)
class DuplicateGroup:
    """Guests who are probably one person, in list order, and why they were grouped."""

    guest_ids: tuple[int, ...]
    reasons: frozenset[str]


def phone_key(phone: str) -> str:
    """The digits of a phone number, without a leading +86 or 0086; "" when too short."""
    digits = _NOT_DIGITS.sub("", phone)
    for prefix in ("0086", "86"):
        if digits.startswith(prefix) and len(digits) - len(prefix) >= 11:
            digits = digits[len(prefix):]
            break
    return digits if len(digits) >= MIN_PHONE_DIGITS else ""


def find_duplicates(session: Session, event_id: int) -> list[DuplicateGroup]:
    """Groups of the event's guests with the same name and organisation (as the importer
    compares them) or the same phone number; a guest is in one group at most."""
    guests = session.exec(select(Guest).where(Guest.event_id == event_id)
                          .order_by(Guest.list_order, Guest.id)).all()
    parent: dict[int, int] = {}

    def root(guest_id: int) -> int:
        while parent[guest_id] != guest_id:
            parent[guest_id] = parent[parent[guest_id]]
            guest_id = parent[guest_id]
        return guest_id

    reasons: dict[int, set[str]] = {}
    first_of: dict[tuple[str, Any], int] = {}
    for guest in guests:
        assert guest.id is not None
        parent[guest.id] = guest.id
        keys = [(DuplicateReason.NAME_AND_ORGANISATION, match_key(guest.name, guest.organisation))]
        if phone := phone_key(guest.phone):
            keys.append((DuplicateReason.PHONE, phone))
        for key in keys:
            first = first_of.setdefault(key, guest.id)
            if first != guest.id:
                joined = root(first)
                parent[root(guest.id)] = joined
                reasons.setdefault(first, set()).add(key[0])
    members: dict[int, list[int]] = {}
    for guest in guests:
        assert guest.id is not None
        members.setdefault(root(guest.id), []).append(guest.id)
    groups = []
    for ids in members.values():
        if len(ids) > 1:
            why = frozenset(reason for guest_id in ids for reason in reasons.get(guest_id, ()))
            groups.append(DuplicateGroup(tuple(ids), why))
    return groups


@dataclass
class Merged:
    """What merge_guests() changed, for unmerge_guests() to put back exactly."""

    kept_id: int
    values: dict[str, Any]
    kept_before: dict[str, Any]
    # (table, row id, column, value before) for every row moved to the kept guest.
    moved: list[tuple[str, int, str, int | None]] = field(default_factory=list)
    removed: list[dict[str, Any]] = field(default_factory=list)


_TABLES: dict[str, Any] = {"assignment": Assignment, "checkin": CheckIn, "apart_pair": ApartPair,
                           "guest": Guest}


def merge_guests(session: Session, kept_id: int, other_ids: list[int],
                 values: dict[str, Any]) -> Merged:
    """Merge guests into the kept one: it takes `values` (field -> value, chosen among theirs),
    their seats in scenes where it has none, their check-ins, the pairs kept apart and the
    companions; then the others are deleted. Seats and pairs it cannot take go with them."""
    unknown = set(values) - set(MERGED_FIELDS)
    if unknown:
        raise GuestEditRefused(say(f"不能合并这些字段：{'、'.join(sorted(unknown))}",
                                   f"These fields cannot be merged: {', '.join(sorted(unknown))}"))
    others = [guest_id for guest_id in dict.fromkeys(other_ids) if guest_id != kept_id]
    if not others:
        raise GuestEditRefused(say("请至少选择两位嘉宾合并", "Choose at least two guests to merge"))
    kept, *removed = guests_by_ids(session, [kept_id, *others])
    if any(guest.event_id != kept.event_id for guest in removed):
        raise GuestEditRefused(say("只能合并同一活动的嘉宾",
                                   "Only guests of the same event can be merged"))
    merged = Merged(kept_id=kept_id, values=dict(values),
                    kept_before={key: getattr(kept, key) for key in values})
    gone = set(others)

    def move(row: Any, column: str) -> None:
        merged.moved.append((row.__tablename__, row.id, column, getattr(row, column)))
        setattr(row, column, kept_id)
        session.add(row)

    seated = {row.scene_id for row in session.exec(
        select(Assignment).where(Assignment.guest_id == kept_id))}
    # In list order: the first of the others seated in a scene gives the kept guest that seat.
    for guest_id in others:
        for row in session.exec(select(Assignment).where(Assignment.guest_id == guest_id)
                                .order_by(Assignment.id)):
            if row.scene_id not in seated:
                seated.add(row.scene_id)
                move(row, "guest_id")
    for row in session.exec(select(CheckIn).where(col(CheckIn.guest_id).in_(others))
                            .order_by(CheckIn.id)):
        move(row, "guest_id")
    pairs = session.exec(select(ApartPair).where(ApartPair.event_id == kept.event_id)
                         .order_by(ApartPair.id)).all()
    kept_pairs = {frozenset((pair.first_id, pair.second_id)) for pair in pairs
                  if not {pair.first_id, pair.second_id} & gone}
    for pair in pairs:
        ends = (kept_id if pair.first_id in gone else pair.first_id,
                kept_id if pair.second_id in gone else pair.second_id)
        if ends == (pair.first_id, pair.second_id):
            continue
        # A pair with the kept guest on both ends, or one the kept guest is in already, goes.
        if ends[0] == ends[1] or frozenset(ends) in kept_pairs:
            continue
        kept_pairs.add(frozenset(ends))
        if pair.first_id in gone:
            move(pair, "first_id")
        if pair.second_id in gone:
            move(pair, "second_id")
    for companion in session.exec(select(Guest).where(col(Guest.companion_of_id).in_(others))):
        if companion.id != kept_id:
            move(companion, "companion_of_id")
    if kept.companion_of_id in gone:
        move(kept, "companion_of_id")
        kept.companion_of_id = None
    session.flush()
    merged.removed = delete_guests(session, others)
    update_guest(kept, **values)
    session.add(kept)
    session.flush()
    return merged


def unmerge_guests(session: Session, merged: Merged) -> None:
    """Put everything merge_guests() changed back as it was: the removed guests with their own
    ids and sign-in codes, the rows moved to the kept guest, the kept guest's values."""
    kept = session.get(Guest, merged.kept_id)
    if kept is None:
        raise GuestEditRefused(say("保留的嘉宾已被删除，无法撤销合并",
                                   "The guest kept has been deleted; the merge cannot be undone"))
    update_guest(kept, **merged.kept_before)
    session.add(kept)
    restore_guests(session, merged.removed)
    for table, row_id, column, value in reversed(merged.moved):
        row = session.get(_TABLES[table], row_id)
        if row is not None:
            setattr(row, column, value)
            session.add(row)
    session.flush()


def merge_choices(session: Session, guest_ids: list[int]) -> dict[str, list[tuple[int, Any]]]:
    """For each field where the guests differ, each guest's value (guest id, value), in the
    order given; fields they all share are left out."""
    guests = guests_by_ids(session, guest_ids)
    found: dict[str, list[tuple[int, Any]]] = {}
    for key in MERGED_FIELDS:
        values = [(guest.id, getattr(guest, key)) for guest in guests if guest.id is not None]
        if len({value for _id, value in values}) > 1:
            found[key] = values
    return found

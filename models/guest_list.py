"""The guest list as staff browse it: rows to show, the filter rule and the order of each column."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Any

from pypinyin import lazy_pinyin
from sqlmodel import Session, select

from models.fields import BY_KEY
from models.names import normalise_text, pinyin_and_initials
from models.tables import Assignment, Guest, Rsvp, Scene
from models.vocab import CATEGORIES, category_label, rank_label, rsvp_label


class GuestColumn(StrEnum):
    """The columns of the guest list; each value is the Guest field it shows."""

    NAME = "name"
    ORGANISATION = "organisation"
    TITLE = "title"
    RANK = "rank_level"
    CATEGORY = "category"
    RSVP = "rsvp"
    PHONE = "phone"

    def header(self) -> str:
        """The column's heading in the language in use, as spreadsheets and exports name it."""
        return BY_KEY[self.value].header()


@dataclass(frozen=True)
class SearchKey:
    """What the filter compares, prepared once per load so that typing stays fast.

    `name` is the name in lower case without spaces; `syllables` its pinyin, one lower-case
    syllable (or Latin word) per item; `initials` their first letters, which spelled text must
    start with one of."""

    name: str
    syllables: tuple[str, ...]
    initials: str = ""


@dataclass(frozen=True)
class GuestRow:
    """One guest as the list shows them: stored values, not yet turned into labels."""

    id: int
    list_order: int
    name: str
    organisation: str
    title: str
    rank_level: int | None
    rank_order: int | None
    category: str
    rsvp: str
    phone: str
    search: SearchKey


def search_key(name: str, pinyin: str = "") -> SearchKey:
    """The search key of a name; the stored pinyin is used when there is one."""
    if not pinyin:
        pinyin, _initials = pinyin_and_initials(name)
    syllables = tuple(pinyin.lower().split())
    return SearchKey(name=name.lower().replace(" ", ""), syllables=syllables,
                     initials="".join(syllable[0] for syllable in syllables))


def load_guest_rows(session: Session, event_id: int) -> list[GuestRow]:
    """The event's guests in list order (the organisers' own order)."""
    statement = (
        select(Guest.id, Guest.list_order, Guest.name, Guest.pinyin, Guest.organisation,
               Guest.title, Guest.rank_level, Guest.rank_order, Guest.category, Guest.rsvp,
               Guest.phone)
        .where(Guest.event_id == event_id)
        .order_by(Guest.list_order, Guest.id)
    )
    return [
        GuestRow(id=guest_id, list_order=list_order, name=name, organisation=organisation,
                 title=title, rank_level=rank_level, rank_order=rank_order, category=category,
                 rsvp=rsvp, phone=phone, search=search_key(name, pinyin))
        for (guest_id, list_order, name, pinyin, organisation, title, rank_level, rank_order,
             category, rsvp, phone) in session.exec(statement)
    ]


@dataclass(frozen=True)
class SceneSeats:
    """A scene of the event and the guests who have a seat in it."""

    scene_id: int
    name: str
    guest_ids: frozenset[int]


def scene_seats(session: Session, event_id: int) -> list[SceneSeats]:
    """The event's scenes in their order, each with its seated guests."""
    scenes = session.exec(select(Scene.id, Scene.name).where(Scene.event_id == event_id)
                          .order_by(Scene.position, Scene.id)).all()
    seated: dict[int, set[int]] = {scene_id: set() for scene_id, _name in scenes}
    query = (select(Assignment.scene_id, Assignment.guest_id)
             .join(Scene, Scene.id == Assignment.scene_id).where(Scene.event_id == event_id))
    for scene_id, guest_id in session.exec(query):
        seated[scene_id].add(guest_id)
    return [SceneSeats(scene_id, name, frozenset(seated[scene_id])) for scene_id, name in scenes]


def normalise_query(text: str) -> str:
    """What the user typed, as compared: full-width folded to half-width, spaces single, lower."""
    return normalise_text(text).lower()


def _spells(syllables: tuple[str, ...], start: int, letters: str) -> bool:
    """Whether `letters` spell the syllables from `start` on, each given by a prefix of it:
    the whole syllable (wangwei), its first letter (ww) or anything between (wangw, wwei)."""
    if not letters:
        return True
    if start == len(syllables):
        return False
    syllable = syllables[start]
    shared = 0
    while shared < min(len(syllable), len(letters)) and syllable[shared] == letters[shared]:
        shared += 1
    return any(_spells(syllables, start + 1, letters[used:]) for used in range(shared, 0, -1))


def guest_matcher(text: str) -> Callable[[GuestRow], bool]:
    """The filter for what the user typed, prepared once per keystroke.

    A guest matches when the text (spaces ignored, any case, full-width or not) is part of their
    name, or spells a run of consecutive syllables of their name's pinyin in full or by initials:
    王伟 is found by 王, 伟, wangwei, wang wei, wei, ww or wangw. Text of two characters or more
    is also looked for in the organisation (石油, 中国银行), and three digits or more in the
    phone number, whatever its spaces and dashes (138 0000, 0001). One character searches names
    only: typing a surname must not bring up everyone whose organisation shares a character.
    """
    query, in_organisation, dialled = _read_query(text)
    if not query:
        return lambda _row: True
    spelled = query.isascii() and query.isalnum()
    first = query[0]
    # One letter spells any syllable it starts: the initials say it all.
    single = len(query) == 1
    digits = _NOT_DIGITS.sub("", query)

    def matches(row: GuestRow) -> bool:
        key = row.search
        if query in key.name:
            return True
        if spelled and first in key.initials and (single or any(
            syllable[0] == first and _spells(key.syllables, start, query)
            for start, syllable in enumerate(key.syllables)
        )):
            return True
        if in_organisation and query in _folded(row.organisation):
            return True
        return dialled and digits in _phone_digits(row.phone)

    return matches


def _read_query(text: str) -> tuple[str, bool, bool]:
    """The query as compared, whether it is looked for in organisations, and in phones."""
    query = normalise_query(text).replace(" ", "")
    digits = _NOT_DIGITS.sub("", query)
    # Digits typed with a phone's usual separators: "138-0000" is a phone number, "a1" is not.
    dialled = len(digits) >= MIN_PHONE_QUERY and not _PHONE_SEPARATORS.sub("", query).strip(
        "0123456789")
    return query, len(query) >= MIN_ORGANISATION_QUERY, dialled


def narrows(previous: str, text: str) -> bool:
    """Whether every guest `text` finds is also found by `previous`: then, as the user types on,
    only the guests shown need testing again."""
    before, before_organisation, before_dialled = _read_query(previous)
    after, after_organisation, after_dialled = _read_query(text)
    return (bool(before) and after.startswith(before)
            and (before_organisation or not after_organisation)
            and (before_dialled or not after_dialled))


# The shortest text looked for in organisations, and the fewest digits looked for in phones.
MIN_ORGANISATION_QUERY = 2
MIN_PHONE_QUERY = 3
_NOT_DIGITS = re.compile(r"\D")
_PHONE_SEPARATORS = re.compile(r"[-+()./]")


@lru_cache(maxsize=65_536)
def _folded(text: str) -> str:
    """An organisation as queries are compared with it; cached because typing compares every
    guest's at each keystroke and many guests share one."""
    return normalise_query(text).replace(" ", "")


@lru_cache(maxsize=65_536)
def _phone_digits(phone: str) -> str:
    return _NOT_DIGITS.sub("", phone)


def guest_matches(row: GuestRow, text: str) -> bool:
    """Whether the guest is shown when the filter box holds `text` (see guest_matcher)."""
    return guest_matcher(text)(row)


def cell_text(row: GuestRow, column: GuestColumn) -> str:
    """The text of one cell, with categories, RSVP states and ranks as words of the language."""
    match column:
        case GuestColumn.RANK:
            return rank_label(row.rank_level)
        case GuestColumn.CATEGORY:
            return category_label(row.category)
        case GuestColumn.RSVP:
            return rsvp_label(row.rsvp)
        case _:
            return str(getattr(row, column.value))


@lru_cache(maxsize=20_000)
def _text_order(text: str) -> tuple[bool, tuple[str, ...], str]:
    """Chinese text in pinyin order, empty last; cached because many guests share a text."""
    return (not text, tuple(lazy_pinyin(text.lower())), text)


_CATEGORY_ORDER = {key: place for place, key in enumerate(CATEGORIES)}
_RSVP_ORDER = {state.value: place for place, state in enumerate(Rsvp)}


def _order_key(column: GuestColumn) -> Callable[[GuestRow], Any]:
    match column:
        case GuestColumn.NAME:
            return lambda row: (row.search.syllables, row.name)
        case GuestColumn.RANK:
            # Most senior first, order within the level next; guests without a rank last.
            return lambda row: (row.rank_level is None, row.rank_level or 0,
                                row.rank_order is None, row.rank_order or 0)
        case GuestColumn.CATEGORY:
            # The built-in categories in their protocol order, then the event's own words.
            return lambda row: (_CATEGORY_ORDER.get(row.category, len(_CATEGORY_ORDER)),
                                _text_order(row.category))
        case GuestColumn.RSVP:
            return lambda row: _RSVP_ORDER.get(row.rsvp, len(_RSVP_ORDER))
        case _:
            return lambda row: _text_order(str(getattr(row, column.value)))


def guest_order(rows: Sequence[GuestRow], column: GuestColumn, *, descending: bool = False
                ) -> list[int]:
    """The indexes of `rows` in the order of the column; guests that tie keep their list order,
    in either direction."""
    key = _order_key(column)
    keys = [key(row) for row in rows]
    return sorted(range(len(rows)), key=keys.__getitem__, reverse=descending)

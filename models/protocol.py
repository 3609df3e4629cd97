"""The protocol rules of PROTOCOL.md as pure functions: rostrum ranks, round tables, 姓氏笔画."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import NamedTuple

from models.lang import say
from models.strokes import stroke_count, stroke_sequence
from models.tables import Convention

__all__ = [
    "DEPUTY",
    "HOST",
    "Convention",
    "SeatRank",
    "missing_stroke_data",
    "name_stroke_key",
    "rostrum_order",
    "rostrum_row_order",
    "round_table_roles",
    "round_table_seat_ranks",
]

HOST = "host"
DEPUTY = "deputy"


def _check_count(value: int, what_zh: str, what_en: str) -> None:
    if value < 0:
        raise ValueError(
            say(f"{what_zh}不能为负数：{value}", f"{what_en} cannot be negative: {value}")
        )


def rostrum_row_order(
    n: int,
    convention: Convention | str = Convention.DOMESTIC,
    *,
    even_centre_left: bool = True,
) -> list[int]:
    """The ranks of a row of n seats, left to right as the audience sees it (PROTOCOL.md §2).

    Domestic (以左为上): rank 1 in the centre, rank 2 on rank 1's own left hand, which the
    audience sees on its right, rank 3 on rank 1's own right, alternating outward; n = 7 reads
    7 5 3 1 2 4 6 and n = 8 reads 7 5 3 1 2 4 6 8, rank 1 in the left one of the two centre
    seats as the audience sees it. `even_centre_left=False` is the other reading of an even row
    that some guides give: rank 1 in the right centre seat, so n = 8 reads 8 6 4 2 1 3 5 7.
    International (以右为上) is the mirror image of the domestic row under the same setting.
    """
    _check_count(n, "座位数", "the number of seats")
    convention = Convention(convention)
    row = [0] * n
    # Seen from the audience, rank 1's own left is the audience's right: even ranks go right.
    centre = (n - 1) // 2
    for rank in range(1, n + 1):
        offset = rank // 2 if rank % 2 == 0 else -(rank // 2)
        row[centre + offset] = rank
    other_even_reading = n % 2 == 0 and not even_centre_left
    if (convention is Convention.INTERNATIONAL) != other_even_reading:
        row.reverse()
    return row


def rostrum_order(
    rows: list[int],
    convention: Convention | str = Convention.DOMESTIC,
    *,
    even_centre_left: bool = True,
) -> list[list[int]]:
    """The ranks of a multi-row rostrum, front row first, each row in audience view.

    The front row takes the highest ranks; each row behind continues the ranks and is ordered
    centre-out by the same rule (PROTOCOL.md §2). Group photos and reserved front rows of a
    hall use the same rule.
    """
    ordered = []
    taken = 0
    for seats in rows:
        row = rostrum_row_order(seats, convention, even_centre_left=even_centre_left)
        ordered.append([taken + rank for rank in row])
        taken += seats
    return ordered


class SeatRank(NamedTuple):
    """A round-table seat's precedence: whose seat it is ("host" or "guest") and its rank."""

    side: str
    rank: int


def _closeness(anchor: int, distance: int, seats: int) -> tuple[int, int]:
    # Seat numbers rise toward the right hand of everyone seated facing the centre (§4), so
    # "right before left" at a distance is anchor + distance before anchor - distance.
    return (anchor + distance) % seats, (anchor - distance) % seats


def _round_table_sequence(seats: int, deputy_host: bool, hosted: bool) -> list[int]:
    """Seat numbers in order of precedence: host, deputy (if any), then guests 1, 2, …"""
    _check_count(seats, "座位数", "the number of seats")
    if seats == 0:
        return []
    if not hosted or not deputy_host or seats == 1:
        # Closeness to seat 0, right before left (§4): 0, 1, n-1, 2, n-2, …
        order = [0]
        for distance in range(1, seats // 2 + 1):
            for seat in _closeness(0, distance, seats):
                if seat not in order:
                    order.append(seat)
        return order
    # The deputy sits opposite; on an odd table the opposite point falls between two seats and
    # the deputy takes seats // 2, the one on the host's right-hand side of it.
    deputy = seats // 2
    order = [0, deputy]
    distance = 1
    while len(order) < seats:
        # One ring of closeness at a time, host before deputy, right before left (§4): guests
        # 1 and 2 beside the host, 3 and 4 beside the deputy, then the next seats out.
        for anchor in (0, deputy):
            for seat in _closeness(anchor, distance, seats):
                if seat not in order:
                    order.append(seat)
        distance += 1
    return order


def round_table_roles(seats: int, *, deputy_host: bool = True, hosted: bool = True) -> list[str]:
    """The role of each seat 0..seats-1 of a round table (PROTOCOL.md §4).

    Seat 0 faces the entrance and numbers rise counter-clockwise seen from above, toward the
    right hand of the person in seat 0. With a deputy host (主陪/副陪): "host" at 0, "deputy"
    opposite (seats // 2), "guest1" on the host's right, "guest2" on the host's left, "guest3"
    on the deputy's right, "guest4" on the deputy's left; further guests continue ring by ring
    outward, in each ring host's right, host's left, deputy's right, deputy's left, skipping
    seats already given. Ten seats: host 0, guest1 1, guest5 2, guest8 3, guest4 4, deputy 5,
    guest3 6, guest7 7, guest6 8, guest2 9.

    Without a deputy: "host" at 0, then guests by closeness to seat 0, right before left
    (guest1 at 1, guest2 at seats-1, guest3 at 2, …). `hosted=False` is a table without a host:
    every seat is a guest seat, ranked the same way from seat 0 ("guest1" at 0).
    """
    sequence = _round_table_sequence(seats, deputy_host, hosted)
    roles = [""] * seats
    for position, seat in enumerate(sequence):
        roles[seat] = _role(position, deputy_host and seats > 1, hosted)
    return roles


def _role(position: int, with_deputy: bool, hosted: bool) -> str:
    if not hosted:
        return f"guest{position + 1}"
    if position == 0:
        return HOST
    if with_deputy and position == 1:
        return DEPUTY
    return f"guest{position - (1 if with_deputy else 0)}"


def round_table_seat_ranks(
    seats: int, *, deputy_host: bool = True, hosted: bool = True
) -> list[SeatRank]:
    """Each seat's side and rank within it: the host's seat is ("host", 1), the deputy's
    ("host", 2), guest N's ("guest", N). People of the host organisation fill the host side in
    their order and guests the guest side (PROTOCOL.md §4)."""
    ranks = []
    for role in round_table_roles(seats, deputy_host=deputy_host, hosted=hosted):
        if role == HOST:
            ranks.append(SeatRank(HOST, 1))
        elif role == DEPUTY:
            ranks.append(SeatRank(HOST, 2))
        else:
            ranks.append(SeatRank("guest", int(role.removeprefix("guest"))))
    return ranks


# Separators written inside Chinese names (spaces padding two-character names, the middle dot
# of transcribed names) take no part in the order.
_NAME_DOTS = frozenset("·•・‧･．")
# A missing character of a two-character name counts as blank, which sorts before every
# character (§1: 田富 before 田大利); a name that ends sorts before one that goes on.
_BLANK = (0,)


def _name_characters(name: str) -> str:
    text = unicodedata.normalize("NFKC", name)
    return "".join(char for char in text if not char.isspace() and char not in _NAME_DOTS)


# The blocks of CJK ideographs, by code point so that characters newer than the data still
# count as Chinese (and sort after the known ones) rather than as Latin letters; plus 〇.
_HAN_RANGES = ((0x3007, 0x3007), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF),
               (0x20000, 0x3FFFF))


def _is_han(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _HAN_RANGES)


def _character_key(char: str) -> tuple[object, ...]:
    # §1: stroke count first, then the stroke classes in order 一 丨 丿 丶 乛, first stroke first
    # (the digits 1–5 compare in that order). Characters alike in both are put in code point
    # order so that the order is total and the same on every machine.
    sequence = stroke_sequence(char)
    if sequence is not None:
        return (1, len(sequence), 0, sequence, ord(char))
    count = stroke_count(char)
    if count is not None:
        # A count without a sequence: after the characters of that count whose order is known.
        return (1, count, 1, "", ord(char))
    # No data at all: after every known character, by code point.
    return (2, ord(char))


def name_stroke_key(name: str, *, whole_name: bool = False) -> tuple[object, ...]:
    """The key that puts names in 姓氏笔画 order (PROTOCOL.md §1); sort with it.

    Character by character: first the first character alone (a compound surname is not summed,
    so 欧阳少东 comes before 洪少东), by stroke count, then by stroke classes 一 丨 丿 丶 乛
    stroke by stroke; the same character moves on to the next one. By default the missing
    character of a two-character name counts as a blank in the middle, as official lists set
    them (田　富), and a blank comes before any character: 田富 before 田大利. With
    `whole_name=True` names are compared as written, character by character with no blank, so
    田富's 富 meets 田大利's 大 and 田大利 comes first; a name that is the beginning of another
    still comes first (田富 before 田富强).

    Names not starting with a Chinese character (Latin names) come after all Chinese names, in
    the order of their letters, case and accents aside. Spaces and middle dots inside a name
    are ignored. Characters without stroke data come after the known ones (see
    `missing_stroke_data`). Distinct names never get equal keys.
    """
    characters = _name_characters(name)
    if characters and _is_han(characters[0]):
        keys = [_character_key(char) for char in characters]
        if not whole_name and len(keys) == 2:
            keys.insert(1, _BLANK)
        return (0, tuple(keys), name)
    decomposed = unicodedata.normalize("NFKD", name)
    letters = "".join(char for char in decomposed if not unicodedata.combining(char))
    return (1, (" ".join(letters.casefold().split()),), name)


def missing_stroke_data(names: Iterable[str]) -> list[str]:
    """The characters of Chinese names whose stroke order is unknown, each once, in order of
    first appearance: their place in 姓氏笔画 order is by stroke count alone, or by code point
    when even the count is unknown, so the user should check it."""
    missing: dict[str, None] = {}
    for name in names:
        characters = _name_characters(name)
        if characters and _is_han(characters[0]):
            for char in characters:
                if stroke_sequence(char) is None:
                    missing[char] = None
    return list(missing)

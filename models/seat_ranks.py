"""The protocol rank of every seat of a scene, from its layout and the event's settings.

Rank 1 is the most honoured seat. Seats reserved for one party (the host organisation's people at
a banquet table's host and deputy chairs, each side of a meeting or signing) say so in `party`.
"""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from models.layout import ElementKind, Fill, Seat, element_seats
from models.protocol import Convention, rostrum_order, round_table_roles
from models.tables import Element

# Kinds whose seats outrank the rest of the scene when several share a room: the rostrum above
# the hall, the main table's party above the other tables.
_KIND_PRIORITY = {
    ElementKind.ROSTRUM: 0,
    ElementKind.MEETING: 0,
    ElementKind.SIGNING: 0,
    ElementKind.PHOTO: 0,
    ElementKind.TABLE: 1,
    ElementKind.BLOCK: 2,
}
# Tables whose distances to the main table differ by less than this are "equally close", and a
# table less than this off the main host's line of sight is on neither side of him.
TABLE_DISTANCE_TOLERANCE = 30.0


@dataclass(frozen=True)
class RankedSeat:
    seat: Seat
    rank: int
    party: str = ""
    group: int = 0
    table_number: int | None = None
    role: str = ""
    reserve: tuple[str, str] | None = None


@dataclass(frozen=True)
class RankSettings:
    """The event's protocol choices that move seats: the hand that ranks higher on a rostrum,
    the even-row reading, and which side of the main table ranks higher (international practice
    puts the main host's right first; the traditional setting his left)."""

    convention: Convention = Convention.DOMESTIC
    even_centre_left: bool = True
    tables_right_first: bool = True
    entrance: tuple[float, float] = (0.0, 1000.0)


@dataclass
class _Ranked:
    seat: Seat
    key: tuple[Any, ...]
    party: str = ""
    role: str = ""
    table_number: int | None = None
    reserve: tuple[str, str] | None = field(default=None)


def _rows_centre_out(element: Element, settings: RankSettings, seats: list[Seat]) -> list[_Ranked]:
    rows = element.params["rows"]
    ranks = rostrum_order(rows, settings.convention, even_centre_left=settings.even_centre_left)
    return [_Ranked(seat, (ranks[seat.row - 1][seat.number - 1],)) for seat in seats]


def _seat_side(x: float, centre: float, convention: Convention, *,
               row_has_centre_seat: bool, even_centre_left: bool) -> int:
    """0 for the side that ranks first at equal distance from the centre, 1 for the other.

    A hall row follows the rostrum's centre-out rule (PROTOCOL.md §2, which also orders a
    reserved front row): with a seat on the centre line, 以左为上 puts the next rank on the
    honoured person's own left, the audience's right (larger x); in a row with no centre seat
    (an even row, a centre aisle) rank 1 takes the seat left of the centre as the audience sees
    it, under the default even reading, and rank 2 the one to its right. International practice
    is the mirror image."""
    right_of_audience = x > centre
    right_first = row_has_centre_seat or not even_centre_left
    if convention is not Convention.DOMESTIC:
        right_first = not right_first
    first = right_of_audience if right_first else not right_of_audience
    return 0 if first else 1


def _hall_blocks(blocks: list[tuple[Element, list[Seat]]],
                 settings: RankSettings) -> list[_Ranked]:
    """Front rows before rear rows across the hall, centre-out within a row; then each block
    hands its share of those ranks to its own seats in the block's fill order."""
    every = [seat for _element, seats in blocks for seat in seats]
    if not every:
        return []
    centre = (min(s.x for s in every) + max(s.x for s in every)) / 2
    # Rows across the hall are the seats at one distance from the stage.
    centred_rows = {round(s.y) for s in every if abs(s.x - centre) < 1.0}

    def hall_key(seat: Seat) -> tuple[float, float, int, float]:
        side = _seat_side(seat.x, centre, settings.convention,
                          row_has_centre_seat=round(seat.y) in centred_rows,
                          even_centre_left=settings.even_centre_left)
        return (round(seat.y), round(abs(seat.x - centre), 1), side, seat.x)

    hall_order = sorted(every, key=hall_key)
    position = {(s.element_id, s.key): index for index, s in enumerate(hall_order)}
    out = []
    for element, seats in blocks:
        slots = sorted(position[(s.element_id, s.key)] for s in seats)
        fill = Fill(element.params["fill"])
        if fill is Fill.ROWS:
            ordered = sorted(seats, key=lambda s: (s.row, s.number))
        elif fill is Fill.COLUMNS:
            ordered = sorted(seats, key=lambda s: (s.number, s.row))
        else:
            ordered = sorted(seats, key=hall_key)
        reserve = None
        if element.params["reserve"] and element.params["reserve_value"]:
            reserve = (element.params["reserve"], element.params["reserve_value"])
        out.extend(_Ranked(seat, (slot,), reserve=reserve) for seat, slot in zip(ordered, slots,
                                                                                strict=True))
    return out


def _table_seat_order(element: Element, seats: list[Seat]) -> list[_Ranked]:
    params = element.params
    roles = round_table_roles(len(seats), deputy_host=bool(params["deputy"]),
                              hosted=bool(params["host"]))
    out = []
    for seat, role in zip(seats, roles, strict=True):
        if role == "host":
            out.append(_Ranked(seat, (0,), party="host", role=role))
        elif role == "deputy":
            out.append(_Ranked(seat, (1,), party="host", role=role))
        else:
            out.append(_Ranked(seat, (1 + int(role.removeprefix("guest")),), role=role))
    return out


def _table_order(tables: list[Element], settings: RankSettings) -> list[Element]:
    """The main table first; the others by closeness to it, then the main host's right (or
    left) side, then farther from the door."""
    if not tables:
        return []
    entrance_x, entrance_y = settings.entrance
    mains = [t for t in tables if t.params["main"]]
    main = mains[0] if mains else max(
        tables, key=lambda t: (math.dist((t.x, t.y), settings.entrance), -t.id))
    facing = (entrance_x - main.x, entrance_y - main.y)
    length = math.hypot(*facing) or 1.0
    # The main host faces the entrance; with y growing downward on screen his right hand points
    # along (-facing_y, facing_x).
    right = (-facing[1] / length, facing[0] / length)
    others = sorted((t for t in tables if t is not main),
                    key=lambda t: math.dist((t.x, t.y), (main.x, main.y)))
    # Rings of tables equally close to the main table: each ring holds the tables less than the
    # tolerance farther than its nearest one, so hand-placed tables a few centimetres apart in
    # distance still count as a pair on the host's right and left.
    ring: list[int] = []
    number, ring_start = -1, -math.inf
    for table in others:
        distance = math.dist((table.x, table.y), (main.x, main.y))
        if distance - ring_start >= TABLE_DISTANCE_TOLERANCE:
            number, ring_start = number + 1, distance
        ring.append(number)

    def key(index: int) -> tuple[int, int, float, int]:
        table = others[index]
        along_right = (table.x - main.x) * right[0] + (table.y - main.y) * right[1]
        # A table within the tolerance of the host's line of sight is on neither side.
        if not settings.tables_right_first:
            along_right = -along_right
        on_first_side = along_right >= TABLE_DISTANCE_TOLERANCE
        return (ring[index], 0 if on_first_side else 1,
                -math.dist((table.x, table.y), settings.entrance), table.id)

    return [main, *(others[index] for index in sorted(range(len(others)), key=key))]


def _table_numbers(ordered: list[Element]) -> list[int]:
    """Each table's number: its own when set, else its place in the order, skipping the numbers
    other tables were given so that no two tables share one."""
    taken = {t.params["number"] for t in ordered if t.params["number"]}
    free = (n for n in itertools.count(1) if n not in taken)
    return [t.params["number"] or next(free) for t in ordered]


def _paired_sides(element: Element, seats: list[Seat]) -> list[_Ranked]:
    """Meeting and signing layouts: the principals first, in each pair the guest before the host
    (客右主左 honours the chief guest); then the seated members by their number, guest before
    host; then the officials standing behind, row by row, centre-out from the element's middle,
    guest before host at equal distance."""
    out = []
    for seat in seats:
        party = "guest" if seat.role.startswith("guest") else "host"
        principal = seat.role in ("guest", "host", "guest_signatory", "host_signatory")
        # Standing rows are centre-out; the seated ones keep the order of their numbers.
        from_centre = round(math.dist((seat.x, seat.y), (element.x, element.y)))
        key = (1 if seat.standing else 0, seat.row, 0 if principal else 1,
               from_centre if seat.standing else seat.number, 0 if party == "guest" else 1,
               seat.number)
        # Only those with a value in the signatory field (their contract) sign.
        field_name = element.params.get("signatory_field") or ""
        reserve = ("field", field_name) if field_name and seat.role.endswith("_signatory") \
            else None
        out.append(_Ranked(seat, key, party=party, role=seat.role, reserve=reserve))
    return out


def rank_seats(elements: list[Element], settings: RankSettings) -> list[RankedSeat]:
    """Every seat of the scene with its rank, best first."""
    placed: dict[int, list[Seat]] = {
        element.id: element_seats(element.id, element.kind, element.params, x=element.x,
                                  y=element.y, rotation=element.rotation)
        for element in elements
    }
    by_kind: dict[ElementKind, list[Element]] = defaultdict(list)
    for element in sorted(elements, key=lambda e: (e.y, e.x, e.id)):
        by_kind[ElementKind(element.kind)].append(element)

    ranked: list[tuple[tuple[Any, ...], _Ranked, int, int | None]] = []
    # Each rostrum, meeting, signing or photo element takes its ranks as a whole, one after the
    # other: their seats are never interleaved.
    heads = [element for kind in (ElementKind.ROSTRUM, ElementKind.MEETING,
                                  ElementKind.SIGNING, ElementKind.PHOTO)
             for element in by_kind[kind]]
    for order, element in enumerate(heads):
        if ElementKind(element.kind) in (ElementKind.ROSTRUM, ElementKind.PHOTO):
            items = _rows_centre_out(element, settings, placed[element.id])
        else:
            items = _paired_sides(element, placed[element.id])
        ranked.extend(((_KIND_PRIORITY[ElementKind(element.kind)], order, *item.key), item,
                       element.id, None) for item in items)
    tables = _table_order(by_kind[ElementKind.TABLE], settings)
    for order, (table, number) in enumerate(zip(tables, _table_numbers(tables), strict=True)):
        for item in _table_seat_order(table, placed[table.id]):
            ranked.append(((_KIND_PRIORITY[ElementKind.TABLE], order, *item.key), item, table.id,
                           number))
    blocks = [(element, placed[element.id]) for element in by_kind[ElementKind.BLOCK]]
    for item in _hall_blocks(blocks, settings):
        ranked.append(((_KIND_PRIORITY[ElementKind.BLOCK], 0, *item.key), item,
                       item.seat.element_id, None))

    ranked.sort(key=lambda entry: entry[0])
    return [
        RankedSeat(seat=item.seat, rank=index, party=item.party, group=group,
                   table_number=number, role=item.role, reserve=item.reserve)
        for index, (_key, item, group, number) in enumerate(ranked, start=1)
    ]

"""Scene layouts: the kinds of element, their parameters, and the seats derived from them.

Positions are in layout centimetres, as the audience sees the room: x grows to the audience's
right, y grows away from the stage toward the back of the room. An element's (x, y) is its centre
and its rotation turns it clockwise on screen about that centre.
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from models.lang import say


class ElementKind(StrEnum):
    ROSTRUM = "rostrum"
    BLOCK = "block"
    TABLE = "table"
    MEETING = "meeting"
    SIGNING = "signing"
    PHOTO = "photo"
    FURNITURE = "furniture"


class TableShape(StrEnum):
    ROUND = "round"
    RECT = "rect"
    LONG = "long"
    U = "u"


class Fill(StrEnum):
    """How a block of the hall fills: 横排 rows left to right, 竖排 columns front to back, or
    from the centre outward."""

    ROWS = "rows"
    COLUMNS = "columns"
    CENTRE_OUT = "centre_out"


class Reservation(StrEnum):
    NONE = ""
    CATEGORY = "category"
    DELEGATION = "delegation"
    ORGANISATION = "organisation"


class FurnitureKind(StrEnum):
    STAGE = "stage"
    SCREEN = "screen"
    DOOR = "door"
    PILLAR = "pillar"
    LABEL = "label"


class LayoutError(ValueError):
    """Parameters that describe no possible element; the message says which and why."""


@dataclass(frozen=True)
class Seat:
    """One place a guest can take. `key` is stable inside its element ("r2s5", "t7")."""

    element_id: int
    key: str
    row: int
    number: int
    x: float
    y: float
    role: str = ""
    aisle: bool = False
    step_free: bool = True
    standing: bool = False


# Default sizes in centimetres, the usual spacing of conference furniture.
DEFAULTS: dict[str, dict[str, Any]] = {
    ElementKind.ROSTRUM: {"rows": [7], "seat_pitch": 80, "row_pitch": 100, "step_free": False},
    ElementKind.BLOCK: {"rows": 5, "columns": 10, "aisles": [], "first_row": 1, "seat_pitch": 55,
                        "row_pitch": 90, "aisle_width": 120, "fill": Fill.CENTRE_OUT.value,
                        "reserve": Reservation.NONE.value, "reserve_value": "",
                        "step_free": True},
    ElementKind.TABLE: {"shape": TableShape.ROUND.value, "seats": 10, "host": True,
                        "deputy": True, "main": False, "number": None, "name": "",
                        "size": 180},
    ElementKind.MEETING: {"host_seats": 4, "guest_seats": 4, "seat_pitch": 120},
    ElementKind.SIGNING: {"pairs": 1, "pairs_per_row": 1, "standing_rows": 2,
                          "standing_per_row": 8, "seat_pitch": 110, "row_pitch": 70,
                          "signatory_field": ""},
    ElementKind.PHOTO: {"rows": [9, 11, 13], "seat_pitch": 60, "row_pitch": 70},
    ElementKind.FURNITURE: {"type": FurnitureKind.STAGE.value, "width": 600, "height": 200,
                            "text": ""},
}


def with_defaults(kind: str, params: dict[str, Any]) -> dict[str, Any]:
    """The element's parameters with every missing one at its default, checked."""
    try:
        element_kind = ElementKind(kind)
    except ValueError as error:
        raise LayoutError(say(f"未知的元素类型：{kind}",
                              f"Unknown element kind: {kind}")) from error
    # A deep copy: the defaults' lists (rows, aisles) must not be shared with, and changed
    # through, the parameters of one element.
    merged = {**copy.deepcopy(DEFAULTS[element_kind]), **params}
    _check(element_kind, merged)
    return merged


def _positive_int(params: dict[str, Any], name: str, *, allow_zero: bool = False) -> int:
    value = params[name]
    least = 0 if allow_zero else 1
    if not isinstance(value, int) or isinstance(value, bool) or value < least:
        raise LayoutError(say(f"参数 {name} 应为不小于 {least} 的整数，而不是 {value!r}",
                              f"{name} must be a whole number of at least {least}, not {value!r}"))
    return value


def _positive_number(params: dict[str, Any], name: str) -> None:
    # Spacings and sizes: zero or a negative value would fold or mirror the seats, and the
    # protocol ranks are read from where the seats are.
    value = params[name]
    if not isinstance(value, int | float) or isinstance(value, bool) or not value > 0:
        raise LayoutError(say(f"参数 {name} 应为正数（厘米），而不是 {value!r}",
                              f"{name} must be a positive number of centimetres, not {value!r}"))


def _choice(params: dict[str, Any], name: str, choices: type[StrEnum]) -> None:
    value = params[name]
    if value not in [choice.value for choice in choices]:
        allowed = ", ".join(repr(choice.value) for choice in choices)
        raise LayoutError(say(f"参数 {name} 应为 {allowed} 之一，而不是 {value!r}",
                              f"{name} must be one of {allowed}, not {value!r}"))


def _row_list(params: dict[str, Any]) -> list[int]:
    rows = params["rows"]
    if not isinstance(rows, list) or not rows or not all(
        isinstance(n, int) and not isinstance(n, bool) and n >= 1 for n in rows
    ):
        raise LayoutError(say(f"rows 应为每排座位数的列表，如 [7, 9]，而不是 {rows!r}",
                              f"rows must list the seats of each row, e.g. [7, 9], not {rows!r}"))
    return rows


# The parameters of each kind that are lengths in centimetres.
_SIZES: dict[ElementKind, tuple[str, ...]] = {
    ElementKind.ROSTRUM: ("seat_pitch", "row_pitch"),
    ElementKind.BLOCK: ("seat_pitch", "row_pitch", "aisle_width"),
    ElementKind.TABLE: ("size",),
    ElementKind.MEETING: ("seat_pitch",),
    ElementKind.SIGNING: ("seat_pitch", "row_pitch"),
    ElementKind.PHOTO: ("seat_pitch", "row_pitch"),
    ElementKind.FURNITURE: ("width", "height"),
}


def _check(kind: ElementKind, params: dict[str, Any]) -> None:
    for name in _SIZES[kind]:
        _positive_number(params, name)
    if kind in (ElementKind.ROSTRUM, ElementKind.PHOTO):
        _row_list(params)
    elif kind is ElementKind.BLOCK:
        _positive_int(params, "rows")
        columns = _positive_int(params, "columns")
        _positive_int(params, "first_row")
        aisles = params["aisles"]
        if not isinstance(aisles, list) or not all(
            isinstance(a, int) and not isinstance(a, bool) and 1 <= a < columns for a in aisles
        ) or len(set(aisles)) != len(aisles):
            raise LayoutError(say(f"aisles 应为 1 到 {columns - 1} 之间互不相同的列号，"
                                  f"而不是 {aisles!r}",
                                  f"aisles must be distinct column numbers from 1 to "
                                  f"{columns - 1}, not {aisles!r}"))
        _choice(params, "fill", Fill)
        _choice(params, "reserve", Reservation)
    elif kind is ElementKind.TABLE:
        seats = _positive_int(params, "seats")
        _choice(params, "shape", TableShape)
        if params["shape"] == TableShape.U and seats < 3:
            raise LayoutError(say(f"U 形桌的 seats 至少为 3，而不是 {seats}",
                                  f"A U-shaped table needs seats of at least 3, not {seats}"))
        if params["number"] is not None:
            # 0, like None, leaves the number to the table's rank.
            _positive_int(params, "number", allow_zero=True)
    elif kind is ElementKind.MEETING:
        _positive_int(params, "host_seats")
        _positive_int(params, "guest_seats")
    elif kind is ElementKind.SIGNING:
        _positive_int(params, "pairs")
        _positive_int(params, "pairs_per_row")
        _positive_int(params, "standing_rows", allow_zero=True)
        _positive_int(params, "standing_per_row", allow_zero=True)
    elif kind is ElementKind.FURNITURE:
        _choice(params, "type", FurnitureKind)


def _place(x: float, y: float, rotation: float, local_x: float,
           local_y: float) -> tuple[float, float]:
    turn = math.radians(rotation)
    return (
        round(x + local_x * math.cos(turn) - local_y * math.sin(turn), 1),
        round(y + local_x * math.sin(turn) + local_y * math.cos(turn), 1),
    )


def _centred(count: int, pitch: float) -> list[float]:
    """Offsets of `count` places `pitch` apart, centred on zero, left to right."""
    return [(index - (count - 1) / 2) * pitch for index in range(count)]


def element_seats(element_id: int, kind: str, params: dict[str, Any], *, x: float = 0.0,
                  y: float = 0.0, rotation: float = 0.0) -> list[Seat]:
    """Every seat of an element, in the element's own numbering order."""
    p = with_defaults(kind, params)
    local = _LOCAL_SEATS[ElementKind(kind)](p)
    seats = []
    for seat, (local_x, local_y) in local:
        seat_x, seat_y = _place(x, y, rotation, local_x, local_y)
        seats.append(Seat(element_id=element_id, x=seat_x, y=seat_y, **seat))
    return seats


LocalSeats = list[tuple[dict[str, Any], tuple[float, float]]]


def _rows_of_seats(p: dict[str, Any], step_free: bool) -> LocalSeats:
    rows = p["rows"]
    out: LocalSeats = []
    for row_index, count in enumerate(rows):
        # Row 1 is the front row, nearest the audience or the camera (largest y).
        local_y = ((len(rows) - 1) / 2 - row_index) * p["row_pitch"]
        for number, local_x in enumerate(_centred(count, p["seat_pitch"]), start=1):
            out.append(({"key": f"r{row_index + 1}s{number}", "row": row_index + 1,
                         "number": number, "step_free": step_free,
                         "aisle": number in (1, count)}, (local_x, local_y)))
    return out


def _rostrum(p: dict[str, Any]) -> LocalSeats:
    return _rows_of_seats(p, bool(p["step_free"]))


def _photo(p: dict[str, Any]) -> LocalSeats:
    # Group photo rows stand on risers behind the front row of chairs.
    seats = _rows_of_seats(p, True)
    return [({**seat, "standing": seat["row"] > 1, "step_free": seat["row"] == 1}, xy)
            for seat, xy in seats]


def _block(p: dict[str, Any]) -> LocalSeats:
    rows, columns, aisles = p["rows"], p["columns"], sorted(p["aisles"])
    pitch, gap = p["seat_pitch"], p["aisle_width"]
    width = (columns - 1) * pitch + len(aisles) * (gap - pitch)
    column_x = []
    offset = -width / 2
    for column in range(1, columns + 1):
        column_x.append(offset)
        offset += gap if column in aisles else pitch
    aisle_columns = {1, columns} | set(aisles) | {a + 1 for a in aisles}
    out: LocalSeats = []
    for row in range(1, rows + 1):
        local_y = (row - 1 - (rows - 1) / 2) * p["row_pitch"]
        for column in range(1, columns + 1):
            out.append(({"key": f"r{row}s{column}", "row": row + p["first_row"] - 1,
                         "number": column, "aisle": column in aisle_columns,
                         "step_free": bool(p["step_free"])},
                        (column_x[column - 1], local_y)))
    return out


def _table(p: dict[str, Any]) -> LocalSeats:
    """Seat 0 faces the entrance (the host's chair), numbers rise counter-clockwise seen from
    above, i.e. toward the right hand of the person in seat 0 (PROTOCOL.md §4). Locally the
    entrance is toward +y (the back of the room), so seat 0 sits at the far side (-y)."""
    count, size, shape = p["seats"], float(p["size"]), TableShape(p["shape"])
    positions = _TABLE_OUTLINES[shape](count, size)
    return [({"key": f"t{index}", "row": 0, "number": index + 1, "aisle": True},
             position) for index, position in enumerate(positions)]


def _round_outline(count: int, size: float) -> list[tuple[float, float]]:
    radius = size / 2 + 35
    # Seat 0 at the top (far from the entrance), facing it; seen from above with y downward,
    # the right hand of a person facing +y is toward -x, so numbers rise toward -x first.
    angles = [2 * math.pi * i / count for i in range(count)]
    return [(-radius * math.sin(angle), -radius * math.cos(angle)) for angle in angles]


def _perimeter_outline(count: int, width: float, depth: float) -> list[tuple[float, float]]:
    """Seats spread evenly around a rectangle, starting at the middle of the far side and
    running toward seat 0's right hand (-x)."""
    perimeter = 2 * (width + depth)
    points = []
    for i in range(count):
        distance = (perimeter * i / count + width / 2) % perimeter
        if distance < width:
            points.append((width / 2 - distance, -depth / 2 - 35))
        elif distance < width + depth:
            points.append((-width / 2 - 35, -depth / 2 + distance - width))
        elif distance < 2 * width + depth:
            points.append((-width / 2 + distance - width - depth, depth / 2 + 35))
        else:
            points.append((width / 2 + 35, depth / 2 - (distance - 2 * width - depth)))
    return points


def _rect_outline(count: int, size: float) -> list[tuple[float, float]]:
    return _perimeter_outline(count, size, size * 0.6)


def _from_seat_zero(points: list[tuple[float, float]], zero: int) -> list[tuple[float, float]]:
    """A counter-clockwise walk of places, rotated so the walk starts at seat 0."""
    return points[zero:] + points[:zero]


def _long_outline(count: int, size: float) -> list[tuple[float, float]]:
    """A long table (会谈): both long sides, no one at the ends; the host in the middle of the
    far side and the chief guest opposite."""
    far = (count + 1) // 2
    near = count - far
    pitch = max(size / 3, 60.0)
    depth = 95.0
    # Counter-clockwise seen from above: along the far side toward -x, back along the near side
    # toward +x.
    walk = [(x, -depth) for x in sorted(_centred(far, pitch), reverse=True)]
    walk += [(x, depth) for x in sorted(_centred(near, pitch))]
    return _from_seat_zero(walk, far // 2)


def _u_outline(count: int, size: float) -> list[tuple[float, float]]:
    """A U open toward the entrance: the host in the middle of the base, the arms running toward
    the door on both sides."""
    base = max(1, count // 3)
    left_arm = (count - base + 1) // 2
    right_arm = count - base - left_arm
    pitch = max(size / 3, 60.0)
    half = (max(base, 2) - 1) * pitch / 2 + 60
    walk = [(x, -120.0) for x in sorted(_centred(base, pitch), reverse=True)]
    walk += [(-half, -120.0 + pitch * (i + 1)) for i in range(left_arm)]
    walk += [(half, -120.0 + pitch * (right_arm - i)) for i in range(right_arm)]
    return _from_seat_zero(walk, base // 2)


_TABLE_OUTLINES = {
    TableShape.ROUND: _round_outline,
    TableShape.RECT: _rect_outline,
    TableShape.LONG: _long_outline,
    TableShape.U: _u_outline,
}


def _meeting(p: dict[str, Any]) -> LocalSeats:
    """会见: host and chief guest side by side facing the entrance (+y), the guest at the host's
    right hand. Facing +y, a person's right hand is toward -x, so the guest side runs to -x
    (the left as seen from the entrance), each side outward from its principal."""
    pitch = p["seat_pitch"]
    out: LocalSeats = []
    for prefix, side, count in (("h", 1, p["host_seats"]), ("g", -1, p["guest_seats"])):
        role = "host" if prefix == "h" else "guest"
        for index in range(count):
            # Principals at the head of the room; members down their own side toward the door.
            position = ((side * pitch / 2, 0.0) if index == 0
                        else (side * pitch * 1.5, index * pitch * 0.8))
            out.append(({"key": f"{prefix}{index + 1}", "row": 1, "number": index + 1,
                         "role": role if index == 0 else f"{role}_member"}, position))
    return out


def _signing(p: dict[str, Any]) -> LocalSeats:
    """签字仪式: signatories face the audience (+y); the guest party's signatory on his own
    right, which is the audience's left (-x); officials stand behind in rows, centre-out."""
    pitch, row_pitch = p["seat_pitch"], p["row_pitch"]
    pairs, per_row = p["pairs"], p["pairs_per_row"]
    out: LocalSeats = []
    for pair in range(pairs):
        table_row, place = divmod(pair, per_row)
        in_row = min(per_row, pairs - table_row * per_row)
        centre_x = _centred(in_row, pitch * 2.4)[place]
        local_y = table_row * row_pitch * 2
        out.append(({"key": f"p{pair + 1}g", "row": table_row + 1, "number": pair + 1,
                     "role": "guest_signatory"}, (centre_x - pitch / 2, local_y)))
        out.append(({"key": f"p{pair + 1}h", "row": table_row + 1, "number": pair + 1,
                     "role": "host_signatory"}, (centre_x + pitch / 2, local_y)))
    behind = -row_pitch * 1.5
    for row in range(p["standing_rows"]):
        for number, local_x in enumerate(_centred(p["standing_per_row"], 60.0), start=1):
            # Standing rows count from 1 behind the tables, as their keys and labels say.
            out.append(({"key": f"b{row + 1}s{number}", "row": row + 1,
                         "number": number, "standing": True,
                         "role": "guest_official" if local_x < 0 else "host_official"},
                        (local_x, behind - row * row_pitch)))
    return out


def _furniture(_p: dict[str, Any]) -> LocalSeats:
    return []


_LOCAL_SEATS = {
    ElementKind.ROSTRUM: _rostrum,
    ElementKind.BLOCK: _block,
    ElementKind.TABLE: _table,
    ElementKind.MEETING: _meeting,
    ElementKind.SIGNING: _signing,
    ElementKind.PHOTO: _photo,
    ElementKind.FURNITURE: _furniture,
}

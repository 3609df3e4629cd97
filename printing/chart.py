"""座次图: a scene drawn to scale and fitted to the page, each occupant's name in their seat."""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from reportlab.lib.colors import Color, black, white
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from sqlmodel import Session, select

from models.lang import say
from models.layout import ElementKind, FurnitureKind, TableShape
from models.scenes import event_scenes
from models.seat_labels import table_name
from models.seating import ScenePlan, current_seats, scene_plan
from models.tables import Element, Event, Guest, Scene, SceneKind
from models.vocab import CATEGORIES, category_label
from printing.base import (
    Align,
    Box,
    NothingToPrint,
    PrintRequest,
    Valign,
    draw_fitted,
    fitted_size,
    mm,
    render_pdf,
    saved_state,
    spaced_name,
)
from printing.lists import (
    LONGEST_UNBROKEN,
    RuledSheets,
    Section,
    SheetStyle,
    event_subtitle,
    frames_that_fit,
    split_name,
    table_columns,
    table_sections,
)
from printing.templates import PageTemplate, load_page_template

Point = tuple[float, float]

# Seat boxes leave this share of the space between neighbours empty, so that rows stay legible.
SEAT_GAP = 0.9
# Box shapes tried for each element's seats, tall to wide; the one giving the largest names wins.
ASPECTS = (1.0, 1.25, 1.6, 2.0, 2.6)
# A name is set for three characters' width at least: 王　伟 takes as much room as 王小明.
NAME_CHARACTERS = 3
# No seat box is drawn larger than an armchair, however much room there is.
LARGEST_SEAT = (110.0, 70.0)
LINE_GAP = 1.15
LIGHT = Color(0.93, 0.93, 0.93)
MID = Color(0.75, 0.75, 0.75)
DARK = Color(0.45, 0.45, 0.45)
TAG_FILL = Color(0.7, 0.1, 0.1)
EMPTY_OUTLINE = Color(0.6, 0.6, 0.6)
# Pale fills that keep black names legible and stay distinct on a grey printer.
CATEGORY_FILLS = (
    Color(1.0, 0.87, 0.87), Color(0.85, 0.92, 1.0), Color(0.88, 0.97, 0.85),
    Color(1.0, 0.95, 0.78), Color(0.93, 0.87, 1.0), Color(0.9, 0.9, 0.9),
    Color(0.85, 0.97, 0.97), Color(1.0, 0.9, 0.8),
)
# The seat roles marked on a chart, and the character that marks them.
TAGS = {"host": ("主", "H"), "deputy": ("副", "D"), "guest": ("客", "G"),
        "host_signatory": ("主", "H"), "guest_signatory": ("客", "G")}
FURNITURE_NAMES = {
    FurnitureKind.STAGE: ("舞台", "Stage"), FurnitureKind.SCREEN: ("屏幕", "Screen"),
    FurnitureKind.DOOR: ("入口", "Entrance"), FurnitureKind.PILLAR: ("", ""),
    FurnitureKind.LABEL: ("", ""),
}


@dataclass(frozen=True)
class Rect:
    """An upright rectangle in layout centimetres, by its centre."""

    x: float
    y: float
    width: float
    height: float

    @property
    def left(self) -> float:
        return self.x - self.width / 2

    @property
    def right(self) -> float:
        return self.x + self.width / 2

    @property
    def top(self) -> float:
        return self.y - self.height / 2

    @property
    def bottom(self) -> float:
        return self.y + self.height / 2

    def corners(self) -> list[Point]:
        return [(self.left, self.top), (self.right, self.top), (self.right, self.bottom),
                (self.left, self.bottom)]


@dataclass(frozen=True)
class SeatMark:
    rect: Rect
    name: str
    rank: int
    category: str = ""
    tag: str = ""
    standing: bool = False


@dataclass(frozen=True)
class Outline:
    """Furniture, a table or a desk: a polygon, or a circle when `radius` is set."""

    points: tuple[Point, ...]
    fill: Color
    stroke: Color = DARK
    radius: float = 0.0
    dashed: bool = False
    thick: bool = False


@dataclass(frozen=True)
class Caption:
    """Text fitted into a rectangle, turned with its element."""

    text: str
    rect: Rect
    rotation: float = 0.0
    colour: Color = black
    # The largest size, as a multiple of the size of the names on the chart: labels read as
    # labels without outshouting the names.
    scale: float = 1.6


@dataclass
class ChartMarks:
    outlines: list[Outline] = field(default_factory=list)
    seats: list[SeatMark] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)

    def points(self) -> Iterable[Point]:
        for outline in self.outlines:
            if outline.radius:
                (x, y), r = outline.points[0], outline.radius
                yield from ((x - r, y - r), (x + r, y + r))
            else:
                yield from outline.points
        for mark in self.seats:
            yield from mark.rect.corners()
        for caption in self.captions:
            yield from _turned(caption.rect, caption.rotation)

    def bounds(self) -> Rect:
        xs, ys = zip(*self.points(), strict=True)
        return Rect((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2, max(xs) - min(xs),
                    max(ys) - min(ys))


def _turn(x: float, y: float, rotation: float, about: Point = (0.0, 0.0)) -> Point:
    """(x, y) turned clockwise on screen by `rotation` degrees about `about`, as layouts turn."""
    angle = math.radians(rotation)
    dx, dy = x - about[0], y - about[1]
    return (about[0] + dx * math.cos(angle) - dy * math.sin(angle),
            about[1] + dx * math.sin(angle) + dy * math.cos(angle))


def _turned(rect: Rect, rotation: float) -> list[Point]:
    if not rotation:
        return rect.corners()
    return [_turn(x, y, rotation, (rect.x, rect.y)) for x, y in rect.corners()]


def _upright(rotation: float) -> float:
    """The turn to give text on a turned element so that it never reads upside down."""
    turn = (rotation + 180) % 360 - 180
    if turn > 90:
        turn -= 180
    elif turn <= -90:
        turn += 180
    return turn


# ----------------------------------------------------------------------------------------------
# Seat boxes: as large as the seats' spacing allows, shaped to give the names the most room.


def _name_room(width: float, height: float) -> float:
    """The character size (in the box's units) at which a name of three characters fits."""
    return min(width * 0.9 / NAME_CHARACTERS, height * 0.8)


@dataclass(frozen=True)
class _Placed:
    x: float
    y: float
    width: float
    height: float


def _nearby(placed: Sequence[_Placed], xs: Sequence[float], x: float,
            reach: float) -> Sequence[_Placed]:
    return placed[bisect_left(xs, x - reach):bisect_right(xs, x + reach)]


def box_sizes(groups: Sequence[Sequence[Point]],
              largest: tuple[float, float]) -> list[tuple[float, float]]:
    """Width and height of the boxes of each group of seats (one element's, or its standing
    rows'), such that no two boxes overlap: each group in turn takes the largest boxes its own
    spacing and the boxes already sized allow, the shape chosen from ASPECTS to set the names
    largest, never larger than `largest`. Groups are given most honoured first."""
    reach = 2 * max(largest) / SEAT_GAP
    sized: list[_Placed] = []
    sizes = []
    for index, group in enumerate(groups):
        waiting = [_Placed(x, y, 0.0, 0.0) for later in groups[index + 1:] for x, y in later]
        others = sorted(sized + waiting, key=lambda p: p.x)
        own = sorted((_Placed(x, y, 0.0, 0.0) for x, y in group), key=lambda p: p.x)
        own_xs = [p.x for p in own]
        other_xs = [p.x for p in others]
        best = (-1.0, 0.0, 0.0)
        for aspect in ASPECTS:
            limit = min(largest[1], largest[0] / aspect)
            for seat in own:
                for near in _nearby(own, own_xs, seat.x, reach):
                    if near is not seat:
                        # Two boxes of one size clear each other when apart by a width across
                        # or a height along.
                        limit = min(limit, max(abs(seat.x - near.x) / aspect,
                                               abs(seat.y - near.y)) * SEAT_GAP)
                for near in _nearby(others, other_xs, seat.x, reach):
                    across = 2 * abs(seat.x - near.x) * SEAT_GAP - near.width
                    along = 2 * abs(seat.y - near.y) * SEAT_GAP - near.height
                    limit = min(limit, max(across / aspect, along))
            limit = max(limit, 0.0)
            room = _name_room(limit * aspect, limit)
            if room > best[0] + 1e-6:
                best = (room, limit * aspect, limit)
        sizes.append((best[1], best[2]))
        sized += [_Placed(x, y, best[1], best[2]) for x, y in group]
    return sizes


# ----------------------------------------------------------------------------------------------
# The marks of a scene, in layout centimetres.


def _furniture_rect(element: Element) -> Rect:
    return Rect(element.x, element.y, float(element.params["width"]),
                float(element.params["height"]))


def _inside(point: Point, element: Element) -> bool:
    # Undo the element's turn, then compare with its upright rectangle.
    x, y = _turn(point[0], point[1], -element.rotation, (element.x, element.y))
    rect = _furniture_rect(element)
    return rect.left <= x <= rect.right and rect.top <= y <= rect.bottom


def category_fills(categories: Iterable[str], chosen: dict[str, Color]) -> dict[str, Color]:
    """A fill for each category on the chart, in the usual order of categories: the template's
    colour where it gives one, else the next pale colour not already taken."""
    known = list(CATEGORIES)
    ordered = sorted(set(categories) - {""},
                     key=lambda c: (known.index(c) if c in known else len(known), c))
    spare = (fill for fill in CATEGORY_FILLS if fill not in chosen.values())
    fills = {}
    for category in ordered:
        fills[category] = chosen.get(category) or next(spare, LIGHT)
    return fills


@dataclass(frozen=True)
class _Seated:
    """The seats of one element with the size of each one's box."""

    element: Element
    positions: list[int]
    sizes: dict[int, tuple[float, float]]

    @property
    def width(self) -> float:
        return max(width for width, _height in self.sizes.values())

    @property
    def height(self) -> float:
        return max(height for _width, height in self.sizes.values())


def _seat_marks(plan: ScenePlan, occupants: dict[int, Guest], marks: ChartMarks,
                ) -> dict[int, _Seated]:
    # Seated and standing places of an element are spaced differently and get their own boxes.
    groups: dict[tuple[int, bool], list[int]] = defaultdict(list)
    for position, ranked in enumerate(plan.seats):
        groups[(ranked.seat.element_id, ranked.seat.standing)].append(position)
    ordered = sorted(groups.values(), key=lambda positions: positions[0])
    sizes = box_sizes([[(plan.seats[p].seat.x, plan.seats[p].seat.y) for p in positions]
                       for positions in ordered], LARGEST_SEAT)
    seated: dict[int, _Seated] = {}
    for positions, (width, height) in zip(ordered, sizes, strict=True):
        element_id = plan.seats[positions[0]].seat.element_id
        group = seated.setdefault(element_id, _Seated(plan.elements[element_id], [], {}))
        group.positions.extend(positions)
        for position in positions:
            group.sizes[position] = (width, height)
            ranked = plan.seats[position]
            guest = occupants.get(position)
            tag = TAGS.get(ranked.role or ranked.seat.role, ("", ""))
            marks.seats.append(SeatMark(
                Rect(ranked.seat.x, ranked.seat.y, width, height),
                name=guest.name if guest else "", rank=ranked.rank,
                category=guest.category if guest else "", tag=say(*tag),
                standing=ranked.seat.standing))
    return dict(sorted(seated.items()))


def _rows(plan: ScenePlan, group: _Seated) -> dict[int, list[Point]]:
    rows: dict[int, list[Point]] = defaultdict(list)
    for position in group.positions:
        seat = plan.seats[position].seat
        rows[seat.row].append((seat.x, seat.y))
    return rows


def _row_line(points: list[Point], rotation: float) -> tuple[Point, Point]:
    """The first and last seat of a row along the element's own x axis."""
    along = sorted(points, key=lambda p: _turn(p[0], p[1], -rotation)[0])
    return along[0], along[-1]


def _desk(first: Point, last: Point, rotation: float, offset: float, width: float,
          depth: float) -> Outline:
    """A desk in front of a row of seats (toward the audience), as long as the row."""
    middle = ((first[0] + last[0]) / 2, (first[1] + last[1]) / 2)
    length = math.dist(first, last) + width
    centre = _turn(0.0, offset + depth / 2, rotation)
    rect = Rect(middle[0] + centre[0], middle[1] + centre[1], length, depth)
    return Outline(tuple(_turned(rect, rotation)), LIGHT)


def _rostrum(plan: ScenePlan, group: _Seated, marks: ChartMarks, on_stage: bool) -> None:
    element = group.element
    for points in _rows(plan, group).values():
        first, last = _row_line(points, element.rotation)
        marks.outlines.append(_desk(first, last, element.rotation, group.height / 2 + 8,
                                    group.width, 22.0))
    if not on_stage:
        _caption_behind(plan, group, marks, element.label or say("主席台", "Rostrum"))


def _caption_behind(plan: ScenePlan, group: _Seated, marks: ChartMarks, text: str) -> None:
    """A caption on the far side of an element's seats (toward the stage), turned with it."""
    element = group.element
    centre = (element.x, element.y)
    local = [_turn(plan.seats[p].seat.x, plan.seats[p].seat.y, -element.rotation, centre)
             for p in group.positions]
    top = min(y for _x, y in local) - group.height / 2
    left = min(x for x, _y in local) - group.width / 2
    right = max(x for x, _y in local) + group.width / 2
    height = max(group.height * 0.9, 30.0)
    x, y = _turn((left + right) / 2, top - height * 0.6, element.rotation, centre)
    marks.captions.append(Caption(text, Rect(x, y, right - left, height),
                                  rotation=_upright(element.rotation), scale=1.3))


def _table_outline(element: Element) -> Outline:
    params = element.params
    shape, size, count = TableShape(params["shape"]), float(params["size"]), params["seats"]
    if shape is TableShape.ROUND:
        return Outline(((element.x, element.y),), white, radius=size / 2, thick=True)
    if shape is TableShape.RECT:
        rect = Rect(element.x, element.y, size, size * 0.6)
    elif shape is TableShape.LONG:
        # The layout's long sides sit 95 cm from the middle; the chairs are tucked in.
        rect = Rect(element.x, element.y, (count + 1) // 2 * max(size / 3, 60.0), 120.0)
    else:
        # The U: a band along the base and down both arms, inside the line of chairs that
        # runs round its outside (the layout's seats: the base at -120, the arms at ±half).
        base = max(1, count // 3)
        pitch = max(size / 3, 60.0)
        half = (max(base, 2) - 1) * pitch / 2 + 60
        arm = max((count - base + 1) // 2, 1)
        outer, inner = half - 30, half - 70
        end = -120 + pitch * arm + 30
        points = [(-outer, -90), (outer, -90), (outer, end), (inner, end), (inner, -50),
                  (-inner, -50), (-inner, end), (-outer, end)]
        return Outline(tuple(_turn(element.x + x, element.y + y, element.rotation,
                                   (element.x, element.y)) for x, y in points), white,
                       thick=True)
    return Outline(tuple(_turned(rect, element.rotation)), white, thick=True)


def _table(plan: ScenePlan, group: _Seated, marks: ChartMarks) -> None:
    element = group.element
    outline = _table_outline(element)
    marks.outlines.append(outline)
    number = plan.seats[group.positions[0]].table_number
    text = table_name(element, number)
    if outline.radius:
        side = outline.radius * 1.3
        rect = Rect(element.x, element.y, side, side * 0.55)
    else:
        xs = [x for x, _y in outline.points]
        ys = [y for _x, y in outline.points]
        rect = Rect(element.x, element.y, (max(xs) - min(xs)) * 0.6, (max(ys) - min(ys)) * 0.4)
    marks.captions.append(Caption(text, rect, scale=2.0))


def _signing(plan: ScenePlan, group: _Seated, marks: ChartMarks) -> None:
    """A signing table in front of each pair of signatories."""
    element = group.element
    pairs: dict[int, list[Point]] = defaultdict(list)
    size = (0.0, 0.0)
    for position in group.positions:
        seat = plan.seats[position].seat
        if not seat.standing:
            pairs[seat.number].append((seat.x, seat.y))
            size = group.sizes[position]
    for points in pairs.values():
        first, last = _row_line(points, element.rotation)
        marks.outlines.append(_desk(first, last, element.rotation, size[1] / 2 + 8,
                                    size[0] * 1.3, 35.0))


def _row_labels(plan: ScenePlan, groups: Sequence[_Seated], marks: ChartMarks) -> None:
    """排 labels at both ends of every row of a hall block, a rostrum or photo of several rows.
    Blocks side by side share their labels at the outer ends, as a hall's rows run across its
    aisles."""
    rows: dict[tuple[int, int, int], list[tuple[Point, Point, _Seated]]] = defaultdict(list)
    for group in groups:
        element = group.element
        kind = ElementKind(element.kind)
        if kind not in (ElementKind.BLOCK, ElementKind.ROSTRUM, ElementKind.PHOTO) or (
                kind is not ElementKind.BLOCK and len(element.params["rows"]) < 2):
            continue
        for row, points in _rows(plan, group).items():
            first, last = _row_line(points, element.rotation)
            shared = kind is ElementKind.BLOCK and not element.rotation % 360
            key = (-1, row, round(first[1])) if shared else (element.id, row, 0)
            rows[key].append((first, last, group))
    for (_scope, row, _y), line in rows.items():
        rotation = line[0][2].element.rotation
        ends = sorted((end for first, last, _group in line for end in (first, last)),
                      key=lambda p: _turn(p[0], p[1], -rotation)[0])
        width = max(group.width for _first, _last, group in line)
        height = max(group.height for _first, _last, group in line)
        label = max(height * 1.8, 60.0)
        across = math.cos(math.radians(rotation)), math.sin(math.radians(rotation))
        reach = width / 2 + 12 + label / 2
        text = say(f"{row}排", f"Row {row}")
        for (x, y), side in ((ends[0], -1), (ends[-1], 1)):
            marks.captions.append(Caption(
                text, Rect(x + side * across[0] * reach, y + side * across[1] * reach, label,
                           height), rotation=_upright(rotation), colour=DARK, scale=1.2))


def _furniture(element: Element, plan: ScenePlan, seated: dict[int, _Seated],
               marks: ChartMarks) -> None:
    kind = FurnitureKind(element.params["type"])
    rect = _furniture_rect(element)
    corners = tuple(_turned(rect, element.rotation))
    text = str(element.params.get("text") or element.label or say(*FURNITURE_NAMES[kind]))
    caption_rect = rect
    if kind is FurnitureKind.STAGE:
        marks.outlines.append(Outline(corners, LIGHT))
        rostrums = [group for group in seated.values()
                    if ElementKind(group.element.kind) is ElementKind.ROSTRUM
                    and _inside((group.element.x, group.element.y), element)]
        if rostrums:
            # 主席台: the stage is named for the rostrum on it, in the band behind its seats.
            rostrum = rostrums[0]
            text = rostrum.element.label or say("主席台", "Rostrum")
            seats = [plan.seats[p].seat for p in rostrum.positions]
            back = min(seat.y for seat in seats) - rostrum.height / 2
            band = back - rect.top
            if band > 20:
                caption_rect = Rect(rect.x, rect.top + band / 2, rect.width * 0.5, band * 0.7)
            else:
                front = max(seat.y for seat in seats) + rostrum.height / 2 + 35
                band = rect.bottom - front
                caption_rect = Rect(rect.x, front + band / 2, rect.width * 0.5, band * 0.7)
    elif kind is FurnitureKind.SCREEN:
        marks.outlines.append(Outline(corners, MID))
    elif kind is FurnitureKind.DOOR:
        marks.outlines.append(Outline(corners, Color(0.85, 0.95, 0.85),
                                      stroke=Color(0.1, 0.5, 0.1), thick=True))
    elif kind is FurnitureKind.PILLAR:
        marks.outlines.append(Outline(corners, DARK))
    else:
        marks.outlines.append(Outline(corners, white, dashed=True))
    if text:
        marks.captions.append(Caption(text, Rect(caption_rect.x, caption_rect.y,
                                                 caption_rect.width * 0.9,
                                                 caption_rect.height * 0.8),
                                      rotation=_upright(element.rotation), scale=2.0))


def _entrance(scene: Scene, marks: ChartMarks) -> None:
    """An arrow into the room where guests come in, for a scene without a door drawn. An
    entrance far from everything drawn is marked at the drawing's edge, in its direction, so
    that it does not shrink the chart."""
    bounds = marks.bounds()
    x, y = scene.entrance_x, scene.entrance_y
    # As large as a seat: seen at once, never the largest thing on the chart.
    heights = sorted(mark.rect.height for mark in marks.seats)
    size = heights[len(heights) // 2] * 0.5 if heights else 30.0
    reach = max(bounds.width, bounds.height) * 0.25
    far = not (bounds.left - reach <= x <= bounds.right + reach
               and bounds.top - reach <= y <= bounds.bottom + reach)
    if far:
        dx, dy = x - bounds.x, y - bounds.y
        edge = min(bounds.width / 2 / abs(dx) if dx else math.inf,
                   bounds.height / 2 / abs(dy) if dy else math.inf)
        length = math.hypot(dx, dy)
        x = bounds.x + dx * edge + dx / length * size * 1.5
        y = bounds.y + dy * edge + dy / length * size * 1.5
    heading = math.atan2(bounds.y - y, bounds.x - x)

    def along(forward: float, across: float) -> Point:
        return (x + forward * math.cos(heading) - across * math.sin(heading),
                y + forward * math.sin(heading) + across * math.cos(heading))

    arrow = (along(size, 0), along(0, size * 0.6), along(0, size * 0.25),
             along(-size, size * 0.25), along(-size, -size * 0.25), along(0, -size * 0.25),
             along(0, -size * 0.6))
    marks.outlines.append(Outline(arrow, Color(0.85, 0.95, 0.85), stroke=Color(0.1, 0.5, 0.1)))
    label = along(-size * 2.2, 0)
    marks.captions.append(Caption(say("入口", "Entrance"),
                                  Rect(label[0], label[1], size * 2.4, size * 1.1),
                                  colour=Color(0.1, 0.4, 0.1)))


def chart_marks(plan: ScenePlan, occupants: dict[int, Guest]) -> ChartMarks:
    """Everything drawn for the scene, in layout centimetres."""
    marks = ChartMarks()
    seated = _seat_marks(plan, occupants, marks)
    stages = [e for e in plan.elements.values()
              if ElementKind(e.kind) is ElementKind.FURNITURE
              and e.params["type"] == FurnitureKind.STAGE]
    furniture = [e for e in plan.elements.values() if ElementKind(e.kind) is ElementKind.FURNITURE]
    for element in sorted(furniture, key=lambda e: (e.params["type"] != FurnitureKind.STAGE,
                                                    e.id)):
        _furniture(element, plan, seated, marks)
    for group in seated.values():
        kind = ElementKind(group.element.kind)
        if kind is ElementKind.ROSTRUM:
            on_stage = any(_inside((group.element.x, group.element.y), s) for s in stages)
            _rostrum(plan, group, marks, on_stage)
        elif kind is ElementKind.TABLE:
            _table(plan, group, marks)
        elif kind is ElementKind.SIGNING:
            _signing(plan, group, marks)
        if kind not in (ElementKind.ROSTRUM, ElementKind.TABLE) and group.element.label:
            _caption_behind(plan, group, marks, group.element.label)
    _row_labels(plan, list(seated.values()), marks)
    doors = [e for e in furniture if e.params["type"] == FurnitureKind.DOOR]
    # A group photo's order is read from the camera; no one walks in through the picture.
    if not doors and plan.scene.kind != SceneKind.PHOTO and (marks.seats or marks.outlines):
        _entrance(plan.scene, marks)
    return marks


# ----------------------------------------------------------------------------------------------
# Drawing the marks into a box on the page.


@dataclass(frozen=True)
class ChartStyle:
    name_size: float = 14.0  # the largest a name is set, in points
    caption_size: float = 16.0
    show_ranks: bool = False
    # Category → seat fill; empty for a chart in black and white.
    fills: dict[str, Color] = field(default_factory=dict)


@dataclass(frozen=True)
class _Fit:
    """Layout centimetres to page points: scaled to fit, stage at the top."""

    scale: float
    left: float
    top: float
    bounds: Rect

    def point(self, point: Point) -> Point:
        return (self.left + (point[0] - self.bounds.left) * self.scale,
                self.top - (point[1] - self.bounds.top) * self.scale)

    def box(self, rect: Rect) -> Box:
        x, y = self.point((rect.left, rect.bottom))
        return Box(x, y, rect.width * self.scale, rect.height * self.scale)


def fit(bounds: Rect, box: Box) -> _Fit:
    scale = min(box.width / bounds.width, box.height / bounds.height)
    left = box.x + (box.width - bounds.width * scale) / 2
    top = box.top - (box.height - bounds.height * scale) / 2
    return _Fit(scale, left, top, bounds)


# More lines only when they set the name this much larger: one line reads best.
MORE_LINES = 1.15


def draw_name(canvas: Canvas, name: str, box: Box, font: str, max_size: float) -> None:
    """A name as large as the box allows up to `max_size`, on one line or, when that sets it
    clearly larger, on two or three. A name that cannot fit even at the smallest legible size
    is cut at the box's edge rather than run into its neighbours."""
    text = spaced_name(name)
    best: tuple[float, list[str]] = (0.0, [text])
    most = 1 if len(text.replace(" ", "")) <= LONGEST_UNBROKEN else 3
    for count in range(1, most + 1):
        lines = split_name(text, count)
        if len(lines) < count:
            break
        size = min(fitted_size(line, font, box.width, box.height / count / LINE_GAP, max_size)
                   for line in lines)
        if size > best[0] * MORE_LINES:
            best = (size, lines)
    size, lines = best
    fits = all(stringWidth(line, font, size) <= box.width + 0.01 for line in lines)
    with saved_state(canvas):
        if not fits:
            path = canvas.beginPath()
            path.rect(box.x, box.y, box.width, box.height)
            canvas.clipPath(path, stroke=0, fill=0)
        # Several lines sit together in the middle of the box, a line apart.
        block = box.height if len(lines) == 1 else min(box.height,
                                                       size * LINE_GAP * len(lines))
        row = block / len(lines)
        top = box.centre_y + block / 2
        for index, line in enumerate(lines):
            draw_fitted(canvas, line, Box(box.x, top - (index + 1) * row, box.width, row), font,
                        max_size=size)


def _draw_outline(canvas: Canvas, outline: Outline, at: _Fit) -> None:
    with saved_state(canvas):
        canvas.setFillColor(outline.fill)
        canvas.setStrokeColor(outline.stroke)
        canvas.setLineWidth(1.2 if outline.thick else 0.6)
        if outline.dashed:
            canvas.setDash(2, 2)
        if outline.radius:
            x, y = at.point(outline.points[0])
            canvas.circle(x, y, outline.radius * at.scale, stroke=1, fill=1)
            return
        path = canvas.beginPath()
        points = [at.point(p) for p in outline.points]
        path.moveTo(*points[0])
        for point in points[1:]:
            path.lineTo(*point)
        path.close()
        canvas.drawPath(path, stroke=1, fill=1)


def _draw_caption(canvas: Canvas, caption: Caption, at: _Fit, font: str,
                  max_size: float) -> None:
    box = at.box(caption.rect)
    if not caption.rotation:
        draw_fitted(canvas, caption.text, box, font, max_size=max_size, colour=caption.colour)
        return
    with saved_state(canvas):
        canvas.translate(box.centre_x, box.centre_y)
        # Layout turns are clockwise on screen; the page's y axis points the other way.
        canvas.rotate(-caption.rotation)
        draw_fitted(canvas, caption.text, Box(-box.width / 2, -box.height / 2, box.width,
                                              box.height), font, max_size=max_size,
                    colour=caption.colour)


def _draw_seat(canvas: Canvas, mark: SeatMark, at: _Fit, font: str, style: ChartStyle) -> None:
    box = at.box(mark.rect)
    with saved_state(canvas):
        canvas.setFillColor(style.fills.get(mark.category, white))
        canvas.setStrokeColor(DARK if mark.name else EMPTY_OUTLINE)
        canvas.setLineWidth(0.5)
        if mark.standing:
            canvas.setDash(1.5, 1)
        radius = min(box.width, box.height) * 0.12
        canvas.roundRect(box.x, box.y, box.width, box.height, radius, stroke=1, fill=1)
    if mark.name:
        width, height = _name_box(box)
        draw_name(canvas, mark.name, Box(box.centre_x - width / 2, box.centre_y - height / 2,
                                         width, height), font, style.name_size)
    if style.show_ranks:
        corner = min(box.height * 0.3, box.width * 0.25)
        draw_fitted(canvas, str(mark.rank), Box(box.right - corner * 2.2, box.top - corner,
                                                corner * 2, corner * 0.9), font,
                    max_size=corner, align=Align.RIGHT, valign=Valign.TOP, colour=DARK)


def _draw_tag(canvas: Canvas, mark: SeatMark, at: _Fit, font: str) -> None:
    """主 / 副 (客 at a meeting or signing) in a red disc on the seat's top edge, mostly above
    it so that the name stays clear and the neighbours' boxes are not covered."""
    box = at.box(mark.rect)
    radius = min(box.height * 0.28, box.width * 0.16)
    with saved_state(canvas):
        canvas.setFillColor(TAG_FILL)
        canvas.setStrokeColor(white)
        canvas.setLineWidth(0.4)
        canvas.circle(box.x + radius, box.top + radius / 2, radius, stroke=1, fill=1)
    side = radius * 1.45
    draw_fitted(canvas, mark.tag, Box(box.x + radius - side / 2, box.top + radius / 2 - side / 2,
                                      side, side), font, max_size=side, colour=white)


def draw_chart(canvas: Canvas, marks: ChartMarks, box: Box, font: str,
               style: ChartStyle) -> _Fit:
    """The scene scaled to fit `box`, centred in it."""
    at = fit(marks.bounds(), box)
    for outline in marks.outlines:
        _draw_outline(canvas, outline, at)
    names = name_size(marks, at, font, style)
    for caption in marks.captions:
        _draw_caption(canvas, caption, at, font, min(style.caption_size, caption.scale * names))
    for mark in marks.seats:
        _draw_seat(canvas, mark, at, font, style)
    for mark in marks.seats:
        if mark.tag:
            _draw_tag(canvas, mark, at, font)
    return at


def name_size(marks: ChartMarks, at: _Fit, font: str, style: ChartStyle) -> float:
    """The size most names are set in: that of a three-character name in the commonest box."""
    if not marks.seats:
        return style.name_size
    sizes = sorted(fitted_size("王小明", font, *_name_box(at.box(mark.rect)), style.name_size)
                   for mark in marks.seats)
    return sizes[len(sizes) // 2]


def _name_box(box: Box) -> tuple[float, float]:
    pad = min(box.width, box.height) * 0.08
    return box.width - 2 * pad, box.height - 2 * pad


def draw_legend(canvas: Canvas, fills: dict[str, Color], box: Box, font: str,
                size: float) -> None:
    """A swatch and the name of each coloured category, right-aligned in `box`."""
    x = box.right
    swatch = box.height * 0.7
    with saved_state(canvas):
        canvas.setFont(font, size)
        canvas.setLineWidth(0.5)
        canvas.setStrokeColor(DARK)
        for category, fill in reversed(list(fills.items())):
            label = category_label(category)
            x -= canvas.stringWidth(label, font, size)
            canvas.setFillColor(black)
            canvas.drawString(x, box.centre_y - size * 0.35, label)
            x -= swatch + 1.5 * mm
            canvas.setFillColor(fill)
            canvas.rect(x, box.centre_y - swatch / 2, swatch, swatch, stroke=1, fill=1)
            x -= 5 * mm


def scene_occupants(session: Session, plan: ScenePlan) -> dict[int, Guest]:
    """Seat position → the guest in it, as stored."""
    stored = current_seats(session, plan.scene)
    guests = {guest.id: guest for guest in session.exec(
        select(Guest).where(Guest.id.in_(list(stored))))}  # type: ignore[union-attr]
    occupants = {}
    for guest_id, key in stored.items():
        position = plan.index.get(key)
        if position is not None and guest_id in guests:
            occupants[position] = guests[guest_id]
    return occupants


def scene_chart(session: Session, event: Event, scene: Scene) -> tuple[ScenePlan, ChartMarks]:
    plan = scene_plan(session, event, scene)
    return plan, chart_marks(plan, scene_occupants(session, plan))


# ----------------------------------------------------------------------------------------------
# The document: a page per scene, and a banquet's guests table by table after its chart.

HALL_TEMPLATE = "chart_a3_landscape"
SINGLE_LANDSCAPE = "chart_a4_landscape"
SINGLE_PORTRAIT = "chart_a4_portrait"
LAYOUT: dict[str, Any] = {
    "margin": 10.0,
    "title_size": 20.0,
    "name_size": 14.0,
    "colour_by_category": True,
    "show_ranks": False,
    "table_list": True,
}
# The second page of a banquet chart: many tables side by side, so narrow columns.
TABLE_LIST_WIDTHS = {"number": 8.0, "name": 17.0, "role": 10.0, "organisation": 50.0,
                     "title": 36.0}


def default_template(plan: ScenePlan, marks: ChartMarks) -> str:
    """A3 landscape for a hall; A4 for a rostrum, a single table or a meeting room alone,
    turned to the drawing's shape."""
    seated = [e for e in plan.elements.values() if ElementKind(e.kind) is not ElementKind.FURNITURE]
    single = len(seated) == 1 and ElementKind(seated[0].kind) in (
        ElementKind.ROSTRUM, ElementKind.TABLE, ElementKind.MEETING)
    if not single or not marks.seats:
        return HALL_TEMPLATE
    bounds = marks.bounds()
    return SINGLE_LANDSCAPE if bounds.width >= bounds.height else SINGLE_PORTRAIT


def chart_title(event: Event, scene: Scene) -> str:
    return say(f"{event.name} {scene.name}座次图", f"{event.name}: {scene.name} seating chart")


def _draw_page(canvas: Canvas, template: PageTemplate, event: Event, scene: Scene,
               marks: ChartMarks, font: str) -> None:
    layout = template.layout
    canvas.setPageSize(template.page_size)
    width, height = template.page_size
    margin = layout["margin"] * mm
    span = width - 2 * margin
    title = Box(margin, height - margin - layout["title_size"] * 1.4, span,
                layout["title_size"] * 1.4)
    draw_fitted(canvas, chart_title(event, scene), title, font, max_size=layout["title_size"])
    subtitle = Box(margin, title.y - 16, span, 14)
    draw_fitted(canvas, event_subtitle(event), subtitle, font, max_size=10)
    footer = Box(margin, margin, span, 5 * mm)
    fills = {}
    if layout["colour_by_category"]:
        chosen = {c: colour for c in template.category_colours
                  if (colour := template.colour(c)) is not None}
        fills = category_fills((mark.category for mark in marks.seats), chosen)
    style = ChartStyle(name_size=layout["name_size"], show_ranks=layout["show_ranks"],
                       fills=fills)
    drawing = Box(margin, footer.top + 3 * mm, span, subtitle.y - 4 * mm - footer.top - 3 * mm)
    draw_chart(canvas, marks, drawing, font, style)
    # Which hand is "left" is the commonest misreading of a seating chart; say whose it is.
    viewpoint = say("图中左右为镜头视角", "Left and right as the camera sees them") \
        if scene.kind == SceneKind.PHOTO else say("图中左右为台下视角",
                                                  "Left and right as the audience sees them")
    draw_fitted(canvas, viewpoint,
                Box(footer.x, footer.y, span / 2, footer.height), font, max_size=8.5,
                align=Align.LEFT, colour=DARK)
    if fills:
        draw_legend(canvas, fills, Box(footer.centre_x, footer.y, span / 2, footer.height),
                    font, 8.5)
    canvas.showPage()


def _table_list(session: Session, event: Event, scene: Scene, template: PageTemplate,
                font: str) -> tuple[RuledSheets, list[Section]] | None:
    sections = table_sections(session, event, scene, short_roles=True)
    if not any(section.rows for section in sections):
        return None
    columns = table_columns(TABLE_LIST_WIDTHS)
    style = SheetStyle(page=template.page_size, margin=template.layout["margin"] * mm,
                       title_size=template.layout["title_size"] * 0.8, body_size=8.0,
                       header_size=8.0, row_height=5.0 * mm, padding=0.9 * mm,
                       frame_gap=4 * mm)
    style = replace(style, frames=frames_that_fit(style, columns, 4))
    title = say(f"{event.name} {scene.name} 各桌嘉宾名单",
                f"{event.name}: {scene.name}, guests by table")
    return RuledSheets(style, columns, font, title=title, subtitle=event_subtitle(event)), \
        sections


def build_chart(request: PrintRequest) -> bytes:
    """The seating chart of the scene, or of every scene of the event one after the other."""
    session, event = request.session, request.event
    scenes = [request.scene] if request.scene else event_scenes(session, event.id)
    charts = [(scene, *scene_chart(session, event, scene)) for scene in scenes]
    charts = [(scene, plan, marks) for scene, plan, marks in charts
              if marks.seats or marks.outlines]
    if not charts:
        raise NothingToPrint(say(f"“{event.name}”还没有布置好的场景，请先布置会场",
                                 f"{event.name} has no scene laid out yet; lay out a room first"))
    loaded: dict[str, PageTemplate] = {}

    def template_for(plan: ScenePlan, marks: ChartMarks) -> PageTemplate:
        name = request.template or default_template(plan, marks)
        if name not in loaded:
            loaded[name] = load_page_template(name, "chart", LAYOUT)
        return loaded[name]

    templates = [template_for(plan, marks) for _scene, plan, marks in charts]
    fonts = [template.font(request.font) for template in templates]
    title = chart_title(event, charts[0][0]) if len(charts) == 1 else say(
        f"{event.name} 座次图", f"{event.name}: seating charts")

    def draw_pages(canvas: Canvas) -> None:
        for number, ((scene, _plan, marks), template, font) in enumerate(
                zip(charts, templates, fonts, strict=True), start=1):
            _draw_page(canvas, template, event, scene, marks, font)
            table_list = _table_list(session, event, scene, template, font) \
                if template.layout["table_list"] else None
            if table_list is not None:
                sheets, sections = table_list
                sheets.draw(canvas, sheets.paginate(sections))
            request.step(number, len(charts))

    return render_pdf(templates[0].page_size, title, draw_pages, font=fonts[0])

"""Editing scenes and their layouts, each edit returning what undoing it exactly needs.

Scenes are made, renamed, reordered and deleted; elements added, moved, reshaped, copied and
removed; tables numbered; the entrance and the main table set. Guests unseated by an edit come
back with its undo."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from sqlmodel import Session, col, delete, select

from models.lang import say
from models.layout import ElementKind, FurnitureKind, LayoutError, element_seats, with_defaults
from models.names import normalise_text
from models.scenes import SceneNameRefused, create_scene, event_scenes, scene_elements
from models.seat_ranks import RankSettings, rank_seats
from models.seating import rank_settings
from models.tables import (
    Assignment,
    Element,
    Event,
    Guest,
    PrintRecord,
    Scene,
    SceneKind,
    SeatingSnapshot,
    utcnow,
)


class SceneEditRefused(ValueError):
    """An edit that would break the scene (a table number used twice, a seat given back to a
    guest now seated elsewhere); the message says what and where. Nothing is changed."""


@dataclass(frozen=True)
class SeatedGuest:
    """A guest in one seat of an element, as an undo gives it back."""

    seat: str
    guest_id: int
    locked: bool = False


@dataclass(frozen=True)
class ElementState:
    """An element as stored at one moment. `seated` lists the guests an undo must seat again
    (those the edit unseated); it is empty when the edit left the seating alone."""

    kind: str
    x: float
    y: float
    rotation: float
    label: str
    params: dict[str, Any]
    seated: tuple[SeatedGuest, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The element without its guests: what a copy carries to the clipboard."""
        return {"kind": self.kind, "x": self.x, "y": self.y, "rotation": self.rotation,
                "label": self.label, "params": self.params}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ElementState:
        """An element read back from the clipboard; its parameters are checked."""
        try:
            kind = str(data["kind"])
            params = with_defaults(kind, dict(data.get("params") or {}))
            return cls(kind=kind, x=float(data.get("x", 0.0)), y=float(data.get("y", 0.0)),
                       rotation=float(data.get("rotation", 0.0)),
                       label=str(data.get("label", "")), params=params)
        except (KeyError, TypeError, ValueError) as error:
            if isinstance(error, LayoutError):
                raise
            raise LayoutError(say(f"无法读取复制的元素：{error}",
                                  f"The copied element cannot be read: {error}")) from error


@dataclass(frozen=True)
class LayoutEdit:
    """One user edit of a scene's layout: each touched element before and after (None: it did
    not exist), and the entrance before and after when it moved."""

    scene_id: int
    before: dict[int, ElementState | None]
    after: dict[int, ElementState | None]
    entrance_before: tuple[float, float] | None = None
    entrance_after: tuple[float, float] | None = None
    unseated_guest_ids: list[int] = field(default_factory=list)

    def added_ids(self) -> list[int]:
        return sorted(i for i, state in self.after.items() if state is not None
                      and self.before.get(i) is None)


def _state(element: Element, seated: tuple[SeatedGuest, ...] = ()) -> ElementState:
    # A copy of the parameters: the stored dict may change under a later edit.
    return ElementState(kind=element.kind, x=element.x, y=element.y, rotation=element.rotation,
                        label=element.label, params=with_defaults(element.kind, element.params),
                        seated=seated)


def _seated(session: Session, element_id: int, keys: set[str] | None = None
            ) -> tuple[SeatedGuest, ...]:
    """The guests in the element's seats; only those in `keys` when given."""
    query = select(Assignment).where(Assignment.element_id == element_id)
    rows = [a for a in session.exec(query) if keys is None or a.seat in keys]
    return tuple(SeatedGuest(a.seat, a.guest_id, a.locked) for a in
                 sorted(rows, key=lambda a: a.seat))


def _scene(session: Session, scene_id: int) -> Scene:
    scene = session.get(Scene, scene_id)
    if scene is None:
        raise SceneEditRefused(say("该场景已不存在（可能已在别处删除）",
                                   "The scene no longer exists (it may have been deleted "
                                   "elsewhere)"))
    return scene


def _element(session: Session, element_id: int) -> Element:
    element = session.get(Element, element_id)
    if element is None:
        raise SceneEditRefused(say("该元素已不存在（可能已在别处删除）",
                                   "The element no longer exists (it may have been deleted "
                                   "elsewhere)"))
    return element


def _touch(session: Session, scene: Scene) -> None:
    scene.updated_at = utcnow()
    session.add(scene)


# Elements


def _is_table(kind: str) -> bool:
    return kind == ElementKind.TABLE


def _tables(session: Session, scene_id: int) -> list[Element]:
    return [e for e in scene_elements(session, scene_id) if _is_table(e.kind)]


def _check_number(tables: list[Element], element: Element | None,
                  params: dict[str, Any]) -> None:
    """A table's own number and name are refused when another table of the scene has them."""
    number, name = params.get("number"), normalise_text(str(params.get("name") or ""))
    for table in tables:
        if table is element:
            continue
        if number and table.params.get("number") == number:
            raise SceneEditRefused(say(
                f"桌号 {number} 已被本场景的另一张桌（{_where(table)}）使用",
                f"Table number {number} is already used by another table of this scene "
                f"({_where(table)})"))
        if name and normalise_text(str(table.params.get("name") or "")) == name:
            raise SceneEditRefused(say(
                f"桌名“{name}”已被本场景的另一张桌（{_where(table)}）使用",
                f"The table name {name!r} is already used by another table of this scene "
                f"({_where(table)})"))


def _where(element: Element) -> str:
    return say(f"位于 {element.x:.0f}, {element.y:.0f} 厘米",
               f"at {element.x:.0f}, {element.y:.0f} cm")


def _clear_other_mains(session: Session, scene_id: int, main_id: int,
                       before: dict[int, ElementState | None],
                       after: dict[int, ElementState | None]) -> None:
    """A scene has one main table: making one main makes every other one ordinary."""
    for table in _tables(session, scene_id):
        if table.id != main_id and table.params.get("main"):
            before.setdefault(table.id, _state(table))
            table.params = {**table.params, "main": False}
            session.add(table)
            after[table.id] = _state(table)


def add_elements(session: Session, scene_id: int, states: list[ElementState]) -> LayoutEdit:
    """New elements in the scene, as given (their parameters checked and completed)."""
    scene = _scene(session, scene_id)
    tables = _tables(session, scene_id)
    added = []
    for state in states:
        params = with_defaults(state.kind, state.params)
        element = Element(scene_id=scene_id, kind=state.kind, x=state.x, y=state.y,
                          rotation=state.rotation % 360, label=state.label, params=params)
        if _is_table(state.kind):
            _check_number(tables, None, params)
            tables.append(element)
        added.append(element)
    session.add_all(added)
    session.flush()
    before: dict[int, ElementState | None] = {}
    after: dict[int, ElementState | None] = {}
    mains = [e for e in added if _is_table(e.kind) and e.params["main"]]
    if mains:
        # One main table: the last one given, when several are.
        assert mains[-1].id is not None
        _clear_other_mains(session, scene_id, mains[-1].id, before, after)
    for element in added:
        assert element.id is not None
        before[element.id] = None
        after[element.id] = _state(element)
    _touch(session, scene)
    session.flush()
    return LayoutEdit(scene_id, before, after)


def paste_elements(session: Session, scene_id: int, copied: list[ElementState],
                   offset: tuple[float, float] = (0.0, 0.0)) -> LayoutEdit:
    """Copies of elements, shifted by `offset`. A copied table keeps its number, name and main
    table mark only where no other table of the scene has them, so none is used twice."""
    numbers = {t.params.get("number") for t in _tables(session, scene_id)} - {None, 0}
    names = {normalise_text(str(t.params.get("name") or "")) for t in _tables(session, scene_id)}
    has_main = any(t.params.get("main") for t in _tables(session, scene_id))
    pasted = []
    for state in copied:
        params = dict(state.params)
        if _is_table(state.kind):
            if params.get("number") in numbers:
                params["number"] = None
            if normalise_text(str(params.get("name") or "")) in names:
                params["name"] = ""
            if params.get("main") and has_main:
                params["main"] = False
            numbers.add(params.get("number"))
            names.add(normalise_text(str(params.get("name") or "")))
            has_main = has_main or bool(params.get("main"))
        pasted.append(replace(state, x=state.x + offset[0], y=state.y + offset[1],
                              params=params, seated=()))
    return add_elements(session, scene_id, pasted)


def place_elements(session: Session, places: dict[int, dict[str, float]]) -> LayoutEdit:
    """Move and turn elements: `places` gives each element's new x, y and/or rotation. The
    seats move with them; no one loses a seat."""
    if not places:
        raise SceneEditRefused(say("没有要移动的元素", "No element to move"))
    before: dict[int, ElementState | None] = {}
    after: dict[int, ElementState | None] = {}
    scene_id = None
    for element_id, place in places.items():
        element = _element(session, element_id)
        scene_id = element.scene_id
        before[element_id] = _state(element)
        for name in ("x", "y", "rotation"):
            if name in place:
                value = float(place[name])
                if not math.isfinite(value):
                    raise SceneEditRefused(say(f"{name} 应为数字", f"{name} must be a number"))
                setattr(element, name, round(value % 360 if name == "rotation" else value, 1))
        session.add(element)
        after[element_id] = _state(element)
    assert scene_id is not None
    _touch(session, _scene(session, scene_id))
    session.flush()
    return LayoutEdit(scene_id, before, after)


def change_element(session: Session, element_id: int, *, label: str | None = None,
                   **params: Any) -> LayoutEdit:
    """Rename or reshape an element. Guests in seats the new shape lacks lose them (and get them
    back on undo); making a table the main table makes the others ordinary; a table number or
    name another table has is refused."""
    element = _element(session, element_id)
    new_params = with_defaults(element.kind, {**element.params, **params})
    if _is_table(element.kind):
        _check_number(_tables(session, element.scene_id), element, new_params)
    keys = {seat.key for seat in element_seats(element_id, element.kind, new_params)}
    lost = tuple(s for s in _seated(session, element_id) if s.seat not in keys)
    before: dict[int, ElementState | None] = {element_id: _state(element, lost)}
    after: dict[int, ElementState | None] = {}
    if label is not None:
        element.label = normalise_text(label)
    element.params = new_params
    session.add(element)
    session.exec(delete(Assignment).where(col(Assignment.element_id) == element_id,
                                          col(Assignment.seat).in_([s.seat for s in lost])))
    if _is_table(element.kind) and new_params["main"]:
        _clear_other_mains(session, element.scene_id, element_id, before, after)
    after[element_id] = _state(element)
    _touch(session, _scene(session, element.scene_id))
    session.flush()
    return LayoutEdit(element.scene_id, before, after,
                      unseated_guest_ids=sorted(s.guest_id for s in lost))


def set_main_table(session: Session, element_id: int, main: bool = True) -> LayoutEdit:
    """Make a table the scene's one main table (the others stop being it), or an ordinary one."""
    element = _element(session, element_id)
    if not _is_table(element.kind):
        raise SceneEditRefused(say("只有餐桌可以设为主桌", "Only a table can be the main table"))
    return change_element(session, element_id, main=main)


def remove_elements(session: Session, element_ids: list[int]) -> LayoutEdit:
    """Delete elements; the guests seated in them lose those seats until the removal is
    undone."""
    if not element_ids:
        raise SceneEditRefused(say("没有要删除的元素", "No element to delete"))
    before: dict[int, ElementState | None] = {}
    after: dict[int, ElementState | None] = {}
    unseated: list[int] = []
    scene_id = None
    for element_id in element_ids:
        element = _element(session, element_id)
        scene_id = element.scene_id
        seated = _seated(session, element_id)
        unseated.extend(s.guest_id for s in seated)
        before[element_id] = _state(element, seated)
        after[element_id] = None
        session.exec(delete(Assignment).where(col(Assignment.element_id) == element_id))
        session.delete(element)
    assert scene_id is not None
    _touch(session, _scene(session, scene_id))
    session.flush()
    return LayoutEdit(scene_id, before, after, unseated_guest_ids=sorted(unseated))


def set_entrance(session: Session, scene_id: int, x: float, y: float) -> LayoutEdit:
    """Where guests come in: the tables far from it rank higher."""
    scene = _scene(session, scene_id)
    previous = (scene.entrance_x, scene.entrance_y)
    scene.entrance_x, scene.entrance_y = round(float(x), 1), round(float(y), 1)
    _touch(session, scene)
    session.flush()
    return LayoutEdit(scene_id, {}, {}, entrance_before=previous,
                      entrance_after=(scene.entrance_x, scene.entrance_y))


def seated_guest_names(session: Session, guest_ids: list[int]) -> list[str]:
    """The names of guests, in the order given: what a warning before an edit lists."""
    if not guest_ids:
        return []
    rows = session.exec(select(Guest.id, Guest.name).where(col(Guest.id).in_(guest_ids)))
    names = {guest_id: name for guest_id, name in rows}
    return [names[g] for g in guest_ids if g in names]


def guests_losing_seats(session: Session, element_id: int, *, removed: bool = False,
                        **params: Any) -> list[int]:
    """The guests an edit would unseat, asked before making it: all of the element's when it
    is removed, else those in seats its new parameters lack."""
    element = _element(session, element_id)
    seated = _seated(session, element_id)
    if removed:
        return sorted(s.guest_id for s in seated)
    new_params = with_defaults(element.kind, {**element.params, **params})
    keys = {seat.key for seat in element_seats(element_id, element.kind, new_params)}
    return sorted(s.guest_id for s in seated if s.seat not in keys)


# Undo and redo


def undo_edit(session: Session, edit: LayoutEdit) -> None:
    """Put every element the edit touched back as it was, its unseated guests in their seats."""
    _apply(session, edit.scene_id, edit.before, edit.entrance_before)


def redo_edit(session: Session, edit: LayoutEdit) -> None:
    _apply(session, edit.scene_id, edit.after, edit.entrance_after)


def _apply(session: Session, scene_id: int, states: dict[int, ElementState | None],
           entrance: tuple[float, float] | None) -> None:
    scene = _scene(session, scene_id)
    for element_id, state in states.items():
        _put(session, scene_id, element_id, state)
    if entrance is not None:
        scene.entrance_x, scene.entrance_y = entrance
    _touch(session, scene)
    session.flush()


def _put(session: Session, scene_id: int, element_id: int, state: ElementState | None) -> None:
    element = session.get(Element, element_id)
    if state is None:
        if element is not None:
            session.exec(delete(Assignment).where(col(Assignment.element_id) == element_id))
            session.delete(element)
            session.flush()
        return
    if element is None:
        element = Element(id=element_id, scene_id=scene_id, kind=state.kind)
    element.x, element.y, element.rotation = state.x, state.y, state.rotation
    element.label, element.params = state.label, dict(state.params)
    session.add(element)
    session.flush()
    keys = {seat.key for seat in element_seats(element_id, state.kind, state.params)}
    session.exec(delete(Assignment).where(col(Assignment.element_id) == element_id,
                                          col(Assignment.seat).not_in(keys)))
    session.flush()
    for seated in state.seated:
        _reseat(session, scene_id, element_id, seated)


def _reseat(session: Session, scene_id: int, element_id: int, seated: SeatedGuest) -> None:
    guest = session.get(Guest, seated.guest_id)
    if guest is None:
        # Deleted since: there is no one to give the seat back to.
        return
    in_seat = session.exec(select(Assignment).where(Assignment.element_id == element_id,
                                                    Assignment.seat == seated.seat)).first()
    if in_seat is not None and in_seat.guest_id == seated.guest_id:
        return
    elsewhere = session.exec(select(Assignment).where(
        Assignment.scene_id == scene_id, Assignment.guest_id == seated.guest_id)).first()
    if in_seat is not None or elsewhere is not None:
        raise SceneEditRefused(say(
            f"无法还原：{guest.name} 的原座位已有人或其本人已另有座位",
            f"Cannot undo: {guest.name}'s seat is taken, or {guest.name} has another seat now"))
    session.add(Assignment(scene_id=scene_id, element_id=element_id, seat=seated.seat,
                           guest_id=seated.guest_id, locked=seated.locked))


# Table numbers


class Numbering(StrEnum):
    RANK = "rank"
    POSITION = "position"


# Tables whose centres are less than this far apart front to back stand in one row.
ROW_TOLERANCE = 60.0


def tables_by_position(tables: list[Element]) -> list[Element]:
    """Left to right in rows, the front row (nearest the stage, smallest y) first."""
    rows: list[list[Element]] = []
    for table in sorted(tables, key=lambda t: (t.y, t.x, t.id or 0)):
        if rows and table.y - rows[-1][0].y < ROW_TOLERANCE:
            rows[-1].append(table)
        else:
            rows.append([table])
    return [t for row in rows for t in sorted(row, key=lambda t: (t.x, t.id or 0))]


def tables_by_rank(tables: list[Element], settings: RankSettings) -> list[Element]:
    """The protocol order of the tables: the main table first, then by closeness to it."""
    unnumbered = [Element(id=t.id, scene_id=t.scene_id, kind=t.kind, x=t.x, y=t.y,
                          rotation=t.rotation, params={**t.params, "number": None})
                  for t in tables]
    order: list[int] = []
    for ranked in rank_seats(unnumbered, settings):
        if ranked.group not in order:
            order.append(ranked.group)
    by_id = {t.id: t for t in tables}
    return [by_id[i] for i in order]


def number_tables(session: Session, scene_id: int, numbering: Numbering) -> LayoutEdit:
    """Number every table of the scene 1, 2, 3 … in protocol rank or in position order."""
    scene = _scene(session, scene_id)
    tables = _tables(session, scene_id)
    if not tables:
        raise SceneEditRefused(say("本场景没有餐桌可编号", "This scene has no tables to number"))
    if numbering is Numbering.RANK:
        event = session.get(Event, scene.event_id)
        assert event is not None
        ordered = tables_by_rank(tables, rank_settings(event, scene))
    else:
        ordered = tables_by_position(tables)
    before: dict[int, ElementState | None] = {}
    after: dict[int, ElementState | None] = {}
    for number, table in enumerate(ordered, start=1):
        assert table.id is not None
        before[table.id] = _state(table)
        table.params = {**table.params, "number": number}
        session.add(table)
        after[table.id] = _state(table)
    _touch(session, scene)
    session.flush()
    return LayoutEdit(scene_id, before, after)


# Geometry: pure functions on positions, for aligning, distributing and snapping


@dataclass(frozen=True)
class Box:
    """An element's position (its centre) and the extent it covers in the room, in cm."""

    x: float
    y: float
    left: float
    top: float
    right: float
    bottom: float


class Alignment(StrEnum):
    LEFT = "left"
    CENTRE = "centre"
    RIGHT = "right"
    TOP = "top"
    MIDDLE = "middle"
    BOTTOM = "bottom"


def align(boxes: dict[int, Box], how: Alignment) -> dict[int, tuple[float, float]]:
    """New positions lining the elements up on the outermost edge (or the common centre line)."""
    if not boxes:
        return {}
    values = list(boxes.values())
    if how is Alignment.LEFT:
        target = min(b.left for b in values)
        return {i: (b.x + target - b.left, b.y) for i, b in boxes.items()}
    if how is Alignment.RIGHT:
        target = max(b.right for b in values)
        return {i: (b.x + target - b.right, b.y) for i, b in boxes.items()}
    if how is Alignment.CENTRE:
        target = (min(b.left for b in values) + max(b.right for b in values)) / 2
        return {i: (b.x + target - (b.left + b.right) / 2, b.y) for i, b in boxes.items()}
    if how is Alignment.TOP:
        target = min(b.top for b in values)
        return {i: (b.x, b.y + target - b.top) for i, b in boxes.items()}
    if how is Alignment.BOTTOM:
        target = max(b.bottom for b in values)
        return {i: (b.x, b.y + target - b.bottom) for i, b in boxes.items()}
    target = (min(b.top for b in values) + max(b.bottom for b in values)) / 2
    return {i: (b.x, b.y + target - (b.top + b.bottom) / 2) for i, b in boxes.items()}


def distribute(boxes: dict[int, Box], *, horizontal: bool) -> dict[int, tuple[float, float]]:
    """Equal gaps between neighbours; the first and last elements stay where they are."""
    if len(boxes) < 3:
        return {i: (b.x, b.y) for i, b in boxes.items()}
    if horizontal:
        order = sorted(boxes, key=lambda i: ((boxes[i].left + boxes[i].right) / 2, i))
        first, last = boxes[order[0]], boxes[order[-1]]
        sizes = sum(boxes[i].right - boxes[i].left for i in order)
        gap = (last.right - first.left - sizes) / (len(order) - 1)
        out, edge = {}, first.left
        for i in order:
            b = boxes[i]
            out[i] = (b.x + edge - b.left, b.y)
            edge += b.right - b.left + gap
        return out
    order = sorted(boxes, key=lambda i: ((boxes[i].top + boxes[i].bottom) / 2, i))
    first, last = boxes[order[0]], boxes[order[-1]]
    sizes = sum(boxes[i].bottom - boxes[i].top for i in order)
    gap = (last.bottom - first.top - sizes) / (len(order) - 1)
    out, edge = {}, first.top
    for i in order:
        b = boxes[i]
        out[i] = (b.x, b.y + edge - b.top)
        edge += b.bottom - b.top + gap
    return out


def snap(value: float, grid: float) -> float:
    """The nearest multiple of the grid (cm); a grid of 0 leaves the value alone."""
    if grid <= 0:
        return value
    return round(round(value / grid) * grid, 1)


def snap_positions(positions: dict[int, tuple[float, float]], grid: float
                   ) -> dict[int, tuple[float, float]]:
    return {i: (snap(x, grid), snap(y, grid)) for i, (x, y) in positions.items()}


# Scenes


# What a new scene of each kind starts with: the usual room, ready to adjust.
_STARTING_ELEMENTS: dict[str, list[ElementState]] = {
    SceneKind.HALL: [
        ElementState(ElementKind.FURNITURE, 0, -200, 0, "舞台",
                     {"type": FurnitureKind.STAGE.value, "width": 1000, "height": 240}),
        ElementState(ElementKind.ROSTRUM, 0, -200, 0, "主席台", {"rows": [7]}),
        ElementState(ElementKind.BLOCK, 0, 400, 0, "", {"rows": 8, "columns": 12,
                                                        "aisles": [6]}),
    ],
    SceneKind.BANQUET: [
        ElementState(ElementKind.FURNITURE, 0, -350, 0, "舞台",
                     {"type": FurnitureKind.STAGE.value, "width": 900, "height": 150}),
        ElementState(ElementKind.TABLE, 0, 0, 0, "", {"seats": 12, "size": 240, "main": True}),
        *(ElementState(ElementKind.TABLE, x, y, 0, "", {"seats": 10})
          for y in (450, 900) for x in (-450, 0, 450)),
    ],
    SceneKind.MEETING: [ElementState(ElementKind.MEETING, 0, 0, 0, "", {})],
    SceneKind.SIGNING: [
        ElementState(ElementKind.FURNITURE, 0, -300, 0, "背景屏",
                     {"type": FurnitureKind.SCREEN.value, "width": 1200, "height": 40}),
        ElementState(ElementKind.SIGNING, 0, 0, 0, "签字台", {}),
    ],
    SceneKind.PHOTO: [ElementState(ElementKind.PHOTO, 0, 0, 0, "合影台", {})],
    SceneKind.OTHER: [],
}
# Where guests come in, for each kind's starting room: at the back, facing the stage.
_STARTING_ENTRANCE_Y = {SceneKind.HALL: 1300, SceneKind.BANQUET: 1300, SceneKind.MEETING: 900,
                        SceneKind.SIGNING: 900, SceneKind.PHOTO: 800, SceneKind.OTHER: 1000}


def new_scene(session: Session, event_id: int, name: str, kind: str = SceneKind.HALL, *,
              starting_layout: bool = True) -> Scene:
    """A new scene after the event's last, with the usual room of its kind when asked."""
    scene_kind = SceneKind(kind)
    scene = create_scene(session, event_id, name, scene_kind, entrance_x=0.0,
                         entrance_y=float(_STARTING_ENTRANCE_Y[scene_kind]))
    assert scene.id is not None
    if starting_layout and _STARTING_ELEMENTS[scene_kind]:
        add_elements(session, scene.id, _STARTING_ELEMENTS[scene_kind])
    return scene


def rename_scene(session: Session, scene_id: int, name: str) -> str:
    """Give the scene a new name; returns the old one. An empty name or one the event already
    uses is refused."""
    scene = _scene(session, scene_id)
    name = normalise_text(name)
    if not name:
        raise SceneNameRefused(say("场景名称不能为空", "The scene needs a name"))
    taken = select(Scene.id).where(Scene.event_id == scene.event_id, Scene.name == name,
                                   Scene.id != scene_id)
    if session.exec(taken).first() is not None:
        raise SceneNameRefused(say(f"本活动已有名为“{name}”的场景",
                                   f"This event already has a scene named {name!r}"))
    previous = scene.name
    scene.name = name
    _touch(session, scene)
    session.flush()
    return previous


def reorder_scenes(session: Session, event_id: int, scene_ids: list[int]) -> list[int]:
    """Put the event's scenes in the order given; returns the order before, for undo."""
    scenes = event_scenes(session, event_id)
    previous = [s.id for s in scenes if s.id is not None]
    if sorted(scene_ids) != sorted(previous):
        raise SceneEditRefused(say("场景列表已在别处改变，请重试",
                                   "The event's scenes changed elsewhere; try again"))
    by_id = {s.id: s for s in scenes}
    for position, scene_id in enumerate(scene_ids):
        by_id[scene_id].position = position
        session.add(by_id[scene_id])
    session.flush()
    return previous


@dataclass(frozen=True)
class SavedScene:
    """A deleted scene with everything that went with it, to bring it back exactly."""

    scene: dict[str, Any]
    elements: list[dict[str, Any]]
    assignments: list[dict[str, Any]]
    snapshots: list[dict[str, Any]]
    print_records: list[dict[str, Any]]

    @property
    def seated_count(self) -> int:
        return len(self.assignments)


def _rows(session: Session, model: Any, column: Any, scene_id: int) -> list[dict[str, Any]]:
    return [row.model_dump() for row in session.exec(select(model).where(column == scene_id))]


def save_scene(session: Session, scene_id: int) -> SavedScene:
    """The scene with its elements, seats, seating records and print records, as they are."""
    scene = _scene(session, scene_id)
    return SavedScene(
        scene=scene.model_dump(),
        elements=_rows(session, Element, Element.scene_id, scene_id),
        assignments=_rows(session, Assignment, Assignment.scene_id, scene_id),
        snapshots=_rows(session, SeatingSnapshot, SeatingSnapshot.scene_id, scene_id),
        print_records=_rows(session, PrintRecord, PrintRecord.scene_id, scene_id))


def delete_scene(session: Session, scene_id: int) -> SavedScene:
    """Delete a scene, its elements and its guests' seats in it; returns all of it for undo."""
    saved = save_scene(session, scene_id)
    scene = _scene(session, scene_id)
    # Children first: the ORM knows no cascade, and the rows must not linger in the session.
    for model, column in ((Assignment, Assignment.scene_id), (Element, Element.scene_id),
                          (SeatingSnapshot, SeatingSnapshot.scene_id),
                          (PrintRecord, PrintRecord.scene_id)):
        session.exec(delete(model).where(column == scene_id))
    session.delete(scene)
    session.flush()
    session.expire_all()
    return saved


def restore_scene(session: Session, saved: SavedScene) -> Scene:
    """Bring a deleted scene back as it was, with the same ids, elements and seats. Seats of
    guests deleted since stay empty; a name another scene took since is refused."""
    name = saved.scene["name"]
    taken = select(Scene.id).where(Scene.event_id == saved.scene["event_id"], Scene.name == name)
    if session.exec(taken).first() is not None:
        raise SceneNameRefused(say(f"无法还原：本活动已有名为“{name}”的场景",
                                   f"Cannot undo: the event already has a scene named {name!r}"))
    scene = Scene(**saved.scene)
    session.add(scene)
    session.flush()
    session.add_all(Element(**row) for row in saved.elements)
    session.flush()
    guests = set(session.exec(select(Guest.id).where(Guest.event_id == scene.event_id)))
    session.add_all(Assignment(**row) for row in saved.assignments if row["guest_id"] in guests)
    session.add_all(SeatingSnapshot(**row) for row in saved.snapshots)
    session.add_all(PrintRecord(**row) for row in saved.print_records)
    session.flush()
    return scene

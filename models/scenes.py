"""Scenes and their elements in storage: creating, changing and reading the seats of a scene."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, delete, func, select

from models.lang import say
from models.layout import Seat, element_seats, with_defaults
from models.names import normalise_text
from models.tables import Assignment, Element, Scene, SceneKind, utcnow


class SceneNotFound(LookupError):
    """No scene of that name in the event; the message names it."""


class SceneNameRefused(ValueError):
    """An empty scene name, or one the event already uses."""


def create_scene(session: Session, event_id: int, name: str, kind: str = SceneKind.HALL,
                 **fields: Any) -> Scene:
    name = normalise_text(name)
    if not name:
        raise SceneNameRefused(say("场景名称不能为空", "The scene needs a name"))
    taken = select(Scene.id).where(Scene.event_id == event_id, Scene.name == name)
    if session.exec(taken).first() is not None:
        raise SceneNameRefused(say(f"本活动已有名为“{name}”的场景",
                                   f"This event already has a scene named {name!r}"))
    # After the last scene, even when scenes were removed or moved: a count could reuse a place.
    last = session.exec(select(func.max(Scene.position)).where(Scene.event_id == event_id)).one()
    position = 0 if last is None else last + 1
    scene = Scene(event_id=event_id, name=name, kind=SceneKind(kind).value, position=position,
                  **fields)
    session.add(scene)
    session.flush()
    return scene


def event_scenes(session: Session, event_id: int) -> list[Scene]:
    query = select(Scene).where(Scene.event_id == event_id).order_by(Scene.position, Scene.id)
    return list(session.exec(query))


def find_scene(session: Session, event_id: int, name: str) -> Scene:
    # Names are stored normalised (create_scene); look them up the same way.
    name = normalise_text(name)
    query = select(Scene).where(Scene.event_id == event_id, Scene.name == name)
    scene = session.exec(query).first()
    if scene is None:
        raise SceneNotFound(say(f"本活动没有名为“{name}”的场景", f"No scene named {name!r}"))
    return scene


def add_element(session: Session, scene: Scene, kind: str, *, x: float = 0.0, y: float = 0.0,
                rotation: float = 0.0, label: str = "", **params: Any) -> Element:
    """An element placed in the scene; its parameters are checked and completed with defaults."""
    element = Element(scene_id=scene.id, kind=kind, x=x, y=y, rotation=rotation, label=label,
                      params=with_defaults(kind, params))
    session.add(element)
    session.flush()
    scene.updated_at = utcnow()
    return element


@dataclass(frozen=True)
class ElementChange:
    """What changing an element did to the seating: guests whose seat no longer exists."""

    element: Element
    unseated_guest_ids: list[int]


def change_element(session: Session, element: Element, *, x: float | None = None,
                   y: float | None = None, rotation: float | None = None,
                   label: str | None = None, **params: Any) -> ElementChange:
    """Move, turn, rename or reshape an element. Guests in seats that the new shape no longer
    has lose those seats, and are reported, in the same transaction. Parameters that describe
    no element raise LayoutError before anything is changed."""
    new_params = with_defaults(element.kind, {**element.params, **params}) if params else None
    if x is not None:
        element.x = x
    if y is not None:
        element.y = y
    if rotation is not None:
        element.rotation = rotation % 360
    if label is not None:
        element.label = label
    unseated: list[int] = []
    if new_params is not None:
        element.params = new_params
        keys = {seat.key for seat in element_seats(element.id, element.kind, element.params)}
        stale = select(Assignment).where(Assignment.element_id == element.id,
                                         col(Assignment.seat).not_in(keys))
        for assignment in session.exec(stale):
            unseated.append(assignment.guest_id)
            session.delete(assignment)
    session.add(element)
    session.flush()
    return ElementChange(element=element, unseated_guest_ids=sorted(unseated))


def remove_element(session: Session, element: Element) -> list[int]:
    """Delete an element; returns the guests who were seated in it."""
    query = select(Assignment.guest_id).where(Assignment.element_id == element.id)
    unseated = sorted(session.exec(query))
    session.exec(delete(Assignment).where(col(Assignment.element_id) == element.id))
    session.delete(element)
    session.flush()
    return unseated


def scene_elements(session: Session, scene_id: int) -> list[Element]:
    query = select(Element).where(Element.scene_id == scene_id).order_by(Element.id)
    return list(session.exec(query))


def scene_seats(elements: list[Element]) -> list[Seat]:
    """Every seat of the scene's elements, placed in the room."""
    seats: list[Seat] = []
    for element in elements:
        seats.extend(element_seats(element.id, element.kind, element.params, x=element.x,
                                   y=element.y, rotation=element.rotation))
    return seats

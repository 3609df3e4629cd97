"""Seat addresses in the user's words: "主会场 第3排 12座", "宴会 主桌 2座"."""

from __future__ import annotations

from models.lang import say
from models.layout import ElementKind, Seat
from models.tables import Element

_ELEMENT_NAMES = {
    ElementKind.ROSTRUM: ("主席台", "Rostrum"),
    ElementKind.MEETING: ("会见厅", "Meeting room"),
    ElementKind.SIGNING: ("签字台", "Signing table"),
    ElementKind.PHOTO: ("合影", "Group photo"),
    ElementKind.BLOCK: ("", ""),
}


def table_name(element: Element, table_number: int | None) -> str:
    """The name a table goes by: its own name, 主桌 for the main table, or its number."""
    name = str(element.params.get("name") or element.label or "")
    if name:
        return name
    if element.params.get("main"):
        return say("主桌", "Main table")
    number = element.params.get("number") or table_number
    if number is None:
        # A table not yet ranked has no number to give; never print "第None桌".
        return say("餐桌", "Table")
    return say(f"第{number}桌", f"Table {number}")


def seat_label(element: Element, seat: Seat, table_number: int | None = None) -> str:
    """Where in the scene the seat is, without the scene's name."""
    kind = ElementKind(element.kind)
    if kind is ElementKind.TABLE:
        return say(f"{table_name(element, table_number)} {seat.number}座",
                   f"{table_name(element, table_number)}, seat {seat.number}")
    zh, en = _ELEMENT_NAMES.get(kind, ("", ""))
    place = element.label or say(zh, en)
    if kind in (ElementKind.MEETING, ElementKind.SIGNING) and seat.standing:
        text = say(f"后排 {seat.row}排{seat.number}位",
                   f"standing row {seat.row}, place {seat.number}")
    elif kind in (ElementKind.MEETING, ElementKind.SIGNING):
        side = say("客方", "guest side") if seat.role.startswith("guest") else say(
            "主方", "host side")
        text = say(f"{side}{seat.number}号", f"{side} {seat.number}")
    else:
        text = say(f"第{seat.row}排 {seat.number}座", f"row {seat.row}, seat {seat.number}")
    if not place:
        return text
    return say(f"{place} {text}", f"{place}, {text}")


def full_seat_label(scene_name: str, element: Element, seat: Seat,
                    table_number: int | None = None) -> str:
    """The seat with its scene: what a guest is told at the sign-in desk."""
    return say(f"{scene_name} {seat_label(element, seat, table_number)}",
               f"{scene_name}, {seat_label(element, seat, table_number)}")

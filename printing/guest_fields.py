"""The guests a document prints, in the order it prints them, with their seats; and the fields a
template can print about each of them."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session, select

from models.lang import say
from models.precedence import in_precedence_order
from models.print_records import event_seats
from models.seating import seated_in_seat_order
from models.signin_code import signin_payload
from models.tables import NOT_EXPECTED, Event, Guest, Scene
from models.vocab import category_label


@dataclass(frozen=True)
class PrintedGuest:
    """A guest as a document prints them: `seat` in the chosen scene (empty without one), and
    `seats`, where they sit, named with the scene: in the chosen scene only, or without one in
    every scene of the event. A badge printed for the banquet tells the banquet seat alone."""

    guest: Guest
    seat: str = ""
    seats: tuple[str, ...] = field(default=())


def guests_to_print(session: Session, event: Event, scene: Scene | None,
                    guest_ids: Collection[int] | None = None) -> list[PrintedGuest]:
    """With a scene, everyone seated in it, in the scene's seat order (best seat first: the
    order in which cards are laid out on the tables). Without one, every expected guest in order
    of precedence. `guest_ids` keeps only those guests, in the same order."""
    return [person for person in _all_to_print(session, event, scene)
            if guest_ids is None or person.guest.id in guest_ids]


def _all_to_print(session: Session, event: Event, scene: Scene | None) -> list[PrintedGuest]:
    guests = {g.id: g for g in session.exec(select(Guest).where(Guest.event_id == event.id))}
    if scene is None:
        seats = event_seats(session, event)
        expected = [g for g in guests.values() if g.rsvp not in NOT_EXPECTED]
        ordered = in_precedence_order(expected, event.tie_break,
                                      whole_name=event.stroke_whole_name)
        return [PrintedGuest(g, "", tuple(seats.get(g.id, ()))) for g in ordered]
    named = dict(seated_in_seat_order(session, event, scene, with_scene=True))
    return [PrintedGuest(guests[guest_id], label, (named[guest_id],))
            for guest_id, label in seated_in_seat_order(session, event, scene)]


def event_date(event: Event, *, chinese: bool | None = None) -> str:
    """"2026年5月20日", or a span "2026年5月20日至22日" when the event lasts several days; in
    Chinese or English as `chinese` says, else in the language in use."""
    start, end = event.starts_on, event.ends_on
    if start is None:
        return ""
    first = _day(start, chinese=chinese)
    if end is None or end == start:
        return first
    if (end.year, end.month) == (start.year, start.month):
        return _written(f"{first}至{end.day}日", f"{first} to {end.day}", chinese)
    last = _day(end, chinese=chinese)
    if end.year == start.year:
        return _written(f"{first}至{end.month}月{end.day}日", f"{first} to {last}", chinese)
    return _written(f"{first}至{last}", f"{first} to {last}", chinese)


def _day(day: date, *, chinese: bool | None = None) -> str:
    return _written(f"{day.year}年{day.month}月{day.day}日", f"{day.day} {day:%B %Y}", chinese)


def _written(zh: str, en: str, chinese: bool | None) -> str:
    return say(zh, en) if chinese is None else zh if chinese else en


@dataclass(frozen=True)
class FieldContext:
    """What a field is evaluated on: the event, the guest, and the scene printed for."""

    event: Event
    person: PrintedGuest
    today: date
    # The language of the words around the field: a date inside Chinese words is written the
    # Chinese way whatever the interface speaks. None: the language in use.
    chinese: bool | None = None


@dataclass(frozen=True)
class GuestField:
    """A value a template can print: {key} in a text, or an element's field."""

    key: str
    title: tuple[str, str]
    sample: str
    value: Callable[[FieldContext], str]


def _seat(context: FieldContext) -> str:
    # Without a chosen scene, the seat in the event's first scene that seats the guest (the
    # opening in the hall, usually), named with its scene.
    person = context.person
    return person.seat or (person.seats[0] if person.seats else "")


def _addressee(context: FieldContext) -> str:
    """Name and title as a letter addresses them: 王伟董事长 run together as written in Chinese,
    a Latin name kept apart from its title by a space."""
    name, title = context.person.guest.name, context.person.guest.title
    if name and title and name[-1].isascii() and name[-1].isalnum():
        return f"{name} {title}"
    return name + title


FIELDS: dict[str, GuestField] = {f.key: f for f in (
    GuestField("name", ("姓名", "Name"), "王伟", lambda c: c.person.guest.name),
    GuestField("title", ("职务", "Title"), "董事长", lambda c: c.person.guest.title),
    GuestField("addressee", ("称呼", "Name and title"), "王伟董事长", _addressee),
    GuestField("organisation", ("单位", "Organisation"), "中国华瀚能源集团有限公司",
               lambda c: c.person.guest.organisation),
    GuestField("category", ("类别", "Category"), "嘉宾",
               lambda c: category_label(c.person.guest.category)),
    GuestField("seat", ("座位", "Seat"), "主会场 第3排 12座", _seat),
    # One to a line, so that wrapping never splits a seat between two lines.
    GuestField("seats", ("各场座位", "Seats in every scene"),
               "主会场 第3排 12座\n欢迎晚宴 主桌 3座", lambda c: "\n".join(c.person.seats)),
    GuestField("event", ("活动名称", "Event"), "2026年省投资合作大会", lambda c: c.event.name),
    GuestField("date", ("活动日期", "Date"), "2026年5月20日",
               lambda c: event_date(c.event, chinese=c.chinese)),
    GuestField("venue", ("地点", "Venue"), "云川国际大酒店三楼宴会厅", lambda c: c.event.venue),
    GuestField("organiser", ("主办单位", "Organiser"), "省人民政府",
               lambda c: c.event.organiser),
    GuestField("today", ("落款日期", "Date of the letter"), "2026年5月6日",
               lambda c: _day(c.today, chinese=c.chinese)),
    GuestField("signin", ("签到码", "Sign-in code"), "ZC1:0123456789abcdef:…",
               lambda c: signin_payload(c.event.uid, c.person.guest.token)),
)}

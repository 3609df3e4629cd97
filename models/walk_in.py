"""Walk-ins at the door: a free seat proposed per scene by the protocol rules, and registering,
seating and checking in such a guest in one transaction."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from models.arrange import may_sit
from models.checkin import (
    ArrivedGuest,
    CheckInResult,
    CheckInStatus,
    live_arrival,
    register_walk_in,
    seat_labels,
)
from models.db import retried_while_busy, transaction
from models.guests import new_guest
from models.lang import say
from models.scenes import event_scenes
from models.seating import build_problem, current_seats, honour_positions
from models.tables import Assignment, Event, Guest, Rsvp


class SeatTaken(ValueError):
    """A proposed seat was taken (by another station) before the walk-in was stored."""


@dataclass(frozen=True)
class WalkIn:
    """What the desk asks of a guest who is not on the list."""

    name: str
    organisation: str = ""
    title: str = ""
    category: str = ""


@dataclass(frozen=True)
class SeatProposal:
    """A free seat for the walk-in in one scene, with its label as the desk shows it."""

    scene_id: int
    scene_name: str
    element_id: int
    seat: str
    label: str


def event_categories(session: Session, event_id: int) -> list[str]:
    """The categories the event's guests use, for the desk to choose from."""
    query = select(Guest.category).where(Guest.event_id == event_id,
                                         Guest.category != "").distinct()
    return sorted(session.exec(query))


def propose_seats(session: Session, event: Event, guest: Guest) -> list[SeatProposal]:
    """For each scene that seats the guest (already flushed in `session`, not yet seated), the
    best free seat for them; scenes whose audience leaves them out, or with no seat open to
    them, propose none.

    "Best" is the best-ranked free seat that the seat's own rules allow the guest (its reserved
    block, host or guest party, aisle and step-free needs: `may_sit`), that is not a place of
    honour (the rostrum, the main table, a signing or photo row are never filled at the door),
    and that ranks below every seat taken by a guest of higher precedence that the walk-in could
    have taken too: no one senior ends up behind them. When every such seat ranks above a
    senior guest, the lowest-ranked open seat is proposed, which puts the fewest seniors behind
    them."""
    proposals = []
    for scene in event_scenes(session, event.id):
        built = build_problem(session, event, scene)
        people = [person.id for person in built.problem.people]
        if guest.id not in people:
            continue
        person = built.problem.people[people.index(guest.id)]
        places = built.problem.places
        plan = built.plan
        taken = {plan.index[key]: guest_id
                 for guest_id, key in current_seats(session, scene).items() if key in plan.index}
        honour = set(honour_positions(plan))
        open_seats = [position for position in range(len(places))
                      if position not in taken and position not in honour
                      and may_sit(person, places[position])]
        if not open_seats:
            continue
        seniors = set(people[:people.index(guest.id)])
        below = max((position for position, guest_id in taken.items()
                     if guest_id in seniors and may_sit(person, places[position])), default=-1)
        position = next((p for p in open_seats if p > below), open_seats[-1])
        seat = plan.seats[position].seat
        proposals.append(SeatProposal(scene_id=scene.id, scene_name=scene.name,
                                      element_id=seat.element_id, seat=seat.key,
                                      label=plan.label(position)))
    return proposals


def _candidate(event: Event, walk_in: WalkIn, list_order: int) -> Guest:
    return new_guest(event.id, walk_in.name.strip(), organisation=walk_in.organisation.strip(),
                     title=walk_in.title.strip(), category=walk_in.category,
                     rsvp=Rsvp.CONFIRMED.value, list_order=list_order)


def preview_seats(engine: Engine, event_id: int, walk_in: WalkIn) -> list[SeatProposal]:
    """The seats propose_seats() would give the walk-in, asked before anything is stored (and
    before the name is typed: the name only breaks ties between unranked guests): the guest is
    written only inside a transaction that is rolled back."""
    with Session(engine) as session:
        try:
            event = session.get_one(Event, event_id)
            last = session.exec(select(func.max(Guest.list_order))
                                .where(Guest.event_id == event_id)).one()
            guest = _candidate(event, walk_in, (last or 0) + 1)
            session.add(guest)
            session.flush()
            return propose_seats(session, event, guest)
        finally:
            session.rollback()


def _named(walk_in: WalkIn) -> WalkIn:
    if not walk_in.name.strip():
        raise ValueError(say("请填写嘉宾姓名", "Enter the guest's name"))
    return walk_in


def _taken(proposal: SeatProposal) -> SeatTaken:
    return SeatTaken(say(f"{proposal.scene_name} {proposal.label} 已有人入座，请重新登记",
                         f"{proposal.scene_name} {proposal.label} has just been taken;"
                         " register again"))


def seat_walk_in(session: Session, event: Event, walk_in: WalkIn, seats: list[SeatProposal],
                 *, station: str = "") -> CheckInResult:
    """Register the walk-in as a confirmed guest, seat them in the accepted seats and check them
    in, all in the caller's transaction. A seat someone took meanwhile raises SeatTaken, which
    rolls the whole registration back."""
    guest = register_walk_in(session, event, _named(walk_in).name.strip(),
                             organisation=walk_in.organisation.strip(),
                             title=walk_in.title.strip(), category=walk_in.category,
                             station=station)
    for proposal in seats:
        occupied = session.exec(select(Assignment.guest_id).where(
            Assignment.element_id == proposal.element_id,
            Assignment.seat == proposal.seat)).first()
        if occupied is not None:
            raise _taken(proposal)
        session.add(Assignment(scene_id=proposal.scene_id, element_id=proposal.element_id,
                               seat=proposal.seat, guest_id=guest.id))
        try:
            session.flush()
        except IntegrityError as clash:
            # Another station seated someone there between the look and the write.
            raise _taken(proposal) from clash
    arrival = live_arrival(session, guest.id)
    return CheckInResult(status=CheckInStatus.CHECKED_IN, guest=ArrivedGuest.of(guest),
                         first_checked_in_at=arrival.at if arrival else None, station=station,
                         seats=seat_labels(session, event, guest.id))


def _store_once(engine: Engine, event_id: int, walk_in: WalkIn, seats: list[SeatProposal],
                station: str) -> CheckInResult:
    with transaction(engine) as session:
        return seat_walk_in(session, session.get_one(Event, event_id), walk_in, seats,
                            station=station)


def store_walk_in(engine: Engine, event_id: int, walk_in: WalkIn, seats: list[SeatProposal],
                  *, station: str = "", attempts: int = 20) -> CheckInResult:
    """seat_walk_in() in a transaction of its own, as the desk runs it. On SQLite a registration
    that lost the race for the write lock to another station is tried again, as a scan is; the
    retry then finds a seat that station took, and raises SeatTaken."""
    return retried_while_busy(
        lambda: _store_once(engine, event_id, walk_in, seats, station), attempts)

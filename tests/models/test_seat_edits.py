"""Seating by hand on the demo conference: seat, swap, unseat, lock, the unplaced guests, a chosen
part arranged, re-flow; each edit undone and redone exactly, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from models.db import transaction
from models.demo import create_demo
from models.demo_scenes import BANQUET, HALL
from models.reflow import ReflowMode
from models.scenes import find_scene
from models.seat_edits import (
    SeatEdit,
    SeatEditRefused,
    SeatRuleBroken,
    arrange_seats,
    lock_seats,
    redo_seat_edit,
    reflow_with_snapshots,
    seat_guest,
    swap_seats,
    undo_seat_edit,
    unplaced_guests,
    unseat_guests,
)
from models.seating import arrange_scene, current_seats, scene_plan
from models.snapshots import restore_snapshot
from models.tables import ApartPair, Assignment, Event, Guest, Rsvp, Scene

SeatKey = tuple[int, str]


def demo(engine: Engine) -> None:
    with transaction(engine) as session:
        create_demo(session)


def scene_of(session: Session, name: str) -> tuple[Event, Scene]:
    event = session.exec(select(Event)).one()
    return event, find_scene(session, event.id, name)


def seats_of(engine: Engine, name: str) -> dict[int, SeatKey]:
    with Session(engine) as session:
        return current_seats(session, scene_of(session, name)[1])


def keys(engine: Engine, name: str) -> list[SeatKey]:
    """The scene's seats, the most honoured first."""
    with Session(engine) as session:
        event, scene = scene_of(session, name)
        return [(r.seat.element_id, r.seat.key) for r in scene_plan(session, event, scene).seats]


def scene_id(engine: Engine, name: str) -> int:
    with Session(engine) as session:
        return scene_of(session, name)[1].id


def waiting(engine: Engine, name: str) -> list[int]:
    with Session(engine) as session:
        return [g.id for g in unplaced_guests(session, *scene_of(session, name))]


def edit(engine: Engine, change: Callable[..., SeatEdit], *args: Any, **kwargs: Any) -> Any:
    with transaction(engine) as session:
        return change(session, *args, **kwargs)


def undo(engine: Engine, made: SeatEdit) -> None:
    with transaction(engine) as session:
        undo_seat_edit(session, made)


def redo(engine: Engine, made: SeatEdit) -> None:
    with transaction(engine) as session:
        redo_seat_edit(session, made)


def guest_named(engine: Engine, name: str) -> int:
    with Session(engine) as session:
        return session.exec(select(Guest.id).where(Guest.name == name)).one()


def test_the_unplaced_guests_are_the_expected_audience_in_precedence_order(
        engine: Engine) -> None:
    demo(engine)
    first = waiting(engine, HALL)
    with Session(engine) as session:
        guests = {g.id: g for g in session.exec(select(Guest))}
    assert all(guests[g].rsvp not in (Rsvp.DECLINED, Rsvp.CANCELLED) for g in first)
    levels = [guests[g].rank_level or 99 for g in first]
    assert levels == sorted(levels)
    assert len(first) == len([g for g in guests.values()
                              if g.rsvp not in (Rsvp.DECLINED, Rsvp.CANCELLED)])
    # The banquet seats only its categories: the media are not among its unplaced.
    assert all(guests[g].category != "media" for g in waiting(engine, BANQUET))


def test_seating_a_guest_takes_them_off_the_unplaced_list_and_undo_puts_them_back(
        engine: Engine) -> None:
    demo(engine)
    guest = waiting(engine, HALL)[0]
    seat = keys(engine, HALL)[0]
    made = edit(engine, seat_guest, scene_id(engine, HALL), guest, seat)
    assert seats_of(engine, HALL) == {guest: seat}
    assert guest not in waiting(engine, HALL)
    undo(engine, made)
    assert seats_of(engine, HALL) == {}
    assert waiting(engine, HALL)[0] == guest
    redo(engine, made)
    assert seats_of(engine, HALL) == {guest: seat}


def test_a_seated_guest_moved_onto_an_occupied_seat_swaps_with_its_occupant(
        engine: Engine) -> None:
    demo(engine)
    first, second = waiting(engine, HALL)[:2]
    one, two = keys(engine, HALL)[:2]
    hall = scene_id(engine, HALL)
    edit(engine, seat_guest, hall, first, one)
    edit(engine, seat_guest, hall, second, two)
    made = edit(engine, seat_guest, hall, first, two)
    assert seats_of(engine, HALL) == {first: two, second: one}
    undo(engine, made)
    assert seats_of(engine, HALL) == {first: one, second: two}


def test_an_unplaced_guest_dropped_on_an_occupied_seat_sends_its_occupant_to_the_list(
        engine: Engine) -> None:
    demo(engine)
    first, second = waiting(engine, HALL)[:2]
    one = keys(engine, HALL)[0]
    hall = scene_id(engine, HALL)
    edit(engine, seat_guest, hall, first, one)
    made = edit(engine, seat_guest, hall, second, one)
    assert seats_of(engine, HALL) == {second: one}
    assert first in waiting(engine, HALL)
    undo(engine, made)
    assert seats_of(engine, HALL) == {first: one}


def test_swapping_with_an_empty_seat_moves_the_guest_and_both_orders_agree(
        engine: Engine) -> None:
    demo(engine)
    guest = waiting(engine, HALL)[0]
    one, two, three = keys(engine, HALL)[:3]
    hall = scene_id(engine, HALL)
    edit(engine, seat_guest, hall, guest, one)
    edit(engine, swap_seats, hall, two, one)
    assert seats_of(engine, HALL) == {guest: two}
    edit(engine, swap_seats, hall, two, three)
    assert seats_of(engine, HALL) == {guest: three}
    with pytest.raises(SeatEditRefused, match="都是空的"):
        edit(engine, swap_seats, hall, one, two)


def test_unseating_sends_the_guest_back_to_the_list_and_undo_reseats_them(
        engine: Engine) -> None:
    demo(engine)
    guest = waiting(engine, HALL)[0]
    seat = keys(engine, HALL)[0]
    hall = scene_id(engine, HALL)
    edit(engine, seat_guest, hall, guest, seat)
    made = edit(engine, unseat_guests, hall, [guest])
    assert seats_of(engine, HALL) == {}
    assert guest in waiting(engine, HALL)
    undo(engine, made)
    assert seats_of(engine, HALL) == {guest: seat}
    other = waiting(engine, HALL)[0]
    edit(engine, seat_guest, hall, other, keys(engine, HALL)[1])
    both = edit(engine, unseat_guests, hall, [guest, other])
    assert seats_of(engine, HALL) == {}
    undo(engine, both)
    assert seats_of(engine, HALL) == {guest: seat, other: keys(engine, HALL)[1]}
    with pytest.raises(SeatEditRefused, match="没有座位"):
        edit(engine, unseat_guests, hall, [waiting(engine, HALL)[0]])


def test_a_leader_in_the_media_block_breaks_its_reservation_until_confirmed(
        engine: Engine) -> None:
    demo(engine)
    leader = waiting(engine, HALL)[0]
    with Session(engine) as session:
        event, scene = scene_of(session, HALL)
        plan = scene_plan(session, event, scene)
        media = next((r.seat.element_id, r.seat.key) for r in plan.seats
                     if r.reserve == ("category", "media"))
    hall = scene_id(engine, HALL)
    with pytest.raises(SeatRuleBroken) as broken:
        edit(engine, seat_guest, hall, leader, media)
    assert len(broken.value.reasons) == 1 and "媒体的预留座位" in broken.value.reasons[0]
    assert seats_of(engine, HALL) == {}
    edit(engine, seat_guest, hall, leader, media, confirmed=True)
    assert seats_of(engine, HALL) == {leader: media}


def test_a_guest_in_a_banquet_hosts_chair_is_questioned_and_a_host_is_not(
        engine: Engine) -> None:
    demo(engine)
    with Session(engine) as session:
        event, scene = scene_of(session, BANQUET)
        plan = scene_plan(session, event, scene)
        host_chair = next((r.seat.element_id, r.seat.key) for r in plan.seats
                          if r.party == "host")
        people = unplaced_guests(session, event, scene)
        guest = next(g.id for g in people if not g.host_side)
        host = next(g.id for g in people if g.host_side)
    banquet = scene_id(engine, BANQUET)
    with pytest.raises(SeatRuleBroken, match="主方座位"):
        edit(engine, seat_guest, banquet, guest, host_chair)
    edit(engine, seat_guest, banquet, host, host_chair)
    assert seats_of(engine, BANQUET) == {host: host_chair}


def test_a_locked_seat_keeps_its_guest_until_unlocked_and_locking_is_undoable(
        engine: Engine) -> None:
    demo(engine)
    first, second = waiting(engine, HALL)[:2]
    one, two = keys(engine, HALL)[:2]
    hall = scene_id(engine, HALL)
    edit(engine, seat_guest, hall, first, one)
    locked = edit(engine, lock_seats, hall, [one, two], True)
    with pytest.raises(SeatEditRefused, match="已锁定"):
        edit(engine, seat_guest, hall, second, one)
    with pytest.raises(SeatEditRefused, match="已锁定"):
        edit(engine, seat_guest, hall, first, two)
    with pytest.raises(SeatEditRefused, match="已锁定"):
        edit(engine, unseat_guests, hall, [first])
    with pytest.raises(SeatEditRefused, match="空座位无法锁定"):
        edit(engine, lock_seats, hall, [two], True)
    undo(engine, locked)
    with Session(engine) as session:
        assert not session.exec(select(Assignment)).one().locked
    redo(engine, locked)
    edit(engine, lock_seats, hall, [one], False)
    edit(engine, seat_guest, hall, first, two)
    assert seats_of(engine, HALL) == {first: two}


def test_undo_is_refused_when_the_seats_were_changed_elsewhere_since(engine: Engine) -> None:
    demo(engine)
    first, second = waiting(engine, HALL)[:2]
    one = keys(engine, HALL)[0]
    hall = scene_id(engine, HALL)
    made = edit(engine, seat_guest, hall, first, one)
    edit(engine, seat_guest, hall, second, one)
    with pytest.raises(SeatEditRefused, match="已被他人改动"):
        undo(engine, made)
    assert seats_of(engine, HALL) == {second: one}


def test_arranging_chosen_seats_changes_no_other_seat_and_undo_restores_them(
        engine: Engine) -> None:
    demo(engine)
    with transaction(engine) as session:
        event, scene = scene_of(session, BANQUET)
        arrange_scene(session, event, scene)
    before = seats_of(engine, BANQUET)
    table = keys(engine, BANQUET)[12:22]
    guests_there = {g for g, k in before.items() if k in table}
    leaving = sorted(guests_there)[:3]
    with transaction(engine) as session:
        for assignment in session.exec(select(Assignment).where(
                col(Assignment.guest_id).in_(leaving))):
            session.delete(assignment)
    with transaction(engine) as session:
        event, scene = scene_of(session, BANQUET)
        result, change = arrange_seats(session, event, scene, table)
    after = seats_of(engine, BANQUET)
    outside = {g: k for g, k in before.items() if k not in table}
    assert {g: k for g, k in after.items() if k not in table} == outside
    assert set(after) - set(outside) >= guests_there - set(leaving)
    assert result.violations == []
    with transaction(engine) as session:
        restore_snapshot(session, change.scene_id, change.before_id)
    assert seats_of(engine, BANQUET) == {g: k for g, k in before.items() if g not in leaving}


@pytest.mark.parametrize("mode", [ReflowMode.LEAVE_EMPTY, ReflowMode.SHIFT])
def test_reflow_after_a_cancellation_is_kept_to_undo_and_redo(engine: Engine,
                                                               mode: ReflowMode) -> None:
    demo(engine)
    with transaction(engine) as session:
        event, scene = scene_of(session, HALL)
        arrange_scene(session, event, scene)
    arranged = seats_of(engine, HALL)
    rostrum = keys(engine, HALL)[1]
    gone = next(g for g, k in arranged.items() if k == rostrum)
    with transaction(engine) as session:
        session.get(Guest, gone).rsvp = Rsvp.CANCELLED.value
    with transaction(engine) as session:
        event, scene = scene_of(session, HALL)
        result, change = reflow_with_snapshots(session, event, scene, mode)
    after = seats_of(engine, HALL)
    assert gone not in after
    if mode is ReflowMode.LEAVE_EMPTY:
        assert rostrum not in after.values()
        assert len(result.changed) == 1
    else:
        assert rostrum in after.values() and len(result.changed) > 1
    with transaction(engine) as session:
        restore_snapshot(session, change.scene_id, change.before_id)
    assert seats_of(engine, HALL) == arranged
    with transaction(engine) as session:
        restore_snapshot(session, change.scene_id, change.after_id)
    assert seats_of(engine, HALL) == after


def test_seating_a_guest_beside_someone_to_be_kept_apart_is_questioned(engine: Engine) -> None:
    demo(engine)
    first, second = waiting(engine, HALL)[:2]
    one, two, three = keys(engine, HALL)[:3]
    hall = scene_id(engine, HALL)
    with transaction(engine) as session:
        event = session.exec(select(Event)).one()
        session.add(ApartPair(event_id=event.id, first_id=first, second_id=second))
    edit(engine, seat_guest, hall, first, one)
    # Rank 2 sits beside rank 1 on the rostrum; rank 3 on rank 1's other side.
    with pytest.raises(SeatRuleBroken, match="须分开就座"):
        edit(engine, seat_guest, hall, second, two)
    with pytest.raises(SeatRuleBroken, match="须分开就座"):
        edit(engine, seat_guest, hall, second, three)
    far = keys(engine, HALL)[40]
    edit(engine, seat_guest, hall, second, far)
    assert seats_of(engine, HALL) == {first: one, second: far}

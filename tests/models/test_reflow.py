"""Re-flow the night before: a cancellation leaves a seat empty or closes up its row or table,
a new guest takes the best free seat, and the result reports exactly the seats that changed."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine
from sqlmodel import Session, select

from models.arrange import Person, Place, Problem, arrange
from models.db import transaction
from models.demo import create_demo
from models.demo_scenes import BANQUET, HALL
from models.guests import update_guest
from models.layout import with_defaults
from models.protocol import rostrum_row_order
from models.reflow import ReflowMode, reflow
from models.scenes import find_scene
from models.seat_ranks import RankSettings, rank_seats
from models.seating import arrange_scene, current_seats, neighbours, reflow_scene, scene_plan
from models.tables import Element, Event, Guest, Rsvp


def rostrum(seats: int = 7) -> tuple[Problem, list[int]]:
    element = Element(id=1, scene_id=1, kind="rostrum", params=with_defaults("rostrum", {
        "rows": [seats]}))
    ranked = rank_seats([element], RankSettings())
    near = neighbours(ranked, {1: element})
    places = tuple(Place(key=(1, r.seat.key), neighbours=near[i]) for i, r in enumerate(ranked))
    people = tuple(Person(id=i + 1, name=f"领导{i + 1}") for i in range(seats))
    return Problem(places=places, people=people), [1] * seats


def test_leave_empty_changes_only_the_cancelled_guests_seat() -> None:
    problem, groups = rostrum()
    before = arrange(problem).seats
    after = replace(problem, people=problem.people[:3] + problem.people[4:])
    result = reflow(after, groups, before, ReflowMode.LEAVE_EMPTY)
    assert {g: p for g, p in before.items() if g != 4} == result.seats


def test_shift_closes_up_the_rostrum_centre_out_and_leaves_the_outermost_seat_empty() -> None:
    problem, groups = rostrum()
    before = arrange(problem).seats
    assert [before[g] for g in range(1, 8)] == list(range(7))
    after = replace(problem, people=problem.people[:3] + problem.people[4:])
    result = reflow(after, groups, before, ReflowMode.SHIFT)
    # Ranks 5, 6 and 7 move up one place each; the place of rank 7 is left empty.
    assert result.seats == {1: 0, 2: 1, 3: 2, 5: 3, 6: 4, 7: 5}
    order = rostrum_row_order(7)
    empty_seat_number = order.index(7) + 1
    assert empty_seat_number == 1


def test_a_new_guest_takes_the_best_free_place_and_nobody_else_moves() -> None:
    problem, groups = rostrum()
    before = arrange(replace(problem, people=problem.people[:5])).seats
    result = reflow(problem, groups, before, ReflowMode.SHIFT)
    assert {g: result.seats[g] for g in before} == before
    assert {result.seats[6], result.seats[7]} == {5, 6}


def test_a_changed_guest_is_seated_again() -> None:
    problem, groups = rostrum()
    before = arrange(problem).seats
    # Guest 2 now ranks last: with their seat free again they still take the best free one.
    reordered = replace(problem, people=(problem.people[0], *problem.people[2:],
                                         problem.people[1]))
    result = reflow(reordered, groups, before, ReflowMode.LEAVE_EMPTY, touched=frozenset({2}))
    assert result.seats[2] == before[2]
    assert all(result.seats[g] == before[g] for g in before if g != 2)


@st.composite
def arranged(draw: st.DrawFn) -> tuple[Problem, list[int], dict[int, int], int]:
    rows = draw(st.integers(1, 3))
    per_row = draw(st.integers(2, 6))
    tables = draw(st.integers(0, 2))
    elements = [Element(id=1, scene_id=1, kind="block", x=0, y=300,
                        params=with_defaults("block", {"rows": rows, "columns": per_row}))]
    for number in range(tables):
        elements.append(Element(id=2 + number, scene_id=1, kind="table", x=400 * number,
                                y=900, params=with_defaults("table", {"seats": 6,
                                                                      "host": False})))
    ranked = rank_seats(elements, RankSettings())
    near = neighbours(ranked, {e.id: e for e in elements})
    places = tuple(Place(key=(r.seat.element_id, r.seat.key),
                         table=r.group if r.table_number else None, neighbours=near[i])
                   for i, r in enumerate(ranked))
    count = draw(st.integers(2, len(places)))
    people = tuple(Person(id=i + 1, name=f"嘉宾{i + 1}") for i in range(count))
    problem = Problem(places=places, people=people)
    groups = [r.seat.element_id for r in ranked]
    before = arrange(problem).seats
    cancelled = draw(st.sampled_from(sorted(before)))
    return problem, groups, before, cancelled


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(arranged(), st.sampled_from(list(ReflowMode)))
def test_reflow_moves_only_guests_of_the_cancelled_guests_group_and_no_seat_twice(
        case: tuple[Problem, list[int], dict[int, int], int], mode: ReflowMode) -> None:
    problem, groups, before, cancelled = case
    after = replace(problem, people=tuple(p for p in problem.people if p.id != cancelled))
    result = reflow(after, groups, before, mode)
    assert len(set(result.seats.values())) == len(result.seats)
    assert cancelled not in result.seats
    moved = {g for g in before if g != cancelled and result.seats.get(g) != before[g]}
    if mode is ReflowMode.LEAVE_EMPTY:
        assert moved == set()
    else:
        assert all(groups[before[g]] == groups[before[cancelled]] for g in moved)
        # Those who moved went to a better place, never a worse one.
        assert all(result.seats[g] < before[g] for g in moved)


def test_the_stored_reflow_reports_exactly_the_seats_whose_occupant_changed(
        engine: Engine) -> None:
    with transaction(engine) as session:
        event_id = create_demo(session).id
    with transaction(engine) as session:
        event = session.get(Event, event_id)
        for name in (HALL, BANQUET):
            arrange_scene(session, event, find_scene(session, event_id, name))
    with Session(engine) as session:
        hall = find_scene(session, event_id, HALL)
        before = current_seats(session, hall)
    with transaction(engine) as session:
        leader = session.exec(select(Guest).where(Guest.title == "副省长")).one()
        update_guest(leader, rsvp=Rsvp.CANCELLED.value)
        session.add(leader)
    with transaction(engine) as session:
        event = session.get(Event, event_id)
        hall = find_scene(session, event_id, HALL)
        report = reflow_scene(session, event, hall, ReflowMode.SHIFT)
        plan = scene_plan(session, event, hall)
        after = current_seats(session, hall)
    occupant_before = {seat: guest for guest, seat in before.items()}
    occupant_after = {seat: guest for guest, seat in after.items()}
    differ = {seat for seat in set(occupant_before) | set(occupant_after)
              if occupant_before.get(seat) != occupant_after.get(seat)}
    assert sorted(report.changed) == sorted(plan.label(plan.index[seat]) for seat in differ)
    # The vice-governor's rostrum seat was rank 4 of 7: ranks 5 to 7 move up, four seats change.
    assert len(differ) == 4
    assert all(label.startswith("主席台") for label in report.changed)

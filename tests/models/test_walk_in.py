"""Walk-ins: the seat proposed in each scene, and registering, seating and checking in at once."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import Engine, func
from sqlmodel import Session, select

from models.arrange import Person, may_sit
from models.checkin import CheckInStatus, check_in
from models.db import transaction
from models.demo import create_demo
from models.events import create_event
from models.guests import new_guest
from models.scenes import add_element, create_scene, event_scenes
from models.seating import arrange_scene, build_problem, current_seats, honour_positions
from models.tables import Assignment, CheckIn, Event, Guest, Rsvp
from models.walk_in import (
    SeatTaken,
    WalkIn,
    event_categories,
    preview_seats,
    seat_walk_in,
    store_walk_in,
)


def _arranged_demo(engine: Engine) -> int:
    with transaction(engine) as session:
        event = create_demo(session)
        for scene in event_scenes(session, event.id):
            arrange_scene(session, event, scene)
        return event.id


def _guests(engine: Engine) -> int:
    with Session(engine) as session:
        return session.exec(select(func.count(Guest.id))).one()


def test_a_walk_in_is_proposed_a_free_seat_below_every_senior_and_off_the_rostrum(
        engine: Engine) -> None:
    event_id = _arranged_demo(engine)
    before = _guests(engine)

    proposals = preview_seats(engine, event_id, WalkIn("张三", "某集团", "经理", "enterprise"))

    assert _guests(engine) == before
    with Session(engine) as session:
        assert event_categories(session, event_id) == ["enterprise", "finance", "leader", "media",
                                                       "research", "staff"]
    # The hall seats everyone; the banquet seats enterprises; the signing and the photo do not
    # take an unranked guest without a contract.
    assert [p.scene_name for p in proposals] == ["主会场", "欢迎晚宴"]
    with Session(engine) as session:
        event = session.get_one(Event, event_id)
        scenes = {scene.id: scene for scene in event_scenes(session, event_id)}
        for proposal in proposals:
            built = build_problem(session, event, scenes[proposal.scene_id])
            position = built.plan.index[(proposal.element_id, proposal.seat)]
            taken = {built.plan.index[key] for key in current_seats(
                session, scenes[proposal.scene_id]).values()}
            assert position not in taken
            assert position not in honour_positions(built.plan)
            # Everyone seated is senior to an unranked walk-in: none sits in a seat the walk-in
            # could have had below theirs.
            walk_in_like = Person(id=-1, category="enterprise")
            assert all(p < position for p in taken
                       if may_sit(walk_in_like, built.problem.places[p]))


def test_a_journalist_is_proposed_a_seat_in_the_press_block_only(engine: Engine) -> None:
    event_id = _arranged_demo(engine)

    proposals = preview_seats(engine, event_id, WalkIn("李四", "日报社", "记者", "media"))

    assert [p.scene_name for p in proposals] == ["主会场"]
    assert proposals[0].label.startswith("媒体区")


def _small_hall(engine: Engine, seniors_at: list[int], seats: int) -> tuple[int, list[Guest]]:
    """One row of `seats` seats and senior guests in the given rank positions."""
    with transaction(engine) as session:
        event = create_event(session, "小会")
        scene = create_scene(session, event.id, "会场")
        add_element(session, scene, "block", rows=1, columns=seats)
        guests = [new_guest(event.id, f"嘉宾{n}", rank_level=1, rank_order=n, list_order=n,
                            rsvp=Rsvp.CONFIRMED.value) for n in range(len(seniors_at))]
        session.add_all(guests)
        session.flush()
        plan = build_problem(session, event, scene).plan
        for guest, position in zip(guests, seniors_at, strict=True):
            seat = plan.seats[position].seat
            session.add(Assignment(scene_id=scene.id, element_id=seat.element_id, seat=seat.key,
                                   guest_id=guest.id))
        return event.id, guests


def _position(engine: Engine, event_id: int, walk_in: WalkIn) -> int:
    proposal, = preview_seats(engine, event_id, walk_in)
    with Session(engine) as session:
        event = session.get_one(Event, event_id)
        scene, = event_scenes(session, event_id)
        return build_problem(session, event, scene).plan.index[(proposal.element_id,
                                                                proposal.seat)]


def test_a_gap_between_seniors_is_skipped_for_the_first_seat_behind_them(engine: Engine) -> None:
    event_id, _guests_seated = _small_hall(engine, [0, 2], seats=4)

    assert _position(engine, event_id, WalkIn("王五")) == 3


def test_with_no_seat_behind_the_seniors_the_least_honoured_open_seat_is_proposed(
        engine: Engine) -> None:
    event_id, _guests_seated = _small_hall(engine, [0, 3], seats=4)

    assert _position(engine, event_id, WalkIn("王五")) == 2


def test_a_full_scene_proposes_nothing(engine: Engine) -> None:
    event_id, _guests_seated = _small_hall(engine, [0, 1], seats=2)

    assert preview_seats(engine, event_id, WalkIn("王五")) == []


def test_a_walk_in_is_registered_seated_and_checked_in_in_one_go(engine: Engine) -> None:
    event_id = _arranged_demo(engine)
    walk_in = WalkIn("张三", "某集团", "经理", "enterprise")
    proposals = preview_seats(engine, event_id, walk_in)

    with transaction(engine) as session:
        event = session.get_one(Event, event_id)
        result = seat_walk_in(session, event, walk_in, proposals, station="东门")

    assert result.status == CheckInStatus.CHECKED_IN and result.station == "东门"
    assert result.guest is not None and result.guest.name == "张三"
    assert [seat.split(" ")[0] for seat in result.seats] == ["主会场", "欢迎晚宴"]
    with transaction(engine) as session:
        guest = session.get_one(Guest, result.guest.id)
        assert (guest.rsvp, guest.organisation, guest.category) == (
            "confirmed", "某集团", "enterprise")
        seated = session.exec(select(Assignment).where(Assignment.guest_id == guest.id)).all()
        assert {(a.element_id, a.seat) for a in seated} == {(p.element_id, p.seat)
                                                            for p in proposals}
        again = check_in(session, session.get_one(Event, event_id), guest.token)
        assert again.status == CheckInStatus.ALREADY_CHECKED_IN


def test_a_seat_taken_meanwhile_stores_nothing(engine: Engine) -> None:
    event_id = _arranged_demo(engine)
    proposals = preview_seats(engine, event_id, WalkIn("张三", category="enterprise"))
    with transaction(engine) as session:
        event = session.get_one(Event, event_id)
        seat_walk_in(session, event, WalkIn("李四", category="enterprise"), proposals[:1])
    before = _guests(engine)

    with pytest.raises(SeatTaken, match="已有人入座"), transaction(engine) as session:
        seat_walk_in(session, session.get_one(Event, event_id),
                     WalkIn("张三", category="enterprise"), proposals)

    assert _guests(engine) == before
    with Session(engine) as session:
        assert session.exec(select(func.count(CheckIn.id))).one() == 1


def test_a_walk_in_needs_a_name(engine: Engine) -> None:
    event_id, _guests_seated = _small_hall(engine, [0], seats=4)

    assert preview_seats(engine, event_id, WalkIn("  "))
    with pytest.raises(ValueError, match="姓名"), transaction(engine) as session:
        seat_walk_in(session, session.get_one(Event, event_id), WalkIn(""), [])


def test_two_stations_seating_walk_ins_in_one_seat_at_once(engine: Engine) -> None:
    event_id, _guests_seated = _small_hall(engine, [0], seats=4)
    proposals = preview_seats(engine, event_id, WalkIn("王五"))
    outcome: list[BaseException | None] = []

    def other_station() -> None:
        try:
            store_walk_in(engine, event_id, WalkIn("赵六"), proposals, station="西门")
        except SeatTaken as refused:
            outcome.append(refused)
        else:
            outcome.append(None)

    with transaction(engine) as session:
        seat_walk_in(session, session.get_one(Event, event_id), WalkIn("王五"), proposals,
                     station="东门")
        # The other station writes while this one has not committed: it waits for the seat
        # (PostgreSQL's unique index, SQLite's write lock) and then finds it taken.
        thread = threading.Thread(target=other_station)
        thread.start()
        thread.join(0.5)
    thread.join(30)

    assert len(outcome) == 1 and isinstance(outcome[0], SeatTaken)
    with Session(engine) as session:
        names = session.exec(select(Guest.name).where(Guest.event_id == event_id)).all()
    assert "王五" in names and "赵六" not in names

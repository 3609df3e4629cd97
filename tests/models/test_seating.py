"""Seating a stored scene: the demo conference arranged end to end, locks, snapshots, changes."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from models.db import transaction
from models.demo import create_demo
from models.demo_scenes import BANQUET, HALL, PHOTO, SIGNING
from models.scenes import event_scenes, find_scene
from models.seating import arrange_scene, current_seats, scene_plan
from models.tables import NOT_EXPECTED, Assignment, Guest, SeatingSnapshot


def _demo(engine: Engine) -> int:
    with transaction(engine) as session:
        return create_demo(session).id


def _arrange_all(engine: Engine, event_id: int) -> dict[str, object]:
    from models.tables import Event

    with transaction(engine) as session:
        event = session.get(Event, event_id)
        return {scene.name: arrange_scene(session, event, scene)
                for scene in event_scenes(session, event_id)}


def test_the_demo_conference_is_arranged_with_no_violation(engine: Engine) -> None:
    event_id = _demo(engine)
    reports = _arrange_all(engine, event_id)
    assert set(reports) == {HALL, SIGNING, PHOTO, BANQUET}
    for report in reports.values():
        assert report.violations == []
    hall = reports[HALL]
    assert hall.unplaced == []
    with Session(engine) as session:
        expected = len(session.exec(select(Guest).where(
            Guest.event_id == event_id, col(Guest.rsvp).not_in(NOT_EXPECTED))).all())
    assert hall.placed == expected


def test_nobody_declined_or_cancelled_is_seated(engine: Engine) -> None:
    event_id = _demo(engine)
    _arrange_all(engine, event_id)
    with Session(engine) as session:
        seated = set(session.exec(select(Assignment.guest_id)))
        away = set(session.exec(select(Guest.id).where(
            Guest.event_id == event_id, col(Guest.rsvp).in_(NOT_EXPECTED))))
    assert away
    assert not seated & away


def test_the_most_senior_guest_takes_rostrum_seat_1_and_the_main_hosts_chair(
        engine: Engine) -> None:
    event_id = _demo(engine)
    _arrange_all(engine, event_id)
    with Session(engine) as session:
        from models.tables import Event

        event = session.get(Event, event_id)
        governor = session.exec(select(Guest).where(Guest.title == "省长")).one()
        hall = find_scene(session, event_id, HALL)
        plan = scene_plan(session, event, hall)
        seats = current_seats(session, hall)
        assert plan.index[seats[governor.id]] == 0
        banquet = find_scene(session, event_id, BANQUET)
        banquet_plan = scene_plan(session, event, banquet)
        place = banquet_plan.seats[banquet_plan.index[current_seats(session, banquet)[
            governor.id]]]
        assert (place.table_number, place.role) == (1, "host")


def test_arranging_again_changes_nothing_and_keeps_a_snapshot_each_time(engine: Engine) -> None:
    event_id = _demo(engine)
    _arrange_all(engine, event_id)
    again = _arrange_all(engine, event_id)
    assert all(report.changed == [] for report in again.values())
    with Session(engine) as session:
        assert len(session.exec(select(SeatingSnapshot)).all()) == 8


def test_a_locked_seat_stays_through_arrangement(engine: Engine) -> None:
    event_id = _demo(engine)
    _arrange_all(engine, event_id)
    with transaction(engine) as session:
        hall = find_scene(session, event_id, HALL)
        row = session.exec(select(Assignment).where(Assignment.scene_id == hall.id)
                           .order_by(Assignment.id)).all()[-1]
        row.locked = True
        locked = (row.guest_id, row.element_id, row.seat)
    _arrange_all(engine, event_id)
    with Session(engine) as session:
        kept = session.exec(select(Assignment).where(Assignment.guest_id == locked[0],
                                                     Assignment.scene_id == hall.id)).one()
        assert (kept.guest_id, kept.element_id, kept.seat, kept.locked) == (*locked, True)


def test_scene_audiences_follow_their_settings(engine: Engine) -> None:
    """The photo takes guests of rank level 5 and above; the signing stage seats contract
    holders in the signatories' chairs and the VIPs standing behind as witnesses."""
    event_id = _demo(engine)
    _arrange_all(engine, event_id)
    with Session(engine) as session:
        from models.tables import Event

        event = session.get(Event, event_id)
        photo = find_scene(session, event_id, PHOTO)
        in_photo = [session.get(Guest, g) for g in current_seats(session, photo)]
        assert in_photo
        assert all(g.rank_level is not None and g.rank_level <= 5 for g in in_photo)
        signing = find_scene(session, event_id, SIGNING)
        plan = scene_plan(session, event, signing)
        for guest_id, key in current_seats(session, signing).items():
            guest = session.get(Guest, guest_id)
            ranked = plan.seats[plan.index[key]]
            if ranked.seat.role.endswith("_signatory"):
                assert guest.custom.get("签约项目")
                assert (ranked.party == "host") == guest.host_side
            else:
                assert ranked.seat.standing
                assert guest.vip

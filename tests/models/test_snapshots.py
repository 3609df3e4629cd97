"""Snapshots: the latest one of a scene, arranging with undo, restoring exactly, refusing."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from models.db import transaction
from models.demo import create_demo
from models.demo_scenes import BANQUET, HALL
from models.scenes import find_scene
from models.seating import current_seats
from models.snapshots import (
    SeatingChange,
    SnapshotRefused,
    arrange_with_snapshots,
    latest_snapshot,
    restore_snapshot,
)
from models.tables import Assignment, Element, Event, SeatingSnapshot


def _arranged(engine: Engine, scene_name: str
              ) -> tuple[int, int, SeatingChange, dict[int, tuple[int, str]]]:
    """The demo with one scene arranged: event id, scene id, the change's snapshots' ids."""
    with transaction(engine) as session:
        event = create_demo(session)
        scene = find_scene(session, event.id, scene_name)
        report, change = arrange_with_snapshots(session, event, scene)
        assert report.placed > 0
        return event.id, scene.id, change, current_seats(session, scene)


def _seats(engine: Engine, scene_id: int) -> set[tuple[int, int, str, bool]]:
    with Session(engine) as session:
        rows = session.exec(select(Assignment).where(Assignment.scene_id == scene_id))
        return {(a.guest_id, a.element_id, a.seat, a.locked) for a in rows}


def test_an_arrangement_keeps_the_state_before_and_after_it(engine: Engine) -> None:
    _event, scene_id, change, arranged = _arranged(engine, HALL)
    assert change.scene_id == scene_id
    with Session(engine) as session:
        assert latest_snapshot(session, scene_id).id == change.after_id
        before = session.get(SeatingSnapshot, change.before_id)
        assert before.assignments == []
    assert {guest for guest, *_ in _seats(engine, scene_id)} == set(arranged)


def test_undo_and_redo_round_trip_exactly(engine: Engine) -> None:
    _event, scene_id, change, _arranged_seats = _arranged(engine, BANQUET)
    arranged = _seats(engine, scene_id)
    with transaction(engine) as session:
        emptied = restore_snapshot(session, scene_id, change.before_id)
    assert _seats(engine, scene_id) == set()
    assert len(emptied) == len(arranged)
    with transaction(engine) as session:
        restore_snapshot(session, scene_id, change.after_id)
    assert _seats(engine, scene_id) == arranged


def test_a_restore_brings_back_the_recorded_locks(engine: Engine) -> None:
    _event, scene_id, change, _seats_now = _arranged(engine, HALL)
    with transaction(engine) as session:
        first = session.exec(select(Assignment).where(Assignment.scene_id == scene_id)).first()
        first.locked = True
        session.add(first)
    with transaction(engine) as session:
        restore_snapshot(session, scene_id, change.before_id)
        restore_snapshot(session, scene_id, change.after_id)
    assert not any(locked for *_, locked in _seats(engine, scene_id))


def test_a_snapshot_of_another_scene_is_refused_and_nothing_changes(engine: Engine) -> None:
    event_id, hall_id, change, _seats_now = _arranged(engine, HALL)
    with Session(engine) as session:
        banquet_id = find_scene(session, event_id, BANQUET).id
    kept = _seats(engine, hall_id)
    with pytest.raises(SnapshotRefused), transaction(engine) as session:
        restore_snapshot(session, banquet_id, change.before_id)
    assert _seats(engine, hall_id) == kept


def test_a_snapshot_naming_a_removed_seat_is_refused(engine: Engine) -> None:
    _event, scene_id, change, _seats_now = _arranged(engine, HALL)
    with transaction(engine) as session:
        element_id = session.exec(select(Assignment.element_id).where(
            Assignment.scene_id == scene_id)).first()
        session.delete(session.get(Element, element_id))
    kept = _seats(engine, scene_id)
    with pytest.raises(SnapshotRefused), transaction(engine) as session:
        restore_snapshot(session, scene_id, change.after_id)
    assert _seats(engine, scene_id) == kept


def test_a_scene_never_arranged_has_no_snapshot(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_demo(session)
        scene = find_scene(session, event.id, HALL)
        assert latest_snapshot(session, scene.id) is None
        assert session.get(Event, event.id) is not None

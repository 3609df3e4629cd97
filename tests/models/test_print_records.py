"""Print records: what each document last put on paper, and who needs a new copy after a
re-flow, a renaming or a cancellation."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlmodel import Session, select

from models.db import open_database, transaction
from models.demo import create_demo
from models.guests import update_guest
from models.print_records import (
    changed_since_last_print,
    print_history,
    record_print,
    withdrawn_since_last_print,
)
from models.reflow import ReflowMode
from models.scenes import find_scene
from models.seating import arrange_scene, current_seats, reflow_scene
from models.tables import Event, Guest, Rsvp

HALL = "主会场"


def _arranged_demo(engine: Engine) -> int:
    with transaction(engine) as session:
        event = create_demo(session)
        arrange_scene(session, event, find_scene(session, event.id, HALL))
        return event.id


def _changed(engine: Engine, event_id: int) -> list[int]:
    with Session(engine) as session:
        event = session.get(Event, event_id)
        return changed_since_last_print(session, event, "cards",
                                        find_scene(session, event_id, HALL))


def _record(engine: Engine, event_id: int, printed: list[int] | None) -> None:
    with transaction(engine) as session:
        event = session.get(Event, event_id)
        record_print(session, event, "cards", find_scene(session, event_id, HALL), None, printed)


def test_everyone_is_changed_until_printed_and_nobody_after(engine: Engine) -> None:
    event_id = _arranged_demo(engine)
    with Session(engine) as session:
        seated = set(current_seats(session, find_scene(session, event_id, HALL)))
    assert set(_changed(engine, event_id)) == seated
    _record(engine, event_id, None)
    assert _changed(engine, event_id) == []


def test_a_renamed_guest_counts_as_changed(engine: Engine) -> None:
    event_id = _arranged_demo(engine)
    _record(engine, event_id, None)
    with transaction(engine) as session:
        guest = session.exec(select(Guest).where(Guest.title == "副省长")).one()
        update_guest(guest, name="李文华")
        session.add(guest)
        renamed = guest.id
    assert _changed(engine, event_id) == [renamed]


def test_after_a_cancellation_and_a_shift_only_the_movers_are_changed(engine: Engine) -> None:
    event_id = _arranged_demo(engine)
    _record(engine, event_id, None)
    with Session(engine) as session:
        before = current_seats(session, find_scene(session, event_id, HALL))
    with transaction(engine) as session:
        leader = session.exec(select(Guest).where(Guest.title == "副省长")).one()
        update_guest(leader, rsvp=Rsvp.CANCELLED.value)
        session.add(leader)
        cancelled = (leader.id, leader.name)
    with transaction(engine) as session:
        event = session.get(Event, event_id)
        hall = find_scene(session, event_id, HALL)
        reflow_scene(session, event, hall, ReflowMode.SHIFT)
        after = current_seats(session, hall)
    moved = {g for g in after if before.get(g) != after[g]}
    assert len(moved) == 3

    changed = _changed(engine, event_id)
    assert set(changed) == moved
    with Session(engine) as session:
        event = session.get(Event, event_id)
        withdrawn = withdrawn_since_last_print(session, event, "cards",
                                               find_scene(session, event_id, HALL))
    assert [(entry["guest_id"], entry["name"]) for entry in withdrawn] == [cancelled]

    _record(engine, event_id, changed)
    assert _changed(engine, event_id) == []
    with Session(engine) as session:
        event = session.get(Event, event_id)
        assert withdrawn_since_last_print(session, event, "cards",
                                          find_scene(session, event_id, HALL)) == []
        latest, first = print_history(session, event)
    assert {e["guest_id"] for e in latest.guests if e["printed"]} == moved
    assert len(latest.guests) == len(after)
    assert all(e["printed"] for e in first.guests)
    assert cancelled[0] not in {e["guest_id"] for e in latest.guests}


def test_a_document_for_the_whole_event_is_kept_apart_from_a_scenes(engine: Engine) -> None:
    event_id = _arranged_demo(engine)
    _record(engine, event_id, None)
    with Session(engine) as session:
        event = session.get(Event, event_id)
        expected = changed_since_last_print(session, event, "cards", None)
        assert len(expected) > len(_changed(engine, event_id)) == 0


def test_upgrading_a_0002_database_keeps_its_data(tmp_path: Path) -> None:
    from alembic import command

    from models.db import _alembic_config

    path = tmp_path / "old.db"
    old = create_engine(f"sqlite:///{path}")
    with old.begin() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
        connection.execute(text(
            "INSERT INTO event (uid, name, venue, organiser, notes, convention, tie_break, "
            "even_centre_left, tables_right_first, stroke_whole_name, created_at, updated_at) "
            "VALUES ('u1', '旧活动', '', '', '', 'domestic', 'strokes', 1, 1, 0, "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"))
        connection.execute(text(
            "INSERT INTO scene (event_id, name, kind, position, entrance_x, entrance_y, settings, "
            "created_at, updated_at) VALUES (1, '主会场', 'hall', 0, 0, 1000, '{}', "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"))
    old.dispose()
    engine = open_database(path)
    with transaction(engine) as session:
        event = session.exec(select(Event)).one()
        assert event.name == "旧活动"
        hall = find_scene(session, event.id, HALL)
        record_print(session, event, "chart", hall, None, None)
    with Session(engine) as session:
        assert [r.document for r in print_history(session, session.exec(select(Event)).one())] \
            == ["chart"]
    engine.dispose()

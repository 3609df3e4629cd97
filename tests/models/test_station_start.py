"""Starting a station by the event's name: from the database, or from this computer's copy when
the database cannot be reached, sending what was queued once it answers; clear refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from models.attendance import attendance
from models.checkin import CheckInStatus, Upload, live_arrival, scan
from models.db import open_database, transaction
from models.demo import DEMO_EVENT_NAME, create_demo
from models.events import rename_event
from models.scenes import event_scenes
from models.seating import arrange_scene
from models.signin_code import signin_payload
from models.station_copy import find_station_copy, station_copies
from models.station_desk import Desk
from models.station_start import StationRefused, start_station
from models.tables import Event, Guest, Rsvp


def _demo(engine: Engine) -> tuple[int, str, list[Guest]]:
    with transaction(engine) as session:
        event = create_demo(session)
        for scene in event_scenes(session, event.id):
            arrange_scene(session, event, scene)
    with Session(engine, expire_on_commit=False) as session:
        guests = session.exec(select(Guest).where(Guest.event_id == event.id,
                                                  Guest.rsvp == Rsvp.CONFIRMED.value)
                              .order_by(Guest.list_order)).all()
    return event.id, event.uid, list(guests)


def _unreachable(engine: Engine) -> str:
    """A database address of the same kind that cannot be reached."""
    if engine.dialect.name == "postgresql":
        return "postgresql+psycopg://postgres@127.0.0.1:1/nowhere"
    return "sqlite:////nonexistent-folder/zuoci.db"


def _target(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def _station_ran_once(engine: Engine, event_id: int, station: str, folder: Path) -> None:
    Desk(engine, event_id, station, copy_folder=folder).close()


def test_a_station_starts_offline_from_its_copy_and_sends_its_arrivals_when_the_server_answers(
        engine: Engine, tmp_path: Path) -> None:
    event_id, uid, guests = _demo(engine)
    _station_ran_once(engine, event_id, "东门", tmp_path)
    _station_ran_once(engine, event_id, "西门", tmp_path)
    guest = guests[0]

    start = start_station(_unreachable(engine), DEMO_EVENT_NAME, "东门", copy_folder=tmp_path)
    assert (start.engine, start.station, start.event_id) == (None, "东门", event_id)
    server = [_unreachable(engine)]
    desk = start.offline_desk(lambda: open_database(server[0]))
    try:
        assert desk.started_offline and not desk.online
        assert desk.event_name == DEMO_EVENT_NAME
        assert desk.copied_at is not None
        # The search works from the copy: by pinyin initials, as online.
        assert guest.id in [row.id for row in desk.guest_rows()]
        first = desk.scan(signin_payload(uid, guest.token))
        assert first.status == CheckInStatus.CHECKED_IN and first.seats
        assert desk.counts().arrived == 1
        # Still unreachable: nothing sent, nothing lost.
        report = desk.sync()
        assert (report.online, report.pending) == (False, 1)

        # The server is back; another station checked the same guest in meanwhile, later.
        later = scan(engine, event_id, signin_payload(uid, guest.token), station="南门")
        assert later.status == CheckInStatus.CHECKED_IN
        server[0] = _target(engine)
        report = desk.sync()
        assert (report.online, report.pending) == (True, 0)
        assert report.outcomes == {Upload.EARLIER: 1}
        assert report.refreshed and not desk.started_offline
        with Session(engine) as session:
            arrival = live_arrival(session, guest.id)
            assert arrival is not None
            assert (arrival.at, arrival.station) == (first.first_checked_in_at, "东门")
            assert attendance(session, session.get_one(Event, event_id)).arrived == 1
        # Online now: scans go to the server.
        again = desk.scan(signin_payload(uid, guests[1].token))
        assert again.status == CheckInStatus.CHECKED_IN
        with Session(engine) as session:
            assert live_arrival(session, guests[1].id) is not None
    finally:
        desk.close()


def test_without_a_station_name_the_one_that_ran_here_last_is_used(
        engine: Engine, tmp_path: Path) -> None:
    event_id, _uid, _guests = _demo(engine)
    _station_ran_once(engine, event_id, "西门", tmp_path)
    _station_ran_once(engine, event_id, "东门", tmp_path)
    offline = start_station(_unreachable(engine), DEMO_EVENT_NAME, None, copy_folder=tmp_path)
    assert offline.station == "东门"
    online = start_station(_target(engine), DEMO_EVENT_NAME, None, copy_folder=tmp_path)
    try:
        assert (online.station, online.event_id, online.found) == ("东门", event_id, None)
    finally:
        assert online.engine is not None
        online.engine.dispose()
    first_time = start_station(_target(engine), DEMO_EVENT_NAME, None,
                               copy_folder=tmp_path / "empty")
    assert first_time.engine is not None
    first_time.engine.dispose()
    assert first_time.station is None


def test_the_copy_follows_a_renamed_event(sqlite_engine: Engine, tmp_path: Path) -> None:
    event_id, _uid, _guests = _demo(sqlite_engine)
    _station_ran_once(sqlite_engine, event_id, "东门", tmp_path)
    with transaction(sqlite_engine) as session:
        rename_event(session, event_id, "投资大会（第二天）")
    _station_ran_once(sqlite_engine, event_id, "东门", tmp_path)
    assert [copy.event.name for copy in station_copies(tmp_path)] == ["投资大会（第二天）"]
    assert find_station_copy(DEMO_EVENT_NAME, folder=tmp_path) is None
    found = find_station_copy("投资大会（第二天）", "东门", tmp_path)
    assert found is not None and found.event.id == event_id


def test_no_copy_to_start_from_says_what_to_do(sqlite_engine: Engine, tmp_path: Path) -> None:
    event_id, _uid, _guests = _demo(sqlite_engine)
    nowhere = _unreachable(sqlite_engine)
    with pytest.raises(StationRefused) as refused:
        start_station(nowhere, DEMO_EVENT_NAME, "东门", copy_folder=tmp_path)
    assert "无法打开数据库" in str(refused.value)
    assert f"本机没有活动“{DEMO_EVENT_NAME}”的名单副本" in str(refused.value)
    assert "先打开一次签到台" in str(refused.value)

    _station_ran_once(sqlite_engine, event_id, "西门", tmp_path)
    with pytest.raises(StationRefused) as other:
        start_station(nowhere, DEMO_EVENT_NAME, "东门", copy_folder=tmp_path)
    assert "没有签到台“东门”的名单副本，只有：西门" in str(other.value)


def test_an_event_the_database_does_not_have_is_refused(sqlite_engine: Engine,
                                                       tmp_path: Path) -> None:
    _demo(sqlite_engine)
    with pytest.raises(StationRefused) as refused:
        start_station(_target(sqlite_engine), "没有这个会", "东门", copy_folder=tmp_path)
    assert "没有名为“没有这个会”的活动" in str(refused.value)
    assert "events" in str(refused.value)


def test_a_foreign_file_is_refused_not_taken_for_an_offline_server(tmp_path: Path) -> None:
    foreign = tmp_path / "notes.db"
    foreign.write_text("not a database")
    with pytest.raises(StationRefused) as refused:
        start_station(foreign, DEMO_EVENT_NAME, "东门", copy_folder=tmp_path)
    assert "不是 Zuoci 数据库" in str(refused.value)

"""A station that loses its server: scans answered from its copy, queued on disk, sent later with
the earliest arrival winning; resending is idempotent; cached seat plans follow layout edits."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, func
from sqlmodel import Session, select

from models.attendance import attendance
from models.checkin import (
    CheckInStatus,
    NothingToUndo,
    QueuedArrival,
    ScenePlans,
    Upload,
    check_in,
    live_arrival,
    scan,
    seat_labels,
    upload_arrival,
)
from models.db import transaction
from models.demo import create_demo
from models.guests import new_guest, regenerate_token
from models.scenes import change_element, event_scenes, scene_elements
from models.seating import arrange_scene
from models.signin_code import signin_payload
from models.station_copy import StationCopy
from models.station_desk import Desk
from models.station_listen import CheckInListener
from models.tables import CheckIn, Event, Guest, Rsvp, utcnow


def _demo(engine: Engine) -> tuple[int, str, list[Guest]]:
    """The arranged demo event: its id, uid and confirmed guests in list order."""
    with transaction(engine) as session:
        event = create_demo(session)
        for scene in event_scenes(session, event.id):
            arrange_scene(session, event, scene)
    with Session(engine, expire_on_commit=False) as session:
        guests = session.exec(select(Guest).where(Guest.event_id == event.id,
                                                  Guest.rsvp == Rsvp.CONFIRMED.value)
                              .order_by(Guest.list_order)).all()
    return event.id, event.uid, list(guests)


def _unreachable(engine: Engine) -> Engine:
    """An engine of the same kind whose server cannot be reached."""
    if engine.dialect.name == "postgresql":
        return create_engine("postgresql+psycopg://postgres@127.0.0.1:1/nowhere",
                             connect_args={"connect_timeout": 2})
    return create_engine("sqlite:////nonexistent-folder/zuoci.db")


@contextmanager
def _cut_off(*desks: Desk) -> Iterator[None]:
    """The desks' server unreachable inside the block, and back after it."""
    servers = [desk.engine for desk in desks]
    for desk in desks:
        desk.engine = _unreachable(desk.engine)
    try:
        yield
    finally:
        for desk, server in zip(desks, servers, strict=True):
            desk.engine = server


def _live(engine: Engine, guest_id: int) -> CheckIn | None:
    with Session(engine) as session:
        return live_arrival(session, guest_id)


def _rows(engine: Engine) -> int:
    with Session(engine) as session:
        return session.exec(select(func.count(CheckIn.id))).one()


def _arrived(engine: Engine, event_id: int) -> int:
    with Session(engine) as session:
        return attendance(session, session.get_one(Event, event_id)).arrived


@pytest.fixture
def demo(engine: Engine) -> tuple[int, str, list[Guest]]:
    return _demo(engine)


def _queued(guest: Guest, minutes_ago: float, station: str = "西门") -> QueuedArrival:
    return QueuedArrival(uid=f"q{guest.id}x{int(minutes_ago * 60)}", guest_id=guest.id,
                         at=utcnow() - timedelta(minutes=minutes_ago), station=station)


def test_a_queued_arrival_earlier_than_the_servers_is_the_one_that_counts(
        engine: Engine, demo: tuple[int, str, list[Guest]]) -> None:
    event_id, uid, guests = demo
    guest = guests[0]
    scan(engine, event_id, signin_payload(uid, guest.token), station="东门")
    queued = _queued(guest, 5)
    with transaction(engine) as session:
        outcome = upload_arrival(session, session.get_one(Event, event_id), queued)
    assert outcome == Upload.EARLIER
    live = _live(engine, guest.id)
    assert live is not None and (live.at, live.station, live.uid) == (queued.at, "西门", queued.uid)
    # The server's arrival, the queued one, and the undo of the later: counted once.
    assert _rows(engine) == 3
    assert _arrived(engine, event_id) == 1


def test_a_queued_arrival_later_than_the_servers_is_kept_but_not_counted(
        engine: Engine, demo: tuple[int, str, list[Guest]]) -> None:
    event_id, uid, guests = demo
    guest = guests[0]
    queued = QueuedArrival(uid="late", guest_id=guest.id, at=utcnow() + timedelta(minutes=1),
                           station="西门")
    first = scan(engine, event_id, signin_payload(uid, guest.token), station="东门")
    with transaction(engine) as session:
        outcome = upload_arrival(session, session.get_one(Event, event_id), queued)
    assert outcome == Upload.LATER
    live = _live(engine, guest.id)
    assert live is not None and (live.at, live.station) == (first.first_checked_in_at, "东门")
    assert _arrived(engine, event_id) == 1


def test_sending_a_queued_arrival_again_writes_nothing(
        engine: Engine, demo: tuple[int, str, list[Guest]]) -> None:
    event_id, _uid, guests = demo
    queued = _queued(guests[1], 2)
    outcomes = []
    for _attempt in range(2):
        with transaction(engine) as session:
            outcomes.append(upload_arrival(session, session.get_one(Event, event_id), queued))
    assert outcomes == [Upload.RECORDED, Upload.SENT_BEFORE]
    assert _rows(engine) == 1
    live = _live(engine, guests[1].id)
    assert live is not None and live.at == queued.at


def test_a_station_keeps_checking_in_offline_and_sends_the_queue_when_back(
        engine: Engine, demo: tuple[int, str, list[Guest]], tmp_path: Path) -> None:
    event_id, uid, guests = demo
    desk = Desk(engine, event_id, "东门", copy_folder=tmp_path)
    code = [signin_payload(uid, guest.token) for guest in guests]
    try:
        assert desk.scan(code[0]).status == CheckInStatus.CHECKED_IN
        with _cut_off(desk):
            offline = desk.scan(code[1])
            assert not desk.online
            assert offline.status == CheckInStatus.CHECKED_IN
            assert offline.guest is not None and offline.guest.name == guests[1].name
            # Another station, still online, checks the same guest in a moment later.
            assert offline.seats == scan(engine, event_id, code[1], station="西门").seats != []
            again = desk.scan(code[1])
            assert (again.status, again.first_checked_in_at) == (
                CheckInStatus.ALREADY_CHECKED_IN, offline.first_checked_in_at)
            assert desk.scan(code[0]).status == CheckInStatus.ALREADY_CHECKED_IN
            assert desk.scan(code[2]).status == CheckInStatus.CHECKED_IN
            assert desk.scan(f"ZC1:other:{guests[3].token}").status == CheckInStatus.OTHER_EVENT
            assert desk.pending() == 2
            assert desk.counts().arrived == 3
            # Still unreachable: a sync sends nothing and loses nothing.
            assert desk.sync() == desk.sync()
            assert (desk.online, desk.pending()) == (False, 2)
        report = desk.sync()
    finally:
        desk.close()
    assert (report.online, report.pending, report.sent) == (True, 0, 2)
    assert report.outcomes == {Upload.EARLIER: 1, Upload.RECORDED: 1}
    live = _live(engine, guests[1].id)
    assert live is not None and (live.at, live.station) == (offline.first_checked_in_at, "东门")
    assert _arrived(engine, event_id) == 3


def test_the_queue_survives_a_restart_and_a_crash_mid_send_is_not_doubled(
        engine: Engine, demo: tuple[int, str, list[Guest]], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    event_id, uid, guests = demo
    desk = Desk(engine, event_id, "东门", copy_folder=tmp_path)
    with _cut_off(desk):
        for guest in guests[:3]:
            desk.scan(signin_payload(uid, guest.token))
    desk.close()

    again = Desk(engine, event_id, "东门", copy_folder=tmp_path)
    assert again.pending() == 3

    def crash(_uid: str) -> None:
        raise OSError("power cut")

    with monkeypatch.context() as patched:
        patched.setattr(StationCopy, "mark_sent", lambda _self, uid: crash(uid))
        with pytest.raises(OSError):
            again.sync()
    assert again.pending() == 3
    report = again.sync()
    again.close()
    assert report.outcomes == {Upload.SENT_BEFORE: 1, Upload.RECORDED: 2}
    assert (_rows(engine), _arrived(engine, event_id)) == (3, 3)


def test_a_code_reissued_and_a_guest_added_while_online_scan_offline(
        engine: Engine, demo: tuple[int, str, list[Guest]], tmp_path: Path) -> None:
    event_id, uid, guests = demo
    desk = Desk(engine, event_id, "东门", copy_folder=tmp_path)
    try:
        with transaction(engine) as session:
            guest = session.get_one(Guest, guests[0].id)
            old_token, new_token = guest.token, regenerate_token(session, guest)
            walk_in = new_guest(event_id, "赵新", rsvp=Rsvp.CONFIRMED.value)
            session.add(walk_in)
        desk.sync()
        with _cut_off(desk):
            answers = [desk.scan(signin_payload(uid, token)).status
                       for token in (old_token, new_token, walk_in.token)]
    finally:
        desk.close()
    assert answers == [CheckInStatus.UNKNOWN_CODE, CheckInStatus.CHECKED_IN,
                       CheckInStatus.CHECKED_IN]


def test_two_stations_offline_with_the_same_guest_resolve_to_the_earliest(
        engine: Engine, demo: tuple[int, str, list[Guest]], tmp_path: Path) -> None:
    event_id, uid, guests = demo
    code = signin_payload(uid, guests[4].token)
    east = Desk(engine, event_id, "东门", copy_folder=tmp_path)
    west = Desk(engine, event_id, "西门", copy_folder=tmp_path)
    try:
        with _cut_off(east, west):
            first = east.scan(code)
            second = west.scan(code)
        assert first.status == second.status == CheckInStatus.CHECKED_IN
        # The later arrival reaches the server first.
        assert west.sync().outcomes == {Upload.RECORDED: 1}
        assert east.sync().outcomes == {Upload.EARLIER: 1}
    finally:
        east.close()
        west.close()
    live = _live(engine, guests[4].id)
    assert live is not None and (live.at, live.station) == (first.first_checked_in_at, "东门")
    assert _arrived(engine, event_id) == 1


def test_offline_undo_cancels_only_what_this_station_queued(
        engine: Engine, demo: tuple[int, str, list[Guest]], tmp_path: Path) -> None:
    event_id, uid, guests = demo
    desk = Desk(engine, event_id, "东门", copy_folder=tmp_path)
    try:
        desk.scan(signin_payload(uid, guests[0].token))
        with _cut_off(desk):
            desk.scan(signin_payload(uid, guests[1].token))
            desk.undo(guests[1].id)
            assert desk.pending() == 0
            again = desk.scan(signin_payload(uid, guests[1].token))
            assert again.status == CheckInStatus.CHECKED_IN
            with pytest.raises(NothingToUndo, match=guests[0].name):
                desk.undo(guests[0].id)
    finally:
        desk.close()


def test_cached_seat_plans_follow_a_moved_table(sqlite_engine: Engine) -> None:
    event_id, _uid, guests = _demo(sqlite_engine)
    plans = ScenePlans()
    with transaction(sqlite_engine) as session:
        event = session.get_one(Event, event_id)
        scenes = event_scenes(session, event_id)
        banquet = next(scene for scene in scenes if scene.kind == "banquet")
        seated = [g for g in guests
                  if any(banquet.name in label for label in seat_labels(session, event, g.id))]
        before = {g.id: seat_labels(session, event, g.id, plans) for g in seated}
        cached = dict(plans._plans)
        assert seat_labels(session, event, seated[0].id, plans) == before[seated[0].id]
        assert plans._plans == cached
        # Swap two tables: their numbers, and so the labels of those sitting there, change.
        tables = [e for e in scene_elements(session, banquet.id) if e.kind == "table"]
        first, last = tables[0], tables[-1]
        (fx, fy), (lx, ly) = (first.x, first.y), (last.x, last.y)
        change_element(session, first, x=lx, y=ly)
        change_element(session, last, x=fx, y=fy)
        after = {g.id: seat_labels(session, event, g.id, plans) for g in seated}
        fresh = {g.id: seat_labels(session, event, g.id) for g in seated}
    assert after == fresh
    assert after != before


@pytest.mark.parametrize("renamed", ["东区", "东侧座区"])
def test_cached_seat_plans_follow_a_renamed_block(sqlite_engine: Engine, renamed: str,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A new label of another length shows at once; one of the same length once the plan is
    older than PLAN_MAX_AGE_S."""
    event_id, _uid, guests = _demo(sqlite_engine)
    plans = ScenePlans()

    def labels(guest_id: int) -> list[str]:
        # A session per scan, as at the station.
        with Session(sqlite_engine) as session:
            return seat_labels(session, session.get_one(Event, event_id), guest_id, plans)

    seated = next(g for g in guests if any("左区" in label for label in labels(g.id)))
    with transaction(sqlite_engine) as session:
        hall = event_scenes(session, event_id)[0]
        block = next(e for e in scene_elements(session, hall.id) if e.label == "左区")
        change_element(session, block, label=renamed)
    if len(renamed) == len("左区"):
        assert any("左区" in label for label in labels(seated.id))
        monkeypatch.setattr("models.checkin.PLAN_MAX_AGE_S", 0.0)
    assert any(renamed in label for label in labels(seated.id))


def test_check_in_through_cached_plans_answers_as_without(sqlite_engine: Engine) -> None:
    event_id, _uid, guests = _demo(sqlite_engine)
    plans = ScenePlans()
    with transaction(sqlite_engine) as session:
        event = session.get_one(Event, event_id)
        for guest in guests[:10]:
            cached = check_in(session, event, guest.token, plans=plans)
            assert cached.seats == seat_labels(session, event, guest.id)


@pytest.mark.postgres
def test_a_listening_station_hears_another_stations_check_in(pg_url: str) -> None:
    from models.db import open_database

    engine = open_database(pg_url)
    heard = threading.Event()
    try:
        event_id, uid, guests = _demo(engine)
        listener = CheckInListener(engine, event_id, heard.set)
        listener.start()
        try:
            # The listener calls once when connected, so that nothing missed before is lost.
            assert heard.wait(5)
            heard.clear()
            scan(engine, event_id, signin_payload(uid, guests[0].token), station="西门")
            assert heard.wait(2)
        finally:
            listener.stop()
    finally:
        engine.dispose()

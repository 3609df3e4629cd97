"""Several sign-in stations scanning the same guests at the same moment record one arrival each."""

from __future__ import annotations

import multiprocessing
import random
import threading
from collections import Counter
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier

import pytest
from sqlalchemy import Engine, func
from sqlmodel import select

from models.attendance import attendance
from models.checkin import CheckInStatus, live_arrival, scan
from models.db import open_database, transaction
from models.events import create_event
from models.guests import new_guest
from models.signin_code import signin_payload
from models.tables import CheckIn, Event, Guest

STATIONS = 4
GUESTS = 24


def _event_with_guests(engine: Engine) -> tuple[int, list[str]]:
    """The event's id and the sign-in codes of its guests."""
    with transaction(engine) as session:
        event = create_event(session, "并发签到")
        guests = [new_guest(event.id, f"嘉宾{number}") for number in range(GUESTS)]
        session.add_all(guests)
        session.flush()
        return event.id, [signin_payload(event.uid, guest.token) for guest in guests]


def _station_codes(codes: list[str], station: int) -> list[str]:
    """Every station scans most guests, in its own order, so that scans of one guest collide."""
    chosen = [code for index, code in enumerate(codes) if index % STATIONS != station]
    random.Random(station).shuffle(chosen)
    return chosen


def _station(url: str, event_id: int, codes: list[str], station: str, start: Barrier,
             answers: Queue[list[str]]) -> None:
    engine = open_database(url)
    try:
        start.wait()
        answers.put([scan(engine, event_id, code, station=station).status.value
                     for code in codes])
    finally:
        engine.dispose()


def _assert_one_live_arrival_each(engine: Engine, event_id: int,
                                  statuses: Counter[str]) -> None:
    with transaction(engine) as session:
        event = session.get_one(Event, event_id)
        guest_ids = session.exec(select(Guest.id).where(Guest.event_id == event_id)).all()
        rows = session.exec(select(func.count(CheckIn.id))).one()
        live = [live_arrival(session, guest_id) for guest_id in guest_ids]
        counts = attendance(session, event)
    assert statuses[CheckInStatus.CHECKED_IN] == GUESTS
    # Each guest is scanned by all stations but one; every scan after the first is a repeat.
    assert statuses[CheckInStatus.ALREADY_CHECKED_IN] == GUESTS * (STATIONS - 1) - GUESTS
    assert rows == GUESTS
    assert all(arrival is not None for arrival in live)
    assert (counts.arrived, counts.absent) == (GUESTS, 0)


@pytest.mark.postgres
def test_four_station_processes_on_postgresql_record_one_arrival_per_guest(pg_url: str) -> None:
    engine = open_database(pg_url)
    try:
        event_id, codes = _event_with_guests(engine)
        context = multiprocessing.get_context("spawn")
        start = context.Barrier(STATIONS)
        answers: Queue[list[str]] = context.Queue()
        stations = [
            context.Process(target=_station, args=(pg_url, event_id,
                                                   _station_codes(codes, number),
                                                   f"签到台{number}", start, answers))
            for number in range(STATIONS)
        ]
        for process in stations:
            process.start()
        statuses = Counter(status for _ in stations for status in answers.get(timeout=60))
        for process in stations:
            process.join(timeout=30)
            assert process.exitcode == 0
        _assert_one_live_arrival_each(engine, event_id, statuses)
    finally:
        engine.dispose()


def test_four_station_threads_on_one_sqlite_file_record_one_arrival_per_guest(
        sqlite_engine: Engine) -> None:
    event_id, codes = _event_with_guests(sqlite_engine)
    start = threading.Barrier(STATIONS)
    statuses: Counter[str] = Counter()
    failures: list[BaseException] = []
    guard = threading.Lock()

    def station(number: int) -> None:
        try:
            start.wait()
            answers = [scan(sqlite_engine, event_id, code, station=f"签到台{number}").status
                       for code in _station_codes(codes, number)]
        except BaseException as error:
            failures.append(error)
            return
        with guard:
            statuses.update(answers)

    threads = [threading.Thread(target=station, args=(number,)) for number in range(STATIONS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert failures == []
    _assert_one_live_arrival_each(sqlite_engine, event_id, statuses)

"""Two stations keep scanning while the PostgreSQL server is stopped and started again: no arrival
is lost, none is counted twice, and each guest's arrival is the earliest any station saw."""

from __future__ import annotations

import os
import random
import subprocess
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.pool import NullPool
from sqlmodel import Session, select

from models.attendance import attendance
from models.checkin import CheckInStatus, arrivals, live_arrival
from models.db import open_database, transaction
from models.events import create_event
from models.guests import new_guest
from models.signin_code import signin_payload
from models.station_desk import Desk
from models.tables import Event, Guest
from tests.conftest import PG_URL

GUESTS = 80
# Each station scans most guests, so that many are scanned at both, some while offline.
SCANS_PER_STATION = 60
SCAN_PAUSE_S = 0.01


def _server_control() -> Callable[[str], None]:
    """Runs ZUOCI_TEST_PG_CTL stop|start: a command for the server of ZUOCI_TEST_PG_URL."""
    command = os.environ.get("ZUOCI_TEST_PG_CTL", "")
    if not command:
        if os.environ.get("ZUOCI_REQUIRE_ALL"):
            pytest.fail("ZUOCI_TEST_PG_CTL is not set but ZUOCI_REQUIRE_ALL asks for every test")
        pytest.skip("ZUOCI_TEST_PG_CTL is not set")

    def control(action: str) -> None:
        subprocess.run([*command.split(), action], check=True, capture_output=True, timeout=60)

    return control


@pytest.fixture
def restartable_url() -> Iterator[str]:
    """What pg_url gives, for a test that restarts the server: the database is made and dropped
    through connections opened for the purpose, since pooled ones do not survive the restart."""
    if not PG_URL:
        if os.environ.get("ZUOCI_REQUIRE_ALL"):
            pytest.fail("ZUOCI_TEST_PG_URL is not set but ZUOCI_REQUIRE_ALL asks for every test")
        pytest.skip("ZUOCI_TEST_PG_URL is not set")
    name = f"zuoci_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield PG_URL.rsplit("/", 1)[0] + f"/{name}"
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def _event(engine: Engine) -> tuple[int, list[str]]:
    with transaction(engine) as session:
        event = create_event(session, "断网签到")
        guests = [new_guest(event.id, f"嘉宾{number}") for number in range(GUESTS)]
        session.add_all(guests)
        session.flush()
        return event.id, [signin_payload(event.uid, guest.token) for guest in guests]


class _Station(threading.Thread):
    """Scans its codes one after another, as a person at the door would, noting every answer."""

    def __init__(self, desk: Desk, codes: list[str]) -> None:
        super().__init__(daemon=True)
        self.desk = desk
        self.codes = codes
        self.answers: list[tuple[str, CheckInStatus, datetime | None, bool]] = []
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            for code in self.codes:
                result = self.desk.scan(code)
                self.answers.append((code, result.status, result.first_checked_in_at,
                                     self.desk.online))
                time.sleep(SCAN_PAUSE_S)
        except BaseException as error:
            # Raised in the test, which asserts that no scan failed.
            self.error = error


@pytest.mark.postgres
def test_scanning_through_a_server_restart_loses_and_doubles_nothing(
        restartable_url: str, tmp_path: Path) -> None:
    control = _server_control()
    engine = open_database(restartable_url)
    desks: list[Desk] = []
    try:
        event_id, codes = _event(engine)
        desks = [Desk(engine, event_id, name, copy_folder=tmp_path) for name in ("东门", "西门")]
        stations = [_Station(desk, random.Random(number).sample(codes, SCANS_PER_STATION))
                    for number, desk in enumerate(desks)]
        for station in stations:
            station.start()
        time.sleep(0.25)
        control("stop")
        try:
            time.sleep(1.0)
        finally:
            control("start")
        for station in stations:
            station.join(60)
            assert station.error is None, station.error
        for desk in desks:
            reports = [desk.sync() for _attempt in range(3)]
            assert reports[-1].online and reports[-1].pending == 0
    finally:
        for desk in desks:
            desk.close()

    answers = [answer for station in stations for answer in station.answers]
    assert len(answers) == 2 * SCANS_PER_STATION
    # Both stations worked offline for a while, and online before and after.
    assert {online for station in stations for *_rest, online in station.answers} == {True, False}
    first_seen: dict[str, datetime] = {}
    for code, status, at, _online in answers:
        assert status in (CheckInStatus.CHECKED_IN, CheckInStatus.ALREADY_CHECKED_IN)
        if status == CheckInStatus.CHECKED_IN and at is not None:
            first_seen[code] = min(at, first_seen.get(code, at))
    scanned = {code for code, *_rest in answers}
    assert set(first_seen) == scanned

    try:
        with Session(engine) as session:
            event = session.get_one(Event, event_id)
            live = arrivals(session, event)
            counts = attendance(session, event)
            tokens = {guest.id: guest.token for guest in session.exec(
                select(Guest).where(Guest.event_id == event_id))}
            earliest = {tokens[arrival.guest.id]: live_arrival(session, arrival.guest.id)
                        for arrival in live}
    finally:
        engine.dispose()
    per_guest = Counter(arrival.guest.id for arrival in live)
    assert max(per_guest.values()) == 1
    assert counts.arrived == len(live) == len(scanned)
    for code, at in first_seen.items():
        token = code.rsplit(":", 1)[1]
        arrival = earliest[token]
        assert arrival is not None and arrival.at == at

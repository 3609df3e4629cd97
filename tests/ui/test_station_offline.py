"""The station when its database goes away: it says so, keeps checking guests in, and sends the
check-ins when the database is back; other stations' check-ins show at once on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlmodel import Session

from models.attendance import attendance
from models.checkin import scan
from models.db import open_database
from models.signin_code import signin_payload
from models.tables import Event
from tests.ui.test_station import Demo, arranged_demo, colour, scan_keys
from ui.station import AMBER, GREEN, RED, StationWindow

# The station's sounds look for an audio server that the test machine does not have.
pytestmark = pytest.mark.qt_log_ignore("PulseAudioService")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[Path, Engine]]:
    """A database file in a folder of its own, which the test can take away."""
    folder = tmp_path / "server"
    folder.mkdir()
    engine = open_database(folder / "zuoci.db")
    yield folder, engine
    engine.dispose()


def _station(qtbot: QtBot, engine: Engine, event_id: int, tmp_path: Path,
             settings: QSettings) -> StationWindow:
    window = StationWindow(engine, event_id, "东门", settings=settings,
                           copy_folder=tmp_path / "copies")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.scan_field.hasFocus)
    return window


def _status_colour(window: StationWindow) -> str:
    return window.link_status.styleSheet().split("background: ")[1].split(";")[0]


def test_the_station_works_offline_and_sends_its_check_ins_when_back(
        qtbot: QtBot, server: tuple[Path, Engine], tmp_path: Path, settings: QSettings) -> None:
    folder, engine = server
    demo: Demo = arranged_demo(engine)
    window = _station(qtbot, engine, demo.event_id, tmp_path, settings)
    assert (window.link_status.text(), _status_colour(window)) == ("Online", GREEN)
    expected = window.counts.text()

    away = folder.rename(tmp_path / "unplugged")
    scan_keys(qtbot, window, signin_payload(demo.uid, demo.vip.token))
    assert window.headline.text() == "Checked in"
    assert window.name.text() == demo.vip.name
    assert window.seats.text() != ""
    assert window.link_status.text() == "Offline: 1 check-in(s) waiting to be sent"
    assert _status_colour(window) == RED
    assert window.counts.text().startswith("Arrived 1 /")

    scan_keys(qtbot, window, signin_payload(demo.uid, demo.vip.token))
    assert (window.headline.text(), colour(window)) == ("Already checked in", AMBER)
    scan_keys(qtbot, window, signin_payload(demo.uid, demo.plain.token))
    assert window.link_status.text() == "Offline: 2 check-in(s) waiting to be sent"
    # The timer's syncs find no database and keep the queue.
    window.link.sync_soon()
    window.link.wait()
    qtbot.wait(50)
    assert window.link_status.text() == "Offline: 2 check-in(s) waiting to be sent"

    away.rename(folder)
    qtbot.waitUntil(lambda: window.link_status.text()
                    == "Online: 2 check-in(s) made offline sent", timeout=10_000)
    assert _status_colour(window) == GREEN
    assert window.counts.text() == expected.replace("Arrived 0", "Arrived 2")
    with Session(engine) as session:
        assert attendance(session, session.get_one(Event, demo.event_id)).arrived == 2
    # Back online, a repeat scan is answered by the database.
    repeat = scan(engine, demo.event_id, signin_payload(demo.uid, demo.plain.token))
    assert repeat.station == "东门"


@pytest.mark.postgres
def test_another_stations_check_in_shows_without_waiting_for_the_timer(
        qtbot: QtBot, pg_url: str, tmp_path: Path, settings: QSettings) -> None:
    engine = open_database(pg_url)
    try:
        demo = arranged_demo(engine)
        window = _station(qtbot, engine, demo.event_id, tmp_path, settings)
        # Only the notice from the database can update the counts now.
        window.counts_timer.stop()
        before = window.counts.text()
        qtbot.wait(500)
        scan(engine, demo.event_id, signin_payload(demo.uid, demo.plain.token), station="西门")
        qtbot.waitUntil(lambda: window.counts.text() == before.replace("Arrived 0", "Arrived 1"),
                        timeout=2000)
        window.close()
    finally:
        engine.dispose()

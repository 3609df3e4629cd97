"""The station on its own: `main.py station` refusals without a window, starting offline from the
copy and sending on return, other stations' VIPs for the ushers once each, and what a station
offline says about walk-ins and new codes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlmodel import Session, select

from main import main
from models.attendance import attendance
from models.checkin import live_arrival, scan, undo_check_in
from models.db import open_database, transaction
from models.demo import DEMO_EVENT_NAME
from models.names import pinyin_and_initials
from models.signin_code import signin_payload
from models.station_desk import Desk
from models.station_start import start_station
from models.tables import Event, Guest, Rsvp
from tests.ui.test_station import Demo, arranged_demo, scan_keys
from ui import station as station_module
from ui.station import StationWindow
from ui.station_app import open_station_window

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


def _vips(engine: Engine, event_id: int) -> list[Guest]:
    with Session(engine) as session:
        return list(session.exec(select(Guest).where(
            Guest.event_id == event_id, Guest.vip, Guest.rsvp == Rsvp.CONFIRMED.value)
            .order_by(Guest.list_order)).all())


def _initials(name: str) -> str:
    return pinyin_and_initials(name)[1].replace(" ", "").lower()


def _shown(qtbot: QtBot, window: StationWindow) -> None:
    qtbot.addWidget(window)
    window.resize(1280, 800)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.scan_field.hasFocus)


def _station(qtbot: QtBot, engine: Engine, event_id: int, tmp_path: Path,
             settings: QSettings) -> StationWindow:
    window = StationWindow(engine, event_id, "东门", settings=settings,
                           copy_folder=tmp_path / "copies")
    window.show()
    _shown(qtbot, window)
    return window


def _synced(qtbot: QtBot, window: StationWindow) -> None:
    window.link.sync_soon()
    window.link.wait()
    # The report arrives through a queued signal.
    qtbot.wait(50)


# The command line


def _stations(qapp: QApplication) -> int:
    """The station windows in existence (an earlier test's may linger until deleted)."""
    return sum(isinstance(widget, StationWindow) for widget in qapp.topLevelWidgets())


def test_the_station_command_without_an_event_is_a_usage_error(
        capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["station"], ["station", "--event", "会", "--desk", "东门"]):
        with pytest.raises(SystemExit) as exited:
            main(argv)
        assert exited.value.code == 2
    assert "--event" in capsys.readouterr().err


def test_the_station_command_refuses_an_unknown_event_without_a_window(
        qapp: QApplication, sqlite_engine: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    arranged_demo(sqlite_engine)
    database = sqlite_engine.url.database
    before = _stations(qapp)
    assert main(["--db", str(database), "station", "--event", "没有这个会"]) == 1
    error = capsys.readouterr().err
    assert "没有名为“没有这个会”的活动" in error
    assert _stations(qapp) == before


def test_the_station_command_with_no_database_and_no_copy_says_what_to_do(
        qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    # A user data folder of its own: other tests leave copies of the sample event in the run's.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    nowhere = tmp_path / "unplugged" / "zuoci.db"
    before = _stations(qapp)
    assert main(["--db", str(nowhere), "station", "--event", DEMO_EVENT_NAME,
                 "--station", "东门"]) == 1
    error = capsys.readouterr().err
    assert "无法打开数据库" in error and "无法离线启动签到台" in error
    assert _stations(qapp) == before


# Starting offline


def test_the_station_starts_offline_from_its_copy_and_sends_on_return(
        qtbot: QtBot, server: tuple[Path, Engine], tmp_path: Path, settings: QSettings) -> None:
    folder, engine = server
    demo: Demo = arranged_demo(engine)
    copies = tmp_path / "copies"
    Desk(engine, demo.event_id, "东门", copy_folder=copies).close()
    away = folder.rename(tmp_path / "unplugged")

    database = folder / "zuoci.db"
    start = start_station(database, DEMO_EVENT_NAME, "东门", copy_folder=copies)
    window = open_station_window(start, "东门", database, settings, copy_folder=copies)
    _shown(qtbot, window)
    window.counts_timer.stop()
    assert window.windowTitle() == f"Sign-in: {DEMO_EVENT_NAME} (东门)"
    assert window.start_notice.isVisible()
    assert window.start_notice.text().startswith(
        "Started offline: using the guest list copied at ")
    assert window.link_status.text() == "Offline: 0 check-in(s) waiting to be sent"

    # The search works from the copy, by pinyin initials too.
    qtbot.keyClicks(window.search_field, _initials(demo.plain.name))
    assert demo.plain.name in [window.matches.item(row).text().split("　")[0]
                               for row in range(window.matches.count())]
    window.search_field.clear()
    window.matches.clear()
    window.scan_field.setFocus()
    scan_keys(qtbot, window, signin_payload(demo.uid, demo.vip.token))
    assert (window.headline.text(), window.name.text()) == ("Checked in", demo.vip.name)
    assert window.seats.text() != ""
    scanned_at = window._result.first_checked_in_at
    assert window.link_status.text() == "Offline: 1 check-in(s) waiting to be sent"
    _synced(qtbot, window)
    assert window.link_status.text() == "Offline: 1 check-in(s) waiting to be sent"

    # Back: another station, online, scanned the guest after this one did.
    away.rename(folder)
    assert scan(engine, demo.event_id, signin_payload(demo.uid, demo.vip.token),
                station="西门").admitted
    _synced(qtbot, window)
    qtbot.waitUntil(lambda: window.link_status.text()
                    == "Online: 1 check-in(s) made offline sent", timeout=5000)
    assert not window.start_notice.isVisible()
    with Session(engine) as session:
        arrival = live_arrival(session, demo.vip.id)
        assert arrival is not None
        assert (arrival.at, arrival.station) == (scanned_at, "东门")
        assert attendance(session, session.get_one(Event, demo.event_id)).arrived == 1
    assert window.counts.text().startswith("Arrived 1 /")


# VIPs at other stations


def test_a_vip_checked_in_at_another_station_is_listed_once(
        qtbot: QtBot, sqlite_engine: Engine, tmp_path: Path, settings: QSettings) -> None:
    demo = arranged_demo(sqlite_engine)
    first, second = _vips(sqlite_engine, demo.event_id)[:2]
    window = _station(qtbot, sqlite_engine, demo.event_id, tmp_path, settings)
    window.counts_timer.stop()
    assert not window.vip_alerts.isVisible()

    scan(sqlite_engine, demo.event_id, signin_payload(demo.uid, first.token), station="西门")
    scan(sqlite_engine, demo.event_id, signin_payload(demo.uid, demo.plain.token),
         station="西门")
    _synced(qtbot, window)
    assert window.vip_alerts.waiting() == [first.id]
    line = window.vip_alerts.entries.item(0).text()
    assert first.name in line and "(checked in at 西门)" in line
    _synced(qtbot, window)
    assert window.vip_alerts.waiting() == [first.id]

    # This station's own VIP: listed once, by the scan, not again by the sync.
    scan_keys(qtbot, window, signin_payload(demo.uid, second.token))
    _synced(qtbot, window)
    assert window.vip_alerts.waiting() == [second.id, first.id]
    assert "checked in at" not in window.vip_alerts.entries.item(0).text()

    # Acknowledged stays acknowledged; an arrival undone elsewhere is taken off the list.
    window.vip_alerts.acknowledge_one(window.vip_alerts.entries.item(0))
    _synced(qtbot, window)
    assert window.vip_alerts.waiting() == [first.id]
    with transaction(sqlite_engine) as session:
        undo_check_in(session, session.get_one(Event, demo.event_id), first.id, station="西门")
    _synced(qtbot, window)
    assert window.vip_alerts.waiting() == []
    window.close()


@pytest.mark.postgres
def test_a_vip_at_another_station_shows_at_once_on_postgresql(
        qtbot: QtBot, pg_url: str, tmp_path: Path, settings: QSettings) -> None:
    engine = open_database(pg_url)
    try:
        demo = arranged_demo(engine)
        vip = _vips(engine, demo.event_id)[0]
        window = _station(qtbot, engine, demo.event_id, tmp_path, settings)
        # Only the notice from the database can bring the arrival now.
        window.counts_timer.stop()
        qtbot.wait(500)
        scan(engine, demo.event_id, signin_payload(demo.uid, vip.token), station="西门")
        qtbot.waitUntil(lambda: window.vip_alerts.waiting() == [vip.id], timeout=3000)
        qtbot.wait(500)
        assert window.vip_alerts.waiting() == [vip.id]
        window.close()
    finally:
        engine.dispose()


# What needs the database


def test_walk_ins_and_new_codes_offline_say_what_to_do(
        qtbot: QtBot, server: tuple[Path, Engine], tmp_path: Path, settings: QSettings,
        monkeypatch: pytest.MonkeyPatch) -> None:
    folder, engine = server
    demo = arranged_demo(engine)
    window = _station(qtbot, engine, demo.event_id, tmp_path, settings)
    window.counts_timer.stop()
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(station_module.QMessageBox, "warning",
                        lambda _parent, title, text: warnings.append((title, text))
                        or QMessageBox.StandardButton.Ok)
    away = folder.rename(tmp_path / "unplugged")
    scan_keys(qtbot, window, signin_payload(demo.uid, demo.plain.token))
    assert not window.link.desk.online

    window.walk_in_button.click()
    qtbot.keyClicks(window.search_field, _initials(demo.vip.name))
    window.reissue_button.click()
    assert [title for title, _text in warnings] == ["Register walk-in", "Reissue sign-in code"]
    walk_in, reissue = (text for _title, text in warnings)
    assert "Register the guest at a station that is online" in walk_in
    assert "Issue it at a station that is online" in reissue
    assert "found by name and checked in" in reissue
    away.rename(folder)
    window.close()

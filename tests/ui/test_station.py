"""The sign-in station on the demo event: scanner keystrokes, IME text, search, undo, counts."""

from __future__ import annotations

import json
import subprocess
import sys
import wave
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage, QInputMethodEvent
from PySide6.QtMultimedia import QVideoFrame
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlmodel import Session, select

from models.checkin import scan
from models.db import open_database, transaction
from models.demo import create_demo
from models.names import pinyin_and_initials
from models.scenes import event_scenes
from models.seating import arrange_scene
from models.signin_code import signin_payload
from models.tables import Guest, Rsvp
from tests.printing.pdf_checks import qr_codes
from tests.ui.gui_process import ROOT, child_environment
from tests.ui.test_camera_scan import as_frame, badge_picture
from tests.ui.test_screenshots import distinct_colours, screenshot_dir, x_display
from ui import new_code_dialog
from ui import station as station_module
from ui.camera_scan import QrDecoder
from ui.guest_table import GUEST_ID_ROLE
from ui.main_window import MainWindow
from ui.station import StationWindow, open_station
from ui.station_sounds import RATE, TONES, sound_file
from ui.translations import Translators

__all__ = ["screenshot_dir", "x_display"]

# The test machine has no sound server: Qt says so when the desk looks for a sound device.
pytestmark = pytest.mark.qt_log_ignore("PulseAudioService")

AMBER, GREEN, GREY, RED = (station_module.AMBER, station_module.GREEN, station_module.GREY,
                           station_module.RED)


@dataclass(frozen=True)
class Demo:
    event_id: int
    uid: str
    vip: Guest
    plain: Guest
    declined: Guest


def arranged_demo(engine: Engine) -> Demo:
    with transaction(engine) as session:
        event = create_demo(session)
        for scene in event_scenes(session, event.id):
            arrange_scene(session, event, scene)
    with Session(engine, expire_on_commit=False) as session:
        guests = session.exec(select(Guest).where(Guest.event_id == event.id)
                              .order_by(Guest.list_order)).all()
        confirmed = [guest for guest in guests if guest.rsvp == Rsvp.CONFIRMED]
        return Demo(event_id=event.id, uid=event.uid,
                    vip=next(guest for guest in confirmed if guest.vip),
                    plain=next(guest for guest in confirmed if not guest.vip),
                    declined=next(guest for guest in guests if guest.rsvp == Rsvp.DECLINED))


@pytest.fixture
def demo(sqlite_engine: Engine) -> Demo:
    return arranged_demo(sqlite_engine)


@pytest.fixture
def window(qtbot: QtBot, sqlite_engine: Engine, demo: Demo, chinese: Translators,
           settings: QSettings, tmp_path: Path) -> StationWindow:
    window = StationWindow(sqlite_engine, demo.event_id, "东门", settings=settings,
                           copy_folder=tmp_path / "stations")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(window.scan_field.hasFocus)
    return window


def scan_keys(qtbot: QtBot, window: StationWindow, text: str) -> None:
    """What a keyboard-wedge scanner does: a burst of key presses, then Enter."""
    qtbot.keyClicks(QApplication.focusWidget(), text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def colour(window: StationWindow) -> str:
    return window.panel.styleSheet().split("background: ")[1].split(";")[0]


def test_a_scan_checks_in_and_shows_the_name_and_every_seat(qtbot: QtBot, window: StationWindow,
                                                             demo: Demo) -> None:
    scan_keys(qtbot, window, signin_payload(demo.uid, demo.vip.token))

    assert window.headline.text() == "签到成功"
    assert window.name.text() == demo.vip.name
    assert demo.vip.organisation in window.affiliation.text()
    seats = window.seats.text().split("\n")
    assert len(seats) >= 2 and seats[0].startswith("主会场 ") and "座" in seats[0]
    assert any(seat.startswith("欢迎晚宴 ") for seat in seats)
    assert colour(window) == GREEN
    assert window.banner.isVisibleTo(window) and window.banner.text() == "贵宾到达"
    assert window.scan_field.text() == "" and window.scan_field.hasFocus()


def test_a_guest_who_is_not_a_vip_gets_no_banner(qtbot: QtBot, window: StationWindow,
                                                 demo: Demo) -> None:
    scan_keys(qtbot, window, signin_payload(demo.uid, demo.plain.token))

    assert window.name.text() == demo.plain.name
    assert not window.banner.isVisibleTo(window)


def test_a_second_scan_shows_already_in_with_the_time_and_station(
        qtbot: QtBot, window: StationWindow, sqlite_engine: Engine, demo: Demo) -> None:
    first = scan(sqlite_engine, demo.event_id, demo.plain.token, station="西门")
    assert first.first_checked_in_at is not None

    scan_keys(qtbot, window, signin_payload(demo.uid, demo.plain.token))

    assert window.headline.text() == "已签到"
    assert colour(window) == AMBER
    at = first.first_checked_in_at.astimezone().strftime("%H:%M:%S")
    assert window.detail.text() == f"首次签到：{at}，西门"


def test_garbage_shows_unknown_and_another_events_code_shows_wrong_event(
        qtbot: QtBot, window: StationWindow, demo: Demo) -> None:
    scan_keys(qtbot, window, "hello?123")
    assert window.headline.text() == "无法识别的签到码"
    assert colour(window) == RED
    assert window.name.text() == ""

    scan_keys(qtbot, window, signin_payload("another-event", demo.plain.token))
    assert window.headline.text() == "这是其他活动的签到码"
    assert colour(window) == RED


def test_a_guest_who_declined_is_not_checked_in(qtbot: QtBot, window: StationWindow,
                                                demo: Demo) -> None:
    scan_keys(qtbot, window, signin_payload(demo.uid, demo.declined.token))

    assert window.name.text() == demo.declined.name
    assert colour(window) == GREY
    assert window.counts.text() == "已到 0 / 应到 135"


def test_the_scan_field_takes_no_input_method_but_accepts_committed_text(
        qtbot: QtBot, window: StationWindow, demo: Demo) -> None:
    field = window.scan_field
    assert not field.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    assert field.inputMethodHints() & Qt.InputMethodHint.ImhLatinOnly
    payload = signin_payload(demo.uid, demo.vip.token)
    # A Chinese IME in full-width mode commits full-width letters and colons.
    full_width = payload.translate({code: code + 0xFEE0 for code in range(0x21, 0x7F)})
    event = QInputMethodEvent("", [])
    event.setCommitString(full_width)
    QApplication.sendEvent(field, event)
    assert field.text() == payload

    qtbot.keyClick(field, Qt.Key.Key_Return)

    assert window.headline.text() == "签到成功"
    assert window.name.text() == demo.vip.name


def test_focus_returns_to_the_scan_field(qtbot: QtBot, window: StationWindow) -> None:
    qtbot.mouseClick(window.panel, Qt.MouseButton.LeftButton)
    assert window.scan_field.hasFocus()
    stray = QWidget(window.centralWidget())
    stray.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    stray.show()
    stray.setFocus()

    qtbot.waitUntil(window.scan_field.hasFocus, timeout=2000)


def test_an_idle_search_gives_the_focus_back(qtbot: QtBot, window: StationWindow,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.mouseClick(window.search_field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.search_field, "wang")
    assert window.search_field.hasFocus()
    qtbot.wait(station_module.REFOCUS_MS * 2)
    assert window.search_field.hasFocus()

    monkeypatch.setattr(station_module, "SEARCH_IDLE_S", 0.0)
    qtbot.waitUntil(window.scan_field.hasFocus, timeout=2000)
    assert window.search_field.text() == ""


def test_a_guest_found_by_pinyin_initials_is_checked_in(qtbot: QtBot, window: StationWindow,
                                                        demo: Demo) -> None:
    _pinyin, initials = pinyin_and_initials(demo.plain.name)
    qtbot.mouseClick(window.search_field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.search_field, initials.replace(" ", "").lower())
    names = [window.matches.item(row).text().split("　")[0]
             for row in range(window.matches.count())]
    assert demo.plain.name in names
    window.matches.setCurrentRow(names.index(demo.plain.name))

    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)

    assert window.headline.text() == "签到成功"
    assert window.name.text() == demo.plain.name
    assert window.matches.count() == 0
    assert window.scan_field.hasFocus()


def test_a_guest_is_found_by_the_last_digits_of_their_phone(qtbot: QtBot, window: StationWindow,
                                                            demo: Demo) -> None:
    qtbot.keyClicks(window.search_field, demo.vip.phone[-4:])

    names = [window.matches.item(row).text().split("　")[0]
             for row in range(window.matches.count())]
    assert demo.vip.name in names


def test_undo_cancels_the_last_check_in(qtbot: QtBot, window: StationWindow,
                                        sqlite_engine: Engine, demo: Demo) -> None:
    scan_keys(qtbot, window, signin_payload(demo.uid, demo.plain.token))
    assert window.counts.text() == "已到 1 / 应到 135"

    qtbot.keyClick(window.scan_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert window.headline.text() == "已撤销签到"
    assert window.name.text() == demo.plain.name
    assert window.counts.text() == "已到 0 / 应到 135"
    assert window.scan_field.hasFocus()
    again = scan(sqlite_engine, demo.event_id, demo.plain.token)
    assert again.status == "checked_in"

    window.undo_button.click()
    assert window.headline.text() == "本签到台没有可撤销的签到"


def test_the_counts_show_other_stations_arrivals(qtbot: QtBot, window: StationWindow,
                                                 sqlite_engine: Engine, demo: Demo) -> None:
    assert window.counts.text() == "已到 0 / 应到 135"
    scan(sqlite_engine, demo.event_id, demo.vip.token, station="西门")

    qtbot.waitUntil(lambda: window.counts.text() == "已到 1 / 应到 135",
                    timeout=station_module.COUNTS_REFRESH_MS * 2)


def test_the_window_speaks_english_too(qtbot: QtBot, window: StationWindow, demo: Demo,
                                       translators: Translators) -> None:
    window.check_in(demo.plain.token)
    translators.use("en")

    qtbot.waitUntil(lambda: window.headline.text() == "Checked in")
    assert window.counts.text() == "Arrived 1 / expected 135"


# The desk's tools


def choose_in_search(qtbot: QtBot, window: StationWindow, guest: Guest) -> None:
    qtbot.keyClicks(window.search_field, guest.phone[-4:])
    rows = [window.matches.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(window.matches.count())]
    window.matches.setCurrentRow(rows.index(guest.id))


@pytest.mark.qt_log_ignore("No RHI backend")
def test_a_badge_shown_to_the_camera_checks_the_guest_in(
        qtbot: QtBot, window: StationWindow, sqlite_engine: Engine, demo: Demo,
        tmp_path: Path) -> None:
    picture = badge_picture(sqlite_engine, demo.event_id, demo.plain.id, tmp_path)

    window.camera.sink.setVideoFrame(QVideoFrame(as_frame(picture.rotate(90, expand=True))))

    qtbot.waitUntil(lambda: window.headline.text() == "签到成功", timeout=5000)
    assert window.name.text() == demo.plain.name
    assert window.counts.text() == "已到 1 / 应到 135"
    assert window.scan_field.hasFocus()


def test_a_vip_stays_on_the_ushers_list_until_acknowledged(
        qtbot: QtBot, window: StationWindow, demo: Demo) -> None:
    assert not window.vip_alerts.isVisibleTo(window)
    window.check_in(demo.plain.token)
    assert not window.vip_alerts.isVisibleTo(window)

    window.check_in(demo.vip.token)
    window.check_in(demo.plain.token)
    window.check_in(demo.vip.token)

    assert window.vip_alerts.isVisibleTo(window)
    assert window.vip_alerts.waiting() == [demo.vip.id]
    line = window.vip_alerts.entries.item(0).text()
    assert demo.vip.name in line and demo.vip.title in line and "主会场 " in line
    window.vip_alerts.acknowledge.click()
    assert not window.vip_alerts.isVisibleTo(window)
    assert window.scan_field.hasFocus()


def test_an_undone_vip_check_in_leaves_the_ushers_list(window: StationWindow,
                                                       demo: Demo) -> None:
    window.check_in(demo.vip.token)
    assert window.vip_alerts.waiting() == [demo.vip.id]

    window.undo_last()

    assert window.vip_alerts.waiting() == []
    assert not window.vip_alerts.isVisibleTo(window)


def test_each_answer_has_its_own_sound_and_mute_is_remembered(
        qtbot: QtBot, window: StationWindow, sqlite_engine: Engine, demo: Demo,
        settings: QSettings, tmp_path: Path) -> None:
    heard = []
    for text in (demo.plain.token, demo.plain.token, "hello?123",
                 signin_payload("another-event", demo.plain.token)):
        window.check_in(text)
        heard.append(window.sounds.last_sound)
    assert heard == ["welcome", "already", "unknown", "other_event"]
    files = {kind: sound_file(kind, tmp_path) for kind in TONES}
    assert len({path.read_bytes() for path in files.values()}) == 4
    with wave.open(str(files["welcome"])) as sound:
        assert (sound.getnchannels(), sound.getframerate()) == (1, RATE)
        assert 0.1 < sound.getnframes() / RATE < 0.5

    window.mute_button.click()
    window.check_in(demo.vip.token)
    assert window.sounds.last_sound == ""
    again = StationWindow(sqlite_engine, demo.event_id, "西门", settings=settings,
                          copy_folder=tmp_path / "stations")
    qtbot.addWidget(again)
    assert again.mute_button.isChecked() and again.sounds.muted


def test_a_lost_code_is_replaced_and_the_old_one_stops_working(
        qtbot: QtBot, window: StationWindow, sqlite_engine: Engine, demo: Demo,
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    old_code = signin_payload(demo.uid, demo.plain.token)
    monkeypatch.setattr(new_code_dialog.QMessageBox, "question",
                        lambda *_args: new_code_dialog.QMessageBox.StandardButton.Yes)
    choose_in_search(qtbot, window, demo.plain)
    assert window.reissue_button.isEnabled()

    window.reissue_button.click()

    dialog = window.new_code_dialog
    assert dialog is not None and dialog.isVisible()
    assert demo.plain.name in dialog.heading.text()
    shown = dialog.code.pixmap().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    assert QrDecoder().decode(shown) == [dialog.payload]
    with Session(sqlite_engine) as session:
        token = session.get_one(Guest, demo.plain.id).token
    assert dialog.payload == signin_payload(demo.uid, token) != old_code

    window.check_in(old_code)
    assert window.headline.text() == "无法识别的签到码"
    window.check_in(dialog.payload)
    assert window.headline.text() == "签到成功" and window.name.text() == demo.plain.name

    saved = tmp_path / "badge.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args: (str(saved), ""))
    dialog.save_button.click()
    assert qr_codes(saved) == [[dialog.payload]]


def test_reissuing_asks_first(qtbot: QtBot, window: StationWindow, sqlite_engine: Engine,
                              demo: Demo, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(new_code_dialog.QMessageBox, "question",
                        lambda *_args: new_code_dialog.QMessageBox.StandardButton.No)
    choose_in_search(qtbot, window, demo.plain)

    window.reissue_button.click()

    assert window.new_code_dialog is None
    with Session(sqlite_engine) as session:
        assert session.get_one(Guest, demo.plain.id).token == demo.plain.token


def test_a_lost_code_can_be_reissued_from_the_guest_table_too(
        qtbot: QtBot, open_window: Callable[[Engine], MainWindow], sqlite_engine: Engine,
        demo: Demo, monkeypatch: pytest.MonkeyPatch) -> None:
    main = open_window(sqlite_engine)
    main.show()
    qtbot.waitExposed(main)
    monkeypatch.setattr(new_code_dialog.QMessageBox, "question",
                        lambda *_args: new_code_dialog.QMessageBox.StandardButton.Yes)
    model = main.guest_view.model()
    row = next(row for row in range(model.rowCount())
               if model.index(row, 0).data(GUEST_ID_ROLE) == demo.plain.id)
    main.guest_view.selectRow(row)
    assert main.reissue_code_action in main.guest_view.actions()

    main.reissue_code_action.trigger()

    assert scan(sqlite_engine, demo.event_id, demo.plain.token).status == "unknown_code"
    with Session(sqlite_engine) as session:
        token = session.get_one(Guest, demo.plain.id).token
    assert scan(sqlite_engine, demo.event_id, token).status == "checked_in"


def test_open_station_asks_for_a_name(qtbot: QtBot, sqlite_engine: Engine, demo: Demo,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(station_module.QInputDialog, "getText",
                        lambda *_args, **_kwargs: (" 南门 ", True))
    opened = open_station(parent, sqlite_engine, demo.event_id)
    # The desk needs the whole screen for the name in large type and every seat.
    assert opened is not None and opened.isVisible() and opened.isMaximized()
    assert opened.station_label.text().endswith("南门")
    opened.close()

    assert open_station(parent, sqlite_engine, None) is None


CHILD = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlmodel import Session, select
from models.db import open_database
from models.signin_code import signin_payload
from models.tables import Event, Guest
from ui.station import StationWindow
from ui.translations import Translators

app = QApplication(sys.argv[:1])
Translators(app).use("zh_CN")
engine = open_database(sys.argv[1])
with Session(engine) as session:
    event = session.exec(select(Event)).one()
    guest = session.exec(select(Guest).where(Guest.vip).order_by(Guest.list_order)).first()
window = StationWindow(engine, event.id, "东门")
window.resize(1280, 800)
window.show()
window.check_in(signin_payload(event.uid, guest.token))

def capture():
    saved = window.grab().save(sys.argv[2])
    handle = window.windowHandle()
    print(json.dumps({"saved": saved, "exposed": handle.isExposed(), "name": guest.name}))
    app.quit()

QTimer.singleShot(800, capture)
app.exec()
"""


@pytest.mark.xvfb
def test_the_station_on_a_real_x_server(x_display: str, tmp_path: Path,
                                        screenshot_dir: Path) -> None:
    database = tmp_path / "zuoci.db"
    engine = open_database(database)
    arranged_demo(engine)
    engine.dispose()
    picture = screenshot_dir / "station_zh_CN_vip.png"
    picture.unlink(missing_ok=True)
    environment = child_environment(tmp_path, "zh_CN.UTF-8", "xcb", DISPLAY=x_display)

    result = subprocess.run([sys.executable, "-c", CHILD, str(database), str(picture)],
                            env=environment, capture_output=True, text=True, timeout=120,
                            check=False, cwd=ROOT)

    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown["saved"] and shown["exposed"]
    assert distinct_colours(QImage(str(picture))) > 40

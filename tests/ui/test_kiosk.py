"""Full-screen sign-in: the PIN kept hashed, nothing that edits on screen, no way out without
the PIN."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QMainWindow
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from models.db import transaction
from models.events import create_event
from models.guests import new_guest
from models.tables import Rsvp
from ui import kiosk
from ui.kiosk import KIOSK_PIN, PinDialog, has_pin, pin_matches, pin_problem, set_pin
from ui.station import StationWindow
from ui.translations import Translators

# The test machine has no sound server: Qt says so when the desk looks for a sound device.
pytestmark = pytest.mark.qt_log_ignore("PulseAudioService")


def test_the_pin_is_kept_salted_and_hashed(settings: QSettings) -> None:
    assert not has_pin(settings)

    set_pin(settings, "2468")
    first = str(settings.value(KIOSK_PIN))
    set_pin(settings, "2468")

    assert "2468" not in first and first != settings.value(KIOSK_PIN)
    assert has_pin(settings)
    assert pin_matches(settings, "2468")
    assert not pin_matches(settings, "2469") and not pin_matches(settings, "")


def test_a_new_pin_must_be_digits_and_typed_twice_alike() -> None:
    assert pin_problem("2468", "2468") == ""
    assert pin_problem("246", "246")
    assert pin_problem("24a8", "24a8")
    assert pin_problem("２４６８", "２４６８")
    assert pin_problem("2468", "2486")


def test_a_wrong_pin_is_said_and_the_dialog_stays(qtbot: QtBot, settings: QSettings) -> None:
    set_pin(settings, "2468")
    dialog = PinDialog(lambda pin: pin_matches(settings, pin))
    qtbot.addWidget(dialog)
    dialog.show()

    qtbot.keyClicks(dialog.field, "1111")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)

    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message.isVisibleTo(dialog) and dialog.message.text()
    assert dialog.field.text() == ""
    qtbot.keyClicks(dialog.field, "2468")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


@pytest.fixture
def main_window(qtbot: QtBot) -> QMainWindow:
    main = QMainWindow()
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture
def event(sqlite_engine: Engine) -> tuple[int, str]:
    """A small event: its id and one confirmed guest's token."""
    with transaction(sqlite_engine) as session:
        event = create_event(session, "小会")
        guest = new_guest(event.id, "王伟", rsvp=Rsvp.CONFIRMED.value)
        session.add(guest)
        session.flush()
        return event.id, guest.token


@pytest.fixture
def station(qtbot: QtBot, sqlite_engine: Engine, event: tuple[int, str], chinese: Translators,
            settings: QSettings, main_window: QMainWindow,
            monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[StationWindow]:
    window = StationWindow(sqlite_engine, event[0], "东门", main_window, settings=settings,
                           copy_folder=tmp_path / "stations")
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    yield window
    # Left the way staff leave it, so that the window can close at the end of the test.
    monkeypatch.setattr(kiosk, "ask_pin", lambda _parent, _check: True)
    window.kiosk.leave()


@pytest.fixture
def pins(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The PINs the user will type when asked, in turn; a new PIN is always 2468."""
    answers: list[str] = []

    def ask(_parent: object, check: Callable[[str], bool]) -> bool:
        return check(answers.pop(0))

    monkeypatch.setattr(kiosk, "ask_new_pin", lambda _parent: "2468")
    monkeypatch.setattr(kiosk, "ask_pin", ask)
    return answers


def editing_shown(station: StationWindow) -> list[bool]:
    return [station.undo_button.isVisibleTo(station), station.undo_action.isVisible(),
            station.walk_in_button.isVisibleTo(station),
            station.reissue_button.isVisibleTo(station), station.mute_button.isVisibleTo(station)]


def test_full_screen_hides_editing_and_the_main_window(
        qtbot: QtBot, station: StationWindow, main_window: QMainWindow, event: tuple[int, str],
        pins: list[str], settings: QSettings) -> None:
    station.kiosk_button.click()

    assert station.kiosk.active and has_pin(settings)
    qtbot.waitUntil(station.isFullScreen)
    assert editing_shown(station) == [False] * 5
    assert not main_window.isVisible()
    assert station.scan_field.isVisibleTo(station) and station.search_field.isVisibleTo(station)
    station.check_in(event[1])
    assert station.headline.text() == "签到成功"


def test_closing_or_escape_asks_the_pin_and_a_wrong_one_keeps_full_screen(
        qtbot: QtBot, station: StationWindow, main_window: QMainWindow, pins: list[str]) -> None:
    station.kiosk.enter()
    pins += ["1111", "1357"]

    assert not station.close()
    qtbot.waitUntil(lambda: not pins or pins == ["1357"])
    assert station.isVisible() and station.kiosk.active
    qtbot.keyClick(station.scan_field, Qt.Key.Key_Escape)
    assert station.kiosk.active and not main_window.isVisible()

    pins.append("2468")
    qtbot.keyClick(station.scan_field, Qt.Key.Key_Escape)

    assert not station.kiosk.active
    qtbot.waitUntil(lambda: not station.isFullScreen())
    assert editing_shown(station) == [True] * 5
    assert main_window.isVisible()


def test_the_pin_is_chosen_once_and_closing_with_it_closes(
        qtbot: QtBot, station: StationWindow, pins: list[str], settings: QSettings,
        monkeypatch: pytest.MonkeyPatch) -> None:
    set_pin(settings, "2468")
    monkeypatch.setattr(kiosk, "ask_new_pin", lambda _parent: pytest.fail("asked again"))
    station.kiosk.enter()
    pins.append("2468")

    station.close()

    qtbot.waitUntil(lambda: not station.isVisible())
    assert not station.kiosk.active


def test_declining_to_choose_a_pin_stays_in_the_window(
        station: StationWindow, monkeypatch: pytest.MonkeyPatch, settings: QSettings) -> None:
    monkeypatch.setattr(kiosk, "ask_new_pin", lambda _parent: None)

    assert not station.kiosk.enter()

    assert not station.kiosk.active and not station.isFullScreen()
    assert not has_pin(settings)

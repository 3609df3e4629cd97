"""Registering a walk-in at the desk: the form, the seats proposed, and the check-in shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, func
from sqlmodel import Session, select

from models.db import transaction
from models.tables import Assignment, CheckIn, Event, Guest
from models.walk_in import WalkIn, seat_walk_in
from tests.ui.test_station import Demo, demo, window
from ui.station import StationWindow
from ui.walk_in_dialog import WalkInDialog

__all__ = ["demo", "window"]

# The test machine has no sound server: Qt says so when the desk looks for a sound device.
pytestmark = pytest.mark.qt_log_ignore("PulseAudioService")


def choose_category(dialog: WalkInDialog, category: str) -> None:
    dialog.category.setCurrentIndex(dialog.category.findData(category))


def guests(engine: Engine) -> int:
    with Session(engine) as session:
        return session.exec(select(func.count(Guest.id))).one()


@pytest.fixture
def dialog(qtbot: QtBot, sqlite_engine: Engine, demo: Demo) -> WalkInDialog:
    dialog = WalkInDialog(sqlite_engine, demo.event_id, "东门")
    qtbot.addWidget(dialog)
    return dialog


def test_the_seats_proposed_follow_the_category(dialog: WalkInDialog) -> None:
    choose_category(dialog, "media")
    assert [box.text().split("：")[0] for box in dialog.seat_boxes] == ["主会场"]
    assert dialog.seat_boxes[0].text().startswith("主会场：媒体区")

    choose_category(dialog, "enterprise")
    assert [box.text().split("：")[0] for box in dialog.seat_boxes] == ["主会场", "欢迎晚宴"]
    assert all(box.isChecked() for box in dialog.seat_boxes)


def test_a_walk_in_needs_a_name(qtbot: QtBot, dialog: WalkInDialog,
                                sqlite_engine: Engine) -> None:
    before = guests(sqlite_engine)
    dialog.show()

    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    assert dialog.isVisible() and dialog.result is None
    assert dialog.message.isVisibleTo(dialog) and dialog.message.text()
    assert guests(sqlite_engine) == before


def test_an_unticked_scene_is_left_out(dialog: WalkInDialog, sqlite_engine: Engine) -> None:
    dialog.name.setText("张三")
    choose_category(dialog, "enterprise")
    dialog.seat_boxes[1].setChecked(False)

    dialog.register()

    assert dialog.result is not None and dialog.result.guest is not None
    assert [seat.split(" ")[0] for seat in dialog.result.seats] == ["主会场"]
    with Session(sqlite_engine) as session:
        seated = session.exec(select(Assignment).where(
            Assignment.guest_id == dialog.result.guest.id)).all()
        assert [a.scene_id for a in seated] == [dialog.proposals[0].scene_id]


def test_a_seat_taken_meanwhile_is_said_and_a_new_one_proposed(
        dialog: WalkInDialog, sqlite_engine: Engine, demo: Demo) -> None:
    dialog.name.setText("张三")
    choose_category(dialog, "media")
    first = dialog.proposals[0]
    with transaction(sqlite_engine) as session:
        seat_walk_in(session, session.get_one(Event, demo.event_id),
                     WalkIn("李四", category="media"), [first], station="西门")

    dialog.register()

    assert dialog.result is None
    assert first.label in dialog.message.text()
    assert (dialog.proposals[0].element_id, dialog.proposals[0].seat) != (first.element_id,
                                                                          first.seat)
    dialog.register()
    assert dialog.result is not None and dialog.result.guest is not None
    assert dialog.result.guest.name == "张三"


def test_the_station_registers_seats_and_checks_in_a_walk_in(
        qtbot: QtBot, window: StationWindow, sqlite_engine: Engine) -> None:
    def fill() -> None:
        form = QApplication.activeModalWidget()
        assert isinstance(form, WalkInDialog)
        form.name.setText("张三")
        form.organisation.setText("某集团")
        form.title.setText("总经理")
        choose_category(form, "enterprise")
        form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, fill)
    window.walk_in_button.click()

    assert window.headline.text() == "签到成功"
    assert window.name.text() == "张三"
    assert window.affiliation.text() == "某集团 总经理"
    seats = window.seats.text().split("\n")
    assert [seat.split(" ")[0] for seat in seats] == ["主会场", "欢迎晚宴"]
    assert window.counts.text() == "已到 1 / 应到 136"
    qtbot.waitUntil(window.scan_field.hasFocus)
    qtbot.keyClicks(window.search_field, "zs")
    assert any(window.matches.item(row).text().startswith("张三")
               for row in range(window.matches.count()))

    window.undo_button.click()
    assert window.headline.text() == "已撤销签到"
    assert window.counts.text() == "已到 0 / 应到 136"
    with Session(sqlite_engine) as session:
        assert session.exec(select(func.count(CheckIn.id))).one() == 2


def test_a_cancelled_walk_in_changes_nothing(qtbot: QtBot, window: StationWindow,
                                             sqlite_engine: Engine) -> None:
    before = guests(sqlite_engine)

    def cancel() -> None:
        form = QApplication.activeModalWidget()
        assert isinstance(form, WalkInDialog)
        form.name.setText("张三")
        form.reject()

    QTimer.singleShot(0, cancel)
    window.walk_in_button.click()

    assert guests(sqlite_engine) == before
    assert window.headline.text() == "请扫码签到"

"""The guest list's tools in the main window: filters by category, RSVP and seat combined with the
text filter, merging duplicates with undo, and exporting a list the importer reads back."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QMessageBox, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlmodel import Session, select

from models.db import transaction
from models.events import find_event
from models.guest_list import GuestColumn
from models.importing.writing import import_file
from models.scenes import add_element
from models.tables import Assignment, CheckIn, Guest, Scene
from tests.ui.guest_data import FEW_GUESTS, add_event
from ui.event_list import GUEST_COUNT_ROLE
from ui.guest_table import COLUMNS, GuestFilterBar, SeatFilter
from ui.main_window import MainWindow
from ui.merge_dialog import MergeDialog

OpenWindow = Callable[[Engine], MainWindow]
NAME = COLUMNS.index(GuestColumn.NAME)


def shown(window: MainWindow) -> list[str]:
    model = window.guest_view.model()
    return [model.index(row, NAME).data() for row in range(model.rowCount())]


def choose(bar: GuestFilterBar, combo: QComboBox, value: object) -> None:
    """Pick the entry of a filter list whose value is `value`, as the user would."""
    combo.setCurrentIndex(bar.values(combo).index(value))


def guest_id(engine: Engine, name: str) -> int:
    with Session(engine) as session:
        return session.exec(select(Guest.id).where(Guest.name == name)).first()


@pytest.fixture
def seated(sqlite_engine: Engine) -> dict[str, int]:
    """The six guests; 李明 and 王伟 seated in the hall, 王伟 at the dinner too."""
    event_id = add_event(sqlite_engine, "省投资大会", FEW_GUESTS)
    with transaction(sqlite_engine) as session:
        hall = Scene(event_id=event_id, name="大会")
        dinner = Scene(event_id=event_id, name="晚宴", position=1)
        session.add_all([hall, dinner])
        session.flush()
        rostrum = add_element(session, hall, "rostrum")
        table = add_element(session, dinner, "rostrum")
        for scene, element, name, seat in ((hall, rostrum, "李明", "1-1"),
                                           (hall, rostrum, "王伟", "1-2"),
                                           (dinner, table, "王伟", "1-1")):
            session.add(Assignment(scene_id=scene.id, element_id=element.id, seat=seat,
                                   guest_id=guest_id(sqlite_engine, name)))
        return {"hall": hall.id, "dinner": dinner.id}


def test_category_rsvp_and_seat_filters_combine_with_the_text(
        sqlite_engine: Engine, seated: dict[str, int], open_window: OpenWindow) -> None:
    window = open_window(sqlite_engine)
    bar = window.filter_bar
    choose(bar, bar.category, "leader")
    assert shown(window) == ["李明", "张卫国", "陈静"]
    window.filter_edit.setText("zw")
    assert shown(window) == ["张卫国"]
    window.filter_edit.clear()
    choose(bar, bar.seat, SeatFilter(True))
    assert shown(window) == ["李明"]
    choose(bar, bar.category, None)
    assert shown(window) == ["李明", "王伟"]
    choose(bar, bar.seat, SeatFilter(True, seated["dinner"]))
    assert shown(window) == ["王伟"]
    choose(bar, bar.seat, SeatFilter(False))
    assert shown(window) == ["张卫国", "吴文华", "欧阳娜娜", "陈静"]
    choose(bar, bar.rsvp, "declined")
    assert shown(window) == ["吴文华"]
    # The organisation and the phone are searched as well.
    choose(bar, bar.rsvp, None)
    window.filter_edit.setText("社会科学")
    assert shown(window) == ["欧阳娜娜"]
    window.filter_edit.setText("0006")
    assert shown(window) == ["陈静"]


def test_the_seat_filter_follows_seats_changed_elsewhere(
        sqlite_engine: Engine, seated: dict[str, int], open_window: OpenWindow) -> None:
    window = open_window(sqlite_engine)
    bar = window.filter_bar
    choose(bar, bar.seat, SeatFilter(False, seated["hall"]))
    assert "陈静" in shown(window)
    with transaction(sqlite_engine) as session:
        scene = session.get(Scene, seated["hall"])
        element = add_element(session, scene, "rostrum")
        session.add(Assignment(scene_id=scene.id, element_id=element.id, seat="1-1",
                               guest_id=guest_id(sqlite_engine, "陈静")))
    window.tabs.setCurrentIndex(1)
    window.tabs.setCurrentIndex(0)
    assert "陈静" not in shown(window)
    assert bar.chosen(bar.seat) == SeatFilter(False, seated["hall"])


def test_the_filtering_proxy_with_every_filter_passes_qts_model_checks(
        sqlite_engine: Engine, seated: dict[str, int], open_window: OpenWindow,
        qtmodeltester: ModelTester) -> None:
    window = open_window(sqlite_engine)
    bar = window.filter_bar
    choose(bar, bar.seat, SeatFilter(True, seated["hall"]))
    choose(bar, bar.category, "leader")
    qtmodeltester.check(window.guest_filter)
    assert shown(window) == ["李明"]


def duplicates(engine: Engine) -> dict[str, int]:
    """王伟 twice in one organisation, the second with a title and a check-in and seated;
    李明 twice with one phone number written two ways."""
    event_id = add_event(engine, "年会", [
        {"name": "王伟", "organisation": "中国银行", "phone": ""},
        {"name": "李明", "organisation": "省政府", "phone": "13800000001"},
        {"name": "王 伟", "organisation": "中国银行", "title": "行长", "phone": "13900000009"},
        {"name": "李明", "organisation": "省人民政府", "phone": "+86 138-0000-0001"},
        {"name": "陈静", "organisation": "发改委"},
    ])
    with Session(engine) as session:
        ids = {f"{guest.name}{guest.list_order}": guest.id for guest in session.exec(
            select(Guest).where(Guest.event_id == event_id))}
    with transaction(engine) as session:
        hall = Scene(event_id=event_id, name="大会")
        session.add(hall)
        session.flush()
        rostrum = add_element(session, hall, "rostrum")
        session.add(Assignment(scene_id=hall.id, element_id=rostrum.id, seat="1-1",
                               guest_id=ids["王伟3"]))
        session.add(CheckIn(event_id=event_id, guest_id=ids["王伟3"], station="东门"))
    return ids


def test_merging_duplicates_keeps_the_chosen_values_and_undo_restores_both_guests(
        sqlite_engine: Engine, open_window: OpenWindow) -> None:
    ids = duplicates(sqlite_engine)
    window = open_window(sqlite_engine)
    window.merge_action.trigger()
    dialog = window.guest_dialog
    assert isinstance(dialog, MergeDialog)
    assert [[guest for guest, _text in box.group.guests] for box in dialog.boxes] == [
        [ids["王伟1"], ids["王伟3"]], [ids["李明2"], ids["李明4"]]]
    wang, li = dialog.boxes
    # The empty title and phone of the guest kept give way to the other's.
    assert wang.fields["title"].currentText() == "行长"
    assert wang.fields["phone"].currentText() == "13900000009"
    # Found by the phone number alone: left for the user to check.
    assert wang.isChecked() and not li.isChecked()
    dialog.accept()
    assert shown(window) == ["王伟", "李明", "李明", "陈静"]
    with Session(sqlite_engine) as session:
        kept = session.get(Guest, ids["王伟1"])
        assert (kept.title, kept.phone) == ("行长", "13900000009")
        assert session.get(Guest, ids["王伟3"]) is None
        assert session.exec(select(Assignment.guest_id)).all() == [ids["王伟1"]]
        assert session.exec(select(CheckIn.guest_id)).all() == [ids["王伟1"]]
    window.undo_stack.undo()
    assert shown(window) == ["王伟", "李明", "王伟", "李明", "陈静"]
    with Session(sqlite_engine) as session:
        assert session.get(Guest, ids["王伟1"]).title == ""
        assert session.exec(select(Assignment.guest_id)).all() == [ids["王伟3"]]
        assert session.exec(select(CheckIn.guest_id)).all() == [ids["王伟3"]]
    window.undo_stack.redo()
    assert shown(window) == ["王伟", "李明", "李明", "陈静"]


def test_merge_says_so_when_there_are_no_duplicates(sqlite_engine: Engine,
                                                    open_window: OpenWindow) -> None:
    add_event(sqlite_engine, "省投资大会", FEW_GUESTS)
    window = open_window(sqlite_engine)
    window.merge_action.trigger()
    assert isinstance(window.guest_dialog, QMessageBox)
    assert window.undo_stack.count() == 0


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_an_exported_list_is_read_back_by_the_importer(
        sqlite_engine: Engine, open_window: OpenWindow, tmp_path: Path, suffix: str,
        qtbot: QtBot) -> None:
    add_event(sqlite_engine, "省投资大会", FEW_GUESTS)
    window = open_window(sqlite_engine)
    target = tmp_path / f"名单{suffix}"
    window.export_guests(str(target))
    qtbot.waitUntil(lambda: window.export_progress is None)
    assert str(target) in window.statusBar().currentMessage()
    # Written beside the target first; nothing of that is left.
    assert [path.name for path in tmp_path.iterdir() if "名单" in path.name] == [target.name]
    report = import_file(sqlite_engine, target, "导回的名单")
    assert report.imported == len(FEW_GUESTS) and not report.rejected
    with Session(sqlite_engine) as session:
        event_id = find_event(session, "导回的名单").id
        back = session.exec(select(Guest).where(Guest.event_id == event_id)
                            .order_by(Guest.list_order)).all()
    assert [(guest.name, guest.organisation, guest.rank_level, guest.category, guest.rsvp,
             guest.phone) for guest in back] == [
        (guest["name"], guest["organisation"], guest.get("rank_level"), guest["category"],
         str(guest.get("rsvp", "invited")), guest["phone"]) for guest in FEW_GUESTS]


def test_a_refused_export_says_why(sqlite_engine: Engine, open_window: OpenWindow,
                                   tmp_path: Path, qtbot: QtBot) -> None:
    add_event(sqlite_engine, "省投资大会", FEW_GUESTS)
    window = open_window(sqlite_engine)
    window.export_guests(str(tmp_path / "名单.pdf"))
    qtbot.waitUntil(lambda: window.guest_dialog is not None)
    assert isinstance(window.guest_dialog, QMessageBox)
    assert "请使用 .xlsx 或 .csv" in window.guest_dialog.text()
    assert list(tmp_path.glob("*名单*")) == []


def test_a_cancelled_export_leaves_the_file_as_it_was(
        sqlite_engine: Engine, open_window: OpenWindow, tmp_path: Path, qtbot: QtBot) -> None:
    add_event(sqlite_engine, "省投资大会", FEW_GUESTS)
    window = open_window(sqlite_engine)
    target = tmp_path / "名单.csv"
    target.write_text("上一版名单", encoding="utf-8")
    # The worker thread is held busy, so that Cancel surely comes before the list is written.
    gate = threading.Event()
    window.workers.start(gate.wait)
    try:
        window.export_guests(str(target))
        window.export_progress.findChild(QPushButton).click()
        assert window.export_progress is None
    finally:
        gate.set()
        window.workers.waitForDone()
    # The list written meanwhile is thrown away once the worker answers.
    qtbot.waitUntil(lambda: [path.name for path in tmp_path.iterdir()
                             if "名单" in path.name] == ["名单.csv"])
    assert target.read_text(encoding="utf-8") == "上一版名单"


def test_undoing_a_change_to_another_events_guests_leaves_the_list_shown_alone(
        sqlite_engine: Engine, open_window: OpenWindow) -> None:
    add_event(sqlite_engine, "省投资大会", FEW_GUESTS)
    add_event(sqlite_engine, "签约仪式", [{"name": "赵敏"}])
    window = open_window(sqlite_engine)
    window.guest_editing.delete([guest_id(sqlite_engine, "王伟")])
    window.event_view.setCurrentIndex(window.events.index(1))
    window.undo_stack.undo()
    assert shown(window) == ["赵敏"]
    window.event_view.setCurrentIndex(window.events.index(0))
    assert shown(window) == [guest["name"] for guest in FEW_GUESTS]
    window.undo_stack.redo()
    assert "王伟" not in shown(window)


def test_the_event_list_counts_the_guests_after_a_merge_and_its_undo(
        sqlite_engine: Engine, open_window: OpenWindow) -> None:
    duplicates(sqlite_engine)
    window = open_window(sqlite_engine)
    assert window.events.index(0).data(GUEST_COUNT_ROLE) == 5
    window.merge_action.trigger()
    window.guest_dialog.accept()
    assert window.events.index(0).data(GUEST_COUNT_ROLE) == 4
    assert window.current_event().guests == 4
    window.undo_stack.undo()
    assert window.events.index(0).data(GUEST_COUNT_ROLE) == 5

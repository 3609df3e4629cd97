"""The main window: events, their guests, the filter, sorting, new events, empty states, memory."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QInputMethodEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlmodel import Session

from models.db import open_database, transaction
from models.demo import DEMO_EVENT_NAME, create_demo
from models.event_settings import ProtocolSettings, protocol_settings
from models.events import find_event
from models.guest_list import GuestColumn
from models.tables import Convention, TieBreak
from tests.ui.guest_data import FEW_GUESTS, add_event
from ui.dashboard import DashboardWindow
from ui.database_dialog import DatabaseDialog
from ui.guest_table import COLUMNS
from ui.main_window import MainWindow, Page
from ui.new_event_dialog import NewEventDialog
from ui.settings_dialog import SettingsDialog
from ui.translations import Translators

OpenWindow = Callable[[Engine], MainWindow]


def shown_names(window: MainWindow) -> list[str]:
    view = window.guest_view
    column = COLUMNS.index(GuestColumn.NAME)
    return [view.model().index(row, column).data() for row in range(view.model().rowCount())]


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type as the user does: Latin letters key by key, Chinese (and full-width letters) as the
    input method delivers them, one committed string."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def click_heading(qtbot: QtBot, window: MainWindow, column: GuestColumn) -> None:
    header = window.guest_view.horizontalHeader()
    section = COLUMNS.index(column)
    middle = QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2,
                    header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)


@pytest.fixture
def window(sqlite_engine: Engine, open_window: OpenWindow, qtbot: QtBot) -> MainWindow:
    """A shown window on a database with a six-guest event and an empty one."""
    add_event(sqlite_engine, "省投资大会", FEW_GUESTS)
    add_event(sqlite_engine, "签约仪式")
    window = open_window(sqlite_engine)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_first_event_is_chosen_and_its_guests_listed_in_list_order(window: MainWindow
                                                                     ) -> None:
    assert window.current_event().name == "省投资大会"
    assert window.page() == Page.GUESTS
    assert shown_names(window) == [guest["name"] for guest in FEW_GUESTS]
    assert window.count_label.text() == "共 6 位嘉宾"


def test_the_table_shows_rank_category_and_rsvp_as_words(window: MainWindow) -> None:
    model = window.guest_view.model()
    headings = [model.headerData(column, Qt.Orientation.Horizontal)
                for column in range(model.columnCount())]
    assert headings[:7] == ["姓名", "单位", "职务", "级别", "类别", "回执", "联系电话"]
    row = [model.index(3, column).data() for column in range(model.columnCount())]
    assert row == ["吴文华", "中国银行省分行", "处长", "乡科级正职", "金融", "谢绝", "13800000004"]


def test_columns_fit_the_first_guests_shown_in_english(sqlite_engine: Engine, qtbot: QtBot,
                                                       settings: QSettings,
                                                       translators: Translators) -> None:
    translators.use("en")
    add_event(sqlite_engine, "Conference", FEW_GUESTS)
    window = MainWindow(sqlite_engine, settings)
    qtbot.addWidget(window)
    rank = COLUMNS.index(GuestColumn.RANK)
    assert window.guest_view.model().index(0, rank).data() == "Vice minister / vice governor"
    assert (window.guest_view.horizontalHeader().sectionSize(rank)
            >= window.guest_view.sizeHintForColumn(rank))


def test_choosing_another_event_shows_its_guests(window: MainWindow, qtbot: QtBot) -> None:
    second = window.event_view.visualRect(window.events.index(1)).center()
    qtbot.mouseClick(window.event_view.viewport(), Qt.MouseButton.LeftButton, pos=second)
    assert window.current_event().name == "签约仪式"
    assert window.page() == Page.NO_GUESTS
    assert window.windowTitle() == "签约仪式 – 座次"


@pytest.mark.parametrize(("typed", "found"), [
    ("ww", ["王伟", "吴文华"]),
    ("wangwei", ["王伟"]),
    ("wang wei", ["王伟"]),
    ("WangWei", ["王伟"]),
    ("ＷＷ", ["王伟", "吴文华"]),
    ("oyn", ["欧阳娜娜"]),
    ("卫国", ["张卫国"]),
    ("王", ["王伟"]),
    ("xyz", []),
])
def test_typing_in_the_filter_shows_the_matching_guests(window: MainWindow, qtbot: QtBot,
                                                         typed: str, found: list[str]) -> None:
    type_text(qtbot, window.filter_edit, typed)
    assert window.filter_edit.text() == typed
    assert shown_names(window) == found
    assert window.count_label.text() == f"显示 {len(found)} 位，共 6 位嘉宾"


def test_clearing_the_filter_shows_everyone_again(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.filter_edit, "ww")
    window.filter_edit.clear()
    assert len(shown_names(window)) == 6


def test_clicking_the_rank_heading_sorts_by_level_as_a_number(window: MainWindow,
                                                              qtbot: QtBot) -> None:
    click_heading(qtbot, window, GuestColumn.RANK)
    # Levels 2, 4, 5, 9, 10, then the guest without a level; as text 10 would come before 2.
    assert shown_names(window) == ["张卫国", "李明", "陈静", "吴文华", "王伟", "欧阳娜娜"]
    click_heading(qtbot, window, GuestColumn.RANK)
    assert shown_names(window) == ["欧阳娜娜", "王伟", "吴文华", "陈静", "李明", "张卫国"]


def test_clicking_the_name_heading_sorts_names_by_pinyin(window: MainWindow,
                                                         qtbot: QtBot) -> None:
    click_heading(qtbot, window, GuestColumn.NAME)
    assert shown_names(window) == ["陈静", "李明", "欧阳娜娜", "王伟", "吴文华", "张卫国"]


def test_sorting_and_filtering_combine(window: MainWindow, qtbot: QtBot) -> None:
    click_heading(qtbot, window, GuestColumn.RANK)
    qtbot.keyClicks(window.filter_edit, "ww")
    assert shown_names(window) == ["吴文华", "王伟"]


def test_the_standard_shortcuts_are_used(window: MainWindow) -> None:
    assert window.new_event_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
    assert window.quit_action.shortcuts() == (quit_keys or [QKeySequence("Ctrl+Q")])
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)


def test_find_puts_the_cursor_in_the_filter(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    window.guest_view.setFocus()
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.Find))
    assert window.filter_edit.hasFocus()


def open_new_event_dialog(window: MainWindow, qtbot: QtBot) -> NewEventDialog:
    window.new_event_action.trigger()
    dialog = window.findChild(NewEventDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_a_new_event_is_created_from_the_dialog_and_chosen(window: MainWindow,
                                                           qtbot: QtBot) -> None:
    dialog = open_new_event_dialog(window, qtbot)
    assert dialog.windowTitle() == "新建活动"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    type_text(qtbot, dialog.name_edit, "欢迎晚宴")
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert [window.events.event_at(row).name for row in range(window.events.rowCount())] == [
        "省投资大会", "签约仪式", "欢迎晚宴"]
    assert window.current_event().name == "欢迎晚宴"
    assert window.page() == Page.NO_GUESTS
    created = window.current_event().id

    window.undo_stack.undo()
    assert [window.events.event_at(row).name for row in range(window.events.rowCount())] == [
        "省投资大会", "签约仪式"]
    assert window.current_event().name == "省投资大会"
    window.undo_stack.redo()
    assert window.current_event().name == "欢迎晚宴"
    assert window.current_event().id == created


def test_a_taken_event_name_is_refused_in_the_dialog(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_new_event_dialog(window, qtbot)
    type_text(qtbot, dialog.name_edit, "签约仪式")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == "已有名为“签约仪式”的活动"
    assert window.events.rowCount() == 2
    dialog.reject()


def test_without_events_the_window_says_how_to_start(sqlite_engine: Engine,
                                                     open_window: OpenWindow,
                                                     qtbot: QtBot) -> None:
    window = open_window(sqlite_engine)
    window.show()
    qtbot.waitExposed(window)
    assert window.page() == Page.NO_EVENTS
    assert window.message.isVisible()
    assert window.message.text() == (
        "还没有活动。请为您的会议新建一个活动，或先创建示例活动（一场 140 位嘉宾的省投资合作大会）"
        "熟悉一下。")
    assert window.message_button.isVisible()
    assert window.message_button.text() == "新建活动…"
    assert window.sample_button.isVisible()
    assert window.sample_button.text() == "创建示例活动"


def test_the_sample_event_is_created_from_the_empty_window_and_chosen(
        sqlite_engine: Engine, open_window: OpenWindow, qtbot: QtBot) -> None:
    window = open_window(sqlite_engine)
    window.show()
    qtbot.waitExposed(window)
    qtbot.mouseClick(window.sample_button, Qt.MouseButton.LeftButton)
    assert window.page() == Page.GUESTS
    assert window.current_event() is not None
    assert window.current_event().name == DEMO_EVENT_NAME
    assert window.guests.rowCount() == window.current_event().guests
    assert window.guests.rowCount() >= 130
    guests = window.guests.rowCount()

    window.undo_stack.undo()
    assert window.page() == Page.NO_EVENTS and window.current_event() is None
    window.undo_stack.redo()
    assert window.current_event().name == DEMO_EVENT_NAME
    assert window.guests.rowCount() == guests


def test_an_event_without_guests_says_how_to_import(sqlite_engine: Engine,
                                                    open_window: OpenWindow,
                                                    qtbot: QtBot) -> None:
    add_event(sqlite_engine, "签约仪式")
    window = open_window(sqlite_engine)
    window.show()
    qtbot.waitExposed(window)
    assert window.page() == Page.NO_GUESTS
    assert window.message.isVisible()
    assert window.message.text().startswith("活动“签约仪式”还没有嘉宾。")
    assert "导入" in window.message.text()
    assert not window.message_button.isVisible()
    assert window.import_button.isVisible()
    assert window.import_button.text() == "导入名单…"


def test_the_status_bar_names_the_database(window: MainWindow, sqlite_engine: Engine) -> None:
    assert window.database_label.text() == f"数据库：{sqlite_engine.url.database}"


def test_size_split_sorting_and_last_event_come_back_in_the_next_window(
        window: MainWindow, sqlite_engine: Engine, open_window: OpenWindow,
        qtbot: QtBot) -> None:
    window.resize(760, 540)
    window.splitter.setSizes([300, 460])
    sizes = window.splitter.sizes()
    click_heading(qtbot, window, GuestColumn.RANK)
    window.close()

    again = open_window(sqlite_engine)
    again.show()
    qtbot.waitExposed(again)
    assert (again.width(), again.height()) == (760, 540)
    assert again.splitter.sizes() == sizes
    assert again.guest_view.horizontalHeader().sortIndicatorSection() == COLUMNS.index(
        GuestColumn.RANK)
    assert shown_names(again)[0] == "张卫国"

    again.event_view.setCurrentIndex(again.events.index(1))
    again.close()
    assert open_window(sqlite_engine).current_event().name == "签约仪式"


def test_the_last_event_is_remembered_per_database(window: MainWindow, tmp_path: Path,
                                                   open_window: OpenWindow) -> None:
    window.event_view.setCurrentIndex(window.events.index(1))
    other = open_database(tmp_path / "other.db")
    add_event(other, "甲")
    add_event(other, "乙")
    try:
        assert open_window(other).current_event().name == "甲"
    finally:
        other.dispose()


def test_the_sign_in_menu_opens_the_station_dashboard_and_attendance_report(
        sqlite_engine: Engine, open_window: OpenWindow, qtbot: QtBot, tmp_path: Path) -> None:
    with transaction(sqlite_engine) as session:
        create_demo(session)
    window = open_window(sqlite_engine)
    menus = [action.menu() for action in window.menuBar().actions()]
    assert menus == [window.file_menu, window.edit_menu, window.seating_menu,
                     window.sign_in_menu, window.help_menu]
    assert window.sign_in_menu.actions()[:3] == [
        window.station_action, window.dashboard_action, window.attendance_export_action]
    assert window.station_action not in window.file_menu.actions()
    window.dashboard_action.trigger()
    board = window.findChild(DashboardWindow)
    assert board is not None
    target = tmp_path / "出席情况.xlsx"
    board.ask_path = lambda *_args: str(target)

    window.attendance_export_action.trigger()

    assert window.findChildren(DashboardWindow) == [board]
    qtbot.waitUntil(lambda: not board.exporting(), timeout=20000)
    assert board.export_message.endswith(str(target))
    workbook = load_workbook(target, read_only=True)
    assert len(workbook.sheetnames) >= 3
    workbook.close()
    board.close()


def test_new_events_take_the_protocol_chosen_in_the_preferences(
        window: MainWindow, qtbot: QtBot, settings: QSettings, chinese: Translators) -> None:
    preferences = SettingsDialog(settings, chinese, "/data/zuoci.db")
    qtbot.addWidget(preferences)
    # The fields speak as in the event's own protocol settings.
    assert preferences.protocol.labels[0].text() == "礼宾惯例(&C)："
    assert preferences.protocol.chosen() == ProtocolSettings()
    qtbot.keyClick(preferences.protocol.convention, Qt.Key.Key_Down)
    qtbot.keyClick(preferences.protocol.tie_break, Qt.Key.Key_Down)
    preferences.close()

    dialog = open_new_event_dialog(window, qtbot)
    type_text(qtbot, dialog.name_edit, "欢迎晚宴")
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    chosen = ProtocolSettings(Convention.INTERNATIONAL, TieBreak.PINYIN)
    with Session(window.engine) as session:
        assert protocol_settings(session, window.current_event().id) == chosen
        # Events made before keep their own.
        first = find_event(session, "省投资大会").id
        assert protocol_settings(session, first) == ProtocolSettings()
    again = SettingsDialog(settings, chinese, "/data/zuoci.db")
    qtbot.addWidget(again)
    assert again.protocol.chosen() == chosen


def test_the_preferences_open_another_database_from_the_file_menus_dialog(
        sqlite_engine: Engine, settings: QSettings, chinese: Translators, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[int] = []

    def choose(_parent: QWidget, _settings: QSettings, page: int) -> str:
        asked.append(page)
        return "/data/other.db"

    monkeypatch.setattr("ui.main_window.choose_database", choose)
    window = MainWindow(sqlite_engine, settings, translators=chinese)
    qtbot.addWidget(window)
    window.show_preferences()
    preferences = window.findChild(SettingsDialog)
    assert preferences is not None and preferences.database.isReadOnly()
    with qtbot.waitSignal(window.database_chosen) as chosen:
        qtbot.mouseClick(preferences.other_database_button, Qt.MouseButton.LeftButton)
    assert asked == [DatabaseDialog.FILE_PAGE]
    assert chosen.args == ["/data/other.db"]
    assert not preferences.isVisible()

"""The order tab: the demo's levels in order, reordering inside a level, the tie-break; undo."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlmodel import Session, select

from models.db import transaction
from models.demo import create_demo
from models.precedence import in_precedence_order
from models.tables import NOT_EXPECTED, Event, Guest
from models.vocab import rank_label
from ui.main_window import MainWindow

OpenWindow = Callable[[Engine], MainWindow]


@pytest.fixture
def window(sqlite_engine: Engine, open_window: OpenWindow, qtbot: QtBot) -> MainWindow:
    """A shown window on the sample conference, its order tab open."""
    with transaction(sqlite_engine) as session:
        create_demo(session)
    window = open_window(sqlite_engine)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.precedence)
    return window


def stored_order(engine: Engine) -> list[str]:
    with Session(engine) as session:
        event = session.exec(select(Event)).one()
        guests = [guest for guest in session.exec(select(Guest))
                  if guest.rsvp not in NOT_EXPECTED]
        return [guest.name for guest in in_precedence_order(
            guests, event.tie_break, whole_name=event.stroke_whole_name)]


def shown_order(window: MainWindow) -> list[str]:
    model = window.precedence.model
    return [model.index(row, 1, model.index(level_row, 0)).data()
            for level_row in range(model.rowCount())
            for row in range(model.rowCount(model.index(level_row, 0)))]


def level_with_several(window: MainWindow) -> int:
    levels = window.precedence.model.levels()
    return next(row for row, level in enumerate(levels) if len(level.guests) >= 3)


def test_the_tab_lists_the_demo_levels_senior_first_unranked_last(window: MainWindow) -> None:
    assert window.tabs.tabText(3) == "次序"
    levels = window.precedence.model.levels()
    ranked = [level.level for level in levels if level.level is not None]
    assert len(ranked) >= 2 and ranked == sorted(ranked)
    assert all(level.level is not None for level in levels[:len(ranked)])
    model = window.precedence.model
    assert [model.index(row, 0).data() for row in range(len(ranked))] == [
        rank_label(level) for level in ranked]
    assert shown_order(window) == stored_order(window.engine)
    assert model.index(0, 0, model.index(0, 0)).data() == "1"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "姓名"


def test_a_move_inside_a_level_reorders_and_undo_restores(window: MainWindow) -> None:
    before = stored_order(window.engine)
    level_row = level_with_several(window)
    names = [row.name for row in window.precedence.model.levels()[level_row].guests]
    assert window.precedence.model.move(level_row, [len(names) - 1], level_row, 0)
    after = stored_order(window.engine)
    start = after.index(names[-1])
    assert after[start:start + len(names)] == [names[-1], *names[:-1]]
    assert shown_order(window) == after
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert stored_order(window.engine) == before
    assert shown_order(window) == before
    window.undo_stack.redo()
    assert stored_order(window.engine) == after
    assert shown_order(window) == after


def test_a_move_into_another_level_is_refused(window: MainWindow, qtbot: QtBot) -> None:
    before = stored_order(window.engine)
    level_row = level_with_several(window)
    other = 0 if level_row else 1
    refused: list[str] = []
    window.precedence._failed = refused.append
    window.precedence.model._refused = refused.append
    assert not window.precedence.model.move(level_row, [0], other, 0)
    assert refused == ["嘉宾只能在本级别内调整次序。"]
    assert stored_order(window.engine) == before
    assert window.undo_stack.count() == 0


def test_the_pinyin_tie_break_reorders_and_undoes(window: MainWindow) -> None:
    level_row = level_with_several(window)
    names = [row.name for row in window.precedence.model.levels()[level_row].guests]
    window.precedence.model.move(level_row, [len(names) - 1], level_row, 0)
    by_hand = stored_order(window.engine)
    area = window.precedence
    area.tie_break.setCurrentIndex(area.tie_break.findData("pinyin"))
    area.apply_button.click()
    with Session(window.engine) as session:
        event = session.exec(select(Event)).one()
        guests = [guest for guest in session.exec(select(Guest))
                  if guest.rsvp not in NOT_EXPECTED]
        assert event.tie_break == "pinyin"
        assert all(guest.rank_order is None for guest in guests)
        pinyin = {guest.name: guest.pinyin for guest in guests}
    after = stored_order(window.engine)
    assert after != by_hand
    level = [row.name for row in area.model.levels()[level_row].guests]
    assert level == sorted(level, key=lambda name: (pinyin[name], name))
    assert shown_order(window) == after
    window.undo_stack.undo()
    assert stored_order(window.engine) == by_hand
    assert area.tie_break.currentData() == "strokes"
    assert shown_order(window) == by_hand


def test_alt_up_and_down_move_the_chosen_guest_and_keep_it_chosen(window: MainWindow,
                                                                  qtbot: QtBot) -> None:
    area = window.precedence
    before = stored_order(window.engine)
    level_row = level_with_several(window)
    names = [row.name for row in area.model.levels()[level_row].guests]
    last = area.model.levels()[level_row].guests[-1].id
    assert not area.move_up_action.isEnabled()
    window.activateWindow()
    qtbot.waitActive(window)
    area.view.setFocus()
    area.choose([last])
    assert area.move_up_action.isEnabled() and area.chosen_guest_ids() == [last]

    qtbot.keyClick(area.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(area.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)

    moved = [row.name for row in area.model.levels()[level_row].guests]
    assert moved == [*names[:-3], names[-1], names[-3], names[-2]]
    assert area.chosen_guest_ids() == [last]
    assert window.undo_stack.count() == 2
    start = stored_order(window.engine).index(names[0])
    assert stored_order(window.engine)[start:start + len(names)] == moved
    qtbot.keyClick(area.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [row.name for row in area.model.levels()[level_row].guests] == [
        *names[:-3], names[-3], names[-1], names[-2]]
    window.undo_stack.undo()
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert stored_order(window.engine) == before
    assert area.chosen_guest_ids() == [last]


def test_the_first_guest_does_not_move_up_and_a_level_row_does_not_move(
        window: MainWindow) -> None:
    area = window.precedence
    first = area.model.levels()[0].guests[0].id
    area.choose([first])
    area.move_chosen(-1)
    assert window.undo_stack.count() == 0
    area.view.selectionModel().select(
        area.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert area.chosen_guest_ids() == []
    assert not area.move_up_action.isEnabled() and not area.move_down_action.isEnabled()

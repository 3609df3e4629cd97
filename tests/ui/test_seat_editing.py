"""Seating by hand in the plan: guests dragged from the unplaced list onto seats, seats swapped,
guests dragged back, locks, the seat menu, search, arranging chosen seats, the report's links and
re-flow; each stored at once and undone and redone from the main undo stack."""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlmodel import Session, select

from models.db import transaction
from models.demo import create_demo
from models.demo_scenes import BANQUET, HALL
from models.scenes import find_scene
from models.seating import arrange_scene, current_seats, scene_plan
from models.tables import Event, Guest, Rsvp
from ui.main_window import MainWindow
from ui.reflow_dialog import ReflowDialog
from ui.seating_area import SeatingArea
from ui.seating_view import GUEST_MIME, SEAT_MIME, SeatItem, seat_mime

OpenWindow = Callable[[Engine], MainWindow]
SeatKey = tuple[int, str]


def open_on(qtbot: QtBot, engine: Engine, open_window: OpenWindow, scene: str) -> MainWindow:
    window = open_window(engine)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.seating)
    window.seating.scene_chooser.setCurrentText(scene)
    return window


@pytest.fixture
def hall(sqlite_engine: Engine, open_window: OpenWindow, qtbot: QtBot) -> MainWindow:
    """The sample conference's hall, nobody seated yet."""
    with transaction(sqlite_engine) as session:
        create_demo(session)
    return open_on(qtbot, sqlite_engine, open_window, HALL)


@pytest.fixture
def arranged(sqlite_engine: Engine, open_window: OpenWindow, qtbot: QtBot) -> MainWindow:
    """The sample conference with the hall and the banquet arranged, the hall shown."""
    with transaction(sqlite_engine) as session:
        event = create_demo(session)
        for name in (HALL, BANQUET):
            arrange_scene(session, event, find_scene(session, event.id, name))
    return open_on(qtbot, sqlite_engine, open_window, HALL)


def stored(engine: Engine, name: str = HALL) -> dict[int, SeatKey]:
    with Session(engine) as session:
        event = session.exec(select(Event)).one()
        return current_seats(session, find_scene(session, event.id, name))


def ranked_keys(engine: Engine, name: str = HALL) -> list[SeatKey]:
    with Session(engine) as session:
        event = session.exec(select(Event)).one()
        plan = scene_plan(session, event, find_scene(session, event.id, name))
        return [(r.seat.element_id, r.seat.key) for r in plan.seats]


def at(area: SeatingArea, key: SeatKey) -> QPoint:
    """Where the seat is in the plan's viewport."""
    item = area.view.seat_item(key)
    assert item is not None
    return area.view.mapFromScene(item.scenePos())


def drop(target: QWidget, position: QPoint, data: QMimeData) -> bool:
    """A drop as the window system delivers it at the end of a drag (enter, move, drop):
    offscreen there is no drag loop to carry a real one. Whether the drop was taken."""
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    for kind in (QDragEnterEvent, QDragMoveEvent):
        QApplication.sendEvent(target, kind(QPointF(position), actions, data,
                                            Qt.MouseButton.LeftButton,
                                            Qt.KeyboardModifier.NoModifier))
    event = QDropEvent(QPointF(position), Qt.DropAction.MoveAction | Qt.DropAction.CopyAction,
                       data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, event)
    return event.isAccepted()


def press_and_move(widget: QWidget, start: QPoint, end: QPoint) -> None:
    """A real left-button press and a move with the button held (QTest's moves hold none)."""
    def send(kind: QEvent.Type, position: QPoint, button: Qt.MouseButton,
             buttons: Qt.MouseButton) -> None:
        event = QMouseEvent(kind, QPointF(position), QPointF(widget.mapToGlobal(position)),
                            button, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, event)

    left = Qt.MouseButton.LeftButton
    send(QEvent.Type.MouseButtonPress, start, left, left)
    send(QEvent.Type.MouseMove, start + QPoint(3, 3), Qt.MouseButton.NoButton, left)
    send(QEvent.Type.MouseMove, end, Qt.MouseButton.NoButton, left)
    send(QEvent.Type.MouseButtonRelease, end, left, Qt.MouseButton.NoButton)


def first_unplaced(area: SeatingArea) -> tuple[int, QMimeData]:
    """The first guest of the unplaced list, and what dragging their row carries."""
    index = area.unplaced_filter.index(0, 0)
    data = area.unplaced_filter.mimeData([index])
    guest_id = area.unplaced.guest(0).id
    assert data.hasFormat(GUEST_MIME)
    return guest_id, data


def answer(area: SeatingArea, button: QMessageBox.StandardButton) -> None:
    dialog = area.dialog
    assert isinstance(dialog, QMessageBox)
    dialog.button(button).click()


def test_a_guest_dragged_from_the_list_onto_a_seat_sits_there_until_undone(
        qtbot: QtBot, hall: MainWindow, sqlite_engine: Engine) -> None:
    area = hall.seating
    waiting = area.unplaced.rowCount()
    guest_id, data = first_unplaced(area)
    seat = ranked_keys(sqlite_engine)[0]
    assert drop(area.view.viewport(), at(area, seat), data)
    assert stored(sqlite_engine) == {guest_id: seat}
    assert area.view.seat_item(seat).seat.guest_id == guest_id
    assert area.unplaced.rowCount() == waiting - 1
    assert hall.undo_stack.undoText() == area.tr("Seat {name} in {seat}").format(
        name=area._name(guest_id),
        seat=area.view.seat_item(seat).seat.label)

    hall.undo_action.trigger()
    assert stored(sqlite_engine) == {}
    assert area.view.seat_item(seat).seat.name == ""
    assert area.unplaced.rowCount() == waiting
    hall.redo_action.trigger()
    assert stored(sqlite_engine) == {guest_id: seat}
    assert area.view.seat_item(seat).seat.guest_id == guest_id


def test_a_guest_dropped_on_an_occupied_seat_replaces_its_guest_only_when_confirmed(
        qtbot: QtBot, arranged: MainWindow, sqlite_engine: Engine) -> None:
    area = arranged.seating
    before = stored(sqlite_engine)
    occupied = next(k for k in ranked_keys(sqlite_engine)[7:] if k in before.values())
    sitting = next(g for g, k in before.items() if k == occupied)
    # Everyone expected is seated in the hall: unseat one to have someone in the list.
    free = next(g for g, k in before.items() if k != occupied and k not in
                ranked_keys(sqlite_engine)[:7])
    area.unseat([before[free]])
    assert area.unplaced.row_of(free) is not None
    data = area.unplaced_filter.mimeData(
        [area.unplaced_filter.mapFromSource(area.unplaced.index(area.unplaced.row_of(free), 0))])
    assert drop(area.view.viewport(), at(area, occupied), data)
    assert area.dialog.standardButtons() & QMessageBox.StandardButton.No
    answer(area, QMessageBox.StandardButton.No)
    assert stored(sqlite_engine)[sitting] == occupied

    assert drop(area.view.viewport(), at(area, occupied), data)
    answer(area, QMessageBox.StandardButton.Yes)
    now = stored(sqlite_engine)
    assert now[free] == occupied and sitting not in now
    assert area.unplaced.row_of(sitting) is not None
    arranged.undo_action.trigger()
    assert stored(sqlite_engine)[sitting] == occupied


def test_dragging_a_seat_with_the_mouse_carries_it_and_dropping_it_on_another_swaps_them(
        qtbot: QtBot, arranged: MainWindow, sqlite_engine: Engine) -> None:
    area = arranged.seating
    view = area.view
    view.show_seat(ranked_keys(sqlite_engine)[0])
    first, second = ranked_keys(sqlite_engine)[:2]
    before = stored(sqlite_engine)
    carried: list[QMimeData] = []

    def capture(drag: QDrag) -> None:
        carried.append(drag.mimeData())

    view.run_drag = capture
    press_and_move(view.viewport(), at(area, first), at(area, first) + QPoint(40, 25))
    assert len(carried) == 1 and carried[0].hasFormat(SEAT_MIME)

    assert drop(view.viewport(), at(area, second), carried[0])
    now = stored(sqlite_engine)
    one = next(g for g, k in before.items() if k == first)
    two = next(g for g, k in before.items() if k == second)
    assert now[one] == second and now[two] == first
    arranged.undo_action.trigger()
    assert stored(sqlite_engine) == before
    arranged.redo_action.trigger()
    assert stored(sqlite_engine)[one] == second


def test_a_guest_dropped_on_an_empty_seat_moves_there_and_the_history_says_so(
        qtbot: QtBot, arranged: MainWindow, sqlite_engine: Engine) -> None:
    area = arranged.seating
    before = stored(sqlite_engine)
    first = ranked_keys(sqlite_engine)[0]
    empty = next(k for k in ranked_keys(sqlite_engine) if k not in before.values())
    guest_id = next(g for g, k in before.items() if k == first)

    area.swap(first, empty)

    assert stored(sqlite_engine)[guest_id] == empty
    assert arranged.undo_stack.undoText() == area.tr("Move {name} to {seat}").format(
        name=area._name(guest_id), seat=area.view.seat_item(empty).seat.label)
    arranged.undo_action.trigger()
    assert stored(sqlite_engine) == before


def test_an_empty_seat_cannot_be_dragged(qtbot: QtBot, hall: MainWindow,
                                         sqlite_engine: Engine) -> None:
    area = hall.seating
    carried: list[QDrag] = []
    area.view.run_drag = carried.append
    seat = ranked_keys(sqlite_engine)[0]
    press_and_move(area.view.viewport(), at(area, seat), at(area, seat) + QPoint(40, 25))
    assert carried == []


def test_a_seat_dropped_on_the_unplaced_list_sends_its_guest_there(
        qtbot: QtBot, arranged: MainWindow, sqlite_engine: Engine) -> None:
    area = arranged.seating
    seat = ranked_keys(sqlite_engine)[3]
    guest = next(g for g, k in stored(sqlite_engine).items() if k == seat)
    target = area.unplaced_view.viewport()
    assert drop(target, target.rect().center(), seat_mime(seat))
    assert guest not in stored(sqlite_engine)
    assert area.unplaced.row_of(guest) is not None
    arranged.undo_action.trigger()
    assert stored(sqlite_engine)[guest] == seat
    assert area.unplaced.row_of(guest) is None


def test_locking_from_the_seat_menu_draws_a_lock_and_keeps_the_guest_from_moving(
        qtbot: QtBot, arranged: MainWindow, sqlite_engine: Engine) -> None:
    area = arranged.seating
    first, second = ranked_keys(sqlite_engine)[:2]
    menu = area.menu_for(first)
    labels = [a.text() for a in menu.actions() if a.text()]
    assert labels[:4] == [area.tr("Lock"), area.tr("Take out of the seat"),
                          area.tr("Swap with…"), area.tr("Show in the guest list")]
    next(a for a in menu.actions() if a.objectName() == "lock").trigger()
    assert area.view.seat_item(first).seat.locked
    before = stored(sqlite_engine)
    area.swap(first, second)
    assert "已锁定" in area.dialog.text()
    answer(area, QMessageBox.StandardButton.Ok)
    assert stored(sqlite_engine) == before

    menu = area.menu_for(first)
    assert not next(a for a in menu.actions() if a.objectName() == "unseat").isEnabled()
    next(a for a in menu.actions() if a.objectName() == "unlock").trigger()
    assert not area.view.seat_item(first).seat.locked
    arranged.undo_action.trigger()
    assert area.view.seat_item(first).seat.locked
    arranged.undo_action.trigger()
    assert not area.view.seat_item(first).seat.locked


def test_swap_with_picks_the_other_seat_by_a_click(
        qtbot: QtBot, arranged: MainWindow, sqlite_engine: Engine) -> None:
    area = arranged.seating
    first, second = ranked_keys(sqlite_engine)[:2]
    before = stored(sqlite_engine)
    next(a for a in area.menu_for(first).actions() if a.objectName() == "swapWith").trigger()
    assert "Esc" in area.hint.text()
    qtbot.mouseClick(area.view.viewport(), Qt.MouseButton.LeftButton, pos=at(area, second))
    now = stored(sqlite_engine)
    assert {g: now[g] for g in before if before[g] in (first, second)} == {
        g: (second if before[g] == first else first) for g in before
        if before[g] in (first, second)}
    assert area.hint.text() == ""


def test_a_leader_dropped_in_the_media_block_is_seated_only_if_the_user_insists(
        qtbot: QtBot, hall: MainWindow, sqlite_engine: Engine) -> None:
    area = hall.seating
    media = next(k for k, item in ((i.seat.key, i) for i in area.view.seat_items())
                 if item.seat.reserve_category == "media")
    guest_id, data = first_unplaced(area)
    assert drop(area.view.viewport(), at(area, media), data)
    assert "媒体的预留座位" in area.dialog.text()
    answer(area, QMessageBox.StandardButton.Yes)
    assert stored(sqlite_engine) == {guest_id: media}


def test_search_by_initials_centres_the_view_on_the_guests_seat_and_selects_it(
        qtbot: QtBot, arranged: MainWindow, sqlite_engine: Engine) -> None:
    area = arranged.seating
    seated = stored(sqlite_engine)
    seat = [k for k in ranked_keys(sqlite_engine) if k in seated.values()][-10]
    guest_id = next(g for g, k in seated.items() if k == seat)
    with Session(sqlite_engine) as session:
        guest = session.get(Guest, guest_id)
        initials = guest.initials
    others = [i for i in area.view.seat_items() if i.seat.guest_id is not None
              and i.seat.guest_id != guest_id and area._rows[i.seat.guest_id].search.syllables
              and "".join(s[0] for s in area._rows[i.seat.guest_id].search.syllables)
              == initials.lower()]
    qtbot.keyClicks(area.search_edit, initials.lower())
    found = [i for i in area.view.seat_items() if i.isSelected()]
    assert len(found) == 1
    for _ in others:
        if found[0].seat.guest_id == guest_id:
            break
        qtbot.keyClick(area.search_edit, Qt.Key.Key_Return)
        found = [i for i in area.view.seat_items() if i.isSelected()]
    item = area.view.seat_item(seat)
    assert item.isSelected() and item.highlighted
    visible = area.view.mapToScene(area.view.viewport().rect()).boundingRect()
    assert visible.contains(item.sceneBoundingRect())
    assert abs(visible.center().x() - item.scenePos().x()) < visible.width() / 4
    # Zoomed in far enough that the whole name is drawn.
    assert area.view.zoom_factor() * 52 >= 70


def test_arranging_a_chosen_table_changes_no_other_seat_and_undoes_as_one_step(
        qtbot: QtBot, arranged: MainWindow, sqlite_engine: Engine) -> None:
    arranged.seating.scene_chooser.setCurrentText(BANQUET)
    area = arranged.seating
    keys = ranked_keys(sqlite_engine, BANQUET)
    before = stored(sqlite_engine, BANQUET)
    table = keys[12]
    next(a for a in area.menu_for(table).actions()
         if a.objectName() == "chooseElement").trigger()
    chosen = area.view.selected_keys()
    assert len(chosen) == 10 and all(k[0] == table[0] for k in chosen)
    leaving = [g for g, k in before.items() if k in chosen][:2]
    for guest in leaving:
        area.unseat([before[guest]])
    area.view.select(chosen)
    assert area.arrange_button.isEnabled()
    qtbot.mouseClick(area.arrange_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: arranged.arrange_report is not None, timeout=20000)
    after = stored(sqlite_engine, BANQUET)
    assert {g: k for g, k in after.items() if k not in chosen} == {
        g: k for g, k in before.items() if k not in chosen}
    assert len([k for k in after.values() if k in chosen]) == 10
    steps = arranged.undo_stack.count()
    arranged.undo_action.trigger()
    assert arranged.undo_stack.index() == steps - 1
    assert stored(sqlite_engine, BANQUET) == {g: k for g, k in before.items()
                                              if g not in leaving}


def test_the_reports_links_show_the_seat_and_the_unplaced_guest(
        qtbot: QtBot, hall: MainWindow, sqlite_engine: Engine) -> None:
    area = hall.seating
    rostrum = [k for k in ranked_keys(sqlite_engine)[:7]]
    area.view.select(rostrum)
    area.arrange_chosen()
    qtbot.waitUntil(lambda: hall.arrange_report is not None, timeout=20000)
    report = hall.arrange_report
    assert not report.isModal()
    text = report.text.toPlainText()
    assert "未安排" in text
    changed_label = report._report.changed[0]
    report.follow(QUrl("seat:0"))
    shown = next(i for i in area.view.seat_items() if i.seat.label == changed_label)
    assert shown.isSelected() and shown.highlighted
    visible = area.view.mapToScene(area.view.viewport().rect()).boundingRect()
    assert visible.contains(shown.sceneBoundingRect())

    unplaced = report._report.unplaced[0]["guest_id"]
    report.follow(QUrl(f"guest:{unplaced}"))
    current = area.unplaced_view.currentIndex()
    assert current.isValid()
    assert area.unplaced.guest(area.unplaced_filter.mapToSource(current).row()).id == unplaced


def test_reflow_after_a_cancellation_lists_the_changed_seats_of_each_mode_and_undoes(
        qtbot: QtBot, arranged: MainWindow, sqlite_engine: Engine) -> None:
    area = arranged.seating
    before = stored(sqlite_engine)
    second = ranked_keys(sqlite_engine)[1]
    gone = next(g for g, k in before.items() if k == second)
    with transaction(sqlite_engine) as session:
        session.get(Guest, gone).rsvp = Rsvp.CANCELLED.value
    area.open_reflow()
    dialog = area.dialog
    assert isinstance(dialog, ReflowDialog)
    qtbot.waitUntil(lambda: dialog.changed_seats() is not None, timeout=20000)
    assert dialog.changes.count() == 1
    assert dialog.changes.item(0).text().endswith(dialog.tr("(empty)"))
    dialog.shift.click()
    assert not dialog.ok_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.changed_seats() is not None, timeout=20000)
    shifted = dialog.changes.count()
    assert shifted > 1
    assert stored(sqlite_engine) == before, "the preview stores nothing"
    dialog.accept()
    after = stored(sqlite_engine)
    assert gone not in after and second in after.values()
    changed = [k for k in set(before.values()) | set(after.values())
               if {g for g, s in before.items() if s == k} != {g for g, s in after.items()
                                                               if s == k}]
    assert len(changed) == shifted
    assert arranged.undo_stack.undoText() == area.tr("Re-flow {scene}").format(scene=HALL)
    arranged.undo_action.trigger()
    assert stored(sqlite_engine) == before
    arranged.redo_action.trigger()
    assert stored(sqlite_engine) == after

    area.open_reflow()
    area.dialog.leave_empty.click()
    qtbot.waitUntil(lambda: area.dialog.changed_seats() is not None, timeout=20000)
    assert area.dialog.changes.count() == 0
    assert not area.dialog.ok_button.isEnabled()
    area.dialog.reject()


def test_the_rank_toggle_and_the_level_of_detail_change_what_a_seat_shows(
        qtbot: QtBot, arranged: MainWindow) -> None:
    area = arranged.seating
    area.ranks_button.click()
    assert all(item.show_rank for item in area.view.seat_items())
    picture = area.view.grab()
    assert not picture.isNull()
    item: SeatItem = area.view.seat_items()[0]
    assert item.seat.rank == 1 and item.toolTip().startswith("1. ")


def test_delete_in_the_plan_empties_the_chosen_seats_in_one_undoable_step(
        qtbot: QtBot, arranged: MainWindow, sqlite_engine: Engine) -> None:
    area = arranged.seating
    before = stored(sqlite_engine)
    chosen = [k for k in ranked_keys(sqlite_engine)[7:30] if k in before.values()][:2]
    qtbot.mouseClick(area.view.viewport(), Qt.MouseButton.LeftButton, pos=at(area, chosen[0]))
    qtbot.mouseClick(area.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier, pos=at(area, chosen[1]))
    assert sorted(area.view.selected_keys()) == sorted(chosen)
    area.view.setFocus()
    qtbot.keyClick(area.view, Qt.Key.Key_Delete)
    now = stored(sqlite_engine)
    assert not set(chosen) & set(now.values())
    assert len(now) == len(before) - 2
    arranged.undo_action.trigger()
    assert stored(sqlite_engine) == before


def test_show_in_the_guest_list_opens_the_guests_tab_on_that_guest(
        qtbot: QtBot, arranged: MainWindow, sqlite_engine: Engine) -> None:
    area = arranged.seating
    seat = ranked_keys(sqlite_engine)[0]
    guest = next(g for g, k in stored(sqlite_engine).items() if k == seat)
    next(a for a in area.menu_for(seat).actions() if a.objectName() == "showInList").trigger()
    assert arranged.tabs.currentWidget() is arranged.pages
    assert arranged.selected_guest_ids() == [guest]


def test_painting_the_plan_never_frees_none(qtbot: QtBot, arranged: MainWindow) -> None:
    """PySide6 6.12 takes a reference from None on every call that returns nothing; on Python
    3.11 enough repaints of a large plan would free None and abort the application."""
    def kept_alive() -> bool:
        # Python 3.12 and later never free None (PEP 683), whatever its count says.
        return sys.version_info >= (3, 12) or sys.getrefcount(None) > 1 << 39

    assert kept_alive()
    for _ in range(20):
        arranged.seating.view.viewport().repaint()
    assert kept_alive()

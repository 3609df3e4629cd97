"""The main window's keyboard shortcuts: the standard keys, and no key claimed twice at once."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from models.db import transaction
from models.demo import create_demo
from ui.main_window import MainWindow

OpenWindow = Callable[[Engine], MainWindow]
Key = QKeySequence.StandardKey


@pytest.fixture
def window(sqlite_engine: Engine, open_window: OpenWindow, qtbot: QtBot) -> MainWindow:
    """A shown window on the sample conference."""
    with transaction(sqlite_engine) as session:
        create_demo(session)
    window = open_window(sqlite_engine)
    window.show()
    qtbot.waitExposed(window)
    return window


def keys(action: QAction) -> set[str]:
    return {sequence.toString(QKeySequence.SequenceFormat.PortableText)
            for sequence in action.shortcuts() if not sequence.isEmpty()}


def standard(key: Key) -> str:
    """The platform's first key for the standard action ("" when it has none)."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)


def widgets_of(action: QAction) -> list[QWidget]:
    return [owner for owner in action.associatedObjects()
            if isinstance(owner, QWidget) and not isinstance(owner, QMenu)]


def within(focus: QWidget, widget: QWidget) -> bool:
    shown: QObject | None = focus
    while shown is not None and shown is not widget:
        shown = shown.parent()
    return shown is widget


def listens(action: QAction, focus: QWidget) -> bool:
    """Whether Qt would give the action its keys with `focus` focused in the window: enabled,
    added somewhere, and its shortcut context taking in that focus."""
    if not action.isEnabled() or not action.associatedObjects():
        return False
    match action.shortcutContext():
        case Qt.ShortcutContext.WidgetShortcut:
            return focus in widgets_of(action)
        case Qt.ShortcutContext.WidgetWithChildrenShortcut:
            # In a menu of the menu bar such an action answers its keys only while the menu is
            # open: as here, only the widgets it was added to count.
            return any(within(focus, widget) and widget.isVisible()
                       for widget in widgets_of(action))
        case _:
            return True


def claimed_twice(window: MainWindow, focus: QWidget) -> dict[str, list[str]]:
    """Keys two or more listening actions share: Qt then runs none of them."""
    claims: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        if listens(action, focus):
            for key in keys(action):
                claims[key].append(action.text() or action.objectName())
    return {key: names for key, names in claims.items() if len(names) > 1}


def test_every_action_with_a_standard_key_has_it(window: MainWindow) -> None:
    expected = {
        window.new_event_action: Key.New, window.open_database_action: Key.Open,
        window.export_action: Key.SaveAs, window.find_action: Key.Find,
        window.undo_action: Key.Undo, window.redo_action: Key.Redo,
        window.delete_guests_action: Key.Delete, window.delete_event_action: Key.Delete,
        window.seating.zoom_in_action: Key.ZoomIn, window.seating.zoom_out_action: Key.ZoomOut,
        window.printing.save_action: Key.SaveAs, window.printing.print_action: Key.Print,
    }
    for action, key in expected.items():
        assert standard(key) and standard(key) in keys(action), action.text()
    # The old keys stay for those used to them.
    assert "Ctrl+E" in keys(window.export_action)
    # Where the platform has no key for them, the keys every desktop uses stand in.
    assert keys(window.preferences_action) == {standard(Key.Preferences) or "Ctrl+,"}
    assert keys(window.quit_action) == {standard(Key.Quit) or "Ctrl+Q"}


@pytest.mark.parametrize("tab", ["guests", "seating", "print", "order"])
def test_no_key_is_claimed_twice_in_any_tab(window: MainWindow, qtbot: QtBot, tab: str
                                            ) -> None:
    area = {"guests": window.pages, "seating": window.seating, "print": window.printing,
            "order": window.precedence}[tab]
    window.tabs.setCurrentWidget(area)
    # Saving and printing are enabled once the preview is there.
    qtbot.waitUntil(lambda: not window.printing.building(), timeout=20000)
    focused = {"guests": [window.guest_view, window.filter_edit],
               "seating": [window.seating.view, window.seating.search_edit],
               "print": [window.printing], "order": [window.precedence.view]}[tab]
    for focus in [window.event_view, *focused]:
        assert claimed_twice(window, focus) == {}, focus.objectName()


def test_no_key_is_claimed_twice_while_the_room_is_laid_out(window: MainWindow) -> None:
    """The layout editor has its own zoom, fit, copy, paste and delete keys; the plan's are off
    while it is shown, or Ctrl+0 and Ctrl+F would reach two actions and do nothing."""
    window.tabs.setCurrentWidget(window.seating)
    window.seating.layout_button.setChecked(True)
    for focus in [window.seating.layout_editor.view, window.seating.scene_chooser]:
        assert claimed_twice(window, focus) == {}, focus.objectName()
    window.seating.layout_button.setChecked(False)
    assert listens(window.seating.fit_action, window.seating.view)


def test_each_shared_key_reaches_one_action_per_place(window: MainWindow, qtbot: QtBot
                                                     ) -> None:
    """Delete, Find and Save As mean the thing in front of the user."""
    window.tabs.setCurrentWidget(window.pages)
    assert listens(window.delete_guests_action, window.guest_view)
    assert not listens(window.delete_event_action, window.guest_view)
    assert listens(window.delete_event_action, window.event_view)
    assert listens(window.export_action, window.guest_view)
    assert listens(window.find_action, window.guest_view)
    window.tabs.setCurrentWidget(window.printing)
    qtbot.waitUntil(window.printing.save_action.isEnabled, timeout=20000)
    assert listens(window.printing.save_action, window.printing)
    assert not listens(window.export_action, window.printing)
    window.tabs.setCurrentWidget(window.seating)
    assert listens(window.seating.find_action, window.seating.view)
    assert not listens(window.find_action, window.seating.view)


def test_find_in_the_seating_tab_searches_the_plan_and_elsewhere_the_guests(
        window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    window.tabs.setCurrentWidget(window.seating)
    window.seating.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.seating.view)
    qtbot.keyClick(window.seating.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.seating.search_edit
    window.tabs.setCurrentWidget(window.precedence)
    window.precedence.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.precedence.view)
    qtbot.keyClick(window.precedence.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.pages
    assert QApplication.focusWidget() is window.filter_edit

"""The order tab reordered by a real mouse drag on a real X server (Xvfb), then undone and redone.

Qt's offscreen platform ends every drag at once without a drop, so the drag runs in a child
process on the X server: this module is also that child,

    python -m tests.ui.test_precedence_drag DATABASE SETTINGS.ini

which drags the last guest of the first level with three or more to the top of that level and
prints the level's stored order after the drag, the undo and the redo as one JSON line.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import Session, select

from models.db import open_database, transaction
from models.demo import create_demo
from models.precedence import in_precedence_order
from models.tables import NOT_EXPECTED, Event, Guest
from tests.ui.gui_process import ROOT, child_environment

# Mouse steps between press and release: a drag the view sees move, not one jump.
STEPS = 6


def stored_level(database: Path, names: list[str]) -> list[str]:
    """These guests in the order of precedence the database holds."""
    engine = open_database(database)
    try:
        with Session(engine) as session:
            event = session.exec(select(Event)).one()
            guests = [guest for guest in session.exec(select(Guest))
                      if guest.rsvp not in NOT_EXPECTED and guest.name in names]
            return [guest.name for guest in in_precedence_order(
                guests, event.tie_break, whole_name=event.stroke_whole_name)]
    finally:
        engine.dispose()


@pytest.mark.xvfb
def test_dragging_a_guest_to_the_top_of_the_level_reorders_and_undoes(tmp_path: Path) -> None:
    if shutil.which("xvfb-run") is None:
        if os.environ.get("ZUOCI_REQUIRE_ALL"):
            pytest.fail("Xvfb is not installed but ZUOCI_REQUIRE_ALL asks for every test")
        pytest.skip("Xvfb is not installed")
    database = tmp_path / "zuoci.db"
    engine = open_database(database)
    with transaction(engine) as session:
        create_demo(session)
    engine.dispose()
    environment = child_environment(tmp_path, "zh_CN.UTF-8", "xcb")

    # xvfb-run starts a private X server on a free display for the child alone; searching from
    # a display of this process's own, not from :99 where other runs started at once look too.
    result = subprocess.run(
        ["xvfb-run", "-a", "-n", str(100 + os.getpid() % 5000), "-s", "-screen 0 1280x800x24",
         sys.executable, "-m",
         "tests.ui.test_precedence_drag", str(database), str(tmp_path / "settings.ini")],
        env=environment, capture_output=True, text=True, timeout=120, check=False, cwd=ROOT)

    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout.splitlines()[-1])
    before = shown["before"]
    assert len(before) >= 3
    dragged = [before[-1], *before[:-1]]
    assert shown["dragged"] == {"stored": dragged, "shown": dragged}
    assert shown["undo_text"].endswith(f"调整{shown['level']}次序")
    assert shown["undone"] == {"stored": before, "shown": before}
    assert shown["redone"] == {"stored": dragged, "shown": dragged}
    # The redone order is what the next start finds.
    assert stored_level(database, before) == dragged


def drag_in_child(database: str, settings_file: str) -> None:
    """The child: open the window on the database, drag, undo, redo; print what happened."""
    from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow
    from ui.translations import Translators

    app = QApplication([sys.argv[0]])
    translators = Translators(app)
    translators.use("zh_CN")
    engine = open_database(Path(database))
    window = MainWindow(engine, QSettings(settings_file, QSettings.Format.IniFormat),
                        translators=translators)
    window.show()
    window.tabs.setCurrentWidget(window.precedence)
    if not QTest.qWaitForWindowExposed(window):
        sys.exit("the window was never shown")
    area = window.precedence
    model, view = area.model, area.view
    level_row = next(row for row, level in enumerate(model.levels()) if len(level.guests) >= 3)
    before = [guest.name for guest in model.levels()[level_row].guests]

    def state() -> dict[str, list[str]]:
        shown = [guest.name for guest in model.levels()[level_row].guests]
        return {"stored": stored_level(Path(database), before), "shown": shown}

    level = model.index(level_row, 0)
    source = model.index(len(before) - 1, 1, level)
    first = model.index(0, 1, level)
    view.scrollTo(source)
    view.scrollTo(first)
    QTest.qWait(50)
    viewport = view.viewport()
    start = view.visualRect(source).center()
    # Just inside the first row's top edge: a drop above it, not onto it.
    top = view.visualRect(first)
    end = QPoint(top.center().x(), top.top() + 2)

    def move_and_drop() -> None:
        # Runs inside Qt's drag loop, which the press and the first move below start.
        for step in range(1, STEPS + 1):
            QTest.mouseMove(viewport, start + (end - start) * (step / STEPS))
            QTest.qWait(20)
        QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier, end)

    QTimer.singleShot(100, move_and_drop)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, start - QPoint(0, QApplication.startDragDistance() + 4))
    QTest.qWait(200)
    dragged = state()
    undo_text = window.undo_action.text()
    window.undo_action.trigger()
    undone = state()
    window.redo_action.trigger()
    redone = state()
    print(json.dumps({"level": model.index(level_row, 0).data(), "before": before,
                      "dragged": dragged, "undo_text": undo_text, "undone": undone,
                      "redone": redone}, ensure_ascii=False))
    window.close()
    engine.dispose()


if __name__ == "__main__":
    drag_in_child(sys.argv[1], sys.argv[2])

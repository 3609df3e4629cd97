"""Runs the real start-up, ui.app.run_gui, in a child process that captures instead of waiting.

    python run_gui_child.py DATABASE PICTURE.png [SCENE | --print DOCUMENT | --layout SCENE
                                                  | --dashboard | --template DOCUMENT]
    python run_gui_child.py DATABASE PICTURE.png --station [--offline]

Once the window is on screen it is grabbed to PICTURE.png, a JSON line describing it is
printed, and the application quits. With SCENE, the window almost fills the screen, the seating
tab shows that scene first and the picture is of the tabs alone; with --print, the print tab
shows the preview of DOCUMENT (a key of printing's DOCUMENTS); with --layout, the seating tab's
编辑布局 button is clicked on SCENE and the layout editor is grabbed with the main table chosen;
with --dashboard, the attendance dashboard is opened from the main window and grabbed once it
has read the check-ins; with --template, the template dialog of DOCUMENT is opened from the
print tab, its template copied as the user's own (我的桌签) and grabbed. With --station, a sign-in
station of the event checks in its first VIP and is grabbed; with --offline, the database's
folder is first moved away, so it works from its own copy. A refusal message box prints to
stderr instead of waiting for a click. Everything else (translations, settings, database,
window) is the real thing.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ui import app as gui
from ui.dashboard import DashboardWindow
from ui.main_window import MainWindow
from ui.template_dialog import TemplateDialog

DATABASE, PICTURE = sys.argv[1], sys.argv[2]
OPTIONS = sys.argv[3:]
MODE = OPTIONS[0] if OPTIONS[:1] and OPTIONS[0].startswith("--") else ""
ARGUMENT = OPTIONS[1] if MODE and len(OPTIONS) > 1 else ""
DOCUMENT = ARGUMENT if MODE in ("--print", "--template") else ""
SCENE = ARGUMENT if MODE == "--layout" else OPTIONS[0] if OPTIONS and not MODE else ""
# Waits for the X server to map the window, then gives it time to paint before the grab.
EXPOSE_TIMEOUT = 10.0
SETTLE_MS = 300
# The window's size when it shows a scene: as large as a 1600x1000 screen allows a window
# whose title bar and frame must fit on it too.
SCENE_WINDOW = QSize(1520, 940)


def _exposed(widget: QWidget) -> bool:
    handle = widget.window().windowHandle()
    return handle is not None and handle.isExposed()


class CapturedWindow(MainWindow):
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if SCENE:
            # The plan as a user sees it with the window almost filling the screen.
            self.resize(SCENE_WINDOW)
            self.tabs.setCurrentWidget(self.seating)
            self.seating.scene_chooser.setCurrentText(SCENE)
            if MODE == "--layout":
                self.seating.layout_button.click()
        if DOCUMENT:
            self.tabs.setCurrentWidget(self.printing)
            chooser = self.printing.document_chooser
            chooser.setCurrentIndex(chooser.findData(DOCUMENT))
        self._shown_at = time.monotonic()
        self._opened = False
        QTimer.singleShot(0, self._capture_when_exposed)

    def _grabbed(self) -> QWidget | None:
        """What the picture is of: the main window, its tabs when a scene is shown, or the
        window opened from it."""
        if SCENE:
            return self.tabs
        if MODE == "--dashboard":
            return self.findChild(DashboardWindow)
        if MODE == "--template":
            return self.findChild(TemplateDialog)
        return self

    def _open(self) -> None:
        """Opens the other window as the user does, once the main window is ready."""
        self._opened = True
        if MODE == "--layout":
            # The element clicked first shows its properties beside the canvas.
            items = self.seating.layout_editor.items.values()
            chosen = min(items, key=lambda item: (not item.state.params.get("main"),
                                                  item.element_id), default=None)
            if chosen is not None:
                chosen.setSelected(True)
        elif MODE == "--dashboard":
            self.dashboard_action.trigger()
        elif MODE == "--template":
            self.printing.edit_templates()
            # A built-in template is shown read-only: the user copies it as their own first.
            dialog = self.findChild(TemplateDialog)
            if dialog is not None:
                dialog.copy_as_mine("我的桌签")

    def _capture_when_exposed(self) -> None:
        busy = not _exposed(self) or self.printing.building()
        if not busy and not self._opened:
            self._open()
        window = self._grabbed()
        busy = busy or window is None or not _exposed(window)
        if isinstance(window, DashboardWindow):
            busy = busy or window.snapshot is None or window.refreshing()
        if busy and time.monotonic() - self._shown_at < EXPOSE_TIMEOUT:
            QTimer.singleShot(50, self._capture_when_exposed)
            return
        QTimer.singleShot(SETTLE_MS, self._capture)

    def _capture(self) -> None:
        window = self._grabbed() or self
        picture = window.grab()
        seating = self.seating
        editor = seating.layout_editor
        described: dict[str, Any] = {
            "saved": picture.save(PICTURE),
            "exposed": _exposed(window),
            "width": window.width(),
            "height": window.height(),
            "ratio": picture.devicePixelRatio(),
            "title": window.windowTitle(),
            "window_size": [self.width(), self.height()],
            "event": event.name if (event := self.current_event()) is not None else None,
            "menus": [action.text() for action in self.menuBar().actions()],
            "page": self.page().name,
            "status": self.count_label.text(),
            "scene": seating.scene_chooser.currentText(),
            "seats": len(seating.view.seat_items()),
            "named": sum(bool(item.seat.name) for item in seating.view.seat_items()),
            "unplaced": seating.unplaced.rowCount(),
            "unplaced_shown": seating.unplaced_view.isVisible(),
            "unplaced_heading": seating.unplaced_heading.text(),
            "layout_shown": editor.isVisible(),
            "layout_elements": len(editor.items) if editor.isVisible() else 0,
            "layout_chosen": [item.state.params for item in editor.items.values()
                              if item.isSelected()],
            "palette_shown": editor.palette.isVisible(),
            "preview_pages": self.printing.document.pageCount(),
        }
        if isinstance(window, DashboardWindow):
            described["tiles"] = {
                tile.caption.text(): tile.value.text()
                for tile in (window.expected_tile, window.arrived_tile, window.absent_tile,
                             window.rate_tile)}
            described["latest_rows"] = window.latest_table.rowCount()
            described["vip_rows"] = window.vip_table.rowCount()
        if isinstance(window, TemplateDialog):
            described["own_template"] = window.own
            described["template_file"] = window.path.name
        print(json.dumps(described, ensure_ascii=False), flush=True)
        QApplication.quit()


def print_refusal(parent: QWidget | None, title: str, text: str, *_: object
                  ) -> QMessageBox.StandardButton:
    print(f"{title}\n{text}", file=sys.stderr, flush=True)
    return QMessageBox.StandardButton.Ok


def run_station(offline: bool) -> int:
    """A station named 东门 checks in the event's first VIP, as if their code were scanned."""
    from sqlmodel import Session, select

    from models.db import open_database
    from models.signin_code import signin_payload
    from models.tables import Event, Guest
    from ui.station import StationWindow
    from ui.translations import Translators

    app = QApplication(sys.argv[:1])
    Translators(app).use("zh_CN")
    engine = open_database(DATABASE)
    with Session(engine) as session:
        event = session.exec(select(Event)).one()
        guest = session.exec(select(Guest).where(Guest.vip).order_by(Guest.list_order)).first()
        assert guest is not None
    window = StationWindow(engine, event.id, "东门",
                           copy_folder=Path(DATABASE).parent.with_name("station-copies"))
    window.resize(1280, 800)
    window.show()
    if offline:
        # The network cable pulled: the database is no longer where the station left it.
        folder = Path(DATABASE).parent
        folder.rename(folder.with_name(folder.name + "-away"))
    window.check_in(signin_payload(event.uid, guest.token))
    started = time.monotonic()

    def capture() -> None:
        if not _exposed(window) and time.monotonic() - started < EXPOSE_TIMEOUT:
            QTimer.singleShot(50, capture)
            return
        print(json.dumps({
            "saved": window.grab().save(PICTURE),
            "exposed": _exposed(window),
            "name": guest.name,
            "shown_name": window.name.text(),
            "headline": window.headline.text(),
            "link": window.link_status.text(),
            "counts": window.counts.text(),
        }, ensure_ascii=False), flush=True)
        app.quit()

    QTimer.singleShot(800, capture)
    return app.exec()


QMessageBox.critical = print_refusal  # type: ignore[method-assign, assignment]
if MODE == "--station":
    sys.exit(run_station("--offline" in OPTIONS))
gui.MainWindow = CapturedWindow  # type: ignore[misc]
sys.exit(gui.run_gui(DATABASE))

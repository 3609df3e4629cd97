"""Runs the real start-up, ui.app.run_gui, in a child process that captures instead of waiting.

    python run_gui_child.py DATABASE PICTURE.png [SCENE | --print DOCUMENT]

Once the main window is on screen it is grabbed to PICTURE.png, a JSON line describing it is
printed, and the application quits; with SCENE, the seating tab shows that scene first; with
--print, the print tab shows the preview of DOCUMENT (a key of printing's DOCUMENTS). A
refusal message box prints to stderr instead of waiting for a click. Everything else
(translations, settings, database, window) is the real thing.
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ui import app as gui
from ui.main_window import MainWindow

DATABASE, PICTURE = sys.argv[1], sys.argv[2]
OPTIONS = sys.argv[3:]
DOCUMENT = OPTIONS[1] if OPTIONS[:1] == ["--print"] else ""
SCENE = OPTIONS[0] if OPTIONS and not DOCUMENT else ""
# Waits for the X server to map the window, then gives it time to paint before the grab.
EXPOSE_TIMEOUT = 10.0
SETTLE_MS = 300


class CapturedWindow(MainWindow):
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if SCENE:
            self.tabs.setCurrentWidget(self.seating)
            self.seating.scene_chooser.setCurrentText(SCENE)
        if DOCUMENT:
            self.tabs.setCurrentWidget(self.printing)
            chooser = self.printing.document_chooser
            chooser.setCurrentIndex(chooser.findData(DOCUMENT))
        self._shown_at = time.monotonic()
        QTimer.singleShot(0, self._capture_when_exposed)

    def _capture_when_exposed(self) -> None:
        handle = self.windowHandle()
        exposed = handle is not None and handle.isExposed()
        waiting = not exposed or self.printing.building()
        if waiting and time.monotonic() - self._shown_at < EXPOSE_TIMEOUT:
            QTimer.singleShot(50, self._capture_when_exposed)
            return
        QTimer.singleShot(SETTLE_MS, lambda: self._capture(exposed))

    def _capture(self, exposed: bool) -> None:
        picture = self.grab()
        print(json.dumps({
            "saved": picture.save(PICTURE),
            "exposed": exposed,
            "width": self.width(),
            "height": self.height(),
            "ratio": picture.devicePixelRatio(),
            "title": self.windowTitle(),
            "menus": [action.text() for action in self.menuBar().actions()],
            "page": self.page().name,
            "status": self.count_label.text(),
            "seats": len(self.seating.view.seat_items()),
            "named": sum(bool(item.seat.name) for item in self.seating.view.seat_items()),
            "preview_pages": self.printing.document.pageCount(),
        }, ensure_ascii=False), flush=True)
        QApplication.quit()


def print_refusal(parent: QWidget | None, title: str, text: str, *_: object
                  ) -> QMessageBox.StandardButton:
    print(f"{title}\n{text}", file=sys.stderr, flush=True)
    return QMessageBox.StandardButton.Ok


gui.MainWindow = CapturedWindow  # type: ignore[misc]
QMessageBox.critical = print_refusal  # type: ignore[method-assign, assignment]
sys.exit(gui.run_gui(DATABASE))

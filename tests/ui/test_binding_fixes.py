"""The work-around for PySide6 6.12 taking a reference from None on every call returning nothing."""

from __future__ import annotations

import os
import subprocess
import sys

PAINT_MANY_TIMES = """
import ui
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

app = QApplication([])
image = QImage(64, 64, QImage.Format.Format_ARGB32)
painter = QPainter(image)
for _ in range(300_000):
    painter.drawRect(QRectF(0, 0, 5, 5))
painter.end()
print("painted")
"""


def test_painting_hundreds_of_thousands_of_shapes_does_not_abort_python() -> None:
    """A hall of 2,000 seats paints about 20,000 calls a frame; without the work-around Python
    3.11 frees None after a few frames and aborts. In a child process, since an abort would end
    the test run."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    finished = subprocess.run([sys.executable, "-c", PAINT_MANY_TIMES], env=environment,
                              capture_output=True, text=True, timeout=120)
    assert finished.returncode == 0, finished.stderr[-2000:]
    assert finished.stdout.strip() == "painted"

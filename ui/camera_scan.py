"""Scanning sign-in codes with the laptop's camera: QR decoding off the GUI thread, throttled,
and the station's camera switch with a small live preview."""

from __future__ import annotations

import time

import numpy as np
import zxingcpp
from PySide6.QtCore import QEvent, QObject, QRunnable, QSettings, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QMediaCaptureSession,
    QMediaDevices,
    QVideoFrame,
    QVideoSink,
)
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

# At most this many decodes a second: a badge held up stays in view for many frames, and the
# laptop's two cores also run the database and the screen.
DECODES_PER_SECOND = 5
# The same code seen again within this many seconds is the same badge still held up.
REPEAT_S = 4.0
# Frames larger than this (in pixels along the longer side) are scaled down before decoding:
# a badge held up at the desk fills enough of the picture, and decoding costs grow with area.
DECODE_SIDE = 1280
# The preview is redrawn at most this often, independent of the camera's frame rate.
PREVIEW_INTERVAL_S = 1 / 15
PREVIEW_WIDTH = 240
# The id (hex) of the camera chosen last, chosen again when it is plugged in.
CAMERA = "station/camera"


def grey_pixels(frame: QImage | np.ndarray) -> np.ndarray:
    """The frame as an 8-bit grey array (rows × columns), scaled down to DECODE_SIDE."""
    if isinstance(frame, np.ndarray):
        return frame
    image = frame
    if max(image.width(), image.height()) > DECODE_SIDE:
        image = image.scaled(DECODE_SIDE, DECODE_SIDE, Qt.AspectRatioMode.KeepAspectRatio)
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    stride = image.bytesPerLine()
    rows = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * image.height())
    # A copy: the array must outlive the QImage whose memory it was read from.
    return rows.reshape(image.height(), stride)[:, :image.width()].copy()


class QrDecoder:
    """Reads sign-in QR codes in one frame; QR only, so that a product barcode or a pattern on a
    jacket is never read as a code."""

    def decode(self, frame: QImage | np.ndarray) -> list[str]:
        """The texts of the QR codes found, in the order zxing-cpp reports them."""
        pixels = grey_pixels(frame)
        if pixels.size == 0:
            return []
        found = zxingcpp.read_barcodes(pixels, formats=zxingcpp.BarcodeFormat.QRCode)
        return [code.text for code in found if code.valid and code.text]


class _DecodeSignals(QObject):
    done = Signal(list)


class _DecodeJob(QRunnable):
    """Decodes one frame on the scanner's pool thread; never touches a widget."""

    def __init__(self, decoder: QrDecoder, frame: QImage) -> None:
        super().__init__()
        self.signals = _DecodeSignals()
        self._decoder = decoder
        self._frame = frame

    def run(self) -> None:
        try:
            texts = self._decoder.decode(self._frame)
        except (RuntimeError, ValueError):
            # A frame the camera delivered half-written is skipped; the next one comes at once.
            texts = []
        self.signals.done.emit(texts)


class FrameScanner(QObject):
    """Takes the camera's frames on the GUI thread and decodes some of them on a thread of its
    own: at most DECODES_PER_SECOND, and none while a decode is still running (frames that come
    meanwhile are dropped, not queued, so the desk never lags behind the camera). A code is
    emitted once; the same code again only after REPEAT_S."""

    decoded = Signal(str)

    def __init__(self, decoder: QrDecoder | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._decoder = decoder or QrDecoder()
        # A pool of its own, one thread: it waits for a decode still running when the scanner
        # goes, however the window holding it is closed or deleted.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._busy = False
        self._stopped = False
        self._last_decode = float("-inf")
        self._last_text = ""
        self._last_seen = float("-inf")
        self.frames_offered = 0
        self.frames_decoded = 0

    def ready(self) -> bool:
        """Whether a frame offered now would be decoded: no decode running, and the last one
        started long enough ago."""
        return (not self._busy and not self._stopped
                and time.monotonic() - self._last_decode >= 1 / DECODES_PER_SECOND)

    def offer(self, frame: QImage) -> bool:
        """Hand a frame over for decoding; False when it was dropped by the throttle."""
        self.frames_offered += 1
        if not self.ready() or frame.isNull():
            return False
        self._busy = True
        self._last_decode = time.monotonic()
        self.frames_decoded += 1
        job = _DecodeJob(self._decoder, frame)
        job.signals.done.connect(self._decoded)
        self._pool.start(job)
        return True

    @Slot(list)
    def _decoded(self, texts: list[str]) -> None:
        self._busy = False
        now = time.monotonic()
        for text in texts:
            if text == self._last_text and now - self._last_seen < REPEAT_S:
                # Still held up: it is read again only once it has been out of view a while.
                self._last_seen = now
                continue
            self._last_text, self._last_seen = text, now
            self.decoded.emit(text)

    def stop(self) -> None:
        """Wait for a decode still running; the scanner takes no frames afterwards."""
        self._stopped = True
        self._pool.waitForDone()


class CameraPanel(QWidget):
    """The station's camera: a switch, the choice of camera when there are several, and a small
    preview. Each frame goes through `sink`, whether a camera or a test puts it there; a code
    read in it is emitted as `scanned`."""

    scanned = Signal(str)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.scanner = FrameScanner(parent=self)
        self.scanner.decoded.connect(self.scanned)
        self.sink = QVideoSink(self)
        self.sink.videoFrameChanged.connect(self._frame)
        self.session = QMediaCaptureSession(self)
        self.session.setVideoSink(self.sink)
        self.camera: QCamera | None = None
        self._last_preview = float("-inf")
        self._devices = QMediaDevices(self)
        self._devices.videoInputsChanged.connect(self._list_cameras)

        self.toggle = QPushButton()
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._switch)
        self.choice = QComboBox()
        self.choice.currentIndexChanged.connect(self._camera_chosen)
        self.preview = QLabel()
        self.preview.setFixedWidth(PREVIEW_WIDTH)
        self.preview.setMinimumHeight(PREVIEW_WIDTH * 3 // 4)
        self.preview.setStyleSheet("background: #202124;")
        self.state = QLabel()
        self.state.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.toggle)
        row.addWidget(self.choice, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.preview)
        layout.addWidget(self.state)
        self._list_cameras()
        self.retranslate()

    def retranslate(self) -> None:
        self.toggle.setText(self.tr("Camera"))
        if not self.choice.count():
            self.toggle.setToolTip(self.tr("No camera found on this computer"))
        else:
            self.toggle.setToolTip(self.tr("Scan sign-in codes held up to the camera"))
        self.choice.setToolTip(self.tr("Which camera to use"))
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _list_cameras(self) -> None:
        chosen = str(self._settings.value(CAMERA, "") or "")
        self.choice.blockSignals(True)
        self.choice.clear()
        for device in QMediaDevices.videoInputs():
            self.choice.addItem(device.description(), device)
            if bytes(device.id().data()).hex() == chosen:
                self.choice.setCurrentIndex(self.choice.count() - 1)
        self.choice.blockSignals(False)
        available = self.choice.count() > 0
        self.choice.setVisible(self.choice.count() > 1)
        if not available and self.toggle.isChecked():
            self.toggle.setChecked(False)
        self.toggle.setEnabled(available)
        self.preview.setVisible(self.toggle.isChecked())
        self.retranslate()

    def _chosen_device(self) -> QCameraDevice | None:
        device = self.choice.currentData() if self.choice.count() else None
        return device if isinstance(device, QCameraDevice) else None

    def _switch(self, on: bool) -> None:
        if on:
            self._start()
        else:
            self.stop_camera()
        self.preview.setVisible(on)
        self._show_state()

    def _camera_chosen(self) -> None:
        device = self._chosen_device()
        if device is not None:
            self._settings.setValue(CAMERA, bytes(device.id().data()).hex())
        if self.toggle.isChecked():
            self.stop_camera()
            self._start()

    def _start(self) -> None:
        device = self._chosen_device()
        if device is None:
            self.toggle.setChecked(False)
            return
        self.camera = QCamera(device, self)
        self.camera.errorOccurred.connect(self._camera_failed)
        self.session.setCamera(self.camera)
        self.camera.start()

    def stop_camera(self) -> None:
        if self.camera is not None:
            self.camera.stop()
            self.session.setCamera(None)
            self.camera.deleteLater()
            self.camera = None
        self.preview.clear()

    def stop(self) -> None:
        """The window closes: the camera is released and the decoding thread ends."""
        self.stop_camera()
        self.scanner.stop()

    def _camera_failed(self, _error: QCamera.Error, message: str) -> None:
        self.toggle.setChecked(False)
        self.state.setText(self.tr("The camera stopped: {reason}").format(reason=message))

    def _show_state(self) -> None:
        if self.toggle.isChecked():
            self.state.setText(self.tr("Hold the badge's code up to the camera"))
        elif self.choice.count():
            self.state.setText("")
        else:
            self.state.setText(self.tr("No camera found: use the scanner or the search"))

    @Slot(QVideoFrame)
    def _frame(self, frame: QVideoFrame) -> None:
        now = time.monotonic()
        preview_due = self.preview.isVisible() and now - self._last_preview >= PREVIEW_INTERVAL_S
        decode_due = self.scanner.ready()
        if not decode_due and not preview_due:
            # Most frames: converting them would cost the GUI thread for nothing.
            return
        image = frame.toImage()
        if image.isNull():
            return
        if decode_due:
            self.scanner.offer(image)
        if preview_due:
            self._last_preview = now
            self.preview.setPixmap(QPixmap.fromImage(image.scaledToWidth(PREVIEW_WIDTH)))

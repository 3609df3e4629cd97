"""Camera scanning fed with frames made from real printed badges: sharp, rotated, slightly
blurred, small, and blurred past reading."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageFilter
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlmodel import Session, select

from models.db import open_database, transaction
from models.demo import create_demo
from models.scenes import event_scenes
from models.seating import arrange_scene
from models.signin_code import signin_payload
from models.tables import Event, Guest, Rsvp
from printing.badges import build_badges
from printing.base import PrintRequest
from ui import camera_scan
from ui.camera_scan import CameraPanel, FrameScanner, QrDecoder

# Low, as a webcam sees a badge held up a forearm away.
BADGE_DPI = 100
FRAME_SIZE = (640, 480)


@dataclass(frozen=True)
class Badge:
    engine: Engine
    event_id: int
    payload: str
    picture: Image.Image


def badge_picture(engine: Engine, event_id: int, guest_id: int, folder: Path) -> Image.Image:
    """The guest's badge printed as PDF and rendered, cropped to the badge (the top left
    quarter of the A4 sheet of four)."""
    with Session(engine) as session:
        event = session.get_one(Event, event_id)
        pdf = build_badges(PrintRequest(session=session, event=event,
                                        guest_ids=frozenset({guest_id})))
    (folder / "badge.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(BADGE_DPI), "-png", "-singlefile",
                    str(folder / "badge.pdf"), str(folder / "sheet")], check=True)
    with Image.open(folder / "sheet.png") as sheet:
        return sheet.convert("RGB").crop((0, 0, sheet.width // 2, sheet.height // 2))


@pytest.fixture(scope="module")
def badge(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Badge]:
    folder = tmp_path_factory.mktemp("badge")
    engine = open_database(folder / "zuoci.db")
    with transaction(engine) as session:
        event = create_demo(session)
        for scene in event_scenes(session, event.id):
            arrange_scene(session, event, scene)
        guest = session.exec(select(Guest).where(Guest.event_id == event.id,
                                                 Guest.rsvp == Rsvp.CONFIRMED)
                             .order_by(Guest.list_order)).first()
        assert guest is not None
        payload = signin_payload(event.uid, guest.token)
        event_id, guest_id = event.id, guest.id
    picture = badge_picture(engine, event_id, guest_id, folder)
    yield Badge(engine=engine, event_id=event_id, payload=payload, picture=picture)
    engine.dispose()


def as_frame(picture: Image.Image) -> QImage:
    """The picture in the middle of a grey camera frame, as a QImage."""
    frame = Image.new("RGB", FRAME_SIZE, (128, 128, 120))
    picture = picture.copy()
    picture.thumbnail(FRAME_SIZE)
    frame.paste(picture, ((FRAME_SIZE[0] - picture.width) // 2,
                          (FRAME_SIZE[1] - picture.height) // 2))
    data = frame.tobytes()
    return QImage(data, frame.width, frame.height, frame.width * 3,
                  QImage.Format.Format_RGB888).copy()


def rotated(degrees: float) -> Callable[[Image.Image], Image.Image]:
    return lambda picture: picture.rotate(degrees, expand=True, fillcolor=(128, 128, 120))


def blurred(radius: float) -> Callable[[Image.Image], Image.Image]:
    return lambda picture: picture.filter(ImageFilter.GaussianBlur(radius))


def scaled(factor: float) -> Callable[[Image.Image], Image.Image]:
    return lambda picture: picture.resize((round(picture.width * factor),
                                           round(picture.height * factor)))


READABLE = {
    "sharp": lambda picture: picture,
    "rotated_15": rotated(15),
    "rotated_90": rotated(90),
    "slightly_blurred": blurred(1.0),
    "scaled_down": scaled(0.6),
}


@pytest.fixture
def scanner(qtbot: QtBot) -> Iterator[FrameScanner]:
    scanner = FrameScanner()
    yield scanner
    scanner.stop()


@pytest.mark.parametrize("variant", sorted(READABLE))
def test_a_badge_held_up_to_the_camera_is_read(qtbot: QtBot, scanner: FrameScanner,
                                               badge: Badge, variant: str) -> None:
    frame = as_frame(READABLE[variant](badge.picture))

    with qtbot.waitSignal(scanner.decoded, timeout=5000) as read:
        assert scanner.offer(frame)

    assert read.args == [badge.payload]


def test_a_badge_blurred_past_reading_gives_no_code(qtbot: QtBot, scanner: FrameScanner,
                                                    badge: Badge) -> None:
    read: list[str] = []
    scanner.decoded.connect(read.append)

    assert scanner.offer(as_frame(blurred(6.0)(badge.picture)))
    qtbot.waitUntil(scanner.ready, timeout=5000)

    assert read == []
    assert QrDecoder().decode(as_frame(blurred(6.0)(badge.picture))) == []


def test_frames_are_dropped_while_a_decode_runs_and_between_decodes(
        qtbot: QtBot, scanner: FrameScanner, badge: Badge) -> None:
    frame = as_frame(badge.picture)

    with qtbot.waitSignal(scanner.decoded, timeout=5000):
        taken = [scanner.offer(frame) for _ in range(10)]

    assert taken == [True] + [False] * 9
    assert (scanner.frames_offered, scanner.frames_decoded) == (10, 1)
    qtbot.waitUntil(scanner.ready, timeout=5000)
    assert scanner.offer(frame)


def test_a_code_still_in_view_is_emitted_once(qtbot: QtBot, scanner: FrameScanner,
                                              badge: Badge,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    scanner.decoded.connect(read.append)
    frame = as_frame(badge.picture)
    for _ in range(3):
        qtbot.waitUntil(scanner.ready, timeout=5000)
        scanner.offer(frame)
    qtbot.waitUntil(scanner.ready, timeout=5000)
    assert read == [badge.payload]

    # Out of view for longer than REPEAT_S, then shown again: read again.
    monkeypatch.setattr(camera_scan, "REPEAT_S", 0.0)
    scanner.offer(frame)
    qtbot.waitUntil(lambda: len(read) == 2, timeout=5000)


def test_the_decoder_takes_grey_arrays_too(badge: Badge) -> None:
    grey = np.asarray(badge.picture.convert("L"))

    assert QrDecoder().decode(grey) == [badge.payload]


def test_without_a_camera_the_switch_is_off_and_says_why(qtbot: QtBot,
                                                         settings: QSettings) -> None:
    panel = CameraPanel(settings)
    qtbot.addWidget(panel)

    assert not panel.toggle.isEnabled()
    assert panel.toggle.toolTip() == "No camera found on this computer"
    assert not panel.choice.isVisibleTo(panel)
    panel.stop()


# Converting a frame without a GPU says so once; a desk laptop's camera frames convert the same.
@pytest.mark.qt_log_ignore("No RHI backend")
def test_frames_reaching_the_video_sink_are_scanned(qtbot: QtBot, badge: Badge,
                                                    settings: QSettings) -> None:
    panel = CameraPanel(settings)
    qtbot.addWidget(panel)

    with qtbot.waitSignal(panel.scanned, timeout=5000) as read:
        panel.sink.setVideoFrame(QVideoFrame(as_frame(rotated(15)(badge.picture))))

    assert read.args == [badge.payload]
    panel.stop()



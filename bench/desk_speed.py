"""The sign-in desk's own costs: decoding one camera frame holding a printed badge (what bounds
the camera's decodes a second, and what each decode takes from the laptop's cores), and the
seats proposed for a walk-in on the sample conference.

Prints JSON: for 640×480 and 1280×720 frames, the median milliseconds of QrDecoder.decode and
whether it read the badge; the share of one core that DECODES_PER_SECOND decodes a second take;
and the median milliseconds of preview_seats for a walk-in. Targets: a 720p decode under 100 ms
(so five a second leave most of a core free) and a proposal under 500 ms (the desk's form opens
without a wait).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from PIL import Image
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from sqlmodel import Session, select

from models.db import open_database, transaction
from models.demo import create_demo
from models.scenes import event_scenes
from models.seating import arrange_scene
from models.signin_code import signin_payload
from models.tables import Event, Guest, Rsvp
from models.walk_in import WalkIn, preview_seats
from printing.badges import build_badges
from printing.base import PrintRequest
from ui.camera_scan import DECODES_PER_SECOND, QrDecoder

FRAMES = {"640x480": (640, 480), "1280x720": (1280, 720)}


def median_ms(action: object, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return round(statistics.median(times) * 1000, 2)


def frame_of(badge: Image.Image, size: tuple[int, int]) -> QImage:
    """The badge filling two thirds of the frame's height, on grey, as a camera would see it."""
    frame = Image.new("RGB", size, (128, 128, 120))
    picture = badge.copy()
    picture.thumbnail((size[0], size[1] * 2 // 3))
    frame.paste(picture, ((size[0] - picture.width) // 2, (size[1] - picture.height) // 2))
    return QImage(frame.tobytes(), size[0], size[1], size[0] * 3,
                  QImage.Format.Format_RGB888).copy()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=20)
    arguments = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QApplication([])
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as folder:
        engine = open_database(Path(folder) / "zuoci.db")
        with transaction(engine) as session:
            event = create_demo(session)
            for scene in event_scenes(session, event.id):
                arrange_scene(session, event, scene)
        with Session(engine) as session:
            event = session.exec(select(Event)).one()
            guest = session.exec(select(Guest).where(Guest.rsvp == Rsvp.CONFIRMED)
                                 .order_by(Guest.list_order)).first()
            assert guest is not None
            payload = signin_payload(event.uid, guest.token)
            pdf = build_badges(PrintRequest(session, event, guest_ids=frozenset({guest.id})))
        (Path(folder) / "badge.pdf").write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile",
                        str(Path(folder) / "badge.pdf"), str(Path(folder) / "sheet")],
                       check=True)
        with Image.open(Path(folder) / "sheet.png") as sheet:
            badge = sheet.convert("RGB").crop((0, 0, sheet.width // 2, sheet.height // 2))
        decoder = QrDecoder()
        for name, size in FRAMES.items():
            frame = frame_of(badge, size)
            milliseconds = median_ms(lambda f=frame: decoder.decode(f), arguments.rounds)
            results[f"decode_{name}"] = {
                "ms": milliseconds,
                "read": decoder.decode(frame) == [payload],
                "core_share_at_rate": round(milliseconds * DECODES_PER_SECOND / 1000, 3),
            }
        walk_in = WalkIn("张三", "某集团", "经理", "enterprise")
        results["walk_in_proposal_ms"] = median_ms(
            lambda: preview_seats(engine, event.id, walk_in), max(arguments.rounds // 4, 3))
        engine.dispose()
    decode_720 = results["decode_1280x720"]
    assert isinstance(decode_720, dict)
    proposal = results["walk_in_proposal_ms"]
    assert isinstance(proposal, float)
    results["targets_met"] = decode_720["ms"] < 100 and proposal < 500
    print(json.dumps(results, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()

"""Opening the seating tab on a 2,000-seat hall, every seat taken: seconds from set_event to the
first full paint of the plan, fitted (the whole hall) and zoomed in to read names.

Run: .venv/bin/python bench/seating_paint.py [--rounds 3] (offscreen unless QT_QPA_PLATFORM
says otherwise; under xvfb-run it paints on a real X server). Prints JSON; the target is under
1.5 s to the first full paint.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine

from models.db import open_database, transaction
from models.guests import new_guest
from models.layout import ElementKind
from models.scenes import add_element, create_scene
from models.seating import scene_plan
from models.tables import Assignment, Event
from ui.seating_area import SeatingArea

TARGET_SECONDS = 1.5
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红建国志"
CATEGORIES = ("leader", "enterprise", "finance", "research", "media", "staff")
# Four blocks of 20 rows by 25 seats: 2,000 seats.
BLOCKS = ((-1500.0, 0.0), (0.0, 0.0), (1500.0, 0.0), (0.0, 2000.0))


def make_hall(engine: Engine) -> int:
    """A stored event whose hall has 2,000 seats, each taken by a guest; its id."""
    with transaction(engine) as session:
        event = Event(name="座次绘制基准")
        session.add(event)
        session.flush()
        assert event.id is not None
        scene = create_scene(session, event.id, "大会堂")
        for x, y in BLOCKS:
            add_element(session, scene, ElementKind.BLOCK, x=x, y=y, rows=20, columns=25)
        guests = []
        for number in range(2000):
            name = SURNAMES[number % len(SURNAMES)] + GIVEN[number // len(SURNAMES) % len(GIVEN)]
            if number % 3 == 0:
                name += GIVEN[number % len(GIVEN)]
            guests.append(new_guest(event.id, name, list_order=number,
                                    category=CATEGORIES[number % len(CATEGORIES)],
                                    rank_level=1 + number // 250))
        session.add_all(guests)
        session.flush()
        plan = scene_plan(session, event, scene)
        session.add_all(Assignment(scene_id=scene.id, element_id=ranked.seat.element_id,
                                   seat=ranked.seat.key, guest_id=guest.id)
                        for ranked, guest in zip(plan.seats, guests, strict=True))
        return event.id


def one_round(engine: Engine, event_id: int) -> dict[str, float]:
    area = SeatingArea(engine, QUndoStack(), print)
    area.resize(1600, 1000)
    area.show()
    QApplication.processEvents()
    started = time.perf_counter()
    area.set_event(event_id)
    loaded = time.perf_counter()
    area.view.viewport().repaint()
    painted = time.perf_counter()
    area.view.show_seat(area.view.seat_items()[1000].seat.key)
    zoom_started = time.perf_counter()
    area.view.viewport().repaint()
    zoomed = time.perf_counter()
    refresh_started = time.perf_counter()
    area.refresh()
    area.view.viewport().repaint()
    refreshed = time.perf_counter()
    seats = len(area.view.seat_items())
    area.close()
    area.deleteLater()
    QApplication.processEvents()
    assert seats == 2000, seats
    return {"load": loaded - started, "first_paint": painted - loaded,
            "to_first_full_paint": painted - started, "zoomed_paint": zoomed - zoom_started,
            "refresh_after_edit": refreshed - refresh_started}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    rounds = parser.parse_args().rounds
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        engine = open_database(Path(folder) / "bench.db")
        event_id = make_hall(engine)
        results = [one_round(engine, event_id) for _ in range(rounds)]
        engine.dispose()
    figures = {key: {"best": round(min(r[key] for r in results), 3),
                     "median": round(statistics.median(r[key] for r in results), 3)}
               for key in results[0]}
    print(json.dumps({"seats": 2000, "rounds": rounds, "platform": app.platformName(),
                      "seconds": figures, "target_seconds": TARGET_SECONDS,
                      "within_target": figures["to_first_full_paint"]["median"]
                      < TARGET_SECONDS}, ensure_ascii=False))


if __name__ == "__main__":
    main()

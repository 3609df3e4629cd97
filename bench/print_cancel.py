"""Cancelling a build of 1,000 badges: how soon it stops, and what telling the progress costs.

Run: .venv/bin/python bench/print_cancel.py [--guests 1000] [--rounds 3]. Prints JSON: the
seconds of the whole build without and with a progress listener (and their ratio, the cost of
the page-by-page check, target under 1.05, within the noise of a shared machine), the sheets in
all, and the seconds from a cancel asked from another thread half-way to the build stopping
(target under 0.5 s: the user sees the Cancel act at once).
Each figure is the best of several rounds.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import Engine
from sqlmodel import Session, select

from bench.print_speed import make_event
from models.db import open_database
from models.tables import Event
from printing.base import Cancelled, PrintRequest
from printing.documents import DOCUMENTS
from printing.fonts import cjk_font


def timed_build(session: Session, event: Event, listen: bool) -> tuple[float, int]:
    sheets = [0]

    def hear(done: int, total: int) -> bool:
        sheets[0] = total
        return True

    started = time.perf_counter()
    DOCUMENTS["badges"].build(PrintRequest(session, event, progress=hear if listen else None))
    return time.perf_counter() - started, sheets[0]


def cancel_latency(engine: Engine) -> float:
    """Seconds from a cancel asked by another thread, as the Cancel button does, once half the
    sheets are drawn, to the build stopping with Cancelled."""
    stop = threading.Event()
    half_way = threading.Event()
    stopped: list[float] = []

    def hear(done: int, total: int) -> bool:
        if done >= total // 2:
            half_way.set()
        return not stop.is_set()

    def build() -> None:
        with Session(engine) as session:
            event = session.exec(select(Event)).one()
            try:
                DOCUMENTS["badges"].build(PrintRequest(session, event, progress=hear))
            except Cancelled:
                stopped.append(time.perf_counter())

    worker = threading.Thread(target=build)
    worker.start()
    half_way.wait()
    asked = time.perf_counter()
    stop.set()
    worker.join()
    if not stopped:
        raise AssertionError("the build was not cancelled")
    return stopped[0] - asked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--guests", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        make_event(path, arguments.guests)
        engine = open_database(path)
        cjk_font()  # registered once per process, as in the application
        with Session(engine) as session:
            event = session.exec(select(Event)).one()
            plain = min(timed_build(session, event, False)[0] for _ in range(arguments.rounds))
            heard = [timed_build(session, event, True) for _ in range(arguments.rounds)]
            listened = min(seconds for seconds, _sheets in heard)
        latency = min(cancel_latency(engine) for _ in range(arguments.rounds))
        engine.dispose()
    print(json.dumps({
        "guests": arguments.guests,
        "sheets": heard[0][1],
        "build_seconds": round(plain, 3),
        "build_seconds_with_progress": round(listened, 3),
        "progress_cost_ratio": round(listened / plain, 3),
        "cancel_to_stop_seconds": round(latency, 4),
        "targets_met": listened / plain < 1.05 and latency < 0.5,
    }, indent=2))


if __name__ == "__main__":
    main()

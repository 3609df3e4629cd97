"""Check-in speed: scan-to-result time on 10,000 guests through the station's own path (its
desk, local copy and cached seat plans), on SQLite and, with --pg-url, with 4 station processes
each scanning 10 codes a second on PostgreSQL; with the arrivals lost or doubled."""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import statistics
import tempfile
import threading
import time
import uuid
from collections import Counter
from multiprocessing.queues import Queue
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, insert, text
from sqlalchemy.pool import NullPool
from sqlmodel import Session, select

from models.attendance import attendance
from models.checkin import CheckInStatus, arrivals
from models.db import open_database, transaction
from models.events import create_event
from models.guests import new_guest
from models.scenes import add_element, create_scene
from models.seating import scene_plan
from models.signin_code import signin_payload
from models.station_desk import Desk
from models.tables import Assignment, Event, Guest, Rsvp, SceneKind

GUESTS = 10_000
SQLITE_SCANS = 2_000
# Of the SQLite scans, this share repeats a guest scanned before (a second badge reading).
REPEATS = 0.1
STATIONS = 4
SCANS_PER_SECOND = 10
PG_SECONDS = 30
# The stations draw from one pool of guests, so that many are scanned at two stations or more.
PG_POOL = 600
# As often as the station's window syncs.
SYNC_EVERY_S = 2.0
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建国志海燕红梅玉春晓东文斌宁琳雪峰"


def _percentiles(times_ms: list[float]) -> dict[str, float]:
    ordered = sorted(times_ms)
    return {"p50_ms": round(statistics.median(ordered), 2),
            "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1], 2),
            "max_ms": round(ordered[-1], 2)}


def build_event(engine: Engine, guests: int = GUESTS) -> tuple[int, list[str]]:
    """An event of `guests` guests, all seated in a hall of blocks and the first tenth at a
    banquet of tables of ten; returns its id and every guest's sign-in code."""
    rng = random.Random(7)
    with transaction(engine) as session:
        event = create_event(session, f"签到压力测试 {uuid.uuid4().hex[:6]}")
        rows = [new_guest(event.id, rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, 2)),
                          organisation=f"单位{number % 300}", title="代表",
                          category="代表", vip=number < 50, rsvp=Rsvp.CONFIRMED.value,
                          list_order=number) for number in range(guests)]
        session.add_all(rows)
        session.flush()
        hall = create_scene(session, event.id, "主会场", SceneKind.HALL)
        blocks = -(-guests // 1000)
        for number in range(blocks):
            add_element(session, hall, "block", x=number * 1500.0, y=0.0, rows=40, columns=25,
                        label=f"{number + 1}区")
        banquet = create_scene(session, event.id, "欢迎晚宴", SceneKind.BANQUET)
        for number in range(-(-guests // 100)):
            add_element(session, banquet, "table", x=(number % 10) * 300.0,
                        y=(number // 10) * 300.0)
        session.flush()
        seated = []
        for scene, people in ((hall, rows), (banquet, rows[:guests // 10])):
            plan = scene_plan(session, event, scene)
            seated += [{"scene_id": scene.id, "element_id": ranked.seat.element_id,
                        "seat": ranked.seat.key, "guest_id": guest.id, "locked": False}
                       for guest, ranked in zip(people, plan.seats, strict=False)]
        session.execute(insert(Assignment), seated)
        return event.id, [signin_payload(event.uid, guest.token) for guest in rows]


class _Syncing(threading.Thread):
    """What the station's window does beside the scans: a sync every two seconds."""

    def __init__(self, desk: Desk) -> None:
        super().__init__(daemon=True)
        self.desk = desk
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.wait(SYNC_EVERY_S):
            self.desk.sync()

    def __enter__(self) -> _Syncing:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop.set()
        self.join()


def _scan_all(desk: Desk, codes: list[str]) -> tuple[list[float], Counter[str]]:
    times, statuses = [], Counter[str]()
    for code in codes:
        started = time.perf_counter()
        result = desk.scan(code)
        times.append((time.perf_counter() - started) * 1000)
        statuses[result.status.value] += 1
    return times, statuses


def sqlite_figures(folder: Path) -> dict[str, Any]:
    engine = open_database(folder / "bench.db")
    started = time.perf_counter()
    event_id, codes = build_event(engine)
    built = time.perf_counter() - started
    rng = random.Random(1)
    first = rng.sample(codes, int(SQLITE_SCANS * (1 - REPEATS)))
    scans = first + rng.sample(first, SQLITE_SCANS - len(first))
    rng.shuffle(scans)
    started = time.perf_counter()
    desk = Desk(engine, event_id, "东门", copy_folder=folder / "copies")
    opened = time.perf_counter() - started
    try:
        with _Syncing(desk):
            times, statuses = _scan_all(desk, scans)
        offline_scans = rng.sample(codes, 500)
        # Answered from the copy, as after a failed scan, and queued; sent by the sync below.
        desk.online = False
        offline_times, _offline = _scan_all(desk, offline_scans)
        desk.sync()
        with Session(engine) as session:
            arrived = attendance(session, session.get_one(Event, event_id)).arrived
    finally:
        desk.close()
        engine.dispose()
    expected = len(set(scans) | set(offline_scans))
    return {"guests": GUESTS, "scans": len(scans), **_percentiles(times),
            "statuses": dict(statuses), "event_built_s": round(built, 1),
            "station_opened_s": round(opened, 2),
            "offline": {"scans": len(offline_scans), **_percentiles(offline_times)},
            "arrived": arrived, "expected_arrived": expected,
            "lost": max(0, expected - arrived), "doubled": max(0, arrived - expected)}


def _station(url: str, event_id: int, codes: list[str], name: str, folder: str,
             start_at: float, answers: Queue[dict[str, Any]]) -> None:
    engine = open_database(url)
    desk = Desk(engine, event_id, name, copy_folder=Path(folder))
    times, results = [], []
    try:
        while time.time() < start_at:
            time.sleep(0.005)
        with _Syncing(desk):
            for number, code in enumerate(codes):
                # Ten a second on a fixed schedule: a slow answer does not slow the guests down.
                pause = start_at + number / SCANS_PER_SECOND - time.time()
                if pause > 0:
                    time.sleep(pause)
                started = time.perf_counter()
                result = desk.scan(code)
                times.append((time.perf_counter() - started) * 1000)
                results.append((code, result.status.value))
        desk.sync()
    finally:
        desk.close()
        engine.dispose()
    answers.put({"times": times, "results": results, "pending": desk.pending()})


def pg_figures(admin_url: str, folder: Path, seconds: int) -> dict[str, Any]:
    name = f"zuoci_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin_url.rsplit("/", 1)[0] + f"/{name}"
    try:
        engine = open_database(url)
        event_id, codes = build_event(engine)
        pool = random.Random(3).sample(codes, PG_POOL)
        context = multiprocessing.get_context("spawn")
        answers: Queue[dict[str, Any]] = context.Queue()
        start_at = time.time() + 8
        processes = [
            context.Process(target=_station, args=(
                url, event_id, random.Random(number).choices(pool, k=seconds * SCANS_PER_SECOND),
                f"{number + 1}号门", str(folder / "copies"), start_at, answers))
            for number in range(STATIONS)]
        for process in processes:
            process.start()
        reports = [answers.get(timeout=seconds + 120) for _process in processes]
        for process in processes:
            process.join()
        with Session(engine) as session:
            event = session.get_one(Event, event_id)
            live = arrivals(session, event)
            tokens = dict(session.exec(select(Guest.token, Guest.id)
                                       .where(Guest.event_id == event_id)).all())
        engine.dispose()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    times = [t for report in reports for t in report["times"]]
    answered = Counter(status for report in reports for _code, status in report["results"])
    told_first = Counter(code for report in reports for code, status in report["results"]
                         if status == CheckInStatus.CHECKED_IN.value)
    scanned = {tokens[code.rsplit(":", 1)[1]] for report in reports
               for code, _status in report["results"]}
    live_ids = Counter(arrival.guest.id for arrival in live)
    return {"guests": GUESTS, "stations": STATIONS, "scans_per_second_each": SCANS_PER_SECOND,
            "seconds": seconds, "scans": len(times), **_percentiles(times),
            "statuses": dict(answered), "distinct_guests_scanned": len(scanned),
            "lost": len(scanned - set(live_ids)),
            "doubled": sum(count - 1 for count in live_ids.values() if count > 1)
            + sum(count - 1 for count in told_first.values() if count > 1),
            "queued_left": sum(report["pending"] for report in reports)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pg-url", help="a PostgreSQL server's URL (postgresql+psycopg://"
                        "user:password@host:port/postgres); a database is made and dropped")
    parser.add_argument("--seconds", type=int, default=PG_SECONDS,
                        help="how long the stations scan on PostgreSQL")
    parser.add_argument("--skip-sqlite", action="store_true")
    args = parser.parse_args()
    figures: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as folder:
        if not args.skip_sqlite:
            figures["sqlite"] = sqlite_figures(Path(folder))
            figures["sqlite"]["target_p95_ms"] = 50
        if args.pg_url:
            figures["postgresql"] = pg_figures(args.pg_url, Path(folder), args.seconds)
            figures["postgresql"]["target_p95_ms"] = 100
    print(json.dumps(figures, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()

"""The main window on a real X server (Xvfb), grabbed to PNG: Chinese and English, laid out."""

from __future__ import annotations

import json
import os
import select as wait_for
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage
from sqlmodel import Session, select

from models.checkin import CheckInStatus, scan
from models.db import open_database, transaction
from models.demo import DEMO_EVENT_NAME, create_demo
from models.demo_scenes import BANQUET, HALL, PHOTO, SIGNING
from models.scenes import find_scene, scene_elements
from models.seat_edits import unplaced_guests, unseat_guests
from models.seating import ArrangeReport, arrange_scene, current_seats
from models.signin_code import signin_payload
from models.tables import Event, Guest
from tests.ui.guest_data import add_event, conference_guests
from tests.ui.gui_process import child_environment, run_gui_child

pytestmark = pytest.mark.xvfb

SCREEN = "1600x1000x24"


@pytest.fixture(scope="module")
def x_display(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A private Xvfb server on a display number it picks itself (-displayfd)."""
    if shutil.which("Xvfb") is None:
        if os.environ.get("ZUOCI_REQUIRE_ALL"):
            pytest.fail("Xvfb is not installed but ZUOCI_REQUIRE_ALL asks for every test")
        pytest.skip("Xvfb is not installed")
    log = tmp_path_factory.mktemp("xvfb") / "xvfb.log"
    read_end, write_end = os.pipe()
    with log.open("w") as log_file:
        server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", SCREEN, "-nolisten", "tcp"],
            pass_fds=(write_end,), stdout=log_file, stderr=subprocess.STDOUT)
    os.close(write_end)
    try:
        ready, _, _ = wait_for.select([read_end], [], [], 30)
        number = os.read(read_end, 64).decode().strip() if ready else ""
        if not number:
            pytest.fail(f"Xvfb did not start: {log.read_text()}")
        yield f":{number}"
    finally:
        os.close(read_end)
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def screenshot_dir(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("ZUOCI_SCREENSHOT_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def distinct_colours(image: QImage, step: int = 3) -> int:
    return len({image.pixel(x, y)
                for y in range(0, image.height(), step) for x in range(0, image.width(), step)})


@pytest.mark.parametrize(("language", "menus", "status"), [
    ("zh_CN", ["文件(&F)", "编辑(&E)", "座次(&S)", "签到(&I)", "帮助(&H)"], "共 140 位嘉宾"),
    ("en", ["&File", "&Edit", "&Seating", "Sign-&in", "&Help"], "140 guests"),
], ids=["zh_CN", "en"])
@pytest.mark.parametrize("guests", [140, 0], ids=["conference", "no-events"])
def test_the_main_window_on_a_real_x_server(x_display: str, tmp_path: Path,
                                            screenshot_dir: Path, language: str,
                                            menus: list[str], status: str, guests: int
                                            ) -> None:
    database = tmp_path / "zuoci.db"
    engine = open_database(database)
    if guests:
        add_event(engine, "2025年全省投资大会" if language == "zh_CN" else "Investment Conference",
                  conference_guests(guests))
    engine.dispose()
    picture = screenshot_dir / f"main_window_{language}_{'conference' if guests else 'empty'}.png"
    picture.unlink(missing_ok=True)
    environment = child_environment(tmp_path, f"{language}.UTF-8", "xcb", DISPLAY=x_display)

    result = run_gui_child(database, picture, environment)

    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown["saved"] and shown["exposed"]
    assert shown["menus"] == menus
    assert shown["page"] == ("GUESTS" if guests else "NO_EVENTS")
    assert shown["status"] == (status if guests else "")
    image = QImage(str(picture))
    assert not image.isNull()
    assert (image.width(), image.height()) == (round(shown["width"] * shown["ratio"]),
                                               round(shown["height"] * shown["ratio"]))
    # A window that failed to paint is one flat colour; text, lines and selection give many.
    assert distinct_colours(image) > 40


SCENE_FILES = {HALL: "hall", SIGNING: "signing", PHOTO: "photo", BANQUET: "banquet"}


@pytest.fixture(scope="module")
def arranged_demo(tmp_path_factory: pytest.TempPathFactory
                  ) -> tuple[Path, dict[str, ArrangeReport]]:
    """The sample event with all four scenes arranged, made once and copied by each test."""
    database = tmp_path_factory.mktemp("demo") / "zuoci.db"
    engine = open_database(database)
    with transaction(engine) as session:
        event = create_demo(session)
        reports = {scene: arrange_scene(session, event, find_scene(session, event.id, scene))
                   for scene in SCENE_FILES}
        event_id = event.id
    # Late changes in the hall and at the banquet: a few guests wait in the unplaced list.
    with transaction(engine) as session:
        for scene in (HALL, BANQUET):
            plan = find_scene(session, event_id, scene)
            unseat_guests(session, plan.id, list(current_seats(session, plan))[-4:])
    engine.dispose()
    return database, reports


@pytest.fixture
def arranged_demo_file(arranged_demo: tuple[Path, dict[str, ArrangeReport]]) -> Path:
    return arranged_demo[0]


def copy_of(arranged_demo_file: Path, folder: Path) -> Path:
    """A copy of the arranged sample event alone in `folder` (a station test takes it away)."""
    folder.mkdir()
    return Path(shutil.copy(arranged_demo_file, folder / "zuoci.db"))


def shown_by(result: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    assert result.returncode == 0, result.stderr
    shown: dict[str, Any] = json.loads(result.stdout)
    assert shown["saved"] and shown["exposed"]
    return shown


@pytest.mark.parametrize("scene", list(SCENE_FILES), ids=list(SCENE_FILES.values()))
def test_each_arranged_demo_scene_beside_its_unplaced_guests(
        x_display: str, tmp_path: Path, screenshot_dir: Path, arranged_demo_file: Path,
        arranged_demo: tuple[Path, dict[str, ArrangeReport]], scene: str) -> None:
    database = copy_of(arranged_demo_file, tmp_path / "server")
    report = arranged_demo[1][scene]
    late = scene in (HALL, BANQUET)
    engine = open_database(database)
    with Session(engine) as session:
        event = session.exec(select(Event)).one()
        waiting = len(unplaced_guests(session, event, find_scene(session, event.id, scene)))
    engine.dispose()
    picture = screenshot_dir / f"seating_zh_CN_{SCENE_FILES[scene]}.png"
    picture.unlink(missing_ok=True)
    environment = child_environment(tmp_path, "zh_CN.UTF-8", "xcb", DISPLAY=x_display)

    shown = shown_by(run_gui_child(database, picture, environment, scene))

    assert (shown["seats"], shown["named"]) == (report.seats, report.placed - 4 * late)
    assert report.placed > 0 and waiting >= 4 * late
    assert shown["unplaced_shown"]
    assert shown["unplaced"] == waiting
    assert shown["unplaced_heading"] == f"未安排嘉宾：{waiting} 人"
    assert not shown["layout_shown"]
    assert distinct_colours(QImage(str(picture))) > 40


def test_a_restart_shows_the_event_and_scene_last_shown(x_display: str, tmp_path: Path,
                                                         arranged_demo_file: Path) -> None:
    database = copy_of(arranged_demo_file, tmp_path / "server")
    environment = child_environment(tmp_path, "zh_CN.UTF-8", "xcb", DISPLAY=x_display)
    first = shown_by(run_gui_child(database, tmp_path / "first.png", environment, PHOTO))
    assert first["scene"] == PHOTO

    # The same user (the same settings) starts the app again, asking for nothing.
    again = shown_by(run_gui_child(database, tmp_path / "again.png", environment))

    assert again["event"] == first["event"] == DEMO_EVENT_NAME
    assert again["scene"] == PHOTO
    assert (again["seats"], again["named"]) == (first["seats"], first["named"])
    # The first run made the window larger; it comes back at that size, not the default.
    assert again["window_size"] == first["window_size"] == [1520, 940]


def test_the_layout_editor_on_the_banquet(x_display: str, tmp_path: Path,
                                          screenshot_dir: Path, arranged_demo_file: Path
                                          ) -> None:
    database = copy_of(arranged_demo_file, tmp_path / "server")
    engine = open_database(database)
    with Session(engine) as session:
        event = session.exec(select(Event)).one()
        elements = len(scene_elements(session, find_scene(session, event.id, BANQUET).id))
    engine.dispose()
    picture = screenshot_dir / "layout_zh_CN_banquet.png"
    picture.unlink(missing_ok=True)
    environment = child_environment(tmp_path, "zh_CN.UTF-8", "xcb", DISPLAY=x_display)

    shown = shown_by(run_gui_child(database, picture, environment,
                                   options=["--layout", BANQUET]))

    assert shown["layout_shown"] and shown["palette_shown"]
    assert not shown["unplaced_shown"]
    assert shown["layout_elements"] == elements > 5
    [chosen] = shown["layout_chosen"]
    assert chosen["main"] and chosen["seats"] == 12
    assert distinct_colours(QImage(str(picture))) > 40


def test_the_dashboard_with_some_check_ins(x_display: str, tmp_path: Path,
                                           screenshot_dir: Path, arranged_demo_file: Path
                                           ) -> None:
    database = copy_of(arranged_demo_file, tmp_path / "server")
    engine = open_database(database)
    with Session(engine) as session:
        event = session.exec(select(Event)).one()
        guests = session.exec(select(Guest).where(Guest.event_id == event.id)
                              .order_by(Guest.list_order)).all()
        codes = [signin_payload(event.uid, guest.token) for guest in guests[:40:2]]
        event_id = event.id
    for code in codes:
        assert scan(engine, event_id, code, station="东门").status == CheckInStatus.CHECKED_IN
    engine.dispose()
    picture = screenshot_dir / "dashboard_zh_CN.png"
    picture.unlink(missing_ok=True)
    environment = child_environment(tmp_path, "zh_CN.UTF-8", "xcb", DISPLAY=x_display)

    shown = shown_by(run_gui_child(database, picture, environment, options=["--dashboard"]))

    assert str(len(codes)) in shown["tiles"].values()
    assert shown["latest_rows"] > 0 and shown["vip_rows"] > 0
    assert distinct_colours(QImage(str(picture))) > 40


def test_the_station_offline_on_a_real_x_server(x_display: str, tmp_path: Path,
                                                screenshot_dir: Path, arranged_demo_file: Path
                                                ) -> None:
    database = copy_of(arranged_demo_file, tmp_path / "server")
    picture = screenshot_dir / "station_zh_CN_offline.png"
    picture.unlink(missing_ok=True)
    environment = child_environment(tmp_path, "zh_CN.UTF-8", "xcb", DISPLAY=x_display)

    shown = shown_by(run_gui_child(database, picture, environment,
                                   options=["--station", "--offline"]))

    assert shown["shown_name"] == shown["name"]
    assert shown["headline"] == "签到成功"
    assert shown["link"] == "离线 — 1 条签到待上传"
    assert (tmp_path / "server-away" / "zuoci.db").exists()
    assert distinct_colours(QImage(str(picture))) > 40


def test_the_template_dialog_on_a_real_x_server(x_display: str, tmp_path: Path,
                                                screenshot_dir: Path, arranged_demo_file: Path
                                                ) -> None:
    database = copy_of(arranged_demo_file, tmp_path / "server")
    picture = screenshot_dir / "template_zh_CN_cards.png"
    picture.unlink(missing_ok=True)
    environment = child_environment(tmp_path, "zh_CN.UTF-8", "xcb", DISPLAY=x_display)

    shown = shown_by(run_gui_child(database, picture, environment,
                                   options=["--template", "cards"]))

    assert shown["own_template"] and shown["template_file"].endswith(".json")
    # The copy is the user's file, in the child's own settings, not among the built-in ones.
    assert any(tmp_path.rglob(shown["template_file"]))
    assert shown["width"] > 500 and shown["height"] > 400
    assert distinct_colours(QImage(str(picture))) > 40


def test_a_badge_preview_on_a_real_x_server(x_display: str, tmp_path: Path,
                                           screenshot_dir: Path) -> None:
    database = tmp_path / "zuoci.db"
    engine = open_database(database)
    with transaction(engine) as session:
        create_demo(session)
    engine.dispose()
    picture = screenshot_dir / "print_zh_CN_badges.png"
    picture.unlink(missing_ok=True)
    environment = child_environment(tmp_path, "zh_CN.UTF-8", "xcb", DISPLAY=x_display)

    result = run_gui_child(database, picture, environment, document="badges")

    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown["saved"] and shown["exposed"]
    assert shown["preview_pages"] > 0
    assert distinct_colours(QImage(str(picture))) > 40

"""The main window on a real X server (Xvfb), grabbed to PNG: Chinese and English, laid out."""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from models.db import open_database, transaction
from models.demo import create_demo
from models.demo_scenes import BANQUET, HALL
from models.scenes import find_scene
from models.seating import arrange_scene
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
        ready, _, _ = select.select([read_end], [], [], 30)
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
    ("zh_CN", ["文件(&F)", "编辑(&E)", "座次(&S)", "帮助(&H)"], "共 140 位嘉宾"),
    ("en", ["&File", "&Edit", "&Seating", "&Help"], "140 guests"),
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


@pytest.mark.parametrize("scene", [HALL, BANQUET], ids=["hall", "banquet"])
def test_the_arranged_demo_scenes_on_a_real_x_server(x_display: str, tmp_path: Path,
                                                     screenshot_dir: Path, scene: str) -> None:
    database = tmp_path / "zuoci.db"
    engine = open_database(database)
    with transaction(engine) as session:
        event = create_demo(session)
        report = arrange_scene(session, event, find_scene(session, event.id, scene))
    engine.dispose()
    picture = screenshot_dir / f"seating_zh_CN_{'hall' if scene == HALL else 'banquet'}.png"
    picture.unlink(missing_ok=True)
    environment = child_environment(tmp_path, "zh_CN.UTF-8", "xcb", DISPLAY=x_display)

    result = run_gui_child(database, picture, environment, scene)

    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown["saved"] and shown["exposed"]
    assert shown["seats"] == report.seats and shown["named"] == report.placed
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

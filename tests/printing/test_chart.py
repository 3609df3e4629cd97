"""座次图: each scene drawn to scale on the paper its kind calls for, every occupant's name in
their seat, tables numbered, hosts marked, nothing overlapping."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from models.db import open_database
from models.demo import DEMO_EVENT_NAME
from models.events import create_event
from models.guests import new_guest
from models.layout import ElementKind, FurnitureKind, TableShape
from models.scenes import add_element, create_scene, event_scenes, find_scene
from models.seating import arrange_scene, current_seats, scene_plan
from models.tables import Event, Guest, Scene, SceneKind
from printing.base import Box, NothingToPrint, mm
from printing.chart import build_chart, chart_marks, fit, scene_occupants
from tests.cli.running import run
from tests.printing.conftest import ENGLISH_NAME, LONG_NAME, SHORT_NAME, request_for
from tests.printing.pdf_checks import fonts, page_sizes_mm, page_texts, squeezed

WritePdf = Callable[..., Path]
A3_LANDSCAPE = (420.0, 297.0)
A4_LANDSCAPE = (297.0, 210.0)
A4_PORTRAIT = (210.0, 297.0)


def fonts_embedded(path: Path) -> bool:
    found = fonts(path)
    return bool(found) and all(font["emb"] == "yes" for font in found)


def shows(name: str, text: str) -> bool:
    """The name is in its seat: drawn whole, spaced (王　伟) or, a long one, on lines of its
    own, one after the other."""
    return squeezed(name) in squeezed(text)


def seated_names(session: Session, scene: Scene) -> list[str]:
    ids = list(current_seats(session, scene))
    return [g.name for g in session.exec(select(Guest).where(col(Guest.id).in_(ids)))]


def test_the_hall_is_one_a3_landscape_page_with_every_name_in_its_seat(
        session: Session, event: Event, hall: Scene, write_pdf: WritePdf) -> None:
    path = write_pdf(build_chart(request_for(session, event, hall)))
    [page] = page_texts(path)
    assert page_sizes_mm(path) == [A3_LANDSCAPE]
    assert "2026年省投资合作大会 主会场座次图" in page
    assert "2026年5月20日" in page and "云川国际大酒店三楼宴会厅" in page
    names = seated_names(session, hall)
    assert len(names) > 100 and {SHORT_NAME, LONG_NAME, ENGLISH_NAME} <= set(names)
    assert all(shows(name, page) for name in names)
    for word in ("主席台", "背景屏", "入口", "中区", "媒体区", "1排", "8排", "台下视角"):
        assert word in page
    # The legend names the categories whose colours fill the seats.
    assert "领导" in page and "企业" in page
    assert fonts_embedded(path)


def test_the_banquet_numbers_its_tables_and_lists_them_after_the_chart(
        session: Session, event: Event, write_pdf: WritePdf) -> None:
    banquet = find_scene(session, event.id, "欢迎晚宴")
    path = write_pdf(build_chart(request_for(session, event, banquet)))
    chart, *lists = page_texts(path)
    assert set(page_sizes_mm(path)) == {A3_LANDSCAPE}
    assert "主桌" in chart
    assert all(f"第{number}桌" in chart for number in range(2, 15))
    # Every table has its host and deputy host marked.
    assert chart.replace("主桌", "").count("主") >= 14 and chart.count("副") >= 14
    names = seated_names(session, banquet)
    assert all(shows(name, chart) for name in names)
    assert lists and "欢迎晚宴 各桌嘉宾名单" in lists[0]
    assert all(shows(name, "\n".join(lists)) for name in names)
    assert fonts_embedded(path)


@pytest.mark.parametrize(("scene_name", "words"), [
    ("签约仪式", ("客", "主", "背景屏", "入口")),
    ("合影", ("合影台", "1排", "3排", "摄影位", "镜头视角")),
])
def test_the_signing_stage_and_the_photo_rows_carry_every_name(
        session: Session, event: Event, write_pdf: WritePdf, scene_name: str,
        words: tuple[str, ...]) -> None:
    scene = find_scene(session, event.id, scene_name)
    path = write_pdf(build_chart(request_for(session, event, scene)))
    [page] = page_texts(path)
    assert page_sizes_mm(path) == [A3_LANDSCAPE]
    assert all(word in page for word in words)
    assert all(shows(name, page) for name in seated_names(session, scene))


def test_without_a_scene_every_scene_is_charted_in_turn(session: Session, event: Event,
                                                        write_pdf: WritePdf) -> None:
    pages = page_texts(write_pdf(build_chart(request_for(session, event))))
    titles = [scene for text in pages for scene in ("主会场", "签约仪式", "合影", "欢迎晚宴")
              if f"{scene}座次图" in text]
    assert titles == ["主会场", "签约仪式", "合影", "欢迎晚宴"]
    assert len(pages) >= 5


def test_seat_boxes_never_overlap_and_the_drawing_fits_its_box(session: Session,
                                                               event: Event) -> None:
    box = Box(10 * mm, 15 * mm, 400 * mm, 250 * mm)
    for scene in event_scenes(session, event.id):
        plan = scene_plan(session, event, scene)
        marks = chart_marks(plan, scene_occupants(session, plan))
        for a, b in itertools.combinations([mark.rect for mark in marks.seats], 2):
            apart = (abs(a.x - b.x) >= (a.width + b.width) / 2 - 0.01
                     or abs(a.y - b.y) >= (a.height + b.height) / 2 - 0.01)
            assert apart, (scene.name, a, b)
        at = fit(marks.bounds(), box)
        for point in marks.points():
            x, y = at.point(point)
            assert box.x - 0.01 <= x <= box.right + 0.01
            assert box.y - 0.01 <= y <= box.top + 0.01


@pytest.fixture
def small_event(tmp_path: Path) -> Iterator[tuple[Session, Event]]:
    """Ten leaders, for charts of a single table, a rostrum, a meeting room."""
    engine = open_database(tmp_path / "small.db")
    with Session(engine) as session:
        event = create_event(session, "小型会见")
        for number, name in enumerate(("王伟", "李明华", "张建国", "刘芳", "陈志强", "杨丽",
                                       "赵文斌", "黄海涛", "周晓明", "吴刚")):
            session.add(new_guest(event.id, name, list_order=number, rank_level=number + 3,
                                  host_side=number % 2 == 1, category="leader"))
        session.flush()
        yield session, event
    engine.dispose()


def test_a_single_table_is_charted_on_a4_portrait(small_event: tuple[Session, Event],
                                                  write_pdf: WritePdf) -> None:
    session, event = small_event
    scene = create_scene(session, event.id, "午宴", SceneKind.BANQUET)
    add_element(session, scene, ElementKind.TABLE, seats=10, main=True)
    arrange_scene(session, event, scene)
    path = write_pdf(build_chart(request_for(session, event, scene)))
    chart = page_texts(path)[0]
    assert page_sizes_mm(path)[0] == A4_PORTRAIT
    assert all(shows(name, chart) for name in seated_names(session, scene))
    # A two-character name takes the width of three.
    assert re.search(r"王\s+伟", chart)


def test_a_rostrum_alone_is_charted_on_a4_landscape_with_turned_furniture(
        small_event: tuple[Session, Event], write_pdf: WritePdf) -> None:
    session, event = small_event
    scene = create_scene(session, event.id, "主席台")
    add_element(session, scene, ElementKind.ROSTRUM, rows=[5, 4])
    add_element(session, scene, ElementKind.FURNITURE, x=-300, y=0, rotation=90, label="侧屏",
                type=FurnitureKind.SCREEN.value, width=200, height=20)
    arrange_scene(session, event, scene)
    path = write_pdf(build_chart(request_for(session, event, scene)))
    [page] = page_texts(path)
    assert page_sizes_mm(path) == [A4_LANDSCAPE]
    assert all(shows(name, page) for name in seated_names(session, scene))
    assert all(word in page for word in ("1排", "2排", "入口", "侧屏"))


def test_long_u_and_turned_tables_are_drawn_with_their_guests(
        small_event: tuple[Session, Event], write_pdf: WritePdf) -> None:
    session, event = small_event
    scene = create_scene(session, event.id, "宴会厅", SceneKind.BANQUET)
    add_element(session, scene, ElementKind.TABLE, seats=6, shape=TableShape.LONG.value)
    add_element(session, scene, ElementKind.TABLE, x=-600, y=300, seats=6,
                shape=TableShape.U.value)
    add_element(session, scene, ElementKind.TABLE, x=600, y=300, rotation=30, seats=6,
                shape=TableShape.RECT.value)
    arrange_scene(session, event, scene)
    path = write_pdf(build_chart(request_for(session, event, scene)))
    chart = page_texts(path)[0]
    assert all(f"第{number}桌" in chart for number in (1, 2, 3))
    assert all(shows(name, chart) for name in seated_names(session, scene))


def test_a_black_and_white_template_with_ranks_has_no_legend(
        small_event: tuple[Session, Event], tmp_path: Path, write_pdf: WritePdf) -> None:
    session, event = small_event
    scene = create_scene(session, event.id, "会见厅", SceneKind.MEETING)
    add_element(session, scene, ElementKind.MEETING, host_seats=3, guest_seats=3)
    arrange_scene(session, event, scene)
    template = tmp_path / "plain.json"
    template.write_text('{"document": "chart", "title": {"zh": "黑白", "en": "Plain"}, '
                        '"sheet": {"size": "A4"}, "layout": {"colour_by_category": false, '
                        '"show_ranks": true}}', encoding="utf-8")
    path = write_pdf(build_chart(request_for(session, event, scene, str(template))))
    [page] = page_texts(path)
    assert page_sizes_mm(path) == [A4_PORTRAIT]
    assert "领导" not in page
    assert all(re.search(rf"(?<!\d){rank}(?!\d)", page) for rank in range(1, 7))


def test_an_event_without_scenes_has_no_chart(tmp_path: Path) -> None:
    engine = open_database(tmp_path / "empty.db")
    with Session(engine) as session:
        event = create_event(session, "未布置的活动")
        with pytest.raises(NothingToPrint):
            build_chart(request_for(session, event))
    engine.dispose()


def test_the_print_command_writes_the_chart_of_a_scene(
        demo_engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "chart.pdf"
    status, out, err = run(capsys, "--db", str(demo_engine.url.database), "print", "chart",
                           "--event", DEMO_EVENT_NAME, "--scene", "合影", "-o", str(output))
    assert (status, err) == (0, "")
    assert str(output) in out and "合影座次图" in page_texts(output)[0]

"""名单 and 签到索引表: every expected guest with every seat, the header and "第 N 页 共 M 页" on
every page, and the orders protocol offices use."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from models.db import open_database
from models.demo import DEMO_EVENT_NAME
from models.events import create_event
from models.guests import new_guest
from models.precedence import in_precedence_order
from models.protocol import name_stroke_key
from models.scenes import find_scene
from models.tables import NOT_EXPECTED, Event, Guest
from printing.base import NothingToPrint
from printing.lists import build_list, split_name
from printing.templates import TemplateError
from tests.cli.running import run
from tests.printing.conftest import ENGLISH_NAME, LONG_NAME, SHORT_NAME, request_for
from tests.printing.pdf_checks import fonts, page_sizes_mm, page_texts, squeezed

WritePdf = Callable[..., Path]
A4_PORTRAIT = (210.0, 297.0)
A4_LANDSCAPE = (297.0, 210.0)
HEADER = ("序号", "姓名", "单位", "职务", "座位")


def guests(session: Session, event: Event) -> list[Guest]:
    return list(session.exec(select(Guest).where(Guest.event_id == event.id)))


def expected(session: Session, event: Event) -> list[Guest]:
    return [g for g in guests(session, event) if g.rsvp not in NOT_EXPECTED]


def name_at(name: str, text: str) -> int:
    """Where the name stands as a word of its own, or -1: a two-character name is printed
    王　伟, and a long one may take two lines of its cell."""
    found = re.search(r"(?<!\S)" + r"\s*".join(map(re.escape, squeezed(name))) + r"(?!\S)",
                      text)
    return found.start() if found else -1


def in_order(names: list[str], text: str) -> bool:
    where = [name_at(name, text) for name in names]
    return -1 not in where and where == sorted(where)


def page_number(number: int, pages: int) -> re.Pattern[str]:
    """第 N 页 共 M 页, however the extraction spaces it."""
    return re.compile(rf"第\s*{number}\s*页\s*共\s*{pages}\s*页")


def test_the_precedence_list_names_every_expected_guest_with_every_seat(
        session: Session, event: Event, write_pdf: WritePdf) -> None:
    path = write_pdf(build_list(request_for(session, event)))
    pages = page_texts(path)
    text = "\n".join(pages)
    ordered = [g.name for g in in_precedence_order(expected(session, event), event.tie_break)]
    assert in_order(ordered, text)
    declined = [g for g in guests(session, event) if g.rsvp in NOT_EXPECTED]
    assert declined and not any(squeezed(g.name) in squeezed(text) for g in declined)
    for name in (SHORT_NAME, LONG_NAME, ENGLISH_NAME):
        assert squeezed(name) in squeezed(text)
    # Every seat of a guest, each with its scene.
    assert "主会场 主席台 第1排 4座" in text and "欢迎晚宴 主桌 1座" in text
    assert "按礼宾次序" in pages[0]
    assert set(page_sizes_mm(path)) == {A4_PORTRAIT}
    assert all(font["emb"] == "yes" for font in fonts(path))


def test_a_long_list_repeats_the_header_and_numbers_every_page(tmp_path: Path,
                                                               write_pdf: WritePdf) -> None:
    engine = open_database(tmp_path / "long.db")
    with Session(engine) as session:
        event = create_event(session, "三百人大会")
        surnames, given = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗", "伟强军勇杰涛明超刚建国"
        for number in range(300):
            session.add(new_guest(
                event.id, surnames[number % 20] + given[number // 20 % 11] + given[number % 11],
                list_order=number, organisation=f"第{number % 17 + 1}工程局", title="代表"))
        session.flush()
        path = write_pdf(build_list(request_for(session, event)))
    engine.dispose()
    pages = page_texts(path)
    assert len(pages) > 3
    for number, page in enumerate(pages, start=1):
        assert all(word in page for word in HEADER), number
        assert page_number(number, len(pages)).search(page), number
    assert re.search(r"(?m)^300\s", pages[-1])


def test_the_stroke_list_follows_surname_strokes(session: Session, event: Event,
                                                 write_pdf: WritePdf) -> None:
    pages = page_texts(write_pdf(build_list(request_for(session, event,
                                                        template="list_strokes"))))
    names = sorted((g.name for g in expected(session, event)), key=name_stroke_key)
    assert "按姓氏笔画为序" in pages[0]
    assert in_order(names, "\n".join(pages))
    # 丁 (2 strokes) before 王 (4), 王 before 张 (7); the English name after every Chinese one.
    firsts = [name[0] for name in names]
    assert firsts.index("丁") < firsts.index("王") < firsts.index("张")
    assert names[-1] == ENGLISH_NAME


def test_the_organisation_list_keeps_each_organisation_together(
        session: Session, event: Event, write_pdf: WritePdf) -> None:
    text = "\n".join(page_texts(write_pdf(build_list(request_for(
        session, event, template="list_organisation")))))
    people = expected(session, event)
    order = sorted((g for g in people), key=lambda g: name_at(g.name, text))
    assert all(name_at(g.name, text) >= 0 for g in people)
    runs = [g.organisation for index, g in enumerate(order)
            if index == 0 or order[index - 1].organisation != g.organisation]
    assert len(runs) == len(set(runs))
    # The organisation of the most senior guest leads.
    assert runs[0] == in_precedence_order(people, event.tie_break)[0].organisation


def test_a_banquet_prints_table_by_table_with_host_and_deputy(
        session: Session, event: Event, write_pdf: WritePdf) -> None:
    banquet = find_scene(session, event.id, "欢迎晚宴")
    pages = page_texts(write_pdf(build_list(request_for(session, event, banquet))))
    text = "\n".join(pages)
    assert "欢迎晚宴 分桌名单" in pages[0]
    headings = re.findall(r"(主桌|第\d+桌)\s*\d+\s*人", text)
    assert headings[:3] == ["主桌", "第2桌", "第3桌"] and len(headings) == 14
    assert text.count("副主人") == 14
    assert all(page_number(n, len(pages)).search(page) for n, page in enumerate(pages, start=1))


def test_the_sign_in_index_is_compact_and_in_pinyin_order(
        session: Session, event: Event, write_pdf: WritePdf) -> None:
    path = write_pdf(build_list(request_for(session, event, template="list_index_pinyin")))
    pages = page_texts(path)
    text = "\n".join(pages)
    people = sorted(expected(session, event), key=lambda g: (g.pinyin, name_stroke_key(g.name)))
    assert in_order([g.name for g in people], text)
    assert set(page_sizes_mm(path)) == {A4_LANDSCAPE}
    # Two or three columns of names to a page, each under its own header, and one line a guest.
    assert all(page.count("姓名") >= 2 for page in pages[:-1])
    assert len(pages) * 2 * 30 >= len(people)
    assert all(scene in pages[0] for scene in ("主会场", "签约仪式", "合影", "欢迎晚宴"))
    assert "主席台 第1排 4座" in text and "主会场 主席台" not in text


def test_the_stroke_index_groups_names_by_strokes(session: Session, event: Event,
                                                  write_pdf: WritePdf) -> None:
    text = "\n".join(page_texts(write_pdf(build_list(request_for(
        session, event, template="list_index_strokes")))))
    assert "按姓氏笔画为序" in text
    assert text.index("2 画") < text.index("4 画") < text.index("7 画")


def test_a_template_for_another_document_is_refused(session: Session, event: Event) -> None:
    with pytest.raises(TemplateError, match=r"chart_a3_landscape\.json"):
        build_list(request_for(session, event, template="chart_a3_landscape"))


@pytest.mark.parametrize(("layout", "field"), [
    ('{"order": "precedence", "colour": 1}', r"layout\.colour"),
    ('{"order": "age"}', r"layout\.order"),
    ('{"columns": 1.5}', r"layout\.columns"),
    ('{"widths": {"name": -3}}', r"layout\.widths"),
])
def test_a_wrong_template_setting_is_named(session: Session, event: Event, tmp_path: Path,
                                           layout: str, field: str) -> None:
    path = tmp_path / "mine.json"
    path.write_text('{"document": "list", "title": {"zh": "名单", "en": "List"}, '
                    f'"sheet": {{"size": "A4"}}, "layout": {layout}}}', encoding="utf-8")
    with pytest.raises(TemplateError, match=field):
        build_list(request_for(session, event, template=str(path)))


def test_an_event_without_guests_has_nothing_to_list(tmp_path: Path) -> None:
    engine = open_database(tmp_path / "empty.db")
    with Session(engine) as session:
        event = create_event(session, "空活动")
        with pytest.raises(NothingToPrint):
            build_list(request_for(session, event))
    engine.dispose()


def test_the_print_command_writes_the_list(demo_engine: Engine, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "list.pdf"
    status, out, err = run(capsys, "--db", str(demo_engine.url.database), "print", "list",
                           "--event", DEMO_EVENT_NAME, "--template", "list_strokes",
                           "-o", str(output))
    assert (status, err) == (0, "")
    assert str(output) in out and "按姓氏笔画为序" in page_texts(output)[0]


@pytest.mark.parametrize(("name", "lines"), [
    ("玉苏甫·热西提", ["玉苏甫·", "热西提"]),
    ("阿卜杜热合曼·买买提依明", ["阿卜杜热合曼·", "买买提依明"]),
    ("Alexandra Montgomery-Whitfield", ["Alexandra", "Montgomery-Whitfield"]),
])
def test_a_name_on_two_lines_breaks_after_its_mark_never_before(name: str, lines: list[str]
                                                                 ) -> None:
    """A line never starts with the middle dot or the space a name breaks after, even where
    that would make the two lines more even."""
    assert split_name(name, 2) == lines

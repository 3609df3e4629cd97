"""The guest list: who the filter finds, how each column sorts, and what a cell reads."""

from __future__ import annotations

import time
from typing import Any

import pytest
from sqlalchemy import Engine

from models.db import transaction
from models.events import create_event
from models.guest_list import (
    GuestColumn,
    GuestRow,
    cell_text,
    guest_matcher,
    guest_matches,
    guest_order,
    load_guest_rows,
    narrows,
    search_key,
)
from models.guests import new_guest
from models.lang import set_language


def guest(name: str, place: int = 0, pinyin: str = "", **fields: Any) -> GuestRow:
    values: dict[str, Any] = {
        "id": place, "list_order": place, "organisation": "", "title": "", "rank_level": None,
        "rank_order": None, "category": "", "rsvp": "invited", "phone": ""}
    values.update(fields)
    return GuestRow(name=name, search=search_key(name, pinyin), **values)


WANG_WEI = guest("王伟", organisation="中国石油天然气集团")


@pytest.mark.parametrize("typed", ["wangwei", "wang wei", "WangWei", "WANG WEI", " wang  wei "])
def test_full_pinyin_finds_a_guest_with_or_without_spaces_in_any_case(typed: str) -> None:
    assert guest_matches(WANG_WEI, typed)


@pytest.mark.parametrize("typed", ["ww", "WW", "w", "wangw", "wwei", "wei"])
def test_initials_and_partly_spelled_syllables_find_a_guest(typed: str) -> None:
    assert guest_matches(WANG_WEI, typed)


@pytest.mark.parametrize("typed", ["王", "伟", "王伟"])
def test_any_part_of_the_chinese_name_finds_a_guest(typed: str) -> None:
    assert guest_matches(WANG_WEI, typed)


@pytest.mark.parametrize("typed", ["ｗａｎｇｗｅｉ", "ＷＷ", "wang\u3000wei", "ｗａｎｇ　ｗｅｉ"])
def test_full_width_letters_and_spaces_count_as_half_width(typed: str) -> None:
    assert guest_matches(WANG_WEI, typed)


@pytest.mark.parametrize("typed", ["ang", "ei", "wz", "weiwang", "王伟明", "zhang"])
def test_text_that_does_not_spell_the_name_from_a_syllable_start_finds_nothing(
        typed: str) -> None:
    assert not guest_matches(WANG_WEI, typed)


def test_two_characters_or_more_find_the_organisation_but_one_finds_names_only() -> None:
    assert guest_matches(WANG_WEI, "石油")
    assert guest_matches(WANG_WEI, "中国 石油")
    assert not guest_matches(WANG_WEI, "石")
    assert not guest_matches(WANG_WEI, "zgsy")


@pytest.mark.parametrize("typed", ["138", "0002", "138 0000 0002", "138-0000-0002", "+86138"])
def test_three_digits_or_more_find_the_phone_whatever_its_separators(typed: str) -> None:
    assert guest_matches(guest("王伟", phone="+86 138-0000-0002"), typed)


@pytest.mark.parametrize("typed", ["13", "139", "a138"])
def test_too_few_or_other_digits_do_not_find_the_phone(typed: str) -> None:
    assert not guest_matches(guest("王伟", phone="138 0000 0002"), typed)


@pytest.mark.parametrize("typed", ["", "   ", "\u3000"])
def test_an_empty_filter_shows_everyone(typed: str) -> None:
    assert guest_matches(WANG_WEI, typed)


def test_compound_surnames_and_foreign_names_are_found_by_their_words() -> None:
    ouyang = guest("欧阳娜娜")
    assert guest_matches(ouyang, "oynn")
    assert guest_matches(ouyang, "ouyang")
    assert guest_matches(ouyang, "nana")
    foreign = guest("John Smith")
    assert guest_matches(foreign, "js")
    assert guest_matches(foreign, "smith")
    assert guest_matches(foreign, "john smith")


def test_the_stored_pinyin_is_what_is_searched() -> None:
    # The stored pinyin reads 曾 as a surname (zeng), not as the word 曾经 (ceng).
    zeng = guest("曾伟", pinyin="zeng wei")
    assert guest_matches(zeng, "zw")
    assert not guest_matches(zeng, "cw")


def test_one_matcher_filters_ten_thousand_guests_quickly() -> None:
    surnames, given = "王李张刘陈杨黄赵吴周", "伟芳敏静丽强磊军洋勇"
    rows = [guest(surnames[n % 10] + given[n // 10 % 10], n) for n in range(10_000)]
    started = time.perf_counter()
    matches = guest_matcher("ww")
    found = [row for row in rows if matches(row)]
    elapsed = time.perf_counter() - started
    assert {row.name for row in found} == {"王伟", "吴伟"}
    assert elapsed < 0.5


def test_rank_sorts_by_level_as_a_number_then_order_with_the_unranked_last() -> None:
    rows = [guest("甲", 0, rank_level=10), guest("乙", 1), guest("丙", 2, rank_level=2),
            guest("丁", 3, rank_level=2, rank_order=1), guest("戊", 4, rank_level=9)]
    assert guest_order(rows, GuestColumn.RANK) == [3, 2, 4, 0, 1]


def test_guests_that_tie_keep_their_list_order_in_both_directions() -> None:
    rows = [guest("甲", 0, rank_level=5), guest("乙", 1, rank_level=5), guest("丙", 2,
                                                                             rank_level=3)]
    assert guest_order(rows, GuestColumn.RANK) == [2, 0, 1]
    assert guest_order(rows, GuestColumn.RANK, descending=True) == [0, 1, 2]


def test_names_and_organisations_sort_by_pinyin() -> None:
    rows = [guest("张伟", 0, organisation="中国银行"), guest("安娜", 1, organisation="北京大学"),
            guest("李明", 2, organisation="安徽省政府")]
    assert guest_order(rows, GuestColumn.NAME) == [1, 2, 0]
    assert guest_order(rows, GuestColumn.ORGANISATION) == [2, 1, 0]


def test_categories_sort_in_protocol_order_then_the_events_own() -> None:
    rows = [guest("甲", 0, category="媒体"), guest("乙", 1, category="finance"),
            guest("丙", 2, category="leader"), guest("丁", 3, category="")]
    assert guest_order(rows, GuestColumn.CATEGORY) == [2, 1, 0, 3]


def test_cells_read_rank_category_and_rsvp_in_the_language_in_use() -> None:
    row = guest("王伟", rank_level=4, category="finance", rsvp="declined", phone="138")
    texts = [cell_text(row, column) for column in GuestColumn]
    assert texts == ["王伟", "", "", "省部级副职", "金融", "谢绝", "138"]
    set_language("en")
    assert cell_text(row, GuestColumn.RSVP) == "Declined"
    assert GuestColumn.NAME.header() == "Name"


def test_loading_reads_an_events_guests_in_list_order(sqlite_engine: Engine) -> None:
    with transaction(sqlite_engine) as session:
        event_id = create_event(session, "省投资大会").id
        other_id = create_event(session, "签约仪式").id
        session.add(new_guest(event_id, "曾伟", list_order=2, rank_level=4))
        session.add(new_guest(event_id, "李明", list_order=1, category="leader"))
        session.add(new_guest(other_id, "张三", list_order=1))
    with transaction(sqlite_engine) as session:
        rows = load_guest_rows(session, event_id)
    assert [row.name for row in rows] == ["李明", "曾伟"]
    assert rows[1].rank_level == 4
    assert rows[1].search.syllables == ("zeng", "wei")
    assert rows[0].category == "leader"


@pytest.mark.parametrize(("previous", "typed", "narrower"), [
    ("wa", "wan", True), ("wang", "wangw", True), ("中国", "中国银", True), ("1380", "13800", True),
    # A second character brings the organisation in, a third digit the phone: more can match.
    ("w", "wa", False), ("中", "中国", False), ("13", "138", False), ("", "w", False),
    ("wang", "wa", False)])
def test_narrowing_holds_only_when_every_guest_found_was_found_before(
        previous: str, typed: str, narrower: bool) -> None:
    assert narrows(previous, typed) == narrower
    rows = [guest("王伟", 1, organisation="中国银行", phone="13800000001"),
            guest("万安", 2, organisation="国家电网", phone="13900000002"),
            guest("中山", 3, organisation="省政府", phone="0138")]
    if narrower:
        before, after = guest_matcher(previous), guest_matcher(typed)
        assert all(before(row) for row in rows if after(row))

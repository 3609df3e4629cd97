"""Names and cell text: normalising what spreadsheets hold, pinyin with surnames read as such."""

from __future__ import annotations

import pytest

from models.names import (
    INITIALS_LENGTH,
    PINYIN_LENGTH,
    normalise_name,
    normalise_text,
    pinyin_and_initials,
)
from models.vocab import parse_rank_level


@pytest.mark.parametrize(("written", "stored"), [
    ("王　伟", "王伟"),
    (" 欧阳\u3000少东 ", "欧阳少东"),
    ("王\u00a0伟", "王伟"),
    ("John   Smith", "John Smith"),
    ("阿卜杜拉•艾买提", "阿卜杜拉·艾买提"),
    ("Ｌｉ Ｍｉｎｇ", "Li Ming"),
])
def test_names_lose_padding_and_full_width_spaces(written: str, stored: str) -> None:
    assert normalise_name(written) == stored


def test_cell_text_keeps_chinese_punctuation_but_folds_full_width_letters_and_digits() -> None:
    assert normalise_text("主任（会务组组长），ＡＢ１２３") == "主任（会务组组长），AB123"


@pytest.mark.parametrize(("name", "pinyin", "initials"), [
    ("单雄信", "shan xiong xin", "sxx"),
    ("曾国藩", "zeng guo fan", "zgf"),
    ("解缙", "xie jin", "xj"),
    ("区永", "ou yong", "oy"),
    ("仇英", "qiu ying", "qy"),
    ("朴槿", "piao jin", "pj"),
    ("尉迟恭", "yu chi gong", "ycg"),
    ("王伟", "wang wei", "ww"),
])
def test_surnames_are_read_as_surnames(name: str, pinyin: str, initials: str) -> None:
    assert pinyin_and_initials(name) == (pinyin, initials)


def test_latin_names_keep_one_initial_per_word() -> None:
    assert pinyin_and_initials("John Smith") == ("john smith", "js")


def test_pinyin_and_initials_of_a_very_long_name_fit_their_columns() -> None:
    pinyin, initials = pinyin_and_initials("阿" * 120)
    assert len(pinyin) <= PINYIN_LENGTH
    assert len(initials) == INITIALS_LENGTH


@pytest.mark.parametrize(("text", "level"), [
    ("正厅级", 5), ("正厅", 5), ("副处", 8), ("副部级", 4), ("3", 3), ("处长级", None),
    ("፩", None),
])
def test_rank_levels_are_read_from_official_names_short_forms_and_numbers(
        text: str, level: int | None) -> None:
    assert parse_rank_level(text) == level

"""Stroke data: coverage of GB2312, the five GF 2001 classes, and the recorded source decisions."""

from __future__ import annotations

import pytest

from models.strokes import (
    DATA_DIR,
    STROKE_CLASSES,
    stroke_count,
    stroke_sequence,
    stroke_shapes,
    unihan_stroke_count,
)


def gb2312_hanzi() -> list[str]:
    found = []
    for high in range(0xB0, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                found.append(bytes((high, low)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return found


def test_gb2312_levels_one_and_two_hold_6763_hanzi() -> None:
    assert len(gb2312_hanzi()) == 6763


def test_every_gb2312_hanzi_has_a_count_and_a_sequence_of_that_length() -> None:
    lacking = []
    for char in gb2312_hanzi():
        sequence = stroke_sequence(char)
        count = stroke_count(char)
        if sequence is None or count is None or len(sequence) != count:
            lacking.append(char)
    assert lacking == []


def test_every_gb2312_sequence_agrees_with_unihan_kTotalStrokes() -> None:
    # Holds after the one correction recorded in README.md (皙).
    assert [c for c in gb2312_hanzi() if unihan_stroke_count(c) != stroke_count(c)] == []


def test_sequences_use_only_the_five_classes() -> None:
    for char in gb2312_hanzi():
        assert set(stroke_sequence(char) or "") <= set("12345"), char


@pytest.mark.parametrize(
    ("char", "shapes"),
    [
        ("王", "一一丨一"),  # 横横竖横
        ("文", "丶一丿丶"),  # 点横撇捺: 捺 counts as 点
        ("丁", "一丨"),  # 横 竖钩: 竖钩 counts as 竖
        ("大", "一丿丶"),
        ("一", "一"),
        ("李", "一丨丿丶乛丨一"),  # 木 子: 横撇 as 折, 竖钩 as 竖
        ("鸣", "丨乛一丿乛丶乛一"),  # 口 鸟: 横折, 横折钩, 竖折折钩 as 折
        ("打", "一丨一一丨"),  # 提 counts as 横
        ("冯", "丶一乛乛一"),  # 提 in 冫 counts as 横
        ("毛", "丿一一乛"),  # 竖弯钩 counts as 折
        ("乙", "乛"),
        ("欧", "一丿丶乛丿乛丿丶"),  # 区 欠
        ("洪", "丶丶一一丨丨一丿丶"),
    ],
)
def test_known_characters_have_their_gf_stroke_classes(char: str, shapes: str) -> None:
    assert stroke_shapes(char) == shapes
    assert stroke_count(char) == len(shapes)


def test_stroke_classes_are_in_collation_order() -> None:
    assert STROKE_CLASSES == "一丨丿丶乛"


@pytest.mark.parametrize(
    ("char", "sequence"),
    [("丨", "2"), ("刂", "22"), ("氵", "441"), ("辶", "454"), ("纟", "551"), ("疒", "41341")],
)
def test_gb2312_components_missing_from_cnchar_order_are_supplied(char: str, sequence: str) -> None:
    assert stroke_sequence(char) == sequence


def test_xi_follows_gf_thirteen_strokes_not_cnchar_orders_twelve() -> None:
    assert stroke_count("皙") == 13
    assert stroke_sequence("皙") == "1234" + "3312" + "32511"  # 木 斤 白


def test_character_whose_sources_disagree_outside_gb2312_keeps_only_the_unihan_count() -> None:
    assert stroke_sequence("囍") is None
    assert stroke_count("囍") == 21


def test_rare_and_traditional_characters_have_unihan_counts() -> None:
    assert stroke_count("歐") == 15
    assert stroke_count("𬌗") == 10
    assert stroke_sequence("歐") is None


def test_non_han_characters_have_no_data() -> None:
    assert stroke_count("a") is None
    assert stroke_sequence("a") is None
    assert stroke_count("") is None
    assert stroke_count("王文") is None


def test_data_files_are_committed_small_and_documented() -> None:
    sizes = sum((DATA_DIR / name).stat().st_size for name in ("strokes.tsv", "counts.txt"))
    assert sizes < 1_000_000
    readme = (DATA_DIR / "README.md").read_text(encoding="utf-8")
    for needed in ("cnchar-order", "3.2.6", "MIT", "Unicode License", "kTotalStrokes"):
        assert needed in readme

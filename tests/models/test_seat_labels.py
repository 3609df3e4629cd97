"""Seat labels: where a seat is, in the words staff and guests use, in Chinese and English."""

from __future__ import annotations

from typing import Any

from models.lang import set_language
from models.layout import ElementKind, Seat, element_seats, with_defaults
from models.seat_labels import full_seat_label, seat_label, table_name
from models.seat_ranks import RankSettings, rank_seats
from models.tables import Element


def element(kind: str, *, label: str = "", element_id: int = 1, x: float = 0.0,
            y: float = 0.0, **params: Any) -> Element:
    return Element(id=element_id, scene_id=1, kind=kind, label=label, x=x, y=y,
                   params=with_defaults(kind, params))


def seat(of: Element, key: str) -> Seat:
    return next(s for s in element_seats(of.id, of.kind, of.params) if s.key == key)


# Hall blocks


def test_a_hall_seat_reads_row_then_seat() -> None:
    block = element(ElementKind.BLOCK, rows=5, columns=12)
    assert seat_label(block, seat(block, "r3s12")) == "第3排 12座"


def test_the_full_label_puts_the_scene_first() -> None:
    block = element(ElementKind.BLOCK, rows=5, columns=12)
    assert full_seat_label("主会场", block, seat(block, "r3s12")) == "主会场 第3排 12座"


def test_a_named_block_prefixes_its_seats() -> None:
    block = element(ElementKind.BLOCK, label="中区", rows=5, columns=12)
    assert seat_label(block, seat(block, "r3s12")) == "中区 第3排 12座"
    assert full_seat_label("主会场", block, seat(block, "r3s12")) == "主会场 中区 第3排 12座"


def test_a_block_starting_at_a_later_row_labels_its_rows_from_there() -> None:
    block = element(ElementKind.BLOCK, label="媒体区", rows=1, columns=10, first_row=8)
    assert seat_label(block, seat(block, "r1s4")) == "媒体区 第8排 4座"


def test_hall_labels_in_english() -> None:
    set_language("en")
    block = element(ElementKind.BLOCK, label="Centre", rows=5, columns=12)
    plain = element(ElementKind.BLOCK, rows=5, columns=12)
    assert seat_label(plain, seat(plain, "r3s12")) == "row 3, seat 12"
    assert seat_label(block, seat(block, "r3s12")) == "Centre, row 3, seat 12"
    assert full_seat_label("Main hall", plain, seat(plain, "r3s12")) == "Main hall, row 3, seat 12"


# Rostrum and group photo


def test_a_rostrum_seat_is_named_after_the_rostrum() -> None:
    rostrum = element(ElementKind.ROSTRUM, rows=[7])
    assert seat_label(rostrum, seat(rostrum, "r1s4")) == "主席台 第1排 4座"


def test_a_rostrums_own_label_replaces_its_kind() -> None:
    rostrum = element(ElementKind.ROSTRUM, label="贵宾席", rows=[7])
    assert seat_label(rostrum, seat(rostrum, "r1s1")) == "贵宾席 第1排 1座"


def test_a_group_photo_place_reads_row_and_seat() -> None:
    photo = element(ElementKind.PHOTO, rows=[5, 7])
    assert full_seat_label("闭幕式", photo, seat(photo, "r2s5")) == "闭幕式 合影 第2排 5座"
    set_language("en")
    assert seat_label(photo, seat(photo, "r2s5")) == "Group photo, row 2, seat 5"


def test_rostrum_labels_in_english() -> None:
    set_language("en")
    rostrum = element(ElementKind.ROSTRUM, rows=[7])
    assert seat_label(rostrum, seat(rostrum, "r1s4")) == "Rostrum, row 1, seat 4"


# Banquet tables


def test_the_main_table_is_called_主桌() -> None:
    main = element(ElementKind.TABLE, main=True)
    assert table_name(main, 1) == "主桌"
    assert seat_label(main, seat(main, "t1"), 1) == "主桌 2座"
    assert full_seat_label("欢迎晚宴", main, seat(main, "t0"), 1) == "欢迎晚宴 主桌 1座"


def test_another_table_is_called_by_its_number() -> None:
    other = element(ElementKind.TABLE)
    assert table_name(other, 2) == "第2桌"
    assert seat_label(other, seat(other, "t4"), 2) == "第2桌 5座"


def test_a_tables_own_number_is_the_one_on_its_label() -> None:
    other = element(ElementKind.TABLE, number=8)
    assert seat_label(other, seat(other, "t0"), 3) == "第8桌 1座"


def test_a_tables_own_name_comes_before_its_number_and_before_主桌() -> None:
    named = element(ElementKind.TABLE, name="贵宾桌", main=True)
    labelled = element(ElementKind.TABLE, label="嘉宾桌")
    assert table_name(named, 1) == "贵宾桌"
    assert table_name(labelled, 5) == "嘉宾桌"
    assert seat_label(labelled, seat(labelled, "t2"), 5) == "嘉宾桌 3座"


def test_a_table_without_any_number_is_called_a_table() -> None:
    other = element(ElementKind.TABLE)
    assert table_name(other, None) == "餐桌"
    assert "None" not in seat_label(other, seat(other, "t0"))


def test_table_labels_in_english() -> None:
    set_language("en")
    main = element(ElementKind.TABLE, main=True)
    other = element(ElementKind.TABLE)
    assert seat_label(main, seat(main, "t1"), 1) == "Main table, seat 2"
    assert seat_label(other, seat(other, "t4"), 2) == "Table 2, seat 5"
    assert full_seat_label("Dinner", other, seat(other, "t4"), 2) == "Dinner, Table 2, seat 5"


def test_ranked_tables_take_their_labels_from_the_table_order() -> None:
    tables = [element(ElementKind.TABLE, element_id=1, x=300, y=0),
              element(ElementKind.TABLE, element_id=2, x=0, y=0, main=True),
              element(ElementKind.TABLE, element_id=3, x=-300, y=0)]
    by_id = {t.id: t for t in tables}
    ranked = rank_seats(tables, RankSettings(entrance=(0.0, 1500.0)))
    labels = [seat_label(by_id[r.group], r.seat, r.table_number) for r in ranked]
    # The host faces the entrance at the bottom; his right hand is toward -x.
    assert labels[0] == "主桌 1座"
    assert labels[10] == "第2桌 1座"
    assert labels[20] == "第3桌 1座"
    assert by_id[ranked[10].group].x < 0


# Meeting room and signing stage


def test_meeting_seats_are_named_by_side_and_number() -> None:
    meeting = element(ElementKind.MEETING)
    assert seat_label(meeting, seat(meeting, "g1")) == "会见厅 客方1号"
    assert seat_label(meeting, seat(meeting, "h2")) == "会见厅 主方2号"


def test_meeting_labels_in_english() -> None:
    set_language("en")
    meeting = element(ElementKind.MEETING)
    assert seat_label(meeting, seat(meeting, "g1")) == "Meeting room, guest side 1"
    assert seat_label(meeting, seat(meeting, "h3")) == "Meeting room, host side 3"


def test_signatories_are_named_by_side_and_pair() -> None:
    signing = element(ElementKind.SIGNING, pairs=3)
    assert seat_label(signing, seat(signing, "p2g")) == "签字台 客方2号"
    assert seat_label(signing, seat(signing, "p2h")) == "签字台 主方2号"


def test_standing_officials_are_named_by_their_row_behind_the_tables_and_place() -> None:
    signing = element(ElementKind.SIGNING, pairs=22, pairs_per_row=11, standing_rows=2)
    assert seat_label(signing, seat(signing, "b1s3")) == "签字台 后排 1排3位"
    assert seat_label(signing, seat(signing, "b2s5")) == "签字台 后排 2排5位"
    set_language("en")
    assert seat_label(signing, seat(signing, "b1s3")) == "Signing table, standing row 1, place 3"


def test_a_signing_stages_own_label_replaces_its_kind() -> None:
    signing = element(ElementKind.SIGNING, label="签约台")
    assert full_seat_label("签约仪式", signing, seat(signing, "p1g")) == "签约仪式 签约台 客方1号"

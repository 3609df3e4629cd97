"""The protocol rules of PROTOCOL.md §1 (姓氏笔画), §2 (rostrum) and §4 (round tables)."""

from __future__ import annotations

import itertools
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models import tables
from models.protocol import (
    DEPUTY,
    HOST,
    Convention,
    SeatRank,
    missing_stroke_data,
    name_stroke_key,
    rostrum_order,
    rostrum_row_order,
    round_table_roles,
    round_table_seat_ranks,
)

DOMESTIC = Convention.DOMESTIC
INTERNATIONAL = Convention.INTERNATIONAL


def stroke_sorted(names: list[str], *, whole_name: bool = False) -> list[str]:
    return sorted(names, key=lambda name: name_stroke_key(name, whole_name=whole_name))


def comes_before(first: str, second: str, *, whole_name: bool = False) -> bool:
    key = name_stroke_key
    return key(first, whole_name=whole_name) < key(second, whole_name=whole_name)


# §2 Rostrum, one row


def test_convention_is_the_one_enum_of_the_stored_tables() -> None:
    assert Convention is tables.Convention
    assert Convention("domestic") is DOMESTIC


def test_domestic_is_the_default_convention() -> None:
    assert rostrum_row_order(7) == rostrum_row_order(7, DOMESTIC)


def test_domestic_odd_row_of_seven_reads_7_5_3_1_2_4_6() -> None:
    assert rostrum_row_order(7, DOMESTIC) == [7, 5, 3, 1, 2, 4, 6]


def test_domestic_even_row_of_eight_reads_7_5_3_1_2_4_6_8() -> None:
    assert rostrum_row_order(8, DOMESTIC) == [7, 5, 3, 1, 2, 4, 6, 8]


@pytest.mark.parametrize(
    ("n", "expected"),
    [(1, [1]), (3, [3, 1, 2]), (5, [5, 3, 1, 2, 4]), (9, [9, 7, 5, 3, 1, 2, 4, 6, 8])],
)
def test_domestic_odd_row_reads_n_to_5_3_1_2_4_to_n_minus_1(n: int, expected: list[int]) -> None:
    assert rostrum_row_order(n) == expected


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (2, [1, 2]),
        (4, [3, 1, 2, 4]),
        (6, [5, 3, 1, 2, 4, 6]),
        (10, [9, 7, 5, 3, 1, 2, 4, 6, 8, 10]),
    ],
)
def test_domestic_even_row_reads_n_minus_1_to_3_1_2_4_to_n(n: int, expected: list[int]) -> None:
    assert rostrum_row_order(n) == expected


def test_domestic_rank_one_sits_in_the_centre_of_an_odd_row() -> None:
    assert rostrum_row_order(7).index(1) == 3


def test_domestic_even_row_puts_rank_one_in_the_left_centre_seat_as_the_audience_sees_it() -> None:
    assert rostrum_row_order(8).index(1) == 3


@pytest.mark.parametrize("n", [7, 8])
def test_domestic_rank_two_on_rank_ones_own_left_which_the_audience_sees_on_its_right(
    n: int,
) -> None:
    row = rostrum_row_order(n)
    assert row.index(2) == row.index(1) + 1


@pytest.mark.parametrize("n", [7, 8])
def test_domestic_rank_three_on_rank_ones_own_right_then_alternating_outward(n: int) -> None:
    row = rostrum_row_order(n)
    one = row.index(1)
    assert row.index(3) == one - 1
    assert row.index(4) == one + 2
    assert row.index(5) == one - 2


def test_even_row_ranks_one_and_two_share_the_two_centre_seats() -> None:
    assert sorted(rostrum_row_order(8)[3:5]) == [1, 2]
    assert sorted(rostrum_row_order(8, even_centre_left=False)[3:5]) == [1, 2]


def test_other_even_reading_puts_rank_one_in_the_right_centre_seat_8_6_4_2_1_3_5_7() -> None:
    assert rostrum_row_order(8, DOMESTIC, even_centre_left=False) == [8, 6, 4, 2, 1, 3, 5, 7]


@pytest.mark.parametrize("n", [1, 3, 7, 9])
def test_other_even_reading_leaves_odd_rows_unchanged(n: int) -> None:
    assert rostrum_row_order(n, even_centre_left=False) == rostrum_row_order(n)


def test_international_odd_row_of_seven_is_the_mirror_6_4_2_1_3_5_7() -> None:
    assert rostrum_row_order(7, INTERNATIONAL) == [6, 4, 2, 1, 3, 5, 7]


def test_international_even_row_of_eight_is_the_mirror_8_6_4_2_1_3_5_7() -> None:
    assert rostrum_row_order(8, INTERNATIONAL) == [8, 6, 4, 2, 1, 3, 5, 7]


def test_international_rank_two_on_rank_ones_own_right_the_audiences_left() -> None:
    row = rostrum_row_order(7, INTERNATIONAL)
    assert row.index(2) == row.index(1) - 1


def test_international_other_even_reading_is_the_mirror_7_5_3_1_2_4_6_8() -> None:
    assert rostrum_row_order(8, INTERNATIONAL, even_centre_left=False) == [7, 5, 3, 1, 2, 4, 6, 8]


def test_convention_may_be_given_as_its_stored_value() -> None:
    assert rostrum_row_order(5, "international") == [4, 2, 1, 3, 5]


@pytest.mark.parametrize("convention", list(Convention))
def test_empty_row_has_no_ranks_and_a_single_seat_has_rank_one(convention: Convention) -> None:
    assert rostrum_row_order(0, convention) == []
    assert rostrum_row_order(1, convention) == [1]


def test_negative_seat_count_is_refused_with_a_message() -> None:
    with pytest.raises(ValueError, match="座位数不能为负数"):
        rostrum_row_order(-1)


def test_unknown_convention_is_refused() -> None:
    with pytest.raises(ValueError):
        rostrum_row_order(3, "sideways")


# §2 Rostrum, several rows


def test_front_row_takes_the_highest_ranks_and_each_row_behind_continues_them() -> None:
    assert rostrum_order([7, 8]) == [
        [7, 5, 3, 1, 2, 4, 6],
        [14, 12, 10, 8, 9, 11, 13, 15],
    ]


def test_rows_behind_are_ordered_centre_out_by_the_same_rule_internationally() -> None:
    assert rostrum_order([3, 4], INTERNATIONAL) == [[2, 1, 3], [7, 5, 4, 6]]


def test_rows_behind_follow_the_other_even_reading_when_chosen() -> None:
    assert rostrum_order([2, 4], even_centre_left=False) == [[2, 1], [6, 4, 3, 5]]


def test_group_photo_rows_are_ordered_front_row_first_centre_out() -> None:
    assert rostrum_order([5, 6, 6]) == [
        [5, 3, 1, 2, 4],
        [10, 8, 6, 7, 9, 11],
        [16, 14, 12, 13, 15, 17],
    ]


def test_no_rows_and_empty_rows() -> None:
    assert rostrum_order([]) == []
    assert rostrum_order([0, 3]) == [[], [3, 1, 2]]


rows_settings = st.sampled_from(list(Convention)), st.booleans()


@given(st.integers(0, 80), *rows_settings)
def test_property_row_is_a_permutation_of_1_to_n(
    n: int, convention: Convention, centre_left: bool
) -> None:
    row = rostrum_row_order(n, convention, even_centre_left=centre_left)
    assert sorted(row) == list(range(1, n + 1))


@given(st.integers(0, 80), st.booleans())
def test_property_international_is_the_exact_mirror_of_domestic(n: int, centre_left: bool) -> None:
    domestic = rostrum_row_order(n, DOMESTIC, even_centre_left=centre_left)
    international = rostrum_row_order(n, INTERNATIONAL, even_centre_left=centre_left)
    assert international == domestic[::-1]


@given(st.integers(1, 80), *rows_settings)
def test_property_rank_one_is_in_a_centre_seat(
    n: int, convention: Convention, centre_left: bool
) -> None:
    one = rostrum_row_order(n, convention, even_centre_left=centre_left).index(1)
    assert one in {(n - 1) // 2, n // 2}


@given(st.integers(1, 80), *rows_settings)
def test_property_seniority_falls_outward_from_the_centre_on_each_side(
    n: int, convention: Convention, centre_left: bool
) -> None:
    row = rostrum_row_order(n, convention, even_centre_left=centre_left)
    one = row.index(1)
    left_side = row[one::-1]
    right_side = row[one:]
    assert left_side == sorted(left_side)
    assert right_side == sorted(right_side)
    assert abs(len(left_side) - len(right_side)) <= 1


@given(st.lists(st.integers(0, 20), max_size=6), *rows_settings)
def test_property_rows_continue_the_ranks_front_row_first(
    rows: list[int], convention: Convention, centre_left: bool
) -> None:
    ordered = rostrum_order(rows, convention, even_centre_left=centre_left)
    assert [len(row) for row in ordered] == rows
    assert [rank for row in ordered for rank in sorted(row)] == list(range(1, sum(rows) + 1))
    taken = 0
    for seats, row in zip(rows, ordered, strict=True):
        single = rostrum_row_order(seats, convention, even_centre_left=centre_left)
        assert [rank - taken for rank in row] == single
        taken += seats


# §4 Round tables


def test_ten_seat_table_host_0_deputy_5_guest1_1_guest2_9_guest3_6_guest4_4() -> None:
    roles = round_table_roles(10)
    assert roles[0] == "host"
    assert roles[5] == "deputy"
    assert roles[1] == "guest1"
    assert roles[9] == "guest2"
    assert roles[6] == "guest3"
    assert roles[4] == "guest4"


def test_ten_seat_table_further_guests_alternate_host_side_and_deputy_side_right_first() -> None:
    assert round_table_roles(10) == [
        "host", "guest1", "guest5", "guest8", "guest4",
        "deputy", "guest3", "guest7", "guest6", "guest2",
    ]  # fmt: skip


def test_twelve_seat_table_roles() -> None:
    assert round_table_roles(12) == [
        "host", "guest1", "guest5", "guest9", "guest8", "guest4",
        "deputy", "guest3", "guest7", "guest10", "guest6", "guest2",
    ]  # fmt: skip


def test_eight_seat_table_roles() -> None:
    assert round_table_roles(8) == [
        "host", "guest1", "guest5", "guest4", "deputy", "guest3", "guest6", "guest2",
    ]  # fmt: skip


@pytest.mark.parametrize("seats", [4, 6, 8, 10, 12, 14, 16])
def test_host_faces_the_entrance_and_the_deputy_sits_opposite(seats: int) -> None:
    roles = round_table_roles(seats)
    assert roles[0] == HOST
    assert roles[seats // 2] == DEPUTY


@pytest.mark.parametrize("seats", [4, 5, 6, 8, 9, 10, 12])
def test_guest1_on_the_hosts_right_and_guest2_on_the_hosts_left(seats: int) -> None:
    # Numbers rise toward the right hand of the person in seat 0.
    roles = round_table_roles(seats)
    assert roles[1] == "guest1"
    assert roles[seats - 1] == "guest2"


@pytest.mark.parametrize("seats", [6, 7, 8, 9, 10, 11, 12])
def test_guest3_on_the_deputys_right_and_guest4_on_the_deputys_left(seats: int) -> None:
    # The deputy faces the centre too, so their right hand is the next higher seat number.
    roles = round_table_roles(seats)
    deputy = seats // 2
    assert roles[deputy + 1] == "guest3"
    assert roles[deputy - 1] == "guest4"


def test_odd_table_deputy_takes_seats_floor_half_on_the_hosts_right_hand_side() -> None:
    assert round_table_roles(9) == [
        "host", "guest1", "guest5", "guest4", "deputy", "guest3", "guest7", "guest6", "guest2",
    ]  # fmt: skip
    assert round_table_roles(11).index(DEPUTY) == 5


def test_table_without_a_deputy_ranks_guests_by_closeness_to_seat_0_right_before_left() -> None:
    assert round_table_roles(10, deputy_host=False) == [
        "host", "guest1", "guest3", "guest5", "guest7",
        "guest9", "guest8", "guest6", "guest4", "guest2",
    ]  # fmt: skip


def test_table_without_a_host_ranks_every_seat_by_closeness_to_seat_0_right_before_left() -> None:
    assert round_table_roles(6, hosted=False) == [
        "guest1", "guest2", "guest4", "guest6", "guest5", "guest3",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("seats", "roles"),
    [
        (0, []),
        (1, ["host"]),
        (2, ["host", "deputy"]),
        (3, ["host", "deputy", "guest1"]),
        (5, ["host", "guest1", "deputy", "guest3", "guest2"]),
    ],
)
def test_small_tables_follow_the_same_rule(seats: int, roles: list[str]) -> None:
    assert round_table_roles(seats) == roles


def test_negative_table_size_is_refused() -> None:
    with pytest.raises(ValueError, match="座位数不能为负数"):
        round_table_roles(-2)


def test_host_side_people_take_host_and_deputy_seats_and_guests_the_guest_seats() -> None:
    ranks = round_table_seat_ranks(10)
    assert ranks[0] == SeatRank("host", 1)
    assert ranks[5] == SeatRank("host", 2)
    assert ranks[1] == SeatRank("guest", 1)
    assert ranks[9] == SeatRank("guest", 2)
    assert sorted(rank.rank for rank in ranks if rank.side == "guest") == list(range(1, 9))


def test_seat_ranks_of_a_table_without_a_host_are_all_guest_seats() -> None:
    assert round_table_seat_ranks(4, hosted=False) == [
        SeatRank("guest", 1), SeatRank("guest", 2), SeatRank("guest", 4), SeatRank("guest", 3),
    ]  # fmt: skip


@given(st.integers(0, 40), st.booleans(), st.booleans())
def test_property_roles_are_host_deputy_and_guests_numbered_from_one(
    seats: int, deputy_host: bool, hosted: bool
) -> None:
    roles = round_table_roles(seats, deputy_host=deputy_host, hosted=hosted)
    assert len(roles) == seats == len(set(roles))
    hosts = [HOST] if hosted and seats else []
    deputies = [DEPUTY] if hosted and deputy_host and seats >= 2 else []
    guests = [f"guest{i}" for i in range(1, seats - len(hosts) - len(deputies) + 1)]
    assert sorted(roles) == sorted(hosts + deputies + guests)
    if hosted and seats:
        assert roles[0] == HOST
    if deputies:
        assert roles[seats // 2] == DEPUTY


@given(st.integers(2, 40))
def test_property_guests_are_placed_ring_by_ring_around_host_and_deputy(seats: int) -> None:
    roles = round_table_roles(seats)
    deputy = seats // 2

    def ring(seat: int) -> int:
        return min(min(abs(seat - a), seats - abs(seat - a)) for a in (0, deputy))

    guest_seats = sorted(
        (int(role.removeprefix("guest")), seat)
        for seat, role in enumerate(roles)
        if role.startswith("guest")
    )
    rings = [ring(seat) for _, seat in guest_seats]
    assert rings == sorted(rings)


@given(st.integers(1, 40))
def test_property_without_deputy_guests_get_further_from_seat_0(seats: int) -> None:
    roles = round_table_roles(seats, deputy_host=False)
    order = sorted(range(1, seats), key=lambda seat: int(roles[seat].removeprefix("guest")))
    distances = [min(seat, seats - seat) for seat in order]
    assert distances == sorted(distances)
    for near, far in itertools.pairwise(order):
        if min(near, seats - near) == min(far, seats - far):
            assert near < far  # right (lower number) before left


# §1 姓氏笔画 order


def test_first_character_stroke_count_decides_ding_xiaoning_before_wang_xiaoning() -> None:
    assert comes_before("丁小宁", "王小宁")


def test_same_surname_compares_the_next_character_li_yiming_before_li_daming() -> None:
    assert comes_before("李一鸣", "李大鸣")


def test_equal_counts_compare_the_first_stroke_heng_before_dian_wang_before_wen() -> None:
    assert comes_before("王", "文")


def test_compound_surname_is_not_summed_ouyang_shaodong_before_hong_shaodong() -> None:
    assert comes_before("欧阳少东", "洪少东")


def test_missing_character_counts_as_blank_tian_fu_before_tian_dali() -> None:
    assert comes_before("田富", "田大利")


def test_whole_name_comparison_puts_tian_dali_before_tian_fu() -> None:
    assert comes_before("田大利", "田富", whole_name=True)


@pytest.mark.parametrize("whole_name", [False, True])
def test_a_name_that_begins_another_comes_first(whole_name: bool) -> None:
    assert comes_before("田富", "田富强", whole_name=whole_name)
    assert comes_before("王", "王刚", whole_name=whole_name)


def test_equal_counts_order_heng_shu_pie_dian_zhe() -> None:
    # Four strokes each, first strokes 一 丨 丿 丶 乛.
    assert stroke_sorted(["孔", "文", "毛", "中", "王"]) == ["王", "中", "毛", "文", "孔"]


def test_equal_first_strokes_move_on_to_the_second_stroke() -> None:
    # 文 丶一丿丶 and 方 丶一乛丿: the third stroke decides.
    assert comes_before("文", "方")


def test_ti_counts_as_heng_feng_before_ning_and_lan() -> None:
    # 冯 丶㇀…: the 提 is a 横, ahead of 宁's second 点 and 兰's 丿.
    assert comes_before("冯", "宁")
    assert comes_before("冯", "兰")


def test_shugou_counts_as_shu_kong_before_deng_and_li_before_yang() -> None:
    # 孔 乛亅… and 邓 乛丶…: 竖钩 is a 竖 (2), before 点; as a 折 it would come after.
    assert comes_before("孔", "邓")
    assert comes_before("李", "杨")


def test_na_counts_as_dian_du_before_li() -> None:
    # 李's 木 ends in 捺, 杜's in 点; both count as 点, so the fifth stroke decides: 杜's 一
    # before 李's 乛. Were 捺 a 撇, 李 would come first.
    assert comes_before("杜", "李")


def test_bent_strokes_count_as_zhe_niu_before_mao() -> None:
    # 牛 丿一一丨 and 毛 丿一一乚: 竖弯钩 is a 折, after 竖.
    assert comes_before("牛", "毛")


def test_spaces_padding_a_two_character_name_are_ignored() -> None:
    assert name_stroke_key("田　富")[1] == name_stroke_key("田富")[1]
    assert comes_before("田 富", "田大利")


def test_latin_names_come_after_chinese_names_by_their_letters() -> None:
    names = ["john Smith", "王刚", "Émile Zola", "Anna Müller", "龘"]
    assert stroke_sorted(names) == ["王刚", "龘", "Anna Müller", "Émile Zola", "john Smith"]


def test_characters_without_any_data_come_after_all_known_characters_by_code_point() -> None:
    unknown_low, unknown_high = "\U000323b0", "\U000323b1"  # beyond Unicode 15's Unihan
    names = [f"{unknown_high}明", f"{unknown_low}明", "龘明", "丁明"]
    assert stroke_sorted(names) == ["丁明", "龘明", f"{unknown_low}明", f"{unknown_high}明"]


def test_character_with_a_count_but_no_sequence_comes_after_known_ones_of_that_count() -> None:
    # 𬌗 (10 strokes, no sequence) after every 10-stroke character with one, before 11 strokes.
    assert stroke_sorted(["黄", "𬌗", "徐", "高"]) == ["徐", "高", "𬌗", "黄"]


def test_unknown_characters_in_a_later_position_sort_after_known_ones_there() -> None:
    assert comes_before("王龘", "王\U000323b0")


def test_missing_stroke_data_reports_each_character_once_for_a_warning() -> None:
    names = ["王刚", "𬌗明", "李𬌗", "John Smith", "囍"]
    assert missing_stroke_data(names) == ["𬌗", "囍"]
    assert missing_stroke_data(["王刚", "Li Ming"]) == []


def test_characters_alike_in_count_and_strokes_are_ordered_by_code_point() -> None:
    # 土 (U+571F) and 士 (U+58EB) are both 一丨一.
    assert comes_before("土明", "士明")
    assert comes_before("士", "土", whole_name=True) is False


OFFICIAL_LIST = [
    "王芳", "王建国", "毛晓东", "文静", "方志强", "孔德明",  # 4 strokes
    "石磊", "叶红", "田富", "田大利", "史明", "白云峰",  # 5
    "吕方", "刘洋", "江涛",  # 6
    "李一鸣", "李大鸣", "吴刚", "何平", "沈冰", "张伟", "陈红",  # 7
    "林海", "欧阳少东", "周强", "郑华", "孟雪",  # 8
    "赵敏", "胡军", "钟华", "洪少东",  # 9
    "黄河", "董明",  # 11, 12
    "Anna Müller", "John Smith",
]  # fmt: skip


def test_official_list_sorts_into_the_hand_checked_order() -> None:
    shuffled = OFFICIAL_LIST[:]
    random.Random(2024).shuffle(shuffled)
    assert stroke_sorted(shuffled) == OFFICIAL_LIST


def test_official_list_with_whole_name_comparison_differs_only_for_tian_fu() -> None:
    expected = OFFICIAL_LIST[:]
    index = expected.index("田富")
    expected[index : index + 2] = ["田大利", "田富"]
    assert stroke_sorted(list(reversed(OFFICIAL_LIST)), whole_name=True) == expected


name_alphabet = st.sampled_from(
    [*"王文丁李田富大利欧阳洪少东土士皙歐𬌗囍〇Ab é·\u3000", "\U000323b0"]
)
names = st.text(name_alphabet, max_size=5)


@given(names, names, names, st.booleans())
def test_property_name_stroke_key_is_a_strict_total_order(
    a: str, b: str, c: str, whole_name: bool
) -> None:
    ka, kb, kc = (name_stroke_key(n, whole_name=whole_name) for n in (a, b, c))
    assert (ka == kb) == (a == b)
    assert [ka < kb, ka == kb, ka > kb].count(True) == 1
    if ka <= kb <= kc:
        assert ka <= kc


@given(st.lists(names, max_size=12), st.randoms(), st.booleans())
def test_property_sorting_by_the_key_is_independent_of_input_order(
    listed: list[str], rnd: random.Random, whole_name: bool
) -> None:
    shuffled = listed[:]
    rnd.shuffle(shuffled)
    ordered = stroke_sorted(listed, whole_name=whole_name)
    assert stroke_sorted(shuffled, whole_name=whole_name) == ordered
    keys = [name_stroke_key(n, whole_name=whole_name) for n in ordered]
    assert all(x <= y for x, y in itertools.pairwise(keys))

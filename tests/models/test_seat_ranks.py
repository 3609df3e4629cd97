"""Seat ranks: the protocol order of every seat of a scene (PROTOCOL.md §2–§5)."""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.layout import ElementKind, element_seats, with_defaults
from models.protocol import Convention, rostrum_order, rostrum_row_order, round_table_roles
from models.seat_ranks import RankedSeat, RankSettings, rank_seats
from models.tables import Element

DOMESTIC = RankSettings(convention=Convention.DOMESTIC)
INTERNATIONAL = RankSettings(convention=Convention.INTERNATIONAL)
# Banquet rooms below have the entrance at the bottom of the plan unless a test says otherwise.
DOOR_AT_BOTTOM = RankSettings(entrance=(0.0, 1500.0))


def element(element_id: int, kind: str, *, x: float = 0.0, y: float = 0.0,
            rotation: float = 0.0, **params: Any) -> Element:
    return Element(id=element_id, scene_id=1, kind=kind, x=x, y=y, rotation=rotation,
                   params=with_defaults(kind, params))


def table(element_id: int, x: float, y: float, **params: Any) -> Element:
    return element(element_id, ElementKind.TABLE, x=x, y=y, **params)


def ranks_of(ranked: list[RankedSeat], element_id: int) -> dict[str, int]:
    """Seat key → rank, for one element."""
    return {r.seat.key: r.rank for r in ranked if r.seat.element_id == element_id}


def by_rank(ranked: list[RankedSeat]) -> dict[int, RankedSeat]:
    return {r.rank: r for r in ranked}


def row_ranks(ranked: list[RankedSeat], element_id: int, row: int) -> list[int]:
    """The ranks of one row of an element, left to right as the audience sees it."""
    seats = [r for r in ranked if r.seat.element_id == element_id and r.seat.row == row]
    return [r.rank for r in sorted(seats, key=lambda r: r.seat.x)]


def table_order(ranked: list[RankedSeat]) -> list[int]:
    """Table element ids in the order their host seats rank."""
    hosts = sorted((r for r in ranked if r.seat.key == "t0"), key=lambda r: r.rank)
    return [r.group for r in hosts]


# §2 Rostrum


def test_domestic_rostrum_of_seven_puts_rank_2_on_the_audiences_right() -> None:
    ranked = rank_seats([element(1, ElementKind.ROSTRUM, rows=[7])], DOMESTIC)
    assert row_ranks(ranked, 1, 1) == [7, 5, 3, 1, 2, 4, 6]
    first, second = by_rank(ranked)[1].seat, by_rank(ranked)[2].seat
    assert second.x > first.x


def test_international_rostrum_of_seven_puts_rank_2_on_the_audiences_left() -> None:
    ranked = rank_seats([element(1, ElementKind.ROSTRUM, rows=[7])], INTERNATIONAL)
    assert row_ranks(ranked, 1, 1) == [6, 4, 2, 1, 3, 5, 7]


def test_domestic_even_rostrum_puts_rank_1_in_the_left_centre_seat_by_default() -> None:
    ranked = rank_seats([element(1, ElementKind.ROSTRUM, rows=[8])], DOMESTIC)
    assert row_ranks(ranked, 1, 1) == [7, 5, 3, 1, 2, 4, 6, 8]


def test_the_other_even_reading_puts_rank_1_in_the_right_centre_seat() -> None:
    other = RankSettings(convention=Convention.DOMESTIC, even_centre_left=False)
    ranked = rank_seats([element(1, ElementKind.ROSTRUM, rows=[8])], other)
    assert row_ranks(ranked, 1, 1) == [8, 6, 4, 2, 1, 3, 5, 7]


@pytest.mark.parametrize("convention", list(Convention))
@pytest.mark.parametrize("even_centre_left", [True, False])
@pytest.mark.parametrize("rows", [[7], [8], [1], [2], [5, 6], [8, 9, 4]])
def test_rostrum_ranks_are_the_protocol_rostrum_order(convention: Convention,
                                                      even_centre_left: bool,
                                                      rows: list[int]) -> None:
    chosen = RankSettings(convention=convention, even_centre_left=even_centre_left)
    ranked = rank_seats([element(1, ElementKind.ROSTRUM, rows=rows)], chosen)
    expected = rostrum_order(rows, convention, even_centre_left=even_centre_left)
    assert [row_ranks(ranked, 1, row) for row in range(1, len(rows) + 1)] == expected


def test_multi_row_rostrum_gives_the_front_row_the_highest_ranks() -> None:
    ranked = rank_seats([element(1, ElementKind.ROSTRUM, rows=[5, 7])], DOMESTIC)
    front = [r for r in ranked if r.seat.row == 1]
    back = [r for r in ranked if r.seat.row == 2]
    assert {r.rank for r in front} == {1, 2, 3, 4, 5}
    assert min(r.seat.y for r in front) > max(r.seat.y for r in back)


def test_rostrum_seats_outrank_every_seat_of_the_hall() -> None:
    hall = [
        element(1, ElementKind.BLOCK, x=0, y=300, rows=3, columns=8),
        element(2, ElementKind.ROSTRUM, x=0, y=-200, rows=[7]),
        element(3, ElementKind.BLOCK, x=-600, y=300, rows=3, columns=5),
    ]
    ranked = rank_seats(hall, DOMESTIC)
    assert {r.rank for r in ranked if r.group == 2} == set(range(1, 8))
    assert [r.group for r in ranked[:7]] == [2] * 7


def test_a_rostrum_seat_has_no_party_and_no_table() -> None:
    ranked = rank_seats([element(1, ElementKind.ROSTRUM)], DOMESTIC)
    assert {(r.party, r.table_number, r.reserve) for r in ranked} == {("", None, None)}


def test_ranks_run_from_1_best_first() -> None:
    ranked = rank_seats([element(1, ElementKind.ROSTRUM, rows=[5, 3])], DOMESTIC)
    assert [r.rank for r in ranked] == list(range(1, 9))


# §2 Group photo


def test_photo_rows_rank_front_row_first_and_centre_out() -> None:
    ranked = rank_seats([element(1, ElementKind.PHOTO, rows=[5, 7])], DOMESTIC)
    assert row_ranks(ranked, 1, 1) == [5, 3, 1, 2, 4]
    assert row_ranks(ranked, 1, 2) == [12, 10, 8, 6, 7, 9, 11]


# §3 Hall blocks


def three_blocks(**centre: Any) -> list[Element]:
    """A hall of three blocks side by side, rows aligned, symmetric about x = 0."""
    return [
        element(1, ElementKind.BLOCK, x=-500, y=300, rows=3, columns=4),
        element(2, ElementKind.BLOCK, x=0, y=300, rows=3, **{"columns": 6, **centre}),
        element(3, ElementKind.BLOCK, x=500, y=300, rows=3, columns=4),
    ]


def test_hall_front_rows_rank_before_rear_rows_across_the_whole_hall() -> None:
    ranked = rank_seats(three_blocks(), DOMESTIC)
    rows = [r.seat.row for r in ranked]
    assert rows == sorted(rows)
    assert {r.group for r in ranked if r.seat.row == 1} == {1, 2, 3}


def test_within_a_hall_row_seats_rank_from_the_centre_outward() -> None:
    ranked = rank_seats(three_blocks(), DOMESTIC)
    front = [r for r in ranked if r.seat.row == 1]
    distances = [abs(r.seat.x) for r in front]
    assert distances == sorted(distances)


def test_an_even_hall_row_reads_like_an_even_rostrum_row_rank_1_left_of_centre() -> None:
    ranked = rank_seats([element(1, ElementKind.BLOCK, rows=1, columns=4)], DOMESTIC)
    assert row_ranks(ranked, 1, 1) == rostrum_row_order(4) == [3, 1, 2, 4]


def test_the_other_even_reading_puts_rank_1_right_of_centre_in_the_hall_too() -> None:
    settings = RankSettings(convention=Convention.DOMESTIC, even_centre_left=False)
    ranked = rank_seats([element(1, ElementKind.BLOCK, rows=1, columns=4)], settings)
    assert row_ranks(ranked, 1, 1) == rostrum_row_order(4, even_centre_left=False)


def test_an_even_international_hall_row_is_the_mirror_image() -> None:
    ranked = rank_seats([element(1, ElementKind.BLOCK, rows=1, columns=4)], INTERNATIONAL)
    assert row_ranks(ranked, 1, 1) == [4, 2, 1, 3]


def test_a_hall_row_across_a_centre_aisle_ranks_centre_out_like_an_even_rostrum_row() -> None:
    ranked = rank_seats([element(1, ElementKind.BLOCK, rows=1, columns=6, aisles=[3])],
                        DOMESTIC)
    assert row_ranks(ranked, 1, 1) == [5, 3, 1, 2, 4, 6]


def test_with_a_centre_seat_the_domestic_hall_ranks_the_audiences_right_first() -> None:
    ranked = rank_seats(three_blocks(columns=5), DOMESTIC)
    left, right = ranks_of(ranked, 1), ranks_of(ranked, 3)
    # Seat 1 of the right block mirrors seat 4 of the left block.
    assert right["r1s1"] < left["r1s4"]
    assert left["r1s1"] == right["r1s4"] + 1


def test_an_odd_row_ranks_its_centre_seat_first() -> None:
    ranked = rank_seats([element(1, ElementKind.BLOCK, rows=1, columns=5)], DOMESTIC)
    assert row_ranks(ranked, 1, 1) == [5, 3, 1, 2, 4]


def test_block_filled_by_rows_takes_its_seats_left_to_right_front_row_first() -> None:
    ranked = rank_seats([element(1, ElementKind.BLOCK, rows=2, columns=3, fill="rows")],
                        DOMESTIC)
    assert [r.seat.key for r in ranked] == ["r1s1", "r1s2", "r1s3", "r2s1", "r2s2", "r2s3"]


def test_block_filled_by_columns_takes_its_seats_front_to_back_column_by_column() -> None:
    ranked = rank_seats([element(1, ElementKind.BLOCK, rows=2, columns=3, fill="columns")],
                        DOMESTIC)
    assert [r.seat.key for r in ranked] == ["r1s1", "r2s1", "r1s2", "r2s2", "r1s3", "r2s3"]


def test_block_filled_centre_out_follows_the_hall_order() -> None:
    ranked = rank_seats([element(1, ElementKind.BLOCK, rows=2, columns=3)], DOMESTIC)
    assert [r.seat.key for r in ranked] == ["r1s2", "r1s3", "r1s1", "r2s2", "r2s3", "r2s1"]


@pytest.mark.parametrize("fill", ["rows", "columns", "centre_out"])
def test_a_blocks_fill_orders_its_own_seats_but_keeps_the_blocks_share_of_ranks(
        fill: str) -> None:
    baseline = rank_seats(three_blocks(), DOMESTIC)
    filled = rank_seats(three_blocks(fill=fill), DOMESTIC)
    for block in (1, 2, 3):
        assert set(ranks_of(filled, block).values()) == set(ranks_of(baseline, block).values())
    assert ranks_of(filled, 1) == ranks_of(baseline, 1)
    assert ranks_of(filled, 3) == ranks_of(baseline, 3)


def test_a_rows_filled_block_gives_its_best_share_to_its_first_seat() -> None:
    ranked = rank_seats(three_blocks(fill="rows"), DOMESTIC)
    centre = ranks_of(ranked, 2)
    assert centre["r1s1"] == 1
    assert centre["r1s2"] == 2
    assert centre["r1s1"] < centre["r1s6"] < centre["r2s1"]


def test_reserved_block_seats_carry_the_reservation() -> None:
    hall = [element(1, ElementKind.BLOCK, rows=2, columns=3),
            element(2, ElementKind.BLOCK, y=800, rows=1, columns=4, reserve="category",
                    reserve_value="media")]
    ranked = rank_seats(hall, DOMESTIC)
    assert {r.reserve for r in ranked if r.group == 2} == {("category", "media")}
    assert {r.reserve for r in ranked if r.group == 1} == {None}


def test_a_reservation_without_a_value_reserves_nothing() -> None:
    ranked = rank_seats([element(1, ElementKind.BLOCK, reserve="delegation")], DOMESTIC)
    assert {r.reserve for r in ranked} == {None}


def test_hall_seats_belong_to_no_party_and_no_table() -> None:
    ranked = rank_seats(three_blocks(), DOMESTIC)
    assert {(r.party, r.table_number) for r in ranked} == {("", None)}


# §4 Banquet: seats at a table


def test_main_table_host_seat_is_rank_1_on_the_host_party() -> None:
    tables = [table(1, -400, 300), table(2, 0, 0, main=True), table(3, 400, 300)]
    best = by_rank(rank_seats(tables, DOOR_AT_BOTTOM))[1]
    assert (best.group, best.seat.key, best.role, best.party) == (2, "t0", "host", "host")


def test_main_table_deputy_is_rank_2_on_the_host_party_opposite_the_host() -> None:
    second = by_rank(rank_seats([table(1, 0, 0, main=True)], DOOR_AT_BOTTOM))[2]
    assert (second.seat.key, second.role, second.party) == ("t5", "deputy", "host")


def test_guest_1_sits_at_the_hosts_right_and_guest_2_at_his_left_at_a_table_of_ten() -> None:
    ranked = rank_seats([table(1, 0, 0, main=True)], DOOR_AT_BOTTOM)
    third, fourth = by_rank(ranked)[3], by_rank(ranked)[4]
    assert (third.seat.key, third.role) == ("t1", "guest1")
    assert (fourth.seat.key, fourth.role) == ("t9", "guest2")
    host = by_rank(ranked)[1].seat
    # The host faces the entrance (+y): his right hand is toward -x.
    assert third.seat.x < host.x < fourth.seat.x


def test_guests_3_and_4_sit_at_the_deputys_right_and_left() -> None:
    ranked = rank_seats([table(1, 0, 0, main=True)], DOOR_AT_BOTTOM)
    assert (by_rank(ranked)[5].seat.key, by_rank(ranked)[6].seat.key) == ("t6", "t4")


def test_guest_seats_at_a_hosted_table_belong_to_no_party() -> None:
    ranked = rank_seats([table(1, 0, 0)], DOOR_AT_BOTTOM)
    assert {r.party for r in ranked if r.role.startswith("guest")} == {""}


@pytest.mark.parametrize("count", [2, 5, 8, 10, 12, 13])
def test_seats_of_a_hosted_table_have_the_protocol_round_table_roles(count: int) -> None:
    ranked = rank_seats([table(1, 0, 0, seats=count)], DOOR_AT_BOTTOM)
    roles = {r.seat.key: r.role for r in ranked}
    assert [roles[f"t{i}"] for i in range(count)] == round_table_roles(count)


def test_a_table_without_a_deputy_has_one_host_seat_then_guests_right_before_left() -> None:
    ranked = rank_seats([table(1, 0, 0, seats=6, deputy=False)], DOOR_AT_BOTTOM)
    assert [r.seat.key for r in ranked] == ["t0", "t1", "t5", "t2", "t4", "t3"]
    assert [r.party for r in ranked] == ["host", "", "", "", "", ""]


def test_a_table_without_a_host_ranks_seat_0_first_then_right_before_left() -> None:
    ranked = rank_seats([table(1, 0, 0, seats=6, host=False)], DOOR_AT_BOTTOM)
    assert [r.seat.key for r in ranked] == ["t0", "t1", "t5", "t2", "t4", "t3"]
    assert {r.party for r in ranked} == {""}
    assert ranked[0].role == "guest1"


# §4 Banquet: order of the tables


def test_every_seat_of_the_main_table_ranks_before_any_other_table() -> None:
    tables = [table(1, -400, 0), table(2, 0, 0, main=True, seats=12), table(3, 400, 0)]
    ranked = rank_seats(tables, DOOR_AT_BOTTOM)
    assert [r.group for r in ranked[:12]] == [2] * 12
    assert ranked[12].seat.key == "t0"


def test_each_tables_seats_take_consecutive_ranks() -> None:
    tables = [table(1, -400, 0), table(2, 0, 0), table(3, 400, 0), table(4, 0, 400)]
    ranked = rank_seats(tables, DOOR_AT_BOTTOM)
    groups = [r.group for r in ranked]
    assert groups == sorted(groups, key=groups.index)


def test_the_main_flag_makes_a_table_main_wherever_it_stands() -> None:
    tables = [table(1, 0, 0), table(2, 0, 900, main=True)]
    assert table_order(rank_seats(tables, DOOR_AT_BOTTOM)) == [2, 1]


def test_without_a_main_flag_the_table_farthest_from_the_entrance_is_main() -> None:
    tables = [table(1, 0, 600), table(2, 300, 0), table(3, 0, -100), table(4, -300, 0)]
    assert table_order(rank_seats(tables, DOOR_AT_BOTTOM))[0] == 3


def test_other_tables_rank_by_closeness_to_the_main_table() -> None:
    tables = [table(1, 0, 1000), table(2, 0, 0, main=True), table(3, 0, 300),
              table(4, 0, 650)]
    assert table_order(rank_seats(tables, DOOR_AT_BOTTOM)) == [2, 3, 4, 1]


def banquet_around_main() -> list[Element]:
    """A main table in the middle and four tables at equal distance round it."""
    return [table(1, 0, 0, main=True), table(2, -300, 0), table(3, 300, 0),
            table(4, 0, -300), table(5, 0, 300)]


# The main host faces the entrance; his right hand, seen on the plan with y downward, is:
# entrance at the bottom → -x; on the left → -y; at the top → +x; on the right → +y.
SIDES = [
    pytest.param((0.0, 1500.0), 2, 3, id="entrance-at-the-bottom"),
    pytest.param((-1500.0, 0.0), 4, 5, id="entrance-on-the-left"),
    pytest.param((0.0, -1500.0), 3, 2, id="entrance-at-the-top"),
    pytest.param((1500.0, 0.0), 5, 4, id="entrance-on-the-right"),
]


@pytest.mark.parametrize(("door", "right", "left"), SIDES)
def test_at_equal_distance_the_table_at_the_main_hosts_right_ranks_first(
        door: tuple[float, float], right: int, left: int) -> None:
    ranked = rank_seats(banquet_around_main(), RankSettings(entrance=door))
    order = table_order(ranked)
    assert order[0] == 1
    assert order[1] == right
    assert order.index(right) < order.index(left)


@pytest.mark.parametrize(("door", "right", "left"), SIDES)
def test_the_traditional_setting_ranks_the_table_at_the_main_hosts_left_first(
        door: tuple[float, float], right: int, left: int) -> None:
    chosen = RankSettings(entrance=door, tables_right_first=False)
    order = table_order(rank_seats(banquet_around_main(), chosen))
    assert order[1] == left
    assert order.index(left) < order.index(right)


def test_at_equal_distance_and_side_the_table_farther_from_the_door_ranks_first() -> None:
    # Table 3 beside the main table and table 4 straight toward the door are equally close and
    # neither is on the host's right; table 3 is farther from the door.
    tables = [table(1, 0, 0, main=True), table(2, -300, 0), table(3, 300, 0),
              table(4, 0, 300)]
    assert table_order(rank_seats(tables, DOOR_AT_BOTTOM)) == [1, 2, 3, 4]


def test_tables_a_few_centimetres_apart_in_distance_still_count_as_equally_close() -> None:
    # Placed by hand: the right-hand table 286 cm from the main table, the left one 284 cm.
    tables = [table(1, 0, 0, main=True), table(2, 284, 0), table(3, -286, 0)]
    assert table_order(rank_seats(tables, DOOR_AT_BOTTOM)) == [1, 3, 2]


def test_a_table_a_few_centimetres_off_the_hosts_line_of_sight_is_on_neither_side() -> None:
    # Straight toward the door but placed by hand 5 cm to the host's right.
    tables = [table(1, 0, 0, main=True), table(2, -300, 0), table(3, 300, 0),
              table(4, -5, 300)]
    assert table_order(rank_seats(tables, DOOR_AT_BOTTOM)) == [1, 2, 3, 4]


def test_a_table_clearly_closer_ranks_first_whichever_side_it_is_on() -> None:
    tables = [table(1, 0, 0, main=True), table(2, 250, 0), table(3, -400, 0)]
    assert table_order(rank_seats(tables, DOOR_AT_BOTTOM)) == [1, 2, 3]


def test_table_numbers_follow_the_table_order() -> None:
    tables = [table(1, 0, 600), table(2, 300, 0), table(3, 0, 0, main=True),
              table(4, -300, 0)]
    ranked = rank_seats(tables, DOOR_AT_BOTTOM)
    numbers = {r.group: r.table_number for r in ranked}
    assert numbers == {3: 1, 4: 2, 2: 3, 1: 4}
    assert all(r.table_number == numbers[r.group] for r in ranked)


def test_a_tables_own_number_is_kept_and_given_to_no_other_table() -> None:
    tables = [table(1, 0, 0, main=True), table(2, -300, 0), table(3, 300, 0, number=2)]
    numbers = {r.group: r.table_number for r in rank_seats(tables, DOOR_AT_BOTTOM)}
    assert numbers == {1: 1, 2: 3, 3: 2}


def test_the_main_tables_party_is_the_host_party_only_at_the_host_and_deputy_seats() -> None:
    ranked = rank_seats([table(1, 0, 0, main=True), table(2, 300, 300)], DOOR_AT_BOTTOM)
    host_party = {(r.group, r.seat.key) for r in ranked if r.party == "host"}
    assert host_party == {(1, "t0"), (1, "t5"), (2, "t0"), (2, "t5")}


def test_tables_rank_after_the_stage_and_before_the_hall_blocks() -> None:
    scene = [element(1, ElementKind.BLOCK, y=900, rows=1, columns=2), table(2, 0, 300),
             element(3, ElementKind.ROSTRUM, y=-300, rows=[3])]
    ranked = rank_seats(scene, DOOR_AT_BOTTOM)
    assert [r.group for r in ranked] == [3] * 3 + [2] * 10 + [1] * 2


# §5 Meetings (会见)


def test_meeting_ranks_the_chief_guest_first_and_the_host_second() -> None:
    ranked = rank_seats([element(1, ElementKind.MEETING)], DOMESTIC)
    first, second = ranked[0], ranked[1]
    assert (first.seat.key, first.role, first.party) == ("g1", "guest", "guest")
    assert (second.seat.key, second.role, second.party) == ("h1", "host", "host")


def test_meeting_members_follow_the_principals_each_on_their_partys_side() -> None:
    ranked = rank_seats([element(1, ElementKind.MEETING, host_seats=3, guest_seats=3)],
                        DOMESTIC)
    assert [r.seat.key for r in ranked] == ["g1", "h1", "g2", "h2", "g3", "h3"]
    for r in ranked:
        assert r.party == ("guest" if r.seat.x < 0 else "host")


def test_a_meeting_room_placed_anywhere_ranks_the_same_way() -> None:
    here = rank_seats([element(1, ElementKind.MEETING)], DOMESTIC)
    there = rank_seats([element(1, ElementKind.MEETING, x=800, y=-400)], DOMESTIC)
    assert [r.seat.key for r in here] == [r.seat.key for r in there]


# §5 Signing ceremonies (签字仪式)


def test_signing_ranks_the_guest_signatory_first_then_the_host_signatory() -> None:
    ranked = rank_seats([element(1, ElementKind.SIGNING)], DOMESTIC)
    assert [(r.seat.key, r.party) for r in ranked[:2]] == [("p1g", "guest"), ("p1h", "host")]


def test_signing_pairs_rank_in_their_order_before_the_standing_officials() -> None:
    ranked = rank_seats([element(1, ElementKind.SIGNING, pairs=3, pairs_per_row=3)], DOMESTIC)
    assert [r.seat.key for r in ranked[:6]] == ["p1g", "p1h", "p2g", "p2h", "p3g", "p3h"]
    assert all(r.seat.standing for r in ranked[6:])


def test_standing_officials_rank_centre_out_guest_before_host_at_equal_distance() -> None:
    # Away from the middle of the room, so that "centre" means the signing table's own.
    signing = element(1, ElementKind.SIGNING, x=700, y=200, standing_rows=2,
                      standing_per_row=4)
    ranked = rank_seats([signing], DOMESTIC)
    officials = [r.seat.key for r in ranked if r.seat.standing]
    assert officials == ["b1s2", "b1s3", "b1s1", "b1s4", "b2s2", "b2s3", "b2s1", "b2s4"]


def test_standing_officials_belong_to_the_party_whose_signatory_they_stand_behind() -> None:
    ranked = rank_seats([element(1, ElementKind.SIGNING, standing_per_row=6)], DOMESTIC)
    for r in ranked:
        if r.seat.standing:
            assert r.party == ("guest" if r.seat.x < 0 else "host")
            assert r.role == f"{r.party}_official"


# Several elements in one scene


def test_each_element_of_the_stage_takes_its_ranks_as_a_whole() -> None:
    scene = [element(1, ElementKind.SIGNING, y=-100, pairs=2),
             element(2, ElementKind.ROSTRUM, y=-300, rows=[5])]
    ranked = rank_seats(scene, DOMESTIC)
    groups = [r.group for r in ranked]
    assert groups == [2] * 5 + [1] * (4 + 16)


def test_furniture_has_no_seats_to_rank() -> None:
    scene = [element(1, ElementKind.FURNITURE), element(2, ElementKind.ROSTRUM, rows=[3])]
    assert {r.group for r in rank_seats(scene, DOMESTIC)} == {2}


def test_an_empty_scene_has_no_seats() -> None:
    assert rank_seats([], DOMESTIC) == []


# Every seat once, ranks 1..N, whatever the layout


coordinates = st.integers(min_value=-3000, max_value=3000).map(float)
row_lists = st.lists(st.integers(min_value=1, max_value=12), min_size=1, max_size=3)


@st.composite
def blocks(draw: st.DrawFn) -> dict[str, Any]:
    columns = draw(st.integers(min_value=1, max_value=12))
    aisles = draw(st.lists(st.integers(min_value=1, max_value=max(columns - 1, 1)),
                           unique=True, max_size=3)) if columns > 1 else []
    return {"kind": ElementKind.BLOCK, "rows": draw(st.integers(min_value=1, max_value=6)),
            "columns": columns, "aisles": aisles,
            "fill": draw(st.sampled_from(["rows", "columns", "centre_out"])),
            "first_row": draw(st.integers(min_value=1, max_value=20)),
            "rotation": draw(st.sampled_from([0.0, 0.0, 90.0, 15.0]))}


@st.composite
def banquet_tables(draw: st.DrawFn) -> dict[str, Any]:
    shape = draw(st.sampled_from(["round", "rect", "long", "u"]))
    least = 3 if shape == "u" else 1
    return {"kind": ElementKind.TABLE, "shape": shape,
            "seats": draw(st.integers(min_value=least, max_value=16)),
            "main": draw(st.booleans()), "host": draw(st.booleans()),
            "deputy": draw(st.booleans()),
            "rotation": draw(st.sampled_from([0.0, 90.0, 180.0, 33.0]))}


stage_elements = st.one_of(
    st.fixed_dictionaries({"kind": st.just(ElementKind.ROSTRUM), "rows": row_lists}),
    st.fixed_dictionaries({"kind": st.just(ElementKind.PHOTO), "rows": row_lists}),
    st.fixed_dictionaries({"kind": st.just(ElementKind.MEETING),
                           "host_seats": st.integers(min_value=1, max_value=6),
                           "guest_seats": st.integers(min_value=1, max_value=6)}),
    st.fixed_dictionaries({"kind": st.just(ElementKind.SIGNING),
                           "pairs": st.integers(min_value=1, max_value=5),
                           "pairs_per_row": st.integers(min_value=1, max_value=3),
                           "standing_rows": st.integers(min_value=0, max_value=2),
                           "standing_per_row": st.integers(min_value=0, max_value=9)}),
)


@st.composite
def scenes(draw: st.DrawFn) -> list[Element]:
    kinds = st.one_of(blocks(), banquet_tables(), stage_elements)
    specs = draw(st.lists(kinds, min_size=1, max_size=8))
    placed = []
    for element_id, spec in enumerate(specs, start=1):
        params = dict(spec)
        kind = params.pop("kind")
        rotation = params.pop("rotation", 0.0)
        placed.append(element(element_id, kind, x=draw(coordinates), y=draw(coordinates),
                              rotation=rotation, **params))
    return placed


rank_settings = st.builds(RankSettings, convention=st.sampled_from(list(Convention)),
                          even_centre_left=st.booleans(), tables_right_first=st.booleans(),
                          entrance=st.tuples(coordinates, coordinates))


@settings(deadline=None)
@given(scene=scenes(), chosen=rank_settings)
def test_every_seat_of_every_element_is_ranked_once_and_ranks_run_1_to_n(
        scene: list[Element], chosen: RankSettings) -> None:
    ranked = rank_seats(scene, chosen)
    expected = Counter(
        (s.element_id, s.key) for e in scene
        for s in element_seats(e.id, e.kind, e.params, x=e.x, y=e.y, rotation=e.rotation))
    assert Counter((r.seat.element_id, r.seat.key) for r in ranked) == expected
    assert max(expected.values(), default=1) == 1
    assert [r.rank for r in ranked] == list(range(1, len(ranked) + 1))
    assert all(r.group == r.seat.element_id for r in ranked)


@settings(deadline=None)
@given(scene=scenes(), chosen=rank_settings)
def test_the_main_table_ranks_first_and_each_table_takes_consecutive_ranks(
        scene: list[Element], chosen: RankSettings) -> None:
    ranked = [r for r in rank_seats(scene, chosen) if r.table_number is not None]
    groups = [r.group for r in ranked]
    assert groups == sorted(groups, key=groups.index)
    tables = [e for e in scene if e.kind == ElementKind.TABLE]
    if tables:
        flagged = [e.id for e in tables if e.params["main"]]
        if flagged:
            assert groups[0] in flagged
        else:
            farthest = max(math.dist((e.x, e.y), chosen.entrance) for e in tables)
            main = next(e for e in tables if e.id == groups[0])
            assert math.dist((main.x, main.y), chosen.entrance) == farthest
        numbers = {r.group: r.table_number for r in ranked}
        assert sorted(numbers.values()) == list(range(1, len(tables) + 1))


@settings(deadline=None)
@given(rows=row_lists, chosen=rank_settings, x=coordinates, y=coordinates)
def test_any_rostrum_is_ranked_by_the_protocol_rostrum_order(
        rows: list[int], chosen: RankSettings, x: float, y: float) -> None:
    ranked = rank_seats([element(1, ElementKind.ROSTRUM, x=x, y=y, rows=rows)], chosen)
    expected = rostrum_order(rows, chosen.convention, even_centre_left=chosen.even_centre_left)
    assert [row_ranks(ranked, 1, row) for row in range(1, len(rows) + 1)] == expected

"""Scene layouts: the seats each kind of element has, where they are, and refused parameters."""

from __future__ import annotations

import itertools
import math
from typing import Any

import pytest

from models.lang import set_language
from models.layout import (
    DEFAULTS,
    ElementKind,
    LayoutError,
    Seat,
    element_seats,
    with_defaults,
)


def seats(kind: str, *, x: float = 0.0, y: float = 0.0, rotation: float = 0.0,
          **params: Any) -> dict[str, Seat]:
    """The element's seats by key."""
    placed = element_seats(1, kind, params, x=x, y=y, rotation=rotation)
    return {seat.key: seat for seat in placed}


def row_of(placed: dict[str, Seat], row: int) -> list[Seat]:
    return sorted((s for s in placed.values() if s.row == row), key=lambda s: s.number)


# Seat counts and defaults


@pytest.mark.parametrize(
    ("kind", "params", "count"),
    [
        (ElementKind.ROSTRUM, {"rows": [7, 9]}, 16),
        (ElementKind.PHOTO, {"rows": [9, 11, 13]}, 33),
        (ElementKind.BLOCK, {"rows": 5, "columns": 10, "aisles": [4]}, 50),
        (ElementKind.TABLE, {"shape": "round", "seats": 12}, 12),
        (ElementKind.TABLE, {"shape": "rect", "seats": 8}, 8),
        (ElementKind.TABLE, {"shape": "long", "seats": 14}, 14),
        (ElementKind.TABLE, {"shape": "u", "seats": 11}, 11),
        (ElementKind.MEETING, {"host_seats": 4, "guest_seats": 3}, 7),
        (ElementKind.SIGNING, {"pairs": 3, "standing_rows": 2, "standing_per_row": 8}, 22),
        (ElementKind.FURNITURE, {"type": "stage"}, 0),
    ],
)
def test_each_kind_has_the_seats_its_parameters_describe(kind: str, params: dict[str, Any],
                                                         count: int) -> None:
    placed = element_seats(1, kind, params)
    assert len(placed) == count
    assert len({seat.key for seat in placed}) == count


@pytest.mark.parametrize(
    ("kind", "count"),
    [(ElementKind.ROSTRUM, 7), (ElementKind.BLOCK, 50), (ElementKind.TABLE, 10),
     (ElementKind.MEETING, 8), (ElementKind.SIGNING, 2 + 2 * 8), (ElementKind.PHOTO, 33)],
)
def test_an_element_without_parameters_has_its_usual_size(kind: str, count: int) -> None:
    assert len(element_seats(1, kind, {})) == count


def test_with_defaults_fills_in_missing_parameters_and_keeps_the_given_ones() -> None:
    params = with_defaults(ElementKind.TABLE, {"seats": 12, "main": True})
    assert params["seats"] == 12
    assert params["main"] is True
    assert params["shape"] == "round"
    assert params["host"] is True
    assert params["deputy"] is True
    assert set(params) == set(DEFAULTS[ElementKind.TABLE])


def test_changing_one_elements_parameters_leaves_the_defaults_of_the_next_alone() -> None:
    block = with_defaults(ElementKind.BLOCK, {"columns": 10})
    block["aisles"].append(5)
    rostrum = with_defaults(ElementKind.ROSTRUM, {})
    rostrum["rows"].append(9)
    assert with_defaults(ElementKind.BLOCK, {})["aisles"] == []
    assert with_defaults(ElementKind.ROSTRUM, {})["rows"] == [7]


def test_every_seat_carries_its_element_id() -> None:
    assert {s.element_id for s in element_seats(42, ElementKind.BLOCK, {})} == {42}


# Hall blocks


def test_a_block_numbers_its_rows_front_to_back_and_its_seats_left_to_right() -> None:
    placed = seats(ElementKind.BLOCK, rows=3, columns=4)
    assert placed["r1s1"].row == 1
    assert placed["r1s1"].number == 1
    front, back = row_of(placed, 1), row_of(placed, 3)
    # Row 1 is nearest the stage, which is toward smaller y.
    assert front[0].y < back[0].y
    assert [s.x for s in front] == sorted(s.x for s in front)


def test_block_columns_at_the_ends_and_on_both_sides_of_an_aisle_are_aisle_seats() -> None:
    placed = seats(ElementKind.BLOCK, rows=2, columns=8, aisles=[3, 6])
    for row in (1, 2):
        aisle = [s.number for s in row_of(placed, row) if s.aisle]
        assert aisle == [1, 3, 4, 6, 7, 8]


def test_a_block_without_aisles_has_aisle_seats_only_at_its_ends() -> None:
    placed = seats(ElementKind.BLOCK, rows=1, columns=5)
    assert [s.number for s in row_of(placed, 1) if s.aisle] == [1, 5]


def test_seats_across_an_aisle_are_an_aisle_width_apart_and_others_a_seat_pitch() -> None:
    placed = seats(ElementKind.BLOCK, rows=1, columns=6, aisles=[2], seat_pitch=55,
                   aisle_width=130)
    xs = [s.x for s in row_of(placed, 1)]
    gaps = [round(b - a, 1) for a, b in itertools.pairwise(xs)]
    assert gaps == [55, 130, 55, 55, 55]


def test_a_block_with_aisles_is_still_centred_on_its_position() -> None:
    placed = seats(ElementKind.BLOCK, x=300, y=500, rows=4, columns=9, aisles=[2, 5])
    xs = [s.x for s in placed.values()]
    ys = [s.y for s in placed.values()]
    assert min(xs) + max(xs) == pytest.approx(600)
    assert min(ys) + max(ys) == pytest.approx(1000)


def test_rows_are_a_row_pitch_apart() -> None:
    placed = seats(ElementKind.BLOCK, rows=3, columns=2, row_pitch=95)
    assert placed["r2s1"].y - placed["r1s1"].y == pytest.approx(95)


def test_first_row_numbers_the_rows_of_a_block_from_it_and_keeps_the_keys() -> None:
    placed = seats(ElementKind.BLOCK, rows=2, columns=3, first_row=8)
    assert placed["r1s1"].row == 8
    assert placed["r2s3"].row == 9
    assert {s.row for s in placed.values()} == {8, 9}


def test_block_seats_are_step_free_unless_the_block_says_otherwise() -> None:
    assert all(s.step_free for s in seats(ElementKind.BLOCK).values())
    assert not any(s.step_free for s in seats(ElementKind.BLOCK, step_free=False).values())


# Rostrum and group photo


def test_rostrum_row_1_is_the_front_row_nearest_the_audience() -> None:
    placed = seats(ElementKind.ROSTRUM, rows=[5, 7, 9])
    front, middle, back = (row_of(placed, row)[0].y for row in (1, 2, 3))
    # The audience is toward larger y.
    assert front > middle > back


def test_rostrum_seats_are_numbered_left_to_right_as_the_audience_sees_them() -> None:
    row = row_of(seats(ElementKind.ROSTRUM, rows=[7], seat_pitch=80), 1)
    assert [s.key for s in row] == [f"r1s{n}" for n in range(1, 8)]
    assert [s.x for s in row] == [-240, -160, -80, 0, 80, 160, 240]


def test_rostrum_rows_of_different_lengths_are_centred_on_one_axis() -> None:
    placed = seats(ElementKind.ROSTRUM, x=100, rows=[7, 8])
    for row in (1, 2):
        xs = [s.x for s in row_of(placed, row)]
        assert (min(xs) + max(xs)) / 2 == pytest.approx(100)


def test_rostrum_row_ends_are_aisle_seats() -> None:
    row = row_of(seats(ElementKind.ROSTRUM, rows=[5]), 1)
    assert [s.aisle for s in row] == [True, False, False, False, True]


def test_a_rostrum_is_on_a_stage_and_not_step_free_by_default() -> None:
    assert not any(s.step_free for s in seats(ElementKind.ROSTRUM).values())


def test_photo_row_1_is_the_front_row_nearest_the_camera() -> None:
    placed = seats(ElementKind.PHOTO, rows=[3, 5])
    assert row_of(placed, 1)[0].y > row_of(placed, 2)[0].y


def test_photo_front_row_is_seated_and_the_rows_behind_stand_on_risers() -> None:
    placed = seats(ElementKind.PHOTO, rows=[3, 5, 7])
    for seat in placed.values():
        assert seat.standing is (seat.row > 1)
        assert seat.step_free is (seat.row == 1)


# Placing and turning an element


def test_an_element_moved_moves_all_its_seats_by_the_same_amount() -> None:
    home = seats(ElementKind.BLOCK, rows=3, columns=4)
    moved = seats(ElementKind.BLOCK, x=250, y=-120, rows=3, columns=4)
    for key, seat in home.items():
        assert (moved[key].x, moved[key].y) == pytest.approx((seat.x + 250, seat.y - 120))


def test_rotating_a_table_90_degrees_turns_seat_0_from_the_top_to_the_right() -> None:
    radius = 180 / 2 + 35
    upright = seats(ElementKind.TABLE, x=500, y=400, seats=10, size=180)
    turned = seats(ElementKind.TABLE, x=500, y=400, rotation=90, seats=10, size=180)
    assert (upright["t0"].x, upright["t0"].y) == pytest.approx((500, 400 - radius))
    # Clockwise on screen: the top of the table comes round to the right.
    assert (turned["t0"].x, turned["t0"].y) == pytest.approx((500 + radius, 400))


def test_rotating_a_block_90_degrees_clockwise_turns_its_front_row_to_the_right() -> None:
    turned = seats(ElementKind.BLOCK, rotation=90, rows=3, columns=4)
    # Unturned, row 1 is at the top (smallest y); clockwise that side comes to the right.
    assert row_of(turned, 1)[0].x > row_of(turned, 3)[0].x
    # Column 1, on the left unturned, comes to the top.
    assert turned["r1s1"].y < turned["r1s4"].y


def test_rotating_an_element_keeps_the_distances_between_its_seats() -> None:
    upright = seats(ElementKind.TABLE, shape="long", seats=10)
    turned = seats(ElementKind.TABLE, shape="long", seats=10, rotation=37)
    for a in upright:
        for b in upright:
            before = math.dist((upright[a].x, upright[a].y), (upright[b].x, upright[b].y))
            after = math.dist((turned[a].x, turned[a].y), (turned[b].x, turned[b].y))
            assert after == pytest.approx(before, abs=0.2)


def test_a_full_turn_puts_every_seat_back() -> None:
    upright = seats(ElementKind.MEETING, x=10, y=20)
    turned = seats(ElementKind.MEETING, x=10, y=20, rotation=360)
    for key, seat in upright.items():
        assert (turned[key].x, turned[key].y) == pytest.approx((seat.x, seat.y))


# Round tables


def test_round_table_seat_0_sits_at_the_far_side_facing_the_entrance() -> None:
    placed = seats(ElementKind.TABLE, seats=10)
    zero = placed["t0"]
    assert zero.x == pytest.approx(0)
    # The entrance is toward larger y; seat 0 is the farthest seat from it.
    assert zero.y == min(s.y for s in placed.values())


def test_round_table_seat_1_is_at_the_hosts_right_hand_which_is_screen_left() -> None:
    placed = seats(ElementKind.TABLE, seats=10)
    # Seat 0 faces +y, so his right hand is toward -x.
    assert placed["t1"].x < 0
    assert placed["t9"].x > 0
    assert placed["t1"].y == pytest.approx(placed["t9"].y)


def test_round_table_numbers_rise_counter_clockwise_seen_from_above() -> None:
    placed = seats(ElementKind.TABLE, seats=10)
    # Seen on screen (y downward), counter-clockwise goes from the top down the left side.
    angles = [math.atan2(-placed[f"t{i}"].y, placed[f"t{i}"].x) for i in range(10)]
    turns = [(b - a) % (2 * math.pi) for a, b in itertools.pairwise(angles)]
    assert turns == pytest.approx([2 * math.pi / 10] * 9, abs=1e-3)


def test_round_table_of_ten_seats_seat_5_directly_opposite_seat_0() -> None:
    placed = seats(ElementKind.TABLE, seats=10)
    assert placed["t5"].x == pytest.approx(0)
    assert placed["t5"].y == pytest.approx(-placed["t0"].y)
    assert all(placed[f"t{i}"].x < 0 for i in range(1, 5))
    assert all(placed[f"t{i}"].x > 0 for i in range(6, 10))


def test_round_table_seats_are_all_at_one_distance_from_its_centre() -> None:
    placed = seats(ElementKind.TABLE, x=50, y=60, seats=12, size=240)
    for seat in placed.values():
        assert math.dist((seat.x, seat.y), (50, 60)) == pytest.approx(240 / 2 + 35, abs=0.1)


def test_table_seats_are_keyed_from_t0_and_numbered_from_1() -> None:
    placed = element_seats(1, ElementKind.TABLE, {"seats": 6})
    assert [s.key for s in placed] == ["t0", "t1", "t2", "t3", "t4", "t5"]
    assert [s.number for s in placed] == [1, 2, 3, 4, 5, 6]
    assert all(s.aisle for s in placed)


# Rectangular, long and U tables


def test_rect_table_seat_0_in_the_middle_of_the_far_side_and_seat_1_to_his_right() -> None:
    placed = seats(ElementKind.TABLE, shape="rect", seats=12)
    assert placed["t0"].x == pytest.approx(0)
    assert placed["t0"].y == min(s.y for s in placed.values())
    assert placed["t1"].x < 0
    assert placed["t11"].x > 0


def test_long_table_seats_both_long_sides_and_no_one_at_the_ends() -> None:
    placed = seats(ElementKind.TABLE, shape="long", seats=11)
    far = [s for s in placed.values() if s.y < 0]
    near = [s for s in placed.values() if s.y > 0]
    assert len(far) == 6
    assert len(near) == 5
    assert len({s.y for s in far}) == 1
    assert len({s.y for s in near}) == 1
    # No one at an end: both sides span the same stretch of table, centred on it.
    assert max(abs(s.x) for s in near) <= max(abs(s.x) for s in far)


def test_long_table_seat_0_sits_in_the_middle_of_the_far_side() -> None:
    placed = seats(ElementKind.TABLE, shape="long", seats=10)
    assert placed["t0"].x == pytest.approx(0)
    assert placed["t0"].y < 0
    # The deputy's seat, half-way round, faces him across the table.
    assert placed["t5"].x == pytest.approx(0)
    assert placed["t5"].y > 0


def test_long_table_with_an_even_far_side_puts_seat_0_in_one_of_the_two_middle_chairs() -> None:
    placed = seats(ElementKind.TABLE, shape="long", seats=8)
    far = sorted((s for s in placed.values() if s.y < 0), key=lambda s: abs(s.x))
    assert placed["t0"] in far[:2]


def test_long_table_seat_1_is_beside_the_host_on_his_right() -> None:
    placed = seats(ElementKind.TABLE, shape="long", seats=10)
    assert placed["t1"].y == placed["t0"].y
    assert placed["t1"].x < placed["t0"].x
    assert placed["t9"].y == placed["t0"].y
    assert placed["t9"].x > placed["t0"].x


def test_u_table_puts_the_host_in_the_middle_of_its_base_and_opens_toward_the_entrance() -> None:
    placed = seats(ElementKind.TABLE, shape="u", seats=12)
    base_y = placed["t0"].y
    base = [s for s in placed.values() if s.y == base_y]
    arms = [s for s in placed.values() if s.y != base_y]
    assert placed["t0"].x == pytest.approx(sum(s.x for s in base) / len(base), abs=60)
    # The arms run from the base toward the entrance (+y), one on each side of the base.
    assert all(s.y > base_y for s in arms)
    assert {s.x > 0 for s in arms} == {True, False}
    assert all(abs(s.x) > max(abs(b.x) for b in base) for s in arms)
    assert placed["t1"].x < placed["t0"].x


def test_the_smallest_u_table_has_a_base_seat_and_one_on_each_arm() -> None:
    placed = seats(ElementKind.TABLE, shape="u", seats=3)
    assert placed["t0"].x == pytest.approx(0)
    assert placed["t1"].x < 0 < placed["t2"].x


# Meeting room (会见)


def test_meeting_puts_the_chief_guest_at_the_hosts_right_hand_which_is_screen_left() -> None:
    placed = seats(ElementKind.MEETING, host_seats=3, guest_seats=3)
    host, guest = placed["h1"], placed["g1"]
    assert (host.role, guest.role) == ("host", "guest")
    # Both face the entrance (+y); the host's right hand is toward -x (客右主左).
    assert guest.y == host.y
    assert guest.x < host.x


def test_meeting_members_continue_outward_on_their_principals_side() -> None:
    placed = seats(ElementKind.MEETING, host_seats=4, guest_seats=4)
    for prefix, role in (("g", "guest_member"), ("h", "host_member")):
        principal = placed[f"{prefix}1"]
        members = [placed[f"{prefix}{n}"] for n in (2, 3, 4)]
        assert all(m.role == role for m in members)
        assert all(abs(m.x) > abs(principal.x) for m in members)
        assert all((m.x < 0) == (principal.x < 0) for m in members)
        # Further down the side of the room, toward the door, in their order.
        assert [m.y for m in members] == sorted(m.y for m in members)
        assert members[0].y > principal.y


def test_meeting_sides_may_differ_in_size() -> None:
    placed = seats(ElementKind.MEETING, host_seats=2, guest_seats=5)
    assert sorted(placed) == ["g1", "g2", "g3", "g4", "g5", "h1", "h2"]


# Signing ceremony (签字仪式)


def test_signing_puts_the_guest_signatory_on_his_own_right_the_audiences_left() -> None:
    placed = seats(ElementKind.SIGNING)
    guest, host = placed["p1g"], placed["p1h"]
    assert (guest.role, host.role) == ("guest_signatory", "host_signatory")
    assert guest.x < host.x
    assert guest.y == host.y
    assert not guest.standing


def test_signing_officials_stand_behind_the_signatories_in_rows() -> None:
    placed = seats(ElementKind.SIGNING, standing_rows=2, standing_per_row=6)
    signatory_y = placed["p1g"].y
    first = [s for k, s in placed.items() if k.startswith("b1")]
    second = [s for k, s in placed.items() if k.startswith("b2")]
    assert len(first) == len(second) == 6
    assert all(s.standing for s in first + second)
    # Behind is away from the audience: smaller y; further rows further behind.
    assert all(s.y < signatory_y for s in first)
    assert max(s.y for s in second) < min(s.y for s in first)


def test_each_partys_officials_stand_behind_their_own_signatory() -> None:
    placed = seats(ElementKind.SIGNING, standing_rows=1, standing_per_row=8)
    officials = [s for s in placed.values() if s.standing]
    middle = (placed["p1g"].x + placed["p1h"].x) / 2
    assert all((s.role == "guest_official") == (s.x < middle) for s in officials)
    guests = [s for s in officials if s.role == "guest_official"]
    hosts = [s for s in officials if s.role == "host_official"]
    assert len(guests) == len(hosts) == 4
    assert max(s.x for s in guests) < min(s.x for s in hosts)


def test_signing_standing_rows_are_numbered_from_1_behind_the_tables() -> None:
    placed = seats(ElementKind.SIGNING, pairs=4, pairs_per_row=2, standing_rows=2)
    assert placed["b1s1"].row == 1
    assert placed["b2s1"].row == 2
    assert placed["p3g"].row == 2


def test_several_pairs_in_a_row_each_seat_the_guest_on_the_audiences_left() -> None:
    placed = seats(ElementKind.SIGNING, pairs=3, pairs_per_row=3)
    for pair in (1, 2, 3):
        assert placed[f"p{pair}g"].x < placed[f"p{pair}h"].x
    assert placed["p1h"].x < placed["p2g"].x
    assert placed["p2h"].x < placed["p3g"].x


def test_signing_without_standing_officials_has_only_the_signatories() -> None:
    placed = seats(ElementKind.SIGNING, pairs=2, standing_rows=0)
    assert sorted(placed) == ["p1g", "p1h", "p2g", "p2h"]


# Refused parameters


@pytest.mark.parametrize(
    ("kind", "params", "named"),
    [
        (ElementKind.ROSTRUM, {"rows": [0]}, "rows"),
        (ElementKind.ROSTRUM, {"rows": []}, "rows"),
        (ElementKind.ROSTRUM, {"rows": 7}, "rows"),
        (ElementKind.ROSTRUM, {"seat_pitch": 0}, "seat_pitch"),
        (ElementKind.PHOTO, {"rows": [9, -1]}, "rows"),
        (ElementKind.PHOTO, {"row_pitch": -70}, "row_pitch"),
        (ElementKind.BLOCK, {"rows": 0}, "rows"),
        (ElementKind.BLOCK, {"rows": True}, "rows"),
        (ElementKind.BLOCK, {"columns": 2.5}, "columns"),
        (ElementKind.BLOCK, {"columns": 10, "aisles": [10]}, "aisles"),
        (ElementKind.BLOCK, {"columns": 10, "aisles": [0]}, "aisles"),
        (ElementKind.BLOCK, {"columns": 10, "aisles": [4, 4]}, "aisles"),
        (ElementKind.BLOCK, {"aisles": 4}, "aisles"),
        (ElementKind.BLOCK, {"first_row": 0}, "first_row"),
        (ElementKind.BLOCK, {"fill": "diagonal"}, "fill"),
        (ElementKind.BLOCK, {"reserve": "vip"}, "reserve"),
        (ElementKind.BLOCK, {"seat_pitch": -55}, "seat_pitch"),
        (ElementKind.BLOCK, {"aisle_width": "wide"}, "aisle_width"),
        (ElementKind.TABLE, {"seats": 0}, "seats"),
        (ElementKind.TABLE, {"shape": "oval"}, "shape"),
        (ElementKind.TABLE, {"shape": "u", "seats": 2}, "seats"),
        (ElementKind.TABLE, {"number": -3}, "number"),
        (ElementKind.TABLE, {"size": 0}, "size"),
        (ElementKind.MEETING, {"host_seats": 0}, "host_seats"),
        (ElementKind.MEETING, {"guest_seats": "4"}, "guest_seats"),
        (ElementKind.SIGNING, {"pairs": 0}, "pairs"),
        (ElementKind.SIGNING, {"pairs_per_row": 0}, "pairs_per_row"),
        (ElementKind.SIGNING, {"standing_rows": -1}, "standing_rows"),
        (ElementKind.FURNITURE, {"type": "window"}, "type"),
        (ElementKind.FURNITURE, {"width": 0}, "width"),
    ],
)
def test_parameters_that_describe_no_element_are_refused_naming_the_parameter(
        kind: str, params: dict[str, Any], named: str) -> None:
    with pytest.raises(LayoutError, match=named):
        with_defaults(kind, params)
    with pytest.raises(LayoutError, match=named):
        element_seats(1, kind, params)


def test_refusals_name_the_parameter_in_english_too() -> None:
    set_language("en")
    with pytest.raises(LayoutError, match=r"aisles must be distinct column numbers from 1 to 9"):
        with_defaults(ElementKind.BLOCK, {"columns": 10, "aisles": [12]})
    with pytest.raises(LayoutError, match="A U-shaped table needs seats of at least 3"):
        with_defaults(ElementKind.TABLE, {"shape": "u", "seats": 2})


def test_an_unknown_element_kind_is_refused_by_name() -> None:
    with pytest.raises(LayoutError, match="未知的元素类型：balcony"):
        with_defaults("balcony", {})


def test_a_layout_error_is_a_value_error() -> None:
    assert issubclass(LayoutError, ValueError)


@pytest.mark.parametrize("number", [None, 0, 7])
def test_a_table_number_may_be_left_to_the_ranking_or_given(number: int | None) -> None:
    assert with_defaults(ElementKind.TABLE, {"number": number})["number"] == number


def test_a_u_table_of_three_seats_is_accepted() -> None:
    assert len(element_seats(1, ElementKind.TABLE, {"shape": "u", "seats": 3})) == 3

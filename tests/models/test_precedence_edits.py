"""Ordering guests by hand inside a level, and letting a tie-break decide again; both undo."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from models.db import transaction
from models.events import create_event
from models.guests import new_guest
from models.precedence import in_precedence_order
from models.precedence_edits import (
    PrecedenceEditRefused,
    apply_tie_break,
    precedence_levels,
    reorder_in_level,
    restore_rank_orders,
    restore_tie_break,
)
from models.tables import Event, Guest, TieBreak


def an_event(engine: Engine) -> tuple[int, dict[str, int]]:
    """Three guests of level 4 (丁 2 strokes, 王 4, 欧阳 8), one of level 5, one declined,
    one unranked; the event's id and the guests' ids by name."""
    with transaction(engine) as session:
        event_id = create_event(session, "年会").id
        guests = [new_guest(event_id, "王小宁", list_order=1, rank_level=4),
                  new_guest(event_id, "欧阳少东", list_order=2, rank_level=4),
                  new_guest(event_id, "丁小宁", list_order=3, rank_level=4),
                  new_guest(event_id, "李明", list_order=4, rank_level=5),
                  new_guest(event_id, "张谢绝", list_order=5, rank_level=4, rsvp="declined"),
                  new_guest(event_id, "赵无级", list_order=6)]
        session.add_all(guests)
        session.flush()
        return event_id, {guest.name: guest.id for guest in guests}


def order(engine: Engine, event_id: int) -> list[str]:
    with transaction(engine) as session:
        event = session.get(Event, event_id)
        guests = list(session.exec(select(Guest).where(Guest.event_id == event_id,
                                                       Guest.rsvp != "declined")))
        return [guest.name for guest in in_precedence_order(guests, event.tie_break,
                                                            whole_name=event.stroke_whole_name)]


def test_levels_list_expected_guests_senior_first_and_unranked_last(engine: Engine) -> None:
    event_id, _ids = an_event(engine)
    with transaction(engine) as session:
        levels = precedence_levels(session, event_id)
    assert [(level.level, [row.name for row in level.guests]) for level in levels] == [
        (4, ["丁小宁", "王小宁", "欧阳少东"]), (5, ["李明"]), (None, ["赵无级"])]


def test_reordering_a_level_sets_its_order_and_undo_puts_it_back(engine: Engine) -> None:
    event_id, ids = an_event(engine)
    with transaction(engine) as session:
        previous = reorder_in_level(session, event_id, 4,
                                    [ids["欧阳少东"], ids["王小宁"], ids["丁小宁"]])
    assert previous == {ids["欧阳少东"]: None, ids["王小宁"]: None, ids["丁小宁"]: None}
    assert order(engine, event_id) == ["欧阳少东", "王小宁", "丁小宁", "李明", "赵无级"]
    with transaction(engine) as session:
        again = reorder_in_level(session, event_id, 4,
                                 [ids["王小宁"], ids["欧阳少东"], ids["丁小宁"]])
    assert again == {ids["王小宁"]: 2, ids["欧阳少东"]: 1, ids["丁小宁"]: 3}
    with transaction(engine) as session:
        restore_rank_orders(session, again)
    assert order(engine, event_id) == ["欧阳少东", "王小宁", "丁小宁", "李明", "赵无级"]
    with transaction(engine) as session:
        restore_rank_orders(session, previous)
    assert order(engine, event_id) == ["丁小宁", "王小宁", "欧阳少东", "李明", "赵无级"]


@pytest.mark.parametrize(("level", "names", "message"), [
    (4, ["李明", "王小宁"], "李明属于“厅局级正职”，不能排入“省部级副职”"),
    (None, ["王小宁"], "不能排入“未定级别”"),
    (4, ["王小宁", "王小宁"], "同一位嘉宾出现了两次"),
])
def test_guests_of_another_level_are_refused_and_nothing_changes(
        engine: Engine, level: int | None, names: list[str], message: str) -> None:
    event_id, ids = an_event(engine)
    with pytest.raises(PrecedenceEditRefused, match=message), transaction(engine) as session:
        reorder_in_level(session, event_id, level, [ids[name] for name in names])
    assert order(engine, event_id) == ["丁小宁", "王小宁", "欧阳少东", "李明", "赵无级"]


def test_guests_of_another_event_or_gone_are_refused(engine: Engine) -> None:
    event_id, ids = an_event(engine)
    with transaction(engine) as session:
        other = create_event(session, "另一个会").id
    with pytest.raises(PrecedenceEditRefused, match="不是本活动的嘉宾"), \
            transaction(engine) as session:
        reorder_in_level(session, other, 4, [ids["王小宁"]])
    with pytest.raises(PrecedenceEditRefused, match="已被删除"), transaction(engine) as session:
        reorder_in_level(session, event_id, 4, [ids["王小宁"], 999_999])


def test_a_tie_break_clears_every_explicit_order_and_undo_brings_all_back(
        engine: Engine) -> None:
    event_id, ids = an_event(engine)
    with transaction(engine) as session:
        reorder_in_level(session, event_id, 4, [ids["欧阳少东"], ids["丁小宁"], ids["王小宁"]])
        reorder_in_level(session, event_id, None, [ids["赵无级"]])
    with transaction(engine) as session:
        previous = apply_tie_break(session, event_id, TieBreak.PINYIN)
    with transaction(engine) as session:
        assert session.get(Event, event_id).tie_break == "pinyin"
        assert all(guest.rank_order is None for guest in session.exec(select(Guest)))
    # ding, ouyang, wang
    assert order(engine, event_id) == ["丁小宁", "欧阳少东", "王小宁", "李明", "赵无级"]
    with transaction(engine) as session:
        restore_tie_break(session, event_id, previous)
    with transaction(engine) as session:
        assert session.get(Event, event_id).tie_break == "strokes"
        assert session.get(Guest, ids["赵无级"]).rank_order == 1
    assert order(engine, event_id) == ["欧阳少东", "丁小宁", "王小宁", "李明", "赵无级"]


def test_an_unknown_tie_break_is_refused(engine: Engine) -> None:
    event_id, _ids = an_event(engine)
    with pytest.raises(PrecedenceEditRefused, match="未知的同级排序方式"), \
            transaction(engine) as session:
        apply_tie_break(session, event_id, "height")
    with transaction(engine) as session:
        assert session.get(Event, event_id).tie_break == "strokes"

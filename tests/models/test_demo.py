"""The sample event: the conference's shape, generated names that are the same every time."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from models.db import open_database, transaction
from models.demo import DEMO_EVENT_NAME, DemoExists, create_demo
from models.names import pinyin_and_initials
from models.tables import NOT_EXPECTED, CheckIn, Event, Guest, Rsvp
from models.vocab import CATEGORIES, RANK_LEVELS


def _guests(session: Session, event: Event) -> list[Guest]:
    return list(session.exec(select(Guest).where(Guest.event_id == event.id)
                             .order_by(Guest.list_order)).all())


def test_the_demo_is_a_conference_of_about_140_guests_in_every_category(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_demo(session)
        guests = _guests(session, event)
    assert event.name == DEMO_EVENT_NAME
    assert "宴会厅" in event.venue and event.starts_on and event.organiser
    assert 130 <= len(guests) <= 150
    categories = Counter(guest.category for guest in guests)
    assert set(categories) == set(CATEGORIES)
    assert categories["enterprise"] > categories["leader"] > categories["media"]
    central = {guest.organisation for guest in guests
               if guest.organisation.startswith("中国") and guest.category == "enterprise"}
    assert len(central) == 30
    assert [guest.list_order for guest in guests] == list(range(1, len(guests) + 1))


def test_demo_guests_have_what_a_real_list_has(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_demo(session)
        guests = _guests(session, event)
    by_id = {guest.id: guest for guest in guests}
    levels = {level for level, *_ in RANK_LEVELS}
    assert {guest.rank_level for guest in guests} - {None} <= levels
    assert min(guest.rank_level for guest in guests if guest.rank_level) == 3
    assert all(guest.rank_order for guest in guests if guest.rank_level)
    replies = Counter(guest.rsvp for guest in guests)
    assert replies[Rsvp.DECLINED] >= 2 and replies[Rsvp.CANCELLED] >= 2
    assert 5 <= sum(guest.vip for guest in guests) <= 15
    companions = [guest for guest in guests if guest.companion_of_id]
    assert len(companions) >= 5
    assert all(by_id[guest.companion_of_id].organisation == guest.organisation
               for guest in companions)
    assert any("清真" in guest.dietary for guest in guests)
    assert any(guest.accessibility for guest in guests)
    assert any(guest.custom.get("签约项目") for guest in guests)
    assert {guest.gender for guest in guests} == {"male", "female"}


def test_demo_names_are_varied_and_get_pinyin_initials_and_a_token(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_demo(session)
        guests = _guests(session, event)
    names = [guest.name for guest in guests]
    assert len(set(names)) == len(names)
    assert any(len(name) == 2 for name in names)
    assert any(name.startswith("欧阳") for name in names)
    assert any("·" in name for name in names)
    for guest in guests:
        assert (guest.pinyin, guest.initials) == pinyin_and_initials(guest.name)
        assert len(guest.token) == 22
    compound = next(guest for guest in guests if guest.name.startswith("欧阳"))
    assert compound.pinyin.startswith("ou yang ")


def test_the_demo_is_the_same_every_time(tmp_path_factory: pytest.TempPathFactory) -> None:
    lists = []
    for run in ("first", "second"):
        engine = open_database(tmp_path_factory.mktemp(run) / "zuoci.db")
        with transaction(engine) as session:
            event = create_demo(session)
            guests = _guests(session, event)
            lists.append([(guest.name, guest.organisation, guest.title, guest.rsvp,
                           guest.companion_of_id, guest.phone) for guest in guests])
        engine.dispose()
    assert lists[0] == lists[1]


def test_a_second_demo_is_refused_and_changes_nothing(engine: Engine) -> None:
    with transaction(engine) as session:
        create_demo(session)
    with pytest.raises(DemoExists, match=DEMO_EVENT_NAME), transaction(engine) as session:
        create_demo(session)
    with transaction(engine) as session:
        assert len(session.exec(select(Event)).all()) == 1


def test_replacing_the_demo_starts_it_afresh(engine: Engine) -> None:
    with transaction(engine) as session:
        first = create_demo(session)
        guest = _guests(session, first)[0]
        session.add(CheckIn(event_id=first.id, guest_id=guest.id))
    with transaction(engine) as session:
        second = create_demo(session, replace=True)
        count = len(_guests(session, second))
        assert session.exec(select(CheckIn)).all() == []
        assert len(session.exec(select(Guest)).all()) == count
    assert second.uid != first.uid


def test_expected_guests_of_the_demo_exclude_the_declined_and_cancelled(engine: Engine) -> None:
    with transaction(engine) as session:
        guests = _guests(session, create_demo(session, name="另一个示例"))
    assert 0 < sum(guest.rsvp in NOT_EXPECTED for guest in guests) < 10

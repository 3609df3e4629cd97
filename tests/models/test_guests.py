"""Guests: derived fields on creation and the sign-in code that can be regenerated."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlmodel import select

from models.db import transaction
from models.events import create_event
from models.guests import new_guest, regenerate_token, update_guest
from models.tables import Guest


def test_a_new_guest_has_pinyin_initials_and_a_128_bit_sign_in_code(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "年会")
        guest = new_guest(event.id, " 曾　国藩 ")
        session.add(guest)
    assert (guest.name, guest.pinyin, guest.initials) == ("曾国藩", "zeng guo fan", "zgf")
    assert len(guest.token) == 22
    assert guest.token.replace("-", "").replace("_", "").isalnum()


def test_every_guest_gets_a_different_code(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "年会")
        session.add_all(new_guest(event.id, f"嘉宾{i}") for i in range(200))
    with transaction(engine) as session:
        tokens = [g.token for g in session.exec(select(Guest))]
    assert len(set(tokens)) == 200


def test_a_regenerated_code_replaces_the_old_one(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "年会")
        guest = new_guest(event.id, "王伟")
        session.add(guest)
        session.flush()
        old = guest.token
        new = regenerate_token(session, guest)
    assert new != old
    with transaction(engine) as session:
        assert session.exec(select(Guest).where(Guest.token == old)).first() is None
        assert session.exec(select(Guest).where(Guest.token == new)).one().name == "王伟"


def test_renaming_a_guest_updates_pinyin_and_initials(engine: Engine) -> None:
    with transaction(engine) as session:
        event = create_event(session, "年会")
        guest = new_guest(event.id, "王伟")
        session.add(guest)
        update_guest(guest, name="单田芳")
    assert (guest.pinyin, guest.initials) == ("shan tian fang", "stf")

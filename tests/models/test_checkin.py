"""Check-in: every answer to a scan, undo, walk-ins, seats, and refusals that write nothing."""

from __future__ import annotations

import argparse
import json
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, func, text
from sqlmodel import Session, select

from cli.checkin_command import checkin
from models.attendance import attendance
from models.checkin import (
    CheckInStatus,
    NothingToUndo,
    arrivals,
    check_in,
    event_token,
    register_walk_in,
    undo_check_in,
)
from models.db import transaction
from models.demo import create_demo
from models.events import create_event
from models.guests import new_guest, regenerate_token
from models.scenes import event_scenes
from models.seating import arrange_scene
from models.signin_code import signin_payload
from models.tables import CheckIn, Event, Guest, Rsvp


def _event_with_guests(engine: Engine, name: str = "投资大会") -> tuple[Event, dict[str, Guest]]:
    with transaction(engine) as session:
        event = create_event(session, name)
        guests = {
            "王伟": new_guest(event.id, "王伟", organisation="省商务厅", title="厅长",
                              category="leader", vip=True, rsvp=Rsvp.CONFIRMED.value),
            "李娜": new_guest(event.id, "李娜", rsvp=Rsvp.INVITED.value),
            "刘洋": new_guest(event.id, "刘洋", rsvp=Rsvp.DECLINED.value),
            "陈静": new_guest(event.id, "陈静", rsvp=Rsvp.CANCELLED.value),
        }
        for order, guest in enumerate(guests.values(), start=1):
            guest.list_order = order
        session.add_all(guests.values())
        session.flush()
    return event, guests


def _code(event: Event, guest: Guest) -> str:
    return signin_payload(event.uid, guest.token)


def _checkin_rows(session: Session) -> int:
    return session.exec(select(func.count(CheckIn.id))).one()


def _written_nothing(session: Session) -> bool:
    """No row changed in the session, and on PostgreSQL no transaction id was even assigned:
    nothing was written or locked."""
    if session.new or session.dirty or session.deleted:
        return False
    if session.get_bind().dialect.name == "postgresql":
        return session.exec(text("SELECT txid_current_if_assigned()")).one()[0] is None
    return True


def test_first_scan_checks_in_and_a_second_answers_with_the_first(engine: Engine) -> None:
    event, guests = _event_with_guests(engine)
    with transaction(engine) as session:
        first = check_in(session, event, _code(event, guests["王伟"]), station="正门")
    with transaction(engine) as session:
        again = check_in(session, event, _code(event, guests["王伟"]), station="侧门")
        rows = _checkin_rows(session)
    assert first.status is CheckInStatus.CHECKED_IN
    assert first.guest is not None
    assert (first.guest.name, first.guest.organisation, first.guest.title) == (
        "王伟", "省商务厅", "厅长")
    assert (first.guest.category, first.guest.vip) == ("leader", True)
    assert again.status is CheckInStatus.ALREADY_CHECKED_IN
    assert (again.first_checked_in_at, again.station) == (first.first_checked_in_at, "正门")
    assert "已于" in again.message() and "正门" in again.message()
    assert rows == 1


def test_a_bare_token_and_the_line_ends_a_scanner_adds_are_accepted(engine: Engine) -> None:
    event, guests = _event_with_guests(engine)
    with transaction(engine) as session:
        bare = check_in(session, event, f"  {guests['王伟'].token}\r\n")
        framed = check_in(session, event, f"{_code(event, guests['李娜'])}\r\n")
    assert (bare.status, framed.status) == (CheckInStatus.CHECKED_IN, CheckInStatus.CHECKED_IN)


def test_a_code_typed_through_a_full_width_input_method_is_read(engine: Engine) -> None:
    """A scanner typing while a Chinese input method is in full-width mode sends ＺＣ１：…; the
    code is the same code, on the server and from a station's copy alike."""
    event, guests = _event_with_guests(engine)
    code = _code(event, guests["王伟"])
    full_width = "".join(chr(ord(char) + 0xFEE0) if "!" <= char <= "~" else char
                         for char in code)
    assert full_width != code
    with transaction(engine) as session:
        result = check_in(session, event, full_width)
    assert result.status is CheckInStatus.CHECKED_IN and result.guest is not None
    assert result.guest.name == "王伟"
    assert event_token(event.uid, full_width) == guests["王伟"].token


UNKNOWN = ["", "   ", "hello", "ZC1:", "ZC1:abc", "ZC1::", "ZC2:{uid}:{token}",
           "ZC1:{uid}:{token}x!", "{token}{token}", "A" * 22, "ZC1:{uid}:" + "B" * 22,
           "https://example.com/{token}"]


def test_unknown_codes_are_refused_without_writing(engine: Engine) -> None:
    event, guests = _event_with_guests(engine)
    for scanned in UNKNOWN:
        filled = scanned.format(uid=event.uid, token=guests["王伟"].token)
        with Session(engine) as session:
            result = check_in(session, event, filled, station="正门")
            assert _written_nothing(session), filled
            assert _checkin_rows(session) == 0
        assert result.status is CheckInStatus.UNKNOWN_CODE, filled
        assert (result.guest, result.first_checked_in_at, result.seats) == (None, None, [])
        assert result.to_json()["guest"] is None


def test_a_guest_of_another_event_is_refused_without_writing(engine: Engine) -> None:
    event, _guests = _event_with_guests(engine)
    other, strangers = _event_with_guests(engine, "欢迎晚宴")
    with Session(engine) as session:
        payload = check_in(session, event, _code(other, strangers["王伟"]))
        bare = check_in(session, event, strangers["王伟"].token)
        assert _written_nothing(session)
        assert _checkin_rows(session) == 0
    assert payload.status is CheckInStatus.OTHER_EVENT
    assert payload.to_json()["guest"] is None
    # A bare token carries no event; one of another event's guests is simply not known here.
    assert bare.status is CheckInStatus.UNKNOWN_CODE


@pytest.mark.parametrize("name", ["刘洋", "陈静"])
def test_declined_or_cancelled_guests_are_named_but_not_checked_in(engine: Engine,
                                                                    name: str) -> None:
    event, guests = _event_with_guests(engine)
    with Session(engine) as session:
        result = check_in(session, event, _code(event, guests[name]))
        assert _written_nothing(session)
        assert _checkin_rows(session) == 0
    assert result.status is CheckInStatus.NOT_EXPECTED
    assert result.guest is not None and result.guest.name == name
    assert result.first_checked_in_at is None
    assert "未登记签到" in result.message()


def test_a_regenerated_code_stops_working_and_the_new_one_works(engine: Engine) -> None:
    event, guests = _event_with_guests(engine)
    old = _code(event, guests["王伟"])
    with transaction(engine) as session:
        guest = session.get_one(Guest, guests["王伟"].id)
        new_token = regenerate_token(session, guest)
    with transaction(engine) as session:
        refused = check_in(session, event, old)
        accepted = check_in(session, event, signin_payload(event.uid, new_token))
    assert refused.status is CheckInStatus.UNKNOWN_CODE
    assert accepted.status is CheckInStatus.CHECKED_IN


def test_undo_keeps_the_history_and_a_new_scan_records_a_new_arrival(engine: Engine) -> None:
    event, guests = _event_with_guests(engine)
    code = _code(event, guests["王伟"])
    with transaction(engine) as session:
        first = check_in(session, event, code, station="正门")
    with transaction(engine) as session:
        undo = undo_check_in(session, event, guests["王伟"].id, station="正门")
        between = attendance(session, event).arrived
    with transaction(engine) as session:
        second = check_in(session, event, code, station="侧门")
        third = check_in(session, event, code, station="正门")
        rows = session.exec(select(CheckIn).order_by(CheckIn.id)).all()
        counts = attendance(session, event)
    assert undo.undoes_id == rows[0].id
    assert between == 0
    assert second.status is CheckInStatus.CHECKED_IN
    assert second.first_checked_in_at is not None and first.first_checked_in_at is not None
    assert second.first_checked_in_at >= first.first_checked_in_at
    assert (third.status, third.station) == (CheckInStatus.ALREADY_CHECKED_IN, "侧门")
    assert [(r.station, r.undoes_id is not None) for r in rows] == [
        ("正门", False), ("正门", True), ("侧门", False)]
    assert counts.arrived == 1


def test_undo_without_an_arrival_is_refused_clearly(engine: Engine) -> None:
    event, guests = _event_with_guests(engine)
    with transaction(engine) as session:
        check_in(session, event, _code(event, guests["王伟"]))
        undo_check_in(session, event, guests["王伟"].id)
    with pytest.raises(NothingToUndo, match="王伟 尚未签到"), transaction(engine) as session:
        undo_check_in(session, event, guests["王伟"].id)
    with pytest.raises(NothingToUndo, match="没有编号为 99999"), \
            transaction(engine) as session:
        undo_check_in(session, event, 99999)


def test_a_walk_in_is_a_confirmed_guest_checked_in_at_once(engine: Engine) -> None:
    event, _guests = _event_with_guests(engine)
    with transaction(engine) as session:
        guest = register_walk_in(session, event, " 张 强 ", organisation="云川银行",
                                 title="行长", category="finance", station="正门")
    with transaction(engine) as session:
        again = check_in(session, event, _code(event, guest))
        counts = attendance(session, event)
    assert (guest.name, guest.rsvp, len(guest.token)) == ("张强", Rsvp.CONFIRMED.value, 22)
    assert guest.list_order == 5
    assert (again.status, again.station) == (CheckInStatus.ALREADY_CHECKED_IN, "正门")
    assert (counts.guests, counts.arrived) == (5, 1)


def test_arrivals_are_newest_first_without_undone_ones(engine: Engine) -> None:
    event, guests = _event_with_guests(engine)
    with transaction(engine) as session:
        first = check_in(session, event, _code(event, guests["王伟"]), station="正门")
    with transaction(engine) as session:
        check_in(session, event, _code(event, guests["李娜"]), station="侧门")
        walk_in = register_walk_in(session, event, "张强")
        undo_check_in(session, event, walk_in.id)
    with Session(engine) as session:
        everyone = arrivals(session, event)
        assert first.first_checked_in_at is not None
        later = arrivals(session, event, since=first.first_checked_in_at)
        none = arrivals(session, event, since=first.first_checked_in_at + timedelta(hours=1))
    assert [(a.guest.name, a.station) for a in everyone] == [("李娜", "侧门"), ("王伟", "正门")]
    assert [a.guest.name for a in later] == ["李娜"]
    assert none == []
    assert everyone[0].to_json()["guest"]["name"] == "李娜"


def test_the_seats_of_every_scene_are_shown_after_arranging_the_demo(
        sqlite_engine: Engine) -> None:
    with transaction(sqlite_engine) as session:
        event = create_demo(session)
        for scene in event_scenes(session, event.id):
            arrange_scene(session, event, scene)
        governor = session.exec(select(Guest).where(Guest.event_id == event.id,
                                                    Guest.title == "省长")).one()
        result = check_in(session, event, _code(event, governor))
    assert result.status is CheckInStatus.CHECKED_IN
    assert result.seats[0].startswith("主会场 主席台 第1排 ")
    assert result.seats[-1] == "欢迎晚宴 主桌 1座"
    assert [seat.split(" ")[0] for seat in result.seats] == [
        "主会场", "签约仪式", "合影", "欢迎晚宴"]
    assert result.to_json()["seats"] == result.seats


_PAYLOAD_PART = st.text(alphabet="ABCxyz019_-:!? \r\n", max_size=30)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(scanned=st.one_of(
    st.text(max_size=80),
    st.builds(lambda v, e, t: f"ZC{v}:{e}:{t}", st.integers(0, 12), _PAYLOAD_PART, _PAYLOAD_PART),
    st.text(alphabet="ABCDEFabcdef0123456789_-", min_size=20, max_size=24),
))
def test_any_scanned_text_is_answered_without_writing(sqlite_engine: Engine,
                                                      scanned: str) -> None:
    with Session(sqlite_engine) as session:
        event = session.exec(select(Event)).first()
        if event is None:
            event = create_event(session, "随机扫描")
            session.commit()
        before = _checkin_rows(session)
        result = check_in(session, event, scanned)
        assert result.status in (CheckInStatus.UNKNOWN_CODE, CheckInStatus.OTHER_EVENT)
        assert _written_nothing(session)
        assert _checkin_rows(session) == before
        assert json.loads(json.dumps(result.to_json()))["status"] == result.status.value


def _arguments(code: str, *, json_output: bool) -> argparse.Namespace:
    return argparse.Namespace(code=code, event="投资大会", station="正门", json=json_output)


def test_the_checkin_command_answers_in_json_and_by_its_exit_status(
        engine: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    event, guests = _event_with_guests(engine)
    assert checkin(engine, _arguments(_code(event, guests["王伟"]), json_output=True)) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["status"] == "checked_in"
    assert answer["guest"]["name"] == "王伟"
    assert answer["first_checked_in_at"] and answer["seats"] == []
    assert checkin(engine, _arguments(guests["王伟"].token, json_output=False)) == 0
    assert "已于" in capsys.readouterr().out
    assert checkin(engine, _arguments("垃圾", json_output=True)) == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out)["status"] == "unknown_code"
    assert "无法识别" in captured.err
    assert checkin(engine, _arguments(_code(event, guests["刘洋"]), json_output=False)) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "谢绝或取消" in captured.err

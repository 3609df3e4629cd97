"""The attendance report workbook, read back with openpyxl: summary, arrived, absent, walk-ins."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine
from sqlmodel import Session, select

from models.attendance_report import export_attendance
from models.checkin import check_in, register_walk_in
from models.db import transaction
from models.events import create_event, find_event
from models.exporting import ExportRefused
from models.guests import new_guest
from models.lang import set_language
from models.scenes import add_element, create_scene, scene_seats
from models.tables import Assignment, CheckIn, Event, Guest, Rsvp

BEIJING = timezone(timedelta(hours=8))
LONG_AGO = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
ARRIVED_AT = datetime(2026, 5, 20, 1, 15, 30, tzinfo=UTC)


def _guest(session: Session, event: Event, name: str, **fields: object) -> Guest:
    guest = new_guest(event.id, name, created_at=LONG_AGO, updated_at=LONG_AGO,
                      **{"category": "leader", "rsvp": Rsvp.CONFIRMED.value, **fields})
    session.add(guest)
    session.flush()
    return guest


@pytest.fixture
def event_name(engine: Engine) -> str:
    """王伟 arrived at the east gate at 9:15:30 Beijing time; 李娜 (a VIP, seated on the
    rostrum) and an organisation a spreadsheet would run as a formula have not; 刘洋 declined;
    张强 was registered at the door."""
    with transaction(engine) as session:
        event = create_event(session, "出席报告")
        hall = create_scene(session, event.id, "主会场")
        came = _guest(session, event, "王伟", organisation="省人民政府", title="副省长")
        vip = _guest(session, event, "李娜", vip=True, phone="13800001111")
        _guest(session, event, "陈静", organisation="=HYPERLINK(\"http://x\")", category="media")
        _guest(session, event, "刘洋", rsvp=Rsvp.DECLINED.value)
        rostrum = add_element(session, hall, "rostrum")
        session.add(Assignment(scene_id=hall.id, element_id=rostrum.id,
                               seat=scene_seats([rostrum])[0].key, guest_id=vip.id))
        check_in(session, event, came.token, station="东门")
        arrival = session.exec(select(CheckIn).where(CheckIn.guest_id == came.id)).one()
        arrival.at = ARRIVED_AT
        register_walk_in(session, event, "张强", organisation="云川银行", station="西门")
    return "出席报告"


def _export(engine: Engine, name: str, path: Path) -> None:
    with Session(engine) as session:
        export_attendance(session, find_event(session, name), path, zone=BEIJING)


def test_the_workbook_holds_a_summary_and_the_arrived_absent_and_walk_ins(
        engine: Engine, event_name: str, tmp_path: Path) -> None:
    path = tmp_path / "出席情况.xlsx"
    _export(engine, event_name, path)
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["汇总", "已到嘉宾", "未到嘉宾", "现场登记"]

    summary = {row[0]: row[1:] for row in workbook["汇总"].iter_rows(values_only=True) if row}
    assert summary["应到"][0] == 4 and summary["实到"][0] == 2 and summary["未到"][0] == 2
    assert summary["到会率"][0] == 0.5 and summary["现场登记"][0] == 1
    assert summary["领导"][:5] == (3, 2, 1, 1, 0.5)
    assert summary["未分类"][:5] == (1, 1, 1, 0, 1.0)
    assert summary["媒体"][:4] == (1, 1, 0, 1)
    assert summary["主会场"][:5] == (1, 1, 0, 1, 0.0)

    arrived = list(workbook["已到嘉宾"].iter_rows(values_only=True))
    assert arrived[0] == ("序号", "姓名", "单位", "职务", "类别", "签到时间", "签到台", "备注")
    assert arrived[1][:7] == (1, "王伟", "省人民政府", "副省长", "领导",
                              datetime(2026, 5, 20, 9, 15, 30), "东门")
    assert arrived[2][1] == "张强" and arrived[2][6] == "西门" and arrived[2][7] == "现场登记"
    assert workbook["已到嘉宾"]["F2"].number_format == "yyyy-mm-dd hh:mm:ss"

    absent = list(workbook["未到嘉宾"].iter_rows(values_only=True))
    assert [row[1] for row in absent[1:]] == ["李娜", "陈静"]
    assert absent[1][5:7] == ("是", "13800001111")
    assert absent[1][8].startswith("主会场")
    # A cell that would run as a formula is written as text.
    assert absent[2][2] == "'=HYPERLINK(\"http://x\")"

    walk_ins = list(workbook["现场登记"].iter_rows(values_only=True))
    assert [row[1] for row in walk_ins[1:]] == ["张强"]


def test_the_headers_follow_the_users_language(engine: Engine, event_name: str,
                                               tmp_path: Path) -> None:
    set_language("en")
    path = tmp_path / "attendance.xlsx"
    _export(engine, event_name, path)
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Summary", "Arrived", "Absent", "Walk-ins"]
    assert next(workbook["Absent"].iter_rows(values_only=True))[:2] == ("No.", "Name")


def test_a_file_that_is_not_xlsx_is_refused_and_nothing_is_written(
        engine: Engine, event_name: str, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    with pytest.raises(ExportRefused, match=r"\.xlsx"):
        _export(engine, event_name, folder / "出席.csv")
    assert list(folder.iterdir()) == []

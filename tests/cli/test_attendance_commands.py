"""The attendance report without the window: `export --attendance` and the details of `stats`."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlmodel import select

from models.checkin import check_in
from models.db import open_database, transaction
from models.demo import DEMO_EVENT_NAME
from models.events import find_event
from models.tables import NOT_EXPECTED, Guest
from tests.cli.running import run, run_json


@pytest.fixture
def demo_db(db: str, capsys: pytest.CaptureFixture[str]) -> str:
    """The sample conference with its first six expected guests checked in."""
    assert run(capsys, "--db", db, "demo")[0] == 0
    engine = open_database(db)
    with transaction(engine) as session:
        event = find_event(session, DEMO_EVENT_NAME)
        guests = session.exec(select(Guest).where(Guest.event_id == event.id)
                              .order_by(Guest.list_order)).all()
        for guest in [guest for guest in guests if guest.rsvp not in NOT_EXPECTED][:6]:
            check_in(session, event, guest.token, station="东门")
    engine.dispose()
    return db


def test_export_with_attendance_writes_the_report_workbook(
        demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "出席情况.xlsx"
    status, out, err = run(capsys, "--db", demo_db, "export", str(target), "--attendance",
                           "--event", DEMO_EVENT_NAME)
    assert (status, err) == (0, "")
    assert str(target) in out and "实到 6" in out
    workbook = load_workbook(target)
    assert workbook.sheetnames == ["汇总", "已到嘉宾", "未到嘉宾", "现场登记"]
    assert workbook["已到嘉宾"].max_row == 7
    assert all(row[6] == "东门" for row in workbook["已到嘉宾"].iter_rows(min_row=2,
                                                                     values_only=True))


def test_the_attendance_report_is_refused_as_csv_with_status_1(
        demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "出席情况.csv"
    status, out, err = run(capsys, "--db", demo_db, "export", str(target), "--attendance",
                           "--event", DEMO_EVENT_NAME)
    assert (status, out) == (1, "")
    assert ".xlsx" in err and not target.exists()


def test_stats_json_adds_scenes_walk_ins_vips_and_the_timeline_to_the_counts(
        demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    stats = run_json(capsys, "--db", demo_db, "stats", "--event", DEMO_EVENT_NAME, "--json")
    assert stats["arrived"] == 6 and stats["absent"] == stats["expected"] - 6
    assert {"event", "guests", "expected", "arrived", "absent", "unexpected",
            "by_category"} <= set(stats)
    assert [scene["scene"] for scene in stats["by_scene"]] == ["主会场", "签约仪式", "合影",
                                                               "欢迎晚宴"]
    assert stats["walk_ins"] == []
    assert all(guest["arrived_at"] is None for guest in stats["vips_not_arrived"])
    assert stats["arrivals_over_time"]["buckets"][-1]["cumulative"] == 6


def test_the_help_of_export_names_the_attendance_report(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run(capsys, "--lang", "zh", "export", "--help")
    assert "--attendance" in capsys.readouterr().out

"""Headless commands run in-process: output, JSON shapes and exit statuses."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlmodel import select

import main
from cli import parse_arguments
from models.db import open_database, transaction
from models.demo import DEMO_EVENT_NAME
from models.events import find_event
from models.tables import CheckIn, Guest, Rsvp
from tests.cli.running import run, run_json


@pytest.fixture
def demo_db(db: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert run(capsys, "--db", db, "demo")[0] == 0
    return db


def _arrive_first(db: str, count: int) -> None:
    """Check in the first `count` expected demo guests, as a sign-in station would."""
    engine = open_database(db)
    with transaction(engine) as session:
        event = find_event(session, DEMO_EVENT_NAME)
        guests = session.exec(select(Guest).where(Guest.event_id == event.id)
                              .order_by(Guest.list_order)).all()
        expected = [guest for guest in guests if guest.rsvp not in (Rsvp.DECLINED,
                                                                    Rsvp.CANCELLED)]
        session.add_all(CheckIn(event_id=event.id, guest_id=guest.id) for guest in
                        expected[:count])
    engine.dispose()


def test_no_command_opens_the_window_with_the_database_given() -> None:
    arguments = parse_arguments(["--db", "other.db"])
    assert (arguments.command, arguments.db) == (None, "other.db")


def test_global_options_may_also_follow_the_command() -> None:
    before = parse_arguments(["--db", "a.db", "events"])
    after = parse_arguments(["events", "--db", "a.db", "--lang", "en"])
    assert (before.db, after.db, after.lang) == ("a.db", "a.db", "en")


def test_demo_creates_the_sample_event(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "--db", db, "demo")
    assert (status, err) == (0, "")
    assert DEMO_EVENT_NAME in out and "位嘉宾" in out


def test_a_second_demo_is_refused_with_status_1_unless_replaced(
        demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "--db", demo_db, "demo")
    assert (status, out) == (1, "")
    assert "已存在" in err and "--replace" in err
    assert run(capsys, "--db", demo_db, "demo", "--replace")[0] == 0
    assert len(run_json(capsys, "--db", demo_db, "events", "--json")) == 1


def test_events_json_lists_name_guests_venue_and_start(
        demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    (event,) = run_json(capsys, "--db", demo_db, "events", "--json")
    assert event["name"] == DEMO_EVENT_NAME
    assert 130 <= event["guests"] <= 150
    assert "宴会厅" in event["venue"]
    assert event["starts_on"] == "2026-05-20"


def test_events_json_is_one_value_with_chinese_unescaped(
        demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = run(capsys, "--db", demo_db, "events", "--json")[1]
    assert out.count("\n") == 1 and DEMO_EVENT_NAME in out


def test_events_reads_as_a_list_and_says_when_there_is_none(
        db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert "还没有活动" in run(capsys, "--db", db, "events")[1]
    assert run_json(capsys, "--db", db, "events", "--json") == []
    run(capsys, "--db", db, "demo")
    out = run(capsys, "--db", db, "events")[1]
    assert DEMO_EVENT_NAME in out and "2026-05-20" in out


def test_stats_json_counts_expected_arrived_and_each_category(
        demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    before = run_json(capsys, "--db", demo_db, "stats", "--event", DEMO_EVENT_NAME, "--json")
    _arrive_first(demo_db, 5)
    after = run_json(capsys, "--db", demo_db, "stats", "--event", DEMO_EVENT_NAME, "--json")
    assert before["arrived"] == 0
    assert after["expected"] == before["expected"] < after["guests"]
    assert (after["arrived"], after["absent"]) == (5, after["expected"] - 5)
    assert after["by_category"]["leader"]["arrived"] == 5
    assert sum(group["expected"] for group in after["by_category"].values()) == after["expected"]


def test_stats_reads_in_chinese_or_english(
        demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    chinese = run(capsys, "--db", demo_db, "stats", "--event", DEMO_EVENT_NAME)[1]
    english = run(capsys, "--db", demo_db, "--lang", "en", "stats", "--event", DEMO_EVENT_NAME)[1]
    assert "应到" in chinese and "领导" in chinese
    assert "expected" in english and "Leader" in english


@pytest.mark.parametrize("command", [["stats"], ["export", "list.xlsx"]])
def test_an_unknown_event_is_refused_with_status_1_and_the_reason(
        db: str, capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    status, out, err = run(capsys, "--db", db, *command, "--event", "没有这个会")
    assert (status, out) == (1, "")
    assert "没有这个会" in err


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_writes_the_format_of_the_extension(
        demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str) -> None:
    target = tmp_path / f"名单{suffix}"
    status, out, err = run(capsys, "--db", demo_db, "export", str(target),
                           "--event", DEMO_EVENT_NAME)
    assert (status, err) == (0, "")
    assert str(target) in out
    if suffix == ".xlsx":
        assert load_workbook(target).active["A1"].value == "姓名"
    else:
        assert target.read_text(encoding="utf-8-sig").startswith("姓名,")


def test_export_in_english_names_the_column_name(
        demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "list.csv"
    run(capsys, "--lang", "en", "--db", demo_db, "export", str(target), "--event",
        DEMO_EVENT_NAME)
    assert target.read_text(encoding="utf-8-sig").startswith("Name,")


def test_export_to_another_file_type_is_refused_with_status_1(
        demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _out, err = run(capsys, "--db", demo_db, "export", str(tmp_path / "list.pdf"),
                            "--event", DEMO_EVENT_NAME)
    assert status == 1 and ".xlsx" in err


def test_a_file_that_is_not_a_zuoci_database_is_refused_with_status_1(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stranger = tmp_path / "notes.txt"
    stranger.write_text("购物清单", encoding="utf-8")
    status, out, err = run(capsys, "--db", str(stranger), "events")
    assert (status, out) == (1, "")
    assert "不是 Zuoci 数据库" in err
    assert stranger.read_text(encoding="utf-8") == "购物清单"


@pytest.mark.parametrize("argv", [["stats"], ["export", "x.xlsx"], ["nonsense"],
                                  ["events", "--lang", "fr"], ["import", "--event", "会"]])
def test_usage_errors_exit_with_status_2(
        db: str, capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main.main(["--db", db, *argv])
    assert stopped.value.code == 2
    assert "usage" in capsys.readouterr().err


def test_commands_work_on_a_shared_postgresql_database(
        pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", pg_url, "demo")[0] == 0
    (event,) = run_json(capsys, "--db", pg_url, "events", "--json")
    stats = run_json(capsys, "--db", pg_url, "stats", "--event", DEMO_EVENT_NAME, "--json")
    assert event["guests"] == stats["guests"]
    assert stats["arrived"] == 0 and stats["expected"] > 100


def test_an_unreachable_server_is_refused_with_status_1(
        capsys: pytest.CaptureFixture[str]) -> None:
    status, _out, err = run(capsys, "--db",
                            "postgresql+psycopg://nobody:secret@127.0.0.1:9/zuoci", "events")
    assert status == 1
    assert "无法打开数据库" in err and "secret" not in err

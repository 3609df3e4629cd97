"""The import command: counts and rejected rows with their numbers, modes, sheets, refusals."""

from __future__ import annotations

import csv
import json
from itertools import pairwise
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from models.demo import DEMO_EVENT_NAME
from tests.cli.running import run, run_json

EVENT = "招商推介会"


def _csv(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    return path


@pytest.fixture
def guest_list(tmp_path: Path) -> Path:
    return _csv(tmp_path / "名单.csv",
                "姓名,单位,职务,级别",
                "王伟,省商务厅,厅长,厅局级正职",
                ",省财政厅,厅长,厅局级正职",
                "李娜,云川日报社,记者,")


def test_import_json_reports_imported_updated_and_rejected_rows(
        db: str, guest_list: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = run_json(capsys, "--db", db, "import", str(guest_list), "--event", EVENT, "--json")
    assert (report["imported"], report["updated"]) == (2, 0)
    (rejected,) = report["rejected"]
    assert rejected["row"] == 3 and "姓名" in rejected["reason"]


def test_import_creates_the_event_when_new(
        db: str, guest_list: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--db", db, "import", str(guest_list), "--event", EVENT)
    (event,) = run_json(capsys, "--db", db, "events", "--json")
    assert (event["name"], event["guests"]) == (EVENT, 2)


def test_import_prints_counts_and_each_rejected_row_with_its_number(
        db: str, guest_list: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "--db", db, "import", str(guest_list), "--event", EVENT)
    assert (status, err) == (0, "")
    assert "新增 2 位嘉宾" in out and "拒绝 1 行" in out
    assert "第 3 行" in out and "姓名为空" in out


def test_adding_the_same_list_again_rejects_guests_already_in_the_event(
        db: str, guest_list: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--db", db, "import", str(guest_list), "--event", EVENT)
    again = run_json(capsys, "--db", db, "import", str(guest_list), "--event", EVENT, "--json")
    assert again["imported"] == 0
    assert [issue["row"] for issue in again["rejected"]] == [2, 3, 4]


def test_update_changes_the_guests_it_matches_and_adds_the_rest(
        db: str, guest_list: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--db", db, "import", str(guest_list), "--event", EVENT)
    changes = _csv(tmp_path / "更新.csv", "姓名,单位,职务", "王伟,省商务厅,党组书记、厅长",
                   "张强,省发展和改革委员会,主任")
    report = run_json(capsys, "--db", db, "import", str(changes), "--event", EVENT, "--update",
                      "--json")
    assert (report["imported"], report["updated"], report["rejected"]) == (1, 1, [])


def test_import_reads_the_sheet_asked_for(
        db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    book = Workbook()
    book.active.title = "说明"
    book.active.append(["本表由办公室整理"])
    sheet = book.create_sheet("嘉宾")
    sheet.append(["姓名", "单位"])
    sheet.append(["王伟", "省商务厅"])
    book.save(tmp_path / "名单.xlsx")
    report = run_json(capsys, "--db", db, "import", str(tmp_path / "名单.xlsx"), "--event", EVENT,
                      "--sheet", "嘉宾", "--json")
    assert (report["imported"], report["sheet"]) == (1, "嘉宾")


@pytest.mark.parametrize("name", ["missing.xlsx", "damaged.xlsx", "list.pdf"])
def test_a_file_that_cannot_be_read_is_refused_with_status_1_and_the_reason(
        db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    if name != "missing.xlsx":
        (tmp_path / name).write_bytes(b"not a guest list")
    status, out, err = run(capsys, "--db", db, "import", str(tmp_path / name), "--event", EVENT)
    assert (status, out) == (1, "")
    assert name in err and "无法导入" in err
    assert run_json(capsys, "--db", db, "events", "--json") == []


def test_an_empty_event_name_is_refused_with_status_1(
        db: str, guest_list: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _out, err = run(capsys, "--db", db, "import", str(guest_list), "--event", " ")
    assert status == 1 and "活动名称" in err


def _rows(path: Path) -> list[list[object]]:
    if path.suffix == ".xlsx":
        return [list(row) for row in load_workbook(path).active.iter_rows(values_only=True)]
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [list(row) for row in csv.reader(handle)]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_the_exported_demo_imports_whole_and_exports_again_the_same(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str) -> None:
    databases = [str(tmp_path / f"{name}.db") for name in ("source", "copy", "second_copy")]
    run(capsys, "--db", databases[0], "demo")
    exports = []
    for number, (source, copy) in enumerate(pairwise(databases)):
        exported = tmp_path / f"export{number}{suffix}"
        run(capsys, "--db", source, "export", str(exported), "--event", DEMO_EVENT_NAME)
        report = run_json(capsys, "--db", copy, "import", str(exported), "--event",
                          DEMO_EVENT_NAME, "--json")
        assert (report["imported"], report["rejected"], report["warnings"]) == (140, [], [])
        exports.append(_rows(exported))
    # The guests' counts carry over; the scenes (a list of guests has none) and the moment the
    # counts were taken do not.
    stats = [run_json(capsys, "--db", db, "stats", "--event", DEMO_EVENT_NAME, "--json")
             for db in databases]
    for counts in stats:
        del counts["as_of"], counts["by_scene"]
    assert stats[0] == stats[1] == stats[2]
    last = tmp_path / f"last{suffix}"
    run(capsys, "--db", databases[2], "export", str(last), "--event", DEMO_EVENT_NAME)
    # The first import normalises what the demo typed (full-width punctuation); from then on
    # export and import change nothing.
    assert exports[1] == _rows(last)
    assert [row[0] for row in exports[0]] == [row[0] for row in exports[1]]


def test_import_json_is_one_value_on_stdout(
        db: str, guest_list: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = run(capsys, "--db", db, "import", str(guest_list), "--event", EVENT, "--json")[1]
    assert json.loads(out)["event"] == EVENT
    assert out.count("\n") == 1

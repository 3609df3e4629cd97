"""Importing into an event: adding, updating, re-importing, and all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from models.db import transaction
from models.exporting import export_event
from models.guests import new_guest
from models.importing import ImportMode, RowIssue, import_file, writing
from models.importing.plan import ImportPlan
from models.tables import Event, Guest
from tests.models.importing.files import GUESTS, messy_rows, write_csv, write_messy_xlsx, write_xlsx
from tests.models.importing.stored import EVENT, guests_of


def _event_with(engine: Engine, *names: str) -> None:
    with transaction(engine) as session:
        event = Event(name=EVENT)
        session.add(event)
        session.flush()
        for order, name in enumerate(names, start=7):
            session.add(new_guest(event.id, name, organisation="国家电网", list_order=order,
                                  title="总经理", phone="010-1"))


def test_an_import_creates_the_event_and_adds_every_guest(engine: Engine, tmp_path: Path) -> None:
    report = import_file(engine, write_messy_xlsx(tmp_path / "名单.xlsx"), event_name=EVENT)
    assert (report.imported, report.updated, report.rejected) == (3, 0, [])
    guests = guests_of(engine)
    assert [(guest.name, guest.organisation, guest.title, guest.phone) for guest in guests] == [
        ("王伟", "中国建设银行", "行长", "13800138000"),
        ("李娜", "国家电网", "总经理", "13900139000"),
        ("张强", "江苏省商务厅", "厅长", "13700137000")]
    assert [guest.list_order for guest in guests] == [1, 2, 3]
    assert guests[1].notes == "清真"
    assert len({guest.token for guest in guests}) == 3


def test_new_guests_follow_the_events_list_in_file_order(engine: Engine, tmp_path: Path) -> None:
    _event_with(engine, "赵敏", "钱进")
    import_file(engine, write_messy_xlsx(tmp_path / "名单.xlsx"), event_name=EVENT)
    assert [(guest.name, guest.list_order) for guest in guests_of(engine)] == [
        ("赵敏", 7), ("钱进", 8), ("王伟", 9), ("李娜", 10), ("张强", 11)]


def test_importing_the_same_file_again_adds_nothing(engine: Engine, tmp_path: Path) -> None:
    path = write_messy_xlsx(tmp_path / "名单.xlsx")
    import_file(engine, path, event_name=EVENT)
    report = import_file(engine, path, event_name=EVENT)
    assert report.imported == 0
    assert report.rejected == [
        RowIssue(row, "姓名 (B)", "已在活动中（姓名和单位相同）") for row in (4, 5, 6)]
    assert len(guests_of(engine)) == 3


def test_a_guest_already_in_the_event_is_rejected_when_adding(engine: Engine,
                                                              tmp_path: Path) -> None:
    _event_with(engine, "李娜")
    report = import_file(engine, write_messy_xlsx(tmp_path / "名单.xlsx"), event_name=EVENT)
    assert report.imported == 2
    assert report.rejected == [RowIssue(5, "姓名 (B)", "已在活动中（姓名和单位相同）")]


def test_a_guest_with_the_same_sign_in_code_is_already_in_the_event(engine: Engine,
                                                                    tmp_path: Path) -> None:
    _event_with(engine, "李娜")
    code = guests_of(engine)[0].token
    rows = [["姓名", "单位", "签到码"], ["李娜（改名）", "国家电网", code]]
    report = import_file(engine, write_xlsx(tmp_path / "名单.xlsx", rows), event_name=EVENT)
    assert report.rejected == [RowIssue(2, "姓名 (A)", "已在活动中（签到码相同）")]


def test_update_changes_matched_guests_and_adds_the_rest(engine: Engine, tmp_path: Path) -> None:
    _event_with(engine, "李娜")
    report = import_file(engine, write_messy_xlsx(tmp_path / "名单.xlsx"), event_name=EVENT,
                         mode=ImportMode.UPDATE)
    assert (report.imported, report.updated) == (2, 1)
    guests = guests_of(engine)
    assert [(guest.name, guest.list_order) for guest in guests] == [
        ("李娜", 7), ("王伟", 8), ("张强", 9)]
    assert (guests[0].rank_level, guests[0].phone, guests[0].notes) == (5, "13900139000", "清真")


def test_blank_cells_in_update_mode_keep_what_is_stored(engine: Engine, tmp_path: Path) -> None:
    _event_with(engine, "李娜")
    rows = [["姓名", "单位", "职务", "联系电话", "级别"], ["李娜", "国家电网", "", "", "副部级"]]
    import_file(engine, write_xlsx(tmp_path / "名单.xlsx", rows), event_name=EVENT,
                mode=ImportMode.UPDATE)
    guest = guests_of(engine)[0]
    assert (guest.title, guest.phone, guest.rank_level) == ("总经理", "010-1", 4)


def test_update_matches_by_sign_in_code_when_the_file_has_one(engine: Engine,
                                                              tmp_path: Path) -> None:
    _event_with(engine, "李娜", "王伟")
    lina, wangwei = guests_of(engine)
    rows = [["姓名", "单位", "签到码", "入住酒店"],
            ["李  娜娜", "国家电网", lina.token, "金陵饭店"],
            ["王伟", "国家电网", "", "香格里拉"]]
    report = import_file(engine, write_xlsx(tmp_path / "名单.xlsx", rows), event_name=EVENT,
                         mode=ImportMode.UPDATE)
    assert (report.imported, report.updated, report.warnings) == (0, 2, [])
    renamed, same = guests_of(engine)
    assert (renamed.id, renamed.name, renamed.pinyin, renamed.initials, renamed.token) == (
        lina.id, "李娜娜", "li na na", "lnn", lina.token)
    assert (same.id, same.token, same.custom) == (wangwei.id, wangwei.token,
                                                  {"入住酒店": "香格里拉"})


def test_update_keeps_custom_fields_the_file_does_not_mention(engine: Engine,
                                                              tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "名单.xlsx",
                      [["姓名", "酒店", "车辆"], ["王伟", "金陵饭店", "1号车"]])
    import_file(engine, path, event_name=EVENT)
    path = write_xlsx(tmp_path / "改.xlsx", [["姓名", "酒店", "航班"], ["王伟", "", "MU5101"]])
    import_file(engine, path, event_name=EVENT, mode=ImportMode.UPDATE)
    assert guests_of(engine)[0].custom == {"酒店": "金陵饭店", "车辆": "1号车", "航班": "MU5101"}


def test_two_rows_for_one_stored_guest_update_it_once(engine: Engine, tmp_path: Path) -> None:
    _event_with(engine, "李娜")
    lina = guests_of(engine)[0]
    rows = [["姓名", "单位", "签到码", "职务"], ["李娜", "国家电网", "", "董事长"],
            ["李娜娜", "国家电网", lina.token, "总裁"]]
    report = import_file(engine, write_xlsx(tmp_path / "名单.xlsx", rows), event_name=EVENT,
                         mode=ImportMode.UPDATE)
    assert report.updated == 1
    assert report.rejected == [RowIssue(3, "姓名 (A)", "与第 2 行对应同一位嘉宾")]
    assert guests_of(engine)[0].title == "董事长"


def test_update_links_a_companion_to_a_stored_guest(engine: Engine, tmp_path: Path) -> None:
    _event_with(engine, "张强", "刘秘书")
    rows = [["姓名", "单位", "随行"], ["刘秘书", "国家电网", "张强"]]
    import_file(engine, write_xlsx(tmp_path / "名单.xlsx", rows), event_name=EVENT,
                mode=ImportMode.UPDATE)
    governor, secretary = guests_of(engine)
    assert secretary.companion_of_id == governor.id


def test_a_failed_write_changes_nothing(engine: Engine, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    def fail_after_inserting(session: Session, event_id: int, plan: ImportPlan) -> None:
        assert session.exec(select(Guest)).all(), "the guests were inserted before the failure"
        raise RuntimeError("disk full")

    monkeypatch.setattr(writing, "link_companions", fail_after_inserting)
    with pytest.raises(RuntimeError, match="disk full"):
        import_file(engine, write_messy_xlsx(tmp_path / "名单.xlsx"), event_name=EVENT)
    with transaction(engine) as session:
        assert session.exec(select(Event)).all() == []
        assert session.exec(select(Guest)).all() == []


def test_a_failed_update_leaves_stored_guests_as_they_were(engine: Engine, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    _event_with(engine, "李娜")
    before = guests_of(engine)

    def fail_after_updating(session: Session, event_id: int, plan: ImportPlan) -> None:
        raise RuntimeError("connection lost")

    monkeypatch.setattr(writing, "link_companions", fail_after_updating)
    with pytest.raises(RuntimeError):
        import_file(engine, write_messy_xlsx(tmp_path / "名单.xlsx"), event_name=EVENT,
                    mode=ImportMode.UPDATE)
    after = guests_of(engine)
    assert [guest.model_dump() for guest in after] == [guest.model_dump() for guest in before]


def test_when_every_row_is_rejected_nothing_is_written(engine: Engine, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "名单.csv", [["姓名", "单位"], ["", "国家电网"], ["", "新华社"]])
    report = import_file(engine, path, event_name=EVENT)
    assert (report.imported, len(report.rejected)) == (0, 2)
    with transaction(engine) as session:
        assert session.exec(select(Event)).all() == []


def test_the_report_as_json(engine: Engine, tmp_path: Path) -> None:
    rows = messy_rows([*GUESTS, [4, "", "", "新华社", "", "", "", ""]])
    path = write_csv(tmp_path / "名单.csv", rows, encoding="gbk")
    report = import_file(engine, path, event_name=f"  {EVENT} ")
    assert report.to_json() == {
        "imported": 3, "updated": 0,
        "rejected": [{"row": 7, "column": "姓名", "reason": "姓名为空"}],
        "warnings": [], "sheet": None, "header_row": 3, "encoding": "gb18030", "event": EVENT,
        "mode": "add"}


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_an_exported_list_imports_back_as_it_was(engine: Engine, tmp_path: Path,
                                                 suffix: str) -> None:
    rows = [["姓名", "性别", "单位", "级别", "类别", "回执", "贵宾", "随行", "联系电话",
             "入住酒店"],
            ["张强", "男", "江苏省政府", "省部级副职", "领导", "确认参加", "是", "", 13800138000.0,
             "金陵饭店"],
            ["刘秘书", "女", "江苏省政府", "", "工作人员", "待定", "", "张强", "+86 25 1234",
             ""],
            ["Anna Schmidt", "", "Siemens", 6, "Chamber", "谢绝", "否", "", "-1", "=1+1"]]
    import_file(engine, write_xlsx(tmp_path / "原始.xlsx", rows), event_name=EVENT)
    exported = tmp_path / f"导出{suffix}"
    with transaction(engine) as session:
        event = session.exec(select(Event).where(Event.name == EVENT)).one()
        export_event(session, event, exported)
    before = _comparable(guests_of(engine))
    with transaction(engine) as session:
        session.delete(session.exec(select(Event).where(Event.name == EVENT)).one())

    report = import_file(engine, exported, event_name=EVENT)
    assert (report.imported, report.rejected, report.warnings) == (3, [], [])
    assert _comparable(guests_of(engine)) == before


def _comparable(guests: list[Guest]) -> list[dict[str, object]]:
    """What a guest is, apart from the ids and times the database gives it."""
    names = {guest.id: guest.name for guest in guests}
    return [{**guest.model_dump(exclude={"id", "event_id", "companion_of_id", "created_at",
                                         "updated_at"}),
             "companion_of": names.get(guest.companion_of_id)} for guest in guests]

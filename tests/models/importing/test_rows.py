"""Row by row: what is read into a guest, what is taken with a warning, what is rejected."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import select

from models.db import transaction
from models.importing import CUSTOM, ImportReport, RowIssue, import_file, plan_import
from models.lang import set_language
from models.tables import Event, new_token
from tests.models.importing.files import messy_rows, write_csv, write_messy_xlsx, write_xlsx
from tests.models.importing.stored import EVENT, guests_of


def import_rows(engine: Engine, tmp_path: Path, guests: list[list[object]]) -> ImportReport:
    return import_file(engine, write_messy_xlsx(tmp_path / "名单.xlsx", guests), event_name=EVENT)


def guest_row(name: object, organisation: object = "国家电网", **cells: object) -> list[object]:
    """A row under the messy header: 序号 姓名 性别 单位 职务 级别 联系电话 备注."""
    return [None, name, cells.get("gender", ""), organisation, cells.get("title", ""),
            cells.get("rank", ""), cells.get("phone", ""), cells.get("notes", "")]


def test_full_width_and_padding_spaces_in_names_are_removed(engine: Engine,
                                                            tmp_path: Path) -> None:
    report = import_rows(engine, tmp_path, [guest_row("王　伟"), guest_row("  李 娜 "),
                                            guest_row("Anna\u3000 Schmidt")])
    assert report.imported == 3
    assert [guest.name for guest in guests_of(engine)] == ["王伟", "李娜", "Anna Schmidt"]
    assert guests_of(engine)[0].pinyin == "wang wei"


def test_blank_rows_are_skipped_without_a_word(engine: Engine, tmp_path: Path) -> None:
    report = import_rows(engine, tmp_path, [guest_row("王伟"), [], [None] * 8,
                                            [7, None, None, None, None, None, None, None],
                                            guest_row("李娜")])
    assert report.imported == 2
    assert report.rejected == []
    assert report.warnings == []


def test_a_row_without_a_name_is_rejected(engine: Engine, tmp_path: Path) -> None:
    report = import_rows(engine, tmp_path, [guest_row("王伟"), guest_row("", title="司机")])
    assert report.imported == 1
    assert report.rejected == [RowIssue(5, "姓名 (B)", "姓名为空")]


def test_a_name_longer_than_100_characters_is_rejected(engine: Engine, tmp_path: Path) -> None:
    report = import_rows(engine, tmp_path, [guest_row("王" * 101), guest_row("李" * 100)])
    assert report.rejected == [RowIssue(4, "姓名 (B)", "姓名超过 100 个字符")]
    assert [len(guest.name) for guest in guests_of(engine)] == [100]


def test_later_duplicates_in_the_file_are_rejected_naming_the_first(engine: Engine,
                                                                    tmp_path: Path) -> None:
    report = import_rows(engine, tmp_path, [guest_row("王伟"), guest_row("李娜"),
                                            guest_row("王　伟", title="行长"),
                                            guest_row("王伟", "国家电网 ")])
    assert report.imported == 2
    assert report.rejected == [RowIssue(6, "姓名 (B)", "与第 4 行重复（姓名和单位相同）"),
                               RowIssue(7, "姓名 (B)", "与第 4 行重复（姓名和单位相同）")]


def test_the_same_name_in_another_organisation_is_another_guest(engine: Engine,
                                                                tmp_path: Path) -> None:
    report = import_rows(engine, tmp_path, [guest_row("王伟", "国家电网"),
                                            guest_row("王伟", "中国银行")])
    assert report.imported == 2
    assert report.rejected == []


def test_unknown_rank_text_keeps_the_row_with_no_level_and_a_warning(engine: Engine,
                                                                     tmp_path: Path) -> None:
    report = import_rows(engine, tmp_path, [guest_row("王伟", rank="处长级"),
                                            guest_row("李娜", rank="副部级"),
                                            guest_row("张强", rank=3.0)])
    assert report.imported == 3
    assert report.warnings == [RowIssue(4, "级别 (F)", "无法识别的级别“处长级”，级别留空，请核对")]
    assert [guest.rank_level for guest in guests_of(engine)] == [None, 4, 3]


def test_unknown_rsvp_and_gender_are_warned_and_left_as_they_were(engine: Engine,
                                                                  tmp_path: Path) -> None:
    rows = [["姓名", "性别", "回执"], ["王伟", "男性", "也许"], ["李娜", "女", "确认"]]
    report = import_file(engine, write_xlsx(tmp_path / "名单.xlsx", rows), event_name=EVENT)
    assert report.warnings == [RowIssue(2, "性别 (B)", "无法识别的性别“男性”，已留空"),
                               RowIssue(2, "回执 (C)", "无法识别的回执“也许”，已忽略")]
    guests = guests_of(engine)
    assert [(guest.gender, guest.rsvp) for guest in guests] == [("", "invited"),
                                                              ("female", "confirmed")]


def test_an_invalid_email_is_warned_and_kept(engine: Engine, tmp_path: Path) -> None:
    rows = [["姓名", "邮箱"], ["王伟", "wangwei@"], ["李娜", "lina@sgcc.com.cn"]]
    report = import_file(engine, write_xlsx(tmp_path / "名单.xlsx", rows), event_name=EVENT)
    assert report.warnings == [RowIssue(2, "邮箱 (B)", "电子邮箱“wangwei@”格式不对，请核对")]
    assert [guest.email for guest in guests_of(engine)] == ["wangwei@", "lina@sgcc.com.cn"]


def test_text_too_long_for_its_column_is_left_out_with_a_warning(engine: Engine,
                                                                 tmp_path: Path) -> None:
    rows = [["姓名", "手机"], ["王伟", "1" * 51]]
    report = import_file(engine, write_xlsx(tmp_path / "名单.xlsx", rows), event_name=EVENT)
    assert report.warnings == [RowIssue(2, "手机 (B)", "联系电话超过 50 个字符，该项未导入")]
    assert guests_of(engine)[0].phone == ""


def test_values_are_read_in_the_organisers_words(engine: Engine, tmp_path: Path) -> None:
    rows = [["姓名", "性别", "级别", "级内排序", "类别", "回执", "贵宾", "联系电话"],
            ["王伟", "男", "省部级副职", 2.0, "央企", "确认参加", "是", 13800138000.0],
            ["Anna Schmidt", "F", "Director-general", "1", "Chamber", "Declined", "no", ""]]
    import_file(engine, write_xlsx(tmp_path / "名单.xlsx", rows), event_name=EVENT)
    first, second = guests_of(engine)
    assert (first.gender, first.rank_level, first.rank_order, first.category, first.rsvp,
            first.vip, first.phone) == ("male", 4, 2, "enterprise", "confirmed", True,
                                        "13800138000")
    assert (second.gender, second.rank_level, second.rank_order, second.category, second.rsvp,
            second.vip) == ("female", 5, 1, "Chamber", "declined", False)


def test_notes_keep_the_line_breaks_typed_in_the_cell(engine: Engine, tmp_path: Path) -> None:
    import_rows(engine, tmp_path, [guest_row("王伟", notes="清真\n  需要轮椅 ")])
    assert guests_of(engine)[0].notes == "清真\n需要轮椅"


def test_unmapped_columns_become_custom_fields(engine: Engine, tmp_path: Path) -> None:
    rows = [["姓名", "入住酒店", "车牌号", ""], ["王伟", "香格里拉", "苏A12345", "不读"],
            ["李娜", "", "", ""]]
    import_file(engine, write_xlsx(tmp_path / "名单.xlsx", rows), event_name=EVENT)
    assert [guest.custom for guest in guests_of(engine)] == [
        {"入住酒店": "香格里拉", "车牌号": "苏A12345"}, {}]


def test_the_users_mapping_overrides_the_headers(engine: Engine, tmp_path: Path) -> None:
    rows = [["姓名", "所在单位", "手机", "座位"], ["王伟", "国家电网", "13800138000", "A1"]]
    path = write_xlsx(tmp_path / "名单.xlsx", rows)
    import_file(engine, path, event_name=EVENT, mapping={1: "delegation", 2: None, 3: CUSTOM})
    guest = guests_of(engine)[0]
    assert (guest.organisation, guest.delegation, guest.phone, guest.custom) == (
        "", "国家电网", "", {"座位": "A1"})


def test_merged_organisation_cells_give_every_row_its_organisation(engine: Engine,
                                                                   tmp_path: Path) -> None:
    rows = [*messy_rows([guest_row("王伟", "国家电网"), guest_row("李娜", None),
                         guest_row("张强", None), guest_row("赵敏", "新华社")])]
    path = write_xlsx(tmp_path / "名单.xlsx", rows, merges=["A1:H1", "D4:D6"])
    import_file(engine, path, event_name=EVENT)
    assert [guest.organisation for guest in guests_of(engine)] == [
        "国家电网", "国家电网", "国家电网", "新华社"]


def test_a_merge_reaching_over_empty_rows_adds_no_guests(engine: Engine, tmp_path: Path) -> None:
    rows = messy_rows([guest_row("王伟", "国家电网"), guest_row(None, None),
                       guest_row(None, None)])
    path = write_xlsx(tmp_path / "名单.xlsx", rows, merges=["A1:H1", "D4:D6"])
    report = import_file(engine, path, event_name=EVENT)
    assert (report.imported, report.rejected) == (1, [])


def test_issues_in_a_csv_name_the_column_by_its_header(engine: Engine, tmp_path: Path) -> None:
    rows = [["姓名", "级别"], ["王伟", "很高"], ["", "部级"]]
    report = import_file(engine, write_csv(tmp_path / "名单.csv", rows), event_name=EVENT)
    assert report.rejected == [RowIssue(3, "姓名", "姓名为空")]
    assert report.warnings == [RowIssue(2, "级别", "无法识别的级别“很高”，级别留空，请核对")]


def test_reasons_are_given_in_english_to_english_users(engine: Engine, tmp_path: Path) -> None:
    set_language("en")
    report = import_rows(engine, tmp_path, [guest_row(""), guest_row("王伟", rank="高")])
    assert report.rejected == [RowIssue(4, "姓名 (B)", "the name is empty")]
    assert report.warnings == [RowIssue(
        5, "级别 (F)", "Rank level '高' not understood; rank level left empty, please check")]


def test_a_well_formed_sign_in_code_is_kept(engine: Engine, tmp_path: Path) -> None:
    code = new_token()
    rows = [["姓名", "签到码"], ["王伟", code], ["李娜", ""]]
    import_file(engine, write_xlsx(tmp_path / "名单.xlsx", rows), event_name=EVENT)
    first, second = guests_of(engine)
    assert first.token == code
    assert second.token and second.token != code


def test_a_malformed_sign_in_code_is_replaced_with_a_warning(engine: Engine,
                                                             tmp_path: Path) -> None:
    rows = [["姓名", "签到码"], ["王伟", "1001"]]
    report = import_file(engine, write_xlsx(tmp_path / "名单.xlsx", rows), event_name=EVENT)
    assert report.warnings == [RowIssue(2, "签到码 (B)", "签到码“1001”格式不对，已忽略")]
    assert len(guests_of(engine)[0].token) == 22


def test_a_sign_in_code_twice_in_the_file_is_kept_once(engine: Engine, tmp_path: Path) -> None:
    code = new_token()
    rows = [["姓名", "签到码"], ["王伟", code], ["李娜", code]]
    report = import_file(engine, write_xlsx(tmp_path / "名单.xlsx", rows), event_name=EVENT)
    assert report.warnings == [RowIssue(3, "签到码 (B)", "签到码与第 2 行相同，已忽略")]
    assert [guest.token == code for guest in guests_of(engine)] == [True, False]


def test_a_sign_in_code_of_another_events_guest_is_replaced(engine: Engine,
                                                           tmp_path: Path) -> None:
    code = new_token()
    path = write_xlsx(tmp_path / "名单.xlsx", [["姓名", "签到码"], ["王伟", code]])
    import_file(engine, path, event_name="欢迎晚宴")
    report = import_file(engine, path, event_name=EVENT)
    assert report.imported == 1
    assert report.warnings == [RowIssue(2, "签到码 (B)",
                                        "签到码已被其他活动的嘉宾使用，已生成新的签到码")]
    assert guests_of(engine)[0].token != code


def test_a_companion_is_linked_to_the_guest_named_in_the_file(engine: Engine,
                                                              tmp_path: Path) -> None:
    rows = [["姓名", "单位", "随行"], ["刘秘书", "江苏省政府", "张强"],
            ["张强", "江苏省政府", ""], ["张强", "新华社", ""]]
    report = import_file(engine, write_xlsx(tmp_path / "名单.xlsx", rows), event_name=EVENT)
    assert report.warnings == []
    secretary, governor, _reporter = guests_of(engine)
    assert secretary.companion_of_id == governor.id


def test_a_companion_is_linked_to_a_guest_already_in_the_event(engine: Engine,
                                                               tmp_path: Path) -> None:
    import_file(engine, write_xlsx(tmp_path / "领导.xlsx", [["姓名"], ["张强"]]),
                event_name=EVENT)
    rows = [["姓名", "随行对象"], ["刘秘书", "张　强"]]
    import_file(engine, write_xlsx(tmp_path / "随员.xlsx", rows), event_name=EVENT)
    governor, secretary = guests_of(engine)
    assert secretary.companion_of_id == governor.id


def test_a_companion_of_nobody_known_is_warned_and_not_linked(engine: Engine,
                                                              tmp_path: Path) -> None:
    rows = [["姓名", "单位", "随行"], ["刘秘书", "A", "周明"], ["王伟", "B", ""],
            ["王伟", "C", ""], ["小陈", "D", "王伟"]]
    report = import_file(engine, write_xlsx(tmp_path / "名单.xlsx", rows), event_name=EVENT)
    assert report.imported == 4
    assert report.warnings == [
        RowIssue(2, "随行 (C)", "找不到随行对象“周明”（文件和活动中都没有此人），未关联"),
        RowIssue(5, "随行 (C)", "有 2 位名为“王伟”的嘉宾，无法确定随行对象，未关联")]
    assert all(guest.companion_of_id is None for guest in guests_of(engine))


def test_the_plan_reports_without_writing(engine: Engine, tmp_path: Path) -> None:
    path = write_messy_xlsx(tmp_path / "名单.xlsx",
                            [guest_row("王伟", rank="处长级"), guest_row("")])
    report = plan_import(engine, path, event_name=EVENT)
    assert (report.imported, report.updated) == (1, 0)
    assert [issue.row for issue in report.rejected] == [5]
    assert [issue.row for issue in report.warnings] == [4]
    with transaction(engine) as session:
        assert session.exec(select(Event)).all() == []


def test_numbers_that_are_no_rank_are_warned_not_fatal(engine: Engine, tmp_path: Path) -> None:
    report = import_rows(engine, tmp_path, [guest_row("王伟", rank="፩"),
                                            guest_row("李娜", rank="99999999999")])
    assert report.imported == 2
    assert [issue.row for issue in report.warnings] == [4, 5]
    assert [guest.rank_level for guest in guests_of(engine)] == [None, None]

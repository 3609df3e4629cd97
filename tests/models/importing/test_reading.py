"""Reading messy lists: title rows, merged cells, sheets, header variants, encodings, delimiters."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.styles import Font

from models.importing import CUSTOM, ImportRefused, preview_file
from models.importing.reading import cell_text
from models.importing.table import read_table
from tests.models.importing.files import (
    HEADER,
    messy_rows,
    write_csv,
    write_messy_xlsx,
    write_xlsx,
)


def test_title_and_date_rows_above_a_merged_title_are_skipped(tmp_path: Path) -> None:
    preview = preview_file(write_messy_xlsx(tmp_path / "list.xlsx"))
    assert preview.header_row == 3
    assert preview.headers == HEADER
    assert preview.rows[0][:4] == ["1", "王伟", "男", "中国建设银行"]
    assert preview.row_numbers == [4, 5, 6]


def test_the_header_is_the_row_with_the_most_recognised_headers(tmp_path: Path) -> None:
    rows = [["姓名：请按职级排列"], ["姓名", "说明"], ["序号", "姓名", "单位", "职务"],
            [1, "王伟", "国家电网", "总经理"]]
    preview = preview_file(write_xlsx(tmp_path / "list.xlsx", rows))
    assert preview.header_row == 3


def test_numbering_columns_are_not_read(tmp_path: Path) -> None:
    preview = preview_file(write_messy_xlsx(tmp_path / "list.xlsx"))
    assert preview.mapping[0] is None
    assert preview.mapping[1] == "name"


def test_chinese_header_variants_are_mapped(tmp_path: Path) -> None:
    rows = [["编号", "嘉宾姓名", "工作单位", "职  务", "手机号码", "邮箱", "是否参会", "陪同对象"],
            [1, "王伟", "国家电网", "总经理", "13800138000", "w@sgcc.cn", "是", ""]]
    preview = preview_file(write_xlsx(tmp_path / "list.xlsx", rows))
    assert list(preview.mapping.values()) == [None, "name", "organisation", "title", "phone",
                                              "email", "rsvp", "companion_of"]


def test_english_header_variants_are_mapped(tmp_path: Path) -> None:
    rows = [["No.", "Full Name", "Company", "Job Title", "Mobile", "E-mail", "Remarks", "Hotel"],
            [1, "Anna Schmidt", "Siemens", "CEO", "+49 89 636", "anna@siemens.com", "", "A"]]
    preview = preview_file(write_xlsx(tmp_path / "list.xlsx", rows))
    assert list(preview.mapping.values()) == [None, "name", "organisation", "title", "phone",
                                              "email", "notes", CUSTOM]


def test_a_second_column_naming_the_same_field_becomes_a_custom_field(tmp_path: Path) -> None:
    rows = [["姓名", "手机", "电话"], ["王伟", "13800138000", "010-12345678"]]
    preview = preview_file(write_xlsx(tmp_path / "list.xlsx", rows))
    assert preview.mapping == {0: "name", 1: "phone", 2: CUSTOM}


def test_the_first_sheet_with_a_header_holds_the_list(tmp_path: Path) -> None:
    sheets = {"说明": [["本表由会务组填写"], ["请勿修改表头"]], "名单": messy_rows()}
    preview = preview_file(write_xlsx(tmp_path / "list.xlsx", [], sheets=sheets))
    assert preview.sheets == ["说明", "名单"]
    assert preview.sheet == "名单"
    assert preview.header_row == 3


def test_a_named_sheet_is_read_even_after_another_list(tmp_path: Path) -> None:
    sheets = {"主会场": messy_rows(), "晚宴": [["姓名", "单位"], ["赵敏", "新华社"]]}
    preview = preview_file(write_xlsx(tmp_path / "list.xlsx", [], sheets=sheets), sheet="晚宴")
    assert preview.sheet == "晚宴"
    assert preview.rows == [["赵敏", "新华社"]]


def test_a_sheet_that_is_not_in_the_file_is_refused_naming_those_that_are(
        tmp_path: Path) -> None:
    path = write_messy_xlsx(tmp_path / "list.xlsx")
    with pytest.raises(ImportRefused, match="没有名为“嘉宾”的工作表（有：名单）"):
        preview_file(path, sheet="嘉宾")


def test_the_header_row_can_be_given(tmp_path: Path) -> None:
    rows = [["姓名", "单位"], ["说明：下表为正式名单"], ["姓名", "单位", "职务"],
            ["王伟", "国家电网", "总经理"]]
    path = write_xlsx(tmp_path / "list.xlsx", rows)
    assert preview_file(path).header_row == 3
    preview = preview_file(path, header_row=1)
    assert preview.header_row == 1
    assert preview.row_numbers == [2, 3, 4]


def test_an_organisation_merged_down_the_rows_is_read_in_each_of_them(tmp_path: Path) -> None:
    guests = [[1, "王伟", "男", "国家电网", "总经理", "", "", ""],
              [2, "李娜", "女", None, "副总经理", "", "", ""],
              [3, "张强", "男", None, "总会计师", "", "", ""],
              [4, "赵敏", "女", "新华社", "记者", "", "", ""]]
    path = write_xlsx(tmp_path / "list.xlsx", messy_rows(guests), merges=["A1:H1", "D4:D6"])
    table = read_table(path)
    assert [row.cells[3] for row in table.rows] == ["国家电网", "国家电网", "国家电网", "新华社"]
    assert [sorted(row.filled) for row in table.rows] == [[], [3], [3], []]


def test_a_header_split_over_two_merged_rows_is_found(tmp_path: Path) -> None:
    rows = [["姓名", "单位", "联系方式", None], [None, None, "手机", "邮箱"],
            ["王伟", "国家电网", "13800138000", "w@sgcc.cn"]]
    path = write_xlsx(tmp_path / "list.xlsx", rows, merges=["A1:A2", "B1:B2", "C1:D1"])
    preview = preview_file(path)
    assert preview.header_row == 2
    assert preview.mapping == {0: "name", 1: "organisation", 2: "phone", 3: "email"}


def test_the_preview_shows_the_first_rows_without_the_blank_ones(tmp_path: Path) -> None:
    guests = [[number, f"嘉宾{number}", "", "国家电网"] for number in range(1, 31)]
    guests[2:2] = [[], [None, None, None, None]]
    preview = preview_file(write_messy_xlsx(tmp_path / "list.xlsx", guests))
    assert len(preview.rows) == 20
    assert preview.row_numbers[:4] == [4, 5, 8, 9]
    assert all(len(row) == len(HEADER) for row in preview.rows)


@pytest.mark.parametrize(("value", "text"), [
    (13800138000.0, "13800138000"),
    (3.0, "3"),
    (2.5, "2.5"),
    (0.1 + 0.2, "0.3"),
    (42, "42"),
    (True, "TRUE"),
    (datetime(2026, 3, 1), "2026-03-01"),
    (datetime(2026, 3, 1, 9, 30), "2026-03-01 09:30"),
    (date(2026, 3, 1), "2026-03-01"),
    (time(14, 0), "14:00"),
    ("  王伟 ", "王伟"),
    ("'=SUM(A1)", "=SUM(A1)"),
    ("'王伟", "'王伟"),
    (None, ""),
])
def test_cells_read_as_the_text_excel_shows(value: object, text: str) -> None:
    assert cell_text(value) == text


def test_float_phone_numbers_and_dates_in_xlsx_read_back_clean(tmp_path: Path) -> None:
    rows = [["姓名", "联系电话", "级别", "到达日期"],
            ["王伟", 13800138000.0, 3.0, datetime(2026, 3, 1)]]
    preview = preview_file(write_xlsx(tmp_path / "list.xlsx", rows))
    assert preview.rows == [["王伟", "13800138000", "3", "2026-03-01"]]


def test_a_utf8_csv_with_byte_order_mark(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", messy_rows(), encoding="utf-8-sig")
    preview = preview_file(path)
    assert preview.encoding == "utf-8-sig"
    assert preview.headers == HEADER
    assert preview.sheets == []
    assert preview.sheet is None


def test_a_gbk_csv_is_read_as_gb18030(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", messy_rows(), encoding="gbk")
    preview = preview_file(path)
    assert preview.encoding == "gb18030"
    assert preview.rows[1][1:4] == ["李娜", "女", "国家电网"]


@pytest.mark.parametrize("delimiter", [";", "\t", ","])
def test_the_csv_delimiter_is_found(tmp_path: Path, delimiter: str) -> None:
    rows = [*messy_rows(), [4, "Smith, John", "男", "Barclays; London", "", "", "", ""]]
    path = write_csv(tmp_path / "list.csv", rows, delimiter=delimiter)
    preview = preview_file(path)
    assert preview.header_row == 3
    assert preview.rows[-1][1] == "Smith, John"
    assert preview.rows[-1][3] == "Barclays; London"


def test_a_utf16_text_export_from_excel_is_read(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", messy_rows(), encoding="utf-16", delimiter="\t")
    preview = preview_file(path)
    assert preview.encoding == "utf-16"
    assert preview.rows[0][1] == "王伟"



def test_rows_formatted_but_empty_below_the_list_are_not_read(tmp_path: Path) -> None:
    path = write_messy_xlsx(tmp_path / "list.xlsx")
    book = load_workbook(path)
    for row in range(7, 3000):
        book.active.cell(row, 2).font = Font(bold=True)
    book.save(path)
    table = read_table(path)
    assert [row.number for row in table.rows] == [4, 5, 6]

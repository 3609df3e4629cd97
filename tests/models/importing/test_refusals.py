"""Files that cannot be read as a guest list are refused whole, saying why; nothing is written."""

from __future__ import annotations

import gc
import re
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from models.db import transaction
from models.events import EventNameRefused
from models.importing import ImportRefused, import_file, plan_import, preview_file
from models.importing.table import read_table
from models.lang import set_language
from models.tables import Event, Guest
from tests.models.importing.files import messy_rows, write_csv, write_messy_xlsx, write_xlsx


def _nothing_stored(engine: Engine) -> bool:
    with transaction(engine) as session:
        return not session.exec(select(Event)).all() and not session.exec(select(Guest)).all()


def test_a_text_file_is_refused_and_nothing_is_written(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "名单.txt"
    path.write_text("姓名,单位\n王伟,国家电网\n", encoding="utf-8")
    expected = "无法导入“名单.txt”：只能导入 .xlsx 或 .csv 文件"
    with pytest.raises(ImportRefused, match=re.escape(expected)):
        import_file(engine, path, event_name="投资大会")
    assert _nothing_stored(engine)


def test_a_damaged_xlsx_is_refused(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "名单.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not really a workbook")
    with pytest.raises(ImportRefused, match=r"名单\.xlsx.*已损坏"):
        import_file(engine, path, event_name="投资大会")
    assert _nothing_stored(engine)


def test_binary_garbage_named_csv_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "名单.csv"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(ImportRefused, match="不是文本格式"):
        preview_file(path)


def test_an_old_xls_file_is_refused_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "名单.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    with pytest.raises(ImportRefused, match=r"另存为 \.xlsx"):
        preview_file(path)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportRefused, match="文件不存在"):
        preview_file(tmp_path / "没有.xlsx")


def test_an_xlsx_without_a_recognisable_header_is_refused(engine: Engine,
                                                          tmp_path: Path) -> None:
    rows = [["2026年投资大会嘉宾名单"], ["嘉宾", "所在地"], ["王伟", "北京"]]
    path = write_xlsx(tmp_path / "名单.xlsx", rows)
    with pytest.raises(ImportRefused, match=r"找不到表头行.*“姓名”列.*已查看工作表：名单"):
        import_file(engine, path, event_name="投资大会")
    assert _nothing_stored(engine)


def test_a_csv_without_a_name_column_is_refused(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "名单.csv", [["单位", "职务"], ["国家电网", "总经理"]])
    with pytest.raises(ImportRefused, match="找不到表头行"):
        preview_file(path)


def test_a_given_header_row_without_a_name_column_is_refused(tmp_path: Path) -> None:
    path = write_messy_xlsx(tmp_path / "名单.xlsx")
    with pytest.raises(ImportRefused, match="第 2 行不是含“姓名”列的表头"):
        preview_file(path, header_row=2)


def test_planning_a_refused_file_raises_the_same_refusal(engine: Engine, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "名单.csv", [["单位"], ["国家电网"]])
    with pytest.raises(ImportRefused):
        plan_import(engine, path, event_name="投资大会")


def test_the_refusal_speaks_english_when_the_user_does(tmp_path: Path) -> None:
    set_language("en")
    path = write_csv(tmp_path / "guests.csv", messy_rows()[:2])
    expected = "Cannot import 'guests.csv': no header row found"
    with pytest.raises(ImportRefused, match=re.escape(expected)):
        preview_file(path)


def test_a_zip_file_that_holds_no_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "名单.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<document/>")
    with pytest.raises(ImportRefused, match="已损坏、设有打开密码，或不是 Excel"):
        preview_file(path)
    # A file handle openpyxl left open would warn (and fail the test) when collected.
    gc.collect()


def test_a_mapping_to_a_field_zuoci_does_not_know_is_the_callers_mistake(
        tmp_path: Path) -> None:
    path = write_messy_xlsx(tmp_path / "名单.xlsx")
    with pytest.raises(ValueError, match="no guest field"):
        read_table(path, mapping={2: "shoe_size"})
    with pytest.raises(ValueError, match="same guest field"):
        read_table(path, mapping={2: "title", 3: "title"})


def test_an_empty_event_name_is_refused_before_reading(engine: Engine, tmp_path: Path) -> None:
    with pytest.raises(EventNameRefused):
        import_file(engine, write_messy_xlsx(tmp_path / "名单.xlsx"), event_name="　 ")
    assert _nothing_stored(engine)


def test_an_empty_csv_is_refused_as_empty(tmp_path: Path, engine: Engine) -> None:
    path = tmp_path / "名单.csv"
    path.write_bytes(b"")
    with pytest.raises(ImportRefused, match="文件是空的"):
        import_file(engine, path, event_name="年会")

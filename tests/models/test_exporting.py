"""Export: every field in the user's language, safe cells, and a list the importer reads back."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine
from sqlmodel import Session, select

from models import exporting
from models.db import open_database, transaction
from models.events import create_event, find_event
from models.exporting import (
    COLUMN_PROVIDERS,
    Column,
    ExportRefused,
    export_event,
    neutralise,
)
from models.fields import GUEST_FIELDS, field_for_header
from models.guests import new_guest
from models.importing import ImportMode, import_file
from models.lang import set_language
from models.tables import Event, Guest, Rsvp
from models.vocab import parse_category, parse_gender, parse_rank_level, parse_rsvp, parse_yes_no

EVENT = "导出测试"


def _event_with_guests(session: Session) -> Event:
    event = create_event(session, EVENT, venue="宴会厅")
    host = new_guest(event.id, "王伟", list_order=1, gender="male", organisation="省人民政府",
                     title="省长", rank_level=3, rank_order=1, category="leader",
                     phone="+86 138 0000 0001", email="wang@example.com", rsvp=Rsvp.CONFIRMED,
                     vip=True, dietary="清真", notes="致辞", token="-Zegs2SvjYNI3EyiLu3kOw",
                     custom={"签约项目": "数据中心", "车牌": "云A12345"})
    session.add(host)
    session.flush()
    session.add_all([
        new_guest(event.id, "欧阳娜", list_order=2, gender="female", organisation="省人民政府",
                  title="秘书", rank_level=8, category="leader", companion_of_id=host.id,
                  rsvp=Rsvp.DECLINED, accessibility="轮椅", contact_person="李静",
                  delegation="省政府", custom={"车牌": "云A54321"}),
        new_guest(event.id, "阿不都·艾力", list_order=3, organisation="云川日报社",
                  title="记者", category="港澳台嘉宾", rsvp=Rsvp.CANCELLED,
                  notes="=HYPERLINK(\"http://example.com\",\"点击\")"),
    ])
    session.flush()
    return event


def _export(engine: Engine, path: Path) -> None:
    with transaction(engine) as session:
        export_event(session, find_event(session, EVENT), path)


def _xlsx_rows(path: Path) -> list[list[object]]:
    sheet = load_workbook(path).active
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def _csv_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def _by_header(rows: Sequence[Sequence[object]]) -> list[dict[str, object]]:
    headers = [str(header) for header in rows[0]]
    return [dict(zip(headers, row, strict=True)) for row in rows[1:]]


@pytest.fixture
def exported(engine: Engine) -> Engine:
    with transaction(engine) as session:
        _event_with_guests(session)
    return engine


def test_the_name_column_is_called_姓名_in_chinese_and_name_in_english(
        exported: Engine, tmp_path: Path) -> None:
    _export(exported, tmp_path / "zh.xlsx")
    set_language("en")
    _export(exported, tmp_path / "en.csv")
    assert _xlsx_rows(tmp_path / "zh.xlsx")[0][0] == "姓名"
    assert _csv_rows(tmp_path / "en.csv")[0][0] == "Name"


def test_every_guest_field_then_the_custom_fields_in_first_seen_order(
        exported: Engine, tmp_path: Path) -> None:
    _export(exported, tmp_path / "list.xlsx")
    headers = _xlsx_rows(tmp_path / "list.xlsx")[0]
    assert headers == [field.zh for field in GUEST_FIELDS] + ["签约项目", "车牌"]
    assert all(field_for_header(str(header)) for header in headers[:len(GUEST_FIELDS)])


def test_guests_are_written_in_list_order_with_words_the_importer_reads(
        exported: Engine, tmp_path: Path) -> None:
    _export(exported, tmp_path / "list.xlsx")
    host, companion, reporter = _by_header(_xlsx_rows(tmp_path / "list.xlsx"))
    assert [host["姓名"], companion["姓名"], reporter["姓名"]] == ["王伟", "欧阳娜", "阿不都·艾力"]
    assert parse_gender(str(host["性别"])) == "male"
    assert parse_rank_level(str(host["级别"])) == 3
    assert host["级内排序"] == 1
    assert parse_category(str(host["类别"])) == "leader"
    assert parse_category(str(reporter["类别"])) == "港澳台嘉宾"
    assert parse_rsvp(str(companion["回执"])) == Rsvp.DECLINED
    assert parse_rsvp(str(reporter["回执"])) == Rsvp.CANCELLED
    assert (parse_yes_no(str(host["重要嘉宾"])), parse_yes_no(str(companion["重要嘉宾"]))) == (
        True, False)
    assert companion["随行对象"] == "王伟"
    assert host["签到码"] == "-Zegs2SvjYNI3EyiLu3kOw"
    assert (host["车牌"], companion["车牌"], reporter["车牌"]) == ("云A12345", "云A54321", None)


def test_english_export_writes_english_labels(exported: Engine, tmp_path: Path) -> None:
    set_language("en")
    _export(exported, tmp_path / "list.csv")
    host, companion, _reporter = _by_header(_csv_rows(tmp_path / "list.csv"))
    assert (host["Gender"], host["Category"], host["RSVP"], host["VIP"]) == (
        "Male", "Leader", "Confirmed", "Yes")
    assert parse_rank_level(str(host["Rank level"])) == 3
    assert (companion["VIP"], companion["Companion of"]) == ("No", "王伟")


def test_xlsx_has_a_bold_frozen_header_and_columns_wide_enough(
        exported: Engine, tmp_path: Path) -> None:
    _export(exported, tmp_path / "list.xlsx")
    sheet = load_workbook(tmp_path / "list.xlsx").active
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.b for cell in sheet[1])
    organisation = sheet.column_dimensions["C"].width
    assert organisation >= len("省人民政府") * 2
    assert sheet.column_dimensions["L"].width < organisation


def test_csv_is_utf8_with_a_byte_order_mark_for_excel(exported: Engine, tmp_path: Path) -> None:
    _export(exported, tmp_path / "list.csv")
    raw = (tmp_path / "list.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf" + "姓名".encode())
    assert len(_csv_rows(tmp_path / "list.csv")) == 4


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_neutralises_cells_that_start_a_formula(
        exported: Engine, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"list{suffix}"
    _export(exported, path)
    rows = _xlsx_rows(path) if suffix == ".xlsx" else _csv_rows(path)
    reporter = _by_header(rows)[2]
    assert reporter["备注"] == "'=HYPERLINK(\"http://example.com\",\"点击\")"
    if suffix == ".xlsx":
        assert all(cell.data_type != "f" for row in load_workbook(path).active for cell in row)


@pytest.mark.parametrize("text", ["=1+1", "+SUM(A1:A9)", "-2+3*cmd|' /C calc'!A0", "@SUM(1)",
                                  "\t=1", "\r=1", "- 待定", "+"])
def test_text_that_could_run_as_a_formula_gets_an_apostrophe(text: str) -> None:
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("text", ["+86 138 0000 0001", "-1", "(0871) 6512-3456", "+1.5",
                                  "-Zegs2SvjYNI3EyiLu3kOw", "王伟", "a=b", ""])
def test_phones_numbers_codes_and_ordinary_text_are_written_as_they_are(text: str) -> None:
    assert neutralise(text) == text


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_phone_starting_with_plus_reads_back_unchanged(
        exported: Engine, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"list{suffix}"
    _export(exported, path)
    rows = _xlsx_rows(path) if suffix == ".xlsx" else _csv_rows(path)
    assert _by_header(rows)[0]["联系电话"] == "+86 138 0000 0001"


def test_another_part_of_zuoci_can_add_columns(exported: Engine, tmp_path: Path) -> None:
    def seats(session: Session, event: Event, guests: Sequence[Guest]) -> list[Column]:
        return [Column("主席台", lambda guest: 1 if guest.vip else None)]

    with transaction(exported) as session:
        export_event(session, find_event(session, EVENT), tmp_path / "list.xlsx",
                     providers=(*COLUMN_PROVIDERS, seats))
    rows = _xlsx_rows(tmp_path / "list.xlsx")
    assert rows[0][-1] == "主席台"
    assert [row[-1] for row in rows[1:]] == [1, None, None]


def test_an_unknown_file_type_is_refused(exported: Engine, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ExportRefused, match=r"\.pdf"):
        _export(exported, folder / "list.pdf")
    assert list(folder.iterdir()) == []


def test_a_missing_folder_is_refused_with_the_path(exported: Engine, tmp_path: Path) -> None:
    with pytest.raises(ExportRefused, match="无法写入"):
        _export(exported, tmp_path / "missing" / "list.xlsx")


def test_a_failed_export_keeps_the_old_file_whole(
        exported: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    old = folder / "list.csv"
    old.write_text("上次导出的名单", encoding="utf-8")

    def disk_full(path: Path, headers: list[str], rows: list[list[object]]) -> None:
        path.write_text("半份", encoding="utf-8")
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(exporting._WRITERS, ".csv", disk_full)
    with pytest.raises(ExportRefused, match="No space left"):
        _export(exported, old)
    assert old.read_text(encoding="utf-8") == "上次导出的名单"
    assert list(folder.iterdir()) == [old]


def test_a_file_open_in_another_program_is_refused_with_that_hint(
        exported: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def locked(path: Path, headers: list[str], rows: list[list[object]]) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setitem(exporting._WRITERS, ".xlsx", locked)
    with pytest.raises(ExportRefused, match="Excel"):
        _export(exported, tmp_path / "list.xlsx")


def test_a_target_that_cannot_be_replaced_is_refused_and_leaves_no_partial_file(
        exported: Engine, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    (folder / "list.csv").mkdir(parents=True)
    with pytest.raises(ExportRefused):
        _export(exported, folder / "list.csv")
    assert [path.name for path in folder.iterdir()] == ["list.csv"]
    assert (folder / "list.csv").is_dir()


def test_an_event_without_guests_exports_the_header_only(engine: Engine, tmp_path: Path) -> None:
    with transaction(engine) as session:
        event = create_event(session, "空名单")
        assert export_event(session, event, tmp_path / "empty.xlsx") == 0
    assert _xlsx_rows(tmp_path / "empty.xlsx") == [[field.zh for field in GUEST_FIELDS]]


GUEST_DATA = ("name", "gender", "organisation", "title", "rank_level", "rank_order", "category",
              "delegation", "phone", "email", "rsvp", "vip", "contact_person", "dietary",
              "accessibility", "notes", "custom", "token", "list_order")


def _guest_data(engine: Engine, event_name: str) -> list[dict[str, object]]:
    with transaction(engine) as session:
        event = find_event(session, event_name)
        guests = session.exec(select(Guest).where(Guest.event_id == event.id)
                              .order_by(Guest.list_order, Guest.id)).all()
        names = {guest.id: guest.name for guest in guests}
        return [{**{key: getattr(guest, key) for key in GUEST_DATA},
                 "companion_of": names.get(guest.companion_of_id)} for guest in guests]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_import_export_import_gives_the_same_guests(
        exported: Engine, tmp_path: Path, suffix: str) -> None:
    original = _guest_data(exported, EVENT)
    first = tmp_path / f"first{suffix}"
    _export(exported, first)
    copy = open_database(tmp_path / "copy.db")
    report = import_file(copy, first, event_name=EVENT, mode=ImportMode.ADD)
    assert (report.imported, report.rejected) == (3, [])
    imported = _guest_data(copy, EVENT)
    again = tmp_path / f"again{suffix}"
    _export(copy, again)
    copy.dispose()
    second_copy = open_database(tmp_path / "second.db")
    import_file(second_copy, again, event_name=EVENT, mode=ImportMode.ADD)
    reimported = _guest_data(second_copy, EVENT)
    second_copy.dispose()
    assert imported == reimported == original

"""Guest lists as organisers send them, written for the importer's tests."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

Rows = Sequence[Sequence[object]]

TITLE = "2026年投资大会嘉宾名单"
HEADER = ["序号", "姓名", "性别", "单位", "职务", "级别", "联系电话", "备注"]
GUESTS = [
    [1, "王伟", "男", "中国建设银行", "行长", "省部级副职", 13800138000.0, ""],
    [2, "李娜", "女", "国家电网", "总经理", "厅局级正职", 13900139000.0, "清真"],
    [3, "张强", "男", "江苏省商务厅", "厅长", "厅局级正职", 13700137000.0, ""],
]


def messy_rows(guests: Rows = GUESTS) -> list[list[object]]:
    """A title row, a date row, then the header and the guests: the header is row 3."""
    return [[TITLE], ["制表日期：2026年3月1日"], list(HEADER), *[list(row) for row in guests]]


def write_xlsx(path: Path, rows: Rows, *, merges: Sequence[str] = (),
               sheets: dict[str, Rows] | None = None) -> Path:
    """One sheet of rows with the given merged ranges, or several sheets in order."""
    book = Workbook()
    book.remove(book.active)
    for name, sheet_rows in (sheets or {"名单": rows}).items():
        sheet = book.create_sheet(name)
        for row in sheet_rows:
            sheet.append(list(row))
        if sheets is None:
            for merged in merges:
                sheet.merge_cells(merged)
    book.save(path)
    return path


def write_messy_xlsx(path: Path, guests: Rows = GUESTS) -> Path:
    """The list with its title merged across the columns, as organisers make it."""
    return write_xlsx(path, messy_rows(guests), merges=["A1:H1"])


def write_csv(path: Path, rows: Rows, *, encoding: str = "utf-8", delimiter: str = ",") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(
            ["" if value is None else value for value in row] for row in rows)
    return path

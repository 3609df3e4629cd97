"""A guest list as a table: its sheet and header row found, its columns mapped, its rows."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from openpyxl.utils import get_column_letter

from models.importing.header import (
    NAME,
    ColumnMapping,
    best_header,
    check_mapping,
    header_score,
    header_texts,
    resolve_mapping,
)
from models.importing.reading import (
    CSV_SUFFIXES,
    XLSX_SUFFIXES,
    SheetRow,
    Workbook,
    decode_csv,
    read_csv,
)
from models.importing.report import ImportRefused
from models.lang import say

# Title rows, dates and notes above the header rarely take more than a few rows.
SCAN_ROWS = 30
DELIMITERS = (",", ";", "\t")


@dataclass
class Table:
    """The rows of one sheet below its header row, with the header and the column mapping."""

    file: str
    sheets: list[str]
    sheet: str | None
    encoding: str | None
    header_row: int
    headers: list[str]
    mapping: ColumnMapping
    rows: list[SheetRow]
    letters_shown: bool

    @property
    def letters(self) -> list[str]:
        return [get_column_letter(index + 1) for index in range(len(self.headers))]

    def column(self, index: int) -> str:
        """A column as a report names it: its header and, for .xlsx, its letter."""
        letter = get_column_letter(index + 1)
        header = self.headers[index]
        if not self.letters_shown:
            return header or letter
        return f"{header} ({letter})" if header else letter

    def custom_key(self, index: int) -> str:
        """The custom field a column fills: its header text, or its letter when it has none."""
        return self.headers[index] or get_column_letter(index + 1)


# Reads a sheet (or a CSV split at a delimiter) from row 1 up to a row, or to the end.
RowReader = Callable[[int | None], list[SheetRow]]


def read_table(path: str | Path, sheet: str | None = None, header_row: int | None = None,
               mapping: Mapping[int, str | None] | None = None,
               rows_below_header: int | None = None) -> Table:
    """The guest list in a file: the sheet named, else the first sheet with a header row; the
    header row given (1-based), else the row with the most recognised headers. Raises
    ImportRefused when there is no such sheet or row, or no column holds the guests' names."""
    source = Path(path)
    check_mapping(mapping)
    if header_row is not None and header_row < 1:
        raise ValueError(f"header row {header_row} is not a row number")
    if not source.is_file():
        raise ImportRefused(source, say("文件不存在", "the file does not exist"))
    suffix = source.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        return _from_workbook(source, sheet, header_row, mapping, rows_below_header)
    if suffix in CSV_SUFFIXES:
        return _from_csv(source, header_row, mapping, rows_below_header)
    if suffix == ".xls":
        raise ImportRefused(source, say("旧版 Excel (.xls) 文件无法读取，请在 Excel 中另存为 .xlsx",
                                        "old Excel (.xls) files cannot be read; save it as .xlsx "
                                        "in Excel"))
    raise ImportRefused(source, say("只能导入 .xlsx 或 .csv 文件",
                                    "only .xlsx and .csv files can be imported"))


def _from_workbook(path: Path, sheet: str | None, header_row: int | None,
                   mapping: Mapping[int, str | None] | None,
                   rows_below_header: int | None) -> Table:
    with Workbook(path) as book:
        if sheet is not None and sheet not in book.sheets:
            raise ImportRefused(path, say(
                f"没有名为“{sheet}”的工作表（有：{'、'.join(book.sheets)}）",
                f"there is no sheet named {sheet!r} (there are: {', '.join(book.sheets)})"))
        for name in [sheet] if sheet is not None else book.sheets:
            def read(stop: int | None, name: str = name) -> list[SheetRow]:
                return book.read(name, stop)

            found = _find_header(read, header_row, mapping)
            if found is not None:
                return _table(path, read, found, rows_below_header,
                              sheets=book.sheets, sheet=name, encoding=None)
        if sheet is not None:
            raise ImportRefused(path, _no_header(header_row) + say(
                f"（工作表“{sheet}”）", f" (sheet {sheet!r})"))
        raise ImportRefused(path, _no_header(header_row) + say(
            f"（已查看工作表：{'、'.join(book.sheets)}）",
            f" (sheets looked at: {', '.join(book.sheets)})"))


def _from_csv(path: Path, header_row: int | None, mapping: Mapping[int, str | None] | None,
              rows_below_header: int | None) -> Table:
    text, encoding = decode_csv(path)
    best: tuple[RowReader, _Header] | None = None
    for delimiter in DELIMITERS:
        def read(stop: int | None, delimiter: str = delimiter) -> list[SheetRow]:
            return read_csv(path, text, delimiter, stop)

        # The delimiter is the one that makes the best header: a title row, or commas inside
        # names, fool a sniffer that only counts separators.
        found = _find_header(read, header_row, mapping)
        if found is not None and (best is None or found.score > best[1].score):
            best = read, found
    if best is None:
        raise ImportRefused(path, _no_header(header_row))
    return _table(path, best[0], best[1], rows_below_header, sheets=[], sheet=None,
                  encoding=encoding)


def _no_header(header_row: int | None) -> str:
    if header_row is not None:
        return say(f"第 {header_row} 行不是含“姓名”列的表头",
                   f"row {header_row} is not a header with a Name column")
    return say(f"找不到表头行：前 {SCAN_ROWS} 行中没有一行含有“姓名”列",
               f"no header row found: none of the first {SCAN_ROWS} rows has a Name column")


@dataclass
class _Header:
    """The header row found among the first rows of a sheet, and how its columns map."""

    row: SheetRow
    headers: list[str]
    mapping: ColumnMapping

    @property
    def score(self) -> int:
        return header_score(self.headers)


def _find_header(read: RowReader, header_row: int | None,
                 overrides: Mapping[int, str | None] | None) -> _Header | None:
    """The header row of a sheet, or None when it has none with a column for the names."""
    head = read(max(SCAN_ROWS, header_row or 0))
    if header_row is None:
        row = best_header(head)
    else:
        row = next((row for row in head if row.number == header_row), None)
    if row is None:
        return None
    # Room for every column the user mapped, even one whose header cell is empty.
    width = max(overrides or {0: None}) + 1
    headers = header_texts(row.cells, width)
    mapping = resolve_mapping(headers, overrides)
    if NAME not in mapping.values():
        return None
    return _Header(row, headers, mapping)


def _table(path: Path, read: RowReader, found: _Header, rows_below_header: int | None, *,
           sheets: list[str], sheet: str | None, encoding: str | None) -> Table:
    header_row = found.row.number
    stop = None if rows_below_header is None else header_row + rows_below_header
    rows = [row for row in read(stop) if row.number > header_row]
    width = len(found.headers)
    for row in rows:
        # Every row as wide as the header: a cell beyond it has no column to go to.
        missing = width - len(row.cells)
        if missing > 0:
            row.cells.extend([""] * missing)
        elif missing < 0:
            del row.cells[width:]
    return Table(file=path.name, sheets=sheets, sheet=sheet, encoding=encoding,
                 header_row=header_row, headers=found.headers, mapping=found.mapping,
                 rows=rows, letters_shown=path.suffix.lower() in XLSX_SUFFIXES)

"""The cells of .xlsx and .csv files as text, row by row, with merged cells filled down."""

from __future__ import annotations

import codecs
import csv
import io
import re
import warnings
import zipfile
from collections.abc import Iterable
from datetime import date, datetime, time
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import Any, NamedTuple

from openpyxl import load_workbook
from openpyxl.utils.cell import range_boundaries

from models.importing.report import ImportRefused
from models.lang import say

XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
CSV_SUFFIXES = frozenset({".csv"})
NOTHING_FILLED: frozenset[int] = frozenset()

# The export writes text that a spreadsheet would run as a formula with a leading apostrophe;
# reading it back takes the apostrophe off again.
_NEUTRALISED = re.compile(r"'(?=[=+\-@\t\r])")
# mergeCell elements, with or without a namespace prefix (some writers use "x:").
_MERGE_CELL = re.compile(
    rb"<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref=[\"']([A-Za-z]+\d+:[A-Za-z]+\d+)[\"']")


class SheetRow(NamedTuple):
    """One row of a sheet: its number as the spreadsheet shows it, its cells as text, and the
    columns (0-based) whose text was filled down from a merged cell above."""

    number: int
    cells: list[str]
    filled: frozenset[int] = NOTHING_FILLED

    def typed(self, columns: list[int]) -> bool:
        """Whether someone typed anything into these columns of the row."""
        cells, filled = self.cells, self.filled
        return any(cells[i] for i in columns if i < len(cells) and i not in filled)


def cell_text(value: object) -> str:
    """A cell as the user reads it: numbers Excel stored as floats without '.0', dates in ISO
    form, booleans as Excel shows them, text trimmed."""
    if value is None:
        return ""
    if isinstance(value, str):
        text = value.strip()
        return _NEUTRALISED.sub("", text, count=1).strip() if text[:1] == "'" else text
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        # 13800138000.0 is a phone number and 3.0 a rank; 15 digits is what Excel displays.
        return str(int(value)) if value.is_integer() else f"{value:.15g}"
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec=_timespec(value.second, value.microsecond))
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec=_timespec(value.second, value.microsecond))
    return str(value).strip()


def _timespec(second: int, microsecond: int) -> str:
    return "minutes" if second == 0 and microsecond == 0 else "seconds"


class Workbook:
    """An .xlsx file opened once for reading, in openpyxl's fast read-only mode."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            with warnings.catch_warnings():
                # Unsupported extensions, missing styles and the like do not matter for a list.
                warnings.simplefilter("ignore")
                self._book = load_workbook(path, read_only=True, data_only=True,
                                           keep_links=False)
        except Exception as error:
            raise ImportRefused(path, say(
                "文件已损坏、设有打开密码，或不是 Excel (.xlsx) 文件",
                "the file is damaged, protected by a password, or not an Excel (.xlsx) file")
            ) from error
        self.sheets = [sheet.title for sheet in self._book.worksheets]
        self._merges: dict[str, dict[int, list[tuple[int, int]]]] = {}

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._book.close()

    def read(self, name: str, stop: int | None = None) -> list[SheetRow]:
        """The rows of a sheet that hold anything, from row 1 up to row `stop` (or to the end),
        merged cells filled down."""
        sheet = self._book[name]
        # The size a file declares is sometimes wrong; read what is really there.
        sheet.reset_dimensions()
        try:
            if name not in self._merges:
                self._merges[name] = self._vertical_merges(sheet)
            starts = self._merges[name]
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                values = sheet.iter_rows(max_row=stop, values_only=True)
                return _fill_down(([cell_text(value) for value in row] for row in values),
                                  starts)
        except Exception as error:
            raise ImportRefused(self.path, say(f"工作表“{name}”已损坏，无法读取",
                                               f"the sheet {name!r} is damaged")) from error

    def _vertical_merges(self, sheet: Any) -> dict[int, list[tuple[int, int]]]:
        """Merged ranges spanning several rows, as top row → [(column, bottom row)].

        openpyxl's read-only sheets do not say which cells are merged, so the ranges are read
        from the sheet's XML (the part openpyxl itself reads), where they follow the cells."""
        with zipfile.ZipFile(self.path) as archive:
            xml = archive.read(sheet._worksheet_path.lstrip("/"))
        end = xml.rfind(b"sheetData>")
        starts: dict[int, list[tuple[int, int]]] = {}
        for match in _MERGE_CELL.finditer(xml, max(end, 0)):
            first_column, top, _last_column, bottom = range_boundaries(match[1].decode())
            if bottom > top:
                starts.setdefault(top, []).append((first_column - 1, bottom))
        return starts


def _fill_down(rows: Iterable[list[str]],
               starts: dict[int, list[tuple[int, int]]]) -> list[SheetRow]:
    """Number the rows and give the cells under a merged range the text of its top cell: Excel
    shows that text across the whole range, and stores it only in the top cell. Rows where
    nothing is typed are left out: sheets formatted far below their list have thousands."""
    numbered: list[SheetRow] = []
    active: list[tuple[int, int, str]] = []  # column, bottom row, text
    for number, cells in enumerate(rows, 1):
        typed = any(cells)
        filled = NOTHING_FILLED
        if active:
            active = [merge for merge in active if merge[1] >= number]
            for column, _bottom, text in active:
                if column >= len(cells):
                    cells.extend([""] * (column + 1 - len(cells)))
                cells[column] = text
            filled = frozenset(column for column, _bottom, _text in active)
        for column, bottom in starts.get(number, ()):
            active.append((column, bottom, cells[column] if column < len(cells) else ""))
        if typed:
            numbered.append(SheetRow(number, cells, filled))
    return numbered


def decode_csv(path: Path) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was read with: UTF-8 (with or without the
    byte-order mark Excel writes), else GB18030, which also reads GBK and GB2312; UTF-16 when
    it starts with its byte-order mark (Excel's "Unicode text")."""
    data = path.read_bytes()
    if not data.strip():
        raise ImportRefused(path, say("文件是空的", "the file is empty"))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings: tuple[str, ...] = ("utf-16",)
    elif b"\x00" in data or data.startswith(b"PK\x03\x04"):
        raise ImportRefused(path, say("这不是文本格式的 CSV 文件",
                                      "this is not a CSV file (it is not text)"))
    else:
        encodings = ("utf-8-sig", "gb18030")
    for encoding in encodings:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise ImportRefused(path, say("无法识别文件的编码（试过 UTF-8 和 GB18030/GBK）",
                                  "the encoding is unknown (tried UTF-8 and GB18030/GBK)"))


def read_csv(path: Path, text: str, delimiter: str, stop: int | None = None) -> list[SheetRow]:
    """The records of CSV text split at the delimiter, numbered as Excel numbers its rows;
    records with nothing in them left out."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        numbered = (SheetRow(number, [cell_text(value) for value in record])
                    for number, record in enumerate(islice(reader, stop), 1))
        return [row for row in numbered if any(row.cells)]
    except csv.Error as error:
        raise ImportRefused(path, say(f"CSV 格式有误：{error}", f"malformed CSV: {error}")
                            ) from error

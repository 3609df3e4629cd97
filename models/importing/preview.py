"""What an import wizard shows before importing: sheet, header row, mapping, first rows."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from models.importing.header import ColumnMapping
from models.importing.table import read_table

PREVIEW_ROWS = 20
# Rows read below the header, enough to find PREVIEW_ROWS among blank ones.
PREVIEW_SCAN = 200


@dataclass(frozen=True)
class Preview:
    """What an import wizard shows before importing: the sheets, the header row found, how each
    column is mapped, and the first rows of the list."""

    file: str
    sheets: list[str]
    sheet: str | None
    header_row: int
    headers: list[str]
    letters: list[str]
    mapping: ColumnMapping
    rows: list[list[str]]
    row_numbers: list[int]
    encoding: str | None


def preview_file(path: str | Path, sheet: str | None = None,
                 header_row: int | None = None) -> Preview:
    """The sheet and header row an import would use, the column mapping, and the first rows;
    raises ImportRefused as an import would."""
    table = read_table(path, sheet, header_row, rows_below_header=PREVIEW_SCAN)
    columns = list(range(len(table.headers)))
    shown = [row for row in table.rows if row.typed(columns)][:PREVIEW_ROWS]
    return Preview(file=table.file, sheets=table.sheets, sheet=table.sheet,
                   header_row=table.header_row, headers=table.headers, letters=table.letters,
                   mapping=table.mapping, rows=[row.cells for row in shown],
                   row_numbers=[row.number for row in shown], encoding=table.encoding)

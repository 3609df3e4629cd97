"""Exporting an event's guest list to .xlsx or .csv: every field, in words the importer reads."""

from __future__ import annotations

import csv
import os
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from sqlmodel import Session, select

from models.fields import GUEST_FIELDS
from models.lang import say
from models.tables import Event, Guest
from models.vocab import category_label, gender_label, rank_label, rsvp_label

CellValue = str | int | None

# A spreadsheet reads a cell that starts with one of these as a formula (tab and carriage return
# hide a formula behind blank space), so such text is written with a leading apostrophe...
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# ...unless it cannot call a function, another program or another file: a number or phone
# (digits, spaces, brackets, dots, slashes, signs, no letters) or a code (letters, digits, "_"
# and "-", no brackets). A phone "+86 138 0000 0000", a number "-1" and a sign-in code that
# happens to start with "-" are therefore written as they are and read back unchanged, while
# "=1+1", "-2+SUM(A1)", "@cmd" and "- 待定" get the apostrophe.
_INERT = re.compile(r"[\d ()./+\-]*\d[\d ()./+\-]*|[+\-]?[A-Za-z0-9_\-]+")


class ExportRefused(Exception):
    """The list could not be written (unknown file type, folder missing, file locked); the
    message says why."""


@dataclass(frozen=True)
class Column:
    """One column of the exported list: its header and what it holds for a guest."""

    header: str
    value: Callable[[Guest], CellValue]


# Gives the columns one part of Zuoci adds to the export, given the event and its guests.
ColumnProvider = Callable[[Session, Event, Sequence[Guest]], list[Column]]


def guest_field_columns(session: Session, event: Event, guests: Sequence[Guest]) -> list[Column]:
    """A column per guest field, in the order and words of models.fields."""
    names = {guest.id: guest.name for guest in guests}
    special: dict[str, Callable[[Guest], CellValue]] = {
        "gender": lambda guest: gender_label(guest.gender),
        "rank_level": lambda guest: rank_label(guest.rank_level),
        "category": lambda guest: category_label(guest.category),
        "rsvp": lambda guest: rsvp_label(guest.rsvp),
        "companion_of": lambda guest: names.get(guest.companion_of_id, ""),
    }
    return [Column(field.header(), special.get(field.key) or _cell_reader(field.key))
            for field in GUEST_FIELDS]


def _cell_reader(key: str) -> Callable[[Guest], CellValue]:
    """Yes/no fields as 是/否 (Yes/No), which the importer reads back; the rest as stored."""
    if Guest.model_fields[key].annotation is bool:
        return lambda guest: say("是", "Yes") if getattr(guest, key) else say("否", "No")
    return attrgetter(key)


def custom_field_columns(session: Session, event: Event, guests: Sequence[Guest]) -> list[Column]:
    """A column per custom field, in the order they first appear in the list."""
    keys = dict.fromkeys(key for guest in guests for key in guest.custom)
    return [Column(key, lambda guest, key=key: guest.custom.get(key)) for key in keys]


COLUMN_PROVIDERS: tuple[ColumnProvider, ...] = (guest_field_columns, custom_field_columns)


def neutralise(text: str) -> str:
    """The text as a spreadsheet may hold it without running it as a formula."""
    if text.startswith(FORMULA_STARTS) and not _INERT.fullmatch(text):
        return "'" + text
    return text


def _cell(value: object) -> CellValue:
    if value is None or isinstance(value, int):
        return value
    return neutralise(str(value))


def export_event(session: Session, event: Event, path: str | Path, *,
                 providers: Sequence[ColumnProvider] = COLUMN_PROVIDERS) -> int:
    """Write every guest of the event, in list order, to an .xlsx or .csv file (chosen by the
    extension); the number of guests written. The file is replaced whole or not at all."""
    target = Path(path)
    writer = _WRITERS.get(target.suffix.lower())
    if writer is None:
        raise ExportRefused(say(f"无法导出为“{target.suffix or target.name}”：请使用 .xlsx 或 .csv",
                                f"Cannot export to {target.suffix or target.name!r}: "
                                "use .xlsx or .csv"))
    guests = session.exec(
        select(Guest).where(Guest.event_id == event.id).order_by(Guest.list_order, Guest.id)
    ).all()
    columns = [column for provide in providers for column in provide(session, event, guests)]
    headers = [neutralise(column.header) for column in columns]
    rows = [[_cell(column.value(guest)) for column in columns] for guest in guests]
    write_whole(target, lambda temporary: writer(temporary, headers, rows))
    return len(guests)


def write_whole(target: Path, write: Callable[[Path], None]) -> None:
    """Write next to the target and rename over it, so that a failed export (a full disk, the
    file open in Excel) never leaves half a file behind; a failure is an ExportRefused that
    says why."""
    temporary = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        write(temporary)
        os.replace(temporary, target)
    except PermissionError as error:
        raise ExportRefused(say(f"无法写入 {target}：没有权限，或文件正在 Excel 等程序中打开",
                                f"Cannot write {target}: no permission, or the file is open in "
                                "Excel or another program")) from error
    except OSError as error:
        raise ExportRefused(say(f"无法写入 {target}：{error.strerror or error}",
                                f"Cannot write {target}: {error.strerror or error}")) from error
    finally:
        temporary.unlink(missing_ok=True)


def display_width(value: CellValue) -> int:
    text = "" if value is None else str(value)
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _write_xlsx(path: Path, headers: list[str], rows: list[list[CellValue]]) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = say("嘉宾名单", "Guests")
    for row in [headers, *rows]:
        # Control characters (pasted from other programs) would make openpyxl refuse the file.
        sheet.append([ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value
                      for value in row])
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for index, header in enumerate(headers):
        widest = max([display_width(header), *(display_width(row[index]) for row in rows)])
        # Room for the filter button beside the header; very long notes wrap rather than widen.
        sheet.column_dimensions[get_column_letter(index + 1)].width = min(max(widest + 4, 8), 50)
    workbook.save(path)


def _write_csv(path: Path, headers: list[str], rows: list[list[CellValue]]) -> None:
    # The byte-order mark tells Excel the file is UTF-8; without it Chinese opens garbled.
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerows(["" if value is None else value for value in row] for row in rows)


_WRITERS: dict[str, Callable[[Path, list[str], list[list[CellValue]]], None]] = {
    ".xlsx": _write_xlsx,
    ".csv": _write_csv,
}

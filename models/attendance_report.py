"""The attendance report as an .xlsx workbook: a summary, the arrived, the absent, the walk-ins."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from sqlmodel import Session

from models.attendance import AttendanceDetails, GuestAttendance, attendance_details
from models.exporting import ExportRefused, display_width, neutralise, write_whole
from models.lang import say
from models.tables import Event
from models.vocab import category_label

Cell = str | int | float | datetime | None
# How Excel shows an arrival time: the date too, since sign-in may start the evening before.
TIME_FORMAT = "yyyy-mm-dd hh:mm:ss"


def _text(value: str) -> str:
    """Text as a spreadsheet may hold it: no formula, no control character openpyxl refuses."""
    return ILLEGAL_CHARACTERS_RE.sub("", neutralise(value))


def _rate(came: int, expected: int) -> float | None:
    """The share of the expected who came, for a percentage cell; None when nobody is expected."""
    return round(came / expected, 4) if expected else None


def _local(at: datetime | None, zone: tzinfo | None) -> datetime | None:
    # Excel knows no time zones: the time is written as the clock at the desk showed it.
    return at.astimezone(zone).replace(tzinfo=None) if at else None


def _category(category: str) -> str:
    return category_label(category) or say("未分类", "No category")


class _Sheet:
    """One worksheet filled row by row; bold header rows, columns as wide as their text."""

    def __init__(self, sheet: Worksheet) -> None:
        self.sheet = sheet
        self.widths: dict[int, int] = {}

    def row(self, values: Sequence[Cell], *, bold: bool = False) -> None:
        cells = [_text(value) if isinstance(value, str) else value for value in values]
        self.sheet.append(cells)
        number = self.sheet.max_row
        for column, value in enumerate(cells, start=1):
            cell = self.sheet.cell(number, column)
            if bold:
                cell.font = Font(bold=True)
            if isinstance(value, datetime):
                cell.number_format = TIME_FORMAT
                width = len(TIME_FORMAT)
            elif isinstance(value, float):
                cell.number_format = "0.0%"
                width = 7
            else:
                width = display_width(None if value is None else str(value))
            self.widths[column] = max(self.widths.get(column, 0), width)

    def gap(self) -> None:
        self.sheet.append([])

    def finish(self, *, frozen: bool = True) -> None:
        if frozen:
            self.sheet.freeze_panes = "A2"
            self.sheet.auto_filter.ref = self.sheet.dimensions
        for column, width in self.widths.items():
            # Room for the filter button; very long organisations wrap rather than widen.
            self.sheet.column_dimensions[get_column_letter(column)].width = min(
                max(width + 4, 8), 50)


def _summary(sheet: _Sheet, details: AttendanceDetails, zone: tzinfo | None) -> None:
    counts = details.counts
    sheet.row([say(f"{counts.event} 出席情况", f"{counts.event}: attendance")], bold=True)
    sheet.row([say("统计时间", "As of"), _local(details.as_of, zone)])
    sheet.row([say("应到", "Expected"), counts.expected])
    sheet.row([say("实到", "Arrived"), counts.arrived])
    sheet.row([say("未到", "Absent"), counts.absent])
    sheet.row([say("到会率", "Attendance rate"),
               _rate(counts.expected - counts.absent, counts.expected)])
    sheet.row([say("现场登记", "Walk-ins"), len(details.walk_ins)])
    sheet.row([say("已谢绝或取消仍到场", "Came after declining or cancelling"),
               counts.unexpected])
    sheet.gap()
    sheet.row([say("类别", "Category"), say("名单人数", "On the list"), say("应到", "Expected"),
               say("实到", "Arrived"), say("未到", "Absent"), say("到会率", "Rate")], bold=True)
    for category, group in counts.by_category.items():
        sheet.row([_category(category), group.guests, group.expected, group.arrived,
                   group.absent, _rate(group.expected - group.absent, group.expected)])
    sheet.gap()
    sheet.row([say("场景", "Scene"), say("入座人数", "Seated"), say("应到", "Expected"),
               say("实到", "Arrived"), say("未到", "Absent"), say("到会率", "Rate")], bold=True)
    for scene in details.scenes:
        sheet.row([scene.scene, scene.seated, scene.expected, scene.arrived, scene.absent,
                   _rate(scene.expected - scene.absent, scene.expected)])
    sheet.finish(frozen=False)


def _guest_sheet(sheet: _Sheet, guests: Sequence[GuestAttendance], *, arrived: bool,
                 zone: tzinfo | None) -> None:
    headers = [say("序号", "No."), say("姓名", "Name"), say("单位", "Organisation"),
               say("职务", "Title"), say("类别", "Category")]
    if arrived:
        headers += [say("签到时间", "Arrived at"), say("签到台", "Station"),
                    say("备注", "Notes")]
    else:
        headers += [say("贵宾", "VIP"), say("联系电话", "Phone"),
                    say("联系人", "Contact person"), say("座位", "Seats")]
    sheet.row(headers, bold=True)
    for number, guest in enumerate(guests, start=1):
        values: list[Cell] = [number, guest.name, guest.organisation, guest.title,
                              _category(guest.category)]
        if arrived:
            notes = [say("现场登记", "walk-in")] if guest.walk_in else []
            if not guest.expected:
                notes.append(say("已谢绝或取消", "had declined or cancelled"))
            values += [_local(guest.arrived_at, zone), guest.station, "；".join(notes)]
        else:
            values += [say("是", "Yes") if guest.vip else "", guest.phone,
                       guest.contact_person, "；".join(guest.seats)]
        sheet.row(values)
    sheet.finish()


def write_attendance_workbook(details: AttendanceDetails, path: str | Path, *,
                              zone: tzinfo | None = None) -> None:
    """Write the report to an .xlsx file, replaced whole or not at all; times on the clock of
    `zone` (None: this computer's)."""
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        given = target.suffix or target.name
        raise ExportRefused(say(f"出席情况报告只能导出为 .xlsx，不能导出为“{given}”",
                                f"The attendance report is exported as .xlsx only, not as "
                                f"{given!r}"))
    workbook = Workbook()
    summary = workbook.active
    summary.title = say("汇总", "Summary")
    _summary(_Sheet(summary), details, zone)
    for title, guests, arrived in (
            (say("已到嘉宾", "Arrived"), details.arrived, True),
            (say("未到嘉宾", "Absent"), details.absent, False),
            (say("现场登记", "Walk-ins"), details.walk_ins, True)):
        _guest_sheet(_Sheet(workbook.create_sheet(title)), guests, arrived=arrived, zone=zone)
    write_whole(target, workbook.save)


def export_attendance(session: Session, event: Event, path: str | Path, *,
                      zone: tzinfo | None = None) -> AttendanceDetails:
    """The event's attendance now, written to an .xlsx report; the details written."""
    details = attendance_details(session, event, zone=zone)
    write_attendance_workbook(details, path, zone=zone)
    return details

"""出席情况报告: attendance by category and by scene, then the absent guests and the walk-ins."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from models.attendance import AttendanceDetails, GuestAttendance, attendance_details
from models.lang import say
from models.vocab import CATEGORIES, category_label
from printing.base import Align, NothingToPrint, PrintRequest, render_pdf
from printing.lists import Column, RuledSheets, Section, event_subtitle, sheet_style
from printing.templates import load_page_template

DEFAULT_TEMPLATE = "attendance_a4"
LAYOUT: dict[str, Any] = {
    "margin": 15.0,
    "title_size": 16.0,
    "body_size": 9.5,
    "row_height": 7.5,
    "widths": {"group": 50.0, "count": 18.0, "number": 10.0, "name": 22.0,
               "organisation": 52.0, "title": 32.0, "seats": 60.0, "time": 18.0,
               "station": 24.0},
}


def _rate(came: int, expected: int) -> str:
    return f"{came / expected:.1%}" if expected else "—"


def _category(category: str) -> str:
    return category_label(category) or say("未分类", "No category")


def _clock(at: datetime | None) -> str:
    return at.astimezone().strftime("%H:%M") if at else ""


def _summary_columns(widths: dict[str, float]) -> list[Column]:
    count = widths["count"]
    return [Column(say("类别／场景", "Category / scene"), widths["group"]),
            Column(say("人数", "Guests"), count, Align.CENTRE),
            Column(say("应到", "Expected"), count, Align.CENTRE),
            Column(say("实到", "Arrived"), count, Align.CENTRE),
            Column(say("未到", "Absent"), count, Align.CENTRE),
            Column(say("到会率", "Rate"), count, Align.CENTRE)]


def _summary_sections(details: AttendanceDetails) -> list[Section]:
    counts = details.counts
    categories = [(_category(category), str(group.guests), str(group.expected),
                   str(group.arrived), str(group.absent),
                   _rate(group.expected - group.absent, group.expected))
                  for category, group in counts.by_category.items()]
    categories.append((say("合计", "Total"), str(counts.guests), str(counts.expected),
                       str(counts.arrived), str(counts.absent),
                       _rate(counts.expected - counts.absent, counts.expected)))
    sections = [Section(categories, heading=say("按类别", "By category"), keep_together=True)]
    if details.scenes:
        scenes = [(scene.scene, str(scene.seated), str(scene.expected), str(scene.arrived),
                   str(scene.absent), _rate(scene.expected - scene.absent, scene.expected))
                  for scene in details.scenes]
        sections.append(Section(scenes, heading=say("按场景（人数为入座人数）",
                                                    "By scene (guests seated there)"),
                                keep_together=True))
    return sections


def _guest_columns(widths: dict[str, float], *, arrived: bool) -> list[Column]:
    columns = [Column(say("序号", "No."), widths["number"], Align.CENTRE),
               Column(say("姓名", "Name"), widths["name"], Align.CENTRE, name=True),
               Column(say("单位", "Organisation"), widths["organisation"]),
               Column(say("职务", "Title"), widths["title"])]
    if arrived:
        return [*columns, Column(say("类别", "Category"), widths["count"], Align.CENTRE),
                Column(say("签到时间", "Arrived"), widths["time"], Align.CENTRE),
                Column(say("签到台", "Station"), widths["station"])]
    return [*columns, Column(say("座位", "Seats"), widths["seats"], small=True)]


def _by_category(guests: Sequence[GuestAttendance]) -> list[tuple[str, list[GuestAttendance]]]:
    """The guests of each category, built-in categories first in their usual order, each in the
    order given."""
    groups: dict[str, list[GuestAttendance]] = {}
    for guest in guests:
        groups.setdefault(guest.category, []).append(guest)
    known = list(CATEGORIES)
    order = sorted(groups, key=lambda c: known.index(c) if c in known else len(known))
    return [(category, groups[category]) for category in order]


def _absent_sections(absent: Sequence[GuestAttendance]) -> list[Section]:
    sections, number = [], 0
    for category, group in _by_category(absent):
        rows = []
        for guest in group:
            number += 1
            name = f"★{guest.name}" if guest.vip else guest.name
            rows.append((str(number), name, guest.organisation, guest.title,
                         "\n".join(guest.seats)))
        sections.append(Section(rows, heading=say(f"{_category(category)}　{len(group)} 人",
                                                  f"{_category(category)}: {len(group)}")))
    return sections


def _walk_in_sections(walk_ins: Sequence[GuestAttendance]) -> list[Section]:
    return [Section([(str(number), guest.name, guest.organisation, guest.title,
                      _category(guest.category), _clock(guest.arrived_at), guest.station)
                     for number, guest in enumerate(walk_ins, start=1)])]


def build_attendance(request: PrintRequest) -> bytes:
    """The report of the whole event as it stands now, whatever scene is chosen: the counts on
    the first page, then a list of the expected guests who have not arrived (★ marks a VIP) by
    category, then the guests registered at the door. Each part has its own title and page
    numbers, as the attachments of a report do."""
    session, event = request.session, request.event
    template = load_page_template(request.template or DEFAULT_TEMPLATE, "attendance", LAYOUT)
    details = attendance_details(session, event)
    if not details.counts.guests:
        raise NothingToPrint(say(f"“{event.name}”还没有嘉宾", f"{event.name} has no guests yet"))
    font = template.font(request.font)
    style = sheet_style(template)
    widths = template.layout["widths"]
    as_of = say(f"截至 {details.as_of.astimezone():%Y-%m-%d %H:%M}",
                f"as of {details.as_of.astimezone():%Y-%m-%d %H:%M}")
    subtitle = "　".join(part for part in (event_subtitle(event), as_of) if part)
    counts = details.counts
    headline = say(f"应到 {counts.expected} 人，实到 {counts.arrived} 人，未到 {counts.absent} 人，"
                   f"现场登记 {len(details.walk_ins)} 人",
                   f"expected {counts.expected}, arrived {counts.arrived}, absent "
                   f"{counts.absent}, walk-ins {len(details.walk_ins)}")
    title = say(f"{event.name} 出席情况报告", f"{event.name}: attendance report")
    parts = [(RuledSheets(style, _summary_columns(widths), font, title=title,
                          subtitle=f"{subtitle}　{headline}"), _summary_sections(details))]
    if details.absent:
        parts.append((RuledSheets(style, _guest_columns(widths, arrived=False), font,
                                  title=say(f"{event.name} 未到嘉宾名单",
                                            f"{event.name}: guests not arrived"),
                                  subtitle="　".join((subtitle, say("★ 为贵宾", "★ VIP")))),
                      _absent_sections(details.absent)))
    if details.walk_ins:
        parts.append((RuledSheets(style, _guest_columns(widths, arrived=True), font,
                                  title=say(f"{event.name} 现场登记嘉宾名单",
                                            f"{event.name}: walk-ins"),
                                  subtitle=subtitle), _walk_in_sections(details.walk_ins)))

    paginated = [(sheets, sheets.paginate(sections)) for sheets, sections in parts]
    total = sum(len(pages) for _sheets, pages in paginated)

    def draw(canvas: Canvas) -> None:
        done = 0
        for sheets, pages in paginated:
            sheets.draw(canvas, pages, lambda number, _count, before=done:
                        request.step(before + number, total))
            done += len(pages)

    return render_pdf(style.page, title, draw, font=font)

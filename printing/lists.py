"""名单 and 签到索引表: by precedence, by organisation or 按姓氏笔画, per table, for ushers."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from sqlmodel import Session

from models.lang import say
from models.layout import ElementKind
from models.precedence import in_precedence_order
from models.protocol import name_stroke_key
from models.scenes import event_scenes, scene_elements
from models.seat_labels import table_name
from models.seating import current_seats, scene_plan
from models.strokes import stroke_count
from models.tables import NOT_EXPECTED, Event, Guest, Scene
from printing.base import (
    Align,
    Box,
    NothingToPrint,
    PrintRequest,
    Valign,
    draw_fitted,
    mm,
    render_pdf,
    saved_state,
    spaced_name,
    wrap_text,
)
from printing.guest_fields import PrintedGuest, event_date, guests_to_print
from printing.templates import PageTemplate, load_page_template

HEADER_FILL = Color(0.87, 0.87, 0.87)
HEADING_FILL = Color(0.95, 0.95, 0.95)
RULE_WIDTH = 0.5
SMALL = 0.85


# ----------------------------------------------------------------------------------------------
# Orders and groups.


def by_precedence(event: Event, guests: Sequence[PrintedGuest]) -> list[PrintedGuest]:
    by_id = {entry.guest.id: entry for entry in guests}
    ordered = in_precedence_order([entry.guest for entry in guests], event.tie_break,
                                  whole_name=event.stroke_whole_name)
    return [by_id[guest.id] for guest in ordered]


def by_strokes(event: Event, guests: Sequence[PrintedGuest]) -> list[PrintedGuest]:
    return sorted(guests, key=lambda entry: name_stroke_key(
        entry.guest.name, whole_name=event.stroke_whole_name))


def by_pinyin(event: Event, guests: Sequence[PrintedGuest]) -> list[PrintedGuest]:
    return sorted(guests, key=lambda entry: (
        entry.guest.pinyin, name_stroke_key(entry.guest.name, whole_name=event.stroke_whole_name)))


def by_organisation(guests: Sequence[PrintedGuest]) -> list[list[PrintedGuest]]:
    """Guests (given in precedence order) grouped by organisation; an organisation comes where
    its most senior guest would, as delegations are listed, its guests in precedence order."""
    groups: dict[str, list[PrintedGuest]] = {}
    for entry in guests:
        groups.setdefault(entry.guest.organisation, []).append(entry)
    return list(groups.values())


def stroke_heading(name: str) -> str:
    """A name's group in a 笔画 index: the strokes of its first character."""
    count = stroke_count(name[:1]) if name else None
    return say(f"{count} 画", f"{count} strokes") if count else say("其他", "Other")


def pinyin_heading(pinyin: str) -> str:
    letter = pinyin[:1].upper()
    return letter if letter.isascii() and letter.isalpha() else "#"


# ----------------------------------------------------------------------------------------------
# Names on more than one line.

# Where a name may break between lines: after a space, a hyphen or the middle dot of a
# transliterated name; a Chinese name also between any two characters.
BREAK_AFTER = " -·"
# Chinese names up to four characters are never broken: 许成林 is one word to the eye.
LONGEST_UNBROKEN = 4


def _name_pieces(name: str) -> list[tuple[str, bool]]:
    """The name in pieces that may start a line, each with whether it ends at a break mark."""
    pieces: list[tuple[str, bool]] = []
    current = ""
    for char in name:
        current += char
        if char in BREAK_AFTER or not char.isascii():
            pieces.append((current, char in BREAK_AFTER))
            current = ""
    if current:
        pieces.append((current, False))
    return pieces


def split_name(name: str, lines: int = 2) -> list[str]:
    """The name on `lines` lines as even as can be, breaking at a space, hyphen or middle dot
    where there is one: 玉苏甫· / 热西提, Alexandra / Montgomery-Whitfield."""
    pieces = _name_pieces(name)
    if lines <= 1 or len(pieces) < lines:
        return [name]
    best: tuple[tuple[int, int], list[str]] | None = None
    for cuts in itertools.combinations(range(1, len(pieces)), lines - 1):
        bounds = (0, *cuts, len(pieces))
        parts = ["".join(text for text, _mark in pieces[a:b]).strip()
                 for a, b in itertools.pairwise(bounds)]
        # A line never starts with the mark a name breaks after (·买买提 on a line of its own).
        if not all(parts) or any(parts[n][0] in BREAK_AFTER for n in range(1, len(parts))):
            continue
        # The longest line first, then breaks that fall inside a word or a name.
        cost = (max(len(part) for part in parts),
                sum(1 for cut in cuts if not pieces[cut - 1][1]))
        if best is None or cost < best[0]:
            best = (cost, parts)
    return best[1] if best else [name]


# ----------------------------------------------------------------------------------------------
# Ruled tables set across pages: the header row at the top of every page and of every column
# of a page, group headings kept with what they head, "第 N 页 共 M 页" under each page.


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # millimetres; the columns are stretched together to the width of the frame
    align: Align = Align.LEFT
    name: bool = False  # a person's name: one line, fitted, spaced as protocol offices print
    # Set smaller than the rest of the row: a guest's several seats, one to a line.
    small: bool = False


@dataclass
class Section:
    """Rows that belong together: a category of the sign-in sheet, a banquet table."""

    rows: list[tuple[str, ...]]
    heading: str = ""
    new_page: bool = False
    keep_together: bool = False
    # Shown with the title of every page the section starts or continues on.
    caption: str = ""


@dataclass(frozen=True)
class SheetStyle:
    page: tuple[float, float]
    margin: float = 12 * mm
    title_size: float = 16.0
    subtitle_size: float = 9.5
    header_size: float = 9.5
    body_size: float = 9.0
    row_height: float = 7 * mm
    padding: float = 1.2 * mm
    leading: float = 1.3
    frames: int = 1
    frame_gap: float = 6 * mm
    footer: float = 7 * mm


@dataclass(frozen=True)
class _Line:
    """A row as placed: each cell's lines, or a heading across the frame."""

    cells: tuple[tuple[str, ...], ...]
    height: float
    heading: str = ""


@dataclass
class _Page:
    opens: bool  # the first page, or one a section starts on: the full title is printed
    caption: str
    frames: list[list[_Line]] = field(default_factory=list)


class RuledSheets:
    """Sections of rows set as ruled tables on as many pages as they need."""

    def __init__(self, style: SheetStyle, columns: Sequence[Column], font: str, *, title: str,
                 subtitle: str) -> None:
        self.style = style
        self.columns = list(columns)
        self.font = font
        self.title = title
        self.subtitle = subtitle
        width, _height = style.page
        content = width - 2 * style.margin
        self.frame_width = (content - (style.frames - 1) * style.frame_gap) / style.frames
        stretch = self.frame_width / sum(column.width * mm for column in self.columns)
        self.widths = [column.width * mm * stretch for column in self.columns]

    def _title_height(self, opens: bool) -> float:
        style = self.style
        if opens:
            return style.title_size * 1.5 + style.subtitle_size * 1.6 + 2 * mm
        return style.subtitle_size * 1.6 + 1.5 * mm

    def _header_lines(self) -> list[list[str]]:
        return [wrap_text(column.title, self.font, self.style.header_size,
                          width - 2 * self.style.padding)
                for column, width in zip(self.columns, self.widths, strict=True)]

    def _header_height(self) -> float:
        longest = max(len(lines) for lines in self._header_lines())
        return max(self.style.row_height * 0.85, longest * self.style.header_size
                   * self.style.leading + 2 * self.style.padding)

    def _frame_height(self, opens: bool) -> float:
        _width, height = self.style.page
        return (height - 2 * self.style.margin - self.style.footer - self._title_height(opens)
                - self._header_height())

    def _size(self, column: Column) -> float:
        return self.style.body_size * (SMALL if column.small else 1.0)

    def _line(self, row: tuple[str, ...]) -> _Line:
        style = self.style
        cells = []
        height = style.row_height
        for text, column, width in zip(row, self.columns, self.widths, strict=True):
            if column.name:
                cells.append(self._name_lines(text, width - 2 * style.padding))
                height = max(height, len(cells[-1]) * style.body_size * style.leading
                             + 2 * style.padding)
                continue
            size = self._size(column)
            lines: list[str] = []
            for paragraph in text.split("\n") if text else []:
                lines += wrap_text(paragraph, self.font, size, width - 2 * style.padding)
            cells.append(tuple(lines))
            height = max(height, len(lines) * size * style.leading + 2 * style.padding)
        return _Line(tuple(cells), height)

    def _name_lines(self, name: str, width: float) -> tuple[str, ...]:
        """A name on one line; one too long to be read there at nearly the size of the row,
        on two."""
        text = spaced_name(name)
        size = self.style.body_size
        if pdfmetrics.stringWidth(text, self.font, size * 0.85) <= width:
            return (text,)
        lines = split_name(text)
        one = width / pdfmetrics.stringWidth(text, self.font, 1.0)
        two = min(width / pdfmetrics.stringWidth(line, self.font, 1.0) for line in lines)
        return tuple(lines) if two > one else (text,)

    def _heading(self, text: str) -> _Line:
        return _Line((), max(self.style.row_height * 0.8,
                             self.style.body_size * 1.5 + 2 * self.style.padding), heading=text)

    def paginate(self, sections: Sequence[Section]) -> list[_Page]:
        pages: list[_Page] = []
        room = 0.0

        def next_frame(*, page: bool, opens: bool, caption: str) -> None:
            nonlocal room
            if page or len(pages[-1].frames) == self.style.frames:
                pages.append(_Page(opens=opens, caption=caption))
            pages[-1].frames.append([])
            room = self._frame_height(pages[-1].opens)

        pages.append(_Page(opens=True, caption=sections[0].caption if sections else ""))
        pages[-1].frames.append([])
        room = self._frame_height(True)
        for section in sections:
            lines = [self._line(row) for row in section.rows]
            if section.heading:
                lines.insert(0, self._heading(section.heading))
            if not lines:
                continue
            started = any(pages[-1].frames)
            if section.new_page and started:
                next_frame(page=True, opens=True, caption=section.caption)
            elif not pages[-1].caption:
                pages[-1].caption = section.caption
            total = sum(line.height for line in lines)
            if (section.keep_together and pages[-1].frames[-1] and total > room
                    and total <= self._frame_height(False)):
                next_frame(page=False, opens=False, caption=section.caption)
            for index, line in enumerate(lines):
                # A heading never ends a frame: it moves on with the first row it heads.
                following = lines[index + 1].height if line.heading and index + 1 < len(
                    lines) else 0.0
                if line.height + following > room + 0.01 and pages[-1].frames[-1]:
                    next_frame(page=False, opens=False, caption=section.caption)
                pages[-1].frames[-1].append(line)
                room -= line.height
        return pages

    def _draw_title(self, canvas: Canvas, page: _Page, top: float) -> float:
        style = self.style
        width, _height = style.page
        left, span = style.margin, width - 2 * style.margin
        if page.opens:
            title = Box(left, top - style.title_size * 1.5, span, style.title_size * 1.5)
            draw_fitted(canvas, self.title, title, self.font, max_size=style.title_size)
            subtitle = "　".join(part for part in (self.subtitle, page.caption) if part)
            draw_fitted(canvas, subtitle, Box(left, title.y - style.subtitle_size * 1.6, span,
                                              style.subtitle_size * 1.6), self.font,
                        max_size=style.subtitle_size)
        else:
            running = "　".join(part for part in (self.title, page.caption) if part)
            draw_fitted(canvas, running, Box(left, top - style.subtitle_size * 1.6, span,
                                             style.subtitle_size * 1.6),
                        self.font, max_size=style.subtitle_size, align=Align.LEFT)
        return top - self._title_height(page.opens)

    def _draw_lines(self, canvas: Canvas, box: Box, lines: Sequence[str], size: float,
                    align: Align) -> None:
        block = len(lines) * size * self.style.leading
        face = pdfmetrics.getFont(self.font).face
        # The first baseline: the block centred in the cell, each line its ascent below the last.
        baseline = box.centre_y + block / 2 - size * (self.style.leading - 1) / 2 \
            - face.ascent / 1000 * size
        with saved_state(canvas):
            canvas.setFont(self.font, size)
            for line in lines:
                if align is Align.CENTRE:
                    canvas.drawCentredString(box.centre_x, baseline, line)
                elif align is Align.RIGHT:
                    canvas.drawRightString(box.right, baseline, line)
                else:
                    canvas.drawString(box.x, baseline, line)
                baseline -= size * self.style.leading

    def _draw_row(self, canvas: Canvas, left: float, top: float, height: float,
                  cells: Sequence[Sequence[str]], size: float, *, header: bool = False) -> None:
        pad = self.style.padding
        x = left
        for lines, column, width in zip(cells, self.columns, self.widths, strict=True):
            box = Box(x + pad, top - height + pad, width - 2 * pad, height - 2 * pad)
            align = Align.CENTRE if header else column.align
            if column.name and not header:
                # Names shrink to fit their column rather than wrap at a random character.
                fitted = min([size] + [box.width / pdfmetrics.stringWidth(line, self.font, 1.0)
                                       for line in lines if line])
                self._draw_lines(canvas, box, lines, fitted, align)
            else:
                self._draw_lines(canvas, box, lines, size if header else self._size(column),
                                 align)
            x += width

    def _draw_frame(self, canvas: Canvas, left: float, top: float,
                    lines: Sequence[_Line]) -> None:
        style = self.style
        right = left + self.frame_width
        header = self._header_height()
        with saved_state(canvas):
            canvas.setFillColor(HEADER_FILL)
            canvas.rect(left, top - header, self.frame_width, header, stroke=0, fill=1)
        self._draw_row(canvas, left, top, header, self._header_lines(), style.header_size,
                       header=True)
        rules = [top, top - header]
        # Column rules run down each stretch of rows and stop at headings, which span the frame.
        stretches = [(top, top - header)]
        y = top - header
        for line in lines:
            if line.heading:
                with saved_state(canvas):
                    canvas.setFillColor(HEADING_FILL)
                    canvas.rect(left, y - line.height, self.frame_width, line.height, stroke=0,
                                fill=1)
                draw_fitted(canvas, line.heading, Box(left + 2 * style.padding, y - line.height,
                                                      self.frame_width - 4 * style.padding,
                                                      line.height),
                            self.font, max_size=style.body_size * 1.1, align=Align.LEFT)
            else:
                self._draw_row(canvas, left, y, line.height, line.cells, style.body_size)
                if stretches[-1][1] == y:
                    stretches[-1] = (stretches[-1][0], y - line.height)
                else:
                    stretches.append((y, y - line.height))
            y -= line.height
            rules.append(y)
        with saved_state(canvas):
            canvas.setLineWidth(RULE_WIDTH)
            for rule in rules:
                canvas.line(left, rule, right, rule)
            canvas.line(left, top, left, y)
            canvas.line(right, top, right, y)
            x = left
            for width in self.widths[:-1]:
                x += width
                for upper, lower in stretches:
                    canvas.line(x, upper, x, lower)

    def draw(self, canvas: Canvas, pages: Sequence[_Page],
             step: Callable[[int, int], None] | None = None) -> None:
        """Every page, telling `step` (which may stop the build) of each one drawn."""
        style = self.style
        width, height = style.page
        for number, page in enumerate(pages, start=1):
            canvas.setPageSize(style.page)
            top = self._draw_title(canvas, page, height - style.margin)
            for index, lines in enumerate(page.frames):
                self._draw_frame(canvas, style.margin + index * (self.frame_width
                                                                + style.frame_gap), top, lines)
            draw_fitted(canvas, say(f"第 {number} 页 共 {len(pages)} 页",
                                    f"Page {number} of {len(pages)}"),
                        Box(style.margin, style.margin, width - 2 * style.margin, style.footer),
                        self.font, max_size=style.subtitle_size, valign=Valign.BOTTOM)
            canvas.showPage()
            if step is not None:
                step(number, len(pages))

    def render(self, sections: Sequence[Section], pdf_title: str,
               step: Callable[[int, int], None] | None = None) -> bytes:
        pages = self.paginate(sections)
        return render_pdf(self.style.page, pdf_title,
                          lambda canvas: self.draw(canvas, pages, step), font=self.font)


def sheet_style(template: PageTemplate, **overrides: Any) -> SheetStyle:
    """The style a template's layout asks for."""
    layout = template.layout
    values = {"margin": layout["margin"] * mm, "title_size": layout["title_size"],
              "body_size": layout["body_size"], "header_size": layout["body_size"] + 0.5,
              "row_height": layout["row_height"] * mm}
    return SheetStyle(page=template.page_size, **{**values, **overrides})


# ----------------------------------------------------------------------------------------------
# The lists.

DEFAULT_TEMPLATE = "list_precedence"
TABLES_TEMPLATE = "list_tables"
LAYOUT: dict[str, Any] = {
    "kind": ("list", "tables", "index"),
    "order": ("precedence", "organisation", "strokes", "pinyin"),
    "margin": 12.0,
    "title_size": 16.0,
    "body_size": 9.0,
    "row_height": 7.0,
    "columns": 1,
    "widths": {"number": 10.0, "name": 20.0, "organisation": 58.0, "title": 40.0,
               "seat": 52.0, "role": 16.0},
}


def event_subtitle(event: Event) -> str:
    """Date and venue, the small line under a title."""
    return "　".join(part for part in (event_date(event), event.venue) if part)


def _columns(widths: dict[str, float], seat_title: str) -> list[Column]:
    return [Column(say("序号", "No."), widths["number"], Align.CENTRE),
            Column(say("姓名", "Name"), widths["name"], Align.CENTRE, name=True),
            Column(say("单位", "Organisation"), widths["organisation"]),
            Column(say("职务", "Title"), widths["title"]),
            Column(seat_title, widths["seat"], small=True)]


def expected_people(session: Session, event: Event, scene: Scene | None) -> list[PrintedGuest]:
    """The guests a list names: every expected one, or those of them seated in the scene. A
    guest who declined but still holds a seat is left to the seating documents to show."""
    return [person for person in guests_to_print(session, event, scene)
            if person.guest.rsvp not in NOT_EXPECTED]


def guest_row(number: int, person: PrintedGuest) -> tuple[str, ...]:
    """序号, name, organisation, title and seat: the seat in the scene printed for, or every
    seat the guest holds, one to a line."""
    guest = person.guest
    return (str(number), guest.name, guest.organisation, guest.title,
            person.seat or "\n".join(person.seats))


ORDER_NAMES = {
    "precedence": ("按礼宾次序", "in order of precedence"),
    "organisation": ("按单位", "by organisation"),
    "strokes": ("按姓氏笔画为序", "in order of surname strokes"),
    "pinyin": ("按姓名拼音为序", "in pinyin order"),
}


def _list_sections(event: Event, guests: list[PrintedGuest], order: str) -> list[Section]:
    if order == "organisation":
        sections, number = [], 0
        for group in by_organisation(by_precedence(event, guests)):
            rows = [guest_row(number + index, person) for index, person in
                    enumerate(group, start=1)]
            number += len(group)
            # A delegation stays on one page when it can.
            sections.append(Section(rows, keep_together=True))
        return sections
    ordered = {"precedence": lambda g: by_precedence(event, g),
               "strokes": lambda g: by_strokes(event, g),
               "pinyin": lambda g: by_pinyin(event, g)}[order](guests)
    return [Section([guest_row(number, person) for number, person in
                     enumerate(ordered, start=1)])]


def _scene_tables(session: Session, event: Event, scene: Scene, *,
                  short_roles: bool) -> list[Section]:
    """A section per table of the scene in protocol order (主桌 first), its seats in seat
    order: seat, name, host or deputy (主人, or 主 where space is short), organisation,
    title."""
    plan = scene_plan(session, event, scene)
    seated = {person.guest.id: person.guest for person in guests_to_print(session, event, scene)}
    occupant = {key: seated[guest_id] for guest_id, key in current_seats(session, scene).items()
                if guest_id in seated}
    tables: dict[int, list[int]] = defaultdict(list)
    numbers: dict[int, int] = {}
    for position, ranked in enumerate(plan.seats):
        if ranked.table_number is not None:
            tables[ranked.seat.element_id].append(position)
            numbers[ranked.seat.element_id] = ranked.table_number
    sections = []
    for element_id in sorted(tables, key=lambda element: numbers[element]):
        rows = []
        for position in sorted(tables[element_id], key=lambda p: plan.seats[p].seat.number):
            ranked = plan.seats[position]
            guest: Guest | None = occupant.get((element_id, ranked.seat.key))
            names = SHORT_ROLE_NAMES if short_roles else ROLE_NAMES
            role = say(*names[ranked.role]) if ranked.role in names else ""
            rows.append((str(ranked.seat.number), guest.name if guest else "", role,
                         guest.organisation if guest else "", guest.title if guest else ""))
        count = sum(1 for row in rows if row[1])
        name = table_name(plan.elements[element_id], numbers[element_id])
        sections.append(Section(rows, heading=say(f"{name}　{count} 人", f"{name}: {count}"),
                                keep_together=True))
    return sections


ROLE_NAMES = {"host": ("主人", "Host"), "deputy": ("副主人", "Deputy host")}
SHORT_ROLE_NAMES = {"host": ("主", "H"), "deputy": ("副", "D")}


def table_columns(widths: dict[str, float]) -> list[Column]:
    return [Column(say("座号", "Seat"), widths["number"], Align.CENTRE),
            Column(say("姓名", "Name"), widths["name"], Align.CENTRE, name=True),
            Column(say("主/副", "Host"), widths["role"], Align.CENTRE),
            Column(say("单位", "Organisation"), widths["organisation"]),
            Column(say("职务", "Title"), widths["title"])]


def has_tables(session: Session, scene: Scene) -> bool:
    return any(ElementKind(element.kind) is ElementKind.TABLE
               for element in scene_elements(session, scene.id))


def table_sections(session: Session, event: Event, scene: Scene | None, *,
                   short_roles: bool = False) -> list[Section]:
    """The tables of the scene, or of every scene with tables, each scene from a new page."""
    scenes = [scene] if scene else [s for s in event_scenes(session, event.id)
                                    if has_tables(session, s)]
    sections = []
    for each in scenes:
        tables = _scene_tables(session, event, each, short_roles=short_roles)
        for section in tables:
            # With several banquets each starts a page that names it.
            section.caption = each.name if scene is None else ""
        if tables:
            tables[0].new_page = True
        sections += tables
    return sections


def _index(session: Session, event: Event, scene: Scene | None, order: str, font: str,
           style: SheetStyle) -> tuple[list[Column], list[Section]]:
    """签到索引表: a name and the guest's seat in each scene on one line, names grouped by
    initial (pinyin), by strokes or by organisation, for an usher to find a guest at a
    glance."""
    scenes = [scene] if scene else event_scenes(session, event.id)
    seats = {each.id: {person.guest.id: person.seat
                       for person in guests_to_print(session, event, each)} for each in scenes}
    people = expected_people(session, event, scene)
    if order == "strokes":
        ordered = by_strokes(event, people)
        heading = [stroke_heading(person.guest.name) for person in ordered]
    elif order == "pinyin":
        ordered = by_pinyin(event, people)
        heading = [pinyin_heading(person.guest.pinyin) for person in ordered]
    elif order == "organisation":
        ordered = [person for group in by_organisation(by_precedence(event, people))
                   for person in group]
        heading = [person.guest.organisation for person in ordered]
    else:
        ordered = by_precedence(event, people)
        heading = ["" for _person in ordered]
    width = _measure(font, style.body_size)
    pad = 2 * style.padding / mm + 1.0
    # As wide as the usual names; a longer one goes on two lines or shrinks.
    usual = width("国" * LONGEST_UNBROKEN)
    columns = [Column(say("姓名", "Name"),
                      max(min(width(spaced_name(p.guest.name)), usual) for p in people) + pad,
                      Align.CENTRE, name=True)]
    for each in scenes:
        labels = [width(label) for label in seats[each.id].values()]
        columns.append(Column(each.name,
                              max([*labels, width(each.name)]) + pad))
    sections: list[Section] = []
    for person, group in zip(ordered, heading, strict=True):
        if not sections or sections[-1].heading != group:
            sections.append(Section([], heading=group))
        sections[-1].rows.append((person.guest.name, *(seats[each.id].get(person.guest.id, "")
                                                       for each in scenes)))
    return columns, sections


def _measure(font: str, size: float) -> Callable[[str], float]:
    """The width of a text in millimetres."""
    return lambda text: pdfmetrics.stringWidth(text, font, size) / mm


def frames_that_fit(style: SheetStyle, columns: Sequence[Column], most: int) -> int:
    natural = sum(column.width for column in columns) * mm
    content = style.page[0] - 2 * style.margin
    return max(1, min(most, int((content + style.frame_gap) // (natural + style.frame_gap))))


def build_list(request: PrintRequest) -> bytes:
    """名单 by the template's order: every expected guest with every seat, or, for a scene,
    those seated in it with their seat there; a banquet's per-table list; the 签到索引表."""
    session, event, scene = request.session, request.event, request.scene
    default = TABLES_TEMPLATE if scene is not None and has_tables(session, scene) \
        else DEFAULT_TEMPLATE
    template = load_page_template(request.template or default, "list", LAYOUT)
    layout = template.layout
    font = template.font(request.font)
    style = sheet_style(template, frames=layout["columns"])
    where = f"{event.name} {scene.name}" if scene else event.name
    subtitle = event_subtitle(event)
    if layout["kind"] == "tables":
        sections = table_sections(session, event, scene)
        columns = table_columns(layout["widths"])
        title = say(f"{where} 分桌名单", f"{where}: guests by table")
    elif layout["kind"] == "index":
        columns, sections = _index(session, event, scene, layout["order"], font, style)
        style = sheet_style(template, frames=frames_that_fit(style, columns, layout["columns"]))
        title = say(f"{where} 签到索引表", f"{where}: index for ushers")
        subtitle = "　".join(part for part in (say(*ORDER_NAMES[layout["order"]]), subtitle)
                            if part)
    else:
        people = expected_people(session, event, scene)
        sections = _list_sections(event, people, layout["order"])
        seat = say(f"{scene.name}座位", f"Seat in {scene.name}") if scene else say("座位", "Seats")
        columns = _columns(layout["widths"], seat)
        title = say(f"{where} 嘉宾名单", f"{where}: guest list")
        subtitle = "　".join(part for part in (say(*ORDER_NAMES[layout["order"]]), subtitle)
                            if part)
    if not any(section.rows for section in sections):
        raise NothingToPrint(_nobody(event, scene, tables=layout["kind"] == "tables"))
    sheets = RuledSheets(style, columns, font, title=title, subtitle=subtitle)
    return sheets.render(sections, title, request.step)


def _nobody(event: Event, scene: Scene | None, *, tables: bool = False) -> str:
    if tables and scene is None:
        return say(f"“{event.name}”没有设餐桌的场景", f"{event.name} has no scene with tables")
    if scene is not None:
        return say(f"场景“{scene.name}”还没有人入座，请先排座",
                   f"Nobody is seated in {scene.name!r} yet; arrange it first")
    return say(f"“{event.name}”没有应到的嘉宾", f"{event.name} has no expected guests")

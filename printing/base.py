"""What every printed document shares: pages and boxes in millimetres, PDF output, text fitted
to a box by shrinking, names spaced as protocol offices print them, sheets of cells, cut marks."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from reportlab import rl_config
from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A3, A4, A5
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from models.lang import say
from printing.fonts import cjk_font

if TYPE_CHECKING:
    from sqlmodel import Session

    from models.tables import Event, Scene

__all__ = [
    "FULL_WIDTH_SPACE", "PAGE_SIZES", "Align", "Box", "Cancelled", "Grid", "NothingToPrint",
    "PrintRequest", "Progress", "Valign", "cut_marks", "draw_fitted", "draw_fitted_lines",
    "fitted_size", "fold_line", "mm", "page_size", "render_pdf", "rotated_180", "saved_state",
    "spaced_name", "wrap_text",
]

FULL_WIDTH_SPACE = "\u3000"
PAGE_SIZES: dict[str, tuple[float, float]] = {"A3": A3, "A4": A4, "A5": A5}
# Below this no printed text is legible; fitting stops here rather than looping towards zero.
SMALLEST_SIZE = 2.0
CREATOR = "Zuoci 座次"


class NothingToPrint(ValueError):
    """A document with nobody or nothing in it; the message says what to do first."""


class Cancelled(Exception):
    """The build was stopped by whoever asked for it, between two pages."""


# Told the pages drawn and the pages in all; answers False to stop the build.
Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class PrintRequest:
    """What a document is printed from: the event, optionally one scene, a template name
    (None for the document's default) or a template file path, and optionally the guests to
    print (None: everyone). Documents of one copy per guest print only those; a chart or a list
    of the scene is always whole. `font` is the font file the user prefers to the system's
    (a template's own font file still comes first); `progress` hears of every page drawn and
    may stop the build."""

    session: Session
    event: Event
    scene: Scene | None = None
    template: str | None = None
    guest_ids: frozenset[int] | None = None
    font: str | None = None
    progress: Progress | None = None

    def step(self, done: int, total: int) -> None:
        """Say how far the build is; raises Cancelled when told to stop."""
        keep_going = self.progress is None or self.progress(done, total)
        if not keep_going:
            raise Cancelled(say("已取消", "Cancelled"))


class Align(StrEnum):
    LEFT = "left"
    CENTRE = "centre"
    RIGHT = "right"


class Valign(StrEnum):
    TOP = "top"
    MIDDLE = "middle"
    BOTTOM = "bottom"


@dataclass(frozen=True)
class Box:
    """A rectangle on the page in points, ReportLab's way: (x, y) is the lower left corner."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def top(self) -> float:
        return self.y + self.height

    @property
    def centre_x(self) -> float:
        return self.x + self.width / 2

    @property
    def centre_y(self) -> float:
        return self.y + self.height / 2

    def inset(self, dx: float, dy: float | None = None) -> Box:
        dy = dx if dy is None else dy
        return Box(self.x + dx, self.y + dy, self.width - 2 * dx, self.height - 2 * dy)

    def part(self, x_mm: float, y_mm: float, width_mm: float, height_mm: float) -> Box:
        """A box inside this one, measured in millimetres from its top left corner: the way a
        layout is drawn and measured on paper."""
        return Box(self.x + x_mm * mm, self.top - (y_mm + height_mm) * mm, width_mm * mm,
                   height_mm * mm)


def page_size(name: str, *, landscape: bool = False) -> tuple[float, float]:
    """A named paper size in points (A3, A4, A5), turned when landscape."""
    width, height = PAGE_SIZES[name]
    return (height, width) if landscape else (width, height)


def render_pdf(size: tuple[float, float], title: str, draw_pages: Callable[[Canvas], None],
               *, font: str | None = None) -> bytes:
    """The PDF that `draw_pages` draws; it ends every page with canvas.showPage(). The Chinese
    font the document prints with (`font`, else the system's) is also the canvas's initial
    font: ReportLab's default, Helvetica, would be listed as a font the reader must supply."""
    font = font or cjk_font()
    buffer = io.BytesIO()
    with _binary_streams():
        canvas = Canvas(buffer, pagesize=size, pageCompression=1, invariant=1,
                        initialFontName=font, lang="zh-CN")
        canvas.setTitle(title)
        canvas.setCreator(CREATOR)
        draw_pages(canvas)
        canvas.save()
    return buffer.getvalue()


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Compressed streams written as they are, not also spelt out in ASCII85: a quarter
    smaller, and a sixth less time for a thousand name cards (ReportLab encodes ASCII85 in
    pure Python). The setting is ReportLab's, for the whole process, so it is put back: a
    stream begun meanwhile in another thread is still valid either way, as each names its
    own filters."""
    before = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = before


@contextmanager
def saved_state(canvas: Canvas) -> Iterator[Canvas]:
    """Every transform, colour and font change inside stays inside."""
    canvas.saveState()
    try:
        yield canvas
    finally:
        canvas.restoreState()


@contextmanager
def rotated_180(canvas: Canvas, box: Box) -> Iterator[None]:
    """Draw into `box` as usual and it comes out upside down in the same place: the far face
    of a folded name card."""
    with saved_state(canvas):
        # A half turn about the box's centre, as one matrix.
        canvas.transform(-1, 0, 0, -1, 2 * box.x + box.width, 2 * box.y + box.height)
        yield


def _is_ideograph(char: str) -> bool:
    return unicodedata.name(char, "").startswith("CJK UNIFIED IDEOGRAPH")


def spaced_name(name: str) -> str:
    """A two-character Chinese name takes the width of three, 王　伟, as protocol offices print
    names on cards and charts; every other name is left as written."""
    name = name.strip()
    if len(name) == 2 and all(_is_ideograph(char) for char in name):
        return name[0] + FULL_WIDTH_SPACE + name[1]
    return name


def _line_height(font: str, size: float) -> float:
    face = pdfmetrics.getFont(font).face
    return (face.ascent - face.descent) / 1000 * size


def fitted_size(text: str, font: str, width: float, height: float, max_size: float) -> float:
    """The largest size up to `max_size` at which `text` fits on one line in width × height."""
    if not text:
        return max_size
    at_one = pdfmetrics.stringWidth(text, font, 1.0)
    size = max_size
    if at_one > 0:
        size = min(size, width / at_one)
    unit_height = _line_height(font, 1.0)
    if unit_height > 0:
        size = min(size, height / unit_height)
    return max(size, SMALLEST_SIZE)


def _baseline(font: str, size: float, box: Box, valign: Valign, lines: int = 1,
              leading: float = 1.0) -> float:
    """Baseline of the first of `lines` lines so that the block sits in the box as asked."""
    face = pdfmetrics.getFont(font).face
    ascent = face.ascent / 1000 * size
    descent = face.descent / 1000 * size
    block = ascent - descent + (lines - 1) * leading * size
    if valign is Valign.TOP:
        top = box.top
    elif valign is Valign.BOTTOM:
        top = box.y + block
    else:
        top = box.centre_y + block / 2
    return top - ascent


def _draw_line(canvas: Canvas, text: str, box: Box, y: float, align: Align,
               indent: float = 0.0) -> None:
    if align is Align.LEFT:
        canvas.drawString(box.x + indent, y, text)
    elif align is Align.RIGHT:
        canvas.drawRightString(box.right, y, text)
    else:
        canvas.drawCentredString(box.centre_x, y, text)


@contextmanager
def _clipped(canvas: Canvas, box: Box, font: str, size: float, colour: Color,
             clip: bool) -> Iterator[None]:
    """Draw inside, cut off at the box's edges when `clip`: text that does not fit even at
    SMALLEST_SIZE is cut at its box rather than printed over its neighbours. The font and
    colour are set inside and stay set after, as the callers promise."""
    if not clip:
        canvas.setFillColor(colour)
        canvas.setFont(font, size)
        yield
        return
    with saved_state(canvas):
        outline = canvas.beginPath()
        outline.rect(box.x, box.y, box.width, box.height)
        canvas.clipPath(outline, stroke=0, fill=0)
        canvas.setFillColor(colour)
        canvas.setFont(font, size)
        yield
    canvas.setFillColor(colour)
    canvas.setFont(font, size)


def draw_fitted(canvas: Canvas, text: str, box: Box, font: str, *, max_size: float,
                align: Align = Align.CENTRE, valign: Valign = Valign.MIDDLE,
                colour: Color = black) -> float:
    """Draw `text` on one line inside `box`, shrunk from `max_size` until it fits (a legible
    SMALLEST_SIZE at the least, cut off at the box if it still does not fit); returns the size
    used. The canvas keeps the font and colour: a name card has thousands of these, and a saved
    state around each would cost a tenth of the document's time."""
    size = fitted_size(text, font, box.width, box.height, max_size)
    overflows = size <= SMALLEST_SIZE and (
        pdfmetrics.stringWidth(text, font, size) > box.width + 0.01
        or _line_height(font, size) > box.height + 0.01)
    with _clipped(canvas, box, font, size, colour, overflows):
        _draw_line(canvas, text, box, _baseline(font, size, box, valign), align)
    return size


# A line may not begin with closing punctuation nor end with opening punctuation (禁则).
_NO_LINE_START = set("，。、；：？！）》」』】〉”’,.;:?!)]}%·…—")
_NO_LINE_END = set("（《「『【〈“‘([{")


def _pieces(paragraph: str) -> list[str]:
    """Units a line may break between: each Chinese character, each Latin word with the
    spaces after it."""
    pieces: list[str] = []
    for char in paragraph:
        previous = pieces[-1][-1] if pieces else ""
        in_word = char.isascii() and not char.isspace() and previous.isascii() and \
            not previous.isspace()
        trailing_space = char == " " and previous.isascii()
        if previous and (in_word or trailing_space):
            pieces[-1] += char
        else:
            pieces.append(char)
    return pieces


def _wrap(text: str, font: str, size: float, width: float,
          first_indent: float) -> list[tuple[str, bool]]:
    """Lines with, for each, whether it opens a paragraph (and so is indented)."""
    lines: list[tuple[str, bool]] = []
    for paragraph in text.split("\n"):
        line = ""
        opening = True
        available = width - first_indent
        for piece in _pieces(paragraph):
            if line and pdfmetrics.stringWidth(line + piece.rstrip(), font, size) > available:
                # Closing punctuation stays with the character before it even when that
                # overflows a little; an opening bracket moves down with what it opens.
                if piece[0] in _NO_LINE_START:
                    line += piece
                    continue
                carried = ""
                while line and line[-1] in _NO_LINE_END:
                    carried = line[-1] + carried
                    line = line[:-1]
                lines.append((line.rstrip(), opening))
                line = carried + piece
                opening = False
                available = width
            else:
                line += piece
        lines.append((line.rstrip(), opening))
    return lines


def wrap_text(text: str, font: str, size: float, width: float, *,
              first_indent: float = 0.0) -> list[str]:
    """Lines of `text` no wider than `width`; each paragraph (split at newlines) starts a new
    line, its first line indented by `first_indent` points."""
    return [line for line, _opening in _wrap(text, font, size, width, first_indent)]


def _lines_fit(lines: list[tuple[str, bool]], font: str, size: float, box: Box,
               leading: float, max_lines: int | None, indent: float) -> bool:
    if max_lines is not None and len(lines) > max_lines:
        return False
    if _line_height(font, size) + (len(lines) - 1) * leading * size > box.height + 0.01:
        return False
    return all(pdfmetrics.stringWidth(line, font, size) + (indent if opening else 0.0)
               <= box.width + 0.01 for line, opening in lines)


def draw_fitted_lines(canvas: Canvas, text: str, box: Box, font: str, *, max_size: float,
                      max_lines: int | None = None, leading: float = 1.4,
                      align: Align = Align.LEFT, valign: Valign = Valign.TOP,
                      indent_chars: float = 0.0, colour: Color = black) -> float:
    """Draw `text` wrapped into `box` at the largest size up to `max_size` at which every line
    fits (at most `max_lines` lines); each paragraph's first line is indented by `indent_chars`
    character widths when left-aligned (两字缩进 in letters). Returns the size used; the canvas
    keeps the font and colour, as with draw_fitted."""

    def wrapped(size: float) -> list[tuple[str, bool]]:
        indent = indent_chars * size if align is Align.LEFT else 0.0
        return _wrap(text, font, size, box.width, indent)

    def fits(size: float, lines: list[tuple[str, bool]]) -> bool:
        indent = indent_chars * size if align is Align.LEFT else 0.0
        return _lines_fit(lines, font, size, box, leading, max_lines, indent)

    size = max_size
    lines = wrapped(size)
    overflows = False
    if not fits(size, lines):
        # Bisect on the size: whether the wrapped text fits is close enough to monotonic in
        # the size for a tenth of a point to decide.
        low, high = SMALLEST_SIZE, max_size
        while high - low > 0.1:
            middle = (low + high) / 2
            if fits(middle, wrapped(middle)):
                low = middle
            else:
                high = middle
        size = low
        lines = wrapped(size)
        overflows = not fits(size, lines)
    with _clipped(canvas, box, font, size, colour, overflows):
        y = _baseline(font, size, box, valign, len(lines), leading)
        for line, opening in lines:
            indent = indent_chars * size if opening and align is Align.LEFT else 0.0
            _draw_line(canvas, line, box, y, align, indent)
            y -= leading * size
    return size


def fold_line(canvas: Canvas, x0: float, y0: float, x1: float, y1: float) -> None:
    """A thin dashed grey line to fold along; light enough not to show on a standing card."""
    with saved_state(canvas):
        canvas.setStrokeGray(0.6)
        canvas.setLineWidth(0.3)
        canvas.setDash(3, 3)
        canvas.line(x0, y0, x1, y1)


@dataclass(frozen=True)
class Grid:
    """Equal cells on a sheet, in points, read left to right and top to bottom. Margins left as
    None centre the block of cells on the page."""

    page_width: float
    page_height: float
    columns: int
    rows: int
    cell_width: float
    cell_height: float
    gap_x: float = 0.0
    gap_y: float = 0.0
    left: float | None = None
    top: float | None = None

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def block(self) -> Box:
        """The rectangle the cells fill together, gaps included."""
        width = self.columns * self.cell_width + (self.columns - 1) * self.gap_x
        height = self.rows * self.cell_height + (self.rows - 1) * self.gap_y
        left = (self.page_width - width) / 2 if self.left is None else self.left
        top = (self.page_height - height) / 2 if self.top is None else self.top
        return Box(left, self.page_height - top - height, width, height)

    def cells(self) -> list[Box]:
        block = self.block
        return [Box(block.x + column * (self.cell_width + self.gap_x),
                    block.top - (row + 1) * self.cell_height - row * self.gap_y,
                    self.cell_width, self.cell_height)
                for row in range(self.rows) for column in range(self.columns)]

    def cut_positions(self) -> tuple[list[float], list[float]]:
        """The x of every vertical cut and the y of every horizontal cut."""
        cells = self.cells()
        xs = sorted({round(c.x, 3) for c in cells} | {round(c.right, 3) for c in cells})
        ys = sorted({round(c.y, 3) for c in cells} | {round(c.top, 3) for c in cells})
        return xs, ys


def cut_marks(canvas: Canvas, grid: Grid, *, length: float = 5 * mm,
              offset: float = 2 * mm) -> None:
    """Short hairlines in the margins, in line with every cut of the grid, so that a guillotine
    cuts along the cells; they stop `offset` short of the cells and never cross a printed cell."""
    block = grid.block
    xs, ys = grid.cut_positions()
    room_x = min(block.x, grid.page_width - block.right) - offset
    room_y = min(block.y, grid.page_height - block.top) - offset
    with saved_state(canvas):
        canvas.setLineWidth(0.25)
        canvas.setStrokeColor(black)
        if room_y > 0:
            mark = min(length, room_y)
            for x in xs:
                canvas.line(x, block.top + offset, x, block.top + offset + mark)
                canvas.line(x, block.y - offset, x, block.y - offset - mark)
        if room_x > 0:
            mark = min(length, room_x)
            for y in ys:
                canvas.line(block.x - offset, y, block.x - offset - mark, y)
                canvas.line(block.right + offset, y, block.right + offset + mark, y)

"""Drawing a template for guests: one renderer per element type, faces turned for folding, and
sheets of cells with cut marks."""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Callable, Mapping
from datetime import date
from functools import lru_cache
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from models.lang import say
from models.tables import Event
from printing.base import (
    FULL_WIDTH_SPACE,
    Box,
    NothingToPrint,
    PrintRequest,
    cut_marks,
    draw_fitted,
    draw_fitted_lines,
    fold_line,
    render_pdf,
    rotated_180,
    saved_state,
    spaced_name,
)
from printing.guest_fields import FIELDS, FieldContext, PrintedGuest, guests_to_print
from printing.qr import draw_qr
from printing.templates import (
    BandElement,
    Element,
    ImageElement,
    LineElement,
    QrElement,
    Template,
    TextElement,
    load_template,
)


class _Values(Mapping[str, str]):
    """Field values for str.format_map, evaluated only when the text asks for them."""

    def __init__(self, context: FieldContext, *, spaced: bool) -> None:
        self.context = context
        self.spaced = spaced

    def __getitem__(self, key: str) -> str:
        value = FIELDS[key].value(self.context)
        return spaced_name(value) if self.spaced and key == "name" else value

    def __iter__(self) -> Any:
        return iter(FIELDS)

    def __len__(self) -> int:
        return len(FIELDS)


_FIELD = re.compile(r"\{[^{}]*\}")


@lru_cache(maxsize=256)
def _words_chinese(pattern: str) -> bool | None:
    """Whether the words a text prints around its fields are Chinese (True) or in letters
    (False); None when it prints fields alone. "定于{date}在…" writes its date 2026年5月20日
    even when the interface speaks English."""
    words = _FIELD.sub("", pattern)
    if any("\u4e00" <= char <= "\u9fff" for char in words):
        return True
    if any(char.isascii() and char.isalpha() for char in words):
        return False
    return None


def _text(pattern: str, context: FieldContext, *, spaced: bool = False) -> str:
    chinese = _words_chinese(pattern)
    if chinese is not None:
        context = dataclasses.replace(context, chinese=chinese)
    return pattern.format_map(_Values(context, spaced=spaced)).strip()


def _draw_text(canvas: Canvas, element: TextElement, face: Box, context: FieldContext,
               font: str, template: Template) -> None:
    text = _text(element.text, context, spaced=element.spaced_name)
    if not text:
        return
    if text.count("\n") >= element.lines:
        # More lines than the box has (many seats, a one-line label): run them together
        # rather than shrink every line to nothing.
        text = text.replace("\n", FULL_WIDTH_SPACE)
    box = face.part(element.x, element.y, element.width, element.height)
    colour = template.colour(element.colour, context.person.guest.category)
    if element.lines == 1:
        draw_fitted(canvas, text, box, font, max_size=element.size, align=element.align,
                    valign=element.valign, colour=colour)
    else:
        draw_fitted_lines(canvas, text, box, font, max_size=element.size,
                          max_lines=element.lines, leading=element.leading, align=element.align,
                          valign=element.valign, indent_chars=element.indent, colour=colour)


def _draw_band(canvas: Canvas, element: BandElement, face: Box, context: FieldContext,
               font: str, template: Template) -> None:
    box = face.part(element.x, element.y, element.width, element.height)
    category = context.person.guest.category
    with saved_state(canvas):
        canvas.setFillColor(template.colour(element.colour, category))
        canvas.rect(box.x, box.y, box.width, box.height, stroke=0, fill=1)
    text = _text(element.text, context)
    if text:
        # The words keep clear of the band's edges, where a cut may stray by a millimetre.
        draw_fitted(canvas, text, box.inset(2 * mm, 1.5 * mm), font, max_size=element.size,
                    colour=template.colour(element.text_colour, category))


def _draw_qr(canvas: Canvas, element: QrElement, face: Box, context: FieldContext,
             font: str, template: Template) -> None:
    payload = FIELDS[element.field].value(context)
    if payload:
        draw_qr(canvas, payload, face.part(element.x, element.y, element.size, element.size))


def _draw_line(canvas: Canvas, element: LineElement, face: Box, context: FieldContext,
               font: str, template: Template) -> None:
    start = face.part(element.x1, element.y1, 0, 0)
    end = face.part(element.x2, element.y2, 0, 0)
    with saved_state(canvas):
        canvas.setLineWidth(element.width)
        canvas.setStrokeColor(template.colour(element.colour, context.person.guest.category))
        if element.dashed:
            canvas.setDash(3, 3)
        canvas.line(start.x, start.y, end.x, end.y)


def _draw_image(canvas: Canvas, element: ImageElement, face: Box, context: FieldContext,
                font: str, template: Template) -> None:
    box = face.part(element.x, element.y, element.width, element.height)
    # Drawn by file name, ReportLab keeps one copy of the picture in the PDF however many
    # faces show it.
    canvas.drawImage(str(template.image_path(element)), box.x, box.y, box.width, box.height,
                     preserveAspectRatio=True, anchor="c", mask="auto")


Renderer = Callable[[Canvas, Any, Box, FieldContext, str, Template], None]
RENDERERS: dict[type, Renderer] = {
    TextElement: _draw_text,
    BandElement: _draw_band,
    QrElement: _draw_qr,
    LineElement: _draw_line,
    ImageElement: _draw_image,
}


def draw_face(canvas: Canvas, template: Template, face: Box, context: FieldContext,
              font: str) -> None:
    element: Element
    for element in template.elements:
        RENDERERS[type(element)](canvas, element, face, context, font, template)


def draw_cell(canvas: Canvas, template: Template, cell: Box, context: FieldContext,
              font: str) -> None:
    """One guest's item. With two faces the upper one is turned upside down, so that folded
    along the middle both faces stand upright, one to each side of the table."""
    face_height = cell.height / template.faces
    draw_face(canvas, template, Box(cell.x, cell.y, cell.width, face_height), context, font)
    if template.faces == 2:
        upper = Box(cell.x, cell.y + face_height, cell.width, face_height)
        with rotated_180(canvas, upper):
            draw_face(canvas, template, upper, context, font)
        if template.fold_line:
            fold_line(canvas, cell.x, upper.y, cell.right, upper.y)


def print_sheets(template: Template, event: Event, guests: list[PrintedGuest], title: str, *,
                 font_file: str | None = None,
                 step: Callable[[int, int], None] | None = None) -> bytes:
    """One cell per guest, as many to a sheet as the template's grid holds; `font_file` is the
    user's preferred font, `step` hears of each sheet drawn (and may stop the build)."""
    if not guests:
        raise NothingToPrint(say("没有要打印的嘉宾", "There is no guest to print for"))
    font = template.font(font_file)
    grid = template.grid
    cells = grid.cells()
    today = date.today()
    sheets = math.ceil(len(guests) / len(cells))
    # A field printed alone (the letter's date under its Chinese body) speaks as the template's
    # words do; with no words at all, as the interface does.
    spoken = [_words_chinese(element.text) for element in template.elements
              if isinstance(element, TextElement | BandElement)]
    chinese = True if True in spoken else False if False in spoken else None

    def draw_pages(canvas: Canvas) -> None:
        for number, start in enumerate(range(0, len(guests), len(cells)), start=1):
            for cell, person in zip(cells, guests[start:start + len(cells)], strict=False):
                draw_cell(canvas, template, cell,
                          FieldContext(event, person, today, chinese), font)
            if template.cut_marks:
                cut_marks(canvas, grid)
            canvas.showPage()
            if step is not None:
                step(number, sheets)

    return render_pdf(template.page_size, title, draw_pages, font=font)


def print_guests(request: PrintRequest, document: str, default_template: str,
                 title: tuple[str, str], *, by_scene: bool = True) -> bytes:
    """The document for the request's guests: those seated in its scene, in seat order, or
    (without a scene, or when `by_scene` is False) every expected guest by precedence."""
    template = load_template(request.template or default_template, document)
    scene = request.scene if by_scene else None
    guests = guests_to_print(request.session, request.event, scene, request.guest_ids)
    if not guests and scene is not None:
        raise NothingToPrint(say(f"场景“{scene.name}”还没有人入座，请先排座",
                                 f"Nobody is seated in {scene.name!r} yet; arrange it first"))
    if not guests:
        raise NothingToPrint(say(f"“{request.event.name}”没有应到的嘉宾",
                                 f"{request.event.name} has no expected guests"))
    return print_sheets(template, request.event, guests, f"{request.event.name} {say(*title)}",
                        font_file=request.font, step=request.step)

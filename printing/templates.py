"""Document templates as data: JSON files of sizes in millimetres, a font, colours per category
and the elements of a face, read and checked with errors that name the file and the field."""

from __future__ import annotations

import json
import string
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.colors import Color, HexColor

from models.lang import say
from printing.base import PAGE_SIZES, Align, Grid, Valign, mm, page_size
from printing.fonts import cjk_font
from printing.guest_fields import FIELDS

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE_DIR = ROOT / "resources" / "templates"
# Where the category has no colour of its own.
DEFAULT_CATEGORY = "default"
CATEGORY_COLOUR = "category"
# A scanner at the sign-in desk reads a code of 25 mm from a lanyard reliably; the square drawn
# also holds the four-module quiet zone, 8 modules of the 41 of a sign-in code's version 4.
SMALLEST_QR_MM = 32.0


class TemplateError(ValueError):
    """A template file that cannot be used; the message names the file and the field."""


@dataclass(frozen=True)
class TextElement:
    """Text from a pattern with {field} placeholders, shrunk to fit its box."""

    key: str
    x: float
    y: float
    width: float
    height: float
    text: str
    size: float
    lines: int = 1
    leading: float = 1.4
    align: Align = Align.CENTRE
    valign: Valign = Valign.MIDDLE
    colour: str = "#000000"
    indent: float = 0.0
    spaced_name: bool = False


@dataclass(frozen=True)
class BandElement:
    """A filled rectangle, by default in the guest's category colour, with optional words."""

    key: str
    x: float
    y: float
    width: float
    height: float
    colour: str = CATEGORY_COLOUR
    text: str = ""
    text_colour: str = "#FFFFFF"
    size: float = 24.0


@dataclass(frozen=True)
class QrElement:
    """The guest's sign-in code in a square of `size` mm, quiet zone included."""

    key: str
    x: float
    y: float
    size: float
    field: str = "signin"


@dataclass(frozen=True)
class LineElement:
    key: str
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.5
    colour: str = "#000000"
    dashed: bool = False


Element = TextElement | BandElement | QrElement | LineElement


@dataclass(frozen=True)
class Template:
    """A checked template. Positions of elements are millimetres from the face's top left."""

    name: str
    path: Path
    document: str
    title: tuple[str, str]
    sheet_size: str
    landscape: bool
    columns: int
    rows: int
    gap_x: float
    gap_y: float
    left: float | None
    top: float | None
    cut_marks: bool
    face_width: float
    face_height: float
    faces: int
    fold_line: bool
    font_file: str | None
    font_subfont: int
    category_colours: dict[str, str]
    elements: tuple[Element, ...]

    @property
    def page_size(self) -> tuple[float, float]:
        return page_size(self.sheet_size, landscape=self.landscape)

    @property
    def grid(self) -> Grid:
        """The sheet's cells; a cell holds every face of one guest's item."""
        width, height = self.page_size
        return Grid(width, height, self.columns, self.rows, self.face_width * mm,
                    self.faces * self.face_height * mm, self.gap_x * mm, self.gap_y * mm,
                    None if self.left is None else self.left * mm,
                    None if self.top is None else self.top * mm)

    def font(self) -> str:
        """The registered font: the template's file (relative to the template) or the system's
        Chinese font. Raises FontMissing, naming the file, rather than print boxes."""
        if self.font_file:
            return cjk_font(self.path.parent / Path(self.font_file).expanduser(),
                            self.font_subfont)
        return cjk_font()

    def colour(self, value: str, category: str) -> Color:
        if value == CATEGORY_COLOUR:
            value = self.category_colours.get(category) or self.category_colours.get(
                DEFAULT_CATEGORY, "#000000")
        return HexColor(value)


def shown_path(path: Path) -> str:
    """The file as the user would look for it: relative to the program for built-in templates."""
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


_REQUIRED = object()


class _Reader:
    """Reads one file's values, raising TemplateError that says where and what is wrong."""

    def __init__(self, path: Path) -> None:
        self.shown = shown_path(path)

    def fail(self, field: str, zh: str, en: str) -> TemplateError:
        return TemplateError(say(f"{self.shown}：“{field}”{zh}", f"{self.shown}: '{field}' {en}"))

    def section(self, data: dict[str, Any], key: str, path: str, allowed: set[str] | None,
                *, required: bool = True) -> dict[str, Any]:
        """A nested object; `allowed` None when its keys are named by the user."""
        where = f"{path}.{key}" if path else key
        if key not in data:
            if required:
                raise self.fail(where, "缺失", "is missing")
            return {}
        value = data[key]
        if not isinstance(value, dict):
            raise self.fail(where, "应为一组设置（JSON 对象）", "must be an object of settings")
        if allowed is not None:
            self.known(value, where, allowed)
        return value

    def known(self, data: dict[str, Any], path: str, allowed: set[str]) -> None:
        for key in data:
            if key not in allowed:
                where = f"{path}.{key}" if path else key
                raise self.fail(where, f"不是可用的设置；可用：{', '.join(sorted(allowed))}",
                                f"is not a setting here; use one of {', '.join(sorted(allowed))}")

    def value(self, data: dict[str, Any], key: str, path: str, default: Any) -> Any:
        if key in data:
            return data[key]
        if default is _REQUIRED:
            raise self.fail(f"{path}.{key}" if path else key, "缺失", "is missing")
        return default

    def number(self, data: dict[str, Any], key: str, path: str, default: Any = _REQUIRED, *,
               minimum: float | None = None, positive: bool = False,
               nullable: bool = False) -> Any:
        where = f"{path}.{key}" if path else key
        value = self.value(data, key, path, default)
        if value is None and nullable:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(where, "应为数字", "must be a number")
        if positive and value <= 0:
            raise self.fail(where, "应大于 0", "must be more than 0")
        if minimum is not None and value < minimum:
            raise self.fail(where, f"不能小于 {minimum:g}", f"must be at least {minimum:g}")
        return float(value)

    def whole(self, data: dict[str, Any], key: str, path: str, default: Any = _REQUIRED, *,
              minimum: int = 0, maximum: int | None = None) -> int:
        where = f"{path}.{key}" if path else key
        value = self.value(data, key, path, default)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(where, "应为整数", "must be a whole number")
        if value < minimum or (maximum is not None and value > maximum):
            span = f"{minimum}–{maximum}" if maximum is not None else f"≥ {minimum}"
            raise self.fail(where, f"应在 {span} 之间", f"must be {span}")
        return value

    def text(self, data: dict[str, Any], key: str, path: str, default: Any = _REQUIRED) -> Any:
        value = self.value(data, key, path, default)
        if value is not None and not isinstance(value, str):
            raise self.fail(f"{path}.{key}" if path else key, "应为文字", "must be text")
        return value

    def flag(self, data: dict[str, Any], key: str, path: str, default: bool = False) -> bool:
        value = self.value(data, key, path, default)
        if not isinstance(value, bool):
            raise self.fail(f"{path}.{key}" if path else key, "应为 true 或 false",
                            "must be true or false")
        return value

    def choice(self, data: dict[str, Any], key: str, path: str, choices: list[str],
               default: Any = _REQUIRED) -> str:
        value = self.text(data, key, path, default)
        if value not in choices:
            raise self.fail(f"{path}.{key}" if path else key,
                            f"应为以下之一：{', '.join(choices)}",
                            f"must be one of {', '.join(choices)}")
        return str(value)

    def colour(self, data: dict[str, Any], key: str, path: str, default: str,
               *, by_category: bool = False) -> str:
        value = self.text(data, key, path, default)
        if by_category and value == CATEGORY_COLOUR:
            return value
        if not (isinstance(value, str) and len(value) == 7 and value.startswith("#")
                and all(c in string.hexdigits for c in value[1:])):
            extra = say("或 \"category\"（按类别着色）", ' or "category" (the category\'s colour)')
            raise self.fail(f"{path}.{key}" if path else key,
                            f"应为颜色，如 \"#1F5FA8\"{extra if by_category else ''}",
                            f'must be a colour such as "#1F5FA8"{extra if by_category else ""}')
        return value

    def pattern(self, data: dict[str, Any], path: str, *, required: bool) -> str:
        """The element's text: "field": "name" or a "text" with {field} placeholders."""
        if "field" in data and "text" in data:
            raise self.fail(f"{path}.field", "与 “text” 只能取其一",
                            "and 'text' cannot both be given")
        if "field" in data:
            field = self.choice(data, "field", path, list(FIELDS))
            return "{" + field + "}"
        text = self.text(data, "text", path, _REQUIRED if required else "")
        try:
            parts = list(string.Formatter().parse(text))
        except ValueError as error:
            raise self.fail(f"{path}.text", f"的花括号不成对（{error}）",
                            f"has an unmatched brace ({error})") from error
        for _literal, name, spec, conversion in parts:
            if name is None:
                continue
            if name not in FIELDS or spec or conversion:
                raise self.fail(f"{path}.text",
                                f"中的 {{{name}}} 不是可用字段；可用：{', '.join(FIELDS)}",
                                f"uses {{{name}}}, which is not a field; use one of "
                                f"{', '.join(FIELDS)}")
        return text


_TOP = {"document", "title", "sheet", "face", "font", "category_colours", "elements"}
_SHEET = {"size", "landscape", "columns", "rows", "gap_x", "gap_y", "left", "top", "cut_marks"}
_FACE = {"width", "height", "count", "fold_line"}
_BOX = {"type", "x", "y", "width", "height"}
_ELEMENT_KEYS = {
    "text": _BOX | {"field", "text", "size", "lines", "leading", "align", "valign", "colour",
                    "indent", "spaced_name"},
    "band": _BOX | {"colour", "field", "text", "text_colour", "size"},
    "qr": {"type", "x", "y", "size", "field"},
    "line": {"type", "x1", "y1", "x2", "y2", "width", "colour", "dashed"},
}


def _element(reader: _Reader, key: str, data: Any, face: tuple[float, float]) -> Element:
    path = f"elements.{key}"
    if not isinstance(data, dict):
        raise reader.fail(path, "应为一组设置（JSON 对象）", "must be an object of settings")
    kind = reader.choice(data, "type", path, list(_ELEMENT_KEYS))
    reader.known(data, path, _ELEMENT_KEYS[kind])
    element: Element
    if kind == "qr":
        x = reader.number(data, "x", path, minimum=0)
        y = reader.number(data, "y", path, minimum=0)
        size = reader.number(data, "size", path, minimum=SMALLEST_QR_MM)
        element = QrElement(key, x, y, size, reader.choice(data, "field", path, list(FIELDS),
                                                           "signin"))
        box = (x, y, size, size)
    elif kind == "line":
        element = LineElement(
            key, *(reader.number(data, name, path, minimum=0) for name in ("x1", "y1", "x2", "y2")),
            width=reader.number(data, "width", path, 0.5, positive=True),
            colour=reader.colour(data, "colour", path, "#000000"),
            dashed=reader.flag(data, "dashed", path))
        box = (min(element.x1, element.x2), min(element.y1, element.y2),
               abs(element.x2 - element.x1), abs(element.y2 - element.y1))
    else:
        box = (reader.number(data, "x", path, minimum=0), reader.number(data, "y", path, minimum=0),
               reader.number(data, "width", path, positive=True),
               reader.number(data, "height", path, positive=True))
        if kind == "text":
            element = TextElement(
                key, *box, text=reader.pattern(data, path, required=True),
                size=reader.number(data, "size", path, positive=True),
                lines=reader.whole(data, "lines", path, 1, minimum=1),
                leading=reader.number(data, "leading", path, 1.4, positive=True),
                align=Align(reader.choice(data, "align", path, list(Align), Align.CENTRE)),
                valign=Valign(reader.choice(data, "valign", path, list(Valign), Valign.MIDDLE)),
                colour=reader.colour(data, "colour", path, "#000000", by_category=True),
                indent=reader.number(data, "indent", path, 0.0, minimum=0),
                spaced_name=reader.flag(data, "spaced_name", path))
        else:
            element = BandElement(
                key, *box, colour=reader.colour(data, "colour", path, CATEGORY_COLOUR,
                                                by_category=True),
                text=reader.pattern(data, path, required=False),
                text_colour=reader.colour(data, "text_colour", path, "#FFFFFF",
                                          by_category=True),
                size=reader.number(data, "size", path, 24.0, positive=True))
    x, y, width, height = box
    if x + width > face[0] + 0.01 or y + height > face[1] + 0.01:
        raise reader.fail(path, f"超出了 {face[0]:g} × {face[1]:g} 毫米的版面",
                          f"reaches outside the {face[0]:g} × {face[1]:g} mm face")
    return element


def read_template(path: Path) -> Template:
    """The template in `path`, checked; TemplateError names the file and the field at fault."""
    reader = _Reader(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise TemplateError(say(f"无法读取模板 {reader.shown}：{error.strerror}",
                                f"Cannot read the template {reader.shown}: "
                                f"{error.strerror}")) from error
    except UnicodeDecodeError as error:
        raise TemplateError(say(f"{reader.shown}：不是 UTF-8 编码的文本",
                                f"{reader.shown}: not UTF-8 text")) from error
    except json.JSONDecodeError as error:
        raise TemplateError(say(
            f"{reader.shown}：第 {error.lineno} 行第 {error.colno} 列不是有效的 JSON"
            f"（{error.msg}）",
            f"{reader.shown}: not valid JSON at line {error.lineno}, column {error.colno} "
            f"({error.msg})")) from error
    if not isinstance(data, dict):
        raise TemplateError(say(f"{reader.shown}：模板应为 JSON 对象",
                                f"{reader.shown}: a template must be a JSON object"))
    reader.known(data, "", _TOP)
    title = reader.section(data, "title", "", {"zh", "en"})
    sheet = reader.section(data, "sheet", "", _SHEET)
    face = reader.section(data, "face", "", _FACE)
    font = reader.section(data, "font", "", {"file", "subfont"}, required=False)
    colours = reader.section(data, "category_colours", "", None, required=False)
    face_size = (reader.number(face, "width", "face", positive=True),
                 reader.number(face, "height", "face", positive=True))
    faces = reader.whole(face, "count", "face", 1, minimum=1, maximum=2)
    elements_data = reader.section(data, "elements", "", None)
    if not elements_data:
        raise reader.fail("elements", "是空的", "is empty")
    template = Template(
        name=path.stem,
        path=path,
        document=reader.text(data, "document", ""),
        title=(reader.text(title, "zh", "title"), reader.text(title, "en", "title")),
        sheet_size=reader.choice(sheet, "size", "sheet", list(PAGE_SIZES)),
        landscape=reader.flag(sheet, "landscape", "sheet"),
        columns=reader.whole(sheet, "columns", "sheet", 1, minimum=1),
        rows=reader.whole(sheet, "rows", "sheet", 1, minimum=1),
        gap_x=reader.number(sheet, "gap_x", "sheet", 0.0, minimum=0),
        gap_y=reader.number(sheet, "gap_y", "sheet", 0.0, minimum=0),
        left=reader.number(sheet, "left", "sheet", None, minimum=0, nullable=True),
        top=reader.number(sheet, "top", "sheet", None, minimum=0, nullable=True),
        cut_marks=reader.flag(sheet, "cut_marks", "sheet"),
        face_width=face_size[0],
        face_height=face_size[1],
        faces=faces,
        fold_line=reader.flag(face, "fold_line", "face"),
        font_file=reader.text(font, "file", "font", None),
        font_subfont=reader.whole(font, "subfont", "font", 0),
        category_colours={key: reader.colour(colours, key, "category_colours", "#000000")
                          for key in colours},
        elements=tuple(_element(reader, key, value, face_size)
                       for key, value in elements_data.items()),
    )
    _check_sheet(reader, template)
    return template


def _check_sheet(reader: _Reader, template: Template) -> None:
    block = template.grid.block
    width, height = template.page_size
    if block.x < -0.01 or block.y < -0.01 or block.right > width + 0.01 \
            or block.top > height + 0.01:
        orientation = say("横向", " landscape") if template.landscape else ""
        raise reader.fail(
            "sheet",
            f"：{template.columns} × {template.rows} 个 {template.face_width:g} × "
            f"{template.faces * template.face_height:g} 毫米的格子放不进 {template.sheet_size}"
            f"{orientation} 纸",
            f"cells: {template.columns} × {template.rows} of {template.face_width:g} × "
            f"{template.faces * template.face_height:g} mm do not fit on {template.sheet_size}"
            f"{orientation}")


def template_path(name: str) -> Path:
    """A built-in template by name, or a file given by its path."""
    if name.endswith(".json") or "/" in name or "\\" in name:
        return Path(name).expanduser()
    return TEMPLATE_DIR / f"{name}.json"


def load_template(name: str, document: str) -> Template:
    """The named (or file) template, which must be made for `document`."""
    template = read_template(template_path(name))
    if template.document != document:
        raise _Reader(template.path).fail(
            "document", f"是 “{template.document}”，不能用于打印 “{document}”",
            f"is {template.document!r}; it cannot print {document!r}")
    return template


def templates_for(document: str) -> list[Template]:
    """The built-in templates of a document, by name: what the GUI offers to choose from.
    Files of other documents are not read further: page documents have templates of their own
    shape in the same folder."""
    found = []
    for path in sorted(TEMPLATE_DIR.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            data = {"document": document}  # read_template then says what is wrong, and where
        if isinstance(data, dict) and data.get("document") == document:
            found.append(read_template(path))
    return found

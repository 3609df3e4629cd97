"""Document templates as data: JSON files of sizes in millimetres, a font, colours per category
and either the elements of a face or a page document's layout, built in or the user's own, read
and checked with errors that name the file and the field."""

from __future__ import annotations

import importlib
import json
import os
import string
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from platformdirs import user_data_dir
from reportlab.lib.colors import Color, HexColor

from models.lang import say
from printing.base import PAGE_SIZES, Align, Grid, Valign, mm, page_size
from printing.documents import DOCUMENTS
from printing.fonts import cjk_font
from printing.guest_fields import FIELDS

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE_DIR = ROOT / "resources" / "templates"
# Where the user's own templates are kept, instead of the user's data folder (for tests and for
# a shared folder of an office's templates).
USER_TEMPLATE_ENV = "ZUOCI_TEMPLATE_DIR"
# Pictures a template may show, as ReportLab reads them.
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
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


@dataclass(frozen=True)
class ImageElement:
    """A picture, such as the organiser's logo, fitted into its box keeping its proportions;
    `file` is relative to the template's folder unless absolute."""

    key: str
    x: float
    y: float
    width: float
    height: float
    file: str


Element = TextElement | BandElement | QrElement | LineElement | ImageElement


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

    def font(self, preferred: str | None = None) -> str:
        """The registered font, as _font says."""
        return _font(self.path, self.font_file, self.font_subfont, preferred)

    def image_path(self, element: ImageElement) -> Path:
        return self.path.parent / Path(element.file).expanduser()

    def colour(self, value: str, category: str) -> Color:
        if value == CATEGORY_COLOUR:
            value = self.category_colours.get(category) or self.category_colours.get(
                DEFAULT_CATEGORY, "#000000")
        return HexColor(value)


def _font(path: Path, font_file: str | None, subfont: int, preferred: str | None) -> str:
    """The registered font: the template's own file (relative to the template), else the font
    file the user prefers for all documents, else the system's Chinese font. Raises FontMissing,
    naming the file, rather than print boxes."""
    if font_file:
        return cjk_font(path.parent / Path(font_file).expanduser(), subfont)
    return cjk_font(preferred) if preferred else cjk_font()


@dataclass(frozen=True)
class PageTemplate:
    """A checked template of a page document (list, sheet, chart): the sheet, font and colours
    as a face template has them, and the document's own settings under "layout"."""

    name: str
    path: Path
    document: str
    title: tuple[str, str]
    sheet_size: str
    landscape: bool
    font_file: str | None
    font_subfont: int
    category_colours: dict[str, str]
    layout: dict[str, Any]

    @property
    def page_size(self) -> tuple[float, float]:
        return page_size(self.sheet_size, landscape=self.landscape)

    def font(self, preferred: str | None = None) -> str:
        """The registered font, as _font says."""
        return _font(self.path, self.font_file, self.font_subfont, preferred)

    def colour(self, category: str) -> Color | None:
        value = self.category_colours.get(category)
        return HexColor(value) if value else None


AnyTemplate = Template | PageTemplate


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

    def setting(self, data: dict[str, Any], key: str, path: str, default: Any) -> Any:
        """A page document's layout setting, checked against the kind of its default: a flag,
        a whole or a decimal number above zero, one of a tuple of words (the first being the
        default), a string, or a table of numbers by name (column widths)."""
        where = f"{path}.{key}" if path else key
        if key not in data:
            return default[0] if isinstance(default, tuple) else default
        value = data[key]
        if isinstance(default, bool):
            return self.flag(data, key, path)
        if isinstance(default, int):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise self.fail(where, "应为正整数", "must be a whole number above 0")
        elif isinstance(default, float):
            if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
                raise self.fail(where, "应为大于 0 的数字", "must be a number above 0")
        elif isinstance(default, tuple):
            return self.choice(data, key, path, list(default))
        elif isinstance(default, str):
            return self.text(data, key, path)
        elif not isinstance(value, dict) or not all(
                name in default and not isinstance(number, bool)
                and isinstance(number, int | float) and number > 0
                for name, number in value.items()):
            raise self.fail(where, f"应为各列的宽度（毫米），列：{', '.join(default)}",
                            f"must give column widths in mm for columns among "
                            f"{', '.join(default)}")
        else:
            return {**default, **value}
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
_PAGE_TOP = {"document", "title", "sheet", "font", "category_colours", "layout"}
_SHEET = {"size", "landscape", "columns", "rows", "gap_x", "gap_y", "left", "top", "cut_marks"}
_PAGE_SHEET = {"size", "landscape"}
_FACE = {"width", "height", "count", "fold_line"}
_BOX = {"type", "x", "y", "width", "height"}
_ELEMENT_KEYS = {
    "text": _BOX | {"field", "text", "size", "lines", "leading", "align", "valign", "colour",
                    "indent", "spaced_name"},
    "band": _BOX | {"colour", "field", "text", "text_colour", "size"},
    "qr": {"type", "x", "y", "size", "field"},
    "line": {"type", "x1", "y1", "x2", "y2", "width", "colour", "dashed"},
    "image": _BOX | {"file"},
}


def _image_file(reader: _Reader, data: dict[str, Any], path: str, folder: Path) -> str:
    """The picture's file as written in the template, once it is known to be there and to be
    a PNG or JPEG: a logo that is missing is said at once, not as a blank on 300 badges."""
    file = reader.text(data, "file", path)
    where = f"{path}.file"
    found = folder / Path(file).expanduser()
    if found.suffix.lower() not in IMAGE_SUFFIXES:
        raise reader.fail(where, f"应为 PNG 或 JPEG 图片（{found}）",
                          f"must be a PNG or JPEG picture ({found})")
    if not found.is_file():
        raise reader.fail(where, f"：找不到图片文件 {found}", f": the picture {found} is missing")
    return file


def _element(reader: _Reader, key: str, data: Any, face: tuple[float, float],
             folder: Path) -> Element:
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
        elif kind == "image":
            element = ImageElement(key, *box, file=_image_file(reader, data, path, folder))
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


def _read_json(path: Path) -> dict[str, Any]:
    shown = shown_path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise TemplateError(say(f"无法读取模板 {shown}：{error.strerror}",
                                f"Cannot read the template {shown}: "
                                f"{error.strerror}")) from error
    except UnicodeDecodeError as error:
        raise TemplateError(say(f"{shown}：不是 UTF-8 编码的文本",
                                f"{shown}: not UTF-8 text")) from error
    except json.JSONDecodeError as error:
        raise TemplateError(say(
            f"{shown}：第 {error.lineno} 行第 {error.colno} 列不是有效的 JSON"
            f"（{error.msg}）",
            f"{shown}: not valid JSON at line {error.lineno}, column {error.colno} "
            f"({error.msg})")) from error
    if not isinstance(data, dict):
        raise TemplateError(say(f"{shown}：模板应为 JSON 对象",
                                f"{shown}: a template must be a JSON object"))
    return data


def _common(reader: _Reader, data: dict[str, Any], sheet_keys: set[str]) -> dict[str, Any]:
    """What face and page templates share: title, paper, font and colours by category."""
    title = reader.section(data, "title", "", {"zh", "en"})
    sheet = reader.section(data, "sheet", "", sheet_keys)
    font = reader.section(data, "font", "", {"file", "subfont"}, required=False)
    colours = reader.section(data, "category_colours", "", None, required=False)
    return {
        "title": (reader.text(title, "zh", "title"), reader.text(title, "en", "title")),
        "sheet_size": reader.choice(sheet, "size", "sheet", list(PAGE_SIZES)),
        "landscape": reader.flag(sheet, "landscape", "sheet"),
        "font_file": reader.text(font, "file", "font", None),
        # The face within a font collection (.ttc), counted from 0.
        "font_subfont": reader.whole(font, "subfont", "font", 0),
        "category_colours": {key: reader.colour(colours, key, "category_colours", "#000000")
                             for key in colours},
    }


def template_from_data(data: dict[str, Any], path: Path) -> Template:
    """The face template `data` as if read from `path` (which names it in errors and anchors
    its relative font and picture files), checked."""
    reader = _Reader(path)
    reader.known(data, "", _TOP)
    common = _common(reader, data, _SHEET)
    sheet = reader.section(data, "sheet", "", _SHEET)
    face = reader.section(data, "face", "", _FACE)
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
        **common,
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
        elements=tuple(_element(reader, key, value, face_size, path.parent)
                       for key, value in elements_data.items()),
    )
    _check_sheet(reader, template)
    return template


def read_template(path: Path) -> Template:
    """The face template in `path`, checked; TemplateError names the file and the field."""
    return template_from_data(_read_json(path), path)


def page_template_from_data(data: dict[str, Any], path: Path, document: str,
                            settings: dict[str, Any] | None) -> PageTemplate:
    """The page template `data` as if read from `path`, checked; `settings` gives each layout
    setting's default, whose kind the value must have (None: the layout is taken as written,
    for a document that has not said what its settings are)."""
    reader = _Reader(path)
    reader.known(data, "", _PAGE_TOP)
    _check_document(reader, data.get("document"), document)
    common = _common(reader, data, _PAGE_SHEET)
    layout = reader.section(data, "layout", "", None if settings is None else set(settings),
                            required=False)
    return PageTemplate(
        name=path.stem, path=path, document=document, **common,
        layout=dict(layout) if settings is None else
        {key: reader.setting(layout, key, "layout", default) for key, default in settings.items()})


def _check_document(reader: _Reader, found: Any, document: str) -> None:
    if found != document:
        raise reader.fail("document", f"是 “{found}”，不能用于打印 “{document}”",
                          f"is {found!r}; it cannot print {document!r}")


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


def user_template_folder() -> Path:
    """The folder of the user's own templates: ZUOCI_TEMPLATE_DIR, else "templates" in the
    user's data folder, beside the default database."""
    chosen = os.environ.get(USER_TEMPLATE_ENV)
    if chosen:
        return Path(chosen).expanduser()
    return Path(user_data_dir("Zuoci", appauthor=False)) / "templates"


def template_path(name: str, user_folder: Path | None = None) -> Path:
    """A template by name, built in or else the user's own, or a file given by its path."""
    if name.endswith(".json") or "/" in name or "\\" in name:
        return Path(name).expanduser()
    built_in = TEMPLATE_DIR / f"{name}.json"
    if not built_in.is_file():
        own = (user_folder or user_template_folder()) / f"{name}.json"
        if own.is_file():
            return own
    return built_in


def layout_settings(document: str) -> dict[str, Any] | None:
    """The layout settings of a page document (its "module:NAME" in DOCUMENTS), or None for a
    document of faces or one that names none."""
    found = DOCUMENTS.get(document)
    if found is None or not found.layout:
        return None
    module, _, name = found.layout.partition(":")
    return cast("dict[str, Any]", getattr(importlib.import_module(module), name))


def is_page_document(document: str) -> bool:
    """Whether the document is pages of lists or drawings rather than one face per guest."""
    found = DOCUMENTS.get(document)
    return found is not None and not found.by_guest


def template_for(data: dict[str, Any], path: Path, document: str) -> AnyTemplate:
    """`data` checked as a template of `document`, face or page as the document prints."""
    if is_page_document(document):
        return page_template_from_data(data, path, document, layout_settings(document))
    template = template_from_data(data, path)
    _check_document(_Reader(path), template.document, document)
    return template


def read_any_template(path: Path, document: str) -> AnyTemplate:
    """The template in `path`, checked as one for `document`."""
    return template_for(_read_json(path), path, document)


def load_template(name: str, document: str) -> Template:
    """The named (or file) face template, which must be made for `document`."""
    path = template_path(name)
    template = template_from_data(_read_json(path), path)
    _check_document(_Reader(path), template.document, document)
    return template


def load_page_template(name: str, document: str,
                       settings: dict[str, Any] | None) -> PageTemplate:
    """The named (or file) template of a page document, checked; `settings` gives each layout
    setting's default, whose kind the value must have."""
    path = template_path(name)
    return page_template_from_data(_read_json(path), path, document, settings)


def _documents_of(folder: Path, document: str) -> list[Path]:
    """The template files in `folder` whose "document" is `document`; a file that is not
    JSON is kept, for reading it to say what is wrong with it."""
    found = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {"document": document}
        if isinstance(data, dict) and data.get("document") == document:
            found.append(path)
    return found


def templates_for(document: str) -> list[AnyTemplate]:
    """The built-in templates of a document, by name, checked."""
    return [read_any_template(path, document) for path in _documents_of(TEMPLATE_DIR, document)]


@dataclass(frozen=True)
class UserTemplate:
    """One of the user's templates as found: checked, or the reason it cannot be used."""

    path: Path
    template: AnyTemplate | None
    error: str = ""

    @property
    def name(self) -> str:
        return self.path.stem


def user_templates(document: str, folder: Path | None = None) -> list[UserTemplate]:
    """The user's templates of a document; a broken one is listed with what is wrong."""
    found = []
    for path in _documents_of(folder or user_template_folder(), document):
        try:
            found.append(UserTemplate(path, read_any_template(path, document)))
        except TemplateError as error:
            found.append(UserTemplate(path, None, str(error)))
    return found


def default_template(document: str) -> str:
    """The name of the built-in template a document prints with when none is chosen (a chart
    of a whole hall, a list by precedence)."""
    module = importlib.import_module(DOCUMENTS[document].builder.partition(":")[0])
    return str(getattr(module, "DEFAULT_TEMPLATE", None) or module.HALL_TEMPLATE)


# Characters no file name may hold on one of the systems the program runs on.
_NOT_IN_NAMES = set('/\\:*?"<>|')


def _check_name(name: str, folder: Path, *, keep: Path | None = None) -> Path:
    """The file a user template of this name is kept in, once the name is known to be usable:
    not empty, a file name on every system, not a built-in template's, not taken."""
    name = name.strip()
    if not name or any(char in _NOT_IN_NAMES or ord(char) < 32 for char in name) \
            or name.startswith("."):
        raise TemplateError(say(f"模板名称“{name}”不能为空，也不能含有 / \\ : * ? \" < > |",
                                f"The template name {name!r} must not be empty nor hold any of "
                                f"/ \\ : * ? \" < > |"))
    if (TEMPLATE_DIR / f"{name}.json").exists():
        raise TemplateError(say(f"“{name}”是内置模板的名称，请换一个",
                                f"{name!r} is the name of a built-in template; choose another"))
    path = folder / f"{name}.json"
    if path.exists() and path != keep:
        raise TemplateError(say(f"已有名为“{name}”的模板", f"There is already a template {name!r}"))
    return path


def _write(path: Path, data: dict[str, Any]) -> None:
    """Write the whole file or leave the old one: a half-written template would be broken."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n",
                           encoding="utf-8")
        partial.replace(path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise TemplateError(say(f"无法保存模板 {path}：{error.strerror}",
                                f"Cannot save the template {path}: {error.strerror}")) from error


def template_data(path: Path) -> dict[str, Any]:
    """The template's file as data, for editing."""
    return _read_json(path)


def copy_template(source: Path, name: str, document: str, folder: Path | None = None) -> Path:
    """A full copy of the template in `source` as the user's own, called `name`; its font and
    pictures are named by absolute paths, as the copy lives in another folder."""
    folder = folder or user_template_folder()
    path = _check_name(name, folder)
    data = _read_json(source)
    read_any_template(source, document)
    font = data.get("font")
    if isinstance(font, dict) and isinstance(font.get("file"), str):
        font["file"] = str(source.parent / Path(font["file"]).expanduser())
    for element in data.get("elements", {}).values():
        if isinstance(element, dict) and element.get("type") == "image":
            element["file"] = str(source.parent / Path(element["file"]).expanduser())
    data["title"] = {"zh": name.strip(), "en": name.strip()}
    _write(path, data)
    return path


def save_template(data: dict[str, Any], path: Path, document: str) -> AnyTemplate:
    """Check `data` as a template of `document` and write it to `path`; on a fault the file
    is left as it was and TemplateError says what is wrong."""
    template = template_for(data, path, document)
    _write(path, data)
    return template


def rename_template(path: Path, name: str) -> Path:
    """The user template moved to the file of its new name, its title following."""
    new_path = _check_name(name, path.parent, keep=path)
    data = _read_json(path)
    data["title"] = {"zh": name.strip(), "en": name.strip()}
    _write(new_path, data)
    if new_path != path:
        path.unlink()
    return new_path


def delete_template(path: Path) -> None:
    try:
        path.unlink()
    except OSError as error:
        raise TemplateError(say(f"无法删除模板 {path}：{error.strerror}",
                                f"Cannot delete the template {path}: {error.strerror}")) from error

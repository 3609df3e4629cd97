"""Templates as data: every built-in one loads, and a wrong file is refused with a message that
names the file and the field."""

from __future__ import annotations

import json
import re
from copy import deepcopy
from pathlib import Path
from typing import Any

import pytest

from models.lang import set_language
from printing.documents import DOCUMENTS
from printing.fonts import FontMissing, find_cjk_font
from printing.templates import (
    TEMPLATE_DIR,
    QrElement,
    TemplateError,
    TextElement,
    load_template,
    read_template,
    templates_for,
)

BADGE: dict[str, Any] = json.loads((TEMPLATE_DIR / "badge_lanyard.json").read_text("utf-8"))


def write(tmp_path: Path, data: Any, name: str = "badge_a6.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False),
                    encoding="utf-8")
    return path


def changed(change: dict[str, Any]) -> dict[str, Any]:
    """The lanyard badge with values replaced (a None value removes the key), by dotted path."""
    data = deepcopy(BADGE)
    for dotted, value in change.items():
        *parents, last = dotted.split(".")
        target = data
        for key in parents:
            target = target[key]
        if value is None:
            del target[last]
        else:
            target[last] = value
    return data


@pytest.mark.parametrize("document", ["cards", "badges", "invitations", "labels"])
def test_every_document_has_built_in_templates_that_load(document: str) -> None:
    templates = templates_for(document)
    assert templates
    for template in templates:
        assert load_template(template.name, document) == template
        assert template.title[0] and template.title[1]


@pytest.mark.parametrize("name", ["cards", "badges", "invitations", "labels"])
def test_each_documents_default_template_is_built_in(name: str) -> None:
    module = DOCUMENTS[name].builder.partition(":")[0]
    default = __import__(module, fromlist=["DEFAULT_TEMPLATE"]).DEFAULT_TEMPLATE
    assert load_template(default, name).document == name


def test_the_folded_a4_card_has_two_faces_on_a4_landscape_with_a_fold() -> None:
    card = load_template("name_card_a4", "cards")
    assert (card.face_width, card.face_height, card.faces, card.fold_line) == (297, 105, 2, True)
    assert card.sheet_size == "A4" and card.landscape
    name = card.elements[0]
    assert isinstance(name, TextElement) and name.spaced_name and 100 <= name.size <= 160


def test_the_badges_hold_4_8_and_10_to_a_sheet_with_cut_marks() -> None:
    per_page = {t.name: (t.grid.per_page, t.cut_marks, t.face_width, t.face_height)
                for t in templates_for("badges")}
    assert per_page == {"badge_lanyard": (4, True, 90, 120),
                        "badge_card_8": (8, True, 85.5, 54),
                        "badge_card_10": (10, True, 85.5, 54)}


def test_the_labels_come_2_by_7_and_3_by_8() -> None:
    grids = {(t.columns, t.rows) for t in templates_for("labels")}
    assert grids == {(2, 7), (3, 8)}


def test_text_elements_name_their_fields_in_braces() -> None:
    element = load_template("badge_lanyard", "badges").elements[1]
    assert isinstance(element, TextElement) and element.text == "{name}"


def message(path: Path) -> str:
    with pytest.raises(TemplateError) as caught:
        read_template(path)
    return str(caught.value)


def test_bad_json_names_the_file_and_the_place(tmp_path: Path) -> None:
    text = message(write(tmp_path, '{"document": "badges",\n  "title": }'))
    assert text.startswith(f"{tmp_path / 'badge_a6.json'}：")
    assert "第 2 行" in text and "JSON" in text


def test_a_wrong_type_names_the_field(tmp_path: Path) -> None:
    text = message(write(tmp_path, changed({"elements.name.size": "大"})))
    assert text == f"{tmp_path / 'badge_a6.json'}：“elements.name.size”应为数字"


def test_messages_speak_english_when_asked(tmp_path: Path) -> None:
    set_language("en")
    text = message(write(tmp_path, changed({"elements.name.size": "large"})))
    assert text == f"{tmp_path / 'badge_a6.json'}: 'elements.name.size' must be a number"


def test_a_built_in_template_is_named_as_the_user_finds_it() -> None:
    # Relative to the program, as in resources/templates/badge_lanyard.json.
    with pytest.raises(TemplateError, match=r"^resources/templates/badge_lanyard\.json："):
        load_template("badge_lanyard", "cards")


@pytest.mark.parametrize(("change", "field", "words"), [
    ({"face.width": None}, "face.width", "缺失"),
    ({"elements": None}, "elements", "缺失"),
    ({"title.en": None}, "title.en", "缺失"),
    ({"elements.name.x": None}, "elements.name.x", "缺失"),
    ({"elements.name.lines": 1.5}, "elements.name.lines", "整数"),
    ({"elements.name.align": "middle"}, "elements.name.align", "left, centre, right"),
    ({"elements.name.spaced_name": "yes"}, "elements.name.spaced_name", "true 或 false"),
    ({"elements.name.colour": "red"}, "elements.name.colour", "#1F5FA8"),
    ({"elements.name.size": 0}, "elements.name.size", "大于 0"),
    ({"elements.name.size": True}, "elements.name.size", "数字"),
    ({"elements.name.sise": 12}, "elements.name.sise", "不是可用的设置"),
    ({"elements.name.field": "names"}, "elements.name.field", "name, title"),
    ({"elements.name.text": "{name}"}, "elements.name.field", "只能取其一"),
    ({"elements.event.field": None, "elements.event.text": "{event} {place}"},
     "elements.event.text", "{place}"),
    ({"elements.event.field": None, "elements.event.text": "{event"}, "elements.event.text",
     "花括号"),
    ({"elements.event.field": None}, "elements.event.text", "缺失"),
    ({"elements.qr.size": 25}, "elements.qr.size", "不能小于 32"),
    ({"elements.qr.type": "barcode"}, "elements.qr.type", "text, band, qr, line"),
    ({"elements.name.width": 90}, "elements.name", "超出了 90 × 120 毫米的版面"),
    ({"sheet.columns": 3}, "sheet", "放不进 A4"),
    ({"sheet.size": "B5"}, "sheet.size", "A3, A4, A5"),
    ({"face.count": 3}, "face.count", "1–2"),
    ({"category_colours.media": "#12345G"}, "category_colours.media", "颜色"),
    ({"font": "simhei.ttf"}, "font", "JSON 对象"),
    ({"colour": "#000000"}, "colour", "不是可用的设置"),
])
def test_a_wrong_setting_is_refused_naming_the_file_and_the_field(
        tmp_path: Path, change: dict[str, Any], field: str, words: str) -> None:
    text = message(write(tmp_path, changed(change)))
    assert text.startswith(f"{tmp_path / 'badge_a6.json'}：“{field}”"), text
    assert words in text


def test_a_template_must_be_made_for_the_document_printed(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match=r"“document”是 “badges”，不能用于打印 “labels”"):
        load_template(str(write(tmp_path, BADGE)), "labels")


def test_a_missing_template_file_is_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match=re.escape(str(tmp_path / "nothing.json"))):
        load_template(str(tmp_path / "nothing.json"), "badges")


def test_a_missing_font_file_is_refused_with_its_path(tmp_path: Path) -> None:
    template = read_template(write(tmp_path, changed({"font": {"file": "fonts/simhei.ttf"}})))
    with pytest.raises(FontMissing, match=re.escape(str(tmp_path / "fonts" / "simhei.ttf"))):
        template.font()


def test_a_font_file_is_found_beside_the_template(tmp_path: Path) -> None:
    system = find_cjk_font()
    assert system is not None
    (tmp_path / system.path.name).symlink_to(system.path)
    template = read_template(write(tmp_path, changed({"font": {"file": system.path.name}})))
    assert template.font().startswith("Zuoci-")


def test_the_qr_square_holds_a_25_mm_code_with_its_quiet_zone() -> None:
    for template in templates_for("badges") + templates_for("invitations"):
        squares = [e for e in template.elements if isinstance(e, QrElement)]
        assert squares and all(e.size >= 32 for e in squares)

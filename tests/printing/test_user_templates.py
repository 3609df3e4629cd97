"""One loader for face and page templates; the user's own templates listed, used, copied,
renamed and deleted; a logo drawn; the preferred font used; a long build stopped."""

from __future__ import annotations

import json
import re
import subprocess
from copy import deepcopy
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from sqlmodel import Session

from models.tables import Event, Scene
from printing.base import Cancelled, PrintRequest
from printing.documents import DOCUMENTS, template_choices
from printing.fonts import FontMissing, cjk_font, has_chinese
from printing.templates import (
    TEMPLATE_DIR,
    ImageElement,
    PageTemplate,
    Template,
    TemplateError,
    copy_template,
    default_template,
    delete_template,
    load_page_template,
    read_any_template,
    rename_template,
    save_template,
    template_path,
    templates_for,
    user_templates,
)
from tests.printing.pdf_checks import (
    LATIN_BOLD,
    LATIN_BOLD_NAME,
    LATIN_FONT,
    LATIN_FONT_NAME,
    font_names,
    page_texts,
)

BADGE: dict[str, Any] = json.loads((TEMPLATE_DIR / "badge_lanyard.json").read_text("utf-8"))
CHART: dict[str, Any] = json.loads((TEMPLATE_DIR / "chart_a4_portrait.json").read_text("utf-8"))


def write(folder: Path, data: Any, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False),
                    encoding="utf-8")
    return path


def logo(folder: Path) -> Path:
    path = folder / "logo.png"
    Image.new("RGB", (120, 60), (200, 30, 30)).save(path)
    return path


# One loader


@pytest.mark.parametrize("document", list(DOCUMENTS))
def test_every_built_in_template_of_every_document_loads_with_the_one_loader(
        document: str) -> None:
    templates = templates_for(document)
    assert templates
    kind = Template if DOCUMENTS[document].by_guest else PageTemplate
    assert all(isinstance(template, kind) for template in templates)
    assert default_template(document) in {template.name for template in templates}


@pytest.mark.parametrize(("change", "field", "words"), [
    ({"layout": {"name_sise": 14}}, "layout.name_sise", "不是可用的设置"),
    ({"layout": {"name_size": "大"}}, "layout.name_size", "大于 0 的数字"),
    ({"category_colours": {"leader": "red"}}, "category_colours.leader", "#1F5FA8"),
    ({"sheet": {"size": "B5"}}, "sheet.size", "A3, A4, A5"),
    ({"elements": {}}, "elements", "不是可用的设置"),
    ({"font": {"subfont": -1}}, "font.subfont", "≥ 0"),
])
def test_a_page_template_is_checked_as_a_face_template_is_naming_the_file_and_field(
        tmp_path: Path, change: dict[str, Any], field: str, words: str) -> None:
    data = {**deepcopy(CHART), **change}
    path = write(tmp_path, data, "mine")
    with pytest.raises(TemplateError) as caught:
        read_any_template(path, "chart")
    assert str(caught.value).startswith(f"{path}：“{field}”"), caught.value
    assert words in str(caught.value)


def test_page_templates_still_load_by_name_with_their_settings_filled_in() -> None:
    template = load_page_template("list_precedence", "list",
                                  __import__("printing.lists", fromlist=["LAYOUT"]).LAYOUT)
    assert template.layout["kind"] == "list" and template.layout["title_size"] == 16.0


def test_a_picture_that_is_missing_is_refused_naming_the_file(tmp_path: Path) -> None:
    data = deepcopy(BADGE)
    data["elements"]["logo"] = {"type": "image", "file": "pictures/logo.png",
                                "x": 60, "y": 2, "width": 20, "height": 10}
    path = write(tmp_path, data, "badge")
    with pytest.raises(TemplateError) as caught:
        read_any_template(path, "badges")
    assert str(caught.value).startswith(f"{path}：“elements.logo.file”")
    assert str(tmp_path / "pictures" / "logo.png") in str(caught.value)


def test_a_picture_outside_the_face_is_refused(tmp_path: Path) -> None:
    data = deepcopy(BADGE)
    data["elements"]["logo"] = {"type": "image", "file": str(logo(tmp_path)),
                                "x": 80, "y": 2, "width": 20, "height": 10}
    with pytest.raises(TemplateError, match=r"“elements\.logo”超出了 90 × 120 毫米的版面"):
        read_any_template(write(tmp_path, data, "badge"), "badges")


def test_the_logo_is_drawn_once_into_the_pdf_and_shown_on_every_badge(
        session: Session, event: Event, hall: Scene, tmp_path: Path) -> None:
    data = deepcopy(BADGE)
    data["elements"]["logo"] = {"type": "image", "file": "logo.png",
                                "x": 66, "y": 2, "width": 20, "height": 10}
    logo(tmp_path)
    path = write(tmp_path, data, "badge_logo")
    template = read_any_template(path, "badges")
    assert isinstance(template, Template)
    assert any(isinstance(element, ImageElement) for element in template.elements)
    pdf = tmp_path / "badges.pdf"
    pdf.write_bytes(DOCUMENTS["badges"].build(PrintRequest(session, event, hall, str(path))))
    listed = subprocess.run(["pdfimages", "-list", "-f", "1", "-l", "1", str(pdf)],
                            capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    # Four badges to the sheet, one picture of 120 × 60 pixels shown four times.
    assert len(listed) == 4
    assert all(line.split()[3:5] == ["120", "60"] for line in listed)
    assert len({line.split()[10] for line in listed}) == 1


# The user's templates


def test_user_templates_are_offered_after_the_built_in_ones_and_marked(tmp_path: Path) -> None:
    copy_template(TEMPLATE_DIR / "badge_lanyard.json", "外事胸卡", "badges", tmp_path)
    choices = template_choices("badges", tmp_path)
    assert [choice.name for choice in choices if not choice.user] == [
        t.name for t in templates_for("badges")]
    mine = choices[-1]
    assert (mine.name, mine.label, mine.user, mine.error) == ("外事胸卡", "外事胸卡", True, "")
    assert mine.path == tmp_path / "外事胸卡.json"


def test_a_broken_user_template_is_listed_with_what_is_wrong(tmp_path: Path) -> None:
    data = deepcopy(BADGE)
    data["elements"]["name"]["field"] = "nickname"
    write(tmp_path, data, "坏模板")
    write(tmp_path, '{"document": "badges", ', "不是JSON")
    found = {own.name: own for own in user_templates("badges", tmp_path)}
    assert found["坏模板"].template is None
    assert "“elements.name.field”" in found["坏模板"].error
    assert "不是有效的 JSON" in found["不是JSON"].error
    choices = {choice.name: choice for choice in template_choices("badges", tmp_path)}
    assert choices["坏模板"].error == found["坏模板"].error


def test_templates_of_other_documents_are_not_listed(tmp_path: Path) -> None:
    copy_template(TEMPLATE_DIR / "chart_a4_portrait.json", "我的座次图", "chart", tmp_path)
    assert user_templates("badges", tmp_path) == []
    assert [own.name for own in user_templates("chart", tmp_path)] == ["我的座次图"]


def test_a_user_template_is_printed_by_name_or_file(
        session: Session, event: Event, tmp_path: Path) -> None:
    data = deepcopy(BADGE)
    data["elements"]["event"]["text"] = "欢迎 {name}"
    del data["elements"]["event"]["field"]
    path = write(tmp_path, data, "欢迎胸卡")
    assert template_path("欢迎胸卡", tmp_path) == path
    assert template_path("badge_lanyard", tmp_path) == TEMPLATE_DIR / "badge_lanyard.json"
    pdf = tmp_path / "badges.pdf"
    pdf.write_bytes(DOCUMENTS["badges"].build(PrintRequest(session, event, None, str(path))))
    assert "欢迎" in page_texts(pdf)[0]


def test_a_copy_is_the_whole_template_under_its_new_name(tmp_path: Path) -> None:
    path = copy_template(TEMPLATE_DIR / "signin_sheet_a4.json", "签到表 大字", "signin-sheet",
                         tmp_path)
    data = json.loads(path.read_text("utf-8"))
    original = json.loads((TEMPLATE_DIR / "signin_sheet_a4.json").read_text("utf-8"))
    assert data == {**original, "title": {"zh": "签到表 大字", "en": "签到表 大字"}}
    assert isinstance(read_any_template(path, "signin-sheet"), PageTemplate)


@pytest.mark.parametrize(("name", "words"), [
    ("", "不能为空"), ("a/b", "不能为空"), ("badge_lanyard", "内置模板"), ("已有", "已有名为"),
])
def test_a_name_that_cannot_be_used_is_refused(tmp_path: Path, name: str, words: str) -> None:
    copy_template(TEMPLATE_DIR / "badge_lanyard.json", "已有", "badges", tmp_path)
    with pytest.raises(TemplateError, match=words):
        copy_template(TEMPLATE_DIR / "badge_lanyard.json", name, "badges", tmp_path)


def test_saving_a_wrong_template_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    path = copy_template(TEMPLATE_DIR / "badge_lanyard.json", "mine", "badges", tmp_path)
    before = path.read_bytes()
    data = json.loads(before)
    data["elements"]["name"]["size"] = -3
    with pytest.raises(TemplateError, match=r"“elements\.name\.size”应大于 0"):
        save_template(data, path, "badges")
    assert path.read_bytes() == before
    data["elements"]["name"]["size"] = 30
    saved = save_template(data, path, "badges")
    assert isinstance(saved, Template) and saved.elements[1].size == 30  # type: ignore[union-attr]
    assert json.loads(path.read_text("utf-8"))["elements"]["name"]["size"] == 30


def test_rename_and_delete_move_and_remove_the_file(tmp_path: Path) -> None:
    path = copy_template(TEMPLATE_DIR / "labels_2x7.json", "旧名", "labels", tmp_path)
    renamed = rename_template(path, "新名")
    assert not path.exists() and renamed == tmp_path / "新名.json"
    assert json.loads(renamed.read_text("utf-8"))["title"] == {"zh": "新名", "en": "新名"}
    delete_template(renamed)
    assert user_templates("labels", tmp_path) == []


# The preferred font and stopping a build


def test_the_preferred_font_prints_every_kind_of_document(
        session: Session, event: Event, tmp_path: Path) -> None:
    for document in ("cards", "list", "signin-sheet", "chart"):
        pdf = tmp_path / f"{document}.pdf"
        pdf.write_bytes(DOCUMENTS[document].build(
            PrintRequest(session, event, None, None, font=str(LATIN_FONT))))
        assert font_names(pdf) == {LATIN_FONT_NAME}, document


def test_a_templates_own_font_comes_before_the_preferred_one(
        session: Session, event: Event, tmp_path: Path) -> None:
    data = deepcopy(BADGE)
    data["font"] = {"file": str(LATIN_BOLD)}
    path = write(tmp_path, data, "serif")
    pdf = tmp_path / "badges.pdf"
    pdf.write_bytes(DOCUMENTS["badges"].build(
        PrintRequest(session, event, None, str(path), font=str(LATIN_FONT))))
    assert font_names(pdf) == {LATIN_BOLD_NAME}


def test_a_preferred_font_that_is_missing_is_refused_naming_it(
        session: Session, event: Event, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.ttf"
    with pytest.raises(FontMissing, match=re.escape(str(missing))):
        DOCUMENTS["list"].build(PrintRequest(session, event, font=str(missing)))


@pytest.mark.parametrize("document", ["badges", "list", "signin-sheet", "chart"])
def test_a_build_tells_each_page_and_stops_when_told(
        session: Session, event: Event, document: str) -> None:
    heard: list[tuple[int, int]] = []

    def hear(done: int, total: int) -> bool:
        heard.append((done, total))
        return True

    DOCUMENTS[document].build(PrintRequest(session, event, progress=hear))
    total = heard[-1][1]
    assert heard == [(done, total) for done in range(1, total + 1)]

    stopped: list[int] = []

    def stop_after_first(done: int, _total: int) -> bool:
        stopped.append(done)
        return False

    with pytest.raises(Cancelled):
        DOCUMENTS[document].build(PrintRequest(session, event, progress=stop_after_first))
    assert stopped == [1]


def test_a_latin_font_is_told_apart_from_a_chinese_one() -> None:
    assert has_chinese(cjk_font())
    assert not has_chinese(cjk_font(LATIN_FONT))

"""The templates dialog from the print tab: a built-in template copied as the user's own, changed
(sizes, fields, colours, font, logo) with undo, checked before saving, and previewed."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlmodel import Session, select

from models.tables import Event
from printing.guest_fields import guests_to_print
from printing.templates import TEMPLATE_DIR, USER_TEMPLATE_ENV
from tests.printing.pdf_checks import LATIN_FONT, LATIN_FONT_NAME, font_names
from tests.ui.test_print_area import choose, demo_engine, open_print_tab, wait_for_preview
from ui.main_window import MainWindow
from ui.print_area import PrintArea
from ui.template_dialog import TemplateDialog

__all__ = ["demo_engine"]

OpenWindow = Callable[[Engine], MainWindow]
GREEN = "#00AA00"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's templates, kept in the test's own folder."""
    templates = tmp_path / "templates"
    monkeypatch.setenv(USER_TEMPLATE_ENV, str(templates))
    return templates


def open_dialog(area: PrintArea) -> TemplateDialog:
    area.edit_templates()
    dialog = area.findChildren(TemplateDialog)[-1]
    assert dialog.isVisible()
    return dialog


def preview(area: PrintArea, tmp_path: Path, name: str) -> Path:
    pdf = area.pdf()
    assert pdf is not None
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    return path


def word_height(path: Path, word: str) -> float:
    """The height of the first box pdftotext finds holding `word` on the first page."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout
    found = re.search(rf'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">{word}</word>', html)
    assert found, f"{word} is not on the page"
    return float(found[2]) - float(found[1])


def band_pixels(path: Path, colour: tuple[int, int, int]) -> int:
    subprocess.run(["pdftoppm", "-r", "20", "-f", "1", "-l", "1", "-png", str(path),
                    str(path.with_suffix(""))], check=True)
    with Image.open(next(path.parent.glob(f"{path.stem}-*.png"))) as image:
        rgb = image.convert("RGB")
        return sum(1 for x in range(rgb.width) for y in range(rgb.height)
                   if all(abs(a - b) < 12
                          for a, b in zip(rgb.getpixel((x, y)), colour, strict=True)))


def first_name(engine: Engine) -> str:
    with Session(engine) as session:
        event = session.exec(select(Event)).one()
        return guests_to_print(session, event, None)[0].guest.name


def test_a_built_in_template_is_shown_but_changed_only_once_copied(
        demo_engine: Engine, open_window: OpenWindow, qtbot: QtBot, folder: Path) -> None:
    area = open_print_tab(open_window(demo_engine), qtbot)
    choose(area, qtbot, "badges", "badge_lanyard")
    dialog = open_dialog(area)

    assert not dialog.own and not dialog.form.isEnabled()
    dialog.set_size("name", 20)
    assert dialog.data["elements"]["name"]["size"] == 44
    assert dialog.size_spins[("elements", "name")].value() == 44
    assert not folder.exists()


def test_a_copy_changed_in_size_colour_and_font_is_saved_and_previewed(
        demo_engine: Engine, open_window: OpenWindow, qtbot: QtBot, folder: Path,
        tmp_path: Path) -> None:
    area = open_print_tab(open_window(demo_engine), qtbot)
    choose(area, qtbot, "badges", "badge_lanyard")
    before = preview(area, tmp_path, "before")
    name = first_name(demo_engine)
    dialog = open_dialog(area)

    assert dialog.copy_as_mine("我的胸卡")
    copy = folder / "我的胸卡.json"
    assert copy.is_file() and dialog.own and dialog.form.isEnabled()
    # The print tab offers the copy at once, chosen.
    assert area.template_chooser.currentData() == str(copy)
    assert area.current_choice() is not None and area.current_choice().user
    dialog.set_size("name", 20)
    dialog.set_colour("leader", GREEN)
    assert dialog.size_spins[("elements", "name")].value() == 20
    assert "#00AA00" in dialog.colour_buttons["leader"].text()
    dialog.accept()
    wait_for_preview(area, qtbot)

    saved = json.loads(copy.read_text("utf-8"))
    assert saved["elements"]["name"]["size"] == 20
    assert saved["category_colours"]["leader"] == GREEN
    after = preview(area, tmp_path, "after")
    assert word_height(after, name) < 0.6 * word_height(before, name)
    # The first badges are the leaders': their bands are green now, red before.
    assert band_pixels(after, (0, 0xAA, 0)) > 100 and band_pixels(before, (0, 0xAA, 0)) == 0

    font_dialog = open_dialog(area)
    assert font_dialog.own
    assert font_dialog.choose_font(str(LATIN_FONT))
    # Taken, with a warning: this font has no Chinese characters.
    assert font_dialog.data["font"] == {"file": str(LATIN_FONT)}
    assert font_dialog.problem.isVisibleTo(font_dialog)
    font_dialog.accept()
    wait_for_preview(area, qtbot)
    assert font_names(preview(area, tmp_path, "font")) == {LATIN_FONT_NAME}


def test_a_font_that_cannot_be_embedded_is_refused_in_the_dialog(
        demo_engine: Engine, open_window: OpenWindow, qtbot: QtBot, folder: Path,
        tmp_path: Path) -> None:
    area = open_print_tab(open_window(demo_engine), qtbot)
    choose(area, qtbot, "labels", "labels_2x7")
    dialog = open_dialog(area)
    dialog.copy_as_mine("标签")
    not_a_font = tmp_path / "font.ttf"
    not_a_font.write_text("not a font", encoding="utf-8")

    assert not dialog.choose_font(str(not_a_font))
    assert dialog.problem.isVisibleTo(dialog) and str(not_a_font) in dialog.problem.text()
    assert "font" not in dialog.data


def test_text_fields_and_words_are_chosen_per_text(
        demo_engine: Engine, open_window: OpenWindow, qtbot: QtBot, folder: Path) -> None:
    area = open_print_tab(open_window(demo_engine), qtbot)
    choose(area, qtbot, "badges", "badge_lanyard")
    dialog = open_dialog(area)
    dialog.copy_as_mine("胸卡二")

    chooser = dialog.field_choosers[("elements", "title")]
    chooser.setCurrentIndex(chooser.findData("{organisation}"))
    chooser.activated.emit(chooser.currentIndex())
    assert dialog.data["elements"]["title"]["field"] == "organisation"
    dialog.set_text("event", "{event}·{venue}")
    assert dialog.data["elements"]["event"]["text"] == "{event}·{venue}"
    assert "field" not in dialog.data["elements"]["event"]
    assert dialog.pattern_edits[("elements", "event")].text() == "{event}·{venue}"
    dialog.accept()
    saved = json.loads((folder / "胸卡二.json").read_text("utf-8"))
    assert saved["elements"]["event"] == {**saved["elements"]["event"],
                                          "text": "{event}·{venue}"}


def test_edits_are_undone_and_redone_within_the_dialog(
        demo_engine: Engine, open_window: OpenWindow, qtbot: QtBot, folder: Path) -> None:
    area = open_print_tab(open_window(demo_engine), qtbot)
    choose(area, qtbot, "cards", "name_card_a4")
    dialog = open_dialog(area)
    dialog.copy_as_mine("桌签")
    spin = next(iter(dialog.size_spins.values()))
    key = next(iter(dialog.size_spins))[-1]
    original = spin.value()

    # Typed digit by digit, one edit.
    spin.setValue(9)
    spin.setValue(90)
    dialog.set_colour("media", GREEN)
    assert dialog.undo_stack.count() == 2
    dialog.undo_action.trigger()
    assert "media" not in dialog.data.get("category_colours", {})
    dialog.undo_action.trigger()
    assert spin.value() == original and dialog.data["elements"][key]["size"] == original
    dialog.redo_action.trigger()
    assert spin.value() == 90


def test_a_template_that_does_not_check_is_not_saved_and_says_where(
        demo_engine: Engine, open_window: OpenWindow, qtbot: QtBot, folder: Path,
        tmp_path: Path) -> None:
    area = open_print_tab(open_window(demo_engine), qtbot)
    choose(area, qtbot, "badges", "badge_lanyard")
    dialog = open_dialog(area)
    dialog.copy_as_mine("带标志")
    copy = folder / "带标志.json"
    before = copy.read_bytes()
    picture = tmp_path / "logo.png"
    Image.new("RGB", (80, 80), (20, 60, 160)).save(picture)

    assert dialog.choose_logo(str(picture))
    dialog.set_logo_place(80, 2, 30, 30)
    dialog.accept()

    assert dialog.isVisible() and copy.read_bytes() == before
    assert "“elements.logo”" in dialog.problem.text() and "带标志.json" in dialog.problem.text()
    dialog.set_logo_place(66, 2, 20, 20)
    dialog.accept()
    assert not dialog.isVisible()
    wait_for_preview(area, qtbot)
    listed = subprocess.run(["pdfimages", "-list", str(preview(area, tmp_path, "logo"))],
                            capture_output=True, text=True, check=True).stdout
    assert " 80    80 " in listed


def test_a_picture_that_is_not_one_is_refused(
        demo_engine: Engine, open_window: OpenWindow, qtbot: QtBot, folder: Path,
        tmp_path: Path) -> None:
    area = open_print_tab(open_window(demo_engine), qtbot)
    choose(area, qtbot, "badges", "badge_card_8")
    dialog = open_dialog(area)
    dialog.copy_as_mine("卡片")
    fake = tmp_path / "logo.png"
    fake.write_text("no picture", encoding="utf-8")

    assert not dialog.choose_logo(str(fake))
    assert str(fake) in dialog.problem.text() and "logo" not in dialog.data["elements"]


def test_a_page_template_changes_its_paper_and_sizes(
        demo_engine: Engine, open_window: OpenWindow, qtbot: QtBot, folder: Path) -> None:
    area = open_print_tab(open_window(demo_engine), qtbot)
    choose(area, qtbot, "list", "list_precedence")
    dialog = open_dialog(area)
    dialog.copy_as_mine("大字名单")
    # A list prints in black, with no logo: neither is offered.
    assert not dialog.logo_box.isVisibleTo(dialog)
    assert not dialog.colours_box.isVisibleTo(dialog)

    dialog.paper_size.setCurrentIndex(dialog.paper_size.findData("A3"))
    dialog.set_size("body_size", 12)
    dialog.accept()
    wait_for_preview(area, qtbot)

    saved = json.loads((folder / "大字名单.json").read_text("utf-8"))
    assert saved["sheet"]["size"] == "A3" and saved["layout"]["body_size"] == 12
    size = area.document.pagePointSize(0)
    assert (round(size.width()), round(size.height())) == (842, 1191)


def test_a_user_template_is_renamed_and_deleted(
        demo_engine: Engine, open_window: OpenWindow, qtbot: QtBot, folder: Path) -> None:
    area = open_print_tab(open_window(demo_engine), qtbot)
    choose(area, qtbot, "labels", "labels_3x8")
    dialog = open_dialog(area)
    dialog.copy_as_mine("资料袋")

    assert dialog.rename_as("资料袋标签")
    renamed = folder / "资料袋标签.json"
    assert renamed.is_file() and not (folder / "资料袋.json").exists()
    assert area.template_chooser.currentData() == str(renamed)
    assert not dialog.rename_as("labels_2x7")
    assert "内置模板" in dialog.problem.text()

    assert dialog.delete()
    assert not renamed.exists() and not dialog.isVisible()
    assert area.template_chooser.currentData() == ""
    assert area.template_chooser.count() == 1 + len(
        [path for path in TEMPLATE_DIR.glob("labels_*.json")])


def test_a_broken_user_template_is_listed_with_its_fault_and_not_printed(
        demo_engine: Engine, open_window: OpenWindow, qtbot: QtBot, folder: Path) -> None:
    folder.mkdir()
    broken = json.loads((TEMPLATE_DIR / "badge_lanyard.json").read_text("utf-8"))
    broken["elements"]["name"]["field"] = "nickname"
    (folder / "坏了.json").write_text(json.dumps(broken, ensure_ascii=False), encoding="utf-8")
    area = open_print_tab(open_window(demo_engine), qtbot)
    choose(area, qtbot, "badges", "badge_lanyard")
    built = area.pdf()

    row = area.template_chooser.findData(str(folder / "坏了.json"))
    assert row > 0
    assert "“elements.name.field”" in area.template_chooser.itemData(row, 3)  # the tooltip
    area.template_chooser.setCurrentIndex(row)
    wait_for_preview(area, qtbot)

    assert area.pages.currentWidget() is area.message
    assert "坏了.json" in area.message.text() and "elements.name.field" in area.message.text()
    assert built is not None and not area.print_action.isEnabled()
    # The dialog opens on it to mend it.
    dialog = open_dialog(area)
    assert dialog.own and dialog.data["elements"]["name"]["field"] == "nickname"
    dialog.set_text("name", "{name}")
    dialog.accept()
    wait_for_preview(area, qtbot)
    assert area.pages.currentWidget() is area.view


def word_top_left(path: Path, word: str) -> tuple[float, float]:
    """Where (pt from the page's top left) the first box pdftotext finds holding `word` on the
    first page begins."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout
    found = re.search(rf'xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">{word}'
                      r'</word>', html)
    assert found, f"{word} is not on the page"
    return float(found[1]), float(found[2])


def test_a_text_is_moved_by_its_left_and_top_with_undo_and_the_preview_follows(
        demo_engine: Engine, open_window: OpenWindow, qtbot: QtBot, folder: Path,
        tmp_path: Path) -> None:
    area = open_print_tab(open_window(demo_engine), qtbot)
    choose(area, qtbot, "badges", "badge_lanyard")
    before = preview(area, tmp_path, "before")
    event_word = "2026年省投资合作大会"
    dialog = open_dialog(area)
    dialog.copy_as_mine("挪动")
    left = dialog.place_spins[("elements", "event", "x")]
    top = dialog.place_spins[("elements", "event", "y")]
    assert (left.value(), top.value()) == (6, 5)
    assert ("elements", "qr", "x") not in dialog.place_spins

    top.setValue(6)
    top.setValue(60)
    assert dialog.data["elements"]["event"]["y"] == 60
    # Typed digit by digit, one edit, undone at once.
    dialog.undo_action.trigger()
    assert dialog.data["elements"]["event"]["y"] == 5 and top.value() == 5
    dialog.redo_action.trigger()
    assert top.value() == 60
    dialog.set_place("name", 5, 70)
    assert dialog.place_spins[("elements", "name", "y")].value() == 70
    dialog.accept()
    wait_for_preview(area, qtbot)

    saved = json.loads((folder / "挪动.json").read_text("utf-8"))
    assert (saved["elements"]["event"]["x"], saved["elements"]["event"]["y"]) == (6, 60)
    assert saved["elements"]["name"]["y"] == 70
    x_before, y_before = word_top_left(before, event_word)
    x_after, y_after = word_top_left(preview(area, tmp_path, "after"), event_word)
    # 55 mm lower on the badge, 156 pt; the same distance from its left edge.
    assert y_after - y_before == pytest.approx(55 * 72 / 25.4, abs=3)
    assert x_after == pytest.approx(x_before, abs=1)


def test_a_text_moved_off_the_face_is_not_saved_and_says_which(
        demo_engine: Engine, open_window: OpenWindow, qtbot: QtBot, folder: Path) -> None:
    area = open_print_tab(open_window(demo_engine), qtbot)
    choose(area, qtbot, "badges", "badge_lanyard")
    dialog = open_dialog(area)
    dialog.copy_as_mine("出界")
    copy = folder / "出界.json"
    before = copy.read_bytes()

    dialog.place_spins[("elements", "title", "x")].setValue(60)
    dialog.accept()

    assert dialog.isVisible() and copy.read_bytes() == before
    assert "elements.title" in dialog.problem.text() and "出界.json" in dialog.problem.text()


def test_an_invitations_body_is_edited_on_several_lines(
        demo_engine: Engine, open_window: OpenWindow, qtbot: QtBot, folder: Path,
        tmp_path: Path) -> None:
    area = open_print_tab(open_window(demo_engine), qtbot)
    choose(area, qtbot, "invitations", "invitation_a4")
    dialog = open_dialog(area)
    dialog.copy_as_mine("我的邀请函")
    body = ("elements", "body")
    editor = dialog.long_text_edits[body]
    assert "\n" in editor.toPlainText() and "{venue}" in editor.toPlainText()
    assert not dialog.pattern_edits[body].isVisibleTo(dialog)
    # One-line texts keep their line edit.
    assert ("elements", "salutation") not in dialog.long_text_edits

    text = "兹定于{date}在{venue}举行{event}。\n会期一天。\n敬请光临。"
    editor.setPlainText("兹定于")
    editor.setPlainText(text)
    assert dialog.undo_stack.count() == 1
    assert dialog.data["elements"]["body"]["text"] == text
    dialog.undo_action.trigger()
    assert "共商合作" in editor.toPlainText()
    dialog.redo_action.trigger()
    assert editor.toPlainText() == text
    dialog.accept()
    wait_for_preview(area, qtbot)

    saved = json.loads((folder / "我的邀请函.json").read_text("utf-8"))
    assert saved["elements"]["body"]["text"] == text
    printed = subprocess.run(["pdftotext", "-f", "1", "-l", "1",
                              str(preview(area, tmp_path, "body")), "-"],
                             capture_output=True, text=True, check=True).stdout
    assert "会期一天。" in printed and "敬请光临。" in printed and "共商合作" not in printed

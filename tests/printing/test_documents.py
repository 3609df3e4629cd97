"""Each document of the sample conference, read back: pages, sizes, names, fonts and QR codes."""

from __future__ import annotations

import math
import re
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageFilter
from reportlab.lib.units import mm
from sqlmodel import Session, select

from models.lang import set_language
from models.precedence import in_precedence_order
from models.seating import scene_plan
from models.signin_code import signin_payload
from models.tables import NOT_EXPECTED, Assignment, Event, Guest, Scene
from printing.documents import DOCUMENTS
from printing.qr import QUIET_ZONE, qr_matrix
from printing.templates import QrElement, load_template, templates_for
from tests.printing.conftest import ENGLISH_NAME, LONG_NAME, SHORT_NAME, request_for
from tests.printing.pdf_checks import fonts, page_sizes_mm, page_texts, qr_codes, squeezed

WritePdf = Callable[..., Path]


def expected_guests(session: Session, event: Event) -> list[Guest]:
    guests = session.exec(select(Guest).where(Guest.event_id == event.id))
    return in_precedence_order([g for g in guests if g.rsvp not in NOT_EXPECTED],
                               event.tie_break, whole_name=event.stroke_whole_name)


def seated_guests(session: Session, event: Event, scene: Scene) -> list[Guest]:
    """The scene's guests from the best seat down."""
    plan = scene_plan(session, event, scene)
    rows = session.exec(select(Assignment).where(Assignment.scene_id == scene.id))
    ranked = sorted(rows, key=lambda a: plan.index[(a.element_id, a.seat)])
    return [session.get(Guest, a.guest_id) for a in ranked]


def build(document: str, session: Session, event: Event, scene: Scene | None = None,
          template: str | None = None) -> bytes:
    return DOCUMENTS[document].build(request_for(session, event, scene, template))


def assert_fonts_embedded(path: Path) -> None:
    found = fonts(path)
    assert found, "no font at all"
    assert all(font["emb"] == "yes" for font in found), found


def on_both_faces(text: str, name: str) -> bool:
    """The page holds the name twice and nothing else. The characters are compared as a
    multiset: a spaced name on the upside-down face is extracted as single characters in the
    reverse order."""
    return sorted(squeezed(text)) == sorted(squeezed(name) * 2)


def assert_names_in_order(pages: list[str], guests: list[Guest], per_page: int) -> None:
    """Each page holds its guests' names in the order given, whatever their spacing."""
    for number, text in enumerate(pages):
        names = [g.name for g in guests[number * per_page:(number + 1) * per_page]]
        flat = squeezed(text)
        positions = [flat.find(squeezed(name)) for name in names]
        assert -1 not in positions and positions == sorted(positions), (number + 1, names, text)


def test_cards_one_per_guest_seated_in_the_scene_in_seat_order(
        session: Session, event: Event, hall: Scene, write_pdf: WritePdf) -> None:
    path = write_pdf(build("cards", session, event, hall))
    guests = seated_guests(session, event, hall)
    pages = page_texts(path)
    assert len(pages) == len(guests) > 100
    assert set(page_sizes_mm(path)) == {(297.0, 210.0)}
    for text, guest in zip(pages, guests, strict=True):
        assert on_both_faces(text, guest.name), (text, guest.name)
    assert_fonts_embedded(path)


def test_cards_without_a_scene_go_to_every_expected_guest_by_precedence(
        session: Session, event: Event, write_pdf: WritePdf) -> None:
    path = write_pdf(build("cards", session, event))
    guests = expected_guests(session, event)
    pages = page_texts(path)
    assert len(pages) == len(guests)
    for text, guest in zip(pages, guests, strict=True):
        assert on_both_faces(text, guest.name), (text, guest.name)


@pytest.mark.parametrize("template", [t.name for t in templates_for("cards")])
def test_every_card_template_prints_the_names_with_embedded_fonts(
        session: Session, event: Event, hall: Scene, template: str,
        write_pdf: WritePdf) -> None:
    path = write_pdf(build("cards", session, event, hall, template))
    guests = seated_guests(session, event, hall)
    pages = page_texts(path)
    assert len(pages) == len(guests)
    assert_names_in_order(pages, guests, 1)
    sheet = load_template(template, "cards")
    size = (297.0, 210.0) if sheet.landscape else (210.0, 297.0)
    assert set(page_sizes_mm(path)) == {size}
    assert_fonts_embedded(path)


def _halves(path: Path, page: int) -> tuple[Image.Image, Image.Image]:
    # Two pixels to the millimetre exactly, so that the fold falls between two pixel rows.
    subprocess.run(["pdftoppm", "-scale-to-x", "594", "-scale-to-y", "420", "-gray", "-png",
                    "-f", str(page), "-l", str(page), str(path), str(path.with_suffix(""))],
                   check=True)
    image_path = next(path.parent.glob(f"{path.stem}-*{page}.png"))
    with Image.open(image_path) as opened:
        image = opened.convert("L")
        width, height = image.size
        upper = image.crop((0, 0, width, height // 2)).rotate(180)
        lower = image.crop((0, height - height // 2, width, height))
    return upper, lower


def test_the_upper_face_of_a_folded_card_is_the_lower_one_turned_upside_down(
        session: Session, event: Event, hall: Scene, write_pdf: WritePdf) -> None:
    path = write_pdf(build("cards", session, event, hall, "name_card_a4_organisation"))
    upper, lower = _halves(path, 1)
    # The same ink within a pixel, which is what rasterising the two ways apart can differ by.
    for one, other in ((upper, lower), (lower, upper)):
        near_ink = other.filter(ImageFilter.MinFilter(3))
        stray = ImageChops.subtract(near_ink, one).point(lambda v: 255 if v > 128 else 0)
        assert stray.histogram()[255] < 0.001 * one.width * one.height


def _word_boxes(path: Path, page: int) -> list[tuple[float, float, float, float, str]]:
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path),
                           "-"], check=True, capture_output=True, text=True).stdout
    return [(float(a), float(b), float(c), float(d), word) for a, b, c, d, word in re.findall(
        r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', html)]


@pytest.mark.parametrize("name", [LONG_NAME, ENGLISH_NAME, SHORT_NAME])
def test_a_name_of_any_length_stays_on_one_line_inside_the_card(
        session: Session, event: Event, write_pdf: WritePdf, name: str) -> None:
    path = write_pdf(build("cards", session, event))
    page = next(number for number, text in enumerate(page_texts(path), start=1)
                if squeezed(name) in squeezed(text))
    boxes = _word_boxes(path, page)
    assert boxes
    # The name box of the template: 12 mm from each side of the 297 mm face.
    assert min(b[0] for b in boxes) >= 12 * mm - 1
    assert max(b[2] for b in boxes) <= 285 * mm + 1
    lines = {round(b[1]) for b in boxes}
    assert len(lines) == 2, boxes  # one line on each face
    if name == SHORT_NAME:
        # 王　伟 is as wide as a three-character name: spaced, not squeezed together.
        assert any(b[4] == name[0] for b in boxes) and any(b[4] == name[1] for b in boxes)


def test_short_names_print_between_100_and_160_points_on_folded_a4(
        session: Session, event: Event, write_pdf: WritePdf) -> None:
    path = write_pdf(build("cards", session, event))
    heights = [b[3] - b[1] for b in _word_boxes(path, 1)]
    # pdftotext's word box is the font's line height: ascent plus descent, 1 em here.
    assert heights and all(100 <= height <= 161 for height in heights), heights


def _badge_payloads(event: Event, guests: list[Guest], per_page: int) -> list[list[str]]:
    return [[signin_payload(event.uid, g.token) for g in guests[start:start + per_page]]
            for start in range(0, len(guests), per_page)]


@pytest.mark.parametrize("template", [t.name for t in templates_for("badges")])
def test_badges_carry_every_expected_guest_and_their_readable_sign_in_code(
        session: Session, event: Event, template: str, write_pdf: WritePdf) -> None:
    path = write_pdf(build("badges", session, event, None, template))
    per_page = load_template(template, "badges").grid.per_page
    guests = expected_guests(session, event)
    pages = page_texts(path)
    assert len(pages) == math.ceil(len(guests) / per_page)
    assert set(page_sizes_mm(path)) == {(210.0, 297.0)}
    assert_names_in_order(pages, guests, per_page)
    assert "领导" in pages[0] and "企业" in "".join(pages)
    assert_fonts_embedded(path)
    decoded = qr_codes(path)
    expected = _badge_payloads(event, guests, per_page)
    assert [sorted(codes) for codes in decoded] == [sorted(codes) for codes in expected]


@pytest.mark.parametrize("template", [t.name for t in templates_for("badges")])
def test_a_badge_code_is_at_least_25_mm_wide_inside_its_quiet_zone(
        event: Event, template: str) -> None:
    square = next(e for e in load_template(template, "badges").elements
                  if isinstance(e, QrElement))
    modules = len(qr_matrix(signin_payload(event.uid, "x" * 22)))
    assert square.size * modules / (modules + 2 * QUIET_ZONE) >= 25


def test_badges_for_the_whole_event_tell_every_seat_of_the_guest_one_to_a_line(
        session: Session, event: Event, write_pdf: WritePdf) -> None:
    path = write_pdf(build("badges", session, event))
    lines = page_texts(path)[0].splitlines()
    # The most senior guest: on the rostrum, in the photo and at the main table.
    assert "主会场 主席台 第1排 4座" in lines
    assert any(line.startswith("合影 ") for line in lines)
    assert any(line.startswith("欢迎晚宴 主桌 ") for line in lines)


def test_badges_for_one_scene_tell_only_the_seat_in_that_scene(
        session: Session, event: Event, hall: Scene, write_pdf: WritePdf) -> None:
    path = write_pdf(build("badges", session, event, hall))
    text = page_texts(path)[0]
    assert "主会场 主席台 第1排 4座" in text.splitlines()
    assert "合影" not in text and "欢迎晚宴" not in text


def test_labels_without_a_scene_give_the_seat_in_the_first_scene_with_its_name(
        session: Session, event: Event, write_pdf: WritePdf) -> None:
    path = write_pdf(build("labels", session, event))
    first = page_texts(path)[0]
    assert "主会场 主席台 第1排 4座" in first.splitlines()
    assert "欢迎晚宴" not in first


def test_invitations_name_the_guest_and_carry_their_code(
        session: Session, event: Event, hall: Scene, write_pdf: WritePdf) -> None:
    # A scene does not narrow invitations: they go to everyone expected.
    path = write_pdf(build("invitations", session, event, hall))
    guests = expected_guests(session, event)
    pages = page_texts(path)
    assert len(pages) == len(guests)
    assert set(page_sizes_mm(path)) == {(210.0, 297.0)}
    for text, guest in zip(pages, guests, strict=True):
        flat = squeezed(text)
        assert squeezed(f"尊敬的{guest.name}{guest.title}：") in flat, text
        assert "请在签到处出示此二维码" in flat and "省人民政府" in flat
        assert "2026年5月20日" in flat and "云川国际大酒店三楼宴会厅" in flat
    assert_fonts_embedded(path)
    # The code's square: 86 mm from the left, 214 mm from the top, 38 mm wide.
    decoded = qr_codes(path, crop_mm=(80, 208, 50, 50))
    assert decoded == [[signin_payload(event.uid, g.token)] for g in guests]
    english = next(text for text in pages if ENGLISH_NAME in text)
    assert f"尊敬的{ENGLISH_NAME} Chair：" in english


def test_a_chinese_letter_writes_its_dates_in_chinese_whatever_the_interface_speaks(
        session: Session, event: Event, hall: Scene, write_pdf: WritePdf) -> None:
    set_language("en")
    path = write_pdf(build("invitations", session, event, hall))
    today = date.today()

    first = squeezed(page_texts(path)[0])
    assert "定于2026年5月20日在" in first
    assert f"{today.year}年{today.month}月{today.day}日" in first
    assert "May" not in first and today.strftime("%B") not in first


@pytest.mark.parametrize("template", [t.name for t in templates_for("labels")])
def test_labels_fill_sheets_in_seat_order(
        session: Session, event: Event, hall: Scene, template: str,
        write_pdf: WritePdf) -> None:
    path = write_pdf(build("labels", session, event, hall, template))
    per_page = load_template(template, "labels").grid.per_page
    guests = seated_guests(session, event, hall)
    pages = page_texts(path)
    assert len(pages) == math.ceil(len(guests) / per_page)
    assert set(page_sizes_mm(path)) == {(210.0, 297.0)}
    assert_names_in_order(pages, guests, per_page)
    assert "主席台" in pages[0]
    assert_fonts_embedded(path)


def test_every_document_is_registered_with_a_builder_that_loads() -> None:
    assert {"cards", "badges", "invitations", "labels"} <= set(DOCUMENTS)
    for document in DOCUMENTS.values():
        module, _, function = document.builder.partition(":")
        assert callable(getattr(__import__(module, fromlist=[function]), function))

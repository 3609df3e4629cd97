"""QR codes drawn as vector squares: exactly the code's modules, a white quiet zone, readable."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from models.signin_code import signin_payload
from models.tables import new_event_uid, new_token
from printing.base import Box, mm, page_size, render_pdf
from printing.fonts import cjk_font
from printing.qr import QUIET_ZONE, draw_qr, module_rectangles, qr_matrix


@given(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_:",
               min_size=1, max_size=80))
@settings(max_examples=40, deadline=None)
def test_the_rectangles_cover_exactly_the_dark_modules(payload: str) -> None:
    matrix = qr_matrix(payload)
    covered: list[tuple[int, int]] = [
        (column + i, row + j) for column, row, width, height in module_rectangles(matrix)
        for i in range(width) for j in range(height)]
    dark = {(column, row) for row, cells in enumerate(matrix)
            for column, value in enumerate(cells) if value}
    assert len(covered) == len(set(covered)) == len(dark)
    assert set(covered) == dark


def test_a_sign_in_code_has_no_border_of_its_own() -> None:
    matrix = qr_matrix(signin_payload(new_event_uid(), new_token()))
    # Finder patterns touch the edge: the quiet zone is added when drawing.
    assert matrix[0][0] and matrix[0][-1] and matrix[-1][0]


@pytest.fixture
def drawn(tmp_path: Path) -> tuple[Path, str, Box]:
    payload = signin_payload(new_event_uid(), new_token())
    box = Box(40 * mm, 150 * mm, 32 * mm, 40 * mm)

    def draw(canvas: Canvas) -> None:
        # A dark ground shows whether the quiet zone is painted white.
        canvas.setFillGray(0.3)
        canvas.rect(30 * mm, 140 * mm, 60 * mm, 60 * mm, stroke=0, fill=1)
        side = draw_qr(canvas, payload, box)
        assert side == pytest.approx(32 * mm)
        canvas.showPage()

    path = tmp_path / "qr.pdf"
    path.write_bytes(render_pdf(page_size("A4"), "qr", draw, font=cjk_font()))
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", str(path), str(tmp_path / "qr")],
                   check=True)
    return next(tmp_path.glob("qr-*.png")), payload, box


def test_a_drawn_code_reads_back_at_150_dpi_even_on_a_dark_ground(
        drawn: tuple[Path, str, Box]) -> None:
    image_path, payload, _box = drawn
    with Image.open(image_path) as image:
        found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert [code.text for code in found] == [payload]


def test_the_code_is_centred_in_its_box_with_a_white_quiet_zone_of_four_modules(
        drawn: tuple[Path, str, Box]) -> None:
    image_path, payload, box = drawn
    modules = len(qr_matrix(payload)) + 2 * QUIET_ZONE
    scale = 150 / 72
    with Image.open(image_path) as opened:
        image = opened.convert("L")
    side = box.width
    left = box.x
    top = image.height / scale - (box.centre_y + side / 2)
    module = side / modules
    quiet = image.crop((round(left * scale) + 1, round(top * scale) + 1,
                        round((left + side) * scale) - 1,
                        round((top + QUIET_ZONE * module) * scale) - 1))
    assert quiet.getextrema()[0] > 240
    # The first row of modules starts with a finder pattern's dark corner.
    corner = (round((left + (QUIET_ZONE + 0.5) * module) * scale),
              round((top + (QUIET_ZONE + 0.5) * module) * scale))
    assert image.getpixel(corner) < 60


@pytest.mark.parametrize("attempt", range(5))
def test_a_sign_in_code_is_a_small_version_at_level_m_and_reads_back_as_written(
        attempt: int) -> None:
    payload = signin_payload(new_event_uid(), new_token())
    matrix = qr_matrix(payload)
    # Version 3 or 4 (29 or 33 modules a side, as the token's letters pack): on a 32 mm code
    # with its quiet zone each module is 0.78 mm at the least.
    side = len(matrix)
    assert side in (29, 33) and all(len(row) == side for row in matrix)
    scale = 4
    picture = Image.new("L", ((side + 2 * QUIET_ZONE) * scale,) * 2, 255)
    for row, cells in enumerate(matrix):
        for column, dark in enumerate(cells):
            if dark:
                picture.paste(0, ((column + QUIET_ZONE) * scale, (row + QUIET_ZONE) * scale,
                                  (column + QUIET_ZONE + 1) * scale,
                                  (row + QUIET_ZONE + 1) * scale))
    found = zxingcpp.read_barcodes(picture, formats=zxingcpp.BarcodeFormat.QRCode)
    assert [(code.text, code.ec_level) for code in found] == [(payload, "M")]

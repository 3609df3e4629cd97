"""The shared drawing: names spaced as printed in China, text that shrinks until it fits, lines
broken by the rules of Chinese typesetting, sheets of cells and their cut marks."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from printing.base import (
    SMALLEST_SIZE,
    Box,
    Grid,
    cut_marks,
    draw_fitted,
    draw_fitted_lines,
    fitted_size,
    mm,
    page_size,
    render_pdf,
    spaced_name,
    wrap_text,
)
from printing.fonts import cjk_font


@pytest.fixture(scope="module")
def font() -> str:
    return cjk_font()


@pytest.mark.parametrize(("name", "printed"), [
    ("王伟", "王\u3000伟"), (" 李娜 ", "李\u3000娜"), ("欧阳娜", "欧阳娜"), ("赵永亮", "赵永亮"),
    ("玉苏甫·热西提", "玉苏甫·热西提"), ("Li Na", "Li Na"), ("Al", "Al"), ("王", "王"),
    ("王1", "王1"),
])
def test_only_two_character_chinese_names_are_spaced_to_the_width_of_three(
        name: str, printed: str) -> None:
    assert spaced_name(name) == printed


def test_a_spaced_name_is_as_wide_as_a_three_character_name(font: str) -> None:
    assert pdfmetrics.stringWidth(spaced_name("王伟"), font, 100) == pytest.approx(
        pdfmetrics.stringWidth("赵永亮", font, 100))


@pytest.mark.parametrize("name", ["赵永亮", "阿不都热合曼·艾买提吐尔逊",
                                  "Alexandra Montgomery-Whitfield"])
def test_fitted_text_never_exceeds_its_box(font: str, name: str) -> None:
    box = Box(0, 0, 273 * mm, 81 * mm)
    size = fitted_size(name, font, box.width, box.height, 160)
    assert size <= 160
    assert pdfmetrics.stringWidth(name, font, size) <= box.width + 0.01


def test_short_names_keep_the_largest_size_and_long_ones_shrink(font: str) -> None:
    width, height = 273 * mm, 81 * mm
    assert fitted_size("赵永亮", font, width, height, 160) == 160
    assert fitted_size("阿不都热合曼·艾买提吐尔逊", font, width, height, 160) < 100


def test_a_low_box_limits_the_size_too(font: str) -> None:
    assert fitted_size("王", font, 500, 20, 160) == pytest.approx(20)


def test_draw_fitted_reports_the_size_it_drew_with(font: str) -> None:
    canvas = Canvas(io.BytesIO())
    assert draw_fitted(canvas, "赵永亮", Box(0, 0, 90, 90), font, max_size=160) == 30


def test_closing_punctuation_never_begins_a_line(font: str) -> None:
    text = "甲乙丙丁戊己庚，辛壬癸。子丑寅卯（辰巳）午未申酉。"
    for width in range(30, 200, 7):
        for line in wrap_text(text, font, 10, width)[1:]:
            assert line[0] not in "，。）、", (width, line)


def test_an_opening_bracket_never_ends_a_line(font: str) -> None:
    text = "甲乙丙丁（戊己庚辛）壬癸"
    for width in range(30, 120, 5):
        assert all(not line.endswith("（") for line in wrap_text(text, font, 10, width))


def test_words_in_latin_text_are_not_broken(font: str) -> None:
    words = ["British", "Chamber", "of", "Commerce", "in", "China"]
    lines = wrap_text(" ".join(words), font, 10, 90)
    assert len(lines) > 1
    assert " ".join(lines).split() == words


def test_paragraphs_start_new_lines_and_only_their_first_line_is_indented(font: str) -> None:
    text = "甲" * 30 + "\n" + "乙" * 5
    lines = wrap_text(text, font, 10, 100, first_indent=20)
    assert lines[0] == "甲" * 8 and lines[1] == "甲" * 10 and lines[-1] == "乙" * 5


def test_wrapped_text_shrinks_until_it_fits_the_box_and_the_lines(font: str) -> None:
    canvas = Canvas(io.BytesIO())
    text = "中国中瑞电子信息集团有限公司云川分公司"
    box = Box(0, 0, 78 * mm, 10 * mm)
    size = draw_fitted_lines(canvas, text, box, font, max_size=12, max_lines=2, leading=1.25)
    lines = wrap_text(text, font, size, box.width)
    assert len(lines) <= 2
    assert size + 1.25 * size * (len(lines) - 1) <= box.height + 0.1
    assert size > 8


def test_page_sizes_in_points() -> None:
    assert page_size("A4") == pytest.approx((210 * mm, 297 * mm))
    assert page_size("A3", landscape=True) == pytest.approx((420 * mm, 297 * mm))


def test_a_part_is_measured_from_the_top_left_in_millimetres() -> None:
    face = Box(10, 20, 90 * mm, 120 * mm)
    part = face.part(5, 10, 20, 30)
    assert (part.x, part.top) == pytest.approx((10 + 5 * mm, 20 + 110 * mm))
    assert (part.width, part.height) == pytest.approx((20 * mm, 30 * mm))


def _badge_grid() -> Grid:
    width, height = page_size("A4")
    return Grid(width, height, 2, 2, 90 * mm, 120 * mm)


def test_a_grid_without_margins_is_centred_and_read_left_to_right_then_down() -> None:
    cells = _badge_grid().cells()
    assert [(round(c.x / mm, 2), round(c.top / mm, 2)) for c in cells] == [
        (15, 268.5), (105, 268.5), (15, 148.5), (105, 148.5)]


def test_given_margins_and_gaps_place_the_cells() -> None:
    width, height = page_size("A4")
    grid = Grid(width, height, 2, 7, 99.1 * mm, 38.1 * mm, 2.5 * mm, 0, 4.65 * mm, 15.15 * mm)
    cells = grid.cells()
    assert cells[1].x - cells[0].right == pytest.approx(2.5 * mm)
    assert height - cells[0].top == pytest.approx(15.15 * mm)
    assert cells[-1].y == pytest.approx(height - (15.15 + 7 * 38.1) * mm)


def test_cuts_run_along_every_cell_edge() -> None:
    grid = _badge_grid()
    xs, ys = grid.cut_positions()
    assert [round(x / mm, 1) for x in xs] == [15, 105, 195]
    assert [round(y / mm, 1) for y in ys] == [28.5, 148.5, 268.5]


def test_cut_marks_stay_in_the_margins_in_line_with_the_cuts(tmp_path: Path, font: str) -> None:
    grid = _badge_grid()

    def draw(canvas: Canvas) -> None:
        cut_marks(canvas, grid)
        canvas.showPage()

    path = tmp_path / "marks.pdf"
    path.write_bytes(render_pdf(page_size("A4"), "marks", draw, font=font))
    subprocess.run(["pdftoppm", "-r", "100", "-gray", "-png", str(path), str(tmp_path / "m")],
                   check=True)
    with Image.open(next(tmp_path.glob("m-*.png"))) as opened:
        image = opened.convert("L")
    scale = 100 / 72
    height = image.height

    def dark(x: float, y: float) -> bool:
        """Ink at or beside the point: a hairline is a faint pixel or two at 100 dpi."""
        column, row = round(x * scale), round(height - y * scale)
        return image.crop((column - 1, row - 1, column + 2, row + 2)).getextrema()[0] < 200

    block = grid.block
    xs, ys = grid.cut_positions()
    # Every cut has a mark above and below the sheet's block of cells, and left and right.
    for x in xs:
        assert dark(x, block.top + 4 * mm) and dark(x, block.y - 4 * mm)
    for y in ys:
        assert dark(block.x - 4 * mm, y) and dark(block.right + 4 * mm, y)
    # Nothing is printed over the cells.
    inside = image.crop((round(block.x * scale) + 2, round(height - block.top * scale) + 2,
                         round(block.right * scale) - 2, round(height - block.y * scale) - 2))
    assert inside.getextrema()[0] > 250


@pytest.mark.parametrize("lines", [1, 3])
def test_text_too_long_even_at_the_smallest_size_is_cut_at_its_box(
        tmp_path: Path, font: str, lines: int) -> None:
    box = Box(100, 400, 30 * mm, 4 * mm)
    text = "新疆维吾尔自治区商务厅国际经济合作与对外投资促进中心" * 12

    def draw(canvas: Canvas) -> None:
        if lines == 1:
            size = draw_fitted(canvas, text, box, font, max_size=12)
        else:
            size = draw_fitted_lines(canvas, text, box, font, max_size=12, max_lines=lines)
        assert size == SMALLEST_SIZE
        canvas.showPage()

    path = tmp_path / "long.pdf"
    path.write_bytes(render_pdf(page_size("A4"), "long", draw, font=font))
    subprocess.run(["pdftoppm", "-r", "100", "-gray", "-png", str(path), str(tmp_path / "l")],
                   check=True)
    with Image.open(next(tmp_path.glob("l-*.png"))) as opened:
        image = opened.convert("L")
    scale = 100 / 72
    left, top = round(box.x * scale), round(image.height - box.top * scale)
    right, bottom = round(box.right * scale), round(image.height - box.y * scale)
    assert image.crop((left, top, right, bottom)).getextrema()[0] < 128
    # No ink beyond the box, but for the smoothing of its edge's pixels.
    for outside in ((0, 0, left - 2, image.height), (right + 2, 0, image.width, image.height),
                    (0, 0, image.width, top - 2), (0, bottom + 2, image.width, image.height)):
        assert image.crop(outside).getextrema()[0] > 250, outside


def test_a_document_writes_its_streams_compressed_without_ascii85_and_leaves_reportlab_as_it_was(
        font: str) -> None:
    def draw(canvas: Canvas) -> None:
        draw_fitted(canvas, "赵永亮", Box(0, 0, 200, 80), font, max_size=60)
        canvas.showPage()

    pdf = render_pdf(page_size("A4"), "streams", draw, font=font)

    assert b"/FlateDecode" in pdf and b"ASCII85Decode" not in pdf
    assert rl_config.useA85 == 1

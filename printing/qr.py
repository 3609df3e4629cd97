"""QR codes drawn as vector squares: crisp at any printer resolution and small in the PDF."""

from __future__ import annotations

import numpy
import zxingcpp
from reportlab.pdfgen.canvas import Canvas

from printing.base import Box

# The standard's quiet zone: scanners need four light modules around the code.
QUIET_ZONE = 4
# Pixels of the encoder's picture darker than this are dark modules (it draws 0 and 255).
DARK_BELOW = 128


def qr_matrix(payload: str) -> list[list[bool]]:
    """The code's dark modules, row by row from the top, without the quiet zone. Level M
    survives a crease or a smudge on a badge and keeps a sign-in payload at version 3 or 4.
    Encoded by zxing-cpp, whose native encoder (the standard's smallest version, best of the
    eight masks) takes a tenth of a millisecond where qrcode's pure Python takes four: the
    difference between a thousand badges in one second and in five."""
    code = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    picture = numpy.asarray(code.to_image(scale=1, add_quiet_zones=False))
    return (picture < DARK_BELOW).tolist()


def module_rectangles(matrix: list[list[bool]]) -> list[tuple[int, int, int, int]]:
    """The dark modules as few rectangles as a simple sweep finds, (column, row, width, height)
    from the top left: runs along each row, stacked while the rows below repeat them."""
    finished: list[tuple[int, int, int, int]] = []
    open_runs: dict[tuple[int, int], int] = {}
    for row_number, row in enumerate([*matrix, []]):
        runs: set[tuple[int, int]] = set()
        column = 0
        while column < len(row):
            if row[column]:
                start = column
                while column < len(row) and row[column]:
                    column += 1
                runs.add((start, column))
            column += 1
        for run, first_row in list(open_runs.items()):
            if run not in runs:
                finished.append((run[0], first_row, run[1] - run[0], row_number - first_row))
                del open_runs[run]
        for run in runs:
            open_runs.setdefault(run, row_number)
    return finished


def draw_qr(canvas: Canvas, payload: str, box: Box) -> float:
    """Draw the code for `payload` as large as fits in the square centred in `box`, quiet zone
    included and painted white (so that it holds on a coloured card); returns the side drawn."""
    matrix = qr_matrix(payload)
    count = len(matrix) + 2 * QUIET_ZONE
    side = min(box.width, box.height)
    module = side / count
    left = box.centre_x - side / 2
    bottom = box.centre_y - side / 2
    # Written as PDF operators in a coordinate system of one unit per module, so that every
    # number is a small integer: a thousand badges' codes cost a tenth of what ReportLab's
    # general number formatting of each rectangle would.
    operators = [f"q {module:.4f} 0 0 {module:.4f} {left:.3f} {bottom:.3f} cm",
                 f"1 g 0 0 {count} {count} re f 0 g"]
    operators += [f"{column + QUIET_ZONE} {count - QUIET_ZONE - row - height} {width} {height} re"
                  for column, row, width, height in module_rectangles(matrix)]
    operators.append("f Q")
    canvas.addLiteral("\n".join(operators))
    return side

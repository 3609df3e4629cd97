"""A PDF read back as a reader and a scanner see it: text per page, fonts, page sizes, QR codes."""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

import reportlab
import zxingcpp
from PIL import Image
from reportlab.lib.units import mm

A4_MM = (210.0, 297.0)


def _run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def page_texts(path: Path) -> list[str]:
    """The text of each page in the order it was drawn (pdftotext -raw): cell by cell, so
    that a name is never interleaved with its neighbour's."""
    pages = _run("pdftotext", "-raw", "-enc", "UTF-8", str(path), "-").split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def squeezed(text: str) -> str:
    """Without any spacing, half or full width: 王　伟 and 王伟 compare equal."""
    return re.sub(r"[\s\u3000]+", "", text)


def page_sizes_mm(path: Path) -> list[tuple[float, float]]:
    info = _run("pdfinfo", "-f", "1", "-l", "100000", str(path))
    return [(round(float(w) / mm, 1), round(float(h) / mm, 1))
            for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)]


def fonts(path: Path) -> list[dict[str, str]]:
    """pdffonts' table: name, type and whether each font is embedded."""
    lines = _run("pdffonts", str(path)).splitlines()[2:]
    found = []
    for line in lines:
        # name, type (may hold a space), encoding, emb, sub, uni, object, generation
        parts = line.split()
        found.append({"name": parts[0], "type": " ".join(parts[1:-6]), "emb": parts[-5]})
    return found


DPI = 150


def qr_codes(path: Path, *, crop_mm: tuple[float, float, float, float] | None = None
             ) -> list[list[str]]:
    """The text of every QR code on each page, read from a 150 dpi raster as at the desk;
    `crop_mm` (x, y from the top left, width, height) renders only that part of each page."""
    with tempfile.TemporaryDirectory() as folder:
        command = ["pdftoppm", "-r", str(DPI), "-png"]
        if crop_mm is not None:
            for flag, value in zip("xyWH", crop_mm, strict=True):
                command += [f"-{flag}", str(round(value / 25.4 * DPI))]
        subprocess.run([*command, str(path), f"{folder}/page"], check=True)
        pages = []
        for image_path in sorted(Path(folder).glob("page-*.png")):
            with Image.open(image_path) as image:
                found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
            pages.append([code.text for code in found])
        return pages


# TrueType fonts without Chinese that ship with ReportLab, so present wherever the tests run:
# a document printed in one of them names it in pdffonts, unlike any Chinese system font.
LATIN_FONT = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
LATIN_FONT_NAME = "BitstreamVeraSans-Roman"
LATIN_BOLD = Path(reportlab.__file__).parent / "fonts" / "VeraBd.ttf"
LATIN_BOLD_NAME = "BitstreamVeraSans-Bold"


def font_names(path: Path) -> set[str]:
    """The names of the fonts embedded, without their subset tags (ABCDEF+)."""
    return {font["name"].partition("+")[2] or font["name"] for font in fonts(path)}

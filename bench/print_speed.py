"""Printing 1,000 name cards and 1,000 badges against a minimal ReportLab script drawing the same
text and QR codes with the same embedded font, measured in the same run.

Prints JSON: for cards and badges, the seconds and PDF bytes of Zuoci's document, of the minimal
script, and their ratio. Targets: each document under 5 s, ratio under 1.5, PDFs under 3 MB.
Each figure is the best of several rounds. Both encode their QR codes with the same encoder
(zxing-cpp, through printing.qr.qr_matrix), so that the ratio measures how the codes and the
words are drawn, not whose encoder is faster; the minimal script draws a code module by module,
as a hand-written script would.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from sqlmodel import Session, select

from models.db import open_database, transaction
from models.events import create_event
from models.guests import new_guest
from models.signin_code import signin_payload
from models.tables import Event, Guest
from models.vocab import category_label
from printing.base import PrintRequest
from printing.documents import DOCUMENTS
from printing.fonts import cjk_font
from printing.qr import qr_matrix

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建国志海燕红梅玉春晓东文斌宁琳"
# Long names are part of any real list: Uyghur names with their middle dot, foreign guests.
LONG_NAMES = ("阿不都热合曼·吐尔逊", "艾尔肯·买买提", "Elizabeth Montgomery", "Jean-Pierre Dubois")
ORGANISATIONS = ("省人民政府", "中国华瀚能源集团有限公司", "国家开发银行云川分行", "云川大学",
                 "省发展和改革委员会", "云川日报社")
TITLES = ("省长", "董事长", "行长", "校长", "主任", "总编辑")
CATEGORIES = ("leader", "enterprise", "finance", "research", "leader", "media")


def make_event(path: Path, guests: int, seed: int = 2026) -> None:
    chance = random.Random(seed)
    engine = open_database(path)
    with transaction(engine) as session:
        event = create_event(session, "基准测试大会", venue="云川国际大酒店",
                             organiser="省人民政府")
        for number in range(guests):
            if number % 25 == 24:
                name = LONG_NAMES[number // 25 % len(LONG_NAMES)]
            else:
                name = chance.choice(SURNAMES) + "".join(
                    chance.choice(GIVEN) for _ in range(1 + (number % 5 != 0)))
            kind = chance.randrange(len(ORGANISATIONS))
            session.add(new_guest(event.id, name, list_order=number,
                                  organisation=ORGANISATIONS[kind], title=TITLES[kind],
                                  category=CATEGORIES[kind], rank_level=3 + kind))
    engine.dispose()


def minimal_cards(event: Event, guests: list[Guest], font: str) -> bytes:
    """What a hand-written script would do: the name at a fixed size, twice, one turned."""
    buffer = io.BytesIO()
    width, height = landscape(A4)
    canvas = Canvas(buffer, pagesize=(width, height), pageCompression=1, invariant=1,
                    initialFontName=font)
    for guest in guests:
        canvas.setFont(font, 140)
        canvas.drawCentredString(width / 2, height / 4 - 50, guest.name)
        canvas.saveState()
        canvas.translate(width / 2, height * 3 / 4)
        canvas.rotate(180)
        canvas.drawCentredString(0, -50, guest.name)
        canvas.restoreState()
        canvas.setDash(3, 3)
        canvas.line(0, height / 2, width, height / 2)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def minimal_badges(event: Event, guests: list[Guest], font: str) -> bytes:
    """Four badges to a page with the same words, a band and the QR code module by module."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, invariant=1, initialFontName=font)
    cells = [(15 * mm + column * 90 * mm, 28.5 * mm + (1 - row) * 120 * mm)
             for row in range(2) for column in range(2)]
    for start in range(0, len(guests), 4):
        for (x, y), guest in zip(cells, guests[start:start + 4], strict=False):
            canvas.setFillColorRGB(0, 0, 0)
            canvas.setFont(font, 13)
            canvas.drawCentredString(x + 45 * mm, y + 107 * mm, event.name)
            canvas.setFont(font, 40)
            canvas.drawCentredString(x + 45 * mm, y + 88 * mm, guest.name)
            canvas.setFont(font, 12)
            canvas.drawCentredString(x + 45 * mm, y + 77 * mm, guest.organisation)
            canvas.drawCentredString(x + 45 * mm, y + 69 * mm, guest.title)
            matrix = qr_matrix(signin_payload(event.uid, guest.token))
            module = 32 * mm / (len(matrix) + 8)
            for row_number, row in enumerate(matrix):
                for column, dark in enumerate(row):
                    if dark:
                        canvas.rect(x + 29 * mm + (column + 4) * module,
                                    y + 65 * mm - (row_number + 5) * module, module, module,
                                    stroke=0, fill=1)
            canvas.setFillColorRGB(0.7, 0.15, 0.12)
            canvas.rect(x, y, 90 * mm, 21 * mm, stroke=0, fill=1)
            canvas.setFillColorRGB(1, 1, 1)
            canvas.setFont(font, 30)
            canvas.drawCentredString(x + 45 * mm, y + 7 * mm, category_label(guest.category))
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def best_of(rounds: int, works: list[Callable[[], bytes]]) -> list[tuple[float, int]]:
    """The fastest time and the size of each work's PDF. The works take turns round by round,
    so that a busy machine slows them alike."""
    times: list[list[float]] = [[] for _ in works]
    sizes = [0] * len(works)
    for _ in range(rounds):
        for number, work in enumerate(works):
            started = time.perf_counter()
            sizes[number] = len(work())
            times[number].append(time.perf_counter() - started)
    return [(min(found), size) for found, size in zip(times, sizes, strict=True)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--guests", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        make_event(path, arguments.guests)
        engine = open_database(path)
        # Registering the font (0.2 s) is once per process, for both sides alike: not measured.
        font = cjk_font()
        results: dict[str, object] = {"guests": arguments.guests, "font": font}
        with Session(engine) as session:
            event = session.exec(select(Event)).one()
            guests = list(session.exec(select(Guest).order_by(Guest.list_order)))
            for key, minimal in (("cards", minimal_cards), ("badges", minimal_badges)):
                document = DOCUMENTS[key]
                (seconds, size), (base_seconds, base_size) = best_of(arguments.rounds, [
                    lambda d=document: d.build(PrintRequest(session, event)),
                    lambda m=minimal: m(event, guests, font)])
                results[key] = {
                    "seconds": round(seconds, 3),
                    "pdf_bytes": size,
                    "minimal_seconds": round(base_seconds, 3),
                    "minimal_pdf_bytes": base_size,
                    "ratio": round(seconds / base_seconds, 3),
                    "targets_met": seconds < 5 and seconds / base_seconds < 1.5
                    and size < 3_000_000,
                }
        engine.dispose()
    print(json.dumps(results, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()

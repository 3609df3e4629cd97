"""签到表: the expected guests category by category, with room to sign by hand."""

from __future__ import annotations

import itertools
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from reportlab.lib.units import mm
from sqlalchemy import Engine
from sqlmodel import Session, select

from models.demo import DEMO_EVENT_NAME
from models.protocol import name_stroke_key
from models.scenes import find_scene
from models.seating import current_seats
from models.tables import NOT_EXPECTED, Event, Guest
from models.vocab import category_label
from printing.signin_sheet import build_signin_sheet
from tests.cli.running import run
from tests.printing.conftest import request_for
from tests.printing.pdf_checks import fonts, page_sizes_mm, page_texts, squeezed

WritePdf = Callable[..., Path]
A4_LANDSCAPE = (297.0, 210.0)
HEADER = ("序号", "姓名", "单位", "职务", "座位", "签名", "备注")


def guests(session: Session, event: Event) -> list[Guest]:
    return list(session.exec(select(Guest).where(Guest.event_id == event.id)))


def test_every_expected_guest_signs_on_the_pages_of_their_category(
        session: Session, event: Event, write_pdf: WritePdf) -> None:
    path = write_pdf(build_signin_sheet(request_for(session, event)))
    pages = page_texts(path)
    everyone = guests(session, event)
    for guest in everyone:
        holding = [page for page in pages if squeezed(guest.name) in squeezed(page)]
        if guest.rsvp in NOT_EXPECTED:
            assert not holding, guest.name
        else:
            assert holding, guest.name
            # One category to a page: the leaders' desk never gets a page of enterprises.
            assert all(f"类别：{category_label(guest.category)}" in page for page in holding)
    for number, page in enumerate(pages, start=1):
        assert all(word in page for word in HEADER), number
        assert re.search(rf"第\s*{number}\s*页\s*共\s*{len(pages)}\s*页", page), number
    assert set(page_sizes_mm(path)) == {A4_LANDSCAPE}
    assert all(font["emb"] == "yes" for font in fonts(path))


def test_rows_leave_more_than_a_centimetre_to_sign_in(session: Session, event: Event,
                                                      write_pdf: WritePdf) -> None:
    path = write_pdf(build_signin_sheet(request_for(session, event)))
    words = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"],
                           check=True, capture_output=True, text=True).stdout
    # The 序号 column at the left margin: 1, 2, 3... down the first page.
    numbers = {int(text): float(top) for left, top, text in
               re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>(\d+)</word>', words)
               if float(left) < 25 * mm}
    assert sorted(numbers) == list(range(1, len(numbers) + 1)) and len(numbers) >= 5
    tops = [numbers[number] for number in sorted(numbers)]
    assert min(b - a for a, b in itertools.pairwise(tops)) >= 12.5 * mm


def test_a_scene_sheet_lists_who_sits_there_in_stroke_order(
        session: Session, event: Event, write_pdf: WritePdf) -> None:
    banquet = find_scene(session, event.id, "欢迎晚宴")
    path = write_pdf(build_signin_sheet(request_for(session, event, banquet,
                                                    "signin_sheet_a4_strokes")))
    text = "\n".join(page_texts(path))
    flat = squeezed(text)
    by_id = {guest.id: guest for guest in guests(session, event)}
    seated = [by_id[guest_id] for guest_id in current_seats(session, banquet)]
    assert all(squeezed(guest.name) in flat for guest in seated)
    # The media are not at the banquet; the seat column gives the banquet seat only.
    assert not any(squeezed(g.name) in flat for g in by_id.values() if g.category == "media")
    assert "欢迎晚宴座位" in text and "主桌 1座" in text and "主会场" not in text
    leaders = sorted((g for g in seated if g.category == "leader"),
                     key=lambda g: name_stroke_key(g.name))
    where = [flat.index(squeezed(g.name)) for g in leaders]
    assert where == sorted(where)


def test_the_print_command_writes_the_sign_in_sheet(demo_engine: Engine, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "signin.pdf"
    status, out, err = run(capsys, "--db", str(demo_engine.url.database), "print",
                           "signin-sheet", "--event", DEMO_EVENT_NAME, "-o", str(output))
    assert (status, err) == (0, "")
    assert str(output) in out and "签名" in page_texts(output)[0]

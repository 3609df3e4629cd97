"""出席情况报告 as a PDF: the counts first, then every absent guest once, then the walk-ins."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from models.checkin import check_in, register_walk_in
from models.db import open_database, transaction
from models.events import create_event, find_event
from models.guests import new_guest
from models.tables import Event, Guest, Rsvp
from printing.base import NothingToPrint, PrintRequest
from printing.documents import DOCUMENTS
from tests.cli.running import run
from tests.printing.pdf_checks import A4_MM, fonts, page_sizes_mm, page_texts, squeezed

WritePdf = Callable[..., Path]
LONG_AGO = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
CATEGORIES = ("leader", "enterprise", "media")
# Enough absent guests to need more than one page of the absent list.
GUESTS = 90
ARRIVED = 20


@pytest.fixture
def report_engine(tmp_path: Path) -> Iterator[Engine]:
    """90 guests in three categories (the fourth of them declined, one a VIP), the first 20 of
    the expected arrived, and a walk-in registered at the door."""
    engine = open_database(tmp_path / "zuoci.db")
    with transaction(engine) as session:
        event = create_event(session, "出席情况")
        guests = [new_guest(event.id, f"嘉宾{number:03d}", list_order=number,
                            category=CATEGORIES[number % 3], organisation=f"单位{number}",
                            rsvp=(Rsvp.DECLINED if number % 4 == 3 else Rsvp.CONFIRMED).value,
                            vip=number == 40, created_at=LONG_AGO, updated_at=LONG_AGO)
                  for number in range(GUESTS)]
        session.add_all(guests)
        session.flush()
        expected = [guest for guest in guests if guest.rsvp == Rsvp.CONFIRMED]
        for guest in expected[:ARRIVED]:
            check_in(session, event, guest.token, station="东门")
        register_walk_in(session, event, "现场来宾", organisation="云川日报社", station="西门")
    yield engine
    engine.dispose()


def _build(engine: Engine) -> tuple[bytes, list[Guest]]:
    with Session(engine) as session:
        event = find_event(session, "出席情况")
        pdf = DOCUMENTS["attendance"].build(PrintRequest(session, event))
        guests = list(session.exec(select(Guest).where(Guest.event_id == event.id)
                                   .order_by(Guest.list_order)))
    return pdf, guests


def test_the_report_lists_the_counts_then_each_absent_guest_once_then_the_walk_ins(
        report_engine: Engine, write_pdf: WritePdf) -> None:
    pdf, guests = _build(report_engine)
    path = write_pdf(pdf)
    pages = [squeezed(text) for text in page_texts(path)]
    confirmed = [g for g in guests if g.rsvp == Rsvp.CONFIRMED and g.name.startswith("嘉宾")]
    absent = [guest.name for guest in confirmed[ARRIVED:]]
    arrived = [guest.name for guest in confirmed[:ARRIVED]]
    declined = [guest.name for guest in guests if guest.rsvp == Rsvp.DECLINED]

    assert "出席情况出席情况报告" in pages[0] and "按类别" in pages[0]
    assert f"应到{len(confirmed) + 1}人，实到{ARRIVED + 1}人，未到{len(absent)}人" in pages[0]
    absent_pages = [page for page in pages if "未到嘉宾名单" in page]
    assert len(absent_pages) >= 2
    listed = "".join(absent_pages)
    assert all(listed.count(name) == 1 for name in absent)
    assert not any(name in listed for name in arrived + declined)
    assert "★嘉宾040" in listed
    assert "现场登记嘉宾名单" in pages[-1] and "现场来宾" in pages[-1] and "西门" in pages[-1]
    assert len(pages) == 1 + len(absent_pages) + 1
    assert set(page_sizes_mm(path)) == {A4_MM}
    assert fonts(path) and all(font["emb"] == "yes" for font in fonts(path))


def test_an_event_without_guests_has_no_report(tmp_path: Path) -> None:
    engine = open_database(tmp_path / "empty.db")
    with transaction(engine) as session:
        event: Event = create_event(session, "空活动")
        with pytest.raises(NothingToPrint, match="空活动"):
            DOCUMENTS["attendance"].build(PrintRequest(session, event))
    engine.dispose()


def test_the_print_command_writes_the_report_for_the_whole_event(
        report_engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "出席.pdf"
    status, out, err = run(capsys, "--db", str(report_engine.url.database), "print",
                           "attendance", "--event", "出席情况", "-o", str(output))
    assert (status, err) == (0, "")
    assert str(output) in out
    assert "嘉宾089" in squeezed("".join(page_texts(output)))

"""Printing only what changed: after a cancellation and a re-flow the night before, `print
--changed` prints the cards of the guests who moved, then reports nothing left to print."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from models.db import transaction
from models.demo import DEMO_EVENT_NAME, create_demo
from models.guests import update_guest
from models.reflow import ReflowMode
from models.scenes import find_scene
from models.seating import arrange_scene, current_seats, reflow_scene
from models.tables import Event, Guest, Rsvp
from printing.base import PrintRequest
from printing.documents import DOCUMENTS
from tests.cli.running import run
from tests.printing.conftest import HALL
from tests.printing.pdf_checks import page_texts, squeezed


def _print(capsys: pytest.CaptureFixture[str], engine: Engine, output: Path,
           *extra: str) -> tuple[int, str, str]:
    url = engine.url.render_as_string(hide_password=False)
    return run(capsys, "--db", url, "print", "cards", "--event", DEMO_EVENT_NAME, "--scene", HALL,
               *extra, "-o", str(output))


def _names_printed(path: Path, names: dict[int, str]) -> set[int]:
    text = squeezed("".join(page_texts(path)))
    return {guest_id for guest_id, name in names.items() if name in text}


def test_changed_prints_the_three_rostrum_movers_then_nothing(
        engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with transaction(engine) as session:
        event = create_demo(session)
        arrange_scene(session, event, find_scene(session, event.id, HALL))
        event_id = event.id
    status, _out, err = _print(capsys, engine, tmp_path / "all.pdf")
    assert (status, err) == (0, "")

    with Session(engine) as session:
        before = current_seats(session, find_scene(session, event_id, HALL))
    with transaction(engine) as session:
        leader = session.exec(select(Guest).where(Guest.title == "副省长")).one()
        update_guest(leader, rsvp=Rsvp.CANCELLED.value)
        session.add(leader)
        leader_name = leader.name
    with transaction(engine) as session:
        event = session.get(Event, event_id)
        hall = find_scene(session, event_id, HALL)
        reflow_scene(session, event, hall, ReflowMode.SHIFT)
        after = current_seats(session, hall)
        names = {g.id: g.name for g in session.exec(select(Guest))}
    moved = {g for g in after if before.get(g) != after[g]}
    assert len(moved) == 3

    output = tmp_path / "changed.pdf"
    status, out, err = _print(capsys, engine, output, "--changed")
    assert (status, err) == (0, "")
    assert "3 份桌签" in out and f"请收回：{leader_name}" in out
    assert _names_printed(output, names) == moved
    assert len(page_texts(output)) == 3

    status, out, err = _print(capsys, engine, tmp_path / "again.pdf", "--changed")
    assert (status, out) == (1, "")
    assert "自上次打印以来没有变动" in err
    assert not (tmp_path / "again.pdf").exists()


def test_a_renamed_guest_is_reprinted_alone(
        engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with transaction(engine) as session:
        event = create_demo(session)
        arrange_scene(session, event, find_scene(session, event.id, HALL))
    assert _print(capsys, engine, tmp_path / "all.pdf")[0] == 0
    with transaction(engine) as session:
        guest = session.exec(select(Guest).where(Guest.title == "副省长")).one()
        update_guest(guest, name="李文华")
        session.add(guest)
    output = tmp_path / "renamed.pdf"
    assert _print(capsys, engine, output, "--changed")[0] == 0
    assert squeezed("".join(page_texts(output))).count("李文华") >= 1
    assert len(page_texts(output)) == 1


def test_a_chart_ignores_the_selection_and_prints_the_whole_scene(
        session: Session, event: Event) -> None:
    hall = find_scene(session, event.id, HALL)
    some = frozenset(list(current_seats(session, hall))[:1])
    chart = DOCUMENTS["chart"]
    whole = chart.build(PrintRequest(session, event, hall))
    assert chart.build(PrintRequest(session, event, hall, guest_ids=some)) == whole


def test_cards_print_only_the_guests_selected(session: Session, event: Event,
                                              write_pdf: Callable[..., Path]) -> None:
    hall = find_scene(session, event.id, HALL)
    first = next(iter(current_seats(session, hall)))
    one = DOCUMENTS["cards"].build(PrintRequest(session, event, hall, guest_ids=frozenset({first})))
    path = write_pdf(one)
    assert squeezed("".join(page_texts(path))).count(session.get(Guest, first).name) >= 1
    assert len(page_texts(path)) == 1

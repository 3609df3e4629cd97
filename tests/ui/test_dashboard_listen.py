"""The dashboard on PostgreSQL reads the attendance again as soon as a station checks a guest in,
without waiting for its timer, and follows the event it is switched to."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlmodel import Session, select

from models.checkin import scan
from models.db import open_database, transaction
from models.events import create_event
from models.guests import new_guest
from models.tables import Guest
from ui.dashboard import DashboardWindow

# A notice travels in well under this; the stopped timer would never answer.
NOTICE_TIMEOUT = 3000

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_engine(pg_url: str) -> Iterator[Engine]:
    engine = open_database(pg_url)
    yield engine
    engine.dispose()


def _event(engine: Engine, name: str, guests: tuple[str, ...]) -> tuple[int, list[Guest]]:
    with transaction(engine) as session:
        event = create_event(session, name)
        session.add_all([new_guest(event.id, guest) for guest in guests])
        event_id = event.id
    with Session(engine, expire_on_commit=False) as session:
        return event_id, list(session.exec(select(Guest).where(Guest.event_id == event_id)))


def _arrived(window: DashboardWindow) -> int | None:
    snapshot = window.snapshot
    if snapshot is None or snapshot.event_id != window.event_id:
        return None
    return snapshot.details.counts.arrived


def test_a_check_in_refreshes_the_dashboard_at_once(
        qtbot: QtBot, pg_engine: Engine, settings: QSettings) -> None:
    first_id, first_guests = _event(pg_engine, "省投资合作大会", ("王伟", "李娜", "张敏"))
    second_id, second_guests = _event(pg_engine, "欢迎晚宴", ("刘洋",))
    window = DashboardWindow(pg_engine, first_id, settings)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: _arrived(window) == 0 and not window.refreshing(),
                    timeout=NOTICE_TIMEOUT)
    window.timer.stop()
    # The listener's connection is up once it has said so (it reads once on connecting).
    qtbot.wait(500)

    for count, guest in enumerate(first_guests[:2], start=1):
        scan(pg_engine, first_id, guest.token, station="东门")
        qtbot.waitUntil(lambda count=count: _arrived(window) == count, timeout=NOTICE_TIMEOUT)
    assert window.arrived_tile.value.text() == "2"

    window.show_event(second_id)
    qtbot.waitUntil(lambda: _arrived(window) == 0 and not window.refreshing(),
                    timeout=NOTICE_TIMEOUT)
    window.timer.stop()
    # The first event's arrivals no longer concern it; the second's do.
    scan(pg_engine, first_id, first_guests[2].token, station="东门")
    scan(pg_engine, second_id, second_guests[0].token, station="西门")
    qtbot.waitUntil(lambda: _arrived(window) == 1, timeout=NOTICE_TIMEOUT)
    assert window.heading.text() == "欢迎晚宴"
    window.close()
    assert window.listener is None

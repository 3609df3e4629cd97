"""The attendance dashboard: its numbers are the event's, new arrivals show at the next refresh,
another event replaces what was shown, the report is exported to the path chosen."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlmodel import Session, select

from models.attendance import attendance
from models.checkin import scan
from models.db import open_database, transaction
from models.demo import DEMO_EVENT_NAME, create_demo
from models.events import create_event, find_event
from models.guests import new_guest
from models.scenes import event_scenes
from models.seating import arrange_scene
from models.tables import NOT_EXPECTED, Guest
from tests.printing.pdf_checks import fonts, page_texts, squeezed
from ui.dashboard import INTERVAL_KEY, DashboardWindow, ExportJob, open_dashboard
from ui.main_window import MainWindow

LOAD_TIMEOUT = 20000


@pytest.fixture(scope="module")
def arranged_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample conference arranged once, as a file each test copies."""
    path = tmp_path_factory.mktemp("dashboard") / "demo.db"
    engine = open_database(path)
    with transaction(engine) as session:
        event = create_demo(session)
        for scene in event_scenes(session, event.id):
            arrange_scene(session, event, scene)
    engine.dispose()
    return path


@pytest.fixture
def engine(arranged_demo: Path, tmp_path: Path) -> Iterator[Engine]:
    copy = tmp_path / "zuoci.db"
    shutil.copy(arranged_demo, copy)
    engine = open_database(copy)
    yield engine
    engine.dispose()


def expected_guests(engine: Engine) -> list[Guest]:
    with Session(engine) as session:
        event = find_event(session, DEMO_EVENT_NAME)
        guests = session.exec(select(Guest).where(Guest.event_id == event.id)
                              .order_by(Guest.list_order)).all()
        return [guest for guest in guests if guest.rsvp not in NOT_EXPECTED]


def check_in(engine: Engine, guests: list[Guest], station: str = "东门") -> None:
    for guest in guests:
        assert scan(engine, guest.event_id, guest.token, station=station).admitted


def demo_id(engine: Engine) -> int:
    with Session(engine) as session:
        return find_event(session, DEMO_EVENT_NAME).id


OpenDashboard = Callable[..., DashboardWindow]


@pytest.fixture
def open_board(qtbot: QtBot, settings: QSettings) -> Iterator[OpenDashboard]:
    opened: list[DashboardWindow] = []

    def open_on(engine: Engine, event_id: int, **options: object) -> DashboardWindow:
        window = DashboardWindow(engine, event_id, settings, **options)
        qtbot.addWidget(window)
        opened.append(window)
        wait_for_numbers(window, qtbot)
        return window

    yield open_on
    for window in opened:
        window.close()


def wait_for_numbers(window: DashboardWindow, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: window.snapshot is not None and window.snapshot.event_id
                    == window.event_id and not window.refreshing(), timeout=LOAD_TIMEOUT)


def shown(window: DashboardWindow) -> tuple[str, str, str, str]:
    return (window.expected_tile.value.text(), window.arrived_tile.value.text(),
            window.absent_tile.value.text(), window.rate_tile.value.text())


def column(table: object, number: int) -> list[str]:
    return [table.item(row, number).text() for row in range(table.rowCount())]


def test_the_numbers_shown_are_the_events_attendance(
        engine: Engine, open_board: OpenDashboard) -> None:
    guests = expected_guests(engine)
    check_in(engine, guests[:30])
    window = open_board(engine, demo_id(engine))
    with Session(engine) as session:
        counts = attendance(session, find_event(session, DEMO_EVENT_NAME))
    rate = f"{(counts.expected - counts.absent) / counts.expected:.1%}"
    assert shown(window) == (str(counts.expected), "30", str(counts.expected - 30), rate)
    assert window.heading.text() == DEMO_EVENT_NAME
    scenes = window.snapshot.details.scenes
    assert column(window.scene_table, 0) == [scene.scene for scene in scenes]
    assert column(window.scene_table, 2) == [str(scene.arrived) for scene in scenes]
    # The most senior guests are listed first, and they all came: no VIP among them waits.
    vips = [guest.name for guest in guests[30:] if guest.vip]
    assert column(window.vip_table, 0) == [name for name in column(window.vip_table, 0)
                                           if name in vips]
    assert set(column(window.vip_table, 0)) == set(vips)
    assert column(window.latest_table, 1)[0] == guests[29].name
    assert window.category_chart.series() and window.time_chart.series()


def test_a_check_in_at_a_station_shows_at_the_next_refresh(
        engine: Engine, open_board: OpenDashboard, qtbot: QtBot) -> None:
    window = open_board(engine, demo_id(engine))
    assert window.arrived_tile.value.text() == "0"
    vip = next(guest for guest in expected_guests(engine) if guest.vip)
    assert vip.name in column(window.vip_table, 0)

    check_in(engine, [vip], station="贵宾通道")

    # No call from the test: the window's own timer reads the database again.
    qtbot.waitUntil(lambda: window.arrived_tile.value.text() == "1", timeout=LOAD_TIMEOUT)
    assert vip.name not in column(window.vip_table, 0)
    assert column(window.latest_table, 1) == [vip.name]
    assert column(window.latest_table, 3) == ["贵宾通道"]


def test_another_event_replaces_everything_shown_and_a_late_answer_is_dropped(
        engine: Engine, open_board: OpenDashboard, qtbot: QtBot) -> None:
    check_in(engine, expected_guests(engine)[:5])
    with transaction(engine) as session:
        other = create_event(session, "另一活动")
        session.add_all([new_guest(other.id, name) for name in ("王伟", "李娜")])
        other_id = other.id
    window = open_board(engine, demo_id(engine))
    demo = window.snapshot
    assert window.arrived_tile.value.text() == "5"

    window.show_event(other_id)
    assert shown(window) == ("—", "—", "—", "—") and window.heading.text() == ""
    wait_for_numbers(window, qtbot)
    assert shown(window)[:3] == ("2", "0", "2")
    assert window.heading.text() == "另一活动"
    # An answer about the event shown before, arriving late, changes nothing.
    window._loaded(window._request, demo)
    assert shown(window)[:3] == ("2", "0", "2")
    assert column(window.latest_table, 1) == []


def test_the_interval_of_the_arrivals_chart_is_remembered(
        engine: Engine, open_board: OpenDashboard, settings: QSettings, qtbot: QtBot) -> None:
    check_in(engine, expected_guests(engine)[:3])
    window = open_board(engine, demo_id(engine))
    window.interval_chooser.setCurrentIndex(window.interval_chooser.findData(30))
    qtbot.waitUntil(lambda: window.snapshot.details.timeline.minutes == 30,
                    timeout=LOAD_TIMEOUT)
    assert int(settings.value(INTERVAL_KEY)) == 30
    again = open_board(engine, demo_id(engine))
    assert again.minutes() == 30 and again.snapshot.details.timeline.minutes == 30


def test_the_export_buttons_write_the_report_where_the_user_chose(
        engine: Engine, open_board: OpenDashboard, qtbot: QtBot, tmp_path: Path) -> None:
    guests = expected_guests(engine)
    check_in(engine, guests[:40])
    chosen: list[str] = []

    def ask(_parent: QWidget, _caption: str, suggested: str, _filter: str) -> str:
        chosen.append(suggested)
        # Without the extension, as a user may type it: the window adds it.
        return str(tmp_path / ("出席" + Path(suggested).suffix)).removesuffix(".xlsx")

    window = open_board(engine, demo_id(engine), ask_path=ask)
    window.xlsx_button.click()
    qtbot.waitUntil(lambda: not window.exporting(), timeout=LOAD_TIMEOUT)
    workbook = load_workbook(tmp_path / "出席.xlsx")
    assert workbook.sheetnames == ["汇总", "已到嘉宾", "未到嘉宾", "现场登记"]
    assert workbook["已到嘉宾"].max_row == 41
    assert "出席" in window.export_message

    window.pdf_button.click()
    qtbot.waitUntil(lambda: not window.exporting(), timeout=LOAD_TIMEOUT)
    pdf = tmp_path / "出席.pdf"
    text = squeezed("".join(page_texts(pdf)))
    assert squeezed(guests[-1].name) in text and squeezed(guests[0].name) not in text
    assert all(font["emb"] == "yes" for font in fonts(pdf))
    assert chosen[0].endswith(".xlsx") and chosen[1].endswith(".pdf")
    # The folder chosen is offered again next time.
    assert Path(chosen[1]).parent == tmp_path


def test_an_export_the_user_cancels_asks_nothing_and_writes_nothing(
        engine: Engine, open_board: OpenDashboard, tmp_path: Path) -> None:
    window = open_board(engine, demo_id(engine), ask_path=lambda *_args: "")
    window.pdf_button.click()
    assert not window.exporting() and list(tmp_path.glob("*.pdf")) == []


def test_the_file_menu_opens_the_dashboard_of_the_chosen_event_once(
        engine: Engine, open_window: Callable[[Engine], MainWindow], qtbot: QtBot) -> None:
    main = open_window(engine)
    main.dashboard_action.trigger()
    board = main.findChild(DashboardWindow)
    assert board is not None and board.event_id == demo_id(engine)
    wait_for_numbers(board, qtbot)
    assert board.windowTitle().endswith(DEMO_EVENT_NAME)
    again = open_dashboard(main, engine, demo_id(engine), QSettings())
    assert again is board and len(main.findChildren(DashboardWindow)) == 1
    board.close()
    qtbot.waitUntil(lambda: not board.isVisible())


def test_an_export_that_cannot_be_written_says_where_and_why(
        engine: Engine, open_board: OpenDashboard, qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "没有这个文件夹" / "出席.xlsx"
    window = open_board(engine, demo_id(engine), ask_path=lambda *_args: str(target))
    window.xlsx_button.click()
    qtbot.waitUntil(lambda: not window.exporting(), timeout=LOAD_TIMEOUT)
    assert str(target) in window.export_message and not target.exists()
    box = window.findChild(QMessageBox)
    assert box is not None and box.text() == window.export_message
    box.close()


def test_an_export_cancelled_before_it_is_written_writes_nothing(
        engine: Engine, tmp_path: Path) -> None:
    for kind in ("xlsx", "pdf"):
        target = tmp_path / f"出席.{kind}"
        job = ExportJob(engine, demo_id(engine), kind, str(target), None)
        answers: list[str] = []
        job.signals.done.connect(answers.append)
        job.signals.refused.connect(answers.append)
        job.cancelled.set()
        job.run()
        assert answers == [] and not target.exists()
